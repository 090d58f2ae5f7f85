/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>

#include "mv-agenda.h"
#include "mv-councils.h"
#include "mv-documents.h"
#include "mv-error.h"
#include "mv-meetings.h"
#include "mv-member.h"
#include "mv-organisation.h"
#include "mv-queries.h"
#include "mv-test-store.h"
#include "mv-test-utils.h"
#include "mv-year-plan.h"

/* The core operations the GUI and medvirke-cli share for councils, their
 * fixed items, meetings, agenda items and documents: what they write to
 * the file, what they refuse without writing, and their Undo. */

typedef struct
{
  MvTestStore  ts;
  sqlite3     *db;      /* a connection of the test's own */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  mv_test_store_set_up_named (&f->ts, "operations.db", MV_TEST_STORE_EMPTY);
  mv_test_store_add_council (&f->ts, "  Brukerutvalget NAV Eksempelby ", "NAV Eksempelby");
  f->db = mv_test_db_open (f->ts.path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->db, sqlite3_close);
  mv_test_store_tear_down (&f->ts);
}

static void
apply (Fixture *f,
       MvUndo  *undo)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (undo);
  g_assert_true (mv_undo_apply (undo, f->ts.store, &error));
  g_assert_no_error (error);
}

/* One column of one row of the file, as text. */
static char *
column (Fixture    *f,
        const char *table,
        const char *column_name,
        gpointer    record)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce(%s, '') FROM %s WHERE id = ?1",
                                          column_name, table);

  return mv_test_db_text (f->db, sql, mv_record_get_id (MV_RECORD (record)), NULL);
}

#define assert_column(f, table, name, record, expected) \
  G_STMT_START { \
    g_autofree char *mv_value_ = column ((f), (table), (name), (record)); \
    g_assert_cmpstr (mv_value_, ==, (expected)); \
  } G_STMT_END

/* The council's fixed items as the file has them: "title:position" in
 * position order, removed ones left out. */
static char *
fixed_items (Fixture *f)
{
  return mv_test_db_text (f->db,
                          "SELECT group_concat(title || ':' || position, '|') FROM "
                          "(SELECT title, position FROM council_fixed_items WHERE council_id = ?1 "
                          " AND deleted_at IS NULL ORDER BY position)",
                          mv_record_get_id (MV_RECORD (f->ts.council)), NULL);
}

#define assert_fixed_items(f, expected) \
  G_STMT_START { \
    g_autofree char *mv_items_ = fixed_items (f); \
    g_assert_cmpstr (mv_items_, ==, (expected)); \
  } G_STMT_END

static MvMeeting *
meeting_on (Fixture    *f,
            int         year,
            int         month,
            int         day,
            const char *start)
{
  g_autoptr(GError) error = NULL;
  MvMeeting *meeting;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  meeting = mv_meeting_create (f->ts.store, f->ts.council, &date, start, 120, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (meeting);
  return meeting;
}

/* The numbers of a meeting's agenda, "NN/YY" and "!" when fixed. */
static char *
numbers_of (Fixture   *f,
            MvMeeting *meeting)
{
  g_autoptr(GPtrArray) items = mv_store_list_agenda (f->ts.store, meeting);
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      MvAgendaItem *item = g_ptr_array_index (items, i);
      g_autofree char *number = mv_agenda_item_dup_number (item);

      g_string_append_printf (s, "%s%s%s", i ? " " : "", number,
                              mv_agenda_item_get_number_fixed (item) ? "!" : "");
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

#define assert_numbers(f, meeting, expected) \
  G_STMT_START { \
    g_autofree char *mv_numbers_ = numbers_of ((f), (meeting)); \
    g_assert_cmpstr (mv_numbers_, ==, (expected)); \
  } G_STMT_END

/* --- Councils ----------------------------------------------------------- */

static void
test_council_create (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvUndo) undo = NULL;
  MvCouncil *other;

  /* The name without white space, and the fixed items of every agenda. */
  assert_column (f, "councils", "name", f->ts.council, "Brukerutvalget NAV Eksempelby");
  assert_fixed_items (f, "Godkjenning av innkalling og saksliste:0|"
                         "Godkjenning av referat fra forrige møte:1|"
                         "Orienteringer fra brukerorganisasjonene:2|Eventuelt:3");

  g_assert_null (mv_council_create (f->ts.store, " \t", NULL, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (mv_test_db_int (f->db, "SELECT count(*) FROM councils", NULL), ==, 1);

  /* Undo takes the council and its fixed items away again. */
  other = mv_council_create (f->ts.store, "Ungdomsrådet", NULL, &undo, &error);
  g_assert_no_error (error);
  g_assert_nonnull (other);
  g_assert_cmpint (mv_test_db_int (f->db, "SELECT count(*) FROM council_fixed_items "
                                          "WHERE deleted_at IS NULL", NULL), ==, 8);
  apply (f, undo);
  g_assert_cmpuint (g_list_model_get_n_items (mv_store_get_model (f->ts.store, MV_TYPE_COUNCIL)),
                    ==, 1);
  g_assert_cmpint (mv_test_db_int (f->db, "SELECT count(*) FROM councils "
                                          "WHERE deleted_at IS NULL", NULL), ==, 1);
  g_assert_cmpint (mv_test_db_int (f->db, "SELECT count(*) FROM council_fixed_items "
                                          "WHERE deleted_at IS NULL", NULL), ==, 4);
}

static void
test_council_update (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvUndo) undo = NULL;
  g_autofree char *before = NULL;

  g_assert_true (mv_council_update (f->ts.store, f->ts.council, &undo, &error,
                                    "name", " Brukerrådet NAV Vest ",
                                    "level", MV_COUNCIL_LEVEL_COUNTY,
                                    "language", MV_LANGUAGE_NN,
                                    "start-time", "09:30",
                                    "length-minutes", 150,
                                    "honorarium-rate", 950,
                                    "reserve-youth-seat", TRUE,
                                    NULL));
  g_assert_no_error (error);
  assert_column (f, "councils", "name", f->ts.council, "Brukerrådet NAV Vest");
  assert_column (f, "councils", "level", f->ts.council, "county");
  assert_column (f, "councils", "language", f->ts.council, "nn");
  assert_column (f, "councils", "start_time", f->ts.council, "09:30");
  assert_column (f, "councils", "length_minutes", f->ts.council, "150");
  assert_column (f, "councils", "honorarium_rate", f->ts.council, "950");
  assert_column (f, "councils", "reserve_youth_seat", f->ts.council, "1");

  /* Refused whole, nothing written: one bad value among good ones. */
  before = column (f, "councils", "updated_at", f->ts.council);
  g_assert_false (mv_council_update (f->ts.store, f->ts.council, NULL, &error,
                                     "nav-unit", "NAV Nord", "name", "   ", NULL));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (mv_council_update (f->ts.store, f->ts.council, NULL, &error,
                                     "nav-unit", "NAV Nord", "start-time", "9.30", NULL));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "9.30"));
  g_clear_error (&error);
  g_assert_false (mv_council_update (f->ts.store, f->ts.council, NULL, &error,
                                     "nav-unit", "NAV Nord", "length-minutes", 5, NULL));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "5"));
  g_clear_error (&error);
  g_assert_false (mv_council_update (f->ts.store, f->ts.council, NULL, &error,
                                     "notice-days", 400, NULL));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_clear_error (&error);
  assert_column (f, "councils", "nav_unit", f->ts.council, "NAV Eksempelby");
  assert_column (f, "councils", "updated_at", f->ts.council, before);

  /* Undo: the settings as they were. */
  apply (f, undo);
  assert_column (f, "councils", "name", f->ts.council, "Brukerutvalget NAV Eksempelby");
  assert_column (f, "councils", "level", f->ts.council, "local");
  assert_column (f, "councils", "start_time", f->ts.council, "10:00");
  assert_column (f, "councils", "honorarium_rate", f->ts.council, "0");
  g_assert_cmpstr (mv_council_get_name (f->ts.council), ==, "Brukerutvalget NAV Eksempelby");
}

static void
test_fixed_items (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) order = NULL;
  g_autoptr(MvUndo) add_undo = NULL;
  g_autoptr(MvUndo) reorder_undo = NULL;
  g_autoptr(MvUndo) remove_undo = NULL;
  g_autoptr(MvUndo) update_undo = NULL;
  MvFixedItem *item;

  item = mv_council_add_fixed_item (f->ts.store, f->ts.council, " Budsjett ", MV_ITEM_KIND_DECISION, 15,
                                    &add_undo, &error);
  g_assert_no_error (error);
  g_assert_nonnull (item);
  assert_fixed_items (f, "Godkjenning av innkalling og saksliste:0|"
                         "Godkjenning av referat fra forrige møte:1|"
                         "Orienteringer fra brukerorganisasjonene:2|Eventuelt:3|Budsjett:4");
  assert_column (f, "council_fixed_items", "kind", item, "decision");
  assert_column (f, "council_fixed_items", "fixed_kind", item, "other");

  /* Refused without a title or with a length beyond a day; nothing added. */
  g_assert_null (mv_council_add_fixed_item (f->ts.store, f->ts.council, "  ", MV_ITEM_KIND_FIXED, 10,
                                            NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (mv_council_add_fixed_item (f->ts.store, f->ts.council, "Lang", MV_ITEM_KIND_FIXED,
                                            2000, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (mv_test_db_int (f->db, "SELECT count(*) FROM council_fixed_items", NULL),
                   ==, 5);

  g_assert_true (mv_council_update_fixed_item (f->ts.store, item, "Budsjett 2027", -1, 30,
                                               &update_undo, &error));
  g_assert_no_error (error);
  assert_column (f, "council_fixed_items", "title", item, "Budsjett 2027");
  assert_column (f, "council_fixed_items", "duration_minutes", item, "30");
  assert_column (f, "council_fixed_items", "kind", item, "decision");
  g_assert_false (mv_council_update_fixed_item (f->ts.store, item, "", -1, -1, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_clear_error (&error);
  apply (f, update_undo);
  assert_column (f, "council_fixed_items", "title", item, "Budsjett");
  assert_column (f, "council_fixed_items", "duration_minutes", item, "15");

  /* The new one first; Undo puts the old order back. */
  items = mv_council_list_fixed_items (f->ts.store, f->ts.council);
  order = g_ptr_array_new ();
  g_ptr_array_add (order, item);
  for (guint i = 0; i + 1 < items->len; i++)
    g_ptr_array_add (order, g_ptr_array_index (items, i));
  g_assert_true (mv_council_reorder_fixed_items (f->ts.store, f->ts.council, order, &reorder_undo,
                                                 &error));
  g_assert_no_error (error);
  assert_fixed_items (f, "Budsjett:0|Godkjenning av innkalling og saksliste:1|"
                         "Godkjenning av referat fra forrige møte:2|"
                         "Orienteringer fra brukerorganisasjonene:3|Eventuelt:4");
  apply (f, reorder_undo);
  assert_fixed_items (f, "Godkjenning av innkalling og saksliste:0|"
                         "Godkjenning av referat fra forrige møte:1|"
                         "Orienteringer fra brukerorganisasjonene:2|Eventuelt:3|Budsjett:4");

  /* Removing closes the gap; Undo brings it back to its place. */
  g_assert_true (mv_council_remove_fixed_item (f->ts.store, g_ptr_array_index (items, 1),
                                               &remove_undo, &error));
  g_assert_no_error (error);
  assert_fixed_items (f, "Godkjenning av innkalling og saksliste:0|"
                         "Orienteringer fra brukerorganisasjonene:1|Eventuelt:2|Budsjett:3");
  g_assert_false (mv_council_remove_fixed_item (f->ts.store, g_ptr_array_index (items, 1), NULL,
                                                &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_NOT_FOUND);
  g_clear_error (&error);
  apply (f, remove_undo);
  assert_fixed_items (f, "Godkjenning av innkalling og saksliste:0|"
                         "Godkjenning av referat fra forrige møte:1|"
                         "Orienteringer fra brukerorganisasjonene:2|Eventuelt:3|Budsjett:4");

  /* A new meeting's agenda has it, before "any other business". */
  {
    MvMeeting *meeting = meeting_on (f, 2027, 3, 9, "10:00");
    g_autoptr(GPtrArray) agenda = mv_store_list_agenda (f->ts.store, meeting);

    g_assert_cmpuint (agenda->len, ==, 5);
    g_assert_cmpstr (mv_agenda_item_get_title (g_ptr_array_index (agenda, 3)), ==, "Budsjett");
  }

  /* Undo of the addition removes it. */
  apply (f, add_undo);
  assert_fixed_items (f, "Godkjenning av innkalling og saksliste:0|"
                         "Godkjenning av referat fra forrige møte:1|"
                         "Orienteringer fra brukerorganisasjonene:2|Eventuelt:3");
}

/* --- Meetings ----------------------------------------------------------- */

static void
test_meeting_update (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvUndo) undo = NULL;
  g_autofree char *before = NULL;
  MvMeeting *meeting = meeting_on (f, 2027, 3, 9, "10:00");
  MvMeeting *other = meeting_on (f, 2027, 4, 13, "10:00");
  MvMeetingEdit edit = MV_MEETING_EDIT_INIT;
  GDate date;

  /* Place, theme and kind; the day and the deadlines stay. */
  edit.place = " Kommunehuset ";
  edit.theme = "Ungdom";
  edit.kind = MV_MEETING_KIND_WORKSHOP;
  g_assert_true (mv_meeting_update (f->ts.store, meeting, &edit, NULL, &error));
  g_assert_no_error (error);
  assert_column (f, "meetings", "place", meeting, "Kommunehuset");
  assert_column (f, "meetings", "theme", meeting, "Ungdom");
  assert_column (f, "meetings", "kind", meeting, "workshop");
  assert_column (f, "meetings", "starts_at", meeting, "2027-03-09T10:00");
  assert_column (f, "meetings", "case_deadline", meeting, "2027-02-16");

  /* A new end: the length follows. */
  edit = (MvMeetingEdit) MV_MEETING_EDIT_INIT;
  edit.end = "13:15";
  g_assert_true (mv_meeting_update (f->ts.store, meeting, &edit, NULL, &error));
  g_assert_no_error (error);
  assert_column (f, "meetings", "ends_at", meeting, "2027-03-09T13:15");
  g_assert_cmpint (mv_meeting_get_length (meeting), ==, 195);

  /* Moved: the length stays, the deadlines move. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 16, 3, 2027);
  edit = (MvMeetingEdit) MV_MEETING_EDIT_INIT;
  edit.date = &date;
  edit.start = "12:00";
  g_assert_true (mv_meeting_update (f->ts.store, meeting, &edit, &undo, &error));
  g_assert_no_error (error);
  assert_column (f, "meetings", "starts_at", meeting, "2027-03-16T12:00");
  assert_column (f, "meetings", "ends_at", meeting, "2027-03-16T15:15");
  assert_column (f, "meetings", "case_deadline", meeting, "2027-02-23");
  assert_column (f, "meetings", "notice_date", meeting, "2027-03-02");

  /* Refused, nothing written: onto the other meeting, an end before the
   * start, an end and a bad length, a cancelled status. */
  before = column (f, "meetings", "updated_at", meeting);
  g_date_set_dmy (&date, 13, 4, 2027);
  edit = (MvMeetingEdit) MV_MEETING_EDIT_INIT;
  edit.date = &date;
  edit.start = "10:00";
  edit.theme = "Nytt tema";
  g_assert_false (mv_meeting_update (f->ts.store, meeting, &edit, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_CONSTRAINT);
  g_clear_error (&error);
  edit = (MvMeetingEdit) MV_MEETING_EDIT_INIT;
  edit.end = "11:00";
  g_assert_false (mv_meeting_update (f->ts.store, meeting, &edit, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "11:00"));
  g_clear_error (&error);
  edit = (MvMeetingEdit) MV_MEETING_EDIT_INIT;
  edit.minutes = 2000;
  g_assert_false (mv_meeting_update (f->ts.store, meeting, &edit, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (mv_meeting_set_status (f->ts.store, meeting, MV_MEETING_STATUS_CANCELLED, NULL,
                                         &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_clear_error (&error);
  assert_column (f, "meetings", "updated_at", meeting, before);
  assert_column (f, "meetings", "theme", meeting, "Ungdom");

  /* Undo of the move: the day, start and deadlines as they were. */
  apply (f, undo);
  assert_column (f, "meetings", "starts_at", meeting, "2027-03-09T10:00");
  assert_column (f, "meetings", "ends_at", meeting, "2027-03-09T13:15");
  assert_column (f, "meetings", "case_deadline", meeting, "2027-02-16");

  /* A cancelled meeting is not edited. */
  g_assert_true (mv_meeting_cancel (f->ts.store, other, NULL, &error));
  edit = (MvMeetingEdit) MV_MEETING_EDIT_INIT;
  edit.theme = "Avlyst";
  g_assert_false (mv_meeting_update (f->ts.store, other, &edit, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  assert_column (f, "meetings", "theme", other, "");
}

static void
test_meeting_move_year (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvUndo) undo = NULL;
  MvMeeting *december = meeting_on (f, 2026, 12, 8, "10:00");
  MvMeeting *january = meeting_on (f, 2027, 1, 12, "10:00");
  MvMeetingEdit edit = MV_MEETING_EDIT_INIT;
  GDate date;

  assert_numbers (f, december, "01/26 02/26 03/26 04/26");
  assert_numbers (f, january, "01/27 02/27 03/27 04/27");

  /* Into the next year, before January's meeting: both are numbered. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 5, 1, 2027);
  edit.date = &date;
  g_assert_true (mv_meeting_update (f->ts.store, december, &edit, &undo, &error));
  g_assert_no_error (error);
  assert_numbers (f, december, "01/27 02/27 03/27 04/27");
  assert_numbers (f, january, "05/27 06/27 07/27 08/27");

  apply (f, undo);
  assert_column (f, "meetings", "starts_at", december, "2026-12-08T10:00");
  assert_numbers (f, december, "01/26 02/26 03/26 04/26");
  assert_numbers (f, january, "01/27 02/27 03/27 04/27");
}

static void
test_meeting_status (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvUndo) undo = NULL;
  g_autoptr(MvUndo) held_undo = NULL;
  MvMeeting *meeting = meeting_on (f, 2027, 3, 9, "10:00");

  /* The notice fixes the numbers, as sending it does. */
  g_assert_true (mv_meeting_set_status (f->ts.store, meeting, MV_MEETING_STATUS_NOTICE_SENT, &undo,
                                        &error));
  g_assert_no_error (error);
  assert_column (f, "meetings", "status", meeting, "notice-sent");
  assert_numbers (f, meeting, "01/27! 02/27! 03/27! 04/27!");
  g_assert_cmpint (mv_test_db_int (f->db, "SELECT count(*) FROM agenda_items "
                                          "WHERE meeting_id = ?1 AND number_fixed = 1",
                                   mv_record_get_id (MV_RECORD (meeting)), NULL), ==, 4);

  g_assert_true (mv_meeting_set_status (f->ts.store, meeting, MV_MEETING_STATUS_HELD, &held_undo,
                                        &error));
  g_assert_no_error (error);
  assert_column (f, "meetings", "status", meeting, "held");
  apply (f, held_undo);
  assert_column (f, "meetings", "status", meeting, "notice-sent");

  /* Undo: planned again, the numbers provisional. */
  apply (f, undo);
  assert_column (f, "meetings", "status", meeting, "planned");
  assert_numbers (f, meeting, "01/27 02/27 03/27 04/27");
}

static void
test_meeting_helpers (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) recipients = NULL;
  MvMeeting *past = meeting_on (f, 2001, 3, 13, "10:00");
  MvMeeting *future = meeting_on (f, 2999, 3, 12, "18:00");
  struct
  {
    const char   *name;
    MvMemberRole  role;
    const char   *email;
  } people[] = {
    { "Kari", MV_MEMBER_ROLE_CHAIR, "kari@example.org" },
    { "Ola", MV_MEMBER_ROLE_DEPUTY, " KARI@example.org" },
    { "Per", MV_MEMBER_ROLE_SECRETARY, "per@nav.no" },
    { "Siri", MV_MEMBER_ROLE_MEMBER, "" },
    { "Ali", MV_MEMBER_ROLE_MEMBER, "ali@example.org" },
  };
  GDate date;

  g_assert_true (mv_meeting_is_past (past));
  g_assert_false (mv_meeting_is_past (future));
  g_assert_cmpint (mv_meeting_get_length (future), ==, 120);
  g_assert_true (mv_meeting_get_date (future, &date));
  g_assert_cmpint (g_date_get_year (&date), ==, 2999);

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(MvMember) member = g_object_new (MV_TYPE_MEMBER,
                                                 "council-id",
                                                 mv_record_get_id (MV_RECORD (f->ts.council)),
                                                 "name", people[i].name,
                                                 "role", people[i].role,
                                                 "email", people[i].email,
                                                 "term-start", "2020-01-01",
                                                 NULL);

      g_assert_true (mv_store_insert (f->ts.store, member, &error));
      g_assert_no_error (error);
    }

  /* Members and deputies with an address, each address once. */
  recipients = mv_meeting_dup_recipients (f->ts.store, future);
  g_assert_cmpuint (g_strv_length (recipients), ==, 2);
  g_assert_true (g_strv_contains ((const char * const *) recipients, "kari@example.org"));
  g_assert_true (g_strv_contains ((const char * const *) recipients, "ali@example.org"));
}

/* --- Agenda items ------------------------------------------------------- */

static void
test_item_update (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvUndo) undo = NULL;
  g_autoptr(MvOrganisation) org = NULL;
  g_autoptr(MvMember) member = NULL;
  g_autofree char *before = NULL;
  MvMeeting *meeting = meeting_on (f, 2027, 3, 9, "10:00");
  MvAgendaItemEdit edit = MV_AGENDA_ITEM_EDIT_INIT;
  MvAgendaItem *item;

  org = g_object_new (MV_TYPE_ORGANISATION, "name", "Funksjonshemmedes Fellesorganisasjon",
                      "short-name", "FFO", NULL);
  member = g_object_new (MV_TYPE_MEMBER, "council-id", mv_record_get_id (MV_RECORD (f->ts.council)),
                         "name", "Kari Nordmann", "term-start", "2020-01-01", NULL);
  g_assert_true (mv_store_insert (f->ts.store, org, &error));
  g_assert_true (mv_store_insert (f->ts.store, member, &error));
  g_assert_no_error (error);

  item = mv_agenda_add_item (f->ts.store, f->ts.council, meeting, "Brukerundersøkelsen",
                             MV_ITEM_KIND_INFORMATION, 15, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  edit.title = "Brukerundersøkelsen 2027";
  edit.kind = MV_ITEM_KIND_INPUT;
  edit.raised_by = MV_RAISED_BY_ORGANISATION;
  edit.raised_by_organisation_id = mv_record_get_id (MV_RECORD (org));
  edit.presenter = "Kari Nordmann";
  edit.presenter_member_id = mv_record_get_id (MV_RECORD (member));
  edit.minutes = 25;
  edit.nav_decision_date = "2027-04-01";
  edit.public = FALSE;
  edit.background = "Svarene fra i fjor.";
  edit.proposed_resolution = "Utvalget tar saken til orientering.";
  g_assert_true (mv_agenda_update_item (f->ts.store, item, &edit, &undo, &error));
  g_assert_no_error (error);
  assert_column (f, "agenda_items", "title", item, "Brukerundersøkelsen 2027");
  assert_column (f, "agenda_items", "kind", item, "input");
  assert_column (f, "agenda_items", "raised_by", item, "organisation");
  assert_column (f, "agenda_items", "raised_by_organisation_id", item,
                 mv_record_get_id (MV_RECORD (org)));
  assert_column (f, "agenda_items", "presenter_member_id", item,
                 mv_record_get_id (MV_RECORD (member)));
  assert_column (f, "agenda_items", "duration_minutes", item, "25");
  assert_column (f, "agenda_items", "nav_decision_date", item, "2027-04-01");
  assert_column (f, "agenda_items", "public", item, "0");
  assert_column (f, "agenda_items", "background", item, "Svarene fra i fjor.");
  assert_column (f, "agenda_items", "proposed_resolution", item,
                 "Utvalget tar saken til orientering.");

  /* Another presenter's name ends the link to the member. */
  edit = (MvAgendaItemEdit) MV_AGENDA_ITEM_EDIT_INIT;
  edit.presenter = "NAV-leder";
  g_assert_true (mv_agenda_update_item (f->ts.store, item, &edit, NULL, &error));
  g_assert_no_error (error);
  assert_column (f, "agenda_items", "presenter", item, "NAV-leder");
  assert_column (f, "agenda_items", "presenter_member_id", item, "");

  /* Refused whole, nothing written. */
  before = column (f, "agenda_items", "updated_at", item);
  {
    struct
    {
      const char *title;
      int         minutes;
      const char *date;
      const char *organisation;
      const char *needle;
    } bad[] = {
      { " ", -1, NULL, NULL, NULL },
      { "Ny tittel", 1441, NULL, NULL, "1441" },
      { "Ny tittel", -1, "2027-02-30", NULL, "2027-02-30" },
      { "Ny tittel", -1, NULL, "ukjent-organisasjon", "ukjent-organisasjon" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        edit = (MvAgendaItemEdit) MV_AGENDA_ITEM_EDIT_INIT;
        edit.title = bad[i].title;
        edit.minutes = bad[i].minutes;
        edit.nav_decision_date = bad[i].date;
        if (bad[i].organisation != NULL)
          {
            edit.raised_by = MV_RAISED_BY_ORGANISATION;
            edit.raised_by_organisation_id = bad[i].organisation;
          }
        g_assert_false (mv_agenda_update_item (f->ts.store, item, &edit, NULL, &error));
        g_assert_nonnull (error);
        if (bad[i].needle != NULL)
          g_assert_nonnull (strstr (error->message, bad[i].needle));
        g_clear_error (&error);
      }
  }
  assert_column (f, "agenda_items", "updated_at", item, before);
  assert_column (f, "agenda_items", "title", item, "Brukerundersøkelsen 2027");

  /* Undo: the fields of the first change as they were. */
  apply (f, undo);
  assert_column (f, "agenda_items", "title", item, "Brukerundersøkelsen");
  assert_column (f, "agenda_items", "kind", item, "information");
  assert_column (f, "agenda_items", "raised_by_organisation_id", item, "");
  assert_column (f, "agenda_items", "presenter", item, "");
  assert_column (f, "agenda_items", "duration_minutes", item, "15");
  assert_column (f, "agenda_items", "public", item, "1");
}

/* --- Documents ---------------------------------------------------------- */

static void
test_documents (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static ("Referat\n", 8);
  g_autoptr(MvUndo) public_undo = NULL;
  g_autoptr(MvUndo) remove_undo = NULL;
  MvMeeting *meeting = meeting_on (f, 2027, 3, 9, "10:00");
  MvDocument *document;

  document = mv_documents_attach (f->ts.store, MV_RECORD (meeting), "referat.txt", NULL,
                                  "text/plain", bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  assert_column (f, "documents", "public", document, "1");

  g_assert_true (mv_documents_set_public (f->ts.store, document, FALSE, &public_undo, &error));
  g_assert_no_error (error);
  assert_column (f, "documents", "public", document, "0");
  apply (f, public_undo);
  assert_column (f, "documents", "public", document, "1");

  g_assert_true (mv_documents_remove (f->ts.store, document, &remove_undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mv_test_db_int (f->db, "SELECT count(*) FROM documents "
                                          "WHERE deleted_at IS NULL", NULL), ==, 0);
  {
    g_autoptr(GPtrArray) listed = mv_documents_list (f->ts.store, MV_RECORD (meeting));

    g_assert_cmpuint (listed->len, ==, 0);
  }
  apply (f, remove_undo);
  g_assert_cmpint (mv_test_db_int (f->db, "SELECT count(*) FROM documents "
                                          "WHERE deleted_at IS NULL", NULL), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/operations/council/create", test_council_create);
  ADD ("/operations/council/update", test_council_update);
  ADD ("/operations/council/fixed-items", test_fixed_items);
  ADD ("/operations/meeting/update", test_meeting_update);
  ADD ("/operations/meeting/move-year", test_meeting_move_year);
  ADD ("/operations/meeting/status", test_meeting_status);
  ADD ("/operations/meeting/helpers", test_meeting_helpers);
  ADD ("/operations/item/update", test_item_update);
  ADD ("/operations/documents", test_documents);
#undef ADD

  return g_test_run ();
}
