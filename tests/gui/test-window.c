/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "mv-agenda-item.h"
#include "mv-council-dialog.h"
#include "mv-council-setup.h"
#include "mv-councils.h"
#include "mv-document.h"
#include "mv-meeting-dialog.h"
#include "mv-member.h"
#include "mv-pdf.h"
#include "mv-queries.h"
#include "mv-sample.h"
#include "mv-error.h"
#include "mv-gui-util.h"
#include "mv-window-actions.h"
#include "mv-window-private.h"
#include "mv-test-gui.h"
#include "mv-test-utils.h"

/* The main window as a user meets it: what it shows for the sample, for a
 * new file and for a file that may not be written. Runs with a display
 * (xvfb-run) and GTK_A11Y=test. */

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("medvirke-gui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "medvirke.db", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  mv_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static MvWindow *
show_window (MvStore *store)
{
  MvWindow *window = mv_window_new (NULL, store);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  mv_test_run_pending ();

  return window;
}

static guint
count_council_records (MvStore   *store,
                       GType      type,
                       MvCouncil *council)
{
  GListModel *records = mv_store_get_model (store, type);
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(MvRecord) record = g_list_model_get_item (records, i);

      if (g_strcmp0 (mv_record_get_string (record, "council-id"),
                     mv_record_get_id (MV_RECORD (council))) == 0)
        count++;
    }

  return count;
}

static void
test_sample (Fixture       *fixture,
             gconstpointer  data)
{
  static const char *sections[] = { "members", "year-plan", "items", "documents" };
  static const char *labels[] = { "Members", "Year plan", "Agenda items", "Documents" };
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  MvWindow *window;
  MvCouncil *council;
  GtkListBox *sidebar;
  guint expected[4];
  GtkColumnView *column_view;
  GListModel *rows;
  gboolean found = FALSE;

  store = mv_store_open (fixture->path, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  mv_sample_create (store, mv_pdf_inspect, &error);
  g_assert_no_error (error);

  window = show_window (store);
  g_assert_cmpstr (mv_window_get_visible_page (window), ==, "main");

  council = mv_window_get_council (window);
  g_assert_nonnull (council);
  g_assert_cmpstr (gtk_label_get_label (mv_window_get_council_title (window)), ==,
                   mv_council_get_name (council));

  /* What the store holds for the council, as a user would count it. */
  members = mv_store_list_members (store, council, FALSE);
  meetings = mv_store_list_meetings (store, council, 0);
  expected[0] = members->len;
  expected[1] = meetings->len;
  expected[2] = count_council_records (store, MV_TYPE_AGENDA_ITEM, council);
  expected[3] = count_council_records (store, MV_TYPE_DOCUMENT, council);
  g_assert_cmpuint (expected[0], ==, 13);
  g_assert_cmpuint (expected[1], ==, 6);
  g_assert_cmpuint (expected[2], >, 0);
  g_assert_cmpuint (expected[3], >, 0);

  sidebar = mv_window_get_sidebar (window);
  for (int i = G_N_ELEMENTS (sections) - 1; i >= 0; i--)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (sidebar, i);

      g_assert_nonnull (row);
      gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, labels[i]);

      /* As Enter on the row does. */
      gtk_widget_activate (GTK_WIDGET (row));
      mv_test_wait_for (g_strcmp0 (mv_window_get_section (window), sections[i]) == 0);

      g_assert_cmpstr (mv_window_get_section (window), ==, sections[i]);
      g_assert_true (gtk_list_box_get_selected_row (sidebar) == row);

      column_view = mv_section_page_get_column_view (mv_window_get_section_page (window,
                                                                                 sections[i]));
      mv_test_wait_mapped (column_view);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (column_view)));
      gtk_test_accessible_assert_property (column_view, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           labels[i]);
      rows = G_LIST_MODEL (gtk_column_view_get_model (column_view));
      g_assert_cmpuint (g_list_model_get_n_items (rows), ==, expected[i]);
    }
  g_assert_cmpuint (gtk_list_box_get_row_at_index (sidebar, G_N_ELEMENTS (sections)) == NULL,
                    ==, TRUE);

  /* Alt+1 goes through the same action. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "members");
  mv_test_wait_for (g_strcmp0 (mv_window_get_section (window), "members") == 0);
  g_assert_cmpstr (mv_window_get_section (window), ==, "members");

  column_view = mv_section_page_get_column_view (mv_window_get_section_page (window, "members"));
  rows = G_LIST_MODEL (gtk_column_view_get_model (column_view));
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(MvMember) member = g_list_model_get_item (rows, i);

      found |= g_strcmp0 (mv_member_get_name (member), "Kari Haugen") == 0;
    }
  g_assert_true (found);
  g_assert_nonnull (mv_test_find_label (GTK_WIDGET (column_view), "Kari Haugen"));
  g_assert_nonnull (mv_test_find_label (GTK_WIDGET (column_view), "Chair"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static MvCouncilDialog *
find_council_dialog (void)
{
  return (MvCouncilDialog *) mv_test_find_toplevel (MV_TYPE_COUNCIL_DIALOG);
}

static void
test_welcome (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) store = NULL;
  MvCouncilDialog *dialog;
  MvWindow *window;
  GtkColumnView *column_view;

  store = mv_store_open (fixture->path, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (mv_store_is_empty (store));

  window = show_window (store);
  g_assert_cmpstr (mv_window_get_visible_page (window), ==, "welcome");
  g_assert_false (gtk_revealer_get_reveal_child (mv_window_get_banner (window)));
  g_assert_true (gtk_widget_get_mapped (mv_window_get_create_button (window)));
  g_assert_true (gtk_widget_is_sensitive (mv_window_get_create_button (window)));
  g_assert_true (gtk_widget_get_mapped (mv_window_get_sample_button (window)));
  g_assert_true (gtk_widget_is_sensitive (mv_window_get_sample_button (window)));

  /* The button opens the dialog; Create waits for a name. */
  g_signal_emit_by_name (mv_window_get_create_button (window), "clicked");
  mv_test_wait_toplevel (MV_TYPE_COUNCIL_DIALOG);
  dialog = find_council_dialog ();
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "create"));
  mv_council_dialog_set_council_name (dialog, "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "create"));
  mv_council_dialog_set_council_name (dialog, "Brukerutvalget NAV Prøveby");
  mv_council_dialog_set_nav_unit (dialog, "NAV Prøveby");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "create"));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "create");
  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  mv_test_wait_finalized (&dialog);
  mv_test_wait_for (g_strcmp0 (mv_window_get_visible_page (window), "main") == 0);
  g_assert_null (dialog);

  g_assert_false (mv_store_is_empty (store));
  g_assert_cmpstr (mv_window_get_visible_page (window), ==, "main");
  g_assert_cmpstr (gtk_label_get_label (mv_window_get_council_title (window)), ==,
                   "Brukerutvalget NAV Prøveby");
  g_assert_cmpstr (mv_council_get_nav_unit (mv_window_get_council (window)), ==, "NAV Prøveby");

  /* The setup follows at once; Esc skips it and keeps the usual values. */
  mv_test_wait_toplevel (MV_TYPE_COUNCIL_SETUP);
  {
    GtkWindow *setup = mv_test_find_toplevel (MV_TYPE_COUNCIL_SETUP);

    g_object_add_weak_pointer (G_OBJECT (setup), (gpointer *) &setup);
    gtk_widget_activate_action (GTK_WIDGET (setup), "setup.skip", NULL);
    mv_test_wait_finalized (&setup);
    g_assert_null (setup);
    g_assert_cmpint (mv_council_get_notice_days (mv_window_get_council (window)), ==, 14);
  }

  /* A new council has no members yet. */
  column_view = mv_section_page_get_column_view (mv_window_get_section_page (window, "members"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (column_view))),
                    ==, 0);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (column_view)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
row_has_error (GtkWidget *row)
{
  return gtk_widget_has_css_class (row, "error");
}

/* The first-run setup: the usual values filled in, every control named,
 * the e-mail address checked when the field is left, and Save writing it
 * all in one change that one Undo takes back. */
static void
test_council_setup (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) store = NULL;
  MvCouncilSetup *setup;
  MvCouncil *council;
  MvWindow *window;
  GtkWidget *email, *phone, *label;

  store = mv_store_open (fixture->path, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  window = show_window (store);
  council = mv_window_create_council (window, "Brukerutvalget NAV Prøveby", "NAV Prøveby");
  g_assert_nonnull (council);

  setup = MV_COUNCIL_SETUP (mv_council_setup_new (GTK_WINDOW (window), store, council));
  g_object_add_weak_pointer (G_OBJECT (setup), (gpointer *) &setup);
  gtk_window_present (GTK_WINDOW (setup));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (setup));

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (mv_council_setup_get_field (setup, "place"))),
                   ==, "NAV Prøveby");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (
                     GTK_SPIN_BUTTON (mv_council_setup_get_field (setup, "length"))), ==, 180);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (
                     GTK_SPIN_BUTTON (mv_council_setup_get_field (setup, "deadline"))), ==, 21);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (
                     GTK_SPIN_BUTTON (mv_council_setup_get_field (setup, "notice"))), ==, 14);
  g_assert_cmpuint (adw_combo_row_get_selected (
                      ADW_COMBO_ROW (mv_council_setup_get_field (setup, "language"))), ==,
                    MV_LANGUAGE_NB);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (mv_council_setup_get_field (setup, "notice")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Notice in days before the meeting");
  g_assert_cmpstr (adw_preferences_row_get_title (
                     ADW_PREFERENCES_ROW (mv_council_setup_get_field (setup, "secretariat-email"))),
                   ==, "_E-mail");
  g_assert_true (gtk_widget_is_visible (mv_council_setup_get_field (setup, "skip")));

  /* A half address is refused when the field is left, at the field. */
  email = mv_council_setup_get_field (setup, "secretariat-email");
  phone = mv_council_setup_get_field (setup, "secretariat-phone");
  label = mv_council_setup_get_field (setup, "secretariat-error");
  gtk_widget_grab_focus (email);
  gtk_editable_set_text (GTK_EDITABLE (email), "siri@");
  g_assert_false (row_has_error (email));
  gtk_widget_grab_focus (phone);
  mv_test_wait_for (row_has_error (email));
  g_assert_true (gtk_widget_is_visible (label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "“siri@” is not an e-mail address");
  gtk_test_accessible_assert_state (email, GTK_ACCESSIBLE_STATE_INVALID,
                                    GTK_ACCESSIBLE_INVALID_TRUE);
  /* Save keeps the dialog and the file as they were. */
  g_assert_false (mv_council_setup_save (setup));
  g_assert_nonnull (setup);
  g_assert_cmpstr (mv_council_get_secretariat_email (council), ==, "");

  gtk_editable_set_text (GTK_EDITABLE (email), "siri@nav.example");
  mv_test_wait_for (!row_has_error (email));
  g_assert_false (gtk_widget_is_visible (label));
  gtk_editable_set_text (GTK_EDITABLE (mv_council_setup_get_field (setup, "secretariat-name")),
                         "Siri Sekretær, NAV Prøveby");
  gtk_editable_set_text (GTK_EDITABLE (phone), "55 55 55 55");
  gtk_editable_set_text (GTK_EDITABLE (mv_council_setup_get_field (setup, "place")),
                         "Møterom Fjorden");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (mv_council_setup_get_field (setup, "notice")), 10);
  adw_combo_row_set_selected (ADW_COMBO_ROW (mv_council_setup_get_field (setup, "language")),
                              MV_LANGUAGE_NN);

  /* Enter saves, as the Save button. */
  gtk_widget_activate_default (GTK_WIDGET (setup));
  mv_test_wait_finalized (&setup);
  g_assert_null (setup);
  g_assert_cmpstr (mv_council_get_secretariat_name (council), ==, "Siri Sekretær, NAV Prøveby");
  g_assert_cmpstr (mv_council_get_secretariat_email (council), ==, "siri@nav.example");
  g_assert_cmpstr (mv_council_get_secretariat_phone (council), ==, "55 55 55 55");
  g_assert_cmpstr (mv_council_get_default_place (council), ==, "Møterom Fjorden");
  g_assert_cmpint (mv_council_get_notice_days (council), ==, 10);
  g_assert_cmpint (mv_council_get_language (council), ==, MV_LANGUAGE_NN);

  /* One Undo takes the whole setup back. */
  g_assert_true (mv_widget_undo_last (GTK_WIDGET (window)));
  g_assert_cmpstr (mv_council_get_secretariat_name (council), ==, "");
  g_assert_cmpstr (mv_council_get_default_place (council), ==, "");
  g_assert_cmpint (mv_council_get_notice_days (council), ==, 14);
  g_assert_cmpint (mv_council_get_language (council), ==, MV_LANGUAGE_NB);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) store = NULL;
  MvWindow *window;

  store = mv_store_open (fixture->path, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);

  store = mv_store_open (fixture->path, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (mv_store_get_read_only (store));

  window = show_window (store);
  g_assert_cmpstr (mv_window_get_visible_page (window), ==, "welcome");
  g_assert_true (gtk_revealer_get_reveal_child (mv_window_get_banner (window)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (mv_window_get_banner (window))));
  g_assert_false (gtk_widget_is_sensitive (mv_window_get_create_button (window)));
  g_assert_false (gtk_widget_is_sensitive (mv_window_get_sample_button (window)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A damaged file opens read-only, and the banner says why and what to do. */
static void
test_damaged (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(sqlite3) db = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  gint64 page_size, root;
  MvWindow *window;

  store = mv_store_open (fixture->path, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  mv_sample_create (store, mv_pdf_inspect, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  /* The page type of the index on the documents' SHA-256, flipped. */
  db = mv_test_db_open (fixture->path);
  page_size = mv_test_db_int (db, "PRAGMA page_size", NULL);
  root = mv_test_db_int (db, "SELECT rootpage FROM sqlite_schema "
                             "WHERE name = 'documents_sha256'", NULL);
  g_clear_pointer (&db, sqlite3_close);
  g_file_get_contents (fixture->path, &contents, &length, &error);
  g_assert_no_error (error);
  contents[(root - 1) * page_size] ^= 0x20;
  g_file_set_contents (fixture->path, contents, length, &error);
  g_assert_no_error (error);

  store = mv_store_open (fixture->path, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (mv_store_get_damaged (store));

  window = show_window (store);
  g_assert_cmpstr (mv_window_get_visible_page (window), ==, "main");
  g_assert_true (gtk_revealer_get_reveal_child (mv_window_get_banner (window)));
  g_assert_nonnull (mv_test_find_label (GTK_WIDGET (mv_window_get_banner (window)),
                                        "This file is damaged, so it is open read-only. Save a "
                                        "copy of what can be read, or restore a backup."));
  g_assert_false (gtk_widget_is_sensitive (mv_window_get_add_member_button (window)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A file on a network share (an NFS the test pretends): the banner says
 * why that is unsafe and offers the copy, which becomes the file shown. */
static void
test_network_share (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autofree char *copy = g_build_filename (fixture->dir, "lokal.db", NULL);
  GtkWidget *button;
  MvWindow *window;

  g_setenv ("MEDVIRKE_TEST_FS_MAGIC", "517B", TRUE);
  store = mv_store_open (fixture->path, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  mv_sample_create (store, mv_pdf_inspect, &error);
  g_assert_no_error (error);

  window = show_window (store);
  g_assert_cmpstr (mv_window_get_visible_page (window), ==, "main");
  g_assert_true (gtk_revealer_get_reveal_child (mv_window_get_banner (window)));
  g_assert_nonnull (mv_test_find_label (GTK_WIDGET (mv_window_get_banner (window)),
                                        "This file is on a network share (SMB). Medvirke works "
                                        "on it without SQLite’s write-ahead log, which does not "
                                        "reach across computers, and two computers writing at "
                                        "once can still damage it. Copy it to this computer to "
                                        "work safely."));
  button = mv_window_get_banner_button (window);
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Copy to This Computer…");
  g_assert_true (gtk_widget_get_sensitive (button));
  g_assert_true (gtk_widget_is_sensitive (mv_window_get_add_member_button (window)));

  /* The copy, on this computer, is the file shown, and the banner goes. */
  g_unsetenv ("MEDVIRKE_TEST_FS_MAGIC");
  g_assert_true (mv_window_copy_to_computer (window, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (mv_store_get_path (mv_window_get_store (window)), ==, copy);
  g_assert_null (mv_store_get_network_fs (mv_window_get_store (window)));
  g_assert_false (gtk_revealer_get_reveal_child (mv_window_get_banner (window)));
  g_assert_cmpuint (g_list_model_get_n_items (mv_store_get_model (mv_window_get_store (window),
                                                                  MV_TYPE_MEMBER)), ==,
                    g_list_model_get_n_items (mv_store_get_model (store, MV_TYPE_MEMBER)));
  mv_test_wait_for (mv_test_find_label (GTK_WIDGET (window),
                                        "Copied to “lokal.db” on this computer, which is the "
                                        "file open now") != NULL);

  /* Never over a file that is there. */
  g_assert_false (mv_window_copy_to_computer (window, fixture->path, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Each section owns its commands: Ctrl+N (the section's New) and the
 * header's buttons act on the section shown, never on a hidden one. */
static gboolean
section_action_enabled (MvWindow   *window,
                        const char *section,
                        const char *action)
{
  GActionGroup *actions =
    mv_section_page_get_actions (mv_window_get_section_page (window, section), NULL);

  return g_action_group_get_action_enabled (actions, action);
}

static gboolean
no_toplevel_of_type (gpointer type)
{
  return mv_test_find_toplevel (GPOINTER_TO_SIZE (type)) == NULL;
}

static void
test_section_commands (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) store = NULL;
  MvWindow *window;
  GtkWidget *year_plan;

  store = mv_store_open (fixture->path, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  mv_sample_create (store, mv_pdf_inspect, &error);
  g_assert_no_error (error);
  window = show_window (store);
  year_plan = GTK_WIDGET (mv_window_get_section_page (window, "year-plan"));

  g_assert_cmpstr (mv_window_get_section (window), ==, "members");
  g_assert_true (section_action_enabled (window, "members", "add"));
  g_assert_true (section_action_enabled (window, "members", "import"));
  g_assert_false (section_action_enabled (window, "items", "add"));
  g_assert_true (gtk_widget_get_visible (mv_window_get_add_member_button (window)));

  /* The year plan's New Meeting does nothing while the members are shown. */
  gtk_widget_activate_action (year_plan, "year-plan.add-meeting", NULL);
  g_assert_null (mv_test_find_toplevel (MV_TYPE_MEETING_DIALOG));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "items");
  g_assert_cmpstr (mv_window_get_section (window), ==, "items");
  g_assert_true (section_action_enabled (window, "items", "add"));
  g_assert_true (section_action_enabled (window, "items", "filter"));
  g_assert_false (section_action_enabled (window, "members", "add"));
  g_assert_false (section_action_enabled (window, "members", "filter"));
  g_assert_false (gtk_widget_get_visible (mv_window_get_add_member_button (window)));
  g_assert_false (gtk_widget_get_visible (mv_window_get_member_menu_button (window)));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "year-plan");
  g_assert_false (section_action_enabled (window, "items", "add"));
  gtk_widget_activate_action (year_plan, "year-plan.add-meeting", NULL);
  g_assert_nonnull (mv_test_find_toplevel (MV_TYPE_MEETING_DIALOG));
  gtk_window_destroy (mv_test_find_toplevel (MV_TYPE_MEETING_DIALOG));
  g_assert_true (mv_test_wait_until (no_toplevel_of_type,
                                     GSIZE_TO_POINTER (MV_TYPE_MEETING_DIALOG), 5000));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* The English source strings. */
  g_unsetenv ("LANGUAGE");
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C");
  adw_init ();

  g_test_add ("/window/sample", Fixture, NULL, fixture_set_up, test_sample, fixture_tear_down);
  g_test_add ("/window/welcome", Fixture, NULL, fixture_set_up, test_welcome, fixture_tear_down);
  g_test_add ("/window/council-setup", Fixture, NULL, fixture_set_up, test_council_setup,
              fixture_tear_down);
  g_test_add ("/window/read-only", Fixture, NULL, fixture_set_up, test_read_only,
              fixture_tear_down);
  g_test_add ("/window/damaged", Fixture, NULL, fixture_set_up, test_damaged, fixture_tear_down);
  g_test_add ("/window/network-share", Fixture, NULL, fixture_set_up, test_network_share,
              fixture_tear_down);
  g_test_add ("/window/section-commands", Fixture, NULL, fixture_set_up, test_section_commands,
              fixture_tear_down);

  return g_test_run ();
}
