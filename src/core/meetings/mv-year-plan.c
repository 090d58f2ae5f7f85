/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mv-agenda-item.h"
#include "mv-agenda.h"
#include "mv-dates.h"
#include "mv-enum-types.h"
#include "mv-error.h"
#include "mv-holidays.h"
#include "mv-queries.h"
#include "mv-year-plan.h"

#define MINUTES_PER_DAY (24 * 60)
#define FIRST_YEAR 1900
#define LAST_YEAR 2999

/* The working months, July left out. */
static const GDateMonth working_months[] = {
  G_DATE_JANUARY, G_DATE_FEBRUARY, G_DATE_MARCH, G_DATE_APRIL, G_DATE_MAY, G_DATE_JUNE,
  G_DATE_AUGUST, G_DATE_SEPTEMBER, G_DATE_OCTOBER, G_DATE_NOVEMBER, G_DATE_DECEMBER,
};

/**
 * mv_date_flag:
 *
 * Returns: (nullable): why a meeting on @date needs a second look – the
 *   translated name of the public holiday, or "July holiday" – or %NULL
 */
const char *
mv_date_flag (const GDate *date)
{
  const char *name;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  name = mv_holiday_name (date);
  if (name != NULL)
    return name;
  if (mv_date_in_july_holiday (date))
    return _("July holiday");
  return NULL;
}

static const char *
iso_flag (const char *iso)
{
  GDate date;

  if (iso == NULL || !mv_date_parse (iso, &date))
    return NULL;
  return mv_date_flag (&date);
}

/**
 * mv_planned_meeting_update_flags:
 *
 * Sets @pm's flags from its date, case deadline and notice date.
 */
void
mv_planned_meeting_update_flags (MvPlannedMeeting *pm)
{
  g_return_if_fail (pm != NULL);

  pm->flag = mv_date_flag (&pm->date);
  pm->deadline_flag = iso_flag (pm->case_deadline);
  pm->notice_flag = iso_flag (pm->notice_date);
}

/**
 * mv_planned_meeting_describe_deadlines:
 *
 * Returns: (transfer full) (nullable): "Case deadline 14.07.2027: July
 *   holiday", with the notice date too when it is flagged, or %NULL when
 *   neither is
 */
char *
mv_planned_meeting_describe_deadlines (const MvPlannedMeeting *pm)
{
  g_autofree char *deadline = NULL;
  g_autofree char *notice = NULL;

  g_return_val_if_fail (pm != NULL, NULL);

  if (pm->deadline_flag != NULL)
    {
      g_autofree char *date = mv_date_iso_to_entry (pm->case_deadline);

      /* Translators: "Case deadline 14.07.2027: July holiday". */
      deadline = g_strdup_printf (_("Case deadline %s: %s"), date, pm->deadline_flag);
    }
  if (pm->notice_flag != NULL)
    {
      g_autofree char *date = mv_date_iso_to_entry (pm->notice_date);

      /* Translators: "Notice date 17.05.2027: Constitution Day". */
      notice = g_strdup_printf (_("Notice date %s: %s"), date, pm->notice_flag);
    }

  if (deadline != NULL && notice != NULL)
    /* Translators: the case deadline's flag, then the notice date's. */
    return g_strdup_printf (_("%s; %s"), deadline, notice);
  return g_strdup (deadline ? deadline : notice);
}

/**
 * mv_year_plan_check_holidays:
 *
 * Refuses @plan when a meeting falls on a public holiday, naming each such
 * date and its holiday (the July holiday is a choice of months, not refused).
 */
gboolean
mv_year_plan_check_holidays (MvYearPlan  *plan,
                             GError     **error)
{
  g_autoptr(GString) dates = g_string_new (NULL);

  g_return_val_if_fail (plan != NULL, FALSE);

  for (guint i = 0; i < plan->meetings->len; i++)
    {
      MvPlannedMeeting *pm = g_ptr_array_index (plan->meetings, i);
      const char *holiday = mv_holiday_name (&pm->date);
      g_autofree char *date = NULL;

      if (holiday == NULL)
        continue;
      date = mv_date_format_entry (&pm->date);
      if (dates->len > 0)
        g_string_append (dates, _(", "));
      /* Translators: a planned date and its holiday: "17.05.2027 (Constitution Day)". */
      g_string_append_printf (dates, _("%s (%s)"), date, holiday);
    }

  if (dates->len == 0)
    return TRUE;
  g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
               _("The plan puts a meeting on a public holiday: %s"), dates->str);
  return FALSE;
}

/**
 * mv_year_plan_spread:
 * @count: meetings in the year, 1–11
 *
 * Returns: the months of @count meetings spread evenly over the working
 *   year (see mv-year-plan.h): bit (1 << m) for month m; 0 for a count out
 *   of range
 */
guint
mv_year_plan_spread (guint count)
{
  const guint n = G_N_ELEMENTS (working_months);
  guint months = 0;

  if (count == 0 || count > n)
    return 0;

  for (guint i = 0; i < count; i++)
    months |= 1u << working_months[(2 * i + 1) * n / (2 * count)];
  return months;
}

/**
 * mv_date_nth_weekday:
 * @week: 1–5, or %MV_WEEK_LAST
 * @date: (out caller-allocates): the day
 * @last_instead: (out) (optional): set when @week is 5 and the month has
 *   only four such weekdays, so that @date is the fourth (the last)
 *
 * The @week'th @weekday of the month: "the second Tuesday".
 *
 * Returns: %FALSE for arguments out of range
 */
gboolean
mv_date_nth_weekday (int           year,
                     GDateMonth    month,
                     GDateWeekday  weekday,
                     int           week,
                     GDate        *date,
                     gboolean     *last_instead)
{
  int first_offset;
  guint8 days;
  int day;

  g_return_val_if_fail (date != NULL, FALSE);

  if (last_instead != NULL)
    *last_instead = FALSE;
  g_date_clear (date, 1);

  if (year < 1 || year > 9999 || !g_date_valid_month (month) ||
      !g_date_valid_weekday (weekday) || (week != MV_WEEK_LAST && (week < 1 || week > 5)))
    return FALSE;

  days = g_date_get_days_in_month (month, year);
  g_date_set_dmy (date, 1, month, year);
  first_offset = ((int) weekday - (int) g_date_get_weekday (date) + 7) % 7;

  if (week == MV_WEEK_LAST)
    day = 1 + first_offset + 7 * ((days - 1 - first_offset) / 7);
  else
    {
      day = 1 + first_offset + 7 * (week - 1);
      if (day > days)
        {
          day -= 7;
          if (last_instead != NULL)
            *last_instead = TRUE;
        }
    }

  g_date_set_day (date, day);
  return TRUE;
}

/**
 * mv_meeting_deadlines:
 * @case_deadline: (out) (optional): the last day for submitting cases
 * @notice_date: (out) (optional): the day the notice goes out
 *
 * The deadline arithmetic, used when a meeting is planned and when it
 * moves: plain calendar days before the meeting, across month and year
 * boundaries.
 */
void
mv_meeting_deadlines (const GDate  *meeting_date,
                      int           deadline_days,
                      int           notice_days,
                      char        **case_deadline,
                      char        **notice_date)
{
  GDate d;

  g_return_if_fail (meeting_date != NULL && g_date_valid (meeting_date));
  g_return_if_fail (deadline_days >= 0 && notice_days >= 0);

  if (case_deadline != NULL)
    {
      d = *meeting_date;
      g_date_subtract_days (&d, deadline_days);
      *case_deadline = mv_date_format (&d);
    }
  if (notice_date != NULL)
    {
      d = *meeting_date;
      g_date_subtract_days (&d, notice_days);
      *notice_date = mv_date_format (&d);
    }
}

static void
planned_meeting_free (gpointer data)
{
  MvPlannedMeeting *pm = data;

  g_free (pm->starts_at);
  g_free (pm->ends_at);
  g_free (pm->place);
  g_free (pm->theme);
  g_free (pm->case_deadline);
  g_free (pm->notice_date);
  g_free (pm);
}

void
mv_year_plan_free (MvYearPlan *plan)
{
  if (plan == NULL)
    return;

  g_free (plan->council_id);
  g_clear_pointer (&plan->meetings, g_ptr_array_unref);
  g_free (plan);
}

static gboolean
check_year (int       year,
            GError  **error)
{
  if (year >= FIRST_YEAR && year <= LAST_YEAR)
    return TRUE;

  g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
               _("%d is not a year from %d to %d"), year, FIRST_YEAR, LAST_YEAR);
  return FALSE;
}

static gboolean
check_minutes (int       minutes,
               GError  **error)
{
  if (minutes >= 1 && minutes <= MINUTES_PER_DAY)
    return TRUE;

  g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
               _("A meeting lasts from 1 to %d minutes, not %d"), MINUTES_PER_DAY, minutes);
  return FALSE;
}

static gboolean
check_start (const char  *start,
             int         *minute_of_day,
             GError     **error)
{
  if (mv_time_parse (start, minute_of_day))
    return TRUE;

  g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
               _("“%s” is not a time of day (HH:MM, such as 10:00)"), start ? start : "");
  return FALSE;
}

/* A blank place is the council's default place. */
static char *
place_or_default (MvCouncil  *council,
                  const char *place)
{
  g_autofree char *clean = g_strstrip (g_strdup (place ? place : ""));

  if (*clean != '\0')
    return g_steal_pointer (&clean);
  return g_strstrip (g_strdup (mv_council_get_default_place (council)));
}

/**
 * mv_year_plan_new:
 *
 * Works out the meetings of @pattern for @council, without storing them:
 * dates, times, place, themes, deadlines and flags (see mv-year-plan.h).
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 *   (%MV_ERROR_INVALID)
 */
MvYearPlan *
mv_year_plan_new (MvCouncil            *council,
                  const MvYearPattern  *pattern,
                  GError              **error)
{
  g_autoptr(MvYearPlan) plan = NULL;
  g_autofree char *clean_place = NULL;
  const char *start;
  guint months, n_themes;
  int minutes, start_minute;

  g_return_val_if_fail (MV_IS_COUNCIL (council), NULL);
  g_return_val_if_fail (pattern != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_year (pattern->year, error))
    return NULL;

  if ((pattern->count != 0) == (pattern->months != 0))
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("Give either the number of meetings or their months"));
      return NULL;
    }
  if (pattern->count != 0)
    {
      months = mv_year_plan_spread (pattern->count);
      if (months == 0)
        {
          g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                       _("A year plan spreads from 1 to %u meetings over the year, not %u; "
                         "name the months to plan more"),
                       (guint) G_N_ELEMENTS (working_months), pattern->count);
          return NULL;
        }
    }
  else
    {
      months = pattern->months;
      if ((months & ~0x1ffeu) != 0)
        {
          g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                               _("The months of a year plan are 1 to 12"));
          return NULL;
        }
    }

  if (!g_date_valid_weekday (pattern->weekday))
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("Choose the weekday of the meetings"));
      return NULL;
    }
  if (pattern->week != MV_WEEK_LAST && (pattern->week < 1 || pattern->week > 5))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("The week of the month is 1 to 5 or the last, not %d"), pattern->week);
      return NULL;
    }

  start = pattern->start ? pattern->start : mv_council_get_start_time (council);
  if (!check_start (start, &start_minute, error))
    return NULL;
  minutes = pattern->minutes > 0 ? pattern->minutes : mv_council_get_length_minutes (council);
  if (!check_minutes (minutes, error))
    return NULL;

  clean_place = place_or_default (council, pattern->place);
  n_themes = pattern->themes ? g_strv_length ((char **) pattern->themes) : 0;

  plan = g_new0 (MvYearPlan, 1);
  plan->council_id = g_strdup (mv_record_get_id (MV_RECORD (council)));
  plan->meetings = g_ptr_array_new_with_free_func (planned_meeting_free);

  for (int month = G_DATE_JANUARY; month <= G_DATE_DECEMBER; month++)
    {
      MvPlannedMeeting *pm;
      guint index = plan->meetings->len;

      if ((months & (1u << month)) == 0)
        continue;

      pm = g_new0 (MvPlannedMeeting, 1);
      mv_date_nth_weekday (pattern->year, month, pattern->weekday, pattern->week, &pm->date,
                           &pm->last_instead);
      pm->starts_at = mv_date_time_format (&pm->date, start_minute);
      pm->ends_at = mv_date_time_format (&pm->date, start_minute + minutes);
      pm->place = g_strdup (clean_place);
      pm->theme = g_strdup (index < n_themes ? pattern->themes[index] : "");
      mv_meeting_deadlines (&pm->date, mv_council_get_deadline_days (council),
                            mv_council_get_notice_days (council), &pm->case_deadline,
                            &pm->notice_date);
      mv_planned_meeting_update_flags (pm);
      g_ptr_array_add (plan->meetings, pm);
    }

  return g_steal_pointer (&plan);
}

static gboolean
same_council (MvMeeting  *meeting,
              const char *council_id)
{
  return g_strcmp0 (mv_meeting_get_council_id (meeting), council_id) == 0;
}

/* A meeting of the council that is not cancelled, other than @except, on
 * the date of @starts_at – at the same start time when @same_start. */
static MvMeeting *
find_taken (MvStore    *store,
            const char *council_id,
            const char *starts_at,
            gboolean    same_start,
            MvMeeting  *except)
{
  GListModel *meetings = mv_store_get_model (store, MV_TYPE_MEETING);
  gsize len = same_start ? 16 : 10;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(MvMeeting) meeting = g_list_model_get_item (meetings, i);
      const char *other = mv_meeting_get_starts_at (meeting);

      if (meeting == except || !same_council (meeting, council_id) ||
          mv_meeting_get_status (meeting) == MV_MEETING_STATUS_CANCELLED || other == NULL)
        continue;
      if (strncmp (other, starts_at, len) == 0)
        return meeting;
    }
  return NULL;
}

static MvMeeting *
new_meeting (MvCouncil  *council,
             const char *starts_at,
             const char *ends_at,
             const char *place,
             const char *theme,
             const char *case_deadline,
             const char *notice_date)
{
  return g_object_new (MV_TYPE_MEETING,
                       "council-id", mv_record_get_id (MV_RECORD (council)),
                       "starts-at", starts_at,
                       "ends-at", ends_at,
                       "place", place ? place : "",
                       "theme", theme ? theme : "",
                       "status", MV_MEETING_STATUS_PLANNED,
                       "case-deadline", case_deadline,
                       "notice-date", notice_date,
                       NULL);
}

/**
 * mv_year_plan_check:
 *
 * Whether mv_year_plan_store() would take the plan, without writing: the
 * preview can say why before the secretary saves. Refused
 * (%MV_ERROR_CONSTRAINT) when the council already has a meeting that is
 * not cancelled on one of the planned dates – planning a year twice is a
 * mistake, not a merge – or the plan has two meetings on one day.
 */
gboolean
mv_year_plan_check (MvStore     *store,
                    MvCouncil   *council,
                    MvYearPlan  *plan,
                    GError     **error)
{
  const char *council_id;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_COUNCIL (council), FALSE);
  g_return_val_if_fail (plan != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  council_id = mv_record_get_id (MV_RECORD (council));
  if (g_strcmp0 (plan->council_id, council_id) != 0)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("The year plan was made for another council than “%s”"),
                   mv_council_get_name (council));
      return FALSE;
    }

  for (guint i = 0; i < plan->meetings->len; i++)
    {
      MvPlannedMeeting *pm = g_ptr_array_index (plan->meetings, i);

      for (guint j = 0; j < i; j++)
        {
          MvPlannedMeeting *earlier = g_ptr_array_index (plan->meetings, j);

          if (strncmp (earlier->starts_at, pm->starts_at, 10) == 0)
            {
              g_autofree char *date = mv_date_format (&pm->date);

              g_set_error (error, MV_ERROR, MV_ERROR_CONSTRAINT,
                           _("The year plan has two meetings on %s"), date);
              return FALSE;
            }
        }

      if (find_taken (store, council_id, pm->starts_at, FALSE, NULL) != NULL)
        {
          g_autofree char *date = mv_date_format (&pm->date);

          g_set_error (error, MV_ERROR, MV_ERROR_CONSTRAINT,
                       _("“%s” already has a meeting on %s; the year plan was not saved"),
                       mv_council_get_name (council), date);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * mv_year_plan_store:
 *
 * Stores the plan's meetings, all or none, after mv_year_plan_check().
 */
gboolean
mv_year_plan_store (MvStore     *store,
                    MvCouncil   *council,
                    MvYearPlan  *plan,
                    GError     **error)
{
  return mv_year_plan_store_full (store, council, plan, NULL, error);
}

/* Notes the items the meeting was given for the undo, which deletes them
 * before the meeting. */
static void
note_new_items (MvStore   *store,
                MvMeeting *meeting,
                MvUndo    *undo)
{
  GListModel *items = mv_store_get_model (store, MV_TYPE_AGENDA_ITEM);
  const char *id = mv_record_get_id (MV_RECORD (meeting));

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MvAgendaItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (mv_agenda_item_get_meeting_id (item), id) == 0)
        mv_undo_note_new (undo, item);
    }
}

/**
 * mv_year_plan_store_full:
 * @undo: (out) (optional): how to take the planned meetings away again
 *
 * Stores the plan's meetings, each with the council's fixed items, in one
 * batch, after mv_year_plan_check().
 */
gboolean
mv_year_plan_store_full (MvStore     *store,
                         MvCouncil   *council,
                         MvYearPlan  *plan,
                         MvUndo     **undo,
                         GError     **error)
{
  g_autoptr(MvUndo) added = undo != NULL ? mv_undo_new () : NULL;

  if (!mv_year_plan_check (store, council, plan, error))
    return FALSE;

  if (!mv_store_begin (store, error))
    return FALSE;

  for (guint i = 0; i < plan->meetings->len; i++)
    {
      MvPlannedMeeting *pm = g_ptr_array_index (plan->meetings, i);
      g_autoptr(MvMeeting) meeting = new_meeting (council, pm->starts_at, pm->ends_at, pm->place,
                                                  pm->theme, pm->case_deadline, pm->notice_date);

      /* Each meeting starts with the council's fixed items (mv-agenda.h). */
      if (!mv_store_insert (store, meeting, error) ||
          !mv_agenda_add_fixed_items (store, meeting, error))
        {
          mv_store_rollback (store);
          return FALSE;
        }
      if (added != NULL)
        {
          mv_undo_note_new (added, meeting);
          note_new_items (store, meeting, added);
        }
    }

  if (!mv_store_commit (store, error))
    return FALSE;
  if (undo != NULL)
    *undo = g_steal_pointer (&added);
  return TRUE;
}

static gboolean
check_writable (MvStore  *store,
                GError  **error)
{
  if (!mv_store_get_read_only (store))
    return TRUE;

  g_set_error (error, MV_ERROR, MV_ERROR_READ_ONLY,
               _("“%s” is open read-only; the change was not saved"), mv_store_get_path (store));
  return FALSE;
}

/**
 * mv_meeting_create:
 * @date: the day of the meeting
 * @start: (nullable): "HH:MM"; %NULL for the council's start time
 * @minutes: the length; 0 for the council's
 * @place: (nullable): %NULL or "" for the council's default place
 * @theme: (nullable): the meeting's theme
 *
 * Adds a planned meeting with its case deadline and notice date, its
 * agenda started with the council's fixed items. Refused
 * (%MV_ERROR_CONSTRAINT) when the council has a meeting that is not
 * cancelled on the same date at the same start time.
 *
 * Returns: (transfer none): the meeting, held by the store's list, or
 *   %NULL with @error set
 */
MvMeeting *
mv_meeting_create (MvStore      *store,
                   MvCouncil    *council,
                   const GDate  *date,
                   const char   *start,
                   int           minutes,
                   const char   *place,
                   const char   *theme,
                   GError      **error)
{
  g_autoptr(MvMeeting) meeting = NULL;
  g_autofree char *starts_at = NULL;
  g_autofree char *ends_at = NULL;
  g_autofree char *case_deadline = NULL;
  g_autofree char *notice_date = NULL;
  g_autofree char *clean_place = NULL;
  g_autofree char *clean_theme = NULL;
  int start_minute;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (MV_IS_COUNCIL (council), NULL);
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_date_valid (date))
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID, _("The meeting needs a date"));
      return NULL;
    }
  if (!check_year (g_date_get_year (date), error) ||
      !check_start (start ? start : mv_council_get_start_time (council), &start_minute, error))
    return NULL;
  if (minutes == 0)
    minutes = mv_council_get_length_minutes (council);
  if (!check_minutes (minutes, error) || !check_writable (store, error))
    return NULL;

  starts_at = mv_date_time_format (date, start_minute);
  if (find_taken (store, mv_record_get_id (MV_RECORD (council)), starts_at, TRUE, NULL) != NULL)
    {
      g_autofree char *day = mv_date_format (date);

      g_set_error (error, MV_ERROR, MV_ERROR_CONSTRAINT,
                   _("“%s” already has a meeting on %s at %s"), mv_council_get_name (council),
                   day, starts_at + 11);
      return NULL;
    }

  ends_at = mv_date_time_format (date, start_minute + minutes);
  mv_meeting_deadlines (date, mv_council_get_deadline_days (council),
                        mv_council_get_notice_days (council), &case_deadline, &notice_date);
  clean_place = place_or_default (council, place);
  clean_theme = g_strstrip (g_strdup (theme ? theme : ""));

  meeting = new_meeting (council, starts_at, ends_at, clean_place, clean_theme, case_deadline,
                         notice_date);
  if (!mv_store_begin (store, error))
    return NULL;
  if (!mv_store_insert (store, meeting, error) ||
      !mv_agenda_add_fixed_items (store, meeting, error))
    {
      mv_store_rollback (store);
      return NULL;
    }
  if (!mv_store_commit (store, error))
    return NULL;

  /* The store's list holds the meeting from here on. */
  return meeting;
}

static MvCouncil *
council_of (MvStore    *store,
            MvMeeting  *meeting,
            GError    **error)
{
  MvCouncil *council = mv_store_lookup (store, MV_TYPE_COUNCIL,
                                        mv_meeting_get_council_id (meeting));

  if (council == NULL)
    g_set_error_literal (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                         _("The meeting’s council is no longer in the file"));
  return council;
}

static gboolean
check_not_cancelled (MvMeeting  *meeting,
                     GError    **error)
{
  g_autofree char *date = NULL;

  if (mv_meeting_get_status (meeting) != MV_MEETING_STATUS_CANCELLED)
    return TRUE;

  date = mv_meeting_dup_date (meeting);
  g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
               _("The meeting on %s is cancelled"), date);
  return FALSE;
}

static gboolean
check_kind (int       kind,
            GError  **error)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (MV_TYPE_MEETING_KIND);

  if (g_enum_get_value (enum_class, kind) != NULL)
    return TRUE;

  g_set_error (error, MV_ERROR, MV_ERROR_INVALID, _("%d is not a kind of meeting"), kind);
  return FALSE;
}

static gboolean
check_status (MvMeeting  *meeting,
              int         status,
              GError    **error)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (MV_TYPE_MEETING_STATUS);
  g_autofree char *date = NULL;

  if (g_enum_get_value (enum_class, status) == NULL)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID, _("%d is not a status of a meeting"),
                   status);
      return FALSE;
    }
  if (status != MV_MEETING_STATUS_CANCELLED)
    return TRUE;

  /* Cancelling moves the cases somewhere (mv_meeting_cancel()). */
  date = mv_meeting_dup_date (meeting);
  g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
               _("The meeting on %s is cancelled by cancelling it, so that its cases move, "
                 "not by its status"), date);
  return FALSE;
}

static char *
clean_text (const char *text)
{
  return text ? g_strstrip (g_strdup (text)) : NULL;
}

/* mv_meeting_update(); @redate moves the deadlines with the day even when
 * the start stays the same, as mv_meeting_move() always has. */
static gboolean
update_meeting (MvStore              *store,
                MvMeeting            *meeting,
                const MvMeetingEdit  *edit,
                gboolean              redate,
                MvUndo              **undo,
                GError              **error)
{
  g_autoptr(MvUndo) before = NULL;
  g_autofree char *starts_at = NULL;
  g_autofree char *ends_at = NULL;
  g_autofree char *case_deadline = NULL;
  g_autofree char *notice_date = NULL;
  g_autofree char *old_start = NULL;
  g_autofree char *place = NULL;
  g_autofree char *theme = NULL;
  MvCouncil *council;
  GDate date, old_date, old_end_date;
  int old_minute, old_end_minute, start_minute, end_minute = -1, length, old_year, kind;
  MvMeetingStatus status;
  gboolean moved, send_notice;

  if (!(council = council_of (store, meeting, error)) || !check_not_cancelled (meeting, error))
    return FALSE;

  if (edit->date != NULL)
    date = *edit->date;
  else if (!mv_date_parse (mv_meeting_get_starts_at (meeting), &date))
    g_date_clear (&date, 1);
  if (!g_date_valid (&date))
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID, _("The meeting needs a date"));
      return FALSE;
    }
  if (!check_year (g_date_get_year (&date), error))
    return FALSE;

  old_start = mv_meeting_dup_start_time (meeting);
  if (!check_start (edit->start ? edit->start : old_start, &start_minute, error) ||
      (edit->end != NULL && !check_start (edit->end, &end_minute, error)) ||
      (edit->minutes != 0 && !check_minutes (edit->minutes, error)) ||
      (edit->kind != -1 && !check_kind (edit->kind, error)) ||
      (edit->status != -1 && !check_status (meeting, edit->status, error)))
    return FALSE;

  /* The length: as given, up to the end given, or as it was; a meeting
   * without a valid end gets the council's. */
  length = mv_council_get_length_minutes (council);
  if (mv_date_time_parse (mv_meeting_get_starts_at (meeting), &old_date, &old_minute) &&
      mv_date_time_parse (mv_meeting_get_ends_at (meeting), &old_end_date, &old_end_minute))
    {
      int old_length = g_date_days_between (&old_date, &old_end_date) * MINUTES_PER_DAY +
                       old_end_minute - old_minute;

      if (old_length >= 0)
        length = old_length;
    }
  if (edit->minutes != 0)
    length = edit->minutes;
  else if (edit->end != NULL)
    {
      if (end_minute <= start_minute)
        {
          g_autofree char *start = g_strdup_printf ("%02d:%02d", start_minute / 60,
                                                    start_minute % 60);

          g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                       _("A meeting that starts at %s cannot end at %s"), start, edit->end);
          return FALSE;
        }
      length = end_minute - start_minute;
    }

  starts_at = mv_date_time_format (&date, start_minute);
  moved = redate || g_strcmp0 (starts_at, mv_meeting_get_starts_at (meeting)) != 0;
  if (moved &&
      find_taken (store, mv_meeting_get_council_id (meeting), starts_at, TRUE, meeting) != NULL)
    {
      g_autofree char *day = mv_date_format (&date);

      g_set_error (error, MV_ERROR, MV_ERROR_CONSTRAINT,
                   _("“%s” already has a meeting on %s at %s"), mv_council_get_name (council),
                   day, starts_at + 11);
      return FALSE;
    }

  ends_at = mv_date_time_format (&date, start_minute + length);
  if (moved)
    mv_meeting_deadlines (&date, mv_council_get_deadline_days (council),
                          mv_council_get_notice_days (council), &case_deadline, &notice_date);
  else
    {
      case_deadline = g_strdup (mv_meeting_get_case_deadline (meeting));
      notice_date = g_strdup (mv_meeting_get_notice_date (meeting));
    }
  place = edit->place ? clean_text (edit->place) : g_strdup (mv_meeting_get_place (meeting));
  theme = edit->theme ? clean_text (edit->theme) : g_strdup (mv_meeting_get_theme (meeting));
  kind = edit->kind != -1 ? edit->kind : (int) mv_meeting_get_kind (meeting);

  /* The meeting's place in the year's order may change, and with it the
   * provisional numbers of its items (mv_agenda_renumber()). */
  old_year = mv_date_parse (mv_meeting_get_starts_at (meeting), &old_date)
             ? g_date_get_year (&old_date) : 0;

  if (!mv_store_begin (store, error))
    return FALSE;

  status = edit->status != -1 ? (MvMeetingStatus) edit->status : mv_meeting_get_status (meeting);
  /* Sending the notice also fixes the numbers (mv_agenda_send_notice()). */
  send_notice = status == MV_MEETING_STATUS_NOTICE_SENT &&
                mv_meeting_get_status (meeting) == MV_MEETING_STATUS_PLANNED;

  /* Played back last first: the meeting's columns, its items and their
   * numbers, then the year it had moved to. */
  if (undo != NULL)
    {
      before = mv_undo_new ();
      if (moved && g_date_get_year (&date) != old_year)
        mv_agenda_undo_renumber (before, council, g_date_get_year (&date));
      mv_agenda_snapshot_add (before, store, meeting, NULL);
      mv_undo_note_record (before, meeting);
    }

  if ((g_strcmp0 (starts_at, mv_meeting_get_starts_at (meeting)) != 0 ||
       g_strcmp0 (ends_at, mv_meeting_get_ends_at (meeting)) != 0 ||
       g_strcmp0 (case_deadline, mv_meeting_get_case_deadline (meeting)) != 0 ||
       g_strcmp0 (notice_date, mv_meeting_get_notice_date (meeting)) != 0 ||
       g_strcmp0 (place, mv_meeting_get_place (meeting)) != 0 ||
       g_strcmp0 (theme, mv_meeting_get_theme (meeting)) != 0 ||
       kind != (int) mv_meeting_get_kind (meeting)) &&
      !mv_store_set (store, meeting, error,
                     "starts-at", starts_at,
                     "ends-at", ends_at,
                     "case-deadline", case_deadline,
                     "notice-date", notice_date,
                     "place", place,
                     "theme", theme,
                     "kind", kind,
                     NULL))
    goto failed;

  if (moved &&
      (!mv_agenda_renumber (store, council, old_year, error) ||
       (g_date_get_year (&date) != old_year &&
        !mv_agenda_renumber (store, council, g_date_get_year (&date), error))))
    goto failed;

  if (send_notice && !mv_agenda_fix_numbers (store, meeting, error))
    goto failed;
  if (status != mv_meeting_get_status (meeting) &&
      !mv_store_set (store, meeting, error, "status", status, NULL))
    goto failed;

  if (!mv_store_commit (store, error))
    return FALSE;

  if (undo != NULL)
    *undo = g_steal_pointer (&before);
  return TRUE;

failed:
  mv_store_rollback (store);
  return FALSE;
}

/**
 * mv_meeting_move:
 * @date: the new day
 * @start: (nullable): the new start "HH:MM"; %NULL keeps the start time
 *
 * Moves a meeting with its length: the end, the case deadline and the
 * notice date move along (the council's days before the meeting). Refused
 * for a cancelled meeting, and onto a date and start time where the
 * council already has a meeting.
 */
gboolean
mv_meeting_move (MvStore      *store,
                 MvMeeting    *meeting,
                 const GDate  *date,
                 const char   *start,
                 GError      **error)
{
  MvMeetingEdit edit = MV_MEETING_EDIT_INIT;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  edit.date = date;
  edit.start = start;
  return update_meeting (store, meeting, &edit, TRUE, NULL, error);
}

/**
 * mv_meeting_update:
 * @edit: what changes
 * @undo: (out) (optional): how to put the meeting, its items and their
 *   numbers back
 *
 * Changes a meeting that is not cancelled, all or nothing. A new day or
 * start moves it as mv_meeting_move() does: with its length, unless a new
 * length or end is given, and with its case deadline and notice date;
 * refused onto a date and start time the council already has a meeting
 * at. Text is stored without white space at its ends. The status
 * notice-sent on a planned meeting fixes its items' numbers, as
 * mv_agenda_send_notice() does; a meeting is cancelled with
 * mv_meeting_cancel(), not by its status.
 */
gboolean
mv_meeting_update (MvStore              *store,
                   MvMeeting            *meeting,
                   const MvMeetingEdit  *edit,
                   MvUndo              **undo,
                   GError              **error)
{
  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (edit != NULL, FALSE);
  g_return_val_if_fail (edit->end == NULL || edit->minutes == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return update_meeting (store, meeting, edit, FALSE, undo, error);
}

/**
 * mv_meeting_set_status:
 * @status: any status but cancelled
 * @undo: (out) (optional): how to put the status (and numbers) back
 *
 * mv_meeting_update() with a new status alone.
 */
gboolean
mv_meeting_set_status (MvStore          *store,
                       MvMeeting        *meeting,
                       MvMeetingStatus   status,
                       MvUndo          **undo,
                       GError          **error)
{
  MvMeetingEdit edit = MV_MEETING_EDIT_INIT;

  edit.status = status;
  return mv_meeting_update (store, meeting, &edit, undo, error);
}

static int
number_year_of (MvMeeting *meeting)
{
  GDate date;

  return mv_date_parse (mv_meeting_get_starts_at (meeting), &date) ? g_date_get_year (&date) : 0;
}

/* Items that belong to the meeting as such – the fixed items and its
 * "any other business" – stay with it; the cases move. */
static gboolean
is_fixed (MvAgendaItem *item)
{
  return mv_agenda_item_get_fixed_kind (item) != MV_FIXED_KIND_NONE;
}

static gboolean
set_position (MvStore       *store,
              MvAgendaItem  *item,
              int            position,
              GError       **error)
{
  if (mv_agenda_item_get_position (item) == position)
    return TRUE;
  return mv_store_set (store, item, error, "position", position, NULL);
}

static gboolean
move_items (MvStore    *store,
            MvMeeting  *meeting,
            MvMeeting  *target,
            GError    **error)
{
  g_autoptr(GPtrArray) items = mv_store_list_agenda (store, meeting);
  g_autoptr(GPtrArray) moving = g_ptr_array_new ();
  g_autoptr(GPtrArray) target_items = NULL;
  g_autoptr(GPtrArray) closing = g_ptr_array_new ();
  int position = 0;

  for (guint i = 0; i < items->len; i++)
    if (!is_fixed (g_ptr_array_index (items, i)))
      g_ptr_array_add (moving, g_ptr_array_index (items, i));

  if (target == NULL)
    {
      for (guint i = 0; i < moving->len; i++)
        if (!mv_store_set (store, g_ptr_array_index (moving, i), error,
                           "meeting-id", NULL,
                           "position", 0,
                           "number-year", 0,
                           "number", 0,
                           "number-fixed", FALSE,
                           NULL))
          return FALSE;
      return TRUE;
    }

  /* The target's agenda: its items, then the moved ones, then its "any
   * other business". */
  target_items = mv_store_list_agenda (store, target);
  for (guint i = 0; i < target_items->len; i++)
    {
      MvAgendaItem *item = g_ptr_array_index (target_items, i);

      if (mv_agenda_item_get_fixed_kind (item) == MV_FIXED_KIND_AOB)
        g_ptr_array_add (closing, item);
      else if (!set_position (store, item, position++, error))
        return FALSE;
    }

  for (guint i = 0; i < moving->len; i++)
    {
      MvAgendaItem *item = g_ptr_array_index (moving, i);

      /* A case keeps its number ("Sak 07/27") within its year; in another
       * year it gets a new one. */
      if (mv_agenda_item_get_number_year (item) != number_year_of (target) &&
          !mv_store_set (store, item, error,
                         "number-year", 0, "number", 0, "number-fixed", FALSE, NULL))
        return FALSE;
      if (!mv_store_set (store, item, error,
                         "meeting-id", mv_record_get_id (MV_RECORD (target)),
                         "position", position++,
                         NULL))
        return FALSE;
    }

  for (guint i = 0; i < closing->len; i++)
    if (!set_position (store, g_ptr_array_index (closing, i), position++, error))
      return FALSE;

  return TRUE;
}

/**
 * mv_meeting_cancel:
 * @move_items_to: (nullable): the meeting that takes over the cases; %NULL
 *   puts them back in the backlog
 *
 * Cancels a meeting, all or nothing. Its cases go to @move_items_to – after
 * that meeting's items, before its "any other business" – keeping their
 * numbers within the same year; or to the backlog, without meeting, number
 * or position. The fixed items stay with the cancelled meeting. Refused for
 * a meeting already held or cancelled, and for a target that is cancelled,
 * the same meeting, or another council's.
 */
gboolean
mv_meeting_cancel (MvStore     *store,
                   MvMeeting   *meeting,
                   MvMeeting   *move_items_to,
                   GError     **error)
{
  MvMeetingStatus status;
  MvCouncil *council;
  g_autofree char *date = NULL;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (move_items_to == NULL || MV_IS_MEETING (move_items_to), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  date = mv_meeting_dup_date (meeting);
  status = mv_meeting_get_status (meeting);
  if (status == MV_MEETING_STATUS_CANCELLED)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("The meeting on %s is already cancelled"), date);
      return FALSE;
    }
  if (status == MV_MEETING_STATUS_HELD || status == MV_MEETING_STATUS_MINUTES_APPROVED)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("The meeting on %s has been held and cannot be cancelled"), date);
      return FALSE;
    }

  if (move_items_to != NULL)
    {
      if (move_items_to == meeting ||
          !same_council (move_items_to, mv_meeting_get_council_id (meeting)))
        {
          g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                       _("The cases of the meeting on %s can only move to another meeting "
                         "of the same council"), date);
          return FALSE;
        }
      if (!check_not_cancelled (move_items_to, error))
        return FALSE;
    }

  if (!mv_store_begin (store, error))
    return FALSE;

  /* The numbers of the years concerned follow (mv_agenda_renumber()). */
  if (!move_items (store, meeting, move_items_to, error) ||
      !mv_store_set (store, meeting, error, "status", MV_MEETING_STATUS_CANCELLED, NULL) ||
      !(council = council_of (store, meeting, error)) ||
      !mv_agenda_renumber (store, council, number_year_of (meeting), error) ||
      (move_items_to != NULL && number_year_of (move_items_to) != number_year_of (meeting) &&
       !mv_agenda_renumber (store, council, number_year_of (move_items_to), error)))
    {
      mv_store_rollback (store);
      return FALSE;
    }

  return mv_store_commit (store, error);
}
