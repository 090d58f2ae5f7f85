/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "mv-backup-dialog.h"
#include "mv-backup.h"
#include "mv-member.h"
#include "mv-members.h"
#include "mv-window-actions.h"
#include "mv-window-private.h"
#include "mv-test-gui.h"
#include "mv-test-store.h"
#include "mv-test-utils.h"

/* Restore from Backup… as a secretary meets it: the main menu's item, the
 * dialog that lists the day's backup with what it holds, and the restored
 * file offered to open – never written over the open one. Runs with a
 * display and GTK_A11Y=test, with XDG_DATA_HOME a folder of its own. */

static char *data_home;

static gboolean
menu_has_action (GMenuModel *model,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = NULL;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_strcmp0 (name, action) == 0)
        return TRUE;
      section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      if (section != NULL && menu_has_action (section, action))
        return TRUE;
    }
  return FALSE;
}

/* Whether a menu button in @widget's tree offers @action. */
static gboolean
menu_button_offers (GtkWidget  *widget,
                    const char *action)
{
  if (GTK_IS_MENU_BUTTON (widget))
    {
      GMenuModel *model = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget));

      if (model != NULL && menu_has_action (model, action))
        return TRUE;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (menu_button_offers (child, action))
      return TRUE;
  return FALSE;
}

/* The message dialog with @heading that the window shows. */
static AdwMessageDialog *
find_message (const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0)
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
shows_file (MvWindow   *window,
            const char *path)
{
  MvStore *store = mv_window_get_store (window);

  return store != NULL && g_strcmp0 (mv_store_get_path (store), path) == 0;
}

static void
test_restore (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *target = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *expected = NULL;
  MvTestStore ts = { 0 };
  MvBackup *backup;
  MvBackupDialog *dialog;
  AdwMessageDialog *restored;
  GtkListBoxRow *row;
  MvMember *member;
  MvWindow *window;

  /* The sample in a file the window's store did not make, and a change. */
  mv_test_store_set_up (&ts, MV_TEST_STORE_SAMPLE);
  g_clear_object (&ts.council);
  g_clear_object (&ts.store);
  ts.store = mv_store_open (ts.path, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  member = g_list_model_get_item (mv_store_get_model (ts.store, MV_TYPE_MEMBER), 0);
  g_assert_true (mv_members_delete (ts.store, member, NULL, &error));
  g_assert_no_error (error);
  g_object_unref (member);
  backups = mv_backup_list (ts.path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 1);
  backup = g_ptr_array_index (backups, 0);
  g_assert_cmpint (backup->n_members, ==, 13);

  window = mv_window_new (NULL, ts.store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* The main menu offers it, and it opens the dialog. */
  g_assert_true (menu_button_offers (GTK_WIDGET (window), "win.restore-backup"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-backup", NULL));
  dialog = MV_BACKUP_DIALOG (mv_test_wait_toplevel (MV_TYPE_BACKUP_DIALOG));
  mv_test_wait_mapped (dialog);

  /* One backup, chosen, with what it held before the change. */
  g_assert_nonnull (gtk_list_box_get_row_at_index (mv_backup_dialog_get_list (dialog), 0));
  g_assert_null (gtk_list_box_get_row_at_index (mv_backup_dialog_get_list (dialog), 1));
  row = gtk_list_box_get_row_at_index (mv_backup_dialog_get_list (dialog), 0);
  expected = g_strdup_printf ("13 members, %d meetings, %d items, %d documents",
                              (int) backup->n_meetings, (int) backup->n_items,
                              (int) backup->n_documents);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, expected);
  g_assert_nonnull (mv_test_find_label (GTK_WIDGET (row), expected));
  g_assert_true (gtk_list_box_get_selected_row (mv_backup_dialog_get_list (dialog)) == row);
  g_assert_cmpstr (mv_backup_dialog_get_selected (dialog), ==, backup->path);
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                          "restore"));
  gtk_test_accessible_assert_property (mv_backup_dialog_get_list (dialog),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Backups");
  gtk_list_box_unselect_all (mv_backup_dialog_get_list (dialog));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                           "restore"));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  mv_test_wait_finalized (&dialog);

  /* Restored into a new file – the chooser cannot be driven – and opened
   * when the user says so; the file that was open is as it was. */
  target = g_build_filename (ts.dir, "restored.db", NULL);
  mv_window_restore_backup (window, backup->path, target);
  mv_test_wait_for ((restored = find_message ("Backup Restored")) != NULL);
  g_assert_true (g_file_test (target, G_FILE_TEST_IS_REGULAR));
  g_assert_true (shows_file (window, ts.path));
  adw_message_dialog_response (restored, "open");
  gtk_window_destroy (GTK_WINDOW (restored));
  mv_test_wait_for (shows_file (window, target));
  g_assert_cmpuint (g_list_model_get_n_items (mv_store_get_model (mv_window_get_store (window),
                                                                  MV_TYPE_MEMBER)), ==, 13);
  g_assert_cmpuint (g_list_model_get_n_items (mv_store_get_model (ts.store, MV_TYPE_MEMBER)), ==,
                    12);

  /* Never over a file that is there: the open one included. */
  mv_window_restore_backup (window, backup->path, ts.path);
  mv_test_wait_for (find_message ("Could Not Restore the Backup") != NULL);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (find_message ("Could Not Restore the "
                                                                       "Backup")),
                            "already exists"));
  g_assert_cmpuint (g_list_model_get_n_items (mv_store_get_model (ts.store, MV_TYPE_MEMBER)), ==,
                    12);
  gtk_window_destroy (GTK_WINDOW (find_message ("Could Not Restore the Backup")));

  gtk_window_destroy (GTK_WINDOW (window));
  mv_test_run_pending ();
  folder = mv_backup_folder_for (ts.path);
  mv_test_store_tear_down (&ts);
  mv_test_remove_tree (folder);
}

/* A file without backups says so, and offers nothing to restore. */
static void
test_none (void)
{
  g_autoptr(GError) error = NULL;
  MvTestStore ts = { 0 };
  MvBackupDialog *dialog;
  MvWindow *window;

  mv_test_store_set_up (&ts, MV_TEST_STORE_COUNCIL);
  window = mv_window_new (NULL, ts.store);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-backup", NULL));
  dialog = MV_BACKUP_DIALOG (mv_test_wait_toplevel (MV_TYPE_BACKUP_DIALOG));
  g_assert_null (gtk_list_box_get_row_at_index (mv_backup_dialog_get_list (dialog), 0));
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                                   "There is no backup of this file yet."));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                           "restore"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  mv_test_run_pending ();
  mv_test_store_tear_down (&ts);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* The English source strings. */
  g_unsetenv ("LANGUAGE");
  /* Before anything asks GLib for the data folder. */
  data_home = g_dir_make_tmp ("medvirke-backup-gui-XXXXXX", NULL);
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C");
  adw_init ();

  g_test_add_func ("/backup-gui/restore", test_restore);
  g_test_add_func ("/backup-gui/none", test_none);

  status = g_test_run ();
  mv_test_remove_tree (data_home);
  g_free (data_home);
  return status;
}
