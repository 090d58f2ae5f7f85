/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mv-agenda-item.h"
#include "mv-councils.h"
#include "mv-sample.h"
#include "mv-attachments-private.h"
#include "mv-document-preview-private.h"
#include "mv-document.h"
#include "mv-documents.h"
#include "mv-gui-util.h"
#include "mv-meeting.h"
#include "mv-documents-page-private.h"
#include "mv-search-bar-private.h"
#include "mv-pdf.h"
#include "mv-search.h"
#include "mv-window-private.h"
#include "mv-test-gui.h"
#include "mv-test-store.h"
#include "mv-test-utils.h"

/* Case documents as a secretary meets them: files attached to an item (the
 * native chooser cannot be driven, so the files go in as a drop would
 * give them), what is refused and why, a protected PDF's password, the
 * documents view with its preview, and the search bar. Runs with a
 * display (xvfb-run) and GTK_A11Y=test. */

typedef struct
{
  MvTestStore    ts;
  MvAgendaItem  *item;
  MvWindow      *window;
  GtkWindow     *editor;       /* stands in for the item editor */
  MvAttachments *attachments;
} Fixture;

/* fafo-modell-for-brukermedvirkning-i-nav.pdf by its first heading. */
#define FAFO_TITLE "Modell for brukermedvirkning i NAV - evaluering og videreutvikling"

/* Runs the main loop until @done says so; the files are read in workers. */
#define spin_until(done, data) mv_test_wait_until ((done), (data), MV_TEST_WORKER_TIMEOUT_MS)

static gboolean
attachments_idle (gpointer data)
{
  return !mv_attachments_get_busy (data);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  mv_test_store_set_up (&fixture->ts, MV_TEST_STORE_COUNCIL);
  fixture->item = g_object_new (MV_TYPE_AGENDA_ITEM,
                                "council-id", mv_record_get_id (MV_RECORD (fixture->ts.council)),
                                "title", "Ungdomsgarantien", NULL);
  g_assert_true (mv_store_insert (fixture->ts.store, fixture->item, &error));
  g_assert_no_error (error);

  fixture->window = mv_window_new (NULL, fixture->ts.store);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 720);
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));

  fixture->editor = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_transient_for (fixture->editor, GTK_WINDOW (fixture->window));
  gtk_window_set_default_size (fixture->editor, 500, 400);
  fixture->attachments = MV_ATTACHMENTS (mv_attachments_new ());
  gtk_window_set_child (fixture->editor, GTK_WIDGET (fixture->attachments));
  mv_attachments_set_owner (fixture->attachments, fixture->ts.store, fixture->item, NULL);
  gtk_window_present (fixture->editor);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->editor));
  mv_test_run_pending ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  /* Dialogs left open by a test, then the two windows. */
  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  mv_test_run_pending ();
  g_clear_object (&fixture->item);
  mv_test_store_tear_down (&fixture->ts);
}

static void
attach (Fixture     *fixture,
        const char **paths)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_path (paths[i]));

  mv_attachments_attach_files (fixture->attachments, (GFile **) files->pdata, files->len);
  g_assert_true (spin_until (attachments_idle, fixture->attachments));
  mv_test_run_pending ();
}

static AdwActionRow *
find_list_row (GtkListBox *list,
               const char *title)
{
  for (guint i = 0; gtk_list_box_get_row_at_index (list, i) != NULL; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);

      if (ADW_IS_ACTION_ROW (row) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
        return ADW_ACTION_ROW (row);
    }
  return NULL;
}

static GListModel *
documents (Fixture *fixture)
{
  return mv_store_get_model (fixture->ts.store, MV_TYPE_DOCUMENT);
}

static MvDocument *
find_document (Fixture    *fixture,
               const char *file_name)
{
  for (guint i = 0; i < g_list_model_get_n_items (documents (fixture)); i++)
    {
      g_autoptr(MvDocument) document = g_list_model_get_item (documents (fixture), i);

      if (g_str_equal (mv_document_get_file_name (document), file_name))
        return document;
    }
  return NULL;
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *texts)
{
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, texts);
}

/* The cells of the documents view's row whose first cell is @title, as
 * they are drawn. */
static GPtrArray *
documents_view_row (Fixture    *fixture,
                    const char *title)
{
  MvSectionPage *page = mv_window_get_section_page (fixture->window, "documents");
  GtkWidget *view = GTK_WIDGET (mv_section_page_get_column_view (page));

  for (GtkWidget *child = gtk_widget_get_first_child (view);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!GTK_IS_LIST_VIEW (child))
        continue;

      for (GtkWidget *row = gtk_widget_get_first_child (child);
           row != NULL;
           row = gtk_widget_get_next_sibling (row))
        {
          g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

          collect_labels (row, texts);
          if (texts->len > 0 && g_str_equal (g_ptr_array_index (texts, 0), title))
            return g_steal_pointer (&texts);
        }
    }
  return NULL;
}

/* Whether the documents view draws a row whose first cell is @title. */
static gboolean
shows_document (Fixture    *fixture,
                const char *title)
{
  g_autoptr(GPtrArray) cells = documents_view_row (fixture, title);

  return cells != NULL;
}

/* Whether cell @column of that row shows @text. */
static gboolean
document_cell_is (Fixture    *fixture,
                  const char *title,
                  guint       column,
                  const char *text)
{
  g_autoptr(GPtrArray) cells = documents_view_row (fixture, title);

  return cells != NULL && column < cells->len &&
         g_strcmp0 (g_ptr_array_index (cells, column), text) == 0;
}

static gboolean
page_drawn (gpointer data)
{
  GdkTexture *texture = mv_document_preview_get_page_texture (data);

  return texture != NULL && mv_document_preview_get_message (data) == NULL;
}

static gboolean
thumbnails_drawn (gpointer data)
{
  GListModel *thumbnails = mv_document_preview_get_thumbnails (data);
  guint n = g_list_model_get_n_items (thumbnails);

  for (guint i = 0; i < n; i++)
    if (mv_document_preview_get_thumbnail (data, i) == NULL)
      return FALSE;
  return n > 0;
}

/* A PDF attached to an item: its row, then the documents view with its
 * page count, the page and the thumbnails drawn, and the page keys. */
static void
test_attach_and_preview (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *fafo = mv_test_sample_path ("fafo-modell-for-brukermedvirkning-i-nav.pdf");
  const char *paths[] = { fafo, NULL };
  GtkListBox *list = mv_attachments_get_list (fixture->attachments);
  GtkListBox *progress = mv_attachments_get_progress_list (fixture->attachments);
  MvDocumentsPage *page;
  MvDocumentPreview *preview;
  g_autoptr(GPtrArray) cells = NULL;
  AdwActionRow *row;
  MvDocument *document;
  GdkTexture *texture;
  GtkWidget *undo;

  g_assert_true (gtk_widget_is_sensitive (mv_attachments_get_attach_button (fixture->attachments)));
  gtk_test_accessible_assert_property (mv_attachments_get_attach_button (fixture->attachments),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Attach documents");

  attach (fixture, paths);

  /* The PDF has no title of its own: it goes by its first heading. */
  g_assert_cmpuint (mv_test_count_rows (list), ==, 1);
  row = find_list_row (list, FAFO_TITLE);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==,
                   "fafo-modell-for-brukermedvirkning-i-nav.pdf · 2 pages · 19.7\u00a0kB");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (progress)));
  document = find_document (fixture, "fafo-modell-for-brukermedvirkning-i-nav.pdf");
  g_assert_nonnull (document);
  g_assert_cmpstr (mv_document_get_item_id (document), ==,
                   mv_record_get_id (MV_RECORD (fixture->item)));

  /* The documents view: title, file, item, pages. */
  mv_window_set_section (fixture->window, "documents");
  mv_test_wait_for (shows_document (fixture, FAFO_TITLE));
  cells = documents_view_row (fixture, FAFO_TITLE);
  g_assert_nonnull (cells);
  g_assert_cmpuint (cells->len, ==, 8);
  g_assert_cmpstr (g_ptr_array_index (cells, 1), ==, "fafo-modell-for-brukermedvirkning-i-nav.pdf");
  g_assert_cmpstr (g_ptr_array_index (cells, 2), ==, "Ungdomsgarantien");
  g_assert_cmpstr (g_ptr_array_index (cells, 4), ==, "2");
  g_assert_cmpstr (g_ptr_array_index (cells, 7), ==, "Public");

  /* Selected, its first page and its thumbnails are drawn. */
  page = MV_DOCUMENTS_PAGE (mv_window_get_section_page (fixture->window, "documents"));
  preview = mv_documents_page_get_preview (page);
  g_assert_true (mv_window_show_document (fixture->window, document, 0));
  g_assert_true (spin_until (page_drawn, preview));
  texture = mv_document_preview_get_page_texture (preview);
  g_assert_cmpint (gdk_texture_get_width (texture), >, 0);
  g_assert_cmpint (gdk_texture_get_height (texture), >, gdk_texture_get_width (texture));
  g_assert_cmpstr (mv_document_preview_get_page_label (preview), ==, "Page 1 of 2");

  g_assert_true (spin_until (thumbnails_drawn, preview));
  g_assert_cmpuint (g_list_model_get_n_items (mv_document_preview_get_thumbnails (preview)), ==, 2);
  texture = mv_document_preview_get_thumbnail (preview, 1);
  g_assert_cmpint (gdk_texture_get_width (texture), >, 0);
  g_assert_cmpint (gdk_texture_get_height (texture), >, 0);

  /* Page Down and Page Up, and no page after the last. */
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next-page", NULL);
  mv_test_wait_for (g_strcmp0 (mv_document_preview_get_page_label (preview), "Page 2 of 2") == 0);
  g_assert_cmpstr (mv_document_preview_get_page_label (preview), ==, "Page 2 of 2");
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next-page", NULL) &&
                  mv_document_preview_get_page (preview) != 1);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.previous-page", NULL);
  mv_test_wait_for (mv_document_preview_get_page (preview) == 0);
  g_assert_cmpint (mv_document_preview_get_page (preview), ==, 0);

  /* Zoom: 100 %, then larger. */
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-reset", NULL);
  g_assert_true (spin_until (page_drawn, preview));
  mv_test_run_pending ();
  texture = mv_document_preview_get_page_texture (preview);
  {
    int width = gdk_texture_get_width (texture);

    gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-in", NULL);
    mv_test_wait_for (mv_document_preview_get_page_texture (preview) != texture);
    g_assert_cmpint (gdk_texture_get_width (mv_document_preview_get_page_texture (preview)), >,
                     width);
  }

  /* Exempt from public access, and back. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->attachments), "attachments.toggle-public", "s",
                              mv_record_get_id (MV_RECORD (document)));
  mv_test_wait_for (!mv_document_get_public (document) &&
                    document_cell_is (fixture, FAFO_TITLE, 7,
                                      "Exempt"));
  g_assert_false (mv_document_get_public (document));
  g_clear_pointer (&cells, g_ptr_array_unref);
  cells = documents_view_row (fixture, FAFO_TITLE);
  g_assert_cmpstr (g_ptr_array_index (cells, 7), ==, "Exempt");

  /* Removed in the documents view (Delete), and back with the toast's
   * Undo. */
  gtk_widget_activate_action (GTK_WIDGET (page), "documents.remove", NULL);
  mv_test_wait_for (mv_test_count_rows (list) == 0 &&
                    !shows_document (fixture, FAFO_TITLE));
  g_assert_cmpuint (mv_test_count_rows (list), ==, 0);
  g_assert_null (find_document (fixture, "fafo-modell-for-brukermedvirkning-i-nav.pdf"));
  g_assert_null (documents_view_row (fixture, FAFO_TITLE));
  undo = mv_test_find_button (GTK_WIDGET (fixture->window), "_Undo");
  g_assert_nonnull (undo);
  mv_test_activate_button (undo);
  mv_test_wait_for (find_document (fixture, "fafo-modell-for-brukermedvirkning-i-nav.pdf") != NULL &&
                    mv_test_count_rows (list) == 1);
  g_assert_nonnull (find_document (fixture, "fafo-modell-for-brukermedvirkning-i-nav.pdf"));
  g_assert_cmpuint (mv_test_count_rows (list), ==, 1);

  /* Removed on the item: gone from the item and the view. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->attachments), "attachments.remove", "s",
                              mv_record_get_id (MV_RECORD (document)));
  mv_test_wait_for (mv_test_count_rows (list) == 0);
  g_assert_cmpuint (mv_test_count_rows (list), ==, 0);
  g_assert_null (find_document (fixture, "fafo-modell-for-brukermedvirkning-i-nav.pdf"));
}

/* A meeting's own documents. */
static void
test_meeting (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *ffo = mv_test_sample_path ("ffo-fem-aktive-organisasjoner-i-nav.pdf");
  const char *paths[] = { ffo, NULL };
  g_autoptr(MvMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBox *list = mv_attachments_get_list (fixture->attachments);
  MvDocument *document;

  meeting = g_object_new (MV_TYPE_MEETING,
                          "council-id", mv_record_get_id (MV_RECORD (fixture->ts.council)),
                          "starts-at", "2027-03-09T10:00:00", "ends-at", "2027-03-09T13:00:00",
                          NULL);
  g_assert_true (mv_store_insert (fixture->ts.store, meeting, &error));
  g_assert_no_error (error);

  mv_attachments_set_owner (fixture->attachments, fixture->ts.store, NULL, meeting);
  attach (fixture, paths);
  document = find_document (fixture, "ffo-fem-aktive-organisasjoner-i-nav.pdf");
  g_assert_nonnull (document);
  g_assert_cmpstr (mv_document_get_meeting_id (document), ==,
                   mv_record_get_id (MV_RECORD (meeting)));
  g_assert_null (mv_document_get_item_id (document));
  g_assert_cmpuint (mv_test_count_rows (list), ==, 1);

  /* The item has none of the meeting's. */
  mv_attachments_set_owner (fixture->attachments, fixture->ts.store, fixture->item, NULL);
  mv_test_wait_for (mv_test_count_rows (list) == 0);
  g_assert_cmpuint (mv_test_count_rows (list), ==, 0);
}

static gboolean
password_asked (gpointer data)
{
  return mv_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/* Answers the password dialog of @file_name as a user does: the password,
 * and whether to store the text for search (off unless turned on, with the
 * explanation that the text is then readable in the file). */
static void
answer_password_full (const char *file_name,
                      const char *password,
                      gboolean    store_text,
                      const char *expected_body)
{
  g_autofree char *entry_label = g_strdup_printf ("Password of “%s”", file_name);
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  GtkWidget *check;

  g_assert_true (spin_until (password_asked, NULL));
  dialog = ADW_MESSAGE_DIALOG (mv_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Password Required");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), expected_body));
  entry = g_object_get_data (G_OBJECT (dialog), "password-entry");
  g_assert_true (GTK_IS_ENTRY (entry));
  g_assert_true (gtk_widget_is_ancestor (entry, adw_message_dialog_get_extra_child (dialog)));
  g_assert_false (gtk_entry_get_visibility (GTK_ENTRY (entry)));
  gtk_test_accessible_assert_property (entry, GTK_ACCESSIBLE_PROPERTY_LABEL, entry_label);
  /* The focus in the entry (its GtkText): the password is typed at once. */
  mv_test_wait_for (gtk_window_get_focus (GTK_WINDOW (dialog)) != NULL &&
                    gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (dialog)), entry));

  check = g_object_get_data (G_OBJECT (dialog), "store-text-check");
  g_assert_true (GTK_IS_CHECK_BUTTON (check));
  g_assert_true (gtk_widget_is_ancestor (check, adw_message_dialog_get_extra_child (dialog)));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_cmpstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (check)), ==,
                   "_Store its text for search");
  g_assert_true (gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (check)));
  g_assert_true (gtk_widget_get_focusable (check));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_ROLE_CHECKBOX);
  gtk_test_accessible_assert_property (check, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Search then finds words in it, but anyone who has the "
                                       "Medvirke file can read the text there without the "
                                       "password.");

  gtk_editable_set_text (GTK_EDITABLE (entry), password);
  /* As Space on the focused check button does. */
  if (store_text)
    gtk_widget_activate (check);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)) == store_text);
  /* As the button does: the response, then the dialog closes. */
  adw_message_dialog_response (dialog, "attach");
  gtk_window_close (GTK_WINDOW (dialog));
  mv_test_wait_no_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

static void
answer_password (const char *password,
                 const char *expected_body)
{
  answer_password_full ("kryptert.pdf", password, FALSE, expected_body);
}

static guint
n_hits (Fixture    *fixture,
        const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = mv_search (fixture->ts.store, NULL, text, NULL, &error);

  g_assert_no_error (error);
  return results->len;
}

/* Bad files are refused with their reasons and nothing is stored; a
 * protected PDF asks for its password until it is the right one; other
 * types are stored without pages. */
static void
test_refused_and_password (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *empty = mv_test_data_path ("tom.pdf");
  g_autofree char *text = mv_test_data_path ("ikke-pdf.pdf");
  g_autofree char *damaged = mv_test_data_path ("skadet.pdf");
  g_autofree char *encrypted = mv_test_data_path ("kryptert.pdf");
  g_autofree char *notes = g_build_filename (fixture->ts.dir, "referat.odt", NULL);
  g_autofree char *large = g_build_filename (fixture->ts.dir, "stor.pdf", NULL);
  const char *bad[] = { empty, text, damaged, encrypted, NULL };
  const char *other[] = { notes, large, NULL };
  GtkListBox *progress = mv_attachments_get_progress_list (fixture->attachments);
  GtkListBox *list = mv_attachments_get_list (fixture->attachments);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *big = NULL;
  AdwActionRow *row;

  attach (fixture, bad);

  g_assert_cmpuint (g_list_model_get_n_items (documents (fixture)), ==, 0);
  g_assert_cmpuint (mv_test_count_rows (list), ==, 0);
  g_assert_cmpuint (mv_test_count_rows (progress), ==, 4);
  g_assert_cmpstr (adw_action_row_get_subtitle (find_list_row (progress, "tom.pdf")), ==,
                   "“tom.pdf” is empty");
  g_assert_cmpstr (adw_action_row_get_subtitle (find_list_row (progress, "ikke-pdf.pdf")), ==,
                   "“ikke-pdf.pdf” is not a PDF file: it does not begin with %PDF");
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (find_list_row (progress,
                                                                               "skadet.pdf")),
                                   "“skadet.pdf”: The PDF cannot be read; it may be damaged"));
  row = find_list_row (progress, "kryptert.pdf");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "“kryptert.pdf” asks for a password");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));

  /* The dialog came by itself; a wrong password asks again. */
  answer_password ("feil", "“kryptert.pdf” asks for a password");
  g_assert_true (spin_until (attachments_idle, fixture->attachments));
  answer_password ("hemmelig", "the one given does not open it");
  g_assert_true (spin_until (attachments_idle, fixture->attachments));
  mv_test_wait_for (find_list_row (progress, "kryptert.pdf") == NULL &&
                    find_document (fixture, "kryptert.pdf") != NULL);
  g_assert_null (find_list_row (progress, "kryptert.pdf"));
  g_assert_nonnull (find_document (fixture, "kryptert.pdf"));
  g_assert_cmpuint (mv_test_count_rows (list), ==, 1);
  g_assert_cmpuint (mv_test_count_rows (progress), ==, 3);
  /* Its text was not asked for: not stored, not found. */
  g_assert_true (mv_document_get_encrypted (find_document (fixture, "kryptert.pdf")));
  g_assert_false (mv_document_get_text_stored (find_document (fixture, "kryptert.pdf")));
  g_assert_cmpuint (n_hits (fixture, "møteplasser"), ==, 0);

  /* Dismissed, a refused file's row goes. */
  gtk_widget_activate (g_object_get_data (G_OBJECT (find_list_row (progress, "tom.pdf")),
                                          "dismiss-button"));
  mv_test_wait_for (find_list_row (progress, "tom.pdf") == NULL);
  g_assert_null (find_list_row (progress, "tom.pdf"));

  /* Another type is stored and listed without pages; a file over the
   * limit (the setting, in MB) is refused with both sizes. */
  g_settings_set_uint (settings, "document-size-limit", 1);
  g_assert_true (g_file_set_contents (notes, "PK not really an ODT", -1, NULL));
  big = g_strnfill (1500 * 1000, 'x');
  memcpy (big, "%PDF-1.4\n", 9);
  g_assert_true (g_file_set_contents (large, big, -1, NULL));
  attach (fixture, other);
  g_settings_reset (settings, "document-size-limit");

  g_assert_nonnull (find_document (fixture, "referat.odt"));
  g_assert_cmpint (mv_document_get_page_count (find_document (fixture, "referat.odt")), ==, 0);
  g_assert_cmpstr (adw_action_row_get_subtitle (find_list_row (list, "referat")), ==,
                   "referat.odt · 20 bytes");
  g_assert_null (find_document (fixture, "stor.pdf"));
  g_assert_cmpstr (adw_action_row_get_subtitle (find_list_row (progress, "stor.pdf")), ==,
                   "“stor.pdf” is 1.5\u00a0MB; the limit is 1 MB");
}

static gboolean
title_asked (gpointer data)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (mv_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  return dialog != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog)) &&
         g_strcmp0 (adw_message_dialog_get_heading (dialog), "Title of the Document") == 0;
}

/* The title dialog for @file_name with @proposed in its entry, the focus
 * there; returns the dialog. */
static AdwMessageDialog *
wait_title_dialog (const char *file_name,
                   const char *proposed)
{
  g_autofree char *label = g_strdup_printf ("Title of “%s”", file_name);
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  g_assert_true (spin_until (title_asked, NULL));
  dialog = ADW_MESSAGE_DIALOG (mv_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), file_name));
  entry = g_object_get_data (G_OBJECT (dialog), "title-entry");
  g_assert_true (GTK_IS_ENTRY (entry));
  g_assert_true (gtk_widget_is_ancestor (entry, adw_message_dialog_get_extra_child (dialog)) ||
                 entry == adw_message_dialog_get_extra_child (dialog));
  gtk_test_accessible_assert_property (entry, GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, proposed);
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "attach");
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
  mv_test_wait_for (gtk_window_get_focus (GTK_WINDOW (dialog)) != NULL &&
                    gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (dialog)), entry));
  return dialog;
}

/* One file chosen: its title is asked first, the PDF's first heading
 * proposed; Enter attaches it by the title typed, Escape not at all. */
static void
test_attach_titled (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *felles = mv_test_sample_path ("felles-moteplasser-0-24-samarbeidet.pdf");
  g_autofree char *brus = mv_test_sample_path ("brus-prosjektet-sluttrapport.pdf");
  g_autoptr(GFile) felles_file = g_file_new_for_path (felles);
  g_autoptr(GFile) brus_file = g_file_new_for_path (brus);
  GtkListBox *progress = mv_attachments_get_progress_list (fixture->attachments);
  GtkListBox *list = mv_attachments_get_list (fixture->attachments);
  AdwMessageDialog *dialog;
  MvDocument *document;
  GtkWidget *entry;
  AdwActionRow *row;

  mv_attachments_attach_file_titled (fixture->attachments, felles_file);
  dialog = wait_title_dialog ("felles-moteplasser-0-24-samarbeidet.pdf",
                              "Felles møteplasser med brukerorganisasjoner i 0–24-samarbeidet");
  /* Nothing is stored while the title is asked; the file's row says so. */
  g_assert_cmpuint (g_list_model_get_n_items (documents (fixture)), ==, 0);
  row = find_list_row (progress, "felles-moteplasser-0-24-samarbeidet.pdf");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Waiting for its title");

  /* Typed over, then Enter in the entry: the default response, Attach. */
  entry = g_object_get_data (G_OBJECT (dialog), "title-entry");
  gtk_editable_set_text (GTK_EDITABLE (entry), "  Møteplasser i 0–24  ");
  /* What Return does in the focused GtkText: its activate signal. */
  g_assert_true (GTK_IS_TEXT (gtk_window_get_focus (GTK_WINDOW (dialog))));
  g_signal_emit_by_name (gtk_window_get_focus (GTK_WINDOW (dialog)), "activate");
  mv_test_wait_no_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  mv_test_wait_for (find_document (fixture, "felles-moteplasser-0-24-samarbeidet.pdf") != NULL);
  g_assert_true (spin_until (attachments_idle, fixture->attachments));
  mv_test_run_pending ();
  document = find_document (fixture, "felles-moteplasser-0-24-samarbeidet.pdf");
  g_assert_cmpstr (mv_document_get_title (document), ==, "Møteplasser i 0–24");
  g_assert_nonnull (find_list_row (list, "Møteplasser i 0–24"));
  g_assert_null (find_list_row (progress, "felles-moteplasser-0-24-samarbeidet.pdf"));

  /* Escape closes it with its close response: nothing attached, no row. */
  mv_attachments_attach_file_titled (fixture->attachments, brus_file);
  dialog = wait_title_dialog ("brus-prosjektet-sluttrapport.pdf", "BRUS-prosjektet");
  gtk_window_close (GTK_WINDOW (dialog));
  mv_test_wait_no_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  mv_test_wait_for (find_list_row (progress, "brus-prosjektet-sluttrapport.pdf") == NULL);
  mv_test_run_pending ();
  g_assert_null (find_document (fixture, "brus-prosjektet-sluttrapport.pdf"));
  g_assert_cmpuint (g_list_model_get_n_items (documents (fixture)), ==, 1);
}

/* A document's title later: Change the Title in its menu asks with the
 * title filled in; Change writes it, Ctrl+Z (the toast's Undo) puts it
 * back. */
static void
test_change_title (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *felles = mv_test_sample_path ("felles-moteplasser-0-24-samarbeidet.pdf");
  g_autoptr(GFile) felles_file = g_file_new_for_path (felles);
  AdwMessageDialog *dialog;
  MvDocument *document;
  GtkWidget *entry;
  const char *was;

  mv_attachments_attach_file_titled (fixture->attachments, felles_file);
  dialog = wait_title_dialog ("felles-moteplasser-0-24-samarbeidet.pdf",
                              "Felles møteplasser med brukerorganisasjoner i 0–24-samarbeidet");
  /* As the button does: the response, then the dialog closes. */
  adw_message_dialog_response (dialog, "attach");
  gtk_window_destroy (GTK_WINDOW (dialog));
  mv_test_wait_no_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  mv_test_wait_for (find_document (fixture, "felles-moteplasser-0-24-samarbeidet.pdf") != NULL);
  g_assert_true (spin_until (attachments_idle, fixture->attachments));
  document = find_document (fixture, "felles-moteplasser-0-24-samarbeidet.pdf");
  was = "Felles møteplasser med brukerorganisasjoner i 0–24-samarbeidet";
  g_assert_cmpstr (mv_document_get_title (document), ==, was);

  gtk_widget_activate_action (GTK_WIDGET (fixture->attachments), "attachments.change-title", "s",
                              mv_record_get_id (MV_RECORD (document)));
  mv_test_wait_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  dialog = ADW_MESSAGE_DIALOG (mv_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Change the Title");
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "change");
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
  entry = g_object_get_data (G_OBJECT (dialog), "title-entry");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, was);
  gtk_test_accessible_assert_property (entry, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "New title of “Felles møteplasser med "
                                       "brukerorganisasjoner i 0–24-samarbeidet”");

  /* A blank title is refused and changes nothing. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
  adw_message_dialog_response (dialog, "change");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpstr (mv_document_get_title (document), ==, was);
  /* The error says why, naming the field. */
  mv_test_wait_for (mv_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL &&
                    ADW_MESSAGE_DIALOG (mv_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != dialog);
  {
    AdwMessageDialog *error = ADW_MESSAGE_DIALOG (mv_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

    g_assert_cmpstr (adw_message_dialog_get_heading (error), ==, "Could Not Change the Title");
    g_assert_nonnull (strstr (adw_message_dialog_get_body (error), "title"));
    gtk_window_destroy (GTK_WINDOW (error));
  }
  mv_test_wait_no_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  gtk_widget_activate_action (GTK_WIDGET (fixture->attachments), "attachments.change-title", "s",
                              mv_record_get_id (MV_RECORD (document)));
  mv_test_wait_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  dialog = ADW_MESSAGE_DIALOG (mv_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  entry = g_object_get_data (G_OBJECT (dialog), "title-entry");
  gtk_editable_set_text (GTK_EDITABLE (entry), " Møteplasser i 0–24 ");
  adw_message_dialog_response (dialog, "change");
  gtk_window_destroy (GTK_WINDOW (dialog));
  mv_test_wait_for (g_strcmp0 (mv_document_get_title (document), "Møteplasser i 0–24") == 0);
  g_assert_cmpstr (mv_document_get_title (document), ==, "Møteplasser i 0–24");

  g_assert_true (mv_widget_undo_last (GTK_WIDGET (fixture->attachments)));
  mv_test_wait_for (g_strcmp0 (mv_document_get_title (document), was) == 0);
  g_assert_cmpstr (mv_document_get_title (document), ==, was);
}

/* Read-only: no attaching. */
static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) store = mv_store_open (fixture->ts.path, MV_STORE_FLAGS_READ_ONLY, &error);
  GtkWidget *attach_button = mv_attachments_get_attach_button (fixture->attachments);

  g_assert_no_error (error);
  mv_attachments_set_owner (fixture->attachments, store,
                            mv_store_lookup (store, MV_TYPE_AGENDA_ITEM,
                                             mv_record_get_id (MV_RECORD (fixture->item))),
                            NULL);
  mv_test_wait_for (!gtk_widget_is_sensitive (attach_button));
  g_assert_false (gtk_widget_is_sensitive (attach_button));
  mv_attachments_set_owner (fixture->attachments, NULL, NULL, NULL);
}

static gboolean
has_results (gpointer data)
{
  return gtk_list_box_get_row_at_index (data, 0) != NULL;
}

/* Ctrl+F from any section opens the search bar; a document's result shows
 * its page and opens the document there. */
static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *fafo = mv_test_sample_path ("fafo-modell-for-brukermedvirkning-i-nav.pdf");
  const char *paths[] = { fafo, NULL };
  MvSearchBar *bar = mv_window_get_search_bar (fixture->window);
  GtkListBox *results = mv_search_bar_get_results (bar);
  MvDocumentsPage *page;
  GtkListBoxRow *row;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *focus;

  attach (fixture, paths);
  gtk_window_present (GTK_WINDOW (fixture->window));
  mv_window_set_section (fixture->window, "year-plan");
  mv_test_wait_for (g_strcmp0 (mv_window_get_section (fixture->window), "year-plan") == 0);

  g_assert_false (mv_search_bar_get_search_mode (bar));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.find", NULL));
  mv_test_wait_for (mv_search_bar_get_search_mode (bar) &&
                    gtk_root_get_focus (GTK_ROOT (fixture->window)) != NULL);
  g_assert_true (mv_search_bar_get_search_mode (bar));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (focus == GTK_WIDGET (mv_search_bar_get_entry (bar)) ||
                 gtk_widget_is_ancestor (focus, GTK_WIDGET (mv_search_bar_get_entry (bar))));

  gtk_editable_set_text (mv_search_bar_get_entry (bar), "superbruk");
  g_assert_true (spin_until (has_results, results));
  row = gtk_list_box_get_row_at_index (results, 0);
  g_assert_null (gtk_list_box_get_row_at_index (results, 1));
  collect_labels (GTK_WIDGET (row), texts);
  g_assert_cmpstr (g_ptr_array_index (texts, 0), ==, FAFO_TITLE);
  g_assert_cmpstr (g_ptr_array_index (texts, 1), ==, "Ungdomsgarantien");
  g_assert_cmpstr (g_ptr_array_index (texts, 2), ==, "Page 2");
  g_assert_nonnull (strstr (g_ptr_array_index (texts, 3), "superbrukere"));
  g_assert_nonnull (gtk_list_box_row_get_header (row));

  /* Activated: the document at that page, and the bar closes. */
  g_signal_emit_by_name (row, "activate");
  mv_test_wait_for (!mv_search_bar_get_search_mode (bar) &&
                    g_strcmp0 (mv_window_get_section (fixture->window), "documents") == 0);
  g_assert_false (mv_search_bar_get_search_mode (bar));
  g_assert_cmpstr (mv_window_get_section (fixture->window), ==, "documents");
  page = MV_DOCUMENTS_PAGE (mv_window_get_section_page (fixture->window, "documents"));
  g_assert_cmpint (mv_document_preview_get_page (mv_documents_page_get_preview (page)), ==, 1);
  g_assert_cmpstr (mv_document_preview_get_page_label (mv_documents_page_get_preview (page)), ==,
                   "Page 2 of 2");
  /* The word found is marked on the page: each of its occurrences. */
  mv_test_wait_for_within (mv_document_preview_get_n_marked (mv_documents_page_get_preview (page))
                           > 0, MV_TEST_WORKER_TIMEOUT_MS);
  g_assert_cmpuint (mv_document_preview_get_n_marked (mv_documents_page_get_preview (page)), >=,
                    1);

  /* An item's result opens the items section. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.find", NULL);
  gtk_editable_set_text (mv_search_bar_get_entry (bar), "ungdomsgar");
  g_assert_true (spin_until (has_results, results));  /* the entry waits 150 ms before it searches */
  row = gtk_list_box_get_row_at_index (results, 0);
  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "activate");
  mv_test_wait_for (g_strcmp0 (mv_window_get_section (fixture->window), "items") == 0);
  g_assert_cmpstr (mv_window_get_section (fixture->window), ==, "items");
}

/* An exempt document says on which legal basis, chosen beside the
 * "Public" box of the documents view; saved with the document. */
static void
test_exempt_basis (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *fafo = mv_test_sample_path ("fafo-modell-for-brukermedvirkning-i-nav.pdf");
  const char *paths[] = { fafo, NULL };
  MvDocumentsPage *page;
  MvDocument *document;
  GtkCheckButton *public_check;
  GtkDropDown *basis;

  attach (fixture, paths);
  document = find_document (fixture, "fafo-modell-for-brukermedvirkning-i-nav.pdf");
  g_assert_nonnull (document);
  mv_window_set_section (fixture->window, "documents");
  page = MV_DOCUMENTS_PAGE (mv_window_get_section_page (fixture->window, "documents"));
  g_assert_true (mv_window_show_document (fixture->window, document, 0));
  public_check = mv_documents_page_get_public_check (page);
  basis = mv_documents_page_get_basis_dropdown (page);
  mv_test_wait_for (gtk_widget_get_sensitive (GTK_WIDGET (public_check)));

  g_assert_true (gtk_check_button_get_active (public_check));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (basis)));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (basis), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Legal basis for exemption");

  gtk_check_button_set_active (public_check, FALSE);
  mv_test_wait_for (!mv_document_get_public (document));
  mv_test_wait_for (gtk_widget_get_visible (GTK_WIDGET (basis)));
  g_assert_cmpuint (gtk_drop_down_get_selected (basis), ==, MV_EXEMPT_BASIS_OFFL_13_FVL_13);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (basis)), ==, 6);

  gtk_drop_down_set_selected (basis, MV_EXEMPT_BASIS_OFFL_23);
  mv_test_wait_for (mv_document_get_exempt_basis (document) == MV_EXEMPT_BASIS_OFFL_23);
  g_assert_cmpint (mv_document_get_exempt_basis (document), ==, MV_EXEMPT_BASIS_OFFL_23);
  g_assert_false (mv_document_get_public (document));

  gtk_check_button_set_active (public_check, TRUE);
  mv_test_wait_for (mv_document_get_public (document));
  mv_test_wait_for (!gtk_widget_get_visible (GTK_WIDGET (basis)));
  g_assert_cmpint (mv_document_get_exempt_basis (document), ==, MV_EXEMPT_BASIS_OFFL_23);
}

static gboolean
message_shown (gpointer data)
{
  return mv_document_preview_get_message (data) != NULL;
}

/* The text of a protected PDF is stored for search when the user says so
 * for that document, and only for it. */
static void
test_password_store_text (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *secret = mv_test_data_path ("fortrolig.pdf");
  g_autofree char *other = mv_test_data_path ("kryptert.pdf");
  const char *paths[] = { secret, other, NULL };
  g_autoptr(sqlite3) db = NULL;
  MvDocument *document;
  AdwActionRow *row;
  GtkWidget *button;

  attach (fixture, paths);
  answer_password_full ("fortrolig.pdf", "hemmelig", TRUE, "“fortrolig.pdf” asks for a password");
  mv_test_wait_for (find_document (fixture, "fortrolig.pdf") != NULL);
  /* The second file's dialog comes from its row's button, by its mnemonic. */
  row = find_list_row (mv_attachments_get_progress_list (fixture->attachments), "kryptert.pdf");
  g_assert_nonnull (row);
  button = g_object_get_data (G_OBJECT (row), "password-button");
  g_assert_true (gtk_button_get_use_underline (GTK_BUTTON (button)));
  gtk_widget_activate (button);
  answer_password_full ("kryptert.pdf", "hemmelig", FALSE, "“kryptert.pdf” asks for a password");
  mv_test_wait_for (find_document (fixture, "kryptert.pdf") != NULL);
  g_assert_true (spin_until (attachments_idle, fixture->attachments));

  document = find_document (fixture, "fortrolig.pdf");
  g_assert_true (mv_document_get_text_stored (document));
  g_assert_cmpuint (n_hits (fixture, "fjellheim"), ==, 1);
  g_assert_false (mv_document_get_text_stored (find_document (fixture, "kryptert.pdf")));
  g_assert_cmpuint (n_hits (fixture, "møteplasser"), ==, 0);

  db = mv_test_db_open (fixture->ts.path);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM document_pages p "
                                       "JOIN documents d ON d.id = p.document_id "
                                       "WHERE d.file_name = ?1", "fortrolig.pdf", NULL), ==, 2);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM document_pages p "
                                       "JOIN documents d ON d.id = p.document_id "
                                       "WHERE d.file_name = ?1", "kryptert.pdf", NULL), ==, 0);
}

static void
unlock_preview (MvDocumentPreview *preview,
                const char        *password)
{
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.unlock", NULL));
  g_assert_true (spin_until (password_asked, NULL));
  dialog = ADW_MESSAGE_DIALOG (mv_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  entry = adw_message_dialog_get_extra_child (dialog);
  gtk_test_accessible_assert_property (entry, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Password of “kryptert.pdf”");
  gtk_editable_set_text (GTK_EDITABLE (entry), password);
  adw_message_dialog_response (dialog, "unlock");
  gtk_window_close (GTK_WINDOW (dialog));
  mv_test_wait_no_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

/* A protected PDF stored elsewhere (the CLI): the preview asks for its
 * password, again when it is wrong. It runs first: the password is then
 * kept for the session. */
static void
test_preview_password (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = mv_test_data_path ("kryptert.pdf");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(MvDocumentInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *mime_type = NULL;
  MvDocumentsPage *page;
  MvDocumentPreview *preview;
  MvDocument *document;

  g_assert_true (mv_documents_inspect_file (file, "hemmelig", 0, mv_pdf_inspect, NULL,
                                            &mime_type, &info, &bytes, &error));
  g_assert_no_error (error);
  document = mv_documents_attach (fixture->ts.store, MV_RECORD (fixture->item), "kryptert.pdf",
                                  NULL, mime_type, bytes, info, &error);
  g_assert_no_error (error);

  page = MV_DOCUMENTS_PAGE (mv_window_get_section_page (fixture->window, "documents"));
  preview = mv_documents_page_get_preview (page);
  g_assert_true (mv_window_show_document (fixture->window, document, 0));
  mv_test_wait_for (g_strcmp0 (mv_document_preview_get_message (preview),
                               "Protected by a Password") == 0);
  g_assert_cmpstr (mv_document_preview_get_message (preview), ==, "Protected by a Password");

  unlock_preview (preview, "feil");
  g_assert_true (spin_until (message_shown, preview));
  g_assert_cmpstr (mv_document_preview_get_message (preview), ==, "Protected by a Password");

  unlock_preview (preview, "hemmelig");
  g_assert_true (spin_until (page_drawn, preview));
  g_assert_cmpint (gdk_texture_get_width (mv_document_preview_get_page_texture (preview)), >, 0);
  g_assert_cmpstr (mv_document_preview_get_page_label (preview), ==, "Page 1 of 1");
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/documents-gui/preview-password", test_preview_password);
  ADD ("/documents-gui/attach-and-preview", test_attach_and_preview);
  ADD ("/documents-gui/refused-and-password", test_refused_and_password);
  ADD ("/documents-gui/attach-titled", test_attach_titled);
  ADD ("/documents-gui/change-title", test_change_title);
  ADD ("/documents-gui/password-store-text", test_password_store_text);
  ADD ("/documents-gui/meeting", test_meeting);
  ADD ("/documents-gui/read-only", test_read_only);
  ADD ("/documents-gui/search", test_search);
  ADD ("/documents-gui/exempt-basis", test_exempt_basis);

  return g_test_run ();
}
