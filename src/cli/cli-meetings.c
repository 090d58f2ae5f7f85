/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "cli-common.h"
#include "mv-councils.h"
#include "mv-dates.h"
#include "mv-enum-types.h"
#include "mv-error.h"
#include "mv-queries.h"
#include "mv-year-plan.h"

/* councils, council, meetings, plan-year, add-meeting, edit-meeting,
 * cancel-meeting */

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
 * after a tab where a date needs a second look. Without
 * --dry-run the meetings are stored, all or none; a council that already
 * has a meeting on one of the dates is refused (mv_year_plan_store()), and
 * so is a plan with a meeting on a public holiday unless --allow-holidays. */
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
  gboolean allow_holidays = FALSE;
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
    { "allow-holidays", 0, 0, G_OPTION_ARG_NONE, &allow_holidays,
      N_("Store meetings that fall on public holidays too"), NULL },
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
  if (!dry_run && !allow_holidays)
    {
      g_autoptr(GError) holidays = NULL;

      if (!mv_year_plan_check_holidays (plan, &holidays))
        {
          g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                       _("plan-year: %s. Choose another weekday or week, or give "
                         "--allow-holidays to plan them anyway; --dry-run shows the dates"),
                       holidays->message);
          return 1;
        }
    }
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

/* add-meeting, edit-meeting, cancel-meeting ------------------------------- */

/* "add-meeting: give --end HH:MM or --minutes N", once or not at all. */
static gboolean
check_end_or_minutes (const char  *command,
                      const char  *end,
                      const char  *minutes,
                      gboolean     required,
                      GError     **error)
{
  if (end != NULL && minutes != NULL)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("%s: give --end HH:MM or --minutes N, not both"), command);
      return FALSE;
    }
  if (required && end == NULL && minutes == NULL)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID, _("%s: give --end HH:MM or --minutes N"),
                   command);
      return FALSE;
    }
  return TRUE;
}

/* Prints the new meeting's id. It starts with the council's fixed items,
 * its deadlines from the council's settings (mv_meeting_create()). */
int
cmd_add_meeting (const char  *db,
                 int          argc,
                 char       **argv,
                 GError     **error)
{
  g_autofree char *council_id = NULL;
  g_autofree char *date_arg = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *minutes_arg = NULL;
  g_autofree char *place = NULL;
  g_autofree char *theme = NULL;
  g_autoptr(MvStore) store = NULL;
  MvCouncil *council;
  MvMeeting *meeting;
  int start_minute, end_minute;
  guint minutes = 0;
  GDate date;
  GOptionEntry entries[] = {
    { "council", 0, 0, G_OPTION_ARG_STRING, &council_id, N_("The council’s id"), "ID" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_arg, N_("The day of the meeting"), "YYYY-MM-DD" },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start, N_("The start time"), "HH:MM" },
    { "end", 0, 0, G_OPTION_ARG_STRING, &end, N_("The end time, the same day"), "HH:MM" },
    { "minutes", 0, 0, G_OPTION_ARG_STRING, &minutes_arg, N_("The length in minutes"), "N" },
    { "place", 0, 0, G_OPTION_ARG_STRING, &place,
      N_("The place (default: the council’s)"), "P" },
    { "theme", 0, 0, G_OPTION_ARG_STRING, &theme, N_("The meeting’s theme"), "T" },
    { NULL }
  };

  if (!cli_parse_options ("add-meeting", entries, &argc, &argv, 0, error))
    return 2;
  if (!cli_require_arg ("add-meeting", "--date", date_arg, error) ||
      !cli_parse_date ("--date", date_arg, &date, error) ||
      !cli_require_arg ("add-meeting", "--start", start, error) ||
      !cli_parse_time ("--start", start, &start_minute, error) ||
      !check_end_or_minutes ("add-meeting", end, minutes_arg, TRUE, error))
    return 2;
  if (minutes_arg != NULL && !cli_parse_count ("--minutes", minutes_arg, 24 * 60, &minutes, error))
    return 2;
  if (end != NULL)
    {
      if (!cli_parse_time ("--end", end, &end_minute, error))
        return 2;
      if (end_minute <= start_minute)
        {
          g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                       _("--end: a meeting that starts at %s cannot end at %s"), start, end);
          return 2;
        }
      minutes = (guint) (end_minute - start_minute);
    }

  if (!(store = cli_open_existing (db, error)))
    return 1;
  if (!(council = mv_store_find_council (store, council_id, error)))
    return 1;
  if (!(meeting = mv_meeting_create (store, council, &date, start, (int) minutes, place, theme,
                                     error)))
    return 1;

  g_print ("%s\n", mv_record_get_id (MV_RECORD (meeting)));
  return 0;
}

static gboolean
parse_nick (GType        type,
            const char  *option,
            const char  *value,
            const char  *choices,
            gboolean     allow_cancelled,
            int         *out,
            GError     **error)
{
  if (mv_enum_from_nick (type, value, out) &&
      (allow_cancelled || type != MV_TYPE_MEETING_STATUS || *out != MV_MEETING_STATUS_CANCELLED))
    return TRUE;

  g_set_error (error, MV_ERROR, MV_ERROR_INVALID, _("%s: “%s” is not one of %s"), option, value,
               choices);
  return FALSE;
}

/* MEETING is an id, or a date where one meeting is held (--council for a
 * file with more than one council). */
int
cmd_edit_meeting (const char  *db,
                  int          argc,
                  char       **argv,
                  GError     **error)
{
  g_autofree char *council_id = NULL;
  g_autofree char *date_arg = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *minutes_arg = NULL;
  g_autofree char *place = NULL;
  g_autofree char *theme = NULL;
  g_autofree char *kind_arg = NULL;
  g_autofree char *status_arg = NULL;
  g_autoptr(MvStore) store = NULL;
  MvMeetingEdit edit = MV_MEETING_EDIT_INIT;
  MvMeeting *meeting;
  guint minutes;
  GDate date;
  GOptionEntry entries[] = {
    { "council", 0, 0, G_OPTION_ARG_STRING, &council_id, N_("The council’s id"), "ID" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_arg,
      N_("A new day: the deadlines move with it"), "YYYY-MM-DD" },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start, N_("A new start time"), "HH:MM" },
    { "end", 0, 0, G_OPTION_ARG_STRING, &end, N_("A new end time, the same day"), "HH:MM" },
    { "minutes", 0, 0, G_OPTION_ARG_STRING, &minutes_arg, N_("A new length in minutes"), "N" },
    { "place", 0, 0, G_OPTION_ARG_STRING, &place, N_("The place"), "P" },
    { "theme", 0, 0, G_OPTION_ARG_STRING, &theme, N_("The meeting’s theme"), "T" },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_arg, N_("The kind of meeting"),
      "ordinary|extraordinary|workshop|joint|open" },
    { "status", 0, 0, G_OPTION_ARG_STRING, &status_arg,
      N_("The status; notice-sent fixes the item numbers"),
      "planned|notice-sent|held|minutes-approved" },
    { NULL }
  };

  if (!cli_parse_options ("edit-meeting", entries, &argc, &argv, 1, error))
    return 2;
  if (argc < 2)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("edit-meeting: name the meeting’s id or date"));
      return 2;
    }
  if (!date_arg && !start && !end && !minutes_arg && !place && !theme && !kind_arg && !status_arg)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("edit-meeting: name at least one change; see edit-meeting --help"));
      return 2;
    }
  if (!check_end_or_minutes ("edit-meeting", end, minutes_arg, FALSE, error))
    return 2;
  if (date_arg != NULL)
    {
      if (!cli_parse_date ("--date", date_arg, &date, error))
        return 2;
      edit.date = &date;
    }
  if ((start != NULL && !cli_parse_time ("--start", start, NULL, error)) ||
      (end != NULL && !cli_parse_time ("--end", end, NULL, error)))
    return 2;
  if (minutes_arg != NULL)
    {
      if (!cli_parse_count ("--minutes", minutes_arg, 24 * 60, &minutes, error))
        return 2;
      edit.minutes = (int) minutes;
    }
  if (kind_arg != NULL &&
      !parse_nick (MV_TYPE_MEETING_KIND, "--kind", kind_arg,
                   "ordinary, extraordinary, workshop, joint, open", FALSE, &edit.kind, error))
    return 2;
  if (status_arg != NULL &&
      !parse_nick (MV_TYPE_MEETING_STATUS, "--status", status_arg,
                   "planned, notice-sent, held, minutes-approved", FALSE, &edit.status, error))
    return 2;
  edit.start = start;
  edit.end = end;
  edit.place = place;
  edit.theme = theme;

  if (!(store = cli_open_existing (db, error)) ||
      !(meeting = cli_find_meeting (store, council_id, argv[1], error)))
    return 1;
  return mv_meeting_update (store, meeting, &edit, NULL, error) ? 0 : 1;
}

/* The cases go to another meeting of the council, or to the backlog (the
 * default); the fixed items stay with the cancelled meeting. */
int
cmd_cancel_meeting (const char  *db,
                    int          argc,
                    char       **argv,
                    GError     **error)
{
  g_autofree char *council_id = NULL;
  g_autofree char *target_arg = NULL;
  g_autoptr(MvStore) store = NULL;
  gboolean to_backlog = FALSE;
  MvMeeting *meeting;
  MvMeeting *target = NULL;
  GOptionEntry entries[] = {
    { "council", 0, 0, G_OPTION_ARG_STRING, &council_id, N_("The council’s id"), "ID" },
    { "items-to", 0, 0, G_OPTION_ARG_STRING, &target_arg,
      N_("The meeting that takes over the cases (id or date)"), "MEETING" },
    { "items-to-backlog", 0, 0, G_OPTION_ARG_NONE, &to_backlog,
      N_("Put the cases back in the backlog (the default)"), NULL },
    { NULL }
  };

  if (!cli_parse_options ("cancel-meeting", entries, &argc, &argv, 1, error))
    return 2;
  if (argc < 2)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("cancel-meeting: name the meeting’s id or date"));
      return 2;
    }
  if (target_arg != NULL && to_backlog)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("cancel-meeting: give --items-to MEETING or --items-to-backlog, "
                             "not both"));
      return 2;
    }

  if (!(store = cli_open_existing (db, error)) ||
      !(meeting = cli_find_meeting (store, council_id, argv[1], error)))
    return 1;
  if (target_arg != NULL &&
      !(target = cli_find_meeting (store, mv_meeting_get_council_id (meeting), target_arg, error)))
    return 1;
  return mv_meeting_cancel (store, meeting, target, error) ? 0 : 1;
}

/* council ----------------------------------------------------------------- */

/* The settings of the council dialog, in its order; each is an option
 * named as the property, and a row of the listing. */
static const struct
{
  const char *property;
  const char *description;
  const char *arg;
} council_settings[] = {
  { "name", N_("The council’s name"), "N" },
  { "level", N_("The council’s level"), "local|county|central|other" },
  { "nav-unit", N_("The NAV office or unit"), "U" },
  { "language", N_("The language of the council’s papers"), "nb|nn|en" },
  { "reserve-youth-seat", N_("Whether a seat is kept for a young member"), "yes|no" },
  { "honorarium-rate", N_("The honorarium per meeting, in kroner"), "N" },
  { "mandate", N_("The council’s mandate"), "TEXT" },
  { "default-place", N_("Where the meetings are held"), "P" },
  { "start-time", N_("When a meeting starts"), "HH:MM" },
  { "length-minutes", N_("How long a meeting lasts, in minutes"), "N" },
  { "deadline-days", N_("The case deadline, in days before a meeting"), "N" },
  { "notice-days", N_("When the notice goes out, in days before a meeting"), "N" },
  { "secretariat-name", N_("Whom the notice sends apologies to, and signs with"), "N" },
  { "secretariat-email", N_("The secretariat’s e-mail address"), "E" },
  { "secretariat-phone", N_("The secretariat’s phone number"), "P" },
};

#define N_COUNCIL_SETTINGS G_N_ELEMENTS (council_settings)

static char *
setting_text (MvCouncil  *council,
              GParamSpec *pspec)
{
  const GValue *value = mv_record_peek (MV_RECORD (council), pspec);

  if (G_VALUE_HOLDS_STRING (value))
    return g_strdup (g_value_get_string (value) ? g_value_get_string (value) : "");
  if (G_VALUE_HOLDS_ENUM (value))
    return g_strdup (mv_enum_to_nick (pspec->value_type, g_value_get_enum (value)));
  if (G_VALUE_HOLDS_BOOLEAN (value))
    return g_strdup (g_value_get_boolean (value) ? "yes" : "no");
  return g_strdup_printf ("%d", g_value_get_int (value));
}

/* The option's text as a value of the setting's type. */
static gboolean
parse_setting (GParamSpec  *pspec,
               const char  *text,
               GValue      *value,
               GError     **error)
{
  g_autofree char *option = g_strconcat ("--", pspec->name, NULL);

  g_value_init (value, pspec->value_type);
  if (G_VALUE_HOLDS_STRING (value))
    {
      int minute;

      if (g_str_equal (pspec->name, "start-time") && !cli_parse_time (option, text, &minute, error))
        return FALSE;
      g_value_set_string (value, text);
      return TRUE;
    }
  if (G_VALUE_HOLDS_ENUM (value))
    {
      int n;

      if (!parse_nick (pspec->value_type, option, text,
                       pspec->value_type == MV_TYPE_LANGUAGE ? "nb, nn, en"
                                                             : "local, county, central, other",
                       TRUE, &n, error))
        return FALSE;
      g_value_set_enum (value, n);
      return TRUE;
    }
  if (G_VALUE_HOLDS_BOOLEAN (value))
    {
      gboolean yes;

      if (!cli_parse_yes_no (option, text, &yes, error))
        return FALSE;
      g_value_set_boolean (value, yes);
      return TRUE;
    }

  {
    GParamSpecInt *range = G_PARAM_SPEC_INT (pspec);
    gint64 n;

    if (!g_ascii_string_to_signed (text, 10, range->minimum, range->maximum, &n, NULL))
      {
        g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                     _("%s: “%s” is not a whole number from %d to %d"), option, text,
                     range->minimum, range->maximum);
        return FALSE;
      }
    g_value_set_int (value, (int) n);
    return TRUE;
  }
}

/* Without options it lists the council's settings, one a row; with
 * options it changes them, all or none. */
int
cmd_council (const char  *db,
             int          argc,
             char       **argv,
             GError     **error)
{
  g_autofree char *council_id = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(GTypeClass) klass = g_type_class_ref (MV_TYPE_COUNCIL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  char *texts[N_COUNCIL_SETTINGS] = { NULL };
  GOptionEntry entries[N_COUNCIL_SETTINGS + 2] = {
    { "council", 0, 0, G_OPTION_ARG_STRING, &council_id, N_("The council’s id"), "ID" },
  };
  MvCouncil *council;
  int status = 0;

  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);
  for (guint i = 0; i < N_COUNCIL_SETTINGS; i++)
    entries[i + 1] = (GOptionEntry) { council_settings[i].property, 0, 0, G_OPTION_ARG_STRING,
                                      &texts[i], council_settings[i].description,
                                      council_settings[i].arg };

  if (!cli_parse_options ("council", entries, &argc, &argv, 0, error))
    {
      status = 2;
      goto out;
    }

  for (guint i = 0; i < N_COUNCIL_SETTINGS; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass),
                                                        council_settings[i].property);
      GValue value = G_VALUE_INIT;

      if (texts[i] == NULL)
        continue;
      if (!parse_setting (pspec, texts[i], &value, error))
        {
          g_value_unset (&value);
          status = 2;
          goto out;
        }
      g_ptr_array_add (names, (gpointer) pspec->name);
      g_array_append_val (values, value);
    }

  if (!(store = cli_open_existing (db, error)) ||
      !(council = mv_store_find_council (store, council_id, error)))
    {
      status = 1;
      goto out;
    }

  if (names->len > 0)
    {
      if (!mv_council_update_values (store, council, names->len,
                                     (const char * const *) names->pdata,
                                     (const GValue *) values->data, NULL, error))
        status = 1;
      goto out;
    }

  cli_print_row ("setting", "value", NULL);
  cli_print_row ("id", mv_record_get_id (MV_RECORD (council)), NULL);
  for (guint i = 0; i < N_COUNCIL_SETTINGS; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass),
                                                        council_settings[i].property);
      g_autofree char *text = setting_text (council, pspec);

      cli_print_row (pspec->name, text, NULL);
    }

out:
  for (guint i = 0; i < N_COUNCIL_SETTINGS; i++)
    g_free (texts[i]);
  return status;
}
