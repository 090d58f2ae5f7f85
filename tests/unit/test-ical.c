/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>

#include "mv-councils.h"
#include "mv-error.h"
#include "mv-ical.h"
#include "mv-queries.h"
#include "mv-sample.h"
#include "mv-test-store.h"
#include "mv-test-utils.h"
#include "mv-year-plan.h"

/* The year plan as a calendar file, read back as a calendar program would:
 * CRLF line ends, folded lines of 75 octets at most that never split a
 * character, local times in Europe/Oslo, one event per meeting and per
 * case deadline, and UIDs that stay the same from one export to the next. */

#define COUNCIL_NAME "Brukerutvalget NAV Østre Toten; Gjøvik, Land"
/* Long, with multi-byte characters and every character TEXT escapes. */
#define LONG_THEME "Årsplan for ungdom på arbeidsavklaringspenger – «mål, tiltak; og " \
                   "oppfølging» i Østre Toten, Gjøvik og Søndre Land\\ved årsskiftet\nNeste linje"

typedef struct
{
  MvTestStore   ts;
  GPtrArray  *meetings;   /* of the exported year, in date order */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static const char * const themes[] = { LONG_THEME, "Digitale tjenester", NULL };
  MvYearPattern pattern = {
    .year = 2027, .count = 6, .weekday = G_DATE_TUESDAY, .week = 2,
    .start = "10:00", .minutes = 180, .themes = themes,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(MvYearPlan) plan = NULL;
  MvMeeting *meeting;
  GDate date;

  mv_test_store_set_up_named (&f->ts, "plan.db", MV_TEST_STORE_EMPTY);
  mv_test_store_add_council (&f->ts, COUNCIL_NAME, NULL);
  g_assert_true (mv_store_set (f->ts.store, f->ts.council, &error,
                               "default-place", "Rådhuset, møterom 2", NULL));

  plan = mv_year_plan_new (f->ts.council, &pattern, &error);
  g_assert_no_error (error);
  g_assert_true (mv_year_plan_store (f->ts.store, f->ts.council, plan, &error));
  g_assert_no_error (error);

  /* Meetings of other years stay out of the file. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 8, 12, 2026);
  g_assert_nonnull (mv_meeting_create (f->ts.store, f->ts.council, &date, NULL, 0, NULL, NULL, &error));
  g_date_set_dmy (&date, 11, 1, 2028);
  g_assert_nonnull (mv_meeting_create (f->ts.store, f->ts.council, &date, NULL, 0, NULL, NULL, &error));
  g_assert_no_error (error);

  f->meetings = mv_store_list_meetings (f->ts.store, f->ts.council, 2027);
  g_assert_cmpuint (f->meetings->len, ==, 6);

  /* The May meeting is cancelled. */
  meeting = g_ptr_array_index (f->meetings, 2);
  g_assert_true (mv_meeting_cancel (f->ts.store, meeting, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->meetings, g_ptr_array_unref);
  mv_test_store_tear_down (&f->ts);
}

static char *
export (Fixture    *f,
        const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *ics = g_build_filename (f->ts.dir, name, NULL);
  char *contents = NULL;

  g_assert_true (mv_ical_export_year (f->ts.store, f->ts.council, 2027, ics, &error));
  g_assert_no_error (error);
  g_file_get_contents (ics, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* Checks the physical lines and returns the logical (unfolded) ones. */
static GPtrArray *
unfold (const char *ics)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) physical = NULL;
  guint n;

  g_assert_true (g_str_has_suffix (ics, "\r\n"));
  physical = g_strsplit (ics, "\r\n", -1);
  n = g_strv_length (physical);
  g_assert_cmpstr (physical[n - 1], ==, "");

  for (guint i = 0; i + 1 < n; i++)
    {
      const char *line = physical[i];

      /* CRLF everywhere: no lone CR or LF is left inside a line. */
      g_assert_null (strchr (line, '\n'));
      g_assert_null (strchr (line, '\r'));
      if (strlen (line) > 75)
        g_error ("line %u has %zu octets: %s", i + 1, strlen (line), line);
      /* Folding never splits a character. */
      g_assert_true (g_utf8_validate (line, -1, NULL));
      g_assert_cmpuint (strlen (line), >, 0);

      if (line[0] == ' ')
        {
          char *joined;

          g_assert_cmpuint (lines->len, >, 0);
          joined = g_strconcat (g_ptr_array_index (lines, lines->len - 1), line + 1, NULL);
          g_free (g_ptr_array_index (lines, lines->len - 1));
          g_ptr_array_index (lines, lines->len - 1) = joined;
        }
      else
        g_ptr_array_add (lines, g_strdup (line));
    }
  return lines;
}

static char *
unescape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          g_string_append_c (out, *p == 'n' || *p == 'N' ? '\n' : *p);
        }
      else
        {
          /* An unescaped ; or , would start another value. */
          g_assert_true (*p != ';' && *p != ',');
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

typedef struct
{
  GHashTable *props;   /* name (with parameters) → value */
} Event;

static void
event_free (gpointer data)
{
  Event *event = data;

  g_hash_table_unref (event->props);
  g_free (event);
}

/* The VEVENTs by UID. */
static GHashTable *
parse_events (GPtrArray *lines)
{
  GHashTable *events = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, event_free);
  Event *current = NULL;
  gboolean in_timezone = FALSE;

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      const char *colon = strchr (line, ':');
      g_autofree char *name = NULL;

      g_assert_nonnull (colon);
      name = g_strndup (line, colon - line);

      if (g_str_equal (line, "BEGIN:VTIMEZONE"))
        in_timezone = TRUE;
      else if (g_str_equal (line, "END:VTIMEZONE"))
        in_timezone = FALSE;
      else if (g_str_equal (line, "BEGIN:VEVENT"))
        {
          g_assert_null (current);
          current = g_new0 (Event, 1);
          current->props = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
        }
      else if (g_str_equal (line, "END:VEVENT"))
        {
          const char *uid = g_hash_table_lookup (current->props, "UID");

          g_assert_nonnull (uid);
          g_assert_false (g_hash_table_contains (events, uid));
          g_hash_table_insert (events, g_strdup (uid), current);
          current = NULL;
        }
      else if (current != NULL)
        {
          g_assert_false (g_hash_table_contains (current->props, name));
          g_hash_table_insert (current->props, g_strdup (name), g_strdup (colon + 1));
        }

      /* Every timed start outside the zone's own rules names the zone. */
      if (!in_timezone && g_str_has_prefix (line, "DTSTART"))
        g_assert_true (g_str_has_prefix (line, "DTSTART;TZID=Europe/Oslo:") ||
                       g_str_has_prefix (line, "DTSTART;VALUE=DATE:"));
      if (!in_timezone && g_str_has_prefix (line, "DTEND"))
        g_assert_true (g_str_has_prefix (line, "DTEND;TZID=Europe/Oslo:") ||
                       g_str_has_prefix (line, "DTEND;VALUE=DATE:"));
    }
  g_assert_null (current);
  return events;
}

static gboolean
has_line (GPtrArray  *lines,
          const char *line)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_str_equal (g_ptr_array_index (lines, i), line))
      return TRUE;
  return FALSE;
}

static const char *
prop (GHashTable *events,
      const char *uid,
      const char *name)
{
  Event *event = g_hash_table_lookup (events, uid);

  if (event == NULL)
    g_error ("no event with UID %s", uid);
  return g_hash_table_lookup (event->props, name);
}

static void
test_read_back (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *ics = export (f, "møteplan.ics");
  g_autoptr(GPtrArray) lines = unfold (ics);
  g_autoptr(GHashTable) events = parse_events (lines);
  g_autofree char *name = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *description = NULL;
  g_autofree char *location = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *deadline_uid = NULL;
  MvMeeting *first;

  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==, "BEGIN:VCALENDAR");
  g_assert_cmpstr (g_ptr_array_index (lines, lines->len - 1), ==, "END:VCALENDAR");
  g_assert_true (has_line (lines, "VERSION:2.0"));
  g_assert_true (has_line (lines, "CALSCALE:GREGORIAN"));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (lines, 2), "PRODID:-//Medvirke//"));
  g_assert_true (has_line (lines, "X-WR-CALNAME:Brukerutvalget NAV Østre Toten\\; Gjøvik\\, Land"));

  /* The zone with the EU rules. */
  g_assert_true (has_line (lines, "BEGIN:VTIMEZONE"));
  g_assert_true (has_line (lines, "TZID:Europe/Oslo"));
  g_assert_true (has_line (lines, "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
  g_assert_true (has_line (lines, "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
  g_assert_true (has_line (lines, "TZOFFSETFROM:+0100"));
  g_assert_true (has_line (lines, "TZOFFSETTO:+0200"));
  g_assert_true (has_line (lines, "BEGIN:STANDARD"));
  g_assert_true (has_line (lines, "BEGIN:DAYLIGHT"));

  /* One event per meeting of 2027 and one per case deadline. */
  g_assert_cmpuint (g_hash_table_size (events), ==, 12);
  for (guint i = 0; i < f->meetings->len; i++)
    {
      MvMeeting *meeting = g_ptr_array_index (f->meetings, i);
      g_autofree char *m_uid = g_strdup_printf ("%s@medvirke", mv_record_get_id (MV_RECORD (meeting)));
      g_autofree char *d_uid = g_strdup_printf ("%s-deadline@medvirke",
                                                mv_record_get_id (MV_RECORD (meeting)));
      const char *status = i == 2 ? "CANCELLED" : "CONFIRMED";

      g_assert_true (g_hash_table_contains (events, m_uid));
      g_assert_true (g_hash_table_contains (events, d_uid));
      g_assert_cmpstr (prop (events, m_uid, "STATUS"), ==, status);
      g_assert_cmpstr (prop (events, d_uid, "STATUS"), ==, status);
      g_assert_true (g_str_has_suffix (prop (events, m_uid, "DTSTAMP"), "Z"));
      g_assert_cmpuint (strlen (prop (events, m_uid, "DTSTAMP")), ==, 16);
      g_assert_nonnull (prop (events, m_uid, "DTSTART;TZID=Europe/Oslo"));
      g_assert_nonnull (prop (events, d_uid, "DTSTART;VALUE=DATE"));
    }

  /* The first meeting: 12 January 2027, 10–13, case deadline 22 December. */
  first = g_ptr_array_index (f->meetings, 0);
  uid = g_strdup_printf ("%s@medvirke", mv_record_get_id (MV_RECORD (first)));
  deadline_uid = g_strdup_printf ("%s-deadline@medvirke", mv_record_get_id (MV_RECORD (first)));
  g_assert_cmpstr (prop (events, uid, "DTSTART;TZID=Europe/Oslo"), ==, "20270112T100000");
  g_assert_cmpstr (prop (events, uid, "DTEND;TZID=Europe/Oslo"), ==, "20270112T130000");

  summary = unescape (prop (events, uid, "SUMMARY"));
  g_assert_cmpstr (summary, ==, COUNCIL_NAME " – " LONG_THEME);
  location = unescape (prop (events, uid, "LOCATION"));
  g_assert_cmpstr (location, ==, "Rådhuset, møterom 2");
  g_assert_cmpstr (prop (events, uid, "LOCATION"), ==, "Rådhuset\\, møterom 2");
  description = unescape (prop (events, uid, "DESCRIPTION"));
  g_assert_cmpstr (description, ==, LONG_THEME "\nCase deadline: 2026-12-22");

  g_assert_cmpstr (prop (events, deadline_uid, "DTSTART;VALUE=DATE"), ==, "20261222");
  g_assert_cmpstr (prop (events, deadline_uid, "DTEND;VALUE=DATE"), ==, "20261223");
  name = unescape (prop (events, deadline_uid, "SUMMARY"));
  g_assert_cmpstr (name, ==, "Case deadline: " COUNCIL_NAME);

  /* March: the second Tuesday, 9 March 2027; deadline 16 February. */
  {
    MvMeeting *march = g_ptr_array_index (f->meetings, 1);
    g_autofree char *m_uid = g_strdup_printf ("%s@medvirke", mv_record_get_id (MV_RECORD (march)));
    g_autofree char *d_uid = g_strdup_printf ("%s-deadline@medvirke",
                                              mv_record_get_id (MV_RECORD (march)));

    g_assert_cmpstr (prop (events, m_uid, "DTSTART;TZID=Europe/Oslo"), ==, "20270309T100000");
    g_assert_cmpstr (prop (events, d_uid, "DTSTART;VALUE=DATE"), ==, "20270216");
    g_assert_cmpstr (prop (events, m_uid, "SUMMARY"), ==,
                     "Brukerutvalget NAV Østre Toten\\; Gjøvik\\, Land – Digitale tjenester");
  }

  /* The file is the one asked for, and nothing is left beside it. */
  {
    g_autofree char *listing = mv_test_list_dir (f->ts.dir);

    g_assert_cmpstr (listing, ==, "møteplan.ics\nplan.db\nplan.db-shm\nplan.db-wal");
  }
}

/* The same data exports to the same file: the UIDs (and the stamps) stay,
 * so a calendar updates its events instead of doubling them. */
static void
test_stable (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *first = export (f, "a.ics");
  g_autofree char *second = NULL;
  g_autoptr(GPtrArray) lines_first = unfold (first);
  g_autoptr(GPtrArray) lines_second = NULL;
  g_autoptr(GHashTable) events_first = parse_events (lines_first);
  g_autoptr(GHashTable) events_second = NULL;
  GHashTableIter iter;
  gpointer uid;

  g_usleep (1100 * 1000);
  second = export (f, "b.ics");
  lines_second = unfold (second);
  events_second = parse_events (lines_second);

  g_assert_cmpuint (g_hash_table_size (events_first), ==, g_hash_table_size (events_second));
  g_hash_table_iter_init (&iter, events_first);
  while (g_hash_table_iter_next (&iter, &uid, NULL))
    g_assert_true (g_hash_table_contains (events_second, uid));
  g_assert_cmpstr (first, ==, second);
}

/* Moving a meeting keeps its UID; its times and deadline follow. */
static void
test_moved (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MvMeeting *march = g_ptr_array_index (f->meetings, 1);
  g_autofree char *uid = g_strdup_printf ("%s@medvirke", mv_record_get_id (MV_RECORD (march)));
  g_autofree char *d_uid = g_strdup_printf ("%s-deadline@medvirke",
                                            mv_record_get_id (MV_RECORD (march)));
  g_autofree char *ics = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GHashTable) events = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 16, 3, 2027);
  g_assert_true (mv_meeting_move (f->ts.store, march, &date, "12:00", &error));
  g_assert_no_error (error);

  ics = export (f, "flyttet.ics");
  lines = unfold (ics);
  events = parse_events (lines);
  g_assert_cmpuint (g_hash_table_size (events), ==, 12);
  g_assert_cmpstr (prop (events, uid, "DTSTART;TZID=Europe/Oslo"), ==, "20270316T120000");
  g_assert_cmpstr (prop (events, uid, "DTEND;TZID=Europe/Oslo"), ==, "20270316T150000");
  g_assert_cmpstr (prop (events, d_uid, "DTSTART;VALUE=DATE"), ==, "20270223");
}

static void
test_failure (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (f->ts.dir, "finnes-ikke", "plan.ics", NULL);
  g_autofree char *target = g_build_filename (f->ts.dir, "plan.ics", NULL);
  g_autofree char *contents = NULL;

  g_assert_false (mv_ical_export_year (f->ts.store, f->ts.council, 2027, missing, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_IO);
  g_clear_error (&error);

  /* A folder in the target's place is refused; an old file stays whole. */
  g_assert_false (mv_ical_export_year (f->ts.store, f->ts.council, 2027, f->ts.dir, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_clear_error (&error);

  mv_test_write_file (target, "old");
  g_assert_false (mv_ical_export_year (f->ts.store, f->ts.council, 0, target, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_file_get_contents (target, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, "old");
}

/* Folding never splits a character: themes of three-byte characters at
 * every offset meet the 75-octet limit mid-character somewhere. */
static void
test_fold_multibyte (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autofree char *ics = g_build_filename (f->ts.dir, "fold.ics", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GHashTable) events = NULL;
  GDate date;

  for (guint k = 0; k < 3; k++)
    {
      g_autoptr(GString) theme = g_string_new (NULL);

      for (guint i = 0; i < k; i++)
        g_string_append_c (theme, 'x');
      for (guint i = 0; i < 70; i++)
        g_string_append (theme, "€");

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 10 + k, 3, 2029);
      g_assert_nonnull (mv_meeting_create (f->ts.store, f->ts.council, &date, NULL, 0, NULL, theme->str,
                                           &error));
      g_assert_no_error (error);
    }

  g_assert_true (mv_ical_export_year (f->ts.store, f->ts.council, 2029, ics, &error));
  g_assert_no_error (error);
  g_file_get_contents (ics, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = unfold (contents);
  events = parse_events (lines);
  g_assert_cmpuint (g_hash_table_size (events), ==, 6);

  meetings = mv_store_list_meetings (f->ts.store, f->ts.council, 2029);
  for (guint i = 0; i < meetings->len; i++)
    {
      MvMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autofree char *uid = g_strdup_printf ("%s@medvirke",
                                              mv_record_get_id (MV_RECORD (meeting)));
      g_autofree char *summary = unescape (prop (events, uid, "SUMMARY"));
      g_autofree char *expected = g_strdup_printf ("%s – %s", COUNCIL_NAME,
                                                   mv_meeting_get_theme (meeting));

      g_assert_cmpstr (summary, ==, expected);
    }
}

/* A year without meetings is still a valid calendar. */
static void
test_empty_year (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *ics = g_build_filename (f->ts.dir, "tomt.ics", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GHashTable) events = NULL;

  g_assert_true (mv_ical_export_year (f->ts.store, f->ts.council, 2031, ics, &error));
  g_assert_no_error (error);
  g_file_get_contents (ics, &contents, NULL, &error);
  lines = unfold (contents);
  events = parse_events (lines);
  g_assert_cmpuint (g_hash_table_size (events), ==, 0);
  g_assert_true (has_line (lines, "END:VTIMEZONE"));
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "");

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ical/read-back", test_read_back);
  ADD ("/ical/stable", test_stable);
  ADD ("/ical/moved", test_moved);
  ADD ("/ical/failure", test_failure);
  ADD ("/ical/fold-multibyte", test_fold_multibyte);
  ADD ("/ical/empty-year", test_empty_year);

  return g_test_run ();
}
