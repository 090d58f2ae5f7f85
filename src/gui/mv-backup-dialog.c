/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-backup-dialog.h"
#include "mv-backup.h"
#include "mv-dates.h"

/* "Restore from Backup…": the backups of the open file, read when the
 * dialog opens (each is a small read of a file nobody writes). */

struct _MvBackupDialog
{
  AdwMessageDialog  parent_instance;

  /* Template widgets */
  GtkListBox       *list;
  GtkScrolledWindow *scroller;
};

G_DEFINE_FINAL_TYPE (MvBackupDialog, mv_backup_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
row_selected_cb (MvBackupDialog *self,
                 GtkListBoxRow  *row)
{
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "restore", row != NULL);
}

static void
row_activated_cb (MvBackupDialog *self,
                  GtkListBoxRow  *row)
{
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "restore");
}

static void
mv_backup_dialog_class_init (MvBackupDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/medvirke/Medvirke/mv-backup-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MvBackupDialog, list);
  gtk_widget_class_bind_template_child (widget_class, MvBackupDialog, scroller);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
}

static void
mv_backup_dialog_init (MvBackupDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* "Tue 10 Feb 2026, 09:30" in the UI's language. */
static char *
format_time (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);
  g_autofree char *iso = NULL;
  g_autofree char *day = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  iso = mv_date_format (&date);
  day = mv_date_format_user (iso, MV_DATE_STYLE_WEEKDAY_SHORT);
  /* Translators: a backup's day and time of day, "ti. 10. feb. 2026, 09:30". */
  return g_strdup_printf (_("%s, %02d:%02d"), day, g_date_time_get_hour (local),
                          g_date_time_get_minute (local));
}

static char *
format_counts (const MvBackup *backup)
{
  g_autofree char *members = NULL;
  g_autofree char *meetings = NULL;
  g_autofree char *items = NULL;
  g_autofree char *documents = NULL;

  if (backup->n_members < 0 || backup->n_meetings < 0 || backup->n_items < 0 ||
      backup->n_documents < 0)
    return g_strdup (_("This backup could not be read"));

  members = g_strdup_printf (ngettext ("%d member", "%d members", backup->n_members),
                             (int) backup->n_members);
  meetings = g_strdup_printf (ngettext ("%d meeting", "%d meetings", backup->n_meetings),
                              (int) backup->n_meetings);
  items = g_strdup_printf (ngettext ("%d item", "%d items", backup->n_items),
                           (int) backup->n_items);
  documents = g_strdup_printf (ngettext ("%d document", "%d documents", backup->n_documents),
                               (int) backup->n_documents);
  /* Translators: what a backup holds, "12 members, 10 meetings, 31 items,
   * 5 documents"; each part is one of the four strings above. */
  return g_strdup_printf (_("%s, %s, %s, %s"), members, meetings, items, documents);
}

static GtkWidget *
make_row (const MvBackup *backup)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = format_time (backup->time);
  g_autofree char *subtitle = format_counts (backup);
  g_autofree char *label = g_strdup_printf ("%s: %s", title, subtitle);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (row), "mv-backup-path", g_strdup (backup->path), g_free);
  return row;
}

GtkWidget *
mv_backup_dialog_new (GtkWindow  *parent,
                      const char *db_path)
{
  MvBackupDialog *self;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (db_path != NULL, NULL);

  self = g_object_new (MV_TYPE_BACKUP_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);

  backups = mv_backup_list (db_path, &error);
  if (backups == NULL || backups->len == 0)
    {
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                                   error ? error->message
                                         : _("There is no backup of this file yet. Medvirke "
                                             "makes one with the first change of each day."));
      gtk_widget_set_visible (GTK_WIDGET (self->scroller), FALSE);
      return GTK_WIDGET (self);
    }

  for (guint i = 0; i < backups->len; i++)
    gtk_list_box_append (self->list, make_row (g_ptr_array_index (backups, i)));
  gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, 0));
  return GTK_WIDGET (self);
}

const char *
mv_backup_dialog_get_selected (MvBackupDialog *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (MV_IS_BACKUP_DIALOG (self), NULL);

  row = gtk_list_box_get_selected_row (self->list);
  return row ? g_object_get_data (G_OBJECT (row), "mv-backup-path") : NULL;
}

GtkListBox *
mv_backup_dialog_get_list (MvBackupDialog *self)
{
  g_return_val_if_fail (MV_IS_BACKUP_DIALOG (self), NULL);

  return self->list;
}
