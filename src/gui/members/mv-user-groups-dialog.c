/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-error.h"
#include "mv-gui-util.h"
#include "mv-member.h"
#include "mv-registers.h"
#include "mv-user-group.h"
#include "mv-user-groups-dialog.h"

/* The user groups a council should represent: rename, add, remove. */

struct _MvUserGroupsDialog
{
  AdwWindow            parent_instance;

  MvStore             *store;
  GPtrArray           *rows;

  /* Template widgets */
  GtkLabel            *error_label;
  AdwPreferencesGroup *list_group;
  AdwEntryRow         *new_row;
  AdwToastOverlay     *toast_overlay;
};

G_DEFINE_FINAL_TYPE (MvUserGroupsDialog, mv_user_groups_dialog, ADW_TYPE_WINDOW)

static void rebuild (MvUserGroupsDialog *self);

static void
show_refusal (MvUserGroupsDialog *self,
              GtkWidget          *row,
              const char         *reason)
{
  mv_row_set_error_reason (row, reason);
  gtk_label_set_text (self->error_label, reason ? reason : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), reason != NULL);
}

static void
rename_cb (AdwEntryRow        *row,
           MvUserGroupsDialog *self)
{
  MvUserGroup *group = g_object_get_data (G_OBJECT (row), "mv-user-group");
  g_autoptr(GError) error = NULL;

  if (mv_user_groups_rename (self->store, group, gtk_editable_get_text (GTK_EDITABLE (row)),
                             NULL, &error))
    show_refusal (self, GTK_WIDGET (row), NULL);
  else if (g_error_matches (error, MV_ERROR, MV_ERROR_INVALID))
    show_refusal (self, GTK_WIDGET (row), error->message);
  else
    {
      show_refusal (self, GTK_WIDGET (row), NULL);
      mv_widget_show_error (GTK_WIDGET (self), _("Could Not Rename the User Group"),
                            error->message);
    }
}

static void
undo_remove_cb (AdwToast           *toast,
                MvUserGroupsDialog *self)
{
  MvUndo *undo = g_object_get_data (G_OBJECT (toast), "mv-undo");
  g_autoptr(GError) error = NULL;

  if (!mv_undo_apply (undo, self->store, &error))
    {
      mv_widget_show_error (GTK_WIDGET (self), _("Could Not Restore the User Group"),
                            error->message);
      return;
    }

  rebuild (self);
}

static void
remove_cb (GtkButton          *button,
           MvUserGroupsDialog *self)
{
  MvUserGroup *group = g_object_get_data (G_OBJECT (button), "mv-user-group");
  g_autoptr(GError) error = NULL;
  g_autoptr(MvUndo) undo = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (!mv_user_groups_delete (self->store, group, &undo, &error))
    {
      mv_widget_show_error (GTK_WIDGET (self), _("Could Not Remove the User Group"),
                            error->message);
      return;
    }

  /* Translators: %s is the name of a user group. */
  title = g_strdup_printf (_("“%s” removed"), mv_user_group_get_name (group));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "mv-undo", g_steal_pointer (&undo),
                          (GDestroyNotify) mv_undo_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_remove_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  rebuild (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->new_row));
}

static void
rebuild (MvUserGroupsDialog *self)
{
  g_autoptr(GPtrArray) groups = mv_user_groups_list (self->store);
  GListModel *members = mv_store_get_model (self->store, MV_TYPE_MEMBER);

  /* A new file comes with NAV's usual groups that nobody here chose: until
   * it has members, say where they come from and that they are the
   * secretary's to change. */
  if (g_list_model_get_n_items (members) == 0)
    adw_preferences_group_set_description (
      self->list_group,
      _("These are NAV’s usual user groups, ready-made for a new council – edit them to suit "
        "the council: rename, remove or add groups. Press Enter or the check mark to save a "
        "name."));
  else
    adw_preferences_group_set_description (
      self->list_group,
      _("The NAV user groups the council should represent. Rename a group and press Enter or "
        "the check mark to save it."));

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->list_group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; i < groups->len; i++)
    {
      MvUserGroup *group = g_ptr_array_index (groups, i);
      GtkWidget *row = adw_entry_row_new ();
      GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *title = g_strdup_printf (_("User group %u"), i + 1);
      g_autofree char *remove_label =
        /* Translators: %s is the name of a user group. */
        g_strdup_printf (_("Remove “%s”"), mv_user_group_get_name (group));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_editable_set_text (GTK_EDITABLE (row), mv_user_group_get_name (group));
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "mv-user-group", g_object_ref (group),
                              g_object_unref);
      g_signal_connect (row, "apply", G_CALLBACK (rename_cb), self);
      g_signal_connect (row, "entry-activated", G_CALLBACK (rename_cb), self);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, remove_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      remove_label, -1);
      g_object_set_data_full (G_OBJECT (button), "mv-user-group", g_object_ref (group),
                              g_object_unref);
      g_signal_connect (button, "clicked", G_CALLBACK (remove_cb), self);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);

      adw_preferences_group_add (self->list_group, row);
      g_ptr_array_add (self->rows, row);
    }
}

static void
add_cb (MvUserGroupsDialog *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->new_row));
  g_autoptr(GError) error = NULL;

  if (mv_user_groups_add (self->store, name, NULL, &error) == NULL)
    {
      if (g_error_matches (error, MV_ERROR, MV_ERROR_INVALID))
        show_refusal (self, GTK_WIDGET (self->new_row), error->message);
      else
        {
          show_refusal (self, GTK_WIDGET (self->new_row), NULL);
          mv_widget_show_error (GTK_WIDGET (self), _("Could Not Add the User Group"),
                                error->message);
        }
      return;
    }

  show_refusal (self, GTK_WIDGET (self->new_row), NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->new_row), "");
  rebuild (self);
}

static void
mv_user_groups_dialog_dispose (GObject *object)
{
  MvUserGroupsDialog *self = MV_USER_GROUPS_DIALOG (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mv_user_groups_dialog_parent_class)->dispose (object);
}

static void
mv_user_groups_dialog_class_init (MvUserGroupsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mv_user_groups_dialog_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/medvirke/Medvirke/mv-user-groups-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MvUserGroupsDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MvUserGroupsDialog, list_group);
  gtk_widget_class_bind_template_child (widget_class, MvUserGroupsDialog, new_row);
  gtk_widget_class_bind_template_child (widget_class, MvUserGroupsDialog, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, add_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mv_user_groups_dialog_init (MvUserGroupsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mv_widget_plain_mnemonics (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
}

GtkWidget *
mv_user_groups_dialog_new (GtkWindow *parent,
                           MvStore   *store)
{
  MvUserGroupsDialog *self;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);

  self = g_object_new (MV_TYPE_USER_GROUPS_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  rebuild (self);

  return GTK_WIDGET (self);
}
