/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mv-backup-dialog.h"
#include "mv-backup.h"
#include "mv-council-dialog.h"
#include "mv-council-setup.h"
#include "mv-dates.h"
#include "mv-error.h"
#include "mv-window-actions.h"

/* The window's file actions: New File, Open File, Save a Copy, Copy to
 * This Computer (for a file on a share), Restore from Backup, and the
 * welcome page's Create a Council and Explore the Sample Council. */

static void
council_dialog_create_cb (MvWindow        *self,
                          const char      *response,
                          MvCouncilDialog *dialog)
{
  MvCouncil *council;

  council = mv_window_create_council (self,
                                      mv_council_dialog_get_council_name (dialog),
                                      mv_council_dialog_get_nav_unit (dialog));
  /* What the first notice needs is asked for at once, not found by chance
   * in the settings. */
  if (council != NULL)
    gtk_window_present (GTK_WINDOW (mv_council_setup_new (GTK_WINDOW (self),
                                                          mv_window_get_store (self),
                                                          council)));
}

static void
create_council_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MvWindow *self = MV_WINDOW (widget);
  GtkWidget *dialog = mv_council_dialog_new (GTK_WINDOW (self));

  g_signal_connect_object (dialog, "response::create", G_CALLBACK (council_dialog_create_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
create_sample_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  mv_window_create_sample (MV_WINDOW (widget));
}

static GtkFileFilter *
medvirke_file_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Medvirke Files"));
  gtk_file_filter_add_mime_type (filter, "application/vnd.sqlite3");
  gtk_file_filter_add_mime_type (filter, "application/x-sqlite3");
  gtk_file_filter_add_suffix (filter, "db");
  return filter;
}

static GtkFileFilter *
all_files_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("All Files"));
  gtk_file_filter_add_pattern (filter, "*");
  return filter;
}

static GtkFileChooserNative *
file_chooser_new (MvWindow             *self,
                  const char           *title,
                  GtkFileChooserAction  action,
                  const char           *accept_label)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept_label, _("_Cancel"));
  g_autoptr(GtkFileFilter) medvirke_files = medvirke_file_filter ();
  g_autoptr(GtkFileFilter) all_files = all_files_filter ();

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), medvirke_files);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all_files);
  return chooser;
}

/* Returns the chosen local path, or NULL; the chooser is done with. */
static char *
file_chooser_finish (GtkNativeDialog *chooser,
                     int              response)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  return file ? g_file_get_path (file) : NULL;
}

static void
open_path_or_show_error (MvWindow   *self,
                         const char *path)
{
  g_autoptr(GError) error = NULL;

  if (!mv_window_open_path (self, path, &error))
    mv_window_show_error (self, _("Could Not Open the File"), error->message);
}

static void
new_file_response_cb (GtkNativeDialog *chooser,
                      int              response,
                      MvWindow        *self)
{
  g_autofree char *path = file_chooser_finish (chooser, response);

  if (path == NULL)
    return;

  /* A new file never replaces one, even after the chooser asked. */
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” already exists. Choose another name, or open the file with "
                           "Open File."), path);

      mv_window_show_error (self, _("Could Not Create the File"), message);
      return;
    }

  open_path_or_show_error (self, path);
}

static void
new_file_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MvWindow *self = MV_WINDOW (widget);
  GtkFileChooserNative *chooser =
    file_chooser_new (self, _("New File"), GTK_FILE_CHOOSER_ACTION_SAVE, _("C_reate"));

  /* Translators: the suggested name of a new file. */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("council.db"));
  g_signal_connect (chooser, "response", G_CALLBACK (new_file_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_file_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       MvWindow        *self)
{
  g_autofree char *path = file_chooser_finish (chooser, response);

  if (path != NULL)
    open_path_or_show_error (self, path);
}

static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MvWindow *self = MV_WINDOW (widget);
  GtkFileChooserNative *chooser =
    file_chooser_new (self, _("Open File"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));

  g_signal_connect (chooser, "response", G_CALLBACK (open_file_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
save_copy_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       MvWindow        *self)
{
  g_autofree char *path = file_chooser_finish (chooser, response);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (path == NULL || mv_window_get_store (self) == NULL)
    return;

  if (!mv_store_save_copy (mv_window_get_store (self), path, &error))
    {
      mv_window_show_error (self, _("Could Not Save a Copy"), error->message);
      return;
    }

  name = g_filename_display_basename (path);
  message = g_strdup_printf (_("Saved a copy as “%s”"), name);
  mv_window_show_toast (self, message);
}

static void
save_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MvWindow *self = MV_WINDOW (widget);
  GtkFileChooserNative *chooser =
    file_chooser_new (self, _("Save a Copy"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"));
  g_autofree char *basename = g_path_get_basename (mv_store_get_path (mv_window_get_store (self)));
  g_autofree char *stem = g_strndup (basename, strcspn (basename, "."));
  /* Translators: the suggested name of a copy of the file "%s.db". */
  g_autofree char *name = g_strdup_printf (_("%s (copy).db"), stem);

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (save_copy_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
restored_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      MvWindow         *self)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "mv-restored-path");

  if (g_strcmp0 (response, "open") == 0 && path != NULL)
    open_path_or_show_error (self, path);
}

/**
 * mv_window_restore_backup:
 *
 * Restores @backup into the new file @target (mv_backup_restore()) and
 * offers to open it; the open file is not touched.
 */
void
mv_window_restore_backup (MvWindow   *self,
                          const char *backup,
                          const char *target)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  GtkWidget *dialog;

  g_return_if_fail (MV_IS_WINDOW (self));
  g_return_if_fail (backup != NULL && target != NULL);

  if (!mv_backup_restore (backup, target, &error))
    {
      mv_window_show_error (self, _("Could Not Restore the Backup"), error->message);
      return;
    }

  name = g_filename_display_basename (target);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Backup Restored"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("The backup is now the file “%s”. Open it in place of the "
                                    "file that is open now? That file stays as it is."), name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "close", _("_Not Now"),
                                    "open", _("_Open"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "open",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "open");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_object_set_data_full (G_OBJECT (dialog), "mv-restored-path", g_strdup (target), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (restored_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
restore_target_response_cb (GtkNativeDialog *chooser,
                            int              response,
                            MvWindow        *self)
{
  g_autofree char *backup = g_strdup (g_object_get_data (G_OBJECT (chooser), "mv-backup-path"));
  g_autofree char *path = file_chooser_finish (chooser, response);

  if (path == NULL || backup == NULL)
    return;

  /* Never over a file, even after the chooser asked. */
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” already exists. A backup is restored into a new file only: "
                           "choose another name."), path);

      mv_window_show_error (self, _("Could Not Restore the Backup"), message);
      return;
    }

  mv_window_restore_backup (self, backup, path);
}

static void
backup_chosen_cb (MvWindow       *self,
                  const char     *response,
                  MvBackupDialog *dialog)
{
  const char *backup = mv_backup_dialog_get_selected (dialog);
  g_autofree char *basename = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *day = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  g_autoptr(GFile) folder = NULL;

  if (backup == NULL || mv_window_get_store (self) == NULL)
    return;

  basename = g_path_get_basename (mv_store_get_path (mv_window_get_store (self)));
  stem = g_strndup (basename, strcspn (basename, "."));
  /* The backup's name begins with its day, YYYY-MM-DD. */
  {
    g_autofree char *backup_name = g_path_get_basename (backup);

    day = g_strndup (backup_name, 10);
  }
  /* Translators: the suggested name of a restored backup of the file "%s.db"
   * from the day %s (YYYY-MM-DD). */
  name = g_strdup_printf (_("%s (backup %s).db"), stem, day);

  chooser = file_chooser_new (self, _("Restore the Backup As"), GTK_FILE_CHOOSER_ACTION_SAVE,
                              _("_Restore"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  /* Beside the open file, where the user looks for it. */
  folder = g_file_new_for_path (mv_store_get_path (mv_window_get_store (self)));
  g_set_object (&folder, g_file_get_parent (folder));
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  g_object_set_data_full (G_OBJECT (chooser), "mv-backup-path", g_strdup (backup), g_free);
  g_signal_connect (chooser, "response", G_CALLBACK (restore_target_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
restore_backup_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MvWindow *self = MV_WINDOW (widget);
  GtkWidget *dialog;

  if (mv_window_get_store (self) == NULL)
    return;

  dialog = mv_backup_dialog_new (GTK_WINDOW (self), mv_store_get_path (mv_window_get_store (self)));
  g_signal_connect_object (dialog, "response::restore", G_CALLBACK (backup_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * mv_window_copy_to_computer:
 * @path: where the copy goes, on this computer
 *
 * For a file on a network share: a consistent copy at @path, which the
 * window then shows in its place. The file on the share stays as it was.
 */
gboolean
mv_window_copy_to_computer (MvWindow    *self,
                            const char  *path,
                            GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (MV_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (mv_window_get_store (self) != NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("“%s” already exists. Choose another name for the copy."), path);
      return FALSE;
    }
  if (!mv_store_save_copy (mv_window_get_store (self), path, error) ||
      !mv_window_open_path (self, path, error))
    return FALSE;

  name = g_filename_display_basename (path);
  message = g_strdup_printf (_("Copied to “%s” on this computer, which is the file open now"),
                             name);
  mv_window_show_toast (self, message);
  return TRUE;
}

static void
copy_to_computer_response_cb (GtkNativeDialog *chooser,
                              int              response,
                              MvWindow        *self)
{
  g_autofree char *path = file_chooser_finish (chooser, response);
  g_autoptr(GError) error = NULL;

  if (path != NULL && mv_window_get_store (self) != NULL &&
      !mv_window_copy_to_computer (self, path, &error))
    mv_window_show_error (self, _("Could Not Copy the File"), error->message);
}

static void
copy_to_computer_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  MvWindow *self = MV_WINDOW (widget);
  GtkFileChooserNative *chooser =
    file_chooser_new (self, _("Copy to This Computer"), GTK_FILE_CHOOSER_ACTION_SAVE,
                      _("_Copy"));
  g_autofree char *name = g_path_get_basename (mv_store_get_path (mv_window_get_store (self)));
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "medvirke", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);

  /* Beside the default file, in the user's own data folder. */
  if (g_mkdir_with_parents (dir, 0700) == 0)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (copy_to_computer_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * mv_window_install_file_actions:
 *
 * For MvWindow's class_init: win.new-file, win.open-file, win.save-copy,
 * win.copy-to-computer, win.restore-backup, win.create-council and
 * win.create-sample. The window enables them.
 */
void
mv_window_install_file_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-file", NULL, new_file_action);
  gtk_widget_class_install_action (widget_class, "win.open-file", NULL, open_file_action);
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, save_copy_action);
  gtk_widget_class_install_action (widget_class, "win.copy-to-computer", NULL,
                                   copy_to_computer_action);
  gtk_widget_class_install_action (widget_class, "win.restore-backup", NULL,
                                   restore_backup_action);
  gtk_widget_class_install_action (widget_class, "win.create-council", NULL,
                                   create_council_action);
  gtk_widget_class_install_action (widget_class, "win.create-sample", NULL,
                                   create_sample_action);
}
