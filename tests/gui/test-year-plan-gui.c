/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mv-council-settings.h"
#include "mv-councils.h"
#include "mv-meeting-dialog.h"
#include "mv-meeting-page.h"
#include "mv-plan-year-dialog-private.h"
#include "mv-queries.h"
#include "mv-sample.h"
#include "mv-window-private.h"
#include "mv-year-plan-page.h"
#include "mv-year-plan.h"
#include "mv-test-gui.h"
#include "mv-test-store.h"
#include "mv-test-utils.h"

/* The year plan view as a secretary meets it: a year planned through the
 * dialog, the year selector, a cancelled meeting, and the council's
 * settings. Runs with a display (xvfb-run) and GTK_A11Y=test. */

typedef struct
{
  MvTestStore    ts;
  MvWindow  *window;
  MvYearPlanPage *page;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  mv_test_store_set_up (&fixture->ts, MV_TEST_STORE_COUNCIL);

  fixture->window = mv_window_new (NULL, fixture->ts.store);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 720);
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  mv_window_set_section (fixture->window, "year-plan");
  mv_test_wait_for (g_strcmp0 (mv_window_get_section (fixture->window), "year-plan") == 0);

  fixture->page = MV_YEAR_PLAN_PAGE (mv_window_get_section_page (fixture->window, "year-plan"));
  mv_year_plan_page_set_year (fixture->page, 2027);
  mv_test_run_pending ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  mv_test_run_pending ();
  mv_test_store_tear_down (&fixture->ts);
}

static guint
table_rows (Fixture *fixture)
{
  GtkColumnView *view = mv_section_page_get_column_view (MV_SECTION_PAGE (fixture->page));

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view)));
}

/* Sets the pattern as a user would: the widgets, not the plan. */
static void
set_pattern (MvPlanYearDialog *dialog,
             guint             week,
             guint             weekday)
{
  gtk_drop_down_set_selected (mv_plan_year_dialog_get_week_dropdown (dialog), week);
  gtk_drop_down_set_selected (mv_plan_year_dialog_get_weekday_dropdown (dialog), weekday);
  gtk_editable_set_text (mv_plan_year_dialog_get_start_row (dialog), "10:00");
  gtk_spin_button_set_value (mv_plan_year_dialog_get_length_spin (dialog), 180);
}

static void
test_plan_year (Fixture       *fixture,
                gconstpointer  data)
{
  static const char *expected[] = {
    "12.01.2027", "09.03.2027", "11.05.2027", "10.08.2027", "12.10.2027", "14.12.2027",
  };
  g_autoptr(GPtrArray) meetings = NULL;
  g_autofree char *description = NULL;
  MvPlanYearDialog *dialog;
  GtkListBox *preview;
  GtkWidget *row;
  MvMonthGrid *march;

  g_assert_cmpuint (table_rows (fixture), ==, 0);

  dialog = MV_PLAN_YEAR_DIALOG (mv_year_plan_page_plan_year (fixture->page));
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  mv_test_wait_for (gtk_spin_button_get_value_as_int (mv_plan_year_dialog_get_year_spin (dialog)) ==
                    2027);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (mv_plan_year_dialog_get_year_spin (dialog)),
                   ==, 2027);

  /* Six meetings on the second Tuesday, 10:00 for three hours. */
  gtk_spin_button_set_value (mv_plan_year_dialog_get_count_spin (dialog), 6);
  set_pattern (dialog, 1, 1);
  preview = mv_plan_year_dialog_get_preview (dialog);
  mv_test_wait_for (mv_test_count_rows (preview) == 6);
  g_assert_null (mv_plan_year_dialog_get_error (dialog));

  g_assert_cmpuint (mv_test_count_rows (preview), ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      const char *date;

      row = GTK_WIDGET (gtk_list_box_get_row_at_index (preview, i));
      date = gtk_editable_get_text (mv_plan_year_row_get_date (row));
      g_assert_cmpstr (date, ==, expected[i]);
      g_assert_false (g_str_has_suffix (date, ".07.2027"));
      g_assert_null (mv_plan_year_row_get_flag (row));
    }

  /* 10 August: its case deadline and notice date fall in the July holiday. */
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (preview, 3));
  g_assert_nonnull (mv_test_find_label (row, "Case deadline 20.07.2027: July holiday; "
                                             "Notice date 27.07.2027: July holiday"));
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Meeting on 10.08.2027, Tuesday 10:00–13:00. "
                                       "Case deadline 20.07.2027: July holiday; "
                                       "Notice date 27.07.2027: July holiday");
  /* A meeting whose dates are working days shows them as they are. */
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (preview, 1));
  g_assert_null (mv_test_find_label (row, "Case deadline 16.02.2027: July holiday"));
  g_assert_nonnull (mv_test_find_label (row, "Case deadline 16.02.2027 · notice 23.02.2027"));
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Meeting on 09.03.2027, Tuesday 10:00–13:00. "
                                       "Case deadline 16.02.2027 · notice 23.02.2027");

  /* The third Monday of May 2027 is 17 May: flagged with the holiday's name. */
  gtk_switch_set_active (mv_plan_year_dialog_get_months_switch (dialog), TRUE);
  gtk_toggle_button_set_active (mv_plan_year_dialog_get_month_button (dialog, G_DATE_MAY), TRUE);
  gtk_drop_down_set_selected (mv_plan_year_dialog_get_week_dropdown (dialog), 2);
  gtk_drop_down_set_selected (mv_plan_year_dialog_get_weekday_dropdown (dialog), 0);
  mv_test_wait_for (mv_test_count_rows (preview) == 1);
  g_assert_cmpuint (mv_test_count_rows (preview), ==, 1);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (preview, 0));
  g_assert_cmpstr (gtk_editable_get_text (mv_plan_year_row_get_date (row)), ==, "17.05.2027");
  g_assert_nonnull (mv_plan_year_row_get_flag (row));
  description = g_strdup_printf ("Meeting on 17.05.2027, Monday 10:00–13:00: %s. "
                                 "Case deadline 26.04.2027 · notice 03.05.2027",
                                 mv_plan_year_row_get_flag (row));
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, description);

  /* A date typed anew moves the meeting, and the flag goes. */
  gtk_editable_set_text (mv_plan_year_row_get_date (row), "18.05.2027");
  g_assert_null (mv_plan_year_row_get_flag (row));

  /* Back to six on the second Tuesday, with a theme typed into the preview. */
  gtk_switch_set_active (mv_plan_year_dialog_get_months_switch (dialog), FALSE);
  set_pattern (dialog, 1, 1);
  mv_test_wait_for (mv_test_count_rows (preview) == 6);
  g_assert_cmpuint (mv_test_count_rows (preview), ==, 6);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (preview, 1));
  gtk_editable_set_text (mv_plan_year_row_get_theme (row), "Arbeid og helse");

  /* Nothing is stored before Create. */
  meetings = mv_store_list_meetings (fixture->ts.store, fixture->ts.council, 2027);
  g_assert_cmpuint (meetings->len, ==, 0);
  g_clear_pointer (&meetings, g_ptr_array_unref);

  /* As Enter on the button does: "clicked" comes a moment later. */
  gtk_widget_activate (mv_plan_year_dialog_get_create_button (dialog));
  mv_test_wait_finalized (&dialog);
  g_assert_null (dialog);
  mv_test_wait_for (table_rows (fixture) == 6 &&
                    mv_test_find_label (GTK_WIDGET (fixture->page), "Arbeid og helse") != NULL);

  meetings = mv_store_list_meetings (fixture->ts.store, fixture->ts.council, 2027);
  g_assert_cmpuint (meetings->len, ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      MvMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autofree char *starts_at = g_strdup_printf ("%.4s-%.2s-%.2sT10:00", expected[i] + 6,
                                                    expected[i] + 3, expected[i]);

      g_assert_cmpstr (mv_meeting_get_starts_at (meeting), ==, starts_at);
      g_assert_cmpstr (mv_meeting_get_ends_at (meeting) + 11, ==, "13:00");
    }
  g_assert_cmpstr (mv_meeting_get_theme (g_ptr_array_index (meetings, 1)), ==, "Arbeid og helse");

  /* The table and the month grids show them. */
  g_assert_cmpuint (table_rows (fixture), ==, 6);
  g_assert_nonnull (mv_test_find_label (GTK_WIDGET (fixture->page), "Arbeid og helse"));
  march = mv_year_plan_page_get_month_grid (fixture->page, G_DATE_MARCH);
  mv_test_wait_for (mv_month_grid_get_marks (march, 9) & MV_DAY_MEETING);
  g_assert_true (mv_month_grid_get_marks (march, 9) & MV_DAY_MEETING);
  g_assert_false (mv_month_grid_get_marks (march, 10) & MV_DAY_MEETING);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (mv_month_grid_get_day (march, 9)),
                                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  /* Public holidays and ISO week numbers, as a Norwegian calendar has them:
   * 1 January 2027 is a Friday of week 53. */
  g_assert_true (mv_month_grid_get_marks (mv_year_plan_page_get_month_grid (fixture->page,
                                                                            G_DATE_MAY),
                                          17) & MV_DAY_HOLIDAY);
  g_assert_false (mv_month_grid_get_marks (mv_year_plan_page_get_month_grid (fixture->page,
                                                                             G_DATE_MAY),
                                           18) & MV_DAY_HOLIDAY);
  g_assert_cmpint (mv_month_grid_get_week (march, 9), ==, 10);
  g_assert_cmpint (mv_month_grid_get_week (mv_year_plan_page_get_month_grid (fixture->page,
                                                                             G_DATE_JANUARY),
                                           1), ==, 53);
  g_assert_cmpint (mv_month_grid_get_week (mv_year_plan_page_get_month_grid (fixture->page,
                                                                             G_DATE_JANUARY),
                                           4), ==, 1);
  /* The case deadline of 9 March, 21 days before: 16 February. */
  g_assert_true (mv_month_grid_get_marks (mv_year_plan_page_get_month_grid (fixture->page,
                                                                            G_DATE_FEBRUARY),
                                          16) & MV_DAY_DEADLINE);

  /* The same plan again is refused at the dialog, which stays open. */
  dialog = MV_PLAN_YEAR_DIALOG (mv_year_plan_page_plan_year (fixture->page));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (mv_plan_year_dialog_get_year_spin (dialog)),
                   ==, 2028);
  gtk_spin_button_set_value (mv_plan_year_dialog_get_year_spin (dialog), 2027);
  mv_test_run_pending ();
  g_assert_false (mv_plan_year_dialog_create (dialog));
  g_assert_nonnull (dialog);
  g_assert_nonnull (mv_plan_year_dialog_get_error (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
  mv_test_wait_finalized (&dialog);
  g_clear_pointer (&meetings, g_ptr_array_unref);
  meetings = mv_store_list_meetings (fixture->ts.store, fixture->ts.council, 2027);
  g_assert_cmpuint (meetings->len, ==, 6);

  /* A click on a meeting's day opens the meeting. */
  g_signal_emit_by_name (march, "day-activated", 9);
  mv_test_wait_for (mv_meeting_page_get_meeting (MV_MEETING_PAGE (mv_year_plan_page_get_meeting_page (fixture->page))) != NULL);
  g_assert_cmpstr (mv_meeting_get_starts_at (mv_meeting_page_get_meeting (
                     MV_MEETING_PAGE (mv_year_plan_page_get_meeting_page (fixture->page)))),
                   ==, "2027-03-09T10:00");
  mv_year_plan_page_show_list (fixture->page);
  mv_test_run_pending ();

  /* The year selector changes the rows. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "year-plan.next-year", NULL);
  mv_test_wait_for (mv_year_plan_page_get_year (fixture->page) == 2028 && table_rows (fixture) == 0 &&
                    !(mv_month_grid_get_marks (march, 9) & MV_DAY_MEETING));
  g_assert_cmpint (mv_year_plan_page_get_year (fixture->page), ==, 2028);
  g_assert_cmpuint (table_rows (fixture), ==, 0);
  g_assert_false (mv_month_grid_get_marks (march, 9) & MV_DAY_MEETING);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "year-plan.previous-year", NULL);
  mv_test_wait_for (mv_year_plan_page_get_year (fixture->page) == 2027 && table_rows (fixture) == 6);
  g_assert_cmpint (mv_year_plan_page_get_year (fixture->page), ==, 2027);
  g_assert_cmpuint (table_rows (fixture), ==, 6);

  /* A plan made by mistake: Ctrl+Z takes the six meetings away, their
   * fixed items with them. */
  {
    g_autoptr(sqlite3) db = NULL;

    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
    mv_test_wait_for (table_rows (fixture) == 0);
    g_clear_pointer (&meetings, g_ptr_array_unref);
    meetings = mv_store_list_meetings (fixture->ts.store, fixture->ts.council, 2027);
    g_assert_cmpuint (meetings->len, ==, 0);
    db = mv_test_db_open (fixture->ts.path);
    g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM meetings WHERE deleted_at IS NULL "
                                         "AND starts_at LIKE '2027-%'", NULL), ==, 0);
    g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM agenda_items i JOIN meetings m "
                                         "ON m.id = i.meeting_id WHERE i.deleted_at IS NULL "
                                         "AND m.starts_at LIKE '2027-%'", NULL), ==, 0);
  }
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvMeeting) meeting = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  MvMeetingPage *meeting_page;
  GtkWidget *question;
  GtkWidget *table;
  GtkWidget *undo;
  GDate date;
  GtkLabel *label;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 9, G_DATE_MARCH, 2027);
  meeting = mv_meeting_create (fixture->ts.store, fixture->ts.council, &date, NULL, 0, NULL, "Budsjett",
                               &error);
  g_assert_no_error (error);
  g_object_ref (meeting);
  g_date_set_dmy (&date, 11, G_DATE_MAY, 2027);
  mv_meeting_create (fixture->ts.store, fixture->ts.council, &date, NULL, 0, NULL, "Ungdom", &error);
  g_assert_no_error (error);
  mv_test_wait_for (table_rows (fixture) == 2);
  g_assert_cmpuint (table_rows (fixture), ==, 2);

  /* The meeting page, then Cancel Meeting… and its question. */
  mv_year_plan_page_show_meeting (fixture->page, meeting);
  meeting_page = MV_MEETING_PAGE (mv_year_plan_page_get_meeting_page (fixture->page));
  mv_test_wait_for (gtk_widget_get_mapped (GTK_WIDGET (meeting_page)) &&
                    mv_test_find_label (GTK_WIDGET (meeting_page), "Budsjett") != NULL);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (meeting_page)));
  g_assert_nonnull (mv_test_find_label (GTK_WIDGET (meeting_page), "Budsjett"));

  question = mv_meeting_page_cancel_meeting (meeting_page);
  g_assert_nonnull (question);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "cancel-meeting");
  mv_test_wait_for (mv_meeting_get_status (meeting) == MV_MEETING_STATUS_CANCELLED);
  g_assert_cmpint (mv_meeting_get_status (meeting), ==, MV_MEETING_STATUS_CANCELLED);

  /* Back in the list: the row is struck through, the other one is not. */
  gtk_widget_activate_action (GTK_WIDGET (meeting_page), "meeting.back", NULL);
  mv_test_wait_unmapped (meeting_page);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (meeting_page)));
  g_assert_cmpuint (table_rows (fixture), ==, 2);
  table = GTK_WIDGET (mv_section_page_get_column_view (MV_SECTION_PAGE (fixture->page)));
  mv_test_wait_for (mv_test_find_label (table, "Budsjett") != NULL &&
                    gtk_widget_has_css_class (GTK_WIDGET (mv_test_find_label (table, "Budsjett")),
                                              "mv-cancelled") &&
                    mv_test_find_label (table, "Ungdom") != NULL);
  label = mv_test_find_label (table, "Budsjett");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (label), "mv-cancelled"));
  label = mv_test_find_label (table, "Ungdom");
  g_assert_nonnull (label);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (label), "mv-cancelled"));
  g_assert_true (mv_month_grid_get_marks (mv_year_plan_page_get_month_grid (fixture->page,
                                                                            G_DATE_MARCH),
                                          9) & MV_DAY_CANCELLED);
  meetings = mv_store_list_meetings (fixture->ts.store, fixture->ts.council, 2027);
  g_assert_cmpuint (meetings->len, ==, 2);

  /* The toast's Undo: planned again, no longer struck through. */
  undo = mv_test_find_button (GTK_WIDGET (fixture->window), "_Undo");
  g_assert_nonnull (undo);
  mv_test_activate_button (undo);
  mv_test_wait_for (mv_meeting_get_status (meeting) == MV_MEETING_STATUS_PLANNED &&
                    mv_test_find_label (table, "Budsjett") != NULL &&
                    !gtk_widget_has_css_class (GTK_WIDGET (mv_test_find_label (table, "Budsjett")),
                                               "mv-cancelled"));
  g_assert_cmpint (mv_meeting_get_status (meeting), ==, MV_MEETING_STATUS_PLANNED);
  label = mv_test_find_label (table, "Budsjett");
  g_assert_nonnull (label);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (label), "mv-cancelled"));
}

static void
test_settings (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) meetings = NULL;
  MvCouncilSettings *settings;
  MvMeetingDialog *dialog;
  MvMeeting *meeting;

  g_assert_cmpint (mv_council_get_deadline_days (fixture->ts.council), ==, 21);

  /* Ctrl+comma's action opens the settings; they are saved as edited. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.council-settings", NULL);
  mv_test_wait_toplevel (MV_TYPE_COUNCIL_SETTINGS);
  settings = NULL;
  {
    GListModel *toplevels = gtk_window_get_toplevels ();

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

        if (MV_IS_COUNCIL_SETTINGS (window))
          settings = MV_COUNCIL_SETTINGS (window);
      }
  }
  g_assert_nonnull (settings);
  gtk_spin_button_set_value (mv_council_settings_get_deadline_spin (settings), 10);
  mv_test_wait_for (mv_council_get_deadline_days (fixture->ts.council) == 10);
  g_assert_cmpint (mv_council_get_deadline_days (fixture->ts.council), ==, 10);

  /* A start time that is no time is marked when the field is left, and
   * not saved. */
  gtk_widget_grab_focus (GTK_WIDGET (mv_council_settings_get_start_row (settings)));
  gtk_editable_set_text (mv_council_settings_get_start_row (settings), "25:99");
  gtk_widget_grab_focus (GTK_WIDGET (mv_council_settings_get_deadline_spin (settings)));
  mv_test_wait_for (gtk_widget_has_css_class (GTK_WIDGET (mv_council_settings_get_start_row (settings)),
                                              "error"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (mv_council_settings_get_start_row (settings)),
                                           "error"));
  g_assert_cmpstr (mv_council_get_start_time (fixture->ts.council), ==, "10:00");
  gtk_editable_set_text (mv_council_settings_get_start_row (settings), "09:30");
  mv_test_wait_for (g_strcmp0 (mv_council_get_start_time (fixture->ts.council), "09:30") == 0);
  g_assert_cmpstr (mv_council_get_start_time (fixture->ts.council), ==, "09:30");

  /* The secretariat the notice names: a bad address is marked when the
   * field is left, with the reason under the group, and not saved. */
  {
    AdwEntryRow *name = mv_council_settings_get_secretariat_row (settings, "name");
    AdwEntryRow *email = mv_council_settings_get_secretariat_row (settings, "email");
    AdwEntryRow *phone = mv_council_settings_get_secretariat_row (settings, "phone");
    GtkLabel *reason = mv_council_settings_get_secretariat_error (settings);

    gtk_editable_set_text (GTK_EDITABLE (name), "Siri Sekretær");
    mv_test_wait_for (g_strcmp0 (mv_council_get_secretariat_name (fixture->ts.council),
                                 "Siri Sekretær") == 0);
    gtk_widget_grab_focus (GTK_WIDGET (email));
    gtk_editable_set_text (GTK_EDITABLE (email), "siri.nav.no");
    gtk_widget_grab_focus (GTK_WIDGET (phone));
    mv_test_wait_for (gtk_widget_has_css_class (GTK_WIDGET (email), "error"));
    g_assert_cmpstr (gtk_label_get_text (reason), ==, "“siri.nav.no” is not an e-mail address");
    g_assert_true (gtk_widget_is_visible (GTK_WIDGET (reason)));
    g_assert_cmpstr (mv_council_get_secretariat_email (fixture->ts.council), !=, "siri.nav.no");
    gtk_editable_set_text (GTK_EDITABLE (email), "siri@nav.no");
    mv_test_wait_for (g_strcmp0 (mv_council_get_secretariat_email (fixture->ts.council),
                                 "siri@nav.no") == 0);
    g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (email), "error"));
    g_assert_false (gtk_widget_is_visible (GTK_WIDGET (reason)));
    gtk_editable_set_text (GTK_EDITABLE (phone), "55 55 55 55");
    mv_test_wait_for (g_strcmp0 (mv_council_get_secretariat_phone (fixture->ts.council),
                                 "55 55 55 55") == 0);
  }
  gtk_window_destroy (GTK_WINDOW (settings));
  mv_test_wait_no_toplevel (MV_TYPE_COUNCIL_SETTINGS);

  /* A new meeting through the form gets the new deadline. */
  gtk_widget_activate_action (GTK_WIDGET (mv_window_get_section_page (fixture->window,
                                                                      "year-plan")),
                              "year-plan.add-meeting", NULL);
  mv_test_wait_toplevel (MV_TYPE_MEETING_DIALOG);
  dialog = NULL;
  {
    GListModel *toplevels = gtk_window_get_toplevels ();

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

        if (MV_IS_MEETING_DIALOG (window))
          dialog = MV_MEETING_DIALOG (window);
      }
  }
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  /* Passing through the date marks nothing; a date typed wrong is marked
   * when the focus leaves it for the start time, which keeps the focus. */
  gtk_widget_grab_focus (mv_meeting_dialog_get_field (dialog, "start"));
  mv_test_run_pending ();
  g_assert_null (mv_meeting_dialog_get_error (dialog));
  gtk_widget_grab_focus (mv_meeting_dialog_get_field (dialog, "date"));
  mv_meeting_dialog_set_date (dialog, "31.02.2027");
  gtk_widget_grab_focus (mv_meeting_dialog_get_field (dialog, "start"));
  mv_test_wait_for (mv_meeting_dialog_get_error (dialog) != NULL);
  g_assert_true (gtk_widget_has_css_class (mv_meeting_dialog_get_field (dialog, "date"), "error"));
  g_assert_false (gtk_widget_has_css_class (mv_meeting_dialog_get_field (dialog, "start"),
                                            "error"));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (dialog)),
                                         mv_meeting_dialog_get_field (dialog, "start")));
  g_assert_false (mv_meeting_dialog_save (dialog));
  g_assert_nonnull (mv_meeting_dialog_get_error (dialog));

  mv_meeting_dialog_set_date (dialog, "02.02.2027");
  mv_meeting_dialog_set_theme (dialog, "Ny frist");
  g_assert_true (mv_meeting_dialog_save (dialog));
  mv_test_wait_finalized (&dialog);
  g_assert_null (dialog);

  meetings = mv_store_list_meetings (fixture->ts.store, fixture->ts.council, 2027);
  g_assert_cmpuint (meetings->len, ==, 1);
  meeting = g_ptr_array_index (meetings, 0);
  g_assert_cmpstr (mv_meeting_get_starts_at (meeting), ==, "2027-02-02T09:30");
  g_assert_cmpstr (mv_meeting_get_case_deadline (meeting), ==, "2027-01-23");
  g_assert_cmpuint (table_rows (fixture), ==, 1);
}

static void
test_status_and_export (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvMeeting) meeting = NULL;
  g_autofree char *ics = g_build_filename (fixture->ts.dir, "Year Plan 2027.ics", NULL);
  g_autofree char *pdf = g_build_filename (fixture->ts.dir, "Year Plan 2027.pdf", NULL);
  g_autofree char *text = NULL;
  MvMeetingPage *meeting_page;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 9, G_DATE_MARCH, 2027);
  meeting = g_object_ref (mv_meeting_create (fixture->ts.store, fixture->ts.council, &date, NULL, 0,
                                             NULL, "Budsjett", &error));
  g_assert_no_error (error);
  mv_test_wait_for (table_rows (fixture) == 1);

  /* The meeting page's status steps, in their order. */
  mv_year_plan_page_show_meeting (fixture->page, meeting);
  meeting_page = MV_MEETING_PAGE (mv_year_plan_page_get_meeting_page (fixture->page));
  mv_test_wait_for (mv_meeting_page_get_meeting (meeting_page) == meeting);
  gtk_widget_activate_action (GTK_WIDGET (meeting_page), "meeting.set-status", "s", "nonsense");
  g_assert_cmpint (mv_meeting_get_status (meeting), ==, MV_MEETING_STATUS_PLANNED);
  /* A notice without a place is asked about in a dialog that names it;
   * Cancel leaves the meeting planned, "Send anyway" sends. */
  gtk_widget_activate_action (GTK_WIDGET (meeting_page), "meeting.set-status", "s", "notice-sent");
  mv_test_wait_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  {
    AdwMessageDialog *gaps = ADW_MESSAGE_DIALOG (mv_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

    g_assert_nonnull (strstr (adw_message_dialog_get_body (gaps), "The meeting has no place"));
    g_assert_true (adw_message_dialog_has_response (gaps, "anyway"));
    g_assert_cmpstr (adw_message_dialog_get_response_label (gaps, "anyway"), ==, "_Send Anyway");
    g_assert_cmpstr (adw_message_dialog_get_default_response (gaps), ==, "cancel");
    adw_message_dialog_response (gaps, "cancel");
    gtk_window_destroy (GTK_WINDOW (gaps));
    mv_test_run_pending ();
    g_assert_cmpint (mv_meeting_get_status (meeting), ==, MV_MEETING_STATUS_PLANNED);
  }
  gtk_widget_activate_action (GTK_WIDGET (meeting_page), "meeting.set-status", "s", "notice-sent");
  mv_test_wait_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  {
    GtkWindow *gaps = mv_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

    adw_message_dialog_response (ADW_MESSAGE_DIALOG (gaps), "anyway");
    gtk_window_destroy (gaps);
  }
  mv_test_wait_for (mv_meeting_get_status (meeting) == MV_MEETING_STATUS_NOTICE_SENT);
  g_assert_cmpint (mv_meeting_get_status (meeting), ==, MV_MEETING_STATUS_NOTICE_SENT);
  gtk_widget_activate_action (GTK_WIDGET (meeting_page), "meeting.set-status", "s", "held");
  mv_test_wait_for (mv_meeting_get_status (meeting) == MV_MEETING_STATUS_HELD);
  g_assert_cmpint (mv_meeting_get_status (meeting), ==, MV_MEETING_STATUS_HELD);
  /* A meeting held cannot be cancelled. */
  gtk_widget_activate_action (GTK_WIDGET (meeting_page), "meeting.cancel", NULL);
  mv_test_run_pending ();
  {
    GListModel *toplevels = gtk_window_get_toplevels ();

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

        g_assert_false (ADW_IS_MESSAGE_DIALOG (window));
      }
  }
  gtk_widget_activate_action (GTK_WIDGET (meeting_page), "meeting.set-status", "s",
                              "minutes-approved");
  mv_test_wait_for (mv_meeting_get_status (meeting) == MV_MEETING_STATUS_MINUTES_APPROVED);
  g_assert_cmpint (mv_meeting_get_status (meeting), ==, MV_MEETING_STATUS_MINUTES_APPROVED);
  mv_year_plan_page_show_list (fixture->page);
  mv_test_run_pending ();

  /* Export by the name's extension. */
  g_assert_true (mv_year_plan_page_export_to (fixture->page, ics, &error));
  g_assert_no_error (error);
  g_file_get_contents (ics, &text, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "BEGIN:VEVENT"));
  g_assert_nonnull (strstr (text, "20270309"));
  g_assert_true (mv_year_plan_page_export_to (fixture->page, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_assert_false (mv_year_plan_page_export_to (fixture->page, "/nonexistent/plan.txt", &error));
  g_assert_nonnull (error);
}

/* Ctrl+E on a year without meetings says so, rather than asking where to
 * save an empty plan. */
static void
test_export_empty (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwMessageDialog *dialog;

  mv_year_plan_page_export (fixture->page);
  dialog = ADW_MESSAGE_DIALOG (mv_test_wait_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Nothing to Export");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "2027 has no meetings yet, so the year plan would be empty. Plan the year or "
                   "add a meeting first.");
  g_assert_null (mv_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/year-plan-gui/plan-year", Fixture, NULL, fixture_set_up, test_plan_year,
              fixture_tear_down);
  g_test_add ("/year-plan-gui/cancel", Fixture, NULL, fixture_set_up, test_cancel,
              fixture_tear_down);
  g_test_add ("/year-plan-gui/settings", Fixture, NULL, fixture_set_up, test_settings,
              fixture_tear_down);
  g_test_add ("/year-plan-gui/export-empty", Fixture, NULL, fixture_set_up, test_export_empty,
              fixture_tear_down);
  g_test_add ("/year-plan-gui/status-and-export", Fixture, NULL, fixture_set_up,
              test_status_and_export, fixture_tear_down);

  return g_test_run ();
}
