/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mv-agenda.h"
#include "mv-agenda-export.h"
#include "mv-application.h"
#include "mv-cache.h"
#include "mv-councils.h"
#include "mv-document.h"
#include "mv-documents.h"
#include "mv-export-dialog-private.h"
#include "mv-meeting-actions.h"
#include "mv-member.h"
#include "mv-pdf.h"
#include "mv-queries.h"
#include "mv-sample.h"
#include "mv-window.h"
#include "mv-year-plan.h"
#include "mv-test-gui.h"
#include "mv-test-store.h"
#include "mv-test-utils.h"

/* The meeting's export dialog as a secretary uses it – the options set
 * through their widgets, the export run to a given path instead of the
 * native chooser – and the notice printed and sent by e-mail. Runs with a
 * display (xvfb-run) and GTK_A11Y=test. */

typedef struct
{
  MvTestStore    ts;
  MvMeeting    *meeting;
  MvWindow     *window;
} Fixture;

#define MIMEAPPS "[Default Applications]\n" \
                 "x-scheme-handler/mailto=mv-test-mail.desktop\n" \
                 "inode/directory=mv-test-files.desktop\n"

/* Made in main() before any thread: a cache folder, a stand-in xdg-email
 * first on PATH that writes down its arguments (or fails while the file
 * xdg-email-fails exists), and a stand-in mail client that mimeapps.list
 * makes the handler of mailto: links. */
static char *scratch;

/* A stand-in file manager on the test's own session bus: what ShowItems
 * was asked to show. */
static GPtrArray *shown_uris;

static const char file_manager_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.FileManager1'>"
  "    <method name='ShowItems'>"
  "      <arg type='as' name='uris' direction='in'/>"
  "      <arg type='s' name='startup_id' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

static void
file_manager_call (GDBusConnection       *connection,
                   const char            *sender,
                   const char            *object_path,
                   const char            *interface_name,
                   const char            *method_name,
                   GVariant              *parameters,
                   GDBusMethodInvocation *invocation,
                   gpointer               user_data)
{
  g_autofree const char **uris = NULL;
  const char *startup_id;

  g_variant_get (parameters, "(^a&s&s)", &uris, &startup_id);
  for (guint i = 0; uris[i] != NULL; i++)
    g_ptr_array_add (shown_uris, g_strdup (uris[i]));
  g_dbus_method_invocation_return_value (invocation, NULL);
}

static void
start_file_manager (void)
{
  static const GDBusInterfaceVTable vtable = { file_manager_call, NULL, NULL, { 0 } };
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (file_manager_xml, NULL);
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  g_dbus_connection_register_object (bus, "/org/freedesktop/FileManager1", info->interfaces[0],
                                     &vtable, NULL, NULL, &error);
  g_assert_no_error (error);
  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "RequestName",
                                       g_variant_new ("(su)", "org.freedesktop.FileManager1", 0),
                                       G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL,
                                       &error);
  g_assert_no_error (error);
  shown_uris = g_ptr_array_new_with_free_func (g_free);
}

static void
attach (Fixture      *f,
        MvAgendaItem *item,
        const char   *name,
        gboolean      public)
{
  g_autofree char *path = mv_test_sample_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(MvDocumentInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *mime = NULL;
  MvDocument *document;

  g_assert_true (mv_documents_inspect_file (file, NULL, 0, mv_pdf_inspect, NULL, &mime, &info,
                                            &bytes, &error));
  document = mv_documents_attach (f->ts.store, MV_RECORD (item), name, NULL, mime, bytes, info,
                                  &error);
  g_assert_no_error (error);
  if (!public)
    g_assert_true (mv_store_set (f->ts.store, document, &error, "public", FALSE, NULL));
  g_assert_no_error (error);
}

static void
add_member (Fixture      *f,
            const char   *name,
            MvMemberRole  role,
            const char   *email)
{
  g_autoptr(MvMember) member = NULL;
  g_autoptr(GError) error = NULL;

  member = g_object_new (MV_TYPE_MEMBER, "council-id", mv_record_get_id (MV_RECORD (f->ts.council)),
                         "name", name, "role", role, "email", email, NULL);
  g_assert_true (mv_store_insert (f->ts.store, member, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MvAgendaItem *item;
  GDate date;

  mv_test_store_set_up (&f->ts, MV_TEST_STORE_COUNCIL);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 9, 3, 2027);
  f->meeting = mv_meeting_create (f->ts.store, f->ts.council, &date, "10:00", 180, "Møterom 1",
                                  NULL, &error);
  g_assert_no_error (error);
  /* A notice the members can act on: the tests that want gaps make them. */
  g_assert_true (mv_council_update (f->ts.store, f->ts.council, NULL, &error,
                                    "secretariat-name", "Siri Sekretær",
                                    "secretariat-email", "siri@nav.example", NULL));
  g_assert_no_error (error);

  item = mv_agenda_add_item (f->ts.store, f->ts.council, f->meeting, "Ungdomsgarantien",
                             MV_ITEM_KIND_DISCUSSION, 30, "Leder", NULL, NULL, &error);
  g_assert_no_error (error);
  attach (f, item, "fafo-modell-for-brukermedvirkning-i-nav.pdf", TRUE);
  attach (f, item, "felles-moteplasser-0-24-samarbeidet.pdf", FALSE);

  add_member (f, "Kari Leder", MV_MEMBER_ROLE_CHAIR, "kari@example.org");
  add_member (f, "Ola Medlem", MV_MEMBER_ROLE_MEMBER, "ola@example.org");
  add_member (f, "Per Vara", MV_MEMBER_ROLE_DEPUTY, "per@example.org");
  add_member (f, "Ola Igjen", MV_MEMBER_ROLE_DEPUTY, "OLA@example.org");
  add_member (f, "Siri Sekretær", MV_MEMBER_ROLE_SECRETARY, "siri@nav.example");
  add_member (f, "Uten Adresse", MV_MEMBER_ROLE_MEMBER, "");

  f->window = mv_window_new (NULL, f->ts.store);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 700);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  mv_test_run_pending ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  mv_test_run_pending ();
  mv_test_store_tear_down (&f->ts);
}

static void
wait_until_idle (MvExportDialog *dialog)
{
  mv_test_wait_for_within (!mv_export_dialog_get_busy (dialog), MV_TEST_WORKER_TIMEOUT_MS);
  g_assert_false (mv_export_dialog_get_busy (dialog));
}

static MvExportDialog *
open_dialog (Fixture *f)
{
  MvExportDialog *dialog = mv_export_dialog_new (GTK_WINDOW (f->window), f->ts.store, f->meeting);

  g_object_ref_sink (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  return dialog;
}

static void
test_packet (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(MvExportDialog) dialog = open_dialog (f);
  GtkCheckButton *packet = mv_export_dialog_get_kind_check (dialog, MV_MEETING_EXPORT_PACKET);
  GtkSwitch *public_switch = mv_export_dialog_get_public_switch (dialog);
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autofree char *toast = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GFile) file = NULL;
  GtkWidget *show;

  /* Each control says what it is to a screen reader. */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (packet), GTK_ACCESSIBLE_ROLE_RADIO);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (packet), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Meeting Packet");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (public_switch),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Public Version");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (mv_export_dialog_get_progress_bar (dialog)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Export progress");

  g_assert_cmpint (mv_export_dialog_get_kind (dialog), ==, MV_MEETING_EXPORT_NOTICE);
  name = mv_export_dialog_dup_default_name (dialog);
  g_assert_cmpstr (name, ==, "2027-03-09 Innkalling brukerutvalget.pdf");
  g_clear_pointer (&name, g_free);

  /* As a user would: the radio, then the switch. */
  gtk_widget_activate (GTK_WIDGET (packet));
  gtk_widget_activate (GTK_WIDGET (public_switch));
  /* A switch takes its new state when its animation ends. */
  mv_test_wait_for (gtk_switch_get_active (public_switch));
  g_assert_cmpint (mv_export_dialog_get_kind (dialog), ==, MV_MEETING_EXPORT_PACKET);
  g_assert_true (mv_export_dialog_get_public (dialog));
  name = mv_export_dialog_dup_default_name (dialog);
  g_assert_cmpstr (name, ==, "2027-03-09 Møtepakke brukerutvalget (offentlig versjon).pdf");

  path = g_build_filename (f->ts.dir, name, NULL);
  mv_export_dialog_export_to (dialog, path);
  g_assert_true (mv_export_dialog_get_busy (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (mv_export_dialog_get_progress_bar (dialog))));
  wait_until_idle (dialog);

  /* Written, without the exempt document; the dialog has closed. */
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  text = mv_test_run_tool ("pdftotext", path, "-", NULL);
  g_assert_nonnull (strstr (text, "Modell for brukermedvirkning"));
  g_assert_null (strstr (text, "Felles møteplasser med"));
  info = mv_test_run_tool ("pdfinfo", path, NULL);
  mv_test_assert_pdfinfo (info, "Title",
                          "Møtepakke 2027-03-09 – Brukerutvalget NAV Prøveby (offentlig versjon)");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  /* The toast over the window, with its two ways to the file. */
  toast = g_strdup_printf ("Exported “%s”", name);
  mv_test_wait_for (mv_test_find_label (GTK_WIDGET (f->window), toast) != NULL);
  g_assert_nonnull (mv_test_find_label (GTK_WIDGET (f->window), toast));

  /* Show in Folder asks the file manager to show the very file. */
  show = mv_test_find_button (GTK_WIDGET (f->window), "Show in _Folder");
  g_assert_nonnull (show);
  g_ptr_array_set_size (shown_uris, 0);
  gtk_widget_activate (show);
  mv_test_wait_for (shown_uris->len > 0);
  file = g_file_new_for_path (path);
  uri = g_file_get_uri (file);
  g_assert_cmpuint (shown_uris->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (shown_uris, 0), ==, uri);
}

static void
test_xlsx_and_failures (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(MvExportDialog) dialog = open_dialog (f);
  g_autofree char *bad = g_build_filename (f->ts.dir, "ingen-mappe", "x.xlsx", NULL);
  g_autofree char *path = g_build_filename (f->ts.dir, "saksliste.xlsx", NULL);
  g_autofree char *packet = g_build_filename (f->ts.dir, "pakke.pdf", NULL);
  g_autoptr(MvTestFileState) before = NULL;
  g_autofree char *head = NULL;

  gtk_widget_activate (GTK_WIDGET (mv_export_dialog_get_kind_check (dialog,
                                                                    MV_MEETING_EXPORT_XLSX)));
  mv_test_wait_for (mv_export_dialog_get_kind (dialog) == MV_MEETING_EXPORT_XLSX);
  g_assert_cmpint (mv_export_dialog_get_kind (dialog), ==, MV_MEETING_EXPORT_XLSX);

  /* A folder that is not there: said in the dialog, which stays. */
  mv_export_dialog_export_to (dialog, bad);
  wait_until_idle (dialog);
  g_assert_nonnull (mv_export_dialog_get_error (dialog));
  g_assert_nonnull (strstr (mv_export_dialog_get_error (dialog), "ingen-mappe"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  /* Cancel while it runs: the old file stays, the dialog too. */
  mv_test_write_file (packet, "last time's packet");
  before = mv_test_file_state (packet);
  mv_export_dialog_set_kind (dialog, MV_MEETING_EXPORT_PACKET);
  mv_export_dialog_export_to (dialog, packet);
  g_assert_null (mv_export_dialog_get_error (dialog));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "export.cancel", NULL);
  wait_until_idle (dialog);
  mv_test_assert_file_unchanged (before, packet);
  g_assert_null (mv_export_dialog_get_error (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  mv_export_dialog_set_kind (dialog, MV_MEETING_EXPORT_XLSX);
  mv_export_dialog_export_to (dialog, path);
  wait_until_idle (dialog);
  g_assert_null (mv_export_dialog_get_error (dialog));
  g_assert_true (g_file_get_contents (path, &head, NULL, NULL));
  g_assert_true (g_str_has_prefix (head, "PK"));
}

/* The printed pages are the PDF's pages. */
static void
test_print (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *printed = g_build_filename (f->ts.dir, "utskrift.pdf", NULL);
  g_autofree char *pdf = g_build_filename (f->ts.dir, "innkalling.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *printed_info = NULL;
  g_autofree char *pdf_info = NULL;
  g_autofree char *printed_pages = NULL;
  g_autofree char *pdf_pages = NULL;
  g_autofree char *text = NULL;

  g_assert_true (mv_print_notice_to_pdf (f->ts.store, f->meeting, printed, &error));
  g_assert_no_error (error);
  g_assert_true (mv_agenda_export_pdf (f->ts.store, f->meeting, MV_AGENDA_COUNCIL_LANGUAGE, FALSE,
                                       pdf, &error));
  g_assert_no_error (error);

  printed_info = mv_test_run_tool ("pdfinfo", printed, NULL);
  pdf_info = mv_test_run_tool ("pdfinfo", pdf, NULL);
  printed_pages = mv_test_pdfinfo_field (printed_info, "Pages");
  pdf_pages = mv_test_pdfinfo_field (pdf_info, "Pages");
  g_assert_cmpstr (printed_pages, ==, pdf_pages);
  text = mv_test_run_tool ("pdftotext", printed, "-", NULL);
  g_assert_nonnull (strstr (text, "Ungdomsgarantien"));
  g_assert_nonnull (strstr (text, "Kari Leder"));
}

/* The language of the papers, the council's at first, for the notice
 * and the packet alike. What the notice lacks shows in the dialog itself. */
static void
test_language_and_gaps (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(MvExportDialog) dialog = open_dialog (f);
  g_autoptr(MvExportDialog) again = NULL;
  g_autofree char *path = g_build_filename (f->ts.dir, "notice-en.pdf", NULL);
  g_autofree char *text = NULL;
  AdwComboRow *language = mv_export_dialog_get_language_row (dialog);
  MvMeetingEdit edit = MV_MEETING_EDIT_INIT;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (mv_export_dialog_get_language (dialog), ==, MV_LANGUAGE_NB);
  g_assert_cmpuint (adw_combo_row_get_selected (language), ==, MV_LANGUAGE_NB);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (language)), ==, 3);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (language)), ==,
                   "_Language");
  g_assert_true (adw_preferences_row_get_use_underline (ADW_PREFERENCES_ROW (language)));
  g_assert_null (mv_export_dialog_get_gaps (dialog));

  /* The packet follows the choice as the notice does. */
  mv_export_dialog_set_language (dialog, MV_LANGUAGE_NN);
  mv_export_dialog_set_kind (dialog, MV_MEETING_EXPORT_PACKET);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (language)));
  g_assert_cmpint (mv_export_dialog_get_language (dialog), ==, MV_LANGUAGE_NN);
  mv_export_dialog_set_kind (dialog, MV_MEETING_EXPORT_NOTICE);

  /* The notice in English, though the council writes bokmål. */
  mv_export_dialog_set_language (dialog, MV_LANGUAGE_EN);
  mv_export_dialog_export_to (dialog, path);
  wait_until_idle (dialog);
  g_assert_null (mv_export_dialog_get_error (dialog));
  text = mv_test_run_tool ("pdftotext", path, "-", NULL);
  g_assert_nonnull (strstr (text, "Notice of meeting"));
  g_assert_null (strstr (text, "Innkalling"));

  /* The packet in nynorsk: its notice speaks nynorsk too. */
  {
    g_autoptr(MvExportDialog) packet = open_dialog (f);
    g_autofree char *packet_path = g_build_filename (f->ts.dir, "pakke-nn.pdf", NULL);
    g_autofree char *packet_text = NULL;

    mv_export_dialog_set_kind (packet, MV_MEETING_EXPORT_PACKET);
    mv_export_dialog_set_language (packet, MV_LANGUAGE_NN);
    mv_export_dialog_export_to (packet, packet_path);
    wait_until_idle (packet);
    g_assert_null (mv_export_dialog_get_error (packet));
    packet_text = mv_test_run_tool ("pdftotext", packet_path, "-", NULL);
    g_assert_nonnull (strstr (packet_text, "Forfall skal meldast"));
    g_assert_null (strstr (packet_text, "Forfall meldes"));
  }

  /* A meeting without a place: the dialog says so above the choices. */
  edit.place = "";
  g_assert_true (mv_meeting_update (f->ts.store, f->meeting, &edit, NULL, &error));
  g_assert_no_error (error);
  again = open_dialog (f);
  g_assert_cmpstr (mv_export_dialog_get_gaps (again), ==, "• The meeting has no place");
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (mv_export_dialog_get_language_row (again))));
  g_assert_nonnull (mv_test_find_label (GTK_WIDGET (again), "The Notice Is Not Complete"));
  g_assert_nonnull (mv_test_find_button (GTK_WIDGET (again), "_Export Anyway…"));
  gtk_window_destroy (GTK_WINDOW (again));
  if (gtk_widget_get_visible (GTK_WIDGET (dialog)))
    gtk_window_destroy (GTK_WINDOW (dialog));
}

/* With xdg-email on PATH the notice goes as an attachment to the members
 * and deputies: a stand-in xdg-email writes down what it was given. */
static void
test_email (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *args_file = g_build_filename (scratch, "xdg-email-args", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *notice = NULL;
  g_auto(GStrv) recipients = NULL;
  g_auto(GStrv) args = NULL;
  guint n_args;

  recipients = mv_meeting_dup_recipients (f->ts.store, f->meeting);
  g_assert_cmpuint (g_strv_length (recipients), ==, 3);
  g_assert_true (g_strv_contains ((const char * const *) recipients, "kari@example.org"));
  g_assert_true (g_strv_contains ((const char * const *) recipients, "ola@example.org"));
  g_assert_true (g_strv_contains ((const char * const *) recipients, "per@example.org"));

  g_unlink (args_file);

  /* Without the secretariat's e-mail or phone the notice says nowhere
   * where apologies go: asked in a dialog, and Cancel sends nothing. */
  g_assert_true (mv_council_update (f->ts.store, f->ts.council, NULL, NULL,
                                    "secretariat-email", "", NULL));
  mv_send_notice_by_email (GTK_WIDGET (f->window), f->ts.store, f->meeting);
  mv_test_wait_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  {
    AdwMessageDialog *gaps = ADW_MESSAGE_DIALOG (mv_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

    g_assert_cmpstr (adw_message_dialog_get_heading (gaps), ==, "Send the Notice Anyway?");
    g_assert_nonnull (strstr (adw_message_dialog_get_body (gaps),
                              "• The secretariat has no e-mail or phone"));
    g_assert_null (strstr (adw_message_dialog_get_body (gaps), "place"));
    g_assert_cmpstr (adw_message_dialog_get_close_response (gaps), ==, "cancel");
    adw_message_dialog_response (gaps, "cancel");
    gtk_window_destroy (GTK_WINDOW (gaps));
  }
  mv_test_run_pending ();
  g_assert_false (g_file_test (args_file, G_FILE_TEST_EXISTS));

  mv_send_notice_by_email (GTK_WIDGET (f->window), f->ts.store, f->meeting);
  mv_test_wait_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  {
    GtkWindow *gaps = mv_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

    adw_message_dialog_response (ADW_MESSAGE_DIALOG (gaps), "anyway");
    gtk_window_destroy (gaps);
  }
  mv_test_wait_for_within (g_file_test (args_file, G_FILE_TEST_EXISTS), MV_TEST_WORKER_TIMEOUT_MS);

  g_assert_true (g_file_get_contents (args_file, &contents, NULL, NULL));
  args = g_strsplit (contents, "\n", -1);
  n_args = g_strv_length (args);
  g_assert_cmpstr (args[0], ==, "--utf8");
  g_assert_cmpstr (args[1], ==, "--subject");
  g_assert_cmpstr (args[2], ==, "Innkalling til møte i Brukerutvalget NAV Prøveby 09.03.2027");
  g_assert_true (g_strv_contains ((const char * const *) args, "--attach"));
  g_assert_true (g_strv_contains ((const char * const *) args, "kari@example.org"));
  g_assert_true (g_strv_contains ((const char * const *) args, "per@example.org"));
  g_assert_false (g_strv_contains ((const char * const *) args, "siri@nav.example"));
  g_assert_false (g_strv_contains ((const char * const *) args, "OLA@example.org"));
  g_assert_cmpuint (n_args, >, 3);

  for (guint i = 0; args[i] != NULL; i++)
    if (g_str_equal (args[i], "--attach"))
      notice = g_strdup (args[i + 1]);
  g_assert_nonnull (notice);
  g_assert_true (g_str_has_suffix (notice, "/2027-03-09 Innkalling brukerutvalget.pdf"));
  g_assert_true (g_file_test (notice, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_str_has_prefix (notice, g_get_user_cache_dir ()));
}

/* Where xdg-email cannot attach: a mailto: link with the addresses, and
 * the notice shown in its folder to attach by hand. */
static void
test_email_without_attach (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *fails = g_build_filename (scratch, "xdg-email-fails", NULL);
  g_autofree char *mailto_file = g_build_filename (scratch, "mailto", NULL);
  g_autofree char *mailto = NULL;
  g_autofree char *notice = NULL;
  g_autofree char *notice_uri = NULL;
  g_autofree char *toast = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GUri) uri = NULL;

  mv_test_write_file (fails, "");
  g_unlink (mailto_file);
  g_ptr_array_set_size (shown_uris, 0);

  mv_send_notice_by_email (GTK_WIDGET (f->window), f->ts.store, f->meeting);
  mv_test_wait_for_within (g_file_test (mailto_file, G_FILE_TEST_EXISTS) && shown_uris->len > 0,
                           MV_TEST_WORKER_TIMEOUT_MS);
  g_unlink (fails);

  g_assert_true (g_file_get_contents (mailto_file, &mailto, NULL, NULL));
  uri = g_uri_parse (mailto, G_URI_FLAGS_ENCODED_QUERY, NULL);
  g_assert_nonnull (uri);
  g_assert_cmpstr (g_uri_get_scheme (uri), ==, "mailto");
  g_assert_cmpstr (g_uri_get_path (uri), ==,
                   "kari@example.org,ola@example.org,per@example.org");
  g_assert_nonnull (strstr (mailto, "subject=Innkalling%20til%20m%C3%B8te"));

  notice = g_build_filename (g_get_user_cache_dir (), "medvirke", "outgoing",
                             "2027-03-09 Innkalling brukerutvalget.pdf", NULL);
  file = g_file_new_for_path (notice);
  notice_uri = g_file_get_uri (file);
  g_assert_cmpuint (shown_uris->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (shown_uris, 0), ==, notice_uri);

  toast = g_strdup_printf ("Attach “%s” from the folder that opened",
                           "2027-03-09 Innkalling brukerutvalget.pdf");
  g_assert_nonnull (mv_test_find_label (GTK_WIDGET (f->window), toast));
}

/* With no program for mailto: the notice is still made, and a dialog says
 * in the user's words what to do and where the file is – not GLib's
 * "Failed to find default application". */
static void
test_email_without_mail_program (Fixture       *f,
                                 gconstpointer  data)
{
  g_autofree char *fails = g_build_filename (scratch, "xdg-email-fails", NULL);
  g_autofree char *config = g_build_filename (scratch, "config", "mimeapps.list", NULL);
  g_autofree char *desktop = g_build_filename (scratch, "data", "applications",
                                               "mv-test-mail.desktop", NULL);
  g_autofree char *contents = NULL;
  AdwMessageDialog *dialog;
  const char *body;

  g_assert_true (g_file_get_contents (desktop, &contents, NULL, NULL));
  mv_test_write_file (fails, "");
  g_assert_cmpint (g_unlink (desktop), ==, 0);
  mv_test_write_file (config, "[Default Applications]\n"
                              "inode/directory=mv-test-files.desktop\n");
  mv_test_wait_for (({ g_autoptr(GAppInfo) app = g_app_info_get_default_for_uri_scheme ("mailto");
                       app == NULL; }));

  mv_send_notice_by_email (GTK_WIDGET (f->window), f->ts.store, f->meeting);
  dialog = ADW_MESSAGE_DIALOG (mv_test_wait_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "No E-mail Program");
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (body, "Settings → Default Applications"));
  g_assert_nonnull (strstr (body, "2027-03-09 Innkalling brukerutvalget.pdf"));
  g_assert_null (strstr (body, "Failed to"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_unlink (fails);
  mv_test_write_file (desktop, contents);
  mv_test_write_file (config, MIMEAPPS);
}

typedef struct
{
  GApplication *app;
  const char   *left;           /* what a killed app left in the cache */
  gboolean      left_at_start;  /* whether it was still there once started */
} CacheRun;

static gboolean
leave_copy_and_quit (gpointer user_data)
{
  CacheRun *run = user_data;
  g_autofree char *dir = mv_cache_get_dir (MV_CACHE_OPEN);
  g_autofree char *sub = g_build_filename (dir, "0123abcd", NULL);
  g_autofree char *copy = g_build_filename (sub, "Unntatt offentlighet.pdf", NULL);

  run->left_at_start = g_file_test (run->left, G_FILE_TEST_EXISTS);

  /* A document opened for viewing while the app runs. */
  g_assert_cmpint (g_mkdir_with_parents (sub, 0700), ==, 0);
  mv_test_write_file (copy, "%PDF-1.4 exempt");
  g_application_quit (run->app);
  return G_SOURCE_REMOVE;
}

/* Copies of documents opened for viewing and the notice handed to the mail
 * program do not outlive the app: what a killed app left goes at the next
 * start, and what this one made goes when it quits. */
static void
test_cache_emptied (void)
{
  g_autofree char *open_dir = mv_cache_get_dir (MV_CACHE_OPEN);
  g_autofree char *outgoing = mv_cache_get_dir (MV_CACHE_OUTGOING);
  g_autofree char *left = g_build_filename (outgoing, "2027-03-09 Innkalling.pdf", NULL);
  g_autofree char *db = g_build_filename (scratch, "cache-test.db", NULL);
  g_autoptr(MvApplication) app = mv_application_new ();
  char *args[] = { (char *) "medvirke", db, NULL };
  CacheRun run = { G_APPLICATION (app), left, TRUE };

  g_assert_cmpint (g_mkdir_with_parents (outgoing, 0700), ==, 0);
  mv_test_write_file (left, "%PDF-1.4 notice");

  /* Not the session's one instance: this test's own. */
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_idle_add (leave_copy_and_quit, &run);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 2, args), ==, 0);

  g_assert_false (run.left_at_start);
  g_assert_false (g_file_test (open_dir, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (outgoing, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *cache = NULL;
  g_autofree char *bin = NULL;
  g_autofree char *script = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  GTestDBus *bus;
  g_autofree char *display = NULL;
  g_autofree char *apps = NULL;
  g_autofree char *config = NULL;
  g_autofree char *desktop = NULL;
  g_autofree char *mimeapps = NULL;
  g_autofree char *data_home = NULL;
  g_autofree char *client = NULL;
  int status;

  scratch = g_dir_make_tmp ("medvirke-export-dialog-XXXXXX", NULL);
  g_assert_nonnull (scratch);
  cache = g_build_filename (scratch, "cache", NULL);
  bin = g_build_filename (scratch, "bin", NULL);
  script = g_build_filename (bin, "xdg-email", NULL);
  client = g_build_filename (bin, "mail-client", NULL);
  g_assert_cmpint (g_mkdir (bin, 0700), ==, 0);
  contents = g_strdup_printf ("#!/bin/sh\n"
                              "[ -e '%s/xdg-email-fails' ] && exit 3\n"
                              "printf '%%s\\n' \"$@\" > '%s/xdg-email-args.tmp'\n"
                              "mv '%s/xdg-email-args.tmp' '%s/xdg-email-args'\n",
                              scratch, scratch, scratch, scratch);
  g_assert_true (g_file_set_contents (script, contents, -1, NULL));
  g_assert_cmpint (g_chmod (script, 0700), ==, 0);
  g_clear_pointer (&contents, g_free);

  /* The mail client for mailto: links, found through mimeapps.list. */
  contents = g_strdup_printf ("#!/bin/sh\nprintf '%%s' \"$1\" > '%s/mailto.tmp'\n"
                              "mv '%s/mailto.tmp' '%s/mailto'\n", scratch, scratch, scratch);
  g_assert_true (g_file_set_contents (client, contents, -1, NULL));
  g_assert_cmpint (g_chmod (client, 0700), ==, 0);
  g_clear_pointer (&contents, g_free);
  apps = g_build_filename (scratch, "data", "applications", NULL);
  config = g_build_filename (scratch, "config", NULL);
  g_assert_cmpint (g_mkdir_with_parents (apps, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (config, 0700), ==, 0);
  desktop = g_build_filename (apps, "mv-test-mail.desktop", NULL);
  contents = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=Test Mail\n"
                              "Exec=%s %%u\nMimeType=x-scheme-handler/mailto;\n", client);
  g_assert_true (g_file_set_contents (desktop, contents, -1, NULL));
  g_clear_pointer (&contents, g_free);
  /* And a stand-in file manager for folders (the D-Bus one shows them). */
  g_clear_pointer (&desktop, g_free);
  desktop = g_build_filename (apps, "mv-test-files.desktop", NULL);
  g_assert_true (g_file_set_contents (desktop, "[Desktop Entry]\nType=Application\n"
                                               "Name=Test Files\nExec=true %U\n"
                                               "MimeType=inode/directory;\n", -1, NULL));
  mimeapps = g_build_filename (config, "mimeapps.list", NULL);
  g_assert_true (g_file_set_contents (mimeapps, MIMEAPPS, -1, NULL));
  data_home = g_build_filename (scratch, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  path = g_strdup_printf ("%s:%s", bin, g_getenv ("PATH"));
  g_setenv ("PATH", path, TRUE);
  /* Before anything asks GLib for the cache folder. */
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  /* GTestDBus unsets DISPLAY against autolaunching; the tests need it. */
  display = g_strdup (g_getenv ("DISPLAY"));
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);
  if (display != NULL)
    g_setenv ("DISPLAY", display, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  start_file_manager ();

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/export-dialog/packet", test_packet);
  ADD ("/export-dialog/xlsx-and-failures", test_xlsx_and_failures);
  ADD ("/export-dialog/print", test_print);
  ADD ("/export-dialog/language-and-gaps", test_language_and_gaps);
  ADD ("/export-dialog/email", test_email);
  ADD ("/export-dialog/email-without-attach", test_email_without_attach);
  ADD ("/export-dialog/email-without-mail-program", test_email_without_mail_program);
#undef ADD
  g_test_add_func ("/export-dialog/cache-emptied", test_cache_emptied);

  status = g_test_run ();
  g_clear_pointer (&shown_uris, g_ptr_array_unref);
  /* Neither _down() nor an unref, which waits for the session connection
   * to go: libadwaita keeps it to the end. */
  g_test_dbus_stop (bus);
  mv_test_remove_tree (scratch);
  g_free (scratch);
  return status;
}
