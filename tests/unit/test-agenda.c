/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>

#include "mv-agenda.h"
#include "mv-councils.h"
#include "mv-dates.h"
#include "mv-error.h"
#include "mv-notice-gaps.h"
#include "mv-queries.h"
#include "mv-sample.h"
#include "mv-test-store.h"
#include "mv-test-utils.h"
#include "mv-year-plan.h"

/* Agenda items: the fixed items of a new meeting, the numbers
 * "Sak NN/YY" before and after the notice, moving and ordering with Undo,
 * start times, warnings and the organisations an item concerns. */

typedef MvTestStore Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  mv_test_store_set_up_named (f, "agenda.db", MV_TEST_STORE_EMPTY);
  mv_test_store_add_council (f, "Brukerutvalget NAV Eksempelby", "NAV Eksempelby");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  mv_test_store_tear_down (f);
}

static MvMeeting *
meeting_on (Fixture *f,
            int      year,
            int      month,
            int      day)
{
  g_autoptr(GError) error = NULL;
  MvMeeting *meeting;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  meeting = mv_meeting_create (f->store, f->council, &date, "10:00", 120, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (meeting);
  return meeting;
}

static MvAgendaItem *
add_case (Fixture    *f,
          MvMeeting  *meeting,
          const char *title,
          int         minutes)
{
  g_autoptr(GError) error = NULL;
  MvAgendaItem *item;

  item = mv_agenda_add_item (f->store, f->council, meeting, title, MV_ITEM_KIND_DISCUSSION,
                             minutes, "Leder", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (item);
  return item;
}

/* "title=NN/YY" for each item in agenda order, "|"-separated; the numbers
 * of fixed ones marked with "!". Positions must be 0 … n−1. */
static char *
agenda_of (Fixture   *f,
           MvMeeting *meeting)
{
  g_autoptr(GPtrArray) items = meeting ? mv_store_list_agenda (f->store, meeting)
                                       : mv_store_list_backlog (f->store, f->council);
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      MvAgendaItem *item = g_ptr_array_index (items, i);
      g_autofree char *number = mv_agenda_item_dup_number (item);

      g_assert_cmpint (mv_agenda_item_get_position (item), ==, (int) i);
      g_string_append_printf (s, "%s%s=%s%s", i ? "|" : "", mv_agenda_item_get_title (item),
                              number, mv_agenda_item_get_number_fixed (item) ? "!" : "");
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

#define assert_agenda(f, meeting, expected) \
  G_STMT_START { \
    g_autofree char *mv_agenda_ = agenda_of ((f), (meeting)); \
    g_assert_cmpstr (mv_agenda_, ==, (expected)); \
  } G_STMT_END

/* The fixed items' titles, shortened for the expectations below. */
#define NOTICE "Godkjenning av innkalling og saksliste"
#define MINUTES "Godkjenning av referat fra forrige møte"
#define REPORTS "Orienteringer fra brukerorganisasjonene"
#define AOB "Eventuelt"

static MvAgendaItem *
item_at (Fixture   *f,
         MvMeeting *meeting,
         guint      index)
{
  g_autoptr(GPtrArray) items = mv_store_list_agenda (f->store, meeting);

  g_assert_cmpuint (index, <, items->len);
  return g_ptr_array_index (items, index);
}

static char *
linked_meeting (MvAgendaItem *item)
{
  char *id = NULL;

  g_object_get (item, "linked-meeting-id", &id, NULL);
  return id;
}

/* --- Fixed items --------------------------------------------------------- */

static void
test_fixed_items (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvUndo) undo = NULL;
  g_autofree char *link_a = NULL;
  g_autofree char *link_b = NULL;
  g_autofree char *link_d = NULL;
  MvMeeting *a, *b, *c, *d;
  MvAgendaItem *reports;

  a = meeting_on (f, 2027, 3, 9);
  b = meeting_on (f, 2027, 4, 13);
  c = meeting_on (f, 2027, 5, 11);
  g_assert_true (mv_meeting_cancel (f->store, c, NULL, &error));
  g_assert_no_error (error);
  d = meeting_on (f, 2027, 6, 8);

  assert_agenda (f, a, NOTICE "=01/27|" MINUTES "=02/27|" REPORTS "=03/27|" AOB "=04/27");
  g_assert_cmpint (mv_agenda_item_get_fixed_kind (item_at (f, a, 0)), ==,
                   MV_FIXED_KIND_APPROVE_NOTICE);
  g_assert_cmpint (mv_agenda_item_get_fixed_kind (item_at (f, a, 3)), ==, MV_FIXED_KIND_AOB);
  g_assert_cmpint (mv_agenda_item_get_kind (item_at (f, a, 3)), ==, MV_ITEM_KIND_AOB);

  /* The minutes to approve are the previous meeting's; the cancelled one
   * is skipped, and the first meeting has none. */
  link_a = linked_meeting (item_at (f, a, 1));
  link_b = linked_meeting (item_at (f, b, 1));
  link_d = linked_meeting (item_at (f, d, 1));
  g_assert_null (link_a);
  g_assert_cmpstr (link_b, ==, mv_record_get_id (MV_RECORD (a)));
  g_assert_cmpstr (link_d, ==, mv_record_get_id (MV_RECORD (b)));

  /* The cancelled meeting keeps its fixed items, without numbers; the
   * next one continues the year. */
  assert_agenda (f, c, NOTICE "=|" MINUTES "=|" REPORTS "=|" AOB "=");
  assert_agenda (f, d, NOTICE "=09/27|" MINUTES "=10/27|" REPORTS "=11/27|" AOB "=12/27");

  /* A case goes before "any other business". */
  add_case (f, a, "Ungdomsgaranti", 30);
  assert_agenda (f, a, NOTICE "=01/27|" MINUTES "=02/27|" REPORTS "=03/27|"
                       "Ungdomsgaranti=04/27|" AOB "=05/27");

  /* A fixed item can go for one meeting, and come back with Undo. */
  reports = item_at (f, a, 2);
  g_assert_true (mv_agenda_remove_item (f->store, reports, &undo, &error));
  g_assert_no_error (error);
  assert_agenda (f, a, NOTICE "=01/27|" MINUTES "=02/27|Ungdomsgaranti=03/27|" AOB "=04/27");
  assert_agenda (f, b, NOTICE "=05/27|" MINUTES "=06/27|" REPORTS "=07/27|" AOB "=08/27");
  g_assert_true (mv_undo_apply (undo, f->store, &error));
  g_assert_no_error (error);
  assert_agenda (f, a, NOTICE "=01/27|" MINUTES "=02/27|" REPORTS "=03/27|"
                       "Ungdomsgaranti=04/27|" AOB "=05/27");

  /* A meeting put in between becomes the previous one of the next, until
   * it is cancelled; a notice sent keeps its link. */
  {
    g_autofree char *between_link = NULL;
    g_autofree char *after_cancel = NULL;
    MvMeeting *between = meeting_on (f, 2027, 3, 30);

    between_link = linked_meeting (item_at (f, b, 1));
    g_assert_cmpstr (between_link, ==, mv_record_get_id (MV_RECORD (between)));
    g_assert_true (mv_meeting_cancel (f->store, between, NULL, &error));
    g_assert_no_error (error);
    after_cancel = linked_meeting (item_at (f, b, 1));
    g_assert_cmpstr (after_cancel, ==, mv_record_get_id (MV_RECORD (a)));
  }

  /* A fixed item belongs to its meeting. */
  g_assert_false (mv_agenda_move (f->store, reports, b, MV_AGENDA_BEFORE_AOB, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
}

static void
test_fixed_items_year_plan (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvYearPlan) plan = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autofree char *link = NULL;
  MvYearPattern pattern = { .year = 2028, .count = 2, .weekday = G_DATE_TUESDAY, .week = 2 };

  plan = mv_year_plan_new (f->council, &pattern, &error);
  g_assert_no_error (error);
  g_assert_true (mv_year_plan_store (f->store, f->council, plan, &error));
  g_assert_no_error (error);

  meetings = mv_store_list_meetings (f->store, f->council, 2028);
  g_assert_cmpuint (meetings->len, ==, 2);
  assert_agenda (f, g_ptr_array_index (meetings, 0),
                 NOTICE "=01/28|" MINUTES "=02/28|" REPORTS "=03/28|" AOB "=04/28");
  assert_agenda (f, g_ptr_array_index (meetings, 1),
                 NOTICE "=05/28|" MINUTES "=06/28|" REPORTS "=07/28|" AOB "=08/28");
  link = linked_meeting (item_at (f, g_ptr_array_index (meetings, 1), 1));
  g_assert_cmpstr (link, ==, mv_record_get_id (g_ptr_array_index (meetings, 0)));
}

/* --- Numbers ------------------------------------------------------------- */

static void
test_numbering (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MvMeeting *a, *b, *next_year, *early;
  MvAgendaItem *backlog;
  g_autofree char *number = NULL;
  GDate date;

  a = meeting_on (f, 2027, 3, 9);
  b = meeting_on (f, 2027, 4, 13);
  next_year = meeting_on (f, 2028, 2, 8);

  add_case (f, a, "A1", 15);
  add_case (f, b, "B1", 15);
  assert_agenda (f, a, NOTICE "=01/27|" MINUTES "=02/27|" REPORTS "=03/27|A1=04/27|" AOB "=05/27");
  assert_agenda (f, b, NOTICE "=06/27|" MINUTES "=07/27|" REPORTS "=08/27|B1=09/27|" AOB "=10/27");
  /* A new year starts at 01. */
  assert_agenda (f, next_year,
                 NOTICE "=01/28|" MINUTES "=02/28|" REPORTS "=03/28|" AOB "=04/28");

  number = mv_agenda_item_dup_number (item_at (f, b, 3));
  g_assert_cmpstr (number, ==, "09/27");

  /* The backlog has no numbers. */
  backlog = add_case (f, NULL, "Senere", 15);
  g_assert_cmpint (mv_agenda_item_get_number (backlog), ==, 0);
  assert_agenda (f, NULL, "Senere=");

  /* A meeting earlier in the year takes the first numbers. */
  early = meeting_on (f, 2027, 2, 9);
  assert_agenda (f, early, NOTICE "=01/27|" MINUTES "=02/27|" REPORTS "=03/27|" AOB "=04/27");
  assert_agenda (f, a, NOTICE "=05/27|" MINUTES "=06/27|" REPORTS "=07/27|A1=08/27|" AOB "=09/27");
  assert_agenda (f, b, NOTICE "=10/27|" MINUTES "=11/27|" REPORTS "=12/27|B1=13/27|" AOB "=14/27");

  /* A meeting moved to a later date takes its numbers along. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 11, 5, 2027);
  g_assert_true (mv_meeting_move (f->store, early, &date, NULL, &error));
  g_assert_no_error (error);
  assert_agenda (f, a, NOTICE "=01/27|" MINUTES "=02/27|" REPORTS "=03/27|A1=04/27|" AOB "=05/27");
  assert_agenda (f, early, NOTICE "=11/27|" MINUTES "=12/27|" REPORTS "=13/27|" AOB "=14/27");
}

static void
test_notice (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MvMeeting *a, *b, *c;
  MvAgendaItem *backlog;

  a = meeting_on (f, 2027, 3, 9);
  b = meeting_on (f, 2027, 4, 13);
  add_case (f, a, "A1", 15);

  g_assert_true (mv_agenda_send_notice (f->store, a, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mv_meeting_get_status (a), ==, MV_MEETING_STATUS_NOTICE_SENT);
  assert_agenda (f, a, NOTICE "=01/27!|" MINUTES "=02/27!|" REPORTS "=03/27!|A1=04/27!|"
                       AOB "=05/27!");
  assert_agenda (f, b, NOTICE "=06/27|" MINUTES "=07/27|" REPORTS "=08/27|" AOB "=09/27");

  /* Once is enough. */
  g_assert_false (mv_agenda_send_notice (f->store, a, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_clear_error (&error);

  /* A late case takes the next free number; the later meeting's
   * provisional numbers make room. */
  add_case (f, a, "Sen", 10);
  assert_agenda (f, a, NOTICE "=01/27!|" MINUTES "=02/27!|" REPORTS "=03/27!|A1=04/27!|"
                       "Sen=06/27!|" AOB "=05/27!");
  assert_agenda (f, b, NOTICE "=07/27|" MINUTES "=08/27|" REPORTS "=09/27|" AOB "=10/27");

  /* Fixed numbers stay when the agenda is reordered. */
  g_assert_true (mv_agenda_reorder (f->store, item_at (f, a, 4), 0, NULL, &error));
  g_assert_no_error (error);
  assert_agenda (f, a, "Sen=06/27!|" NOTICE "=01/27!|" MINUTES "=02/27!|" REPORTS "=03/27!|"
                       "A1=04/27!|" AOB "=05/27!");

  g_assert_true (mv_agenda_send_notice (f->store, b, &error));
  g_assert_no_error (error);
  assert_agenda (f, b, NOTICE "=07/27!|" MINUTES "=08/27!|" REPORTS "=09/27!|" AOB "=10/27!");

  /* From the backlog to a meeting after its notice: the next free number
   * of the year, also for the earlier meeting. */
  backlog = add_case (f, NULL, "Fra backlog", 15);
  g_assert_true (mv_agenda_move (f->store, backlog, a, MV_AGENDA_BEFORE_AOB, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mv_agenda_item_get_number (backlog), ==, 11);
  g_assert_true (mv_agenda_item_get_number_fixed (backlog));
  assert_agenda (f, b, NOTICE "=07/27!|" MINUTES "=08/27!|" REPORTS "=09/27!|" AOB "=10/27!");

  /* A later meeting continues after the highest number. */
  c = meeting_on (f, 2027, 5, 11);
  assert_agenda (f, c, NOTICE "=12/27|" MINUTES "=13/27|" REPORTS "=14/27|" AOB "=15/27");
}

/* Undo for whole meetings: sending the notice (with a late addition),
 * and cancelling a meeting whose cases went to another. */
static void
test_snapshot (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvUndo) notice = NULL;
  g_autoptr(MvUndo) cancel = NULL;
  MvMeeting *a, *b;

  a = meeting_on (f, 2027, 3, 9);
  b = meeting_on (f, 2027, 4, 13);
  add_case (f, a, "A1", 15);
  add_case (f, b, "B1", 15);

  notice = mv_agenda_snapshot_new (f->store, a, NULL);
  g_assert_true (mv_agenda_send_notice (f->store, a, &error));
  g_assert_no_error (error);
  add_case (f, a, "Sen", 10);
  assert_agenda (f, a, NOTICE "=01/27!|" MINUTES "=02/27!|" REPORTS "=03/27!|A1=04/27!|"
                       "Sen=06/27!|" AOB "=05/27!");

  g_assert_true (mv_undo_apply (notice, f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mv_meeting_get_status (a), ==, MV_MEETING_STATUS_PLANNED);
  assert_agenda (f, a, NOTICE "=01/27|" MINUTES "=02/27|" REPORTS "=03/27|A1=04/27|"
                       "Sen=05/27|" AOB "=06/27");
  assert_agenda (f, b, NOTICE "=07/27|" MINUTES "=08/27|" REPORTS "=09/27|B1=10/27|"
                       AOB "=11/27");

  /* Cancelled, its cases to the next meeting; Undo puts both back. */
  cancel = mv_agenda_snapshot_new (f->store, a, b);
  g_assert_true (mv_meeting_cancel (f->store, a, b, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mv_meeting_get_status (a), ==, MV_MEETING_STATUS_CANCELLED);
  assert_agenda (f, b, NOTICE "=01/27|" MINUTES "=02/27|" REPORTS "=03/27|B1=04/27|"
                       "A1=05/27|Sen=06/27|" AOB "=07/27");

  g_assert_true (mv_undo_apply (cancel, f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mv_meeting_get_status (a), ==, MV_MEETING_STATUS_PLANNED);
  assert_agenda (f, a, NOTICE "=01/27|" MINUTES "=02/27|" REPORTS "=03/27|A1=04/27|"
                       "Sen=05/27|" AOB "=06/27");
  assert_agenda (f, b, NOTICE "=07/27|" MINUTES "=08/27|" REPORTS "=09/27|B1=10/27|"
                       AOB "=11/27");
}

/* --- Moving and ordering ------------------------------------------------- */

static void
test_reorder (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvUndo) undo = NULL;
  g_autoptr(MvUndo) undo2 = NULL;
  MvMeeting *a;
  MvAgendaItem *x, *y;

  a = meeting_on (f, 2027, 3, 9);
  x = add_case (f, a, "X", 15);
  y = add_case (f, a, "Y", 15);
  assert_agenda (f, a, NOTICE "=01/27|" MINUTES "=02/27|" REPORTS "=03/27|X=04/27|Y=05/27|"
                       AOB "=06/27");

  g_assert_true (mv_agenda_reorder (f->store, y, 1, &undo, &error));
  g_assert_no_error (error);
  assert_agenda (f, a, NOTICE "=01/27|Y=02/27|" MINUTES "=03/27|" REPORTS "=04/27|X=05/27|"
                       AOB "=06/27");

  /* Undo puts it back, numbers and all. */
  g_assert_true (mv_undo_apply (undo, f->store, &error));
  g_assert_no_error (error);
  assert_agenda (f, a, NOTICE "=01/27|" MINUTES "=02/27|" REPORTS "=03/27|X=04/27|Y=05/27|"
                       AOB "=06/27");

  /* Nothing goes after "any other business", and it stays last. */
  g_assert_true (mv_agenda_reorder (f->store, x, 99, &undo2, &error));
  g_assert_no_error (error);
  assert_agenda (f, a, NOTICE "=01/27|" MINUTES "=02/27|" REPORTS "=03/27|Y=04/27|X=05/27|"
                       AOB "=06/27");
  g_assert_true (mv_agenda_reorder (f->store, item_at (f, a, 5), 0, NULL, &error));
  g_assert_no_error (error);
  assert_agenda (f, a, NOTICE "=01/27|" MINUTES "=02/27|" REPORTS "=03/27|Y=04/27|X=05/27|"
                       AOB "=06/27");
}

static void
test_move (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvUndo) undo = NULL;
  g_autoptr(MvUndo) to_backlog = NULL;
  g_autoptr(MvUndo) added = NULL;
  MvMeeting *a, *b, *cancelled, *next_year;
  MvAgendaItem *x, *y, *z;

  a = meeting_on (f, 2027, 3, 9);
  b = meeting_on (f, 2027, 4, 13);
  x = add_case (f, a, "X", 15);
  y = add_case (f, a, "Y", 15);

  /* To another meeting, before its "any other business". */
  g_assert_true (mv_agenda_move (f->store, x, b, MV_AGENDA_BEFORE_AOB, &undo, &error));
  g_assert_no_error (error);
  assert_agenda (f, a, NOTICE "=01/27|" MINUTES "=02/27|" REPORTS "=03/27|Y=04/27|" AOB "=05/27");
  assert_agenda (f, b, NOTICE "=06/27|" MINUTES "=07/27|" REPORTS "=08/27|X=09/27|" AOB "=10/27");

  /* Undo: back to its place and number. */
  g_assert_true (mv_undo_apply (undo, f->store, &error));
  g_assert_no_error (error);
  assert_agenda (f, a, NOTICE "=01/27|" MINUTES "=02/27|" REPORTS "=03/27|X=04/27|Y=05/27|"
                       AOB "=06/27");
  assert_agenda (f, b, NOTICE "=07/27|" MINUTES "=08/27|" REPORTS "=09/27|" AOB "=10/27");

  /* To a given position. */
  g_assert_true (mv_agenda_move (f->store, y, b, 0, NULL, &error));
  g_assert_no_error (error);
  assert_agenda (f, b, "Y=06/27|" NOTICE "=07/27|" MINUTES "=08/27|" REPORTS "=09/27|"
                       AOB "=10/27");

  /* To the backlog: no number; Undo brings it back. */
  g_assert_true (mv_agenda_move (f->store, x, NULL, MV_AGENDA_BEFORE_AOB, &to_backlog, &error));
  g_assert_no_error (error);
  g_assert_null (mv_agenda_item_get_meeting_id (x));
  assert_agenda (f, NULL, "X=");
  assert_agenda (f, a, NOTICE "=01/27|" MINUTES "=02/27|" REPORTS "=03/27|" AOB "=04/27");
  g_assert_true (mv_undo_apply (to_backlog, f->store, &error));
  g_assert_no_error (error);
  assert_agenda (f, NULL, "");
  assert_agenda (f, a, NOTICE "=01/27|" MINUTES "=02/27|" REPORTS "=03/27|X=04/27|" AOB "=05/27");

  /* Into another year: numbered there. */
  next_year = meeting_on (f, 2028, 2, 8);
  g_assert_true (mv_agenda_move (f->store, x, next_year, MV_AGENDA_BEFORE_AOB, NULL, &error));
  g_assert_no_error (error);
  assert_agenda (f, next_year, NOTICE "=01/28|" MINUTES "=02/28|" REPORTS "=03/28|X=04/28|"
                               AOB "=05/28");
  assert_agenda (f, a, NOTICE "=01/27|" MINUTES "=02/27|" REPORTS "=03/27|" AOB "=04/27");

  /* Not to a cancelled meeting. */
  cancelled = meeting_on (f, 2027, 5, 11);
  g_assert_true (mv_meeting_cancel (f->store, cancelled, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (mv_agenda_move (f->store, y, cancelled, MV_AGENDA_BEFORE_AOB, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_clear_error (&error);

  /* Undo of an addition takes the item away. */
  z = mv_agenda_add_item (f->store, f->council, a, "Z", MV_ITEM_KIND_INFORMATION, 10, "NAV",
                          NULL, &added, &error);
  g_assert_no_error (error);
  g_assert_nonnull (z);
  assert_agenda (f, a, NOTICE "=01/27|" MINUTES "=02/27|" REPORTS "=03/27|Z=04/27|" AOB "=05/27");
  g_assert_true (mv_undo_apply (added, f->store, &error));
  g_assert_no_error (error);
  assert_agenda (f, a, NOTICE "=01/27|" MINUTES "=02/27|" REPORTS "=03/27|" AOB "=04/27");

  /* Bad input is refused. */
  g_assert_null (mv_agenda_add_item (f->store, f->council, a, "  ", MV_ITEM_KIND_INFORMATION,
                                     10, NULL, NULL, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (mv_agenda_add_item (f->store, f->council, a, "Dato", MV_ITEM_KIND_INPUT,
                                     10, NULL, "2027-13-01", NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
}

/* --- Times ----------------------------------------------------------------- */

static void
test_times (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(MvAgendaTimes) times = NULL;
  g_autoptr(MvAgendaTimes) fits = NULL;
  MvMeeting *a = meeting_on (f, 2027, 3, 9);   /* 10:00–12:00 */
  static const char * const starts[] = { "10:00", "10:05", "10:10", "10:30", "11:15", "12:15" };

  /* The fixed items: 5 + 5 + 20 + 10 minutes. */
  fits = mv_agenda_start_times (f->store, a);
  g_assert_cmpint (fits->total_minutes, ==, 40);
  g_assert_cmpint (fits->length_minutes, ==, 120);
  g_assert_cmpint (fits->overrun_minutes, ==, 0);

  add_case (f, a, "Lang sak", 45);
  add_case (f, a, "Lengre sak", 60);
  times = mv_agenda_start_times (f->store, a);
  g_assert_cmpuint (times->starts->len, ==, G_N_ELEMENTS (starts));
  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    g_assert_cmpstr (g_ptr_array_index (times->starts, i), ==, starts[i]);
  g_assert_cmpint (times->total_minutes, ==, 145);
  g_assert_cmpint (times->overrun_minutes, ==, 25);
}

/* --- Warnings -------------------------------------------------------------- */

static gboolean
has_warning (Fixture             *f,
             MvMeeting           *meeting,
             GDate               *today,
             MvAgendaWarningCode  code,
             MvAgendaItem        *item)
{
  g_autoptr(GPtrArray) warnings = mv_agenda_warnings (f->store, meeting, today);

  for (guint i = 0; i < warnings->len; i++)
    {
      MvAgendaWarning *w = g_ptr_array_index (warnings, i);

      g_assert_nonnull (w->reason);
      g_assert_cmpstr (w->reason, !=, "");
      if (w->code == code && w->item == item)
        return TRUE;
    }
  return FALSE;
}

static void
test_warnings (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) none = NULL;
  MvMeeting *a = meeting_on (f, 2027, 3, 9);    /* notice date 2027-02-23 */
  MvAgendaItem *input, *bare, *decision;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 23, 2, 2027);

  /* The fixed items alone give no warning. */
  none = mv_agenda_warnings (f->store, a, &today);
  g_assert_cmpuint (none->len, ==, 0);

  /* Input that NAV decides on the day of the meeting comes too late. */
  input = mv_agenda_add_item (f->store, f->council, a, "Innspill", MV_ITEM_KIND_INPUT, 20, "NAV",
                              "2027-03-09", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (has_warning (f, a, &today, MV_AGENDA_WARNING_DECIDED_BEFORE, input));
  g_assert_true (mv_store_set (f->store, input, &error, "nav-decision-date", "2027-03-10", NULL));
  g_assert_false (has_warning (f, a, &today, MV_AGENDA_WARNING_DECIDED_BEFORE, input));

  /* A case without a presenter. */
  bare = mv_agenda_add_item (f->store, f->council, a, "Uten innleder",
                             MV_ITEM_KIND_INFORMATION, 10, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (has_warning (f, a, &today, MV_AGENDA_WARNING_NO_PRESENTER, bare));
  g_assert_true (mv_store_set (f->store, bare, &error, "presenter", "Leder", NULL));
  g_assert_false (has_warning (f, a, &today, MV_AGENDA_WARNING_NO_PRESENTER, bare));

  /* A decision needs a proposed resolution. */
  decision = mv_agenda_add_item (f->store, f->council, a, "Vedtak", MV_ITEM_KIND_DECISION, 10,
                                 "Leder", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (has_warning (f, a, &today, MV_AGENDA_WARNING_NO_RESOLUTION, decision));
  g_assert_true (mv_store_set (f->store, decision, &error,
                               "proposed-resolution", "Utvalget slutter seg til planen.", NULL));
  g_assert_false (has_warning (f, a, &today, MV_AGENDA_WARNING_NO_RESOLUTION, decision));

  /* The notice: due on the notice date, late the day after, not once sent. */
  g_assert_false (has_warning (f, a, &today, MV_AGENDA_WARNING_NOTICE_LATE, NULL));
  g_date_add_days (&today, 1);
  g_assert_true (has_warning (f, a, &today, MV_AGENDA_WARNING_NOTICE_LATE, NULL));
  /* The date as the UI says dates, not the file's ISO form. */
  {
    g_autoptr(GPtrArray) late = mv_agenda_warnings (f->store, a, &today);
    g_autofree char *due = mv_date_format_user (mv_meeting_get_notice_date (a),
                                                MV_DATE_STYLE_SHORT);
    g_autofree char *expected = g_strdup_printf ("The notice was due on %s and has not been sent",
                                                 due);
    gboolean found = FALSE;

    for (guint i = 0; i < late->len; i++)
      {
        MvAgendaWarning *w = g_ptr_array_index (late, i);

        if (w->code == MV_AGENDA_WARNING_NOTICE_LATE)
          {
            g_assert_cmpstr (w->reason, ==, expected);
            g_assert_null (strstr (w->reason, mv_meeting_get_notice_date (a)));
            found = TRUE;
          }
      }
    g_assert_true (found);
  }
  g_assert_true (mv_agenda_send_notice (f->store, a, &error));
  g_assert_no_error (error);
  g_assert_false (has_warning (f, a, &today, MV_AGENDA_WARNING_NOTICE_LATE, NULL));
}

/* --- Relevant organisations ---------------------------------------------- */

static char *
relevant_names (Fixture      *f,
                MvAgendaItem *item)
{
  g_autoptr(GPtrArray) relevant = mv_agenda_relevant_organisations (f->store, item);
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < relevant->len; i++)
    {
      MvRelevantOrganisation *r = g_ptr_array_index (relevant, i);

      g_string_append_printf (s, "%s%s:", i ? "|" : "",
                              mv_organisation_get_short_name (r->organisation));
      for (guint w = 0; w < r->words->len; w++)
        g_string_append_printf (s, "%s%s", w ? "," : "", (char *) g_ptr_array_index (r->words, w));
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
test_organisations (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "sample.db", NULL);
  g_autoptr(MvStore) store = NULL;
  g_autofree char *names = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *none = NULL;
  g_autofree char *short_word = NULL;
  MvCouncil *council;
  MvAgendaItem *item;
  Fixture f = { 0 };

  store = mv_store_open (path, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (mv_sample_create (store, NULL, &error));
  g_assert_no_error (error);
  council = mv_store_find_council (store, NULL, &error);
  g_assert_no_error (error);
  f.store = store;

  item = mv_agenda_add_item (store, council, NULL, "Saksbehandlingstid for uføretrygd og AAP",
                             MV_ITEM_KIND_INFORMATION, 15, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  names = relevant_names (&f, item);
  /* FFO names both; "og" in RIO's "aktivitet og arbeidstrening" does not count. */
  g_assert_true (g_str_has_prefix (names, "FFO:AAP,uføretrygd|"));
  g_assert_nonnull (strstr (names, "SAFO:uføretrygd"));
  g_assert_nonnull (strstr (names, "Kreftforeningen:AAP"));
  g_assert_null (strstr (names, "RIO"));

  /* Word prefixes of four letters or more, whatever the case; the background counts. */
  g_assert_true (mv_store_set (store, item, &error, "title", "Ny ordning",
                               "background", "UFØRETRYGDEN endres, og SYKEPENGER også.", NULL));
  prefix = relevant_names (&f, item);
  g_assert_nonnull (strstr (prefix, "FFO:uføretrygd,sykepenger"));
  g_assert_nonnull (strstr (prefix, "Mental Helse:sykepenger"));

  /* A word is not matched inside another: "rus" is not in "Brusprosjektet". */
  g_assert_true (mv_store_set (store, item, &error, "title", "Brusprosjektet", "background", "",
                               NULL));
  none = relevant_names (&f, item);
  g_assert_null (strstr (none, "RIO"));

  /* Short area words match whole words only. */
  g_assert_true (mv_store_set (store, item, &error, "title", "AAPEN dør", NULL));
  short_word = relevant_names (&f, item);
  g_assert_cmpstr (short_word, ==, "");

  g_clear_object (&store);
  mv_test_remove_tree (dir);
}

static char *
gaps_of (Fixture   *f,
         MvMeeting *meeting)
{
  g_autoptr(GPtrArray) gaps = mv_agenda_notice_gaps (f->store, meeting);

  g_ptr_array_add (gaps, NULL);
  return g_strjoinv ("|", (char **) gaps->pdata);
}

/* What the notice lacks: the place, the secretariat's name and contact,
 * the cases' presenters – never a fixed item's. */
static void
test_notice_gaps (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MvMeeting *meeting = meeting_on (f, 2026, 3, 10);
  MvAgendaItem *item;
  MvMeetingEdit edit = MV_MEETING_EDIT_INIT;
  g_autofree char *all = NULL;
  g_autofree char *number = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *phone_only = NULL;
  g_autofree char *none = NULL;

  g_assert_true (mv_agenda_add_fixed_items (f->store, meeting, &error));
  g_assert_no_error (error);
  item = mv_agenda_add_item (f->store, f->council, meeting, "Brukerundersøkelsen",
                             MV_ITEM_KIND_DISCUSSION, 20, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  number = mv_agenda_item_dup_number (item);
  g_assert_cmpstr (number, !=, "");

  all = gaps_of (f, meeting);
  expected = g_strdup_printf ("The meeting has no place|The secretariat has no name|"
                              "The secretariat has no e-mail or phone|"
                              "Item %s has no presenter", number);
  g_assert_cmpstr (all, ==, expected);

  /* A phone number is enough to send apologies to. */
  edit.place = "Møterom Fjorden";
  g_assert_true (mv_meeting_update (f->store, meeting, &edit, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (mv_council_update (f->store, f->council, NULL, &error,
                                    "secretariat-name", "Kari Nordmann",
                                    "secretariat-phone", "55 55 55 55", NULL));
  g_assert_no_error (error);
  phone_only = gaps_of (f, meeting);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("Item %s has no presenter", number);
  g_assert_cmpstr (phone_only, ==, expected);

  g_assert_true (mv_council_update (f->store, f->council, NULL, &error,
                                    "secretariat-phone", "", "secretariat-email",
                                    "kari.nordmann@nav.no", NULL));
  g_assert_no_error (error);
  {
    MvAgendaItemEdit item_edit = MV_AGENDA_ITEM_EDIT_INIT;

    item_edit.presenter = "Leder";
    g_assert_true (mv_agenda_update_item (f->store, item, &item_edit, NULL, &error));
    g_assert_no_error (error);
  }
  none = gaps_of (f, meeting);
  g_assert_cmpstr (none, ==, "");
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/agenda/fixed-items", test_fixed_items);
  ADD ("/agenda/fixed-items/year-plan", test_fixed_items_year_plan);
  ADD ("/agenda/numbering", test_numbering);
  ADD ("/agenda/notice", test_notice);
  ADD ("/agenda/snapshot", test_snapshot);
  ADD ("/agenda/reorder", test_reorder);
  ADD ("/agenda/move", test_move);
  ADD ("/agenda/times", test_times);
  ADD ("/agenda/warnings", test_warnings);
  ADD ("/agenda/notice-gaps", test_notice_gaps);
  g_test_add_func ("/agenda/organisations", test_organisations);

  return g_test_run ();
}
