/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "mv-agenda-view.h"
#include "mv-document-preview-private.h"
#include "mv-documents-page-private.h"
#include "mv-councils.h"
#include "mv-dates.h"
#include "mv-document.h"
#include "mv-meeting.h"
#include "mv-meeting-page.h"
#include "mv-queries.h"
#include "mv-window-private.h"
#include "mv-year-plan-page.h"
#include "mv-test-gui.h"
#include "mv-test-store.h"

/* The window's layout as the secretary sees it in bokmål, with the app's
 * style sheet: the sidebar folds away at one window width whatever is
 * shown, names show in full, the default size fits a 1366 × 768 laptop.
 * Runs with a display (xvfb-run) and GTK_A11Y=test. */

/* What the content beside the sidebar asks for at least (ui/mv-window.ui). */
#define CONTENT_MIN_WIDTH 600

typedef struct
{
  MvTestStore ts;
  MvWindow   *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  mv_test_store_set_up (&fixture->ts, MV_TEST_STORE_SAMPLE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  mv_test_run_pending ();
  mv_test_store_tear_down (&fixture->ts);
}

static AdwLeaflet *
get_leaflet (Fixture *fixture)
{
  MvSectionPage *page = mv_window_get_section_page (fixture->window, "members");

  return ADW_LEAFLET (gtk_widget_get_ancestor (GTK_WIDGET (page), ADW_TYPE_LEAFLET));
}

static int
content_min_width (Fixture *fixture)
{
  GtkWidget *content = adw_leaflet_get_child_by_name (get_leaflet (fixture), "content");
  int min;

  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  return min;
}

static void
show_window (Fixture *fixture,
             int      width,
             int      height)
{
  fixture->window = mv_window_new (NULL, fixture->ts.store);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  mv_test_run_pending ();
}

static void
resize (Fixture *fixture,
        int      width)
{
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, 720);
  mv_test_wait_for (ABS (gtk_widget_get_width (GTK_WIDGET (fixture->window)) - width) <= 12);
  mv_test_run_pending ();
}

static gboolean
label_shows_all (GtkLabel *label)
{
  return label != NULL && gtk_widget_get_mapped (GTK_WIDGET (label)) &&
         !pango_layout_is_ellipsized (gtk_label_get_layout (label));
}

/* The states a secretary goes through in an hour: each section, a row
 * chosen in each, a meeting's page. @check runs in each. */
typedef void (*StateCheck) (Fixture    *fixture,
                            const char *state);

static void
walk_states (Fixture    *fixture,
             StateCheck  check)
{
  static const char *sections[] = { "members", "year-plan", "items", "documents" };

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      MvSectionPage *page = mv_window_get_section_page (fixture->window, sections[i]);
      GtkColumnView *view = mv_section_page_get_column_view (page);
      g_autofree char *selected = g_strdup_printf ("%s, a row chosen", sections[i]);

      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-section", "s",
                                  sections[i]);
      mv_test_wait_mapped (page);
      check (fixture, sections[i]);

      gtk_selection_model_select_item (gtk_column_view_get_model (view), 0, TRUE);
      mv_test_run_pending ();
      check (fixture, selected);

      if (g_str_equal (sections[i], "year-plan"))
        {
          g_autoptr(GPtrArray) meetings = mv_store_list_meetings (fixture->ts.store,
                                                                  fixture->ts.council, 0);
          GtkWidget *meeting_page = mv_year_plan_page_get_meeting_page (MV_YEAR_PLAN_PAGE (page));

          mv_year_plan_page_show_meeting (MV_YEAR_PLAN_PAGE (page),
                                          g_ptr_array_index (meetings, meetings->len - 1));
          mv_test_wait_mapped (meeting_page);
          check (fixture, "a meeting's page");
          mv_year_plan_page_show_list (MV_YEAR_PLAN_PAGE (page));
          mv_test_wait_unmapped (meeting_page);
        }
    }
}

static void
check_unfolded (Fixture    *fixture,
                const char *state)
{
  g_test_message ("%s", state);
  g_assert_false (adw_leaflet_get_folded (get_leaflet (fixture)));
  g_assert_cmpint (content_min_width (fixture), ==, CONTENT_MIN_WIDTH);
}

static void
check_folded (Fixture    *fixture,
              const char *state)
{
  g_test_message ("%s", state);
  g_assert_true (adw_leaflet_get_folded (get_leaflet (fixture)));
  g_assert_cmpint (content_min_width (fixture), ==, CONTENT_MIN_WIDTH);
}

/* Whatever is shown, the sidebar stays at 1100 px and folds away at 800. */
static void
test_fold (Fixture       *fixture,
           gconstpointer  data)
{
  show_window (fixture, 1100, 720);
  walk_states (fixture, check_unfolded);

  resize (fixture, 800);
  mv_test_wait_for (adw_leaflet_get_folded (get_leaflet (fixture)));
  walk_states (fixture, check_folded);

  resize (fixture, 1366);
  mv_test_wait_for (!adw_leaflet_get_folded (get_leaflet (fixture)));
  walk_states (fixture, check_unfolded);
}

/* The window opens at a size that fits a 1366 × 768 laptop, with room for
 * the header bar and the title bar of the desktop. */
static void
test_default_size (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  int width, height;

  fixture->window = mv_window_new (NULL, fixture->ts.store);
  gtk_window_get_default_size (GTK_WINDOW (fixture->window), &width, &height);
  g_assert_cmpint (width, ==, g_settings_get_int (settings, "window-width"));
  g_assert_cmpint (height, ==, g_settings_get_int (settings, "window-height"));
  g_assert_cmpint (width, >, 1100);
  g_assert_cmpint (width, <=, 1366 - 40);
  g_assert_cmpint (height, <=, 768 - 40);
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  mv_test_run_pending ();
  g_assert_false (adw_leaflet_get_folded (get_leaflet (fixture)));
}

/* The council's name, a meeting's date and the documents' titles show in
 * full at 1100 px. */
static void
test_names_in_full (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) meetings = NULL;
  MvSectionPage *page;
  MvMeeting *meeting;
  GtkWidget *meeting_page;
  GListModel *documents;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;

  show_window (fixture, 1100, 720);

  /* «Brukerutvalget NAV Eksempelby», on two lines in the sidebar. */
  mv_test_wait_for (label_shows_all (mv_window_get_council_title (fixture->window)));
  g_assert_cmpstr (gtk_label_get_text (mv_window_get_council_title (fixture->window)), ==,
                   mv_council_get_name (fixture->ts.council));

  /* «torsdag 4. februar 2027» in full on the meeting's page. */
  page = mv_window_get_section_page (fixture->window, "year-plan");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-section", "s", "year-plan");
  meetings = mv_store_list_meetings (fixture->ts.store, fixture->ts.council, 0);
  meeting = g_ptr_array_index (meetings, meetings->len - 1);
  mv_year_plan_page_show_meeting (MV_YEAR_PLAN_PAGE (page), meeting);
  meeting_page = mv_year_plan_page_get_meeting_page (MV_YEAR_PLAN_PAGE (page));
  mv_test_wait_mapped (meeting_page);
  date = mv_date_format_user (mv_meeting_get_starts_at (meeting), MV_DATE_STYLE_LONG);
  g_assert_nonnull (date);
  mv_test_wait_for (label_shows_all (mv_test_find_label (meeting_page, date)));

  /* Each document’s title in the list, on three lines at most. */
  page = mv_window_get_section_page (fixture->window, "documents");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-section", "s", "documents");
  mv_test_wait_mapped (page);
  documents = G_LIST_MODEL (gtk_column_view_get_model (mv_section_page_get_column_view (page)));
  g_assert_cmpuint (g_list_model_get_n_items (documents), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(MvDocument) document = g_list_model_get_item (documents, i);

      g_clear_pointer (&title, g_free);
      title = g_strdup (mv_document_get_title (document));
      g_test_message ("%s", title);
      mv_test_wait_for (label_shows_all (mv_test_find_label (GTK_WIDGET (page), title)));
    }
}

static char *
iso_in_days (int days)
{
  GDate date;

  mv_date_set_today (&date);
  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  return mv_date_format (&date);
}

/* Where @widget's top is in @ancestor, once laid out; -1 before. */
static double
y_in (GtkWidget *widget,
      GtkWidget *ancestor)
{
  graphene_point_t top = GRAPHENE_POINT_INIT (0, 0);
  graphene_point_t at;

  if (!gtk_widget_compute_point (widget, ancestor, &top, &at))
    return -1;
  return at.y;
}

/* A meeting in ten days whose notice should have gone out two days ago:
 * the meeting's page says so first, with the date as the UI writes dates,
 * and the year plan's list marks it. */
static void
test_notice_overdue (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvMeeting) meeting = NULL;
  g_autofree char *day = iso_in_days (10);
  g_autofree char *notice = iso_in_days (-2);
  g_autofree char *deadline = iso_in_days (-9);
  g_autofree char *starts = g_strconcat (day, "T10:00:00", NULL);
  g_autofree char *ends = g_strconcat (day, "T13:00:00", NULL);
  g_autofree char *due = mv_date_format_user (notice, MV_DATE_STYLE_SHORT);
  g_autofree char *day_month = mv_date_format_user (notice, MV_DATE_STYLE_DAY_MONTH);
  g_autofree char *marked = g_strdup_printf (_("%s, not sent"), day_month);
  MvSectionPage *page;
  MvMeetingPage *meeting_page;
  MvAgendaView *agenda;
  GtkWidget *warnings;
  GtkListBox *list;
  const char *reason = NULL;
  GtkLabel *cell;
  GDate date;

  meeting = g_object_new (MV_TYPE_MEETING,
                          "council-id", mv_record_get_id (MV_RECORD (fixture->ts.council)),
                          "starts-at", starts, "ends-at", ends,
                          "notice-date", notice, "case-deadline", deadline, NULL);
  g_assert_true (mv_store_insert (fixture->ts.store, meeting, &error));
  g_assert_no_error (error);

  show_window (fixture, 1100, 720);
  page = mv_window_get_section_page (fixture->window, "year-plan");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-section", "s", "year-plan");
  mv_test_wait_mapped (page);
  /* Late in December the meeting is in next year's plan. */
  g_assert_true (mv_date_parse (day, &date));
  mv_year_plan_page_set_year (MV_YEAR_PLAN_PAGE (page), g_date_get_year (&date));

  /* The year plan's list: the notice date, and that it was not sent. */
  mv_test_wait_for ((cell = mv_test_find_label (GTK_WIDGET (page), marked)) != NULL &&
                    gtk_widget_get_mapped (GTK_WIDGET (cell)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "warning"));

  /* The meeting's page: the warning first, on screen at 1100 × 720. */
  mv_year_plan_page_show_meeting (MV_YEAR_PLAN_PAGE (page), meeting);
  meeting_page = MV_MEETING_PAGE (mv_year_plan_page_get_meeting_page (MV_YEAR_PLAN_PAGE (page)));
  agenda = mv_meeting_page_get_agenda_view (meeting_page);
  warnings = mv_agenda_view_get_warnings_group (agenda);
  list = mv_agenda_view_get_warnings_list (agenda);
  mv_test_wait_mapped (warnings);
  mv_test_wait_for (gtk_list_box_get_row_at_index (list, 0) != NULL);
  for (int i = 0; gtk_list_box_get_row_at_index (list, i) != NULL; i++)
    {
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (
                            gtk_list_box_get_row_at_index (list, i)));

      if (strstr (title, due) != NULL)
        reason = title;
    }
  g_assert_nonnull (reason);
  g_assert_null (strstr (reason, notice));

  g_assert_true (gtk_widget_is_ancestor (warnings, GTK_WIDGET (meeting_page)));
  g_assert_false (gtk_widget_is_ancestor (warnings, GTK_WIDGET (agenda)));
  mv_test_wait_for (y_in (warnings, GTK_WIDGET (meeting_page)) > 0 &&
                    y_in (GTK_WIDGET (mv_agenda_view_get_agenda_list (agenda)),
                          GTK_WIDGET (meeting_page)) > y_in (warnings, GTK_WIDGET (meeting_page)));
  g_assert_cmpfloat (y_in (warnings, GTK_WIDGET (meeting_page)) + gtk_widget_get_height (warnings),
                     <=, gtk_widget_get_height (GTK_WIDGET (meeting_page)));
}

static gboolean
page_drawn (MvDocumentPreview *preview)
{
  return mv_document_preview_get_page_texture (preview) != NULL &&
         gtk_widget_get_mapped (GTK_WIDGET (preview));
}

static MvDocumentPreview *
show_first_document (Fixture *fixture)
{
  MvSectionPage *page = mv_window_get_section_page (fixture->window, "documents");
  MvDocumentPreview *preview = mv_documents_page_get_preview (MV_DOCUMENTS_PAGE (page));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-section", "s", "documents");
  mv_test_wait_mapped (page);
  gtk_selection_model_select_item (
    gtk_column_view_get_model (mv_section_page_get_column_view (page)), 0, TRUE);
  mv_test_wait_for_within (page_drawn (preview), MV_TEST_WORKER_TIMEOUT_MS);
  return preview;
}

static char *
zoom_mode (MvDocumentPreview *preview)
{
  char *mode = NULL;

  g_object_get (preview, "zoom-mode", &mode, NULL);
  return mode;
}

/* A document opens fitted to the preview's width, readable at the default
 * size; the zoom the user then chooses is the one the next window opens
 * with. */
static void
test_preview_zoom (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *mode = NULL;
  MvDocumentPreview *preview;
  g_autoptr(GdkTexture) fitted = NULL;
  double zoom;

  g_settings_reset (settings, "preview-zoom-mode");
  g_settings_reset (settings, "preview-zoom");
  g_settings_reset (settings, "window-width");
  show_window (fixture, g_settings_get_int (settings, "window-width"), 720);
  preview = show_first_document (fixture);
  mode = zoom_mode (preview);
  g_assert_cmpstr (mode, ==, "fit-width");
  /* An A4 page at least 450 px wide, over half its size on paper, once
   * fitted to the room the preview has. */
  mv_test_wait_for_within (gdk_texture_get_width (mv_document_preview_get_page_texture (preview))
                           >= 450, MV_TEST_WORKER_TIMEOUT_MS);
  fitted = g_object_ref (mv_document_preview_get_page_texture (preview));

  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-in", NULL);
  mv_test_wait_for_within (mv_document_preview_get_page_texture (preview) != fitted,
                           MV_TEST_WORKER_TIMEOUT_MS);
  g_clear_pointer (&mode, g_free);
  mode = g_settings_get_string (settings, "preview-zoom-mode");
  g_assert_cmpstr (mode, ==, "custom");
  zoom = g_settings_get_double (settings, "preview-zoom");
  g_assert_cmpfloat (zoom, >, 0.5);

  /* Another window, another start: the same zoom. */
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  show_window (fixture, 1280, 720);
  preview = show_first_document (fixture);
  g_clear_pointer (&mode, g_free);
  mode = zoom_mode (preview);
  g_assert_cmpstr (mode, ==, "custom");
  g_assert_cmpint (gdk_texture_get_width (mv_document_preview_get_page_texture (preview)), >,
                   gdk_texture_get_width (fitted));

  /* Back to fitting the width, which is remembered too. */
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-mode", "s", "fit-width");
  g_clear_pointer (&mode, g_free);
  mode = g_settings_get_string (settings, "preview-zoom-mode");
  g_assert_cmpstr (mode, ==, "fit-width");
}

/* The first council of a new file, made while the window shows its
 * welcome: the sidebar's title is broken between words, as it is when
 * the file is opened again. */
static void
fixture_set_up_empty (Fixture       *fixture,
                      gconstpointer  data)
{
  mv_test_store_set_up (&fixture->ts, MV_TEST_STORE_EMPTY);
}

static void
test_new_council_title (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkLabel *council_title;
  PangoLayout *layout;
  const char *text;
  GSList *lines;

  show_window (fixture, 1280, 720);
  g_assert_nonnull (mv_council_create (fixture->ts.store, "Brukerutvalget NAV Larvik",
                                       "NAV Larvik", NULL, &error));
  g_assert_no_error (error);
  council_title = mv_window_get_council_title (fixture->window);
  mv_test_wait_for (g_strcmp0 (gtk_label_get_text (council_title),
                               "Brukerutvalget NAV Larvik") == 0 &&
                    label_shows_all (council_title));
  layout = gtk_label_get_layout (council_title);
  text = pango_layout_get_text (layout);
  lines = pango_layout_get_lines_readonly (layout);
  for (GSList *l = lines->next; l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;

      g_assert_cmpint (text[line->start_index - 1], ==, ' ');
    }
}

int
main (int   argc,
      char *argv[])
{
  mv_test_init_norwegian (&argc, &argv);

  g_test_add ("/layout/fold", Fixture, NULL, fixture_set_up, test_fold, fixture_tear_down);
  g_test_add ("/layout/default-size", Fixture, NULL, fixture_set_up, test_default_size,
              fixture_tear_down);
  g_test_add ("/layout/names-in-full", Fixture, NULL, fixture_set_up, test_names_in_full,
              fixture_tear_down);
  g_test_add ("/layout/notice-overdue", Fixture, NULL, fixture_set_up, test_notice_overdue,
              fixture_tear_down);
  g_test_add ("/layout/new-council-title", Fixture, NULL, fixture_set_up_empty,
              test_new_council_title, fixture_tear_down);
  g_test_add ("/layout/preview-zoom", Fixture, NULL, fixture_set_up, test_preview_zoom,
              fixture_tear_down);

  return g_test_run ();
}
