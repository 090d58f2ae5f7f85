/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mv-dates.h"
#include "mv-labels.h"

#define MINUTES_PER_DAY (24 * 60)
/* The first year a typed date may have: a two-digit year is a typing slip,
 * and spreadsheets count their days from 1900. */
#define FIRST_TYPED_YEAR 1900

/* Exactly @n ASCII digits. */
static gboolean
parse_digits (const char *s,
              guint       n,
              int        *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      *value = *value * 10 + (s[i] - '0');
    }
  return TRUE;
}

/* From @n_min to @n_max digits at *@p, not followed by another. */
static gboolean
read_number (const char **p,
             guint        n_min,
             guint        n_max,
             int         *value)
{
  guint n = 0;

  *value = 0;
  while (g_ascii_isdigit (**p) && n < n_max)
    {
      *value = *value * 10 + (**p - '0');
      (*p)++;
      n++;
    }
  return n >= n_min && !g_ascii_isdigit (**p);
}

static void
set_dmy (GDate *date,
         int    d,
         int    m,
         int    y)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
}

/* --- The file ----------------------------------------------------------- */

/**
 * mv_date_parse:
 * @iso: (nullable): a day "YYYY-MM-DD"; a longer string such as a meeting's
 *   "YYYY-MM-DDTHH:MM" or a row's stamp gives its day
 * @date: (out caller-allocates): the day; cleared when there is none
 *
 * Returns: whether @iso is a real day of the calendar
 */
gboolean
mv_date_parse (const char *iso,
               GDate      *date)
{
  int y, m, d;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (iso == NULL || strlen (iso) < 10 || iso[4] != '-' || iso[7] != '-' ||
      (iso[10] != '\0' && iso[10] != 'T') ||
      !parse_digits (iso, 4, &y) || !parse_digits (iso + 5, 2, &m) ||
      !parse_digits (iso + 8, 2, &d) || !g_date_valid_dmy (d, m, y))
    return FALSE;

  set_dmy (date, d, m, y);
  return TRUE;
}

/**
 * mv_date_format:
 *
 * Returns: (transfer full): @date as "YYYY-MM-DD"
 */
char *
mv_date_format (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/**
 * mv_date_set_today:
 * @date: (out caller-allocates): today, in local time
 */
void
mv_date_set_today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_if_fail (date != NULL);

  set_dmy (date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
           g_date_time_get_year (now));
}

/**
 * mv_date_today:
 *
 * Returns: (transfer full): today as "YYYY-MM-DD", in local time
 */
char *
mv_date_today (void)
{
  GDate today;

  mv_date_set_today (&today);
  return mv_date_format (&today);
}

/**
 * mv_time_parse:
 * @hh_mm: (nullable): a time of day, "HH:MM" from 00:00 to 23:59
 * @minute_of_day: (out) (optional): minutes since midnight
 *
 * Returns: whether @hh_mm is such a time
 */
gboolean
mv_time_parse (const char *hh_mm,
               int        *minute_of_day)
{
  int h, m;

  if (hh_mm == NULL || strlen (hh_mm) != 5 || hh_mm[2] != ':' ||
      !parse_digits (hh_mm, 2, &h) || !parse_digits (hh_mm + 3, 2, &m) || h > 23 || m > 59)
    return FALSE;

  if (minute_of_day != NULL)
    *minute_of_day = h * 60 + m;
  return TRUE;
}

/**
 * mv_time_add_minutes:
 * @hh_mm: (nullable): a time of day, "HH:MM"
 *
 * Returns: (transfer full): the time of day @minutes later, "HH:MM", past
 *   midnight into the next day's; "" for a bad time
 */
char *
mv_time_add_minutes (const char *hh_mm,
                     int         minutes)
{
  int start, total;

  if (!mv_time_parse (hh_mm, &start))
    return g_strdup ("");

  total = start + minutes;
  return g_strdup_printf ("%02d:%02d", (total / 60) % 24, total % 60);
}

/**
 * mv_date_time_parse:
 * @date_time: (nullable): a meeting's start or end, "YYYY-MM-DDTHH:MM"
 * @date: (out caller-allocates): its day
 * @minute_of_day: (out) (optional): its minutes since midnight
 *
 * Returns: whether @date_time is such a time
 */
gboolean
mv_date_time_parse (const char *date_time,
                    GDate      *date,
                    int        *minute_of_day)
{
  g_return_val_if_fail (date != NULL, FALSE);

  return mv_date_parse (date_time, date) && strlen (date_time) == 16 &&
         mv_time_parse (date_time + 11, minute_of_day);
}

/**
 * mv_date_time_format:
 * @date: the day
 * @minutes: minutes after its midnight; more than a day's run into the
 *   next days, fewer than none into the ones before
 *
 * Returns: (transfer full): "YYYY-MM-DDTHH:MM"
 */
char *
mv_date_time_format (const GDate *date,
                     int          minutes)
{
  GDate day;
  int days;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  day = *date;
  days = minutes / MINUTES_PER_DAY;
  minutes %= MINUTES_PER_DAY;
  if (minutes < 0)
    {
      minutes += MINUTES_PER_DAY;
      days--;
    }
  if (days >= 0)
    g_date_add_days (&day, days);
  else
    g_date_subtract_days (&day, -days);

  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d", g_date_get_year (&day),
                          g_date_get_month (&day), g_date_get_day (&day), minutes / 60,
                          minutes % 60);
}

/**
 * mv_date_time_add_minutes:
 *
 * Returns: (transfer full) (nullable): "YYYY-MM-DDTHH:MM" @minutes after
 *   @date_time, or %NULL when @date_time is not such a time
 */
char *
mv_date_time_add_minutes (const char *date_time,
                          int         minutes)
{
  GDate date;
  int minute;

  if (!mv_date_time_parse (date_time, &date, &minute))
    return NULL;
  return mv_date_time_format (&date, minute + minutes);
}

/**
 * mv_date_time_difference:
 * @from: "YYYY-MM-DDTHH:MM"
 * @to: "YYYY-MM-DDTHH:MM"
 * @minutes: (out): how many minutes @to is after @from; negative when before
 *
 * Returns: whether both are such times
 */
gboolean
mv_date_time_difference (const char *from,
                         const char *to,
                         int        *minutes)
{
  GDate from_date, to_date;
  int from_minute, to_minute;

  g_return_val_if_fail (minutes != NULL, FALSE);

  *minutes = 0;
  if (!mv_date_time_parse (from, &from_date, &from_minute) ||
      !mv_date_time_parse (to, &to_date, &to_minute))
    return FALSE;

  *minutes = g_date_days_between (&from_date, &to_date) * MINUTES_PER_DAY + to_minute -
             from_minute;
  return TRUE;
}

/**
 * mv_timestamp_now:
 *
 * Returns: (transfer full): now as a row's stamp, "YYYY-MM-DDTHH:MM:SSZ"
 *   in UTC
 */
char *
mv_timestamp_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/**
 * mv_timestamp_now_local:
 *
 * Returns: (transfer full): now in local time with its offset from UTC,
 *   "YYYY-MM-DDTHH:MM:SS+01:00", as a PDF's metadata has it
 */
char *
mv_timestamp_now_local (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
}

/**
 * mv_timestamp_format_local:
 *
 * Returns: (transfer full): @time in local time without an offset,
 *   "YYYY-MM-DDTHH:MM:SS", as medvirke-cli lists a backup's time
 */
char *
mv_timestamp_format_local (GDateTime *time)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (time != NULL, NULL);

  local = g_date_time_to_local (time);
  return g_date_time_format (local, "%Y-%m-%dT%H:%M:%S");
}

/**
 * mv_timestamp_parse:
 * @stamp: (nullable): a row's stamp, "YYYY-MM-DDTHH:MM:SSZ"
 *
 * Returns: (transfer full) (nullable): the moment, in UTC, or %NULL when
 *   @stamp is not one
 */
GDateTime *
mv_timestamp_parse (const char *stamp)
{
  g_autoptr(GDateTime) time = NULL;

  if (stamp == NULL || !(time = g_date_time_new_from_iso8601 (stamp, NULL)))
    return NULL;
  return g_date_time_to_utc (time);
}

/* --- The user ----------------------------------------------------------- */

/**
 * mv_date_parse_user:
 * @text: (nullable): what was typed: "17.05.2027", "17.5.2027",
 *   "2027-05-17" or "2027-5-17", with blanks around if need be; with
 *   %MV_DATE_INPUT_TYPED also "17/5/2027"
 * @date: (out caller-allocates): the day; cleared when there is none
 *
 * A year has four digits and is 1900 or later.
 *
 * Returns: whether @text is a real day of the calendar in such a form
 */
gboolean
mv_date_parse_user (const char  *text,
                    MvDateInput  input,
                    GDate       *date)
{
  const char *p = text;
  int y, m, d;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (p == NULL)
    return FALSE;
  while (g_ascii_isspace (*p))
    p++;

  if (g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
      g_ascii_isdigit (p[3]) && p[4] == '-')
    {
      if (!read_number (&p, 4, 4, &y) || *p++ != '-' ||
          !read_number (&p, 1, 2, &m) || *p++ != '-' ||
          !read_number (&p, 1, 2, &d))
        return FALSE;
    }
  else
    {
      char separator;

      if (!read_number (&p, 1, 2, &d))
        return FALSE;
      separator = *p++;
      if (separator != '.' && !(separator == '/' && input == MV_DATE_INPUT_TYPED))
        return FALSE;
      if (!read_number (&p, 1, 2, &m) || *p++ != separator || !read_number (&p, 4, 4, &y))
        return FALSE;
    }

  while (g_ascii_isspace (*p))
    p++;
  if (*p != '\0' || y < FIRST_TYPED_YEAR || !g_date_valid_dmy (d, m, y))
    return FALSE;

  set_dmy (date, d, m, y);
  return TRUE;
}

/**
 * mv_date_format_entry:
 *
 * Returns: (transfer full): @date as a date field shows it and
 *   mv_date_parse_user() reads it back, "DD.MM.YYYY"
 */
char *
mv_date_format_entry (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%02d.%02d.%04d", g_date_get_day (date), g_date_get_month (date),
                          g_date_get_year (date));
}

/**
 * mv_date_iso_to_entry:
 * @iso: (nullable): as mv_date_parse() reads it
 *
 * Returns: (transfer full): the day as mv_date_format_entry() writes it, or
 *   "" when there is none
 */
char *
mv_date_iso_to_entry (const char *iso)
{
  GDate date;

  if (!mv_date_parse (iso, &date))
    return g_strdup ("");
  return mv_date_format_entry (&date);
}

static const char *
style_format (MvDateStyle style)
{
  switch (style)
    {
    case MV_DATE_STYLE_DIGITS:
      /* Translators: a day in a list, such as the day a document was
       * attached, for g_date_time_format(); "%d.%m.%Y" gives "05.03.2026". */
      return _("%-d.%-m.%Y");
    case MV_DATE_STYLE_DAY_MONTH:
      /* Translators: a short day where the year is shown elsewhere, such as
       * a deadline in the year plan's table, for g_date_time_format();
       * "%-d. %b" gives "16. feb." in Norwegian. */
      return _("%-d %b");
    case MV_DATE_STYLE_WEEKDAY_DAY_MONTH:
      /* Translators: a meeting's date in the year plan's table, where the year
       * is shown above, for g_date_time_format(); "%a %-d. %b" gives
       * "ti. 8. des." in Norwegian. */
      return _("%a %-d %b");
    case MV_DATE_STYLE_SHORT:
      /* Translators: a day in a list, such as the end of a member's term,
       * for g_date_time_format(); "%-d. %b %Y" gives "17. mars 2028" in
       * Norwegian. */
      return _("%-d %b %Y");
    case MV_DATE_STYLE_WEEKDAY_SHORT:
      /* Translators: a meeting's date in a list, for g_date_time_format();
       * "%a %-d. %b %Y" gives "ti. 9. mars 2027" in Norwegian. */
      return _("%a %-d %b %Y");
    case MV_DATE_STYLE_LONG:
      /* Translators: a long date, such as the title of the meeting page, for
       * g_date_time_format(); "%A %-d. %B %Y" gives "tirsdag 9. mars 2027"
       * in Norwegian. */
      return _("%A %-d %B %Y");
    default:
      g_return_val_if_reached ("%F");
    }
}

/* Noon, so that no change of the clocks moves the day. */
static GDateTime *
noon (int y,
      int m,
      int d)
{
  return g_date_time_new_local (y, m, d, 12, 0, 0);
}

static char *
format_day (const GDate *date,
            const char  *format)
{
  g_autoptr(GDateTime) when = noon (g_date_get_year (date), g_date_get_month (date),
                                    g_date_get_day (date));
  char *text = when ? g_date_time_format (when, format) : NULL;

  return text ? text : g_strdup ("");
}

/**
 * mv_date_format_user:
 * @iso: (nullable): as mv_date_parse() reads it
 *
 * Returns: (transfer full): the day in @style, in the UI's language, or ""
 *   when there is none
 */
char *
mv_date_format_user (const char  *iso,
                     MvDateStyle  style)
{
  GDate date;

  if (!mv_date_parse (iso, &date))
    return g_strdup ("");
  return format_day (&date, style_format (style));
}

/**
 * mv_date_weekday_name:
 *
 * Returns: (transfer full): the name of @weekday in the UI's language,
 *   "Tuesday" or, @abbreviated, "Tue"
 */
char *
mv_date_weekday_name (GDateWeekday weekday,
                      gboolean     abbreviated)
{
  GDate date;

  g_return_val_if_fail (g_date_valid_weekday (weekday), g_strdup (""));

  /* 1 January 2024 was a Monday. */
  set_dmy (&date, weekday - G_DATE_MONDAY + 1, G_DATE_JANUARY, 2024);
  return format_day (&date, abbreviated ? "%a" : "%A");
}

/**
 * mv_date_month_name:
 *
 * Returns: (transfer full): the name of @month in the UI's language
 */
char *
mv_date_month_name (GDateMonth  month,
                    MvMonthName form)
{
  GDate date;
  char *name = NULL;

  g_return_val_if_fail (g_date_valid_month (month), g_strdup (""));

  set_dmy (&date, 1, month, 2024);
  switch (form)
    {
    case MV_MONTH_NAME_ABBREVIATED:
      return format_day (&date, "%b");
    case MV_MONTH_NAME_STANDALONE:
      /* Where the C library has no nominative form, the usual one. */
      name = format_day (&date, "%OB");
      if (*name != '\0')
        return name;
      g_free (name);
      G_GNUC_FALLTHROUGH;
    case MV_MONTH_NAME_FULL:
    default:
      return format_day (&date, "%B");
    }
}

/**
 * mv_time_range_format:
 * @start: (nullable): "HH:MM"
 * @end: (nullable): "HH:MM", or %NULL or "" for none
 *
 * The same in every language, in the UI and in the papers.
 *
 * Returns: (transfer full): "10:00–13:00"; only the start without an end
 */
char *
mv_time_range_format (const char *start,
                      const char *end)
{
  if (end == NULL || *end == '\0')
    return g_strdup (start ? start : "");
  return g_strdup_printf ("%s–%s", start ? start : "", end);
}

/* --- The papers --------------------------------------------------------- */

/* Not gettext messages: the language of a council's papers is a setting of
 * the council and has nothing to do with the UI's locale. */
typedef struct
{
  const char *weekdays[7];        /* Monday first */
  const char *short_weekdays[7];  /* where the papers use a shorter form */
  const char *months[12];
  const char *short_months[12];
} DocumentDates;

static const DocumentDates dates_nb = {
  .weekdays = { "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag" },
  .months = { "januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
              "september", "oktober", "november", "desember" },
};

static const DocumentDates dates_nn = {
  .weekdays = { "måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "søndag" },
  .months = { "januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
              "september", "oktober", "november", "desember" },
};

static const DocumentDates dates_en = {
  .weekdays = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" },
  .short_weekdays = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" },
  .months = { "January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December" },
  .short_months = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                    "Dec" },
};

static const DocumentDates *
document_dates (MvLanguage language)
{
  return mv_words_for_language (language, &dates_nb, &dates_nn, &dates_en);
}

/**
 * mv_date_document_weekday:
 * @iso: (nullable): as mv_date_parse() reads it
 *
 * Returns: the weekday of @iso in @language ("tirsdag", "Tuesday"; "Tue"
 *   when @abbreviated and the language has a shorter form in the papers),
 *   or "" when @iso is not a day
 */
const char *
mv_date_document_weekday (MvLanguage  language,
                          const char *iso,
                          gboolean    abbreviated)
{
  const DocumentDates *words = document_dates (language);
  GDate date;
  int i;

  if (!mv_date_parse (iso, &date))
    return "";
  i = g_date_get_weekday (&date) - 1;
  return abbreviated && words->short_weekdays[i] ? words->short_weekdays[i] : words->weekdays[i];
}

/**
 * mv_date_format_document:
 * @iso: (nullable): as mv_date_parse() reads it
 *
 * Returns: (transfer full): "14.04.2026", or in English "14 April 2026"
 *   ("14 Apr 2026" when @abbreviated); "" when @iso is not a day
 */
char *
mv_date_format_document (MvLanguage  language,
                         const char *iso,
                         gboolean    abbreviated)
{
  const DocumentDates *words = document_dates (language);
  GDate date;
  int m;

  if (!mv_date_parse (iso, &date))
    return g_strdup ("");
  if (words != &dates_en)
    return mv_date_format_entry (&date);

  m = g_date_get_month (&date) - 1;
  return g_strdup_printf ("%d %s %04d", g_date_get_day (&date),
                          abbreviated ? words->short_months[m] : words->months[m],
                          g_date_get_year (&date));
}

/**
 * mv_date_document_today:
 *
 * Returns: (transfer full): today as mv_date_format_document() writes it
 */
char *
mv_date_document_today (MvLanguage language,
                        gboolean   abbreviated)
{
  g_autofree char *today = mv_date_today ();

  return mv_date_format_document (language, today, abbreviated);
}

/**
 * mv_date_format_document_long:
 *
 * Returns: (transfer full): "tirsdag 14. april 2026", "Tuesday 14 April 2026"
 */
char *
mv_date_format_document_long (MvLanguage   language,
                              const GDate *date)
{
  const DocumentDates *words = document_dates (language);
  int weekday;
  int month;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  weekday = g_date_get_weekday (date) - 1;
  month = g_date_get_month (date) - 1;
  if (words == &dates_en)
    return g_strdup_printf ("%s %d %s %d", words->weekdays[weekday], g_date_get_day (date),
                            words->months[month], g_date_get_year (date));
  return g_strdup_printf ("%s %d. %s %d", words->weekdays[weekday], g_date_get_day (date),
                          words->months[month], g_date_get_year (date));
}
