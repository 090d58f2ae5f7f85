/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "cli-common.h"
#include "mv-dates.h"
#include "mv-enum-types.h"
#include "mv-error.h"
#include "mv-queries.h"
#include "mv-year-plan.h"

/* councils, meetings, plan-year */

int
cmd_councils (const char  *db,
              int          argc,
              char       **argv,
              GError     **error)
{
  g_autoptr(MvStore) store = NULL;
  GListModel *councils;
  GOptionEntry entries[] = { { NULL } };

  if (!cli_parse_options ("councils", entries, &argc, &argv, 0, error))
    return 2;
  if (!(store = cli_open_existing (db, error)))
    return 1;

  councils = mv_store_get_model (store, MV_TYPE_COUNCIL);
  cli_print_row ("id", "name", "level", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (councils); i++)
    {
      g_autoptr(MvCouncil) council = g_list_model_get_item (councils, i);

      cli_print_row (mv_record_get_id (MV_RECORD (council)),
                 mv_council_get_name (council),
                 mv_enum_to_nick (MV_TYPE_COUNCIL_LEVEL, mv_council_get_level (council)),
                 NULL);
    }
  return 0;
}

int
cmd_meetings (const char  *db,
              int          argc,
              char       **argv,
              GError     **error)
{
  g_autofree char *council_id = NULL;
  g_autofree char *year_arg = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  guint year = 0;
  MvCouncil *council;
  GOptionEntry entries[] = {
    { "council", 0, 0, G_OPTION_ARG_STRING, &council_id, N_("The council’s id"), "ID" },
    { "year", 0, 0, G_OPTION_ARG_STRING, &year_arg, N_("Only this year’s meetings"), "Y" },
    { NULL }
  };

  if (!cli_parse_options ("meetings", entries, &argc, &argv, 0, error))
    return 2;
  if (year_arg && !cli_parse_count ("--year", year_arg, 9999, &year, error))
    return 2;
  if (!(store = cli_open_existing (db, error)))
    return 1;
  if (!(council = mv_store_find_council (store, council_id, error)))
    return 1;

  meetings = mv_store_list_meetings (store, council, year);
  cli_print_row ("id", "date", "start", "end", "place", "status", "items", NULL);
  for (guint i = 0; i < meetings->len; i++)
    {
      MvMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autofree char *date = mv_meeting_dup_date (meeting);
      g_autofree char *start = mv_meeting_dup_start_time (meeting);
      g_autofree char *end = mv_meeting_dup_end_time (meeting);
      g_autofree char *items = g_strdup_printf ("%u", mv_store_count_items (store,
                                                  mv_record_get_id (MV_RECORD (meeting))));

      cli_print_row (mv_record_get_id (MV_RECORD (meeting)), date, start, end,
                 mv_meeting_get_place (meeting),
                 mv_enum_to_nick (MV_TYPE_MEETING_STATUS, mv_meeting_get_status (meeting)),
                 items, NULL);
    }
  return 0;
}

static gboolean
parse_weekday (const char    *value,
               GDateWeekday  *weekday,
               GError       **error)
{
  static const char * const names[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (value, names[i]) == 0)
      {
        *weekday = G_DATE_MONDAY + i;
        return TRUE;
      }

  g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
               _("--weekday: “%s” is not one of mon, tue, wed, thu, fri, sat, sun"), value);
  return FALSE;
}

static gboolean
parse_week (const char  *value,
            int         *week,
            GError     **error)
{
  guint64 n;

  if (g_ascii_strcasecmp (value, "last") == 0)
    {
      *week = MV_WEEK_LAST;
      return TRUE;
    }
  if (g_ascii_string_to_unsigned (value, 10, 1, 5, &n, NULL))
    {
      *week = (int) n;
      return TRUE;
    }

  g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
               _("--week: “%s” is not 1, 2, 3, 4, 5 or last"), value);
  return FALSE;
}

static gboolean
parse_months (const char  *value,
              guint       *months,
              GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (value, ",", -1);

  *months = 0;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint64 m;

      if (!g_ascii_string_to_unsigned (g_strstrip (parts[i]), 10, 1, 12, &m, NULL))
        {
          *months = 0;
          break;
        }
      *months |= 1u << m;
    }

  if (*months != 0)
    return TRUE;

  g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
               _("--months: “%s” is not a list of months from 1 to 12, such as 1,3,5"), value);
  return FALSE;
}

/* Prints the planned dates, one a line, with the holiday or "July holiday"
 * after a tab where a date needs a second look. Without --dry-run the
 * meetings are stored, all or none; a council that already has a meeting
 * on one of the dates is refused (mv_year_plan_store()). */
int
cmd_plan_year (const char  *db,
               int          argc,
               char       **argv,
               GError     **error)
{
  g_autofree char *council_id = NULL;
  g_autofree char *year_arg = NULL;
  g_autofree char *count_arg = NULL;
  g_autofree char *months_arg = NULL;
  g_autofree char *weekday_arg = NULL;
  g_autofree char *week_arg = NULL;
  g_autofree char *start_arg = NULL;
  g_autofree char *minutes_arg = NULL;
  g_autofree char *place = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(MvYearPlan) plan = NULL;
  gboolean dry_run = FALSE;
  MvYearPattern pattern = { 0 };
  MvCouncil *council;
  guint64 year;
  guint minutes;
  GOptionEntry entries[] = {
    { "council", 0, 0, G_OPTION_ARG_STRING, &council_id, N_("The council’s id"), "ID" },
    { "year", 0, 0, G_OPTION_ARG_STRING, &year_arg, N_("The year to plan"), "Y" },
    { "count", 0, 0, G_OPTION_ARG_STRING, &count_arg,
      N_("Meetings spread evenly over the year, July left out"), "N" },
    { "months", 0, 0, G_OPTION_ARG_STRING, &months_arg, N_("The months to meet in"), "1,3,5" },
    { "weekday", 0, 0, G_OPTION_ARG_STRING, &weekday_arg, N_("The weekday"), "mon..sun" },
    { "week", 0, 0, G_OPTION_ARG_STRING, &week_arg,
      N_("The week of the month; 5 is the last where a month has four"), "1..5|last" },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start_arg, N_("The start time"), "HH:MM" },
    { "minutes", 0, 0, G_OPTION_ARG_STRING, &minutes_arg, N_("The length in minutes"), "N" },
    { "place", 0, 0, G_OPTION_ARG_STRING, &place,
      N_("The place (default: the council’s)"), "P" },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Show the dates, store nothing"), NULL },
    { NULL }
  };

  if (!cli_parse_options ("plan-year", entries, &argc, &argv, 0, error))
    return 2;

  if (!cli_require_option ("--year", year_arg, error))
    return 2;
  if (!g_ascii_string_to_unsigned (year_arg, 10, 1900, 2999, &year, NULL))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("--year: “%s” is not a year from 1900 to 2999"), year_arg);
      return 2;
    }
  pattern.year = (int) year;

  if (count_arg != NULL && months_arg != NULL)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("plan-year: give --count N or --months 1,3,5, not both"));
      return 2;
    }
  if (count_arg == NULL && months_arg == NULL)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("plan-year: give --count N or --months 1,3,5"));
      return 2;
    }
  if (count_arg != NULL && !cli_parse_count ("--count", count_arg, 11, &pattern.count, error))
    return 2;
  if (months_arg != NULL && !parse_months (months_arg, &pattern.months, error))
    return 2;

  if (!cli_require_option ("--weekday", weekday_arg, error) ||
      !parse_weekday (weekday_arg, &pattern.weekday, error) ||
      !cli_require_option ("--week", week_arg, error) ||
      !parse_week (week_arg, &pattern.week, error) ||
      !cli_require_option ("--start", start_arg, error))
    return 2;
  if (!mv_time_parse (start_arg, NULL))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("--start: “%s” is not a time of day HH:MM, such as 10:00"), start_arg);
      return 2;
    }
  pattern.start = start_arg;
  if (!cli_require_option ("--minutes", minutes_arg, error) ||
      !cli_parse_count ("--minutes", minutes_arg, 24 * 60, &minutes, error))
    return 2;
  pattern.minutes = (int) minutes;
  pattern.place = place;

  if (!(store = cli_open_existing (db, error)))
    return 1;
  if (!(council = mv_store_find_council (store, council_id, error)))
    return 1;
  if (!(plan = mv_year_plan_new (council, &pattern, error)))
    return 1;
  if (!dry_run && !mv_year_plan_store (store, council, plan, error))
    return 1;

  for (guint i = 0; i < plan->meetings->len; i++)
    {
      MvPlannedMeeting *pm = g_ptr_array_index (plan->meetings, i);
      g_autofree char *date = mv_date_format (&pm->date);

      if (pm->flag != NULL)
        cli_print_row (date, pm->flag, NULL);
      else
        cli_print_row (date, NULL);
    }
  return 0;
}
