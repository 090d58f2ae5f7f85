/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>
#include <sys/wait.h>

#include "mv-agenda-item.h"
#include "mv-councils.h"
#include "mv-dates.h"
#include "mv-error.h"
#include "mv-holidays.h"
#include "mv-queries.h"
#include "mv-sample.h"
#include "mv-test-store.h"
#include "mv-test-utils.h"
#include "mv-year-plan.h"

/* The year plan: the holiday calendar, the pattern generator,
 * the deadline arithmetic, the single-meeting operations, and the CLI's
 * plan-year as a script uses it. */

static void
set_date (GDate *date,
          int    year,
          int    month,
          int    day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

static char *
date_string (const GDate *date)
{
  return mv_date_format (date);
}

typedef MvTestStore Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  mv_test_store_set_up_named (f, "plan.db", MV_TEST_STORE_EMPTY);
  mv_test_store_add_council (f, "Brukerutvalget NAV Eksempelby", "NAV Eksempelby");
  g_assert_true (mv_store_set (f->store, f->council, &error,
                               "default-place", "Rådhuset, møterom 2", NULL));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  mv_test_store_tear_down (f);
}

/* --- Holidays ----------------------------------------------------------- */

static void
assert_easter (int year,
               int month,
               int day)
{
  GDate easter, expected;

  mv_easter_sunday (year, &easter);
  set_date (&expected, year, month, day);
  g_assert_cmpint (g_date_compare (&easter, &expected), ==, 0);
}

static void
test_easter (void)
{
  assert_easter (2027, 3, 28);
  assert_easter (2030, 4, 21);
  assert_easter (2038, 4, 25);
  /* More from the almanac, early and late ones. */
  assert_easter (2008, 3, 23);
  assert_easter (2011, 4, 24);
  assert_easter (2019, 4, 21);
  assert_easter (2024, 3, 31);
  assert_easter (2025, 4, 20);
  assert_easter (2026, 4, 5);
  assert_easter (2285, 3, 22);
  assert_easter (1943, 4, 25);
}

static void
assert_holiday (int         year,
                int         month,
                int         day,
                const char *name)
{
  GDate date;

  set_date (&date, year, month, day);
  g_assert_cmpstr (mv_holiday_name (&date), ==, name);
}

static void
test_holidays (void)
{
  /* 2027: Easter Sunday 28 March. */
  assert_holiday (2027, 1, 1, "New Year’s Day");
  assert_holiday (2027, 3, 25, "Maundy Thursday");
  assert_holiday (2027, 3, 26, "Good Friday");
  assert_holiday (2027, 3, 28, "Easter Sunday");
  assert_holiday (2027, 3, 29, "Easter Monday");
  assert_holiday (2027, 5, 1, "Labour Day");
  assert_holiday (2027, 5, 6, "Ascension Day");
  assert_holiday (2027, 5, 16, "Whit Sunday");
  /* Whit Monday and Constitution Day fall together; 17 May is the name. */
  assert_holiday (2027, 5, 17, "Constitution Day");
  assert_holiday (2027, 12, 25, "Christmas Day");
  assert_holiday (2027, 12, 26, "Boxing Day");

  /* 2030: Easter Sunday 21 April. */
  assert_holiday (2030, 4, 18, "Maundy Thursday");
  assert_holiday (2030, 4, 19, "Good Friday");
  assert_holiday (2030, 4, 22, "Easter Monday");
  assert_holiday (2030, 5, 30, "Ascension Day");
  assert_holiday (2030, 6, 9, "Whit Sunday");
  assert_holiday (2030, 6, 10, "Whit Monday");

  /* 2038: Easter Sunday 25 April. */
  assert_holiday (2038, 4, 22, "Maundy Thursday");
  assert_holiday (2038, 4, 26, "Easter Monday");
  assert_holiday (2038, 6, 3, "Ascension Day");
  assert_holiday (2038, 6, 14, "Whit Monday");

  /* Working days, also those that feel like holidays. */
  assert_holiday (2027, 3, 24, NULL);
  assert_holiday (2027, 3, 27, NULL);
  assert_holiday (2027, 5, 18, NULL);
  assert_holiday (2027, 12, 24, NULL);
  assert_holiday (2027, 12, 31, NULL);
  assert_holiday (2030, 5, 17, "Constitution Day");
  assert_holiday (2030, 6, 11, NULL);
}

static void
test_july (void)
{
  GDate date;

  set_date (&date, 2027, 7, 1);
  g_assert_true (mv_date_in_july_holiday (&date));
  set_date (&date, 2027, 7, 31);
  g_assert_true (mv_date_in_july_holiday (&date));
  g_assert_cmpstr (mv_date_flag (&date), ==, "July holiday");
  set_date (&date, 2027, 6, 30);
  g_assert_false (mv_date_in_july_holiday (&date));
  g_assert_null (mv_date_flag (&date));
  set_date (&date, 2027, 8, 1);
  g_assert_false (mv_date_in_july_holiday (&date));

  /* A holiday's name comes before "July holiday"; none is in July. */
  set_date (&date, 2027, 5, 17);
  g_assert_cmpstr (mv_date_flag (&date), ==, "Constitution Day");
}

/* --- The pattern's parts ------------------------------------------------ */

static void
test_nth_weekday (void)
{
  GDate date;
  gboolean last_instead;

  /* March 2027 has five Tuesdays: 2, 9, 16, 23, 30. */
  for (int week = 1; week <= 5; week++)
    {
      g_assert_true (mv_date_nth_weekday (2027, G_DATE_MARCH, G_DATE_TUESDAY, week, &date,
                                          &last_instead));
      g_assert_cmpint (g_date_get_day (&date), ==, 2 + 7 * (week - 1));
      g_assert_false (last_instead);
    }
  g_assert_true (mv_date_nth_weekday (2027, G_DATE_MARCH, G_DATE_TUESDAY, MV_WEEK_LAST, &date,
                                      &last_instead));
  g_assert_cmpint (g_date_get_day (&date), ==, 30);
  g_assert_false (last_instead);

  /* February 2027 has four: the fifth falls back to the last, and says so. */
  g_assert_true (mv_date_nth_weekday (2027, G_DATE_FEBRUARY, G_DATE_TUESDAY, 5, &date,
                                      &last_instead));
  g_assert_cmpint (g_date_get_day (&date), ==, 23);
  g_assert_cmpint (g_date_get_month (&date), ==, G_DATE_FEBRUARY);
  g_assert_true (last_instead);

  /* The third Monday of May 2027 is Constitution Day. */
  g_assert_true (mv_date_nth_weekday (2027, G_DATE_MAY, G_DATE_MONDAY, 3, &date, NULL));
  g_assert_cmpint (g_date_get_day (&date), ==, 17);

  /* Every month, weekday and week of 2027 and 2028 (a leap year) against
   * counting the days one by one. */
  for (int year = 2027; year <= 2028; year++)
    for (int month = 1; month <= 12; month++)
      for (int wd = G_DATE_MONDAY; wd <= G_DATE_SUNDAY; wd++)
        {
          int days[6], n = 0;

          for (int d = 1; d <= g_date_get_days_in_month (month, year); d++)
            {
              GDate day;

              set_date (&day, year, month, d);
              if ((int) g_date_get_weekday (&day) == wd)
                days[n++] = d;
            }
          g_assert_cmpint (n, >=, 4);
          g_assert_cmpint (n, <=, 5);

          for (int week = 1; week <= 5; week++)
            {
              g_assert_true (mv_date_nth_weekday (year, month, wd, week, &date, &last_instead));
              g_assert_cmpint (g_date_get_weekday (&date), ==, wd);
              g_assert_cmpint (g_date_get_month (&date), ==, month);
              g_assert_cmpint (g_date_get_day (&date), ==, week <= n ? days[week - 1] : days[n - 1]);
              g_assert_cmpint (last_instead, ==, week > n);
            }
          g_assert_true (mv_date_nth_weekday (year, month, wd, MV_WEEK_LAST, &date, NULL));
          g_assert_cmpint (g_date_get_day (&date), ==, days[n - 1]);
        }

  /* Out of range. */
  g_assert_false (mv_date_nth_weekday (2027, G_DATE_MARCH, G_DATE_TUESDAY, 0, &date, NULL));
  g_assert_false (mv_date_nth_weekday (2027, G_DATE_MARCH, G_DATE_TUESDAY, 6, &date, NULL));
  g_assert_false (mv_date_nth_weekday (2027, 13, G_DATE_TUESDAY, 1, &date, NULL));
  g_assert_false (mv_date_nth_weekday (2027, G_DATE_MARCH, G_DATE_BAD_WEEKDAY, 1, &date, NULL));
}

#define M(m) (1u << (m))

static void
test_spread (void)
{
  static const int working[] = { 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12 };

  g_assert_cmpuint (mv_year_plan_spread (0), ==, 0);
  g_assert_cmpuint (mv_year_plan_spread (12), ==, 0);

  g_assert_cmpuint (mv_year_plan_spread (1), ==, M (6));
  g_assert_cmpuint (mv_year_plan_spread (2), ==, M (3) | M (10));
  g_assert_cmpuint (mv_year_plan_spread (3), ==, M (2) | M (6) | M (11));
  g_assert_cmpuint (mv_year_plan_spread (4), ==, M (2) | M (5) | M (8) | M (11));
  g_assert_cmpuint (mv_year_plan_spread (5), ==, M (2) | M (4) | M (6) | M (9) | M (11));
  g_assert_cmpuint (mv_year_plan_spread (6), ==, M (1) | M (3) | M (5) | M (8) | M (10) | M (12));
  g_assert_cmpuint (mv_year_plan_spread (10), ==, 0x1ffe & ~M (7) & ~M (6));
  g_assert_cmpuint (mv_year_plan_spread (11), ==, 0x1ffe & ~M (7));

  for (guint n = 1; n <= 11; n++)
    {
      guint months = mv_year_plan_spread (n);
      int previous = -1, min_gap = 100, max_gap = 0;

      g_assert_cmpuint (g_bit_storage (months), <=, 13);
      g_assert_cmpuint (__builtin_popcount (months), ==, n);
      g_assert_false (months & M (7));
      g_assert_false (months & 1);

      /* Even: the gaps between meetings, in working months, differ by one
       * at most, and the year is balanced around its middle. */
      for (guint i = 0; i < G_N_ELEMENTS (working); i++)
        if (months & M (working[i]))
          {
            if (previous >= 0)
              {
                min_gap = MIN (min_gap, (int) i - previous);
                max_gap = MAX (max_gap, (int) i - previous);
              }
            previous = i;
          }
      if (n > 1)
        g_assert_cmpint (max_gap - min_gap, <=, 1);
    }
}

static void
test_deadlines (void)
{
  g_autofree char *deadline = NULL;
  g_autofree char *notice = NULL;
  GDate date;

  set_date (&date, 2027, 3, 9);
  mv_meeting_deadlines (&date, 21, 14, &deadline, &notice);
  g_assert_cmpstr (deadline, ==, "2027-02-16");
  g_assert_cmpstr (notice, ==, "2027-02-23");
  g_clear_pointer (&deadline, g_free);
  g_clear_pointer (&notice, g_free);

  /* Across the year boundary. */
  set_date (&date, 2027, 1, 12);
  mv_meeting_deadlines (&date, 21, 14, &deadline, &notice);
  g_assert_cmpstr (deadline, ==, "2026-12-22");
  g_assert_cmpstr (notice, ==, "2026-12-29");
  g_clear_pointer (&deadline, g_free);
  g_clear_pointer (&notice, g_free);

  /* Across 29 February. */
  set_date (&date, 2028, 3, 14);
  mv_meeting_deadlines (&date, 21, 0, &deadline, &notice);
  g_assert_cmpstr (deadline, ==, "2028-02-22");
  g_assert_cmpstr (notice, ==, "2028-03-14");
}

static void
test_parse (void)
{
  GDate date;
  int minute;

  g_assert_true (mv_date_parse ("2027-03-09", &date));
  g_assert_cmpint (g_date_get_day (&date), ==, 9);
  g_assert_true (mv_date_parse ("2027-03-09T10:00", &date));
  g_assert_false (mv_date_parse ("2027-02-29", &date));
  g_assert_false (mv_date_parse ("2027-3-9", &date));
  g_assert_false (mv_date_parse ("", &date));
  g_assert_false (mv_date_parse (NULL, &date));

  g_assert_true (mv_time_parse ("09:30", &minute));
  g_assert_cmpint (minute, ==, 570);
  g_assert_true (mv_time_parse ("23:59", NULL));
  g_assert_false (mv_time_parse ("24:00", NULL));
  g_assert_false (mv_time_parse ("9:30", NULL));
  g_assert_false (mv_time_parse ("09:60", NULL));
  g_assert_false (mv_time_parse ("ti:00", NULL));
}

/* --- The pattern -------------------------------------------------------- */

static MvYearPlan *
make_plan (Fixture             *f,
           const MvYearPattern *pattern)
{
  g_autoptr(GError) error = NULL;
  MvYearPlan *plan = mv_year_plan_new (f->council, pattern, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static char *
plan_dates (MvYearPlan *plan)
{
  g_autoptr(GString) dates = g_string_new (NULL);

  for (guint i = 0; i < plan->meetings->len; i++)
    {
      MvPlannedMeeting *pm = g_ptr_array_index (plan->meetings, i);
      g_autofree char *date = date_string (&pm->date);

      g_string_append_printf (dates, "%s%s", i ? " " : "", date);
    }
  return g_string_free (g_steal_pointer (&dates), FALSE);
}

static void
test_pattern_count (Fixture       *f,
                    gconstpointer  data)
{
  static const char * const themes[] = { "Ungdom", "Arbeid og helse", NULL };
  MvYearPattern pattern = {
    .year = 2027, .count = 6, .weekday = G_DATE_TUESDAY, .week = 2,
    .start = "10:00", .minutes = 180, .themes = themes,
  };
  g_autoptr(MvYearPlan) plan = make_plan (f, &pattern);
  g_autofree char *dates = plan_dates (plan);
  MvPlannedMeeting *pm;

  g_assert_cmpstr (dates, ==,
                   "2027-01-12 2027-03-09 2027-05-11 2027-08-10 2027-10-12 2027-12-14");

  pm = g_ptr_array_index (plan->meetings, 1);
  g_assert_cmpstr (pm->starts_at, ==, "2027-03-09T10:00");
  g_assert_cmpstr (pm->ends_at, ==, "2027-03-09T13:00");
  g_assert_cmpstr (pm->place, ==, "Rådhuset, møterom 2");
  g_assert_cmpstr (pm->theme, ==, "Arbeid og helse");
  g_assert_cmpstr (pm->case_deadline, ==, "2027-02-16");
  g_assert_cmpstr (pm->notice_date, ==, "2027-02-23");
  g_assert_null (pm->flag);
  g_assert_false (pm->last_instead);

  pm = g_ptr_array_index (plan->meetings, 0);
  g_assert_cmpstr (pm->theme, ==, "Ungdom");
  g_assert_cmpstr (pm->case_deadline, ==, "2026-12-22");
  pm = g_ptr_array_index (plan->meetings, 2);
  g_assert_cmpstr (pm->theme, ==, "");

  /* Nothing was stored. */
  g_assert_cmpuint (g_list_model_get_n_items (mv_store_get_model (f->store, MV_TYPE_MEETING)),
                    ==, 0);
}

/* A case deadline or notice date in the July holiday or on a public
 * holiday is flagged too: the secretariat must work that day. */
static void
test_pattern_deadline_flags (Fixture       *f,
                             gconstpointer  data)
{
  MvYearPattern august = {
    .year = 2027, .count = 6, .weekday = G_DATE_TUESDAY, .week = 2,
  };
  MvYearPattern may = {
    .year = 2027, .months = 1u << G_DATE_MAY, .weekday = G_DATE_MONDAY, .week = MV_WEEK_LAST,
  };
  MvYearPattern holiday = {
    .year = 2027, .months = (1u << G_DATE_MAY) | (1u << G_DATE_DECEMBER),
    .weekday = G_DATE_MONDAY, .week = 3,
  };
  g_autoptr(MvYearPlan) plan = make_plan (f, &august);
  g_autoptr(MvYearPlan) may_plan = make_plan (f, &may);
  g_autoptr(MvYearPlan) holiday_plan = make_plan (f, &holiday);
  g_autoptr(GError) error = NULL;
  g_autofree char *words = NULL;
  g_autofree char *may_words = NULL;
  MvPlannedMeeting *pm;

  /* 10 August: deadline 20 July, notice 27 July. */
  pm = g_ptr_array_index (plan->meetings, 3);
  g_assert_null (pm->flag);
  g_assert_cmpstr (pm->deadline_flag, ==, "July holiday");
  g_assert_cmpstr (pm->notice_flag, ==, "July holiday");
  words = mv_planned_meeting_describe_deadlines (pm);
  g_assert_cmpstr (words, ==,
                   "Case deadline 20.07.2027: July holiday; Notice date 27.07.2027: July holiday");
  pm = g_ptr_array_index (plan->meetings, 1);
  g_assert_null (mv_planned_meeting_describe_deadlines (pm));
  g_assert_true (mv_year_plan_check_holidays (plan, &error));
  g_assert_no_error (error);

  /* 31 May: the notice goes out on 17 May. */
  pm = g_ptr_array_index (may_plan->meetings, 0);
  g_assert_cmpstr (pm->notice_date, ==, "2027-05-17");
  g_assert_null (pm->deadline_flag);
  g_assert_cmpstr (pm->notice_flag, ==, "Constitution Day");
  may_words = mv_planned_meeting_describe_deadlines (pm);
  g_assert_cmpstr (may_words, ==, "Notice date 17.05.2027: Constitution Day");

  /* A meeting on 17 May is refused by the check, by its date and name. */
  g_assert_false (mv_year_plan_check_holidays (holiday_plan, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "17.05.2027 (Constitution Day)"));
  g_assert_null (strstr (error->message, "20.12.2027"));
}

static void
test_pattern_counts (Fixture       *f,
                     gconstpointer  data)
{
  for (guint n = 1; n <= 11; n++)
    {
      MvYearPattern pattern = {
        .year = 2027, .count = n, .weekday = G_DATE_WEDNESDAY, .week = MV_WEEK_LAST,
      };
      g_autoptr(MvYearPlan) plan = make_plan (f, &pattern);
      guint months = 0;

      g_assert_cmpuint (plan->meetings->len, ==, n);
      for (guint i = 0; i < plan->meetings->len; i++)
        {
          MvPlannedMeeting *pm = g_ptr_array_index (plan->meetings, i);
          GDate next = pm->date;

          g_assert_cmpint (g_date_get_weekday (&pm->date), ==, G_DATE_WEDNESDAY);
          g_date_add_days (&next, 7);
          g_assert_cmpint (g_date_get_month (&next), !=, g_date_get_month (&pm->date));
          g_assert_cmpint (g_date_get_month (&pm->date), !=, G_DATE_JULY);
          /* The council's start time and length. */
          g_assert_true (g_str_has_suffix (pm->starts_at, "T10:00"));
          g_assert_true (g_str_has_suffix (pm->ends_at, "T13:00"));
          months |= M (g_date_get_month (&pm->date));
        }
      g_assert_cmpuint (months, ==, mv_year_plan_spread (n));
    }
}

static void
test_pattern_months (Fixture       *f,
                     gconstpointer  data)
{
  MvYearPattern pattern = {
    .year = 2027, .months = M (2) | M (5) | M (7) | M (12), .weekday = G_DATE_MONDAY, .week = 3,
    .start = "18:30", .minutes = 120, .place = "Frivilligsentralen",
  };
  g_autoptr(MvYearPlan) plan = make_plan (f, &pattern);
  g_autofree char *dates = plan_dates (plan);
  MvPlannedMeeting *may, *july;

  g_assert_cmpstr (dates, ==, "2027-02-15 2027-05-17 2027-07-19 2027-12-20");

  /* The third Monday of May 2027 is 17 May. */
  may = g_ptr_array_index (plan->meetings, 1);
  g_assert_cmpstr (may->flag, ==, "Constitution Day");
  july = g_ptr_array_index (plan->meetings, 2);
  g_assert_cmpstr (july->flag, ==, "July holiday");
  g_assert_null (((MvPlannedMeeting *) g_ptr_array_index (plan->meetings, 0))->flag);

  g_assert_cmpstr (may->starts_at, ==, "2027-05-17T18:30");
  g_assert_cmpstr (may->ends_at, ==, "2027-05-17T20:30");
  g_assert_cmpstr (may->place, ==, "Frivilligsentralen");
}

static void
test_pattern_fifth (Fixture       *f,
                    gconstpointer  data)
{
  MvYearPattern pattern = {
    .year = 2027, .months = M (2) | M (3), .weekday = G_DATE_TUESDAY, .week = 5,
    .start = "22:30", .minutes = 120,
  };
  g_autoptr(MvYearPlan) plan = make_plan (f, &pattern);
  MvPlannedMeeting *feb = g_ptr_array_index (plan->meetings, 0);
  MvPlannedMeeting *mar = g_ptr_array_index (plan->meetings, 1);

  g_assert_cmpstr (feb->starts_at, ==, "2027-02-23T22:30");
  g_assert_true (feb->last_instead);
  g_assert_cmpstr (mar->starts_at, ==, "2027-03-30T22:30");
  g_assert_false (mar->last_instead);
  /* A late meeting ends the next day. */
  g_assert_cmpstr (mar->ends_at, ==, "2027-03-31T00:30");
}

static void
assert_pattern_refused (Fixture             *f,
                        const MvYearPattern *pattern)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvYearPlan) plan = mv_year_plan_new (f->council, pattern, &error);

  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_assert_null (plan);
  g_test_message ("%s", error->message);
}

static void
test_pattern_invalid (Fixture       *f,
                      gconstpointer  data)
{
  MvYearPattern ok = { .year = 2027, .count = 6, .weekday = G_DATE_TUESDAY, .week = 2 };
  MvYearPattern p;

  p = ok, p.count = 12;
  assert_pattern_refused (f, &p);
  p = ok, p.months = M (3);
  assert_pattern_refused (f, &p);
  p = ok, p.count = 0;
  assert_pattern_refused (f, &p);
  p = ok, p.count = 0, p.months = M (13);
  assert_pattern_refused (f, &p);
  p = ok, p.week = 6;
  assert_pattern_refused (f, &p);
  p = ok, p.week = 0;
  assert_pattern_refused (f, &p);
  p = ok, p.weekday = G_DATE_BAD_WEEKDAY;
  assert_pattern_refused (f, &p);
  p = ok, p.start = "25:00";
  assert_pattern_refused (f, &p);
  p = ok, p.minutes = 2000;
  assert_pattern_refused (f, &p);
  p = ok, p.year = 27;
  assert_pattern_refused (f, &p);
}

/* --- Storing ------------------------------------------------------------ */

static void
test_store_plan (Fixture       *f,
                 gconstpointer  data)
{
  MvYearPattern pattern = { .year = 2027, .count = 6, .weekday = G_DATE_TUESDAY, .week = 2,
                            .start = "09:00", .minutes = 150 };
  g_autoptr(MvYearPlan) plan = make_plan (f, &pattern);
  g_autoptr(MvYearPlan) again = make_plan (f, &pattern);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(sqlite3) db = NULL;
  g_autofree char *row = NULL;

  g_assert_true (mv_year_plan_check (f->store, f->council, plan, &error));
  g_assert_no_error (error);
  g_assert_true (mv_year_plan_store (f->store, f->council, plan, &error));
  g_assert_no_error (error);

  meetings = mv_store_list_meetings (f->store, f->council, 2027);
  g_assert_cmpuint (meetings->len, ==, 6);

  /* In the file, as planned. */
  db = mv_test_db_open (f->path);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM meetings", NULL), ==, 6);
  row = mv_test_db_text (db,
                         "SELECT starts_at || '|' || ends_at || '|' || place || '|' || status || '|' "
                         "|| case_deadline || '|' || notice_date FROM meetings "
                         "WHERE starts_at LIKE '2027-03-%'", NULL);
  g_assert_cmpstr (row, ==, "2027-03-09T09:00|2027-03-09T11:30|Rådhuset, møterom 2|planned|"
                            "2027-02-16|2027-02-23");

  /* The same plan again would double the year: refused, nothing added. */
  g_assert_false (mv_year_plan_check (f->store, f->council, again, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (mv_year_plan_store (f->store, f->council, again, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "2027-01-12"));
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM meetings", NULL), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (mv_store_get_model (f->store, MV_TYPE_MEETING)),
                    ==, 6);
}

/* A plan that meets one stored meeting is refused whole. */
static void
test_store_plan_conflict (Fixture       *f,
                          gconstpointer  data)
{
  MvYearPattern pattern = { .year = 2027, .count = 4, .weekday = G_DATE_THURSDAY, .week = 1 };
  g_autoptr(MvYearPlan) plan = make_plan (f, &pattern);
  MvPlannedMeeting *last = g_ptr_array_index (plan->meetings, 3);
  g_autoptr(GError) error = NULL;
  MvMeeting *meeting;

  /* Another time the same day is still the same day. */
  meeting = mv_meeting_create (f->store, f->council, &last->date, "14:00", 60, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (meeting);

  g_assert_false (mv_year_plan_store (f->store, f->council, plan, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_CONSTRAINT);
  g_assert_cmpuint (g_list_model_get_n_items (mv_store_get_model (f->store, MV_TYPE_MEETING)),
                    ==, 1);
  g_clear_error (&error);

  /* Once that meeting is cancelled, the date is free. */
  g_assert_true (mv_meeting_cancel (f->store, meeting, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (mv_year_plan_store (f->store, f->council, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (mv_store_get_model (f->store, MV_TYPE_MEETING)),
                    ==, 5);
}

static MvMeeting *
create_meeting (Fixture    *f,
                int         year,
                int         month,
                int         day,
                const char *start,
                int         minutes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) fixed = NULL;
  MvMeeting *meeting;
  GDate date;

  set_date (&date, year, month, day);
  meeting = mv_meeting_create (f->store, f->council, &date, start, minutes, NULL, "Tema", &error);
  g_assert_no_error (error);
  g_assert_nonnull (meeting);

  /* The tests here build their agendas by hand: the fixed items a new
   * meeting gets (tests/unit/test-agenda.c) go. */
  fixed = mv_store_list_agenda (f->store, meeting);
  for (guint i = 0; i < fixed->len; i++)
    g_assert_true (mv_store_purge (f->store, g_ptr_array_index (fixed, i), NULL));
  return meeting;
}

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MvMeeting *meeting = create_meeting (f, 2027, 3, 9, "10:00", 180);
  MvMeeting *other;
  GDate date;

  g_assert_cmpstr (mv_meeting_get_starts_at (meeting), ==, "2027-03-09T10:00");
  g_assert_cmpstr (mv_meeting_get_ends_at (meeting), ==, "2027-03-09T13:00");
  g_assert_cmpstr (mv_meeting_get_case_deadline (meeting), ==, "2027-02-16");
  g_assert_cmpstr (mv_meeting_get_notice_date (meeting), ==, "2027-02-23");
  g_assert_cmpstr (mv_meeting_get_place (meeting), ==, "Rådhuset, møterom 2");
  g_assert_cmpstr (mv_meeting_get_theme (meeting), ==, "Tema");
  g_assert_cmpint (mv_meeting_get_status (meeting), ==, MV_MEETING_STATUS_PLANNED);

  /* The same date and start: refused. */
  set_date (&date, 2027, 3, 9);
  other = mv_meeting_create (f->store, f->council, &date, "10:00", 60, NULL, NULL, &error);
  g_assert_error (error, MV_ERROR, MV_ERROR_CONSTRAINT);
  g_assert_null (other);
  g_assert_nonnull (strstr (error->message, "2027-03-09"));
  g_clear_error (&error);

  /* Another start the same day: a workshop in the afternoon. */
  other = mv_meeting_create (f->store, f->council, &date, "14:00", 0, "  ", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mv_meeting_get_ends_at (other), ==, "2027-03-09T17:00");
  g_assert_cmpstr (mv_meeting_get_place (other), ==, "Rådhuset, møterom 2");

  /* Bad input. */
  g_assert_null (mv_meeting_create (f->store, f->council, &date, "1400", 60, NULL, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (mv_meeting_create (f->store, f->council, &date, "15:00", -5, NULL, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_clear_error (&error);
  g_date_clear (&date, 1);
  g_assert_null (mv_meeting_create (f->store, f->council, &date, "15:00", 60, NULL, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
}

static void
test_move (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3) db = NULL;
  g_autofree char *row = NULL;
  MvMeeting *meeting = create_meeting (f, 2027, 3, 9, "10:00", 150);
  MvMeeting *other = create_meeting (f, 2027, 4, 13, "10:00", 60);
  GDate date;

  /* To the first Tuesday of the year: the deadlines go back into 2026. */
  set_date (&date, 2027, 1, 5);
  g_assert_true (mv_meeting_move (f->store, meeting, &date, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (mv_meeting_get_starts_at (meeting), ==, "2027-01-05T10:00");
  g_assert_cmpstr (mv_meeting_get_ends_at (meeting), ==, "2027-01-05T12:30");
  g_assert_cmpstr (mv_meeting_get_case_deadline (meeting), ==, "2026-12-15");
  g_assert_cmpstr (mv_meeting_get_notice_date (meeting), ==, "2026-12-22");

  /* With a new start time; the length stays. */
  set_date (&date, 2027, 3, 16);
  g_assert_true (mv_meeting_move (f->store, meeting, &date, "12:15", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (mv_meeting_get_starts_at (meeting), ==, "2027-03-16T12:15");
  g_assert_cmpstr (mv_meeting_get_ends_at (meeting), ==, "2027-03-16T14:45");

  db = mv_test_db_open (f->path);
  row = mv_test_db_text (db, "SELECT starts_at || '|' || ends_at || '|' || case_deadline || '|' "
                             "|| notice_date FROM meetings WHERE id = ?1",
                         mv_record_get_id (MV_RECORD (meeting)), NULL);
  g_assert_cmpstr (row, ==, "2027-03-16T12:15|2027-03-16T14:45|2027-02-23|2027-03-02");

  /* Onto the other meeting's date and start: refused, nothing changed. */
  set_date (&date, 2027, 4, 13);
  g_assert_false (mv_meeting_move (f->store, meeting, &date, "10:00", &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpstr (mv_meeting_get_starts_at (meeting), ==, "2027-03-16T12:15");

  /* A meeting may stay where it is, at another time. */
  g_assert_true (mv_meeting_move (f->store, other, &date, "11:00", &error));
  g_assert_no_error (error);

  /* A cancelled meeting does not move. */
  g_assert_true (mv_meeting_cancel (f->store, other, NULL, &error));
  set_date (&date, 2027, 5, 11);
  g_assert_false (mv_meeting_move (f->store, other, &date, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_assert_cmpstr (mv_meeting_get_starts_at (other), ==, "2027-04-13T11:00");
}

static MvAgendaItem *
add_item (Fixture     *f,
          MvMeeting   *meeting,
          int          position,
          int          number,
          const char  *title,
          MvFixedKind  fixed_kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvAgendaItem) item = NULL;

  item = g_object_new (MV_TYPE_AGENDA_ITEM,
                       "council-id", mv_record_get_id (MV_RECORD (f->council)),
                       "meeting-id", mv_record_get_id (MV_RECORD (meeting)),
                       "position", position,
                       "number-year", 2027,
                       "number", number,
                       "number-fixed", TRUE,
                       "title", title,
                       "kind", fixed_kind == MV_FIXED_KIND_NONE ? MV_ITEM_KIND_DISCUSSION
                               : fixed_kind == MV_FIXED_KIND_AOB ? MV_ITEM_KIND_AOB
                               : MV_ITEM_KIND_FIXED,
                       "fixed-kind", fixed_kind,
                       NULL);
  g_assert_true (mv_store_insert (f->store, item, &error));
  g_assert_no_error (error);
  return item;
}

static char *
agenda_titles (Fixture   *f,
               MvMeeting *meeting)
{
  g_autoptr(GPtrArray) items = meeting ? mv_store_list_agenda (f->store, meeting)
                                       : mv_store_list_backlog (f->store, f->council);
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    g_string_append_printf (titles, "%s%s", i ? "|" : "",
                            mv_agenda_item_get_title (g_ptr_array_index (items, i)));
  return g_string_free (g_steal_pointer (&titles), FALSE);
}

static void
test_cancel_to_backlog (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3) db = NULL;
  g_autofree char *backlog = NULL;
  g_autofree char *left = NULL;
  MvMeeting *meeting = create_meeting (f, 2027, 3, 9, "10:00", 180);
  MvAgendaItem *a, *b;

  add_item (f, meeting, 0, 1, "Godkjenning av innkalling", MV_FIXED_KIND_APPROVE_NOTICE);
  a = add_item (f, meeting, 1, 2, "Ungdomsgaranti", MV_FIXED_KIND_NONE);
  b = add_item (f, meeting, 2, 3, "Digitale tjenester", MV_FIXED_KIND_NONE);
  add_item (f, meeting, 3, 4, "Eventuelt", MV_FIXED_KIND_AOB);

  g_assert_true (mv_meeting_cancel (f->store, meeting, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mv_meeting_get_status (meeting), ==, MV_MEETING_STATUS_CANCELLED);

  /* The cases are in the backlog, without meeting, number or position. */
  backlog = agenda_titles (f, NULL);
  g_assert_cmpstr (backlog, ==, "Ungdomsgaranti|Digitale tjenester");
  g_assert_null (mv_agenda_item_get_meeting_id (a));
  g_assert_cmpint (mv_agenda_item_get_number (a), ==, 0);
  g_assert_cmpint (mv_agenda_item_get_position (b), ==, 0);
  g_assert_false (mv_agenda_item_get_number_fixed (b));

  /* The fixed items stay with the cancelled meeting. */
  left = agenda_titles (f, meeting);
  g_assert_cmpstr (left, ==, "Godkjenning av innkalling|Eventuelt");

  db = mv_test_db_open (f->path);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM agenda_items WHERE meeting_id IS NULL "
                                       "AND number = 0 AND position = 0", NULL), ==, 2);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM meetings WHERE status = 'cancelled'",
                                   NULL), ==, 1);

  /* Cancelled once is enough. */
  g_assert_false (mv_meeting_cancel (f->store, meeting, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
}

static void
test_cancel_to_meeting (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3) db = NULL;
  g_autofree char *agenda = NULL;
  g_autofree char *file_order = NULL;
  MvMeeting *meeting = create_meeting (f, 2027, 3, 9, "10:00", 180);
  MvMeeting *target = create_meeting (f, 2027, 5, 11, "10:00", 180);
  MvAgendaItem *moved;

  add_item (f, meeting, 0, 1, "Godkjenning av innkalling", MV_FIXED_KIND_APPROVE_NOTICE);
  moved = add_item (f, meeting, 1, 2, "Ungdomsgaranti", MV_FIXED_KIND_NONE);
  add_item (f, meeting, 2, 3, "Digitale tjenester", MV_FIXED_KIND_NONE);
  add_item (f, meeting, 3, 4, "Eventuelt", MV_FIXED_KIND_AOB);

  add_item (f, target, 0, 5, "Godkjenning av innkalling (mai)", MV_FIXED_KIND_APPROVE_NOTICE);
  add_item (f, target, 1, 6, "Årsrapport", MV_FIXED_KIND_NONE);
  add_item (f, target, 2, 7, "Eventuelt (mai)", MV_FIXED_KIND_AOB);

  g_assert_true (mv_meeting_cancel (f->store, meeting, target, &error));
  g_assert_no_error (error);

  /* After the target's items, before its "any other business". */
  agenda = agenda_titles (f, target);
  g_assert_cmpstr (agenda, ==, "Godkjenning av innkalling (mai)|Årsrapport|Ungdomsgaranti|"
                               "Digitale tjenester|Eventuelt (mai)");
  /* The same year: the case keeps its number. */
  g_assert_cmpint (mv_agenda_item_get_number (moved), ==, 2);
  g_assert_cmpint (mv_agenda_item_get_number_year (moved), ==, 2027);

  db = mv_test_db_open (f->path);
  file_order = mv_test_db_text (db, "SELECT group_concat(title, '|') FROM "
                                    "(SELECT title FROM agenda_items WHERE meeting_id = ?1 "
                                    " ORDER BY position)",
                                mv_record_get_id (MV_RECORD (target)), NULL);
  g_assert_cmpstr (file_order, ==, agenda);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(DISTINCT position) FROM agenda_items "
                                       "WHERE meeting_id = ?1",
                                   mv_record_get_id (MV_RECORD (target)), NULL), ==, 5);
}

static void
test_cancel_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MvMeeting *meeting = create_meeting (f, 2027, 3, 9, "10:00", 180);
  MvMeeting *held = create_meeting (f, 2027, 1, 12, "10:00", 180);
  MvMeeting *cancelled = create_meeting (f, 2027, 5, 11, "10:00", 180);
  MvAgendaItem *item = add_item (f, meeting, 0, 1, "Ungdomsgaranti", MV_FIXED_KIND_NONE);

  g_assert_true (mv_store_set (f->store, held, &error, "status", MV_MEETING_STATUS_HELD, NULL));
  g_assert_true (mv_meeting_cancel (f->store, cancelled, NULL, &error));
  g_assert_no_error (error);

  g_assert_false (mv_meeting_cancel (f->store, held, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (mv_meeting_cancel (f->store, meeting, meeting, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (mv_meeting_cancel (f->store, meeting, cancelled, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_clear_error (&error);

  /* Nothing changed. */
  g_assert_cmpint (mv_meeting_get_status (meeting), ==, MV_MEETING_STATUS_PLANNED);
  g_assert_cmpstr (mv_agenda_item_get_meeting_id (item), ==,
                   mv_record_get_id (MV_RECORD (meeting)));
}

/* --- The CLI ------------------------------------------------------------ */

typedef MvTestRun Run;

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, mv_test_run_clear)

static void
run_cli_strv (Run         *run,
              const char  *language,
              const char **args)
{
  mv_test_run_cli (run, language, args);
}

static void
run_plan (Run        *run,
          const char *language,
          const char *db,
          ...) G_GNUC_NULL_TERMINATED;

static void
run_plan (Run        *run,
          const char *language,
          const char *db,
          ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  g_ptr_array_add (args, (gpointer) "--db");
  g_ptr_array_add (args, (gpointer) db);
  g_ptr_array_add (args, (gpointer) "plan-year");
  va_start (ap, db);
  for (const char *arg = va_arg (ap, const char *); arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  run_cli_strv (run, language, (const char **) args->pdata);
}

static void
assert_failed (Run        *run,
               const char *needle)
{
  const char *newline;

  g_assert_cmpint (run->status, !=, 0);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  newline = strchr (run->err, '\n');
  g_assert_true (newline != NULL && newline[1] == '\0');
  if (needle != NULL && strstr (run->err, needle) == NULL)
    g_error ("“%s” does not name “%s”", run->err, needle);
}

static void
cli_fixture_set_up (Fixture       *f,
                    gconstpointer  data)
{
  fixture_set_up (f, data);
  /* The CLI opens the file itself. */
  g_clear_object (&f->store);
}

static gint64
count_meetings (Fixture *f)
{
  g_autoptr(sqlite3) db = mv_test_db_open (f->path);

  return mv_test_db_int (db, "SELECT count(*) FROM meetings", NULL);
}

static void
meetings_list (Fixture  *f,
               char    **out)
{
  const char *args[] = { "--db", f->path, "meetings", NULL };
  g_auto(Run) run = { 0 };

  run_cli_strv (&run, NULL, args);
  g_assert_cmpint (run.status, ==, 0);
  *out = g_steal_pointer (&run.out);
}

static void
test_cli_dry_run (Fixture       *f,
                  gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  meetings_list (f, &before);
  run_plan (&run, NULL, f->path, "--year", "2027", "--count", "6", "--weekday", "tue",
            "--week", "2", "--start", "10:00", "--minutes", "180", "--dry-run", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==,
                   "2027-01-12\n2027-03-09\n2027-05-11\n2027-08-10\n2027-10-12\n2027-12-14\n");

  /* A date in July is flagged too. */
  mv_test_run_clear (&run);
  run_plan (&run, NULL, f->path, "--year", "2027", "--months", "6,7", "--weekday", "tue",
            "--week", "3", "--start", "10:00", "--minutes", "180", "--dry-run", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "2027-06-15\n2027-07-20\tJuly holiday\n");

  meetings_list (f, &after);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (count_meetings (f), ==, 0);
}

static void
test_cli_store (Fixture       *f,
                gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_auto(Run) refused = { 0 };
  g_auto(Run) again = { 0 };
  g_autoptr(sqlite3) db = NULL;
  g_autofree char *list = NULL;
  g_autofree char *council_id = NULL;

  db = mv_test_db_open (f->path);
  council_id = mv_test_db_text (db, "SELECT id FROM councils", NULL);

  /* The third Monday of May 2027 is 17 May: refused, saying which, and
   * nothing stored – unless the holidays are allowed. */
  run_plan (&refused, NULL, f->path, "--council", council_id, "--year", "2027",
            "--months", "2,5,9", "--weekday", "mon", "--week", "3", "--start", "18:00",
            "--minutes", "90", "--place", "Frivilligsentralen", NULL);
  assert_failed (&refused, "17.05.2027 (Constitution Day)");
  g_assert_nonnull (strstr (refused.err, "--allow-holidays"));
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM meetings", NULL), ==, 0);

  run_plan (&run, NULL, f->path, "--council", council_id, "--year", "2027",
            "--months", "2,5,9", "--weekday", "mon", "--week", "3", "--start", "18:00",
            "--minutes", "90", "--place", "Frivilligsentralen", "--allow-holidays", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  /* The third Monday of May 2027 is 17 May: flagged with its name. */
  g_assert_cmpstr (run.out, ==, "2027-02-15\n2027-05-17\tConstitution Day\n2027-09-20\n");

  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM meetings", NULL), ==, 3);
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM meetings WHERE "
                                       "starts_at = '2027-05-17T18:00' AND "
                                       "ends_at = '2027-05-17T19:30' AND "
                                       "place = 'Frivilligsentralen' AND "
                                       "case_deadline = '2027-04-26' AND "
                                       "notice_date = '2027-05-03' AND status = 'planned'",
                                   NULL), ==, 1);

  meetings_list (f, &list);
  g_assert_nonnull (strstr (list, "2027-09-20\t18:00\t19:30\tFrivilligsentralen\tplanned"));

  /* The same again would double the meetings: refused, nothing added. */
  run_plan (&again, NULL, f->path, "--year", "2027", "--months", "5", "--weekday", "mon",
            "--week", "3", "--start", "10:00", "--minutes", "90", "--allow-holidays", NULL);
  assert_failed (&again, "2027-05-17");
  g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM meetings", NULL), ==, 3);
}

static void
test_cli_bad_options (Fixture       *f,
                      gconstpointer  data)
{
  static const struct
  {
    const char *option;
    const char *value;
    const char *needle;
  } cases[] = {
    { "--year", "20x7", "20x7" },
    { "--year", "1850", "1850" },
    { "--count", "0", "--count" },
    { "--count", "12", "12" },
    { "--weekday", "tirsdag", "tirsdag" },
    { "--week", "6", "6" },
    { "--week", "first", "first" },
    { "--start", "25:00", "25:00" },
    { "--start", "10", "--start" },
    { "--minutes", "0", "--minutes" },
    { "--minutes", "lang", "lang" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *args[] = {
        "--db", f->path, "plan-year", "--year", "2027", "--count", "6", "--weekday", "tue",
        "--week", "2", "--start", "10:00", "--minutes", "180", NULL, NULL, NULL
      };
      g_auto(Run) run = { 0 };

      /* Replace the option's value in place. */
      for (guint j = 3; args[j] != NULL; j += 2)
        if (g_str_equal (args[j], cases[i].option))
          args[j + 1] = cases[i].value;

      run_cli_strv (&run, NULL, args);
      assert_failed (&run, cases[i].needle);
      g_assert_true (strstr (run.err, cases[i].option) != NULL);
    }

  {
    const char *months_args[] = {
      "--db", f->path, "plan-year", "--year", "2027", "--months", "1,13", "--weekday", "tue",
      "--week", "2", "--start", "10:00", "--minutes", "180", NULL
    };
    const char *both_args[] = {
      "--db", f->path, "plan-year", "--year", "2027", "--months", "1,3", "--count", "2",
      "--weekday", "tue", "--week", "2", "--start", "10:00", "--minutes", "180", NULL
    };
    const char *missing_args[] = {
      "--db", f->path, "plan-year", "--year", "2027", "--count", "2", "--weekday", "tue",
      "--week", "2", "--minutes", "180", NULL
    };
    const char *council_args[] = {
      "--db", f->path, "plan-year", "--council", "nope", "--year", "2027", "--count", "2",
      "--weekday", "tue", "--week", "2", "--start", "10:00", "--minutes", "180", NULL
    };
    const char *extra_args[] = {
      "--db", f->path, "plan-year", "--year", "2027", "--count", "2", "--weekday", "tue",
      "--week", "2", "--start", "10:00", "--minutes", "180", "ekstra", NULL
    };
    g_auto(Run) months = { 0 };
    g_auto(Run) both = { 0 };
    g_auto(Run) missing = { 0 };
    g_auto(Run) council = { 0 };
    g_auto(Run) extra = { 0 };

    run_cli_strv (&months, NULL, months_args);
    assert_failed (&months, "--months: “1,13”");
    run_cli_strv (&both, NULL, both_args);
    assert_failed (&both, "--count");
    run_cli_strv (&missing, NULL, missing_args);
    assert_failed (&missing, "--start");
    run_cli_strv (&council, NULL, council_args);
    assert_failed (&council, "nope");
    run_cli_strv (&extra, NULL, extra_args);
    assert_failed (&extra, "ekstra");
  }

  g_assert_cmpint (count_meetings (f), ==, 0);
}

/* Under LANGUAGE=nb the holiday's name is Norwegian. */
static void
test_cli_norwegian (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  locale_t nb = newlocale (LC_ALL_MASK, "nb_NO.UTF-8", (locale_t) 0);
  g_auto(GStrv) fields = NULL;

  if (nb == (locale_t) 0)
    {
      /* Skips, or fails where build-aux/test made the locale. */
      mv_test_set_locale ("nb_NO.UTF-8");
      return;
    }
  freelocale (nb);

  run_plan (&run, "nb", f->path, "--year", "2027", "--months", "5", "--weekday", "mon",
            "--week", "3", "--start", "10:00", "--minutes", "90", "--dry-run", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_str_has_prefix (run.out, "2027-05-17\tGrunnlovsdag"));
  g_assert_true (g_str_has_suffix (run.out, "\n"));
  fields = g_strsplit (run.out, "\t", -1);
  g_assert_cmpuint (g_strv_length (fields), ==, 2);
}

int
main (int    argc,
      char **argv)
{
  /* The holidays' names as written in the source. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/holidays/easter", test_easter);
  g_test_add_func ("/holidays/names", test_holidays);
  g_test_add_func ("/holidays/july", test_july);
  g_test_add_func ("/year-plan/nth-weekday", test_nth_weekday);
  g_test_add_func ("/year-plan/spread", test_spread);
  g_test_add_func ("/year-plan/deadlines", test_deadlines);
  g_test_add_func ("/year-plan/parse", test_parse);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
#define ADD_CLI(path, func) \
  g_test_add (path, Fixture, NULL, cli_fixture_set_up, func, fixture_tear_down)

  ADD ("/year-plan/pattern/count", test_pattern_count);
  ADD ("/year-plan/pattern/counts", test_pattern_counts);
  ADD ("/year-plan/pattern/deadline-flags", test_pattern_deadline_flags);
  ADD ("/year-plan/pattern/months", test_pattern_months);
  ADD ("/year-plan/pattern/fifth", test_pattern_fifth);
  ADD ("/year-plan/pattern/invalid", test_pattern_invalid);
  ADD ("/year-plan/store", test_store_plan);
  ADD ("/year-plan/store/conflict", test_store_plan_conflict);
  ADD ("/meeting/create", test_create);
  ADD ("/meeting/move", test_move);
  ADD ("/meeting/cancel/backlog", test_cancel_to_backlog);
  ADD ("/meeting/cancel/other-meeting", test_cancel_to_meeting);
  ADD ("/meeting/cancel/refused", test_cancel_refused);
  ADD_CLI ("/cli/plan-year/dry-run", test_cli_dry_run);
  ADD_CLI ("/cli/plan-year/store", test_cli_store);
  ADD_CLI ("/cli/plan-year/bad-options", test_cli_bad_options);
  ADD_CLI ("/cli/plan-year/norwegian", test_cli_norwegian);

  return g_test_run ();
}
