/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-council-fields.h"
#include "mv-council-setup.h"
#include "mv-councils.h"
#include "mv-enum-types.h"
#include "mv-gui-util.h"

struct _MvCouncilSetup
{
  AdwWindow      parent_instance;

  MvStore       *store;
  MvCouncil     *council;

  /* Template widgets */
  GtkSpinButton *deadline_spin;
  AdwComboRow   *language_row;
  GtkSpinButton *length_spin;
  AdwComboRow   *level_row;
  GtkSpinButton *notice_spin;
  AdwEntryRow   *place_row;
  GtkWidget     *save_button;
  AdwEntryRow   *secretariat_email_row;
  GtkLabel      *secretariat_error;
  AdwEntryRow   *secretariat_name_row;
  AdwEntryRow   *secretariat_phone_row;
  GtkWidget     *skip_button;
};

G_DEFINE_FINAL_TYPE (MvCouncilSetup, mv_council_setup, ADW_TYPE_WINDOW)

static char *
stripped_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/**
 * mv_council_setup_save:
 *
 * Writes every field in one change, offers its Undo in the main window and
 * closes; a refused e-mail address stays marked at its field.
 */
gboolean
mv_council_setup_save (MvCouncilSetup *self)
{
  const char *names[] = { "level", "default-place", "length-minutes", "deadline-days",
                          "notice-days", "secretariat-name", "secretariat-email",
                          "secretariat-phone", "language" };
  GValue values[G_N_ELEMENTS (names)] = { G_VALUE_INIT };
  g_autoptr(GError) error = NULL;
  g_autoptr(MvUndo) undo = NULL;
  GtkWindow *parent;
  gboolean ok;

  g_return_val_if_fail (MV_IS_COUNCIL_SETUP (self), FALSE);

  if (!mv_council_field_check (self->secretariat_email_row))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->secretariat_email_row));
      return FALSE;
    }

  /* The spin buttons take what was typed before they are read. */
  gtk_spin_button_update (self->length_spin);
  gtk_spin_button_update (self->deadline_spin);
  gtk_spin_button_update (self->notice_spin);

  g_value_init (&values[0], MV_TYPE_COUNCIL_LEVEL);
  g_value_set_enum (&values[0], adw_combo_row_get_selected (self->level_row));
  g_value_init (&values[1], G_TYPE_STRING);
  g_value_take_string (&values[1], stripped_text (self->place_row));
  g_value_init (&values[2], G_TYPE_INT);
  g_value_set_int (&values[2], gtk_spin_button_get_value_as_int (self->length_spin));
  g_value_init (&values[3], G_TYPE_INT);
  g_value_set_int (&values[3], gtk_spin_button_get_value_as_int (self->deadline_spin));
  g_value_init (&values[4], G_TYPE_INT);
  g_value_set_int (&values[4], gtk_spin_button_get_value_as_int (self->notice_spin));
  g_value_init (&values[5], G_TYPE_STRING);
  g_value_take_string (&values[5], stripped_text (self->secretariat_name_row));
  g_value_init (&values[6], G_TYPE_STRING);
  g_value_take_string (&values[6], stripped_text (self->secretariat_email_row));
  g_value_init (&values[7], G_TYPE_STRING);
  g_value_take_string (&values[7], stripped_text (self->secretariat_phone_row));
  g_value_init (&values[8], MV_TYPE_LANGUAGE);
  g_value_set_enum (&values[8], adw_combo_row_get_selected (self->language_row));

  ok = mv_council_update_values (self->store, self->council, G_N_ELEMENTS (names), names, values,
                                 &undo, &error);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    g_value_unset (&values[i]);
  if (!ok)
    {
      mv_widget_show_error (GTK_WIDGET (self), _("Could Not Save the Settings"), error->message);
      return FALSE;
    }

  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (parent != NULL && undo != NULL)
    mv_widget_add_store_undo_toast (GTK_WIDGET (parent), _("Council set up"), self->store,
                                    g_steal_pointer (&undo), _("Could Not Undo"));
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  mv_council_setup_save (MV_COUNCIL_SETUP (widget));
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
mv_council_setup_dispose (GObject *object)
{
  MvCouncilSetup *self = MV_COUNCIL_SETUP (object);

  g_clear_object (&self->council);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mv_council_setup_parent_class)->dispose (object);
}

static void
mv_council_setup_class_init (MvCouncilSetupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mv_council_setup_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/medvirke/Medvirke/mv-council-setup.ui");
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSetup, deadline_spin);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSetup, language_row);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSetup, length_spin);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSetup, level_row);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSetup, notice_spin);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSetup, place_row);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSetup, save_button);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSetup, secretariat_email_row);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSetup, secretariat_error);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSetup, secretariat_name_row);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSetup, secretariat_phone_row);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSetup, skip_button);

  gtk_widget_class_install_action (widget_class, "setup.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "setup.skip", NULL, skip_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "setup.skip", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "setup.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "setup.save", NULL);
}

static void
fill_combo (AdwComboRow *row,
            GType        enum_type)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (enum_type);

  for (guint i = 0; i < enum_class->n_values; i++)
    gtk_string_list_append (labels, mv_enum_to_label (enum_type, enum_class->values[i].value));
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
}

static void
mv_council_setup_init (MvCouncilSetup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mv_widget_plain_mnemonics (GTK_WIDGET (self));

  fill_combo (self->level_row, MV_TYPE_COUNCIL_LEVEL);
  fill_combo (self->language_row, MV_TYPE_LANGUAGE);

  /* Enter saves from the number fields too (GTK 4.8's spin button has no
   * property for it; its text has). */
  {
    GtkSpinButton *spins[] = { self->length_spin, self->deadline_spin, self->notice_spin };

    for (guint i = 0; i < G_N_ELEMENTS (spins); i++)
      {
        GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (spins[i]));

        if (GTK_IS_TEXT (text))
          gtk_text_set_activates_default (GTK_TEXT (text), TRUE);
      }
  }
  mv_council_field_watch (self->secretariat_email_row, "secretariat-email",
                          self->secretariat_error);
}

GtkWidget *
mv_council_setup_new (GtkWindow *parent,
                      MvStore   *store,
                      MvCouncil *council)
{
  MvCouncilSetup *self;
  const char *place;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (MV_IS_COUNCIL (council), NULL);

  self = g_object_new (MV_TYPE_COUNCIL_SETUP, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->council = g_object_ref (council);

  /* A new council meets at its NAV office unless the user says otherwise. */
  place = mv_council_get_default_place (council);
  if (*place == '\0')
    place = mv_council_get_nav_unit (council);

  adw_combo_row_set_selected (self->level_row, mv_council_get_level (council));
  gtk_editable_set_text (GTK_EDITABLE (self->place_row), place);
  gtk_spin_button_set_value (self->length_spin, mv_council_get_length_minutes (council));
  gtk_spin_button_set_value (self->deadline_spin, mv_council_get_deadline_days (council));
  gtk_spin_button_set_value (self->notice_spin, mv_council_get_notice_days (council));
  gtk_editable_set_text (GTK_EDITABLE (self->secretariat_name_row),
                         mv_council_get_secretariat_name (council));
  gtk_editable_set_text (GTK_EDITABLE (self->secretariat_email_row),
                         mv_council_get_secretariat_email (council));
  gtk_editable_set_text (GTK_EDITABLE (self->secretariat_phone_row),
                         mv_council_get_secretariat_phone (council));
  adw_combo_row_set_selected (self->language_row, mv_council_get_language (council));

  return GTK_WIDGET (self);
}

GtkWidget *
mv_council_setup_get_field (MvCouncilSetup *self,
                            const char     *field)
{
  const struct { const char *field; gpointer widget; } fields[] = {
    { "level", self->level_row },
    { "place", self->place_row },
    { "length", self->length_spin },
    { "deadline", self->deadline_spin },
    { "notice", self->notice_spin },
    { "secretariat-name", self->secretariat_name_row },
    { "secretariat-email", self->secretariat_email_row },
    { "secretariat-phone", self->secretariat_phone_row },
    { "secretariat-error", self->secretariat_error },
    { "language", self->language_row },
    { "save", self->save_button },
    { "skip", self->skip_button },
  };

  g_return_val_if_fail (MV_IS_COUNCIL_SETUP (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (fields[i].field, field))
      return fields[i].widget;

  g_return_val_if_reached (NULL);
}
