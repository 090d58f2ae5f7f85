/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "mv-agenda.h"
#include "mv-agenda-view.h"
#include "mv-council.h"
#include "mv-document.h"
#include "mv-documents.h"
#include "mv-documents-page-private.h"
#include "mv-items-page.h"
#include "mv-meeting-page.h"
#include "mv-member.h"
#include "mv-members-page-private.h"
#include "mv-window-private.h"
#include "mv-year-plan-page.h"
#include "mv-year-plan.h"
#include "mv-test-gui.h"
#include "mv-test-store.h"
#include "mv-test-utils.h"

/* Every filter of the app finds a name the way the secretary typed it:
 * "Ødegård" typed on a Mac (an "a" and a combining ring) finds the
 * "Ødegård" of the file (one letter "å"), in the members, the items, the
 * backlog beside an agenda and the documents (mv_text_fold()). Runs with a
 * display (xvfb-run) and GTK_A11Y=test. */

/* "ødegård" with å as "a" and U+030A COMBINING RING ABOVE. */
#define DECOMPOSED_NEEDLE "\xc3\xb8" "dega\xcc\x8a" "rd"
#define COMPOSED "Ødegård"

typedef struct
{
  MvTestStore  ts;
  MvMeeting *meeting;
  MvWindow  *window;
} Fixture;

static MvAgendaItem *
add_item (Fixture    *fixture,
          MvMeeting  *meeting,
          const char *title)
{
  g_autoptr(GError) error = NULL;
  MvAgendaItem *item;

  item = mv_agenda_add_item (fixture->ts.store, fixture->ts.council, meeting, title,
                             MV_ITEM_KIND_DISCUSSION, 20, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (item);
  return item;
}

static void
add_member (Fixture    *fixture,
            const char *name)
{
  g_autoptr(MvMember) member = g_object_new (MV_TYPE_MEMBER,
                                             "council-id",
                                             mv_record_get_id (MV_RECORD (fixture->ts.council)),
                                             "name", name,
                                             NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (mv_store_insert (fixture->ts.store, member, &error));
  g_assert_no_error (error);
}

static void
attach (Fixture      *fixture,
        MvAgendaItem *item,
        const char   *title)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("Notat\n", 6);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (mv_documents_attach (fixture->ts.store, MV_RECORD (item), "notat.txt", title,
                                         "text/plain", bytes, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(MvCouncil) council = NULL;
  g_autoptr(GError) error = NULL;
  MvAgendaItem *budget;
  GDate date;

  mv_test_store_set_up (&fixture->ts, MV_TEST_STORE_EMPTY);
  council = g_object_new (MV_TYPE_COUNCIL, "name", "Brukerutvalget NAV Prøveby", NULL);
  g_assert_true (mv_store_insert (fixture->ts.store, council, &error));
  g_assert_no_error (error);
  fixture->ts.council = g_object_ref (council);

  /* A meeting far ahead, so that the items page shows it first. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 9, G_DATE_MARCH, 2027);
  fixture->meeting = mv_meeting_create (fixture->ts.store, fixture->ts.council, &date, "10:00", 180,
                                        NULL, NULL, &error);
  g_assert_no_error (error);
  g_object_ref (fixture->meeting);

  /* Everything in the file is written with composed letters. */
  add_item (fixture, fixture->meeting, "Skolen på " COMPOSED);
  budget = add_item (fixture, fixture->meeting, "Budsjett 2027");
  add_item (fixture, NULL, "Pårørende på " COMPOSED);
  add_item (fixture, NULL, "Uføretrygd og arbeid");
  add_member (fixture, "Kari " COMPOSED);
  add_member (fixture, "Ola Nordmann");
  attach (fixture, budget, "Notat om " COMPOSED);
  attach (fixture, budget, "Referat");

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

/* The rows of a section's table, and the text of each that the filter is
 * expected to find. */
typedef const char *(*RowText) (gpointer record);

typedef struct
{
  GListModel *rows;
  RowText     text;
  guint       expected;
} Table;

static guint
count_composed (Table *table)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (table->rows); i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (table->rows, i);

      n += strstr (table->text (record), COMPOSED) != NULL;
    }
  return n;
}

static gboolean
table_filtered (gpointer data)
{
  Table *table = data;

  return g_list_model_get_n_items (table->rows) == table->expected;
}

/* Typing the decomposed name into @entry leaves exactly the rows that
 * hold the composed one, and clearing it brings the others back. */
static void
assert_table_filter (GtkEditable *entry,
                     GListModel  *rows,
                     RowText      text)
{
  Table table = { rows, text, 0 };
  guint all = g_list_model_get_n_items (rows);
  guint composed = count_composed (&table);

  g_assert_cmpuint (composed, >=, 1);
  g_assert_cmpuint (all, >, composed);

  gtk_editable_set_text (entry, DECOMPOSED_NEEDLE);
  table.expected = composed;
  g_assert_true (mv_test_wait_until (table_filtered, &table, MV_TEST_TIMEOUT_MS));
  g_assert_cmpuint (count_composed (&table), ==, composed);

  gtk_editable_set_text (entry, "");
  table.expected = all;
  g_assert_true (mv_test_wait_until (table_filtered, &table, MV_TEST_TIMEOUT_MS));
}

static GListModel *
section_rows (MvSectionPage *page)
{
  return G_LIST_MODEL (gtk_column_view_get_model (mv_section_page_get_column_view (page)));
}

static const char *
member_name (gpointer record)
{
  return mv_member_get_name (record);
}

static const char *
item_title (gpointer record)
{
  return mv_agenda_item_get_title (record);
}

static const char *
document_title (gpointer record)
{
  return mv_document_get_title (record);
}

static void
test_members (Fixture       *fixture,
              gconstpointer  data)
{
  MvSectionPage *page = mv_window_get_section_page (fixture->window, "members");

  mv_window_set_section (fixture->window, "members");
  mv_test_wait_mapped (mv_section_page_get_column_view (page));
  assert_table_filter (GTK_EDITABLE (mv_members_page_get_search_entry (MV_MEMBERS_PAGE (page))),
                       section_rows (page), member_name);
}

static void
test_items (Fixture       *fixture,
            gconstpointer  data)
{
  MvSectionPage *page = mv_window_get_section_page (fixture->window, "items");
  GtkWidget *entry;

  mv_window_set_section (fixture->window, "items");
  mv_test_wait_mapped (mv_section_page_get_column_view (page));
  mv_items_page_focus_search (MV_ITEMS_PAGE (page));
  entry = gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                   GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);
  assert_table_filter (GTK_EDITABLE (entry), section_rows (page), item_title);
}

static void
test_documents (Fixture       *fixture,
                gconstpointer  data)
{
  MvSectionPage *page = mv_window_get_section_page (fixture->window, "documents");

  mv_window_set_section (fixture->window, "documents");
  mv_test_wait_mapped (mv_section_page_get_column_view (page));
  assert_table_filter (mv_documents_page_get_filter_entry (MV_DOCUMENTS_PAGE (page)),
                       section_rows (page), document_title);
}

static GtkWidget *
find_search_entry (GtkWidget *widget)
{
  if (GTK_IS_SEARCH_ENTRY (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_search_entry (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
backlog_filtered (gpointer data)
{
  GtkListBox *backlog = data;

  return mv_test_count_rows (backlog) == 1 &&
         mv_test_find_label (GTK_WIDGET (backlog), "Pårørende på " COMPOSED) != NULL;
}

static gboolean
backlog_whole (gpointer data)
{
  GtkListBox *backlog = data;

  return mv_test_count_rows (backlog) == 2;
}

/* The backlog beside a meeting's agenda has a search of its own. */
static void
test_backlog (Fixture       *fixture,
              gconstpointer  data)
{
  MvYearPlanPage *year_plan =
    MV_YEAR_PLAN_PAGE (mv_window_get_section_page (fixture->window, "year-plan"));
  MvMeetingPage *meeting_page = MV_MEETING_PAGE (mv_year_plan_page_get_meeting_page (year_plan));
  MvAgendaView *view;
  GtkListBox *backlog;
  GtkWidget *entry;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-meeting", "s",
                              mv_record_get_id (MV_RECORD (fixture->meeting)));
  mv_test_wait_for (mv_meeting_page_get_meeting (meeting_page) == fixture->meeting);
  g_assert_true (mv_meeting_page_get_meeting (meeting_page) == fixture->meeting);
  view = mv_meeting_page_get_agenda_view (meeting_page);
  backlog = mv_agenda_view_get_backlog_list (view);
  g_assert_true (backlog_whole (backlog));
  g_assert_nonnull (mv_test_find_label (GTK_WIDGET (backlog), "Uføretrygd og arbeid"));

  entry = find_search_entry (GTK_WIDGET (view));
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), DECOMPOSED_NEEDLE);
  g_assert_true (mv_test_wait_until (backlog_filtered, backlog, MV_TEST_TIMEOUT_MS));

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_assert_true (mv_test_wait_until (backlog_whole, backlog, MV_TEST_TIMEOUT_MS));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/filters/members", test_members);
  ADD ("/filters/items", test_items);
  ADD ("/filters/backlog", test_backlog);
  ADD ("/filters/documents", test_documents);
#undef ADD

  return g_test_run ();
}
