/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-enum-types.h"
#include "mv-error.h"
#include "mv-gui-util.h"
#include "mv-member.h"
#include "mv-organisation.h"
#include "mv-organisations-dialog.h"
#include "mv-registers.h"
#include "mv-undo.h"

/* The register of organisations: each one's fields are saved as the user
 * applies them, as everywhere else in the app. */

struct _MvOrganisationsDialog
{
  AdwWindow            parent_instance;

  MvStore             *store;
  MvCouncil           *council;
  GPtrArray           *rows;

  /* Template widgets */
  GtkLabel            *error_label;
  AdwPreferencesGroup *list_group;
  AdwEntryRow         *new_row;
};

G_DEFINE_FINAL_TYPE (MvOrganisationsDialog, mv_organisations_dialog, ADW_TYPE_WINDOW)

static void rebuild (MvOrganisationsDialog *self);

static char *
members_text (MvOrganisationsDialog *self,
              MvOrganisation        *organisation)
{
  GListModel *members = mv_store_get_model (self->store, MV_TYPE_MEMBER);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(MvMember) member = g_list_model_get_item (members, i);

      if (g_strcmp0 (mv_member_get_organisation_id (member),
                     mv_record_get_id (MV_RECORD (organisation))) != 0)
        continue;
      if (self->council != NULL &&
          g_strcmp0 (mv_member_get_council_id (member),
                     mv_record_get_id (MV_RECORD (self->council))) != 0)
        continue;

      g_string_append_printf (text, "%s%s (%s)", text->len ? ", " : "",
                              mv_member_get_name (member),
                              mv_enum_to_label (MV_TYPE_MEMBER_ROLE, mv_member_get_role (member)));
    }

  if (text->len == 0)
    return g_strdup (_("No members in this council"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The collapsed row says what the register is for: who they are and what
 * they know about. */
static void
update_expander (AdwExpanderRow *expander,
                 MvOrganisation *organisation)
{
  const char *name = mv_organisation_get_name (organisation);
  const char *short_name = mv_organisation_get_short_name (organisation);
  const char *areas = mv_organisation_get_areas (organisation);
  const char *kind = mv_enum_to_label (MV_TYPE_ORGANISATION_KIND,
                                       mv_organisation_get_kind (organisation));
  g_autoptr(GString) subtitle = g_string_new (NULL);

  if (!mv_is_blank (short_name) && g_strcmp0 (short_name, name) != 0)
    g_string_append_printf (subtitle, "%s · ", short_name);
  g_string_append (subtitle, kind);
  if (!mv_is_blank (areas))
    g_string_append_printf (subtitle, "\n%s", areas);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), name);
  adw_expander_row_set_subtitle (expander, subtitle->str);
}

/* A refusal of the core's (a blank name) is said under the list, at the
 * row; a failed write in a dialog. */
static void
show_error (MvOrganisationsDialog *self,
            GtkWidget             *row,
            const char            *heading,
            const GError          *error)
{
  if (g_error_matches (error, MV_ERROR, MV_ERROR_INVALID))
    {
      mv_row_set_error_reason (row, error->message);
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  mv_widget_show_error (GTK_WIDGET (self), heading, error->message);
}

static void
clear_error (MvOrganisationsDialog *self,
             GtkWidget             *row)
{
  mv_row_set_error_reason (row, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
field_applied_cb (AdwEntryRow           *row,
                  MvOrganisationsDialog *self)
{
  MvOrganisation *organisation = g_object_get_data (G_OBJECT (row), "mv-organisation");
  gsize offset = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "mv-field"));
  AdwExpanderRow *expander = g_object_get_data (G_OBJECT (row), "mv-expander");
  g_autoptr(GError) error = NULL;
  MvOrganisationFields fields;

  mv_organisation_fields_init (&fields, organisation);
  G_STRUCT_MEMBER (const char *, &fields, offset) = gtk_editable_get_text (GTK_EDITABLE (row));

  if (!mv_organisations_update (self->store, organisation, &fields, NULL, &error))
    {
      show_error (self, GTK_WIDGET (row), _("Could Not Save the Organisation"), error);
      return;
    }

  clear_error (self, GTK_WIDGET (row));
  update_expander (expander, organisation);
}

static void
kind_selected_cb (AdwComboRow           *row,
                  GParamSpec            *pspec,
                  MvOrganisationsDialog *self)
{
  MvOrganisation *organisation = g_object_get_data (G_OBJECT (row), "mv-organisation");
  AdwExpanderRow *expander = g_object_get_data (G_OBJECT (row), "mv-expander");
  MvOrganisationKind kind = adw_combo_row_get_selected (row);
  g_autoptr(GError) error = NULL;
  MvOrganisationFields fields;

  if (kind == mv_organisation_get_kind (organisation))
    return;

  mv_organisation_fields_init (&fields, organisation);
  fields.kind = kind;
  if (!mv_organisations_update (self->store, organisation, &fields, NULL, &error))
    {
      show_error (self, GTK_WIDGET (row), _("Could Not Save the Organisation"), error);
      return;
    }

  update_expander (expander, organisation);
}

typedef struct
{
  GWeakRef  dialog;
  MvStore  *store;
  MvUndo   *undo;
} RemoveUndo;

static void
remove_undo_free (gpointer  data,
                  GClosure *closure)
{
  RemoveUndo *undo = data;

  g_weak_ref_clear (&undo->dialog);
  g_object_unref (undo->store);
  mv_undo_free (undo->undo);
  g_free (undo);
}

static void
remove_undo_clicked_cb (AdwToast   *toast,
                        RemoveUndo *undo)
{
  g_autoptr(MvOrganisationsDialog) self = g_weak_ref_get (&undo->dialog);
  g_autoptr(GError) error = NULL;

  if (!mv_undo_apply (undo->undo, undo->store, &error))
    g_warning ("Could not bring an organisation back: %s", error->message);
  else if (self != NULL)
    rebuild (self);
}

/* Only an organisation nobody belongs to goes; the core says who does. */
static void
remove_clicked_cb (GtkButton             *button,
                   MvOrganisationsDialog *self)
{
  MvOrganisation *organisation = g_object_get_data (G_OBJECT (button), "mv-organisation");
  g_autoptr(MvOrganisation) kept = g_object_ref (organisation);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  MvUndo *done = NULL;
  RemoveUndo *undo;

  if (!mv_organisations_delete (self->store, kept, &done, &error))
    {
      mv_widget_show_error (GTK_WIDGET (self), _("Could Not Remove the Organisation"),
                            error->message);
      return;
    }

  undo = g_new0 (RemoveUndo, 1);
  g_weak_ref_init (&undo->dialog, self);
  undo->store = g_object_ref (self->store);
  undo->undo = done;
  message = g_strdup_printf (_("“%s” removed"), mv_organisation_get_name (kept));
  mv_widget_add_undo_toast (GTK_WIDGET (self), message, G_CALLBACK (remove_undo_clicked_cb),
                            undo, remove_undo_free);
  rebuild (self);
}

/* @offset: where in MvOrganisationFields the row's text goes */
static GtkWidget *
field_row (MvOrganisationsDialog *self,
           AdwExpanderRow        *expander,
           MvOrganisation        *organisation,
           const char            *title,
           gsize                  offset)
{
  GtkWidget *row = adw_entry_row_new ();
  MvOrganisationFields fields;

  mv_organisation_fields_init (&fields, organisation);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), G_STRUCT_MEMBER (const char *, &fields, offset));
  g_object_set_data (G_OBJECT (row), "mv-organisation", organisation);
  g_object_set_data (G_OBJECT (row), "mv-field", GSIZE_TO_POINTER (offset));
  g_object_set_data (G_OBJECT (row), "mv-expander", expander);
  g_signal_connect (row, "apply", G_CALLBACK (field_applied_cb), self);
  g_signal_connect (row, "entry-activated", G_CALLBACK (field_applied_cb), self);
  adw_expander_row_add_row (expander, row);

  return row;
}

static void
rebuild (MvOrganisationsDialog *self)
{
  g_autoptr(GPtrArray) organisations = mv_organisations_list (self->store);
  GEnumClass *kinds = g_type_class_ref (MV_TYPE_ORGANISATION_KIND);

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->list_group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; i < organisations->len; i++)
    {
      MvOrganisation *organisation = g_ptr_array_index (organisations, i);
      GtkWidget *expander = adw_expander_row_new ();
      g_autoptr(GtkStringList) kind_labels = gtk_string_list_new (NULL);
      g_autofree char *members = members_text (self, organisation);
      GtkWidget *kind_row = adw_combo_row_new ();
      GtkWidget *members_row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);

      /* The rows keep the record they edit; the expander holds a reference. */
      g_object_set_data_full (G_OBJECT (expander), "mv-organisation", g_object_ref (organisation),
                              g_object_unref);
      update_expander (ADW_EXPANDER_ROW (expander), organisation);

      field_row (self, ADW_EXPANDER_ROW (expander), organisation, _("Name"),
                 G_STRUCT_OFFSET (MvOrganisationFields, name));
      field_row (self, ADW_EXPANDER_ROW (expander), organisation, _("Short Name"),
                 G_STRUCT_OFFSET (MvOrganisationFields, short_name));

      for (guint k = 0; k < kinds->n_values; k++)
        gtk_string_list_append (kind_labels, mv_enum_to_label (MV_TYPE_ORGANISATION_KIND,
                                                               kinds->values[k].value));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (kind_row), _("Kind"));
      adw_combo_row_set_model (ADW_COMBO_ROW (kind_row), G_LIST_MODEL (kind_labels));
      adw_combo_row_set_selected (ADW_COMBO_ROW (kind_row),
                                  mv_organisation_get_kind (organisation));
      g_object_set_data (G_OBJECT (kind_row), "mv-organisation", organisation);
      g_object_set_data (G_OBJECT (kind_row), "mv-expander", expander);
      g_signal_connect (kind_row, "notify::selected", G_CALLBACK (kind_selected_cb), self);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), kind_row);

      field_row (self, ADW_EXPANDER_ROW (expander), organisation, _("Areas of Competence"),
                 G_STRUCT_OFFSET (MvOrganisationFields, areas));
      field_row (self, ADW_EXPANDER_ROW (expander), organisation, _("Contact"),
                 G_STRUCT_OFFSET (MvOrganisationFields, contact));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (members_row), _("Members"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (members_row), members);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (members_row), 0);
      {
        GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove"));
        g_autofree char *name = g_strdup_printf (_("Remove %s"),
                                                 mv_organisation_get_name (organisation));

        /* Its own name, which the plain label would replace when shown. */
        mv_widget_plain_mnemonics (remove);
        gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
        gtk_widget_add_css_class (remove, "destructive-action");
        gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        name, -1);
        g_object_set_data (G_OBJECT (remove), "mv-organisation", organisation);
        g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
        adw_action_row_add_suffix (ADW_ACTION_ROW (members_row), remove);
      }
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), members_row);

      adw_preferences_group_add (self->list_group, expander);
      g_ptr_array_add (self->rows, expander);
    }

  g_type_class_unref (kinds);
}

static void
add_cb (MvOrganisationsDialog *self)
{
  g_autoptr(GError) error = NULL;
  MvOrganisationFields fields;

  mv_organisation_fields_init (&fields, NULL);
  fields.name = gtk_editable_get_text (GTK_EDITABLE (self->new_row));
  if (mv_organisations_add (self->store, &fields, NULL, &error) == NULL)
    {
      show_error (self, GTK_WIDGET (self->new_row), _("Could Not Add the Organisation"), error);
      return;
    }

  clear_error (self, GTK_WIDGET (self->new_row));
  gtk_editable_set_text (GTK_EDITABLE (self->new_row), "");
  rebuild (self);
}

static void
mv_organisations_dialog_dispose (GObject *object)
{
  MvOrganisationsDialog *self = MV_ORGANISATIONS_DIALOG (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->council);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mv_organisations_dialog_parent_class)->dispose (object);
}

static void
mv_organisations_dialog_class_init (MvOrganisationsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mv_organisations_dialog_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/medvirke/Medvirke/mv-organisations-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MvOrganisationsDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MvOrganisationsDialog, list_group);
  gtk_widget_class_bind_template_child (widget_class, MvOrganisationsDialog, new_row);
  gtk_widget_class_bind_template_callback (widget_class, add_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mv_organisations_dialog_init (MvOrganisationsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mv_widget_plain_mnemonics (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
}

/**
 * mv_organisations_dialog_new:
 * @council: (nullable): whose members each organisation lists
 */
GtkWidget *
mv_organisations_dialog_new (GtkWindow *parent,
                             MvStore   *store,
                             MvCouncil *council)
{
  MvOrganisationsDialog *self;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);

  self = g_object_new (MV_TYPE_ORGANISATIONS_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->council = council ? g_object_ref (council) : NULL;
  rebuild (self);

  return GTK_WIDGET (self);
}
