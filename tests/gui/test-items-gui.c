/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "mv-agenda-view.h"
#include "mv-agenda.h"
#include "mv-councils.h"
#include "mv-export-dialog.h"
#include "mv-item-editor.h"
#include "mv-items-page.h"
#include "mv-meeting-page.h"
#include "mv-organisation.h"
#include "mv-queries.h"
#include "mv-sample.h"
#include "mv-test-gui.h"
#include "mv-test-store.h"
#include "mv-test-utils.h"
#include "mv-window-private.h"
#include "mv-year-plan-page.h"
#include "mv-year-plan.h"

/* Agenda items as the secretariat meets them: the agenda
 * builder on the meeting page – moving with Alt+↑/↓, adding from the
 * backlog, Undo – and the items view with its editor. Runs with a display
 * (xvfb-run) and GTK_A11Y=test. */

typedef struct
{
  MvTestStore    ts;
  MvMeeting    *meeting;
  MvAgendaItem *youth;    /* 30 min, presented by "Leder" */
  MvAgendaItem *budget;   /* 20 min, no presenter */
  MvWindow     *window;
} Fixture;

static MvAgendaItem *
add_item (Fixture    *fixture,
          MvMeeting  *meeting,
          const char *title,
          int         minutes,
          const char *presenter)
{
  g_autoptr(GError) error = NULL;
  MvAgendaItem *item;

  item = mv_agenda_add_item (fixture->ts.store, fixture->ts.council, meeting, title,
                             MV_ITEM_KIND_DISCUSSION, minutes, presenter, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (item);
  return item;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  mv_test_store_set_up (&fixture->ts, MV_TEST_STORE_COUNCIL);

  /* A meeting far ahead, so that no notice is late. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 9, G_DATE_MARCH, 2027);
  fixture->meeting = mv_meeting_create (fixture->ts.store, fixture->ts.council, &date, "10:00", 180,
                                        NULL, "Budsjett", &error);
  g_assert_no_error (error);
  g_object_ref (fixture->meeting);
  fixture->youth = add_item (fixture, fixture->meeting, "Ungdomsgaranti", 30, "Leder");
  fixture->budget = add_item (fixture, fixture->meeting, "Budsjett 2027", 20, NULL);

  fixture->window = mv_window_new (NULL, fixture->ts.store);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 720);
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  mv_test_run_pending ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  mv_test_run_pending ();
  g_clear_object (&fixture->meeting);
  mv_test_store_tear_down (&fixture->ts);
}

static MvAgendaView *
show_agenda (Fixture *fixture)
{
  MvYearPlanPage *year_plan =
    MV_YEAR_PLAN_PAGE (mv_window_get_section_page (fixture->window, "year-plan"));
  MvMeetingPage *meeting_page = MV_MEETING_PAGE (mv_year_plan_page_get_meeting_page (year_plan));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-meeting", "s",
                              mv_record_get_id (MV_RECORD (fixture->meeting)));
  mv_test_wait_for (g_strcmp0 (mv_window_get_section (fixture->window), "year-plan") == 0 &&
                    gtk_widget_get_mapped (GTK_WIDGET (meeting_page)) &&
                    mv_meeting_page_get_meeting (meeting_page) == fixture->meeting);
  g_assert_cmpstr (mv_window_get_section (fixture->window), ==, "year-plan");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (meeting_page)));
  g_assert_true (mv_meeting_page_get_meeting (meeting_page) == fixture->meeting);
  return mv_meeting_page_get_agenda_view (meeting_page);
}

static gboolean
is_clock (const char *text)
{
  return strlen (text) == 5 && g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) &&
         text[2] == ':' && g_ascii_isdigit (text[3]) && g_ascii_isdigit (text[4]);
}

/* The "HH:MM" a row shows. */
static const char *
shown_start (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && is_clock (gtk_label_get_text (GTK_LABEL (widget))))
    return gtk_label_get_text (GTK_LABEL (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *start = shown_start (child);

      if (start != NULL)
        return start;
    }
  return NULL;
}

/* "start title" of each row, "|"-separated, as the agenda shows them. */
static char *
shown_agenda (GtkListBox *list)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    g_string_append_printf (text, "%s%s %s", i ? "|" : "", shown_start (GTK_WIDGET (row)),
                            adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define assert_agenda(list, expected) \
  G_STMT_START { \
    g_autofree char *mv_shown_ = shown_agenda (list); \
    g_assert_cmpstr (mv_shown_, ==, (expected)); \
  } G_STMT_END

typedef struct
{
  GtkListBox *list;
  const char *expected;
} AgendaWait;

static gboolean
agenda_shows (gpointer user_data)
{
  AgendaWait *wait = user_data;
  g_autofree char *shown = shown_agenda (wait->list);

  return g_str_equal (shown, wait->expected);
}

/* Waits up to five seconds for the agenda to show @expected, then asserts
 * that it does (so that a failure shows what it showed instead). */
static void
wait_for_agenda (GtkListBox *list,
                 const char *expected)
{
  AgendaWait wait = { list, expected };

  mv_test_wait_until (agenda_shows, &wait, MV_TEST_TIMEOUT_MS);
  assert_agenda (list, expected);
}

static GtkListBoxRow *
row_titled (GtkListBox *list,
            const char *suffix)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (g_str_has_suffix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), suffix))
      return row;
  g_assert_not_reached ();
}

/* Presses the keys on @widget as its key bindings would, e.g. "<Alt>Up":
 * the first binding of the keys whose action is enabled acts. */
static void
press (GtkWidget  *widget,
       const char *keys)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);
          g_autofree char *trigger =
            gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_strcmp0 (trigger, keys) == 0 &&
              gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                            GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                            gtk_shortcut_get_arguments (shortcut)))
            {
              mv_test_run_pending ();
              return;
            }
        }
    }
  g_assert_not_reached ();
}

#define NOTICE "Godkjenning av innkalling og saksliste"
#define MINUTES "Godkjenning av referat fra forrige møte"
#define REPORTS "Orienteringer fra brukerorganisasjonene"
#define AOB "Eventuelt"

static void
test_keyboard_move (Fixture       *fixture,
                    gconstpointer  data)
{
  MvAgendaView *view = show_agenda (fixture);
  GtkListBox *list = mv_agenda_view_get_agenda_list (view);

  assert_agenda (list, "10:00 Item 01/27  " NOTICE "|10:05 Item 02/27  " MINUTES "|"
                       "10:10 Item 03/27  " REPORTS "|10:30 Item 04/27  Ungdomsgaranti|"
                       "11:00 Item 05/27  Budsjett 2027|11:20 Item 06/27  " AOB);
  /* A click chooses a row, so that Alt+↑/↓ can start from the mouse; a
   * double click or Enter opens the item. */
  g_assert_false (gtk_list_box_get_activate_on_single_click (list));
  g_assert_cmpint (gtk_list_box_get_selection_mode (list), ==, GTK_SELECTION_SINGLE);
  gtk_list_box_select_row (list, row_titled (list, "Budsjett 2027"));
  mv_test_run_pending ();
  g_assert_cmpstr (mv_window_get_section (fixture->window), !=, "items");
  g_assert_cmpstr (gtk_label_get_text (mv_agenda_view_get_total_label (view)), ==,
                   "90 of 180 min");

  /* Alt+↑ on "Budsjett 2027" puts it before "Ungdomsgaranti": the numbers
   * and start times follow the new order, and the row keeps the focus. */
  gtk_widget_grab_focus (GTK_WIDGET (row_titled (list, "Budsjett 2027")));
  gtk_window_set_focus_visible (GTK_WINDOW (fixture->window), FALSE);
  press (GTK_WIDGET (view), "<Alt>Up");
  assert_agenda (list, "10:00 Item 01/27  " NOTICE "|10:05 Item 02/27  " MINUTES "|"
                       "10:10 Item 03/27  " REPORTS "|10:30 Item 04/27  Budsjett 2027|"
                       "10:50 Item 05/27  Ungdomsgaranti|11:20 Item 06/27  " AOB);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (row_titled (list, "Budsjett 2027"))));
  g_assert_cmpint (mv_agenda_item_get_position (fixture->budget), ==, 3);
  /* With its focus ring, and chosen, so that it is seen where it went. */
  g_assert_true (gtk_window_get_focus_visible (GTK_WINDOW (fixture->window)));
  g_assert_true (gtk_list_box_get_selected_row (list) == row_titled (list, "Budsjett 2027"));

  /* Undo (Ctrl+Z) restores numbers and times, the ring on the row. */
  gtk_window_set_focus_visible (GTK_WINDOW (fixture->window), FALSE);
  press (GTK_WIDGET (fixture->window), "<Control>z");
  assert_agenda (list, "10:00 Item 01/27  " NOTICE "|10:05 Item 02/27  " MINUTES "|"
                       "10:10 Item 03/27  " REPORTS "|10:30 Item 04/27  Ungdomsgaranti|"
                       "11:00 Item 05/27  Budsjett 2027|11:20 Item 06/27  " AOB);
  g_assert_cmpint (mv_agenda_item_get_position (fixture->budget), ==, 4);
  g_assert_true (gtk_window_get_focus_visible (GTK_WINDOW (fixture->window)));

  /* Alt+↓ on the approval of the minutes; "any other business" stays last. */
  gtk_widget_grab_focus (GTK_WIDGET (row_titled (list, MINUTES)));
  press (GTK_WIDGET (view), "<Alt>Down");
  assert_agenda (list, "10:00 Item 01/27  " NOTICE "|10:05 Item 02/27  " REPORTS "|"
                       "10:25 Item 03/27  " MINUTES "|10:30 Item 04/27  Ungdomsgaranti|"
                       "11:00 Item 05/27  Budsjett 2027|11:20 Item 06/27  " AOB);
  gtk_widget_grab_focus (GTK_WIDGET (row_titled (list, "Budsjett 2027")));
  press (GTK_WIDGET (view), "<Alt>Down");
  g_assert_cmpint (mv_agenda_item_get_position (fixture->budget), ==, 4);
  press (GTK_WIDGET (fixture->window), "<Control>z");
  assert_agenda (list, "10:00 Item 01/27  " NOTICE "|10:05 Item 02/27  " MINUTES "|"
                       "10:10 Item 03/27  " REPORTS "|10:30 Item 04/27  Ungdomsgaranti|"
                       "11:00 Item 05/27  Budsjett 2027|11:20 Item 06/27  " AOB);
}

static gboolean
is_action_button (GtkWidget     *widget,
                  gconstpointer  action)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/* On a meeting's page, New Item (and Ctrl+N there) adds an item to this
 * meeting's agenda and opens it with the cursor in its title; Ctrl+N on
 * the year plan's list stays New Meeting. Ctrl+E there exports. */
static void
test_new_item_on_meeting (Fixture       *fixture,
                          gconstpointer  data)
{
  MvAgendaView *view = show_agenda (fixture);
  MvItemsPage *items = MV_ITEMS_PAGE (mv_window_get_section_page (fixture->window, "items"));
  MvItemEditor *editor = mv_items_page_get_editor (items);
  GtkWidget *year_plan = GTK_WIDGET (mv_window_get_section_page (fixture->window, "year-plan"));
  GtkWidget *button = mv_test_find_widget (GTK_WIDGET (view), is_action_button, "agenda.add-item");
  g_autoptr(GPtrArray) agenda = NULL;
  MvAgendaItem *added;

  /* The button says what it does, to the eye and to a screen reader. */
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Add a new item to this agenda (Ctrl+N)");
  /* Ctrl+E exports the meeting's papers wherever the focus is in the
   * section, as Ctrl+N makes its item. */
  {
    GtkWindow *export;

    gtk_widget_grab_focus (GTK_WIDGET (mv_agenda_view_get_agenda_list (view)));
    press (year_plan, "<Control>e");
    mv_test_wait_toplevel (MV_TYPE_EXPORT_DIALOG);
    export = mv_test_find_toplevel (MV_TYPE_EXPORT_DIALOG);
    g_assert_true (mv_export_dialog_get_kind (MV_EXPORT_DIALOG (export)) ==
                   MV_MEETING_EXPORT_NOTICE);
    gtk_window_destroy (export);
    mv_test_wait_no_toplevel (MV_TYPE_EXPORT_DIALOG);
  }

  gtk_widget_grab_focus (GTK_WIDGET (mv_agenda_view_get_agenda_list (view)));
  press (year_plan, "<Control>n");
  mv_test_wait_for (g_strcmp0 (mv_window_get_section (fixture->window), "items") == 0 &&
                    mv_item_editor_get_item (editor) != NULL &&
                    mv_item_editor_get_item (editor) != fixture->youth &&
                    mv_item_editor_get_item (editor) != fixture->budget);
  added = mv_item_editor_get_item (editor);
  g_assert_cmpstr (mv_agenda_item_get_meeting_id (added), ==,
                   mv_record_get_id (MV_RECORD (fixture->meeting)));
  agenda = mv_store_list_agenda (fixture->ts.store, fixture->meeting);
  g_assert_cmpuint (agenda->len, ==, 7);
  mv_test_wait_for (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                            GTK_WIDGET (mv_item_editor_get_title_row (editor))));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (mv_item_editor_get_title_row (editor))));
}

/* "Notice sent" on a notice with gaps asks first (mv-meeting-actions.h):
 * answers "Send anyway" when it asks. */
static void
send_notice_anyway (MvMeeting *meeting)
{
  GtkWindow *dialog;

  mv_test_wait_for (mv_meeting_get_status (meeting) == MV_MEETING_STATUS_NOTICE_SENT ||
                    mv_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL);
  if ((dialog = mv_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) == NULL)
    return;
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "anyway");
  gtk_window_destroy (dialog);
}

/* The status button sends the notice: the numbers are fixed, so a move
 * changes the start times but not the numbers, and a late item takes the
 * next free number of the year. */
static void
test_notice_sent (Fixture       *fixture,
                  gconstpointer  data)
{
  MvAgendaView *view = show_agenda (fixture);
  GtkListBox *list = mv_agenda_view_get_agenda_list (view);
  MvYearPlanPage *year_plan =
    MV_YEAR_PLAN_PAGE (mv_window_get_section_page (fixture->window, "year-plan"));
  GtkWidget *meeting_page = mv_year_plan_page_get_meeting_page (year_plan);
  GtkWidget *undo;

  /* Sent by mistake: the toast's Undo makes the meeting planned again. */
  g_assert_true (gtk_widget_activate_action (meeting_page, "meeting.set-status", "s",
                                             "notice-sent"));
  send_notice_anyway (fixture->meeting);
  mv_test_wait_for (mv_meeting_get_status (fixture->meeting) == MV_MEETING_STATUS_NOTICE_SENT);
  g_assert_cmpint (mv_meeting_get_status (fixture->meeting), ==, MV_MEETING_STATUS_NOTICE_SENT);
  g_assert_true (mv_agenda_item_get_number_fixed (fixture->budget));
  undo = mv_test_find_button (GTK_WIDGET (fixture->window), "_Undo");
  g_assert_nonnull (undo);
  mv_test_activate_button (undo);
  mv_test_wait_for (mv_meeting_get_status (fixture->meeting) == MV_MEETING_STATUS_PLANNED);
  g_assert_cmpint (mv_meeting_get_status (fixture->meeting), ==, MV_MEETING_STATUS_PLANNED);
  g_assert_false (mv_agenda_item_get_number_fixed (fixture->budget));

  g_assert_true (gtk_widget_activate_action (meeting_page, "meeting.set-status", "s",
                                             "notice-sent"));
  send_notice_anyway (fixture->meeting);
  mv_test_wait_for (mv_meeting_get_status (fixture->meeting) == MV_MEETING_STATUS_NOTICE_SENT);
  g_assert_cmpint (mv_meeting_get_status (fixture->meeting), ==, MV_MEETING_STATUS_NOTICE_SENT);
  g_assert_true (mv_agenda_item_get_number_fixed (fixture->budget));
  g_assert_true (mv_agenda_item_get_number_fixed (fixture->youth));

  gtk_widget_grab_focus (GTK_WIDGET (row_titled (list, "Budsjett 2027")));
  press (GTK_WIDGET (view), "<Alt>Up");
  assert_agenda (list, "10:00 Item 01/27  " NOTICE "|10:05 Item 02/27  " MINUTES "|"
                       "10:10 Item 03/27  " REPORTS "|10:30 Item 05/27  Budsjett 2027|"
                       "10:50 Item 04/27  Ungdomsgaranti|11:20 Item 06/27  " AOB);

  add_item (fixture, fixture->meeting, "Sent innmeldt sak", 10, "Leder");
  wait_for_agenda (list, "10:00 Item 01/27  " NOTICE "|10:05 Item 02/27  " MINUTES "|"
                       "10:10 Item 03/27  " REPORTS "|10:30 Item 05/27  Budsjett 2027|"
                       "10:50 Item 04/27  Ungdomsgaranti|11:20 Item 07/27  Sent innmeldt sak|"
                       "11:30 Item 06/27  " AOB);
}

static void
test_backlog_and_warnings (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MvAgendaView *view;
  GtkListBox *list;
  GtkListBox *backlog;
  GtkListBox *warnings;
  GtkWidget *add_button;

  add_item (fixture, NULL, "Uføretrygd og arbeid", 90, "NAV");
  view = show_agenda (fixture);
  list = mv_agenda_view_get_agenda_list (view);
  backlog = mv_agenda_view_get_backlog_list (view);
  warnings = mv_agenda_view_get_warnings_list (view);

  /* Each warning with its reason: the budget has no presenter. */
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (warnings)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (
                     gtk_list_box_get_row_at_index (warnings, 0))), ==,
                   "No one is set to present the item");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (
                     gtk_list_box_get_row_at_index (warnings, 0))), ==,
                   "Item 05/27  Budsjett 2027");
  g_assert_null (gtk_list_box_get_row_at_index (warnings, 1));

  /* Picked from the backlog, the item goes before "any other business";
   * the agenda now runs over the meeting's length. */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (
                     gtk_list_box_get_row_at_index (backlog, 0))), ==, "Uføretrygd og arbeid");
  add_button = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (
                 gtk_list_box_get_row_at_index (backlog, 0)));
  gtk_test_accessible_assert_property (add_button, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Add “Uføretrygd og arbeid” to the agenda");
  g_signal_emit_by_name (add_button, "clicked");
  wait_for_agenda (list, "10:00 Item 01/27  " NOTICE "|10:05 Item 02/27  " MINUTES "|"
                       "10:10 Item 03/27  " REPORTS "|10:30 Item 04/27  Ungdomsgaranti|"
                       "11:00 Item 05/27  Budsjett 2027|11:20 Item 06/27  Uføretrygd og arbeid|"
                       "12:50 Item 07/27  " AOB);
  g_assert_cmpstr (gtk_label_get_text (mv_agenda_view_get_total_label (view)), ==,
                   "180 of 180 min");

  g_assert_true (mv_store_set (fixture->ts.store, fixture->youth, &error,
                               "duration-minutes", 40, NULL));
  g_assert_no_error (error);
  mv_test_wait_label_text (mv_agenda_view_get_total_label (view), "190 of 180 min · 10 min over");
  g_assert_cmpstr (gtk_label_get_text (mv_agenda_view_get_total_label (view)), ==,
                   "190 of 180 min · 10 min over");

  /* Delete puts a case back in the backlog, and Undo brings it back. */
  gtk_widget_grab_focus (GTK_WIDGET (row_titled (list, "Uføretrygd og arbeid")));
  press (GTK_WIDGET (view), "Delete");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (
                     gtk_list_box_get_row_at_index (backlog, 0))), ==, "Uføretrygd og arbeid");
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (row_titled (list, AOB))));
  g_assert_true (mv_agenda_view_undo (view));
  mv_test_run_pending ();
  g_assert_nonnull (row_titled (list, "Item 06/27  Uføretrygd og arbeid"));

  /* A row opens its item in the items view, to edit. */
  g_signal_emit_by_name (list, "row-activated", row_titled (list, "Budsjett 2027"));
  mv_test_wait_for (g_strcmp0 (mv_window_get_section (fixture->window), "items") == 0);
  g_assert_cmpstr (mv_window_get_section (fixture->window), ==, "items");
  g_assert_true (mv_item_editor_get_item (mv_items_page_get_editor (MV_ITEMS_PAGE (
                   mv_window_get_section_page (fixture->window, "items")))) == fixture->budget);
}

/* The row titled @title under @widget, as its title is written (with
 * the mnemonic's underline). */
static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = find_row (child, title);

      if (row != NULL)
        return row;
    }
  return NULL;
}

static void
find_combo_set (GtkWidget  *widget,
                const char *title,
                guint       selected)
{
  GtkWidget *row = find_row (widget, title);

  g_assert_true (ADW_IS_COMBO_ROW (row));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
}

static GtkWidget *
find_spin (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *spin;

      if (GTK_IS_SPIN_BUTTON (child))
        return child;
      if ((spin = find_spin (child)) != NULL)
        return spin;
    }
  return NULL;
}

/* The first text view under @widget, which must be called @label. */
static GtkTextView *
find_text_view (GtkWidget  *widget,
                const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkTextView *view;

      if (GTK_IS_TEXT_VIEW (child))
        {
          gtk_test_accessible_assert_property (child, GTK_ACCESSIBLE_PROPERTY_LABEL, label);
          return GTK_TEXT_VIEW (child);
        }
      if ((view = find_text_view (child, label)) != NULL)
        return view;
    }
  return NULL;
}

/* An item kept out of the public papers says on which legal basis: the
 * choice shows only while the item is not public, and is saved with it. */
static void
test_exempt_basis (Fixture       *fixture,
                   gconstpointer  data)
{
  MvItemsPage *page = MV_ITEMS_PAGE (mv_window_get_section_page (fixture->window, "items"));
  MvItemEditor *editor = mv_items_page_get_editor (page);
  g_autoptr(GPtrArray) items = mv_store_list_agenda (fixture->ts.store, fixture->meeting);
  MvAgendaItem *item = g_ptr_array_index (items, items->len - 1);
  GtkSwitch *public_switch;
  AdwComboRow *basis;

  mv_window_set_section (fixture->window, "items");
  mv_item_editor_set_item (editor, item);
  public_switch = mv_item_editor_get_public_switch (editor);
  basis = mv_item_editor_get_exempt_basis_row (editor);
  g_assert_true (mv_agenda_item_get_public (item));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (basis)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (basis)), ==,
                   "_Legal Basis for Exemption");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (basis)), ==, 6);

  gtk_switch_set_active (public_switch, FALSE);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (basis)));
  /* Personal matters by default: offl. § 13 with fvl. § 13. */
  g_assert_cmpuint (adw_combo_row_get_selected (basis), ==, MV_EXEMPT_BASIS_OFFL_13_FVL_13);
  adw_combo_row_set_selected (basis, MV_EXEMPT_BASIS_OFFL_14);
  mv_item_editor_flush (editor);
  g_assert_false (mv_agenda_item_get_public (item));
  g_assert_cmpint (mv_agenda_item_get_exempt_basis (item), ==, MV_EXEMPT_BASIS_OFFL_14);

  /* Shown again as saved after another item was shown. */
  mv_item_editor_set_item (editor, g_ptr_array_index (items, 0));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (basis)));
  mv_item_editor_set_item (editor, item);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (basis)));
  g_assert_cmpuint (adw_combo_row_get_selected (basis), ==, MV_EXEMPT_BASIS_OFFL_14);
}

static void
test_items_page (Fixture       *fixture,
                 gconstpointer  data)
{
  MvItemsPage *page = MV_ITEMS_PAGE (mv_window_get_section_page (fixture->window, "items"));
  MvItemEditor *editor = mv_items_page_get_editor (page);
  GtkColumnView *view = mv_section_page_get_column_view (MV_SECTION_PAGE (page));
  AdwComboRow *meeting_row;
  GtkEditable *title;
  GtkEditable *date;
  MvAgendaItem *item;

  mv_window_set_section (fixture->window, "items");
  mv_test_wait_n_items (gtk_column_view_get_model (view), 6);
  /* The meeting's six items. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))),
                    ==, 6);

  /* Shift+Ctrl+F filters the items (Ctrl+F searches items and documents). */
  press (GTK_WIDGET (fixture->window), "<Shift><Control>f");
  g_assert_nonnull (gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                             GTK_TYPE_SEARCH_ENTRY));

  /* Ctrl+N: a new item in the backlog, its title ready to type over. */
  press (GTK_WIDGET (fixture->window), "<Control>n");
  item = mv_item_editor_get_item (editor);
  g_assert_nonnull (item);
  g_assert_null (mv_agenda_item_get_meeting_id (item));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))),
                    ==, 7);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (mv_item_editor_get_title_row (editor))));

  /* Put on the meeting's agenda from the editor, before "any other
   * business", and back in the backlog. */
  meeting_row = ADW_COMBO_ROW (find_row (GTK_WIDGET (editor), "On the _Agenda of"));
  g_assert_cmpuint (adw_combo_row_get_selected (meeting_row), ==, 0);
  adw_combo_row_set_selected (meeting_row, 1);
  mv_test_wait_for (mv_agenda_item_get_meeting_id (item) != NULL);
  g_assert_cmpstr (mv_agenda_item_get_meeting_id (item), ==,
                   mv_record_get_id (MV_RECORD (fixture->meeting)));
  g_assert_cmpint (mv_agenda_item_get_position (item), ==, 5);
  adw_combo_row_set_selected (meeting_row, 0);
  mv_test_wait_for (mv_agenda_item_get_meeting_id (item) == NULL);
  g_assert_null (mv_agenda_item_get_meeting_id (item));

  /* Typed, the title is saved after a pause; a blank one is refused at
   * the field and never saved. */
  title = GTK_EDITABLE (mv_item_editor_get_title_row (editor));
  gtk_editable_set_text (title, "Brukerundersøkelsen");
  g_assert_cmpstr (mv_agenda_item_get_title (item), ==, "New item");
  mv_test_wait_for (g_strcmp0 (mv_agenda_item_get_title (item), "Brukerundersøkelsen") == 0);
  g_assert_cmpstr (mv_agenda_item_get_title (item), ==, "Brukerundersøkelsen");

  gtk_editable_set_text (title, "  ");
  mv_item_editor_flush (editor);
  g_assert_cmpstr (mv_agenda_item_get_title (item), ==, "Brukerundersøkelsen");
  gtk_test_accessible_assert_state (GTK_WIDGET (title), GTK_ACCESSIBLE_STATE_INVALID,
                                    GTK_ACCESSIBLE_INVALID_TRUE);

  /* Every field typed before a pause is saved, none lost to another's
   * write; a date that is no date stays in its field, marked. */
  find_combo_set (GTK_WIDGET (editor), "_Kind", MV_ITEM_KIND_INPUT);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_spin (GTK_WIDGET (editor))), 45);
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (editor), "_Presenter")),
                         "Kari Haugen");
  date = GTK_EDITABLE (find_row (GTK_WIDGET (editor), "NAV’s _Decision Date (DD.MM.YYYY)"));
  gtk_editable_set_text (date, "31.02.2027");
  mv_item_editor_flush (editor);
  g_assert_cmpint (mv_agenda_item_get_kind (item), ==, MV_ITEM_KIND_INPUT);
  g_assert_cmpint (mv_agenda_item_get_duration_minutes (item), ==, 45);
  g_assert_cmpstr (mv_agenda_item_get_presenter (item), ==, "Kari Haugen");
  g_assert_null (mv_agenda_item_get_nav_decision_date (item));
  g_assert_cmpstr (gtk_editable_get_text (date), ==, "31.02.2027");
  gtk_test_accessible_assert_state (GTK_WIDGET (date), GTK_ACCESSIBLE_STATE_INVALID,
                                    GTK_ACCESSIBLE_INVALID_TRUE);
  gtk_editable_set_text (date, "1.3.2027");
  mv_item_editor_flush (editor);
  g_assert_cmpstr (mv_agenda_item_get_nav_decision_date (item), ==, "2027-03-01");

  /* Another item chosen: what was typed is saved first. */
  gtk_editable_set_text (title, "Brukerundersøkelsen 2027");
  mv_items_page_select_item (page, fixture->budget);
  g_assert_true (mv_item_editor_get_item (editor) == fixture->budget);
  g_assert_cmpstr (mv_agenda_item_get_title (item), ==, "Brukerundersøkelsen 2027");

  /* The organisations whose areas the background names, and the words. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(MvOrganisation) ffo = g_object_new (MV_TYPE_ORGANISATION, "name", "FFO",
                                                  "areas", "uføretrygd, AAP", NULL);

    g_assert_true (mv_store_insert (fixture->ts.store, ffo, &error));
    g_assert_no_error (error);
  }
  g_assert_null (find_row (GTK_WIDGET (editor), "FFO"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (find_text_view (GTK_WIDGET (editor),
                                                                      "Background")),
                            "Ventetiden for uføretrygd er lang.", -1);
  mv_item_editor_flush (editor);
  g_assert_cmpstr (mv_agenda_item_get_background (fixture->budget), ==,
                   "Ventetiden for uføretrygd er lang.");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (find_row (GTK_WIDGET (editor),
                                                                          "FFO"))), ==,
                   "Matches: uføretrygd");

  /* Leaving the view saves too: when the editor is unmapped, after the
   * stack's transition. */
  gtk_editable_set_text (title, "Budsjett 2027–2028");
  mv_window_set_section (fixture->window, "members");
  mv_test_wait_unmapped (editor);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (editor)));
  g_assert_cmpstr (mv_agenda_item_get_title (fixture->budget), ==, "Budsjett 2027–2028");

  /* Delete in the list removes the item; Ctrl+Z brings it back, chosen. */
  mv_window_set_section (fixture->window, "items");
  mv_test_wait_mapped (view);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  press (GTK_WIDGET (page), "Delete");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))),
                    ==, 6);
  g_assert_true (mv_record_is_deleted (MV_RECORD (fixture->budget)));
  press (GTK_WIDGET (fixture->window), "<Control>z");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))),
                    ==, 7);
  g_assert_cmpstr (mv_record_get_id (MV_RECORD (mv_item_editor_get_item (editor))), ==,
                   mv_record_get_id (MV_RECORD (fixture->budget)));
  g_assert_cmpint (mv_agenda_item_get_position (mv_item_editor_get_item (editor)), ==, 4);
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(MvStore) old = g_object_ref (fixture->ts.store);
  MvAgendaView *view;
  GtkListBox *list;
  MvMeeting *meeting;
  guint n_items;

  store = mv_store_open (fixture->ts.path, MV_STORE_FLAGS_READ_ONLY, &error);
  g_assert_no_error (error);
  mv_window_set_store (fixture->window, store);
  mv_test_run_pending ();
  meeting = mv_store_lookup (store, MV_TYPE_MEETING,
                             mv_record_get_id (MV_RECORD (fixture->meeting)));
  g_assert_nonnull (meeting);

  g_clear_object (&fixture->meeting);
  fixture->meeting = g_object_ref (meeting);
  view = show_agenda (fixture);
  list = mv_agenda_view_get_agenda_list (view);

  /* The agenda shows, but nothing changes it: no backlog to add from, no
   * moves, no new items. */
  g_assert_nonnull (row_titled (list, "Item 05/27  Budsjett 2027"));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (mv_agenda_view_get_backlog_list (view))));
  gtk_widget_grab_focus (GTK_WIDGET (row_titled (list, "Budsjett 2027")));
  gtk_widget_activate_action (GTK_WIDGET (view), "agenda.move-up", NULL);
  mv_test_run_pending ();
  g_assert_nonnull (row_titled (list, "Item 05/27  Budsjett 2027"));

  mv_window_set_section (fixture->window, "items");
  mv_test_wait_for (g_strcmp0 (mv_window_get_section (fixture->window), "items") == 0);
  n_items = g_list_model_get_n_items (mv_store_get_model (store, MV_TYPE_AGENDA_ITEM));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "items.add", NULL);
  mv_test_run_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (mv_store_get_model (store, MV_TYPE_AGENDA_ITEM)),
                    ==, n_items);
  mv_window_set_store (fixture->window, old);
  mv_test_run_pending ();
}

/* medvirke-cli writes the file while the app shows it: the agenda shows
 * the script's item within seconds, and then the order the script gave. */
static void
test_other_program (Fixture       *fixture,
                    gconstpointer  data)
{
  MvAgendaView *view = show_agenda (fixture);
  GtkListBox *list = mv_agenda_view_get_agenda_list (view);
  g_auto(MvTestRun) run = { 0 };
  g_autofree char *id = NULL;

  mv_test_run_cli_args (&run, NULL, "--db", fixture->ts.path, "add-item", "--meeting", "2027-03-09",
                        "--title", "Fra skriptet", "--kind", "discussion", "--minutes", "10",
                        "--presenter", "Sekretariatet", NULL);
  g_assert_cmpint (run.status, ==, 0);
  id = g_strstrip (g_strdup (run.out));

  wait_for_agenda (list, "10:00 Item 01/27  " NOTICE "|10:05 Item 02/27  " MINUTES "|"
                         "10:10 Item 03/27  " REPORTS "|10:30 Item 04/27  Ungdomsgaranti|"
                         "11:00 Item 05/27  Budsjett 2027|11:20 Item 06/27  Fra skriptet|"
                         "11:30 Item 07/27  " AOB);
  g_assert_cmpstr (gtk_label_get_text (mv_agenda_view_get_total_label (view)), ==,
                   "100 of 180 min");

  mv_test_run_cli_args (&run, NULL, "--db", fixture->ts.path, "move-item", id,
                        "--meeting", "2027-03-09", "--position", "3", NULL);
  g_assert_cmpint (run.status, ==, 0);
  wait_for_agenda (list, "10:00 Item 01/27  " NOTICE "|10:05 Item 02/27  " MINUTES "|"
                         "10:10 Item 03/27  " REPORTS "|10:30 Item 04/27  Fra skriptet|"
                         "10:40 Item 05/27  Ungdomsgaranti|11:10 Item 06/27  Budsjett 2027|"
                         "11:30 Item 07/27  " AOB);

  /* The app's own next move starts from the order the script left. */
  gtk_widget_grab_focus (GTK_WIDGET (row_titled (list, "Budsjett 2027")));
  press (GTK_WIDGET (view), "<Alt>Up");
  assert_agenda (list, "10:00 Item 01/27  " NOTICE "|10:05 Item 02/27  " MINUTES "|"
                       "10:10 Item 03/27  " REPORTS "|10:30 Item 04/27  Fra skriptet|"
                       "10:40 Item 05/27  Budsjett 2027|11:00 Item 06/27  Ungdomsgaranti|"
                       "11:30 Item 07/27  " AOB);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/items-gui/keyboard-move", Fixture, NULL, fixture_set_up, test_keyboard_move,
              fixture_tear_down);
  g_test_add ("/items-gui/new-item-on-meeting", Fixture, NULL, fixture_set_up,
              test_new_item_on_meeting, fixture_tear_down);
  g_test_add ("/items-gui/notice-sent", Fixture, NULL, fixture_set_up, test_notice_sent,
              fixture_tear_down);
  g_test_add ("/items-gui/backlog-and-warnings", Fixture, NULL, fixture_set_up,
              test_backlog_and_warnings, fixture_tear_down);
  g_test_add ("/items-gui/exempt-basis", Fixture, NULL, fixture_set_up, test_exempt_basis,
              fixture_tear_down);
  g_test_add ("/items-gui/items-page", Fixture, NULL, fixture_set_up, test_items_page,
              fixture_tear_down);
  g_test_add ("/items-gui/other-program", Fixture, NULL, fixture_set_up, test_other_program,
              fixture_tear_down);
  g_test_add ("/items-gui/read-only", Fixture, NULL, fixture_set_up, test_read_only,
              fixture_tear_down);

  return g_test_run ();
}
