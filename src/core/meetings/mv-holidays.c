/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mv-holidays.h"

/**
 * mv_easter_sunday:
 * @year: a Gregorian year, 1583 or later
 * @date: (out caller-allocates): Easter Sunday of @year
 *
 * The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 */
void
mv_easter_sunday (int    year,
                  GDate *date)
{
  int a, b, c, d, e, f, g, h, i, k, l, m, month, day;

  g_return_if_fail (year >= 1583 && year <= 9999);
  g_return_if_fail (date != NULL);

  a = year % 19;
  b = year / 100;
  c = year % 100;
  d = b / 4;
  e = b % 4;
  f = (b + 8) / 25;
  g = (b - f + 1) / 3;
  h = (19 * a + b - d - g + 15) % 30;
  i = c / 4;
  k = c % 4;
  l = (32 + 2 * e + 2 * i - h - k) % 7;
  m = (a + 11 * h + 22 * l) / 451;
  month = (h + l - 7 * m + 114) / 31;
  day = (h + l - 7 * m + 114) % 31 + 1;

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

/* The holidays that move with Easter, in days from Easter Sunday. */
static const struct
{
  int         offset;
  const char *name;
} easter_holidays[] = {
  { -3, N_("Maundy Thursday") },
  { -2, N_("Good Friday") },
  { 0, N_("Easter Sunday") },
  { 1, N_("Easter Monday") },
  { 39, N_("Ascension Day") },
  { 49, N_("Whit Sunday") },
  { 50, N_("Whit Monday") },
};

static const struct
{
  GDateMonth  month;
  GDateDay    day;
  const char *name;
} fixed_holidays[] = {
  { G_DATE_JANUARY, 1, N_("New Year’s Day") },
  { G_DATE_MAY, 1, N_("Labour Day") },
  { G_DATE_MAY, 17, N_("Constitution Day") },
  { G_DATE_DECEMBER, 25, N_("Christmas Day") },
  { G_DATE_DECEMBER, 26, N_("Boxing Day") },
};

/**
 * mv_holiday_name:
 *
 * Returns: (nullable): the translated name of the public holiday on @date,
 *   or %NULL on a working day
 */
const char *
mv_holiday_name (const GDate *date)
{
  GDate easter;
  int year, offset;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fixed_holidays); i++)
    if (g_date_get_month (date) == fixed_holidays[i].month &&
        g_date_get_day (date) == fixed_holidays[i].day)
      return _(fixed_holidays[i].name);

  year = g_date_get_year (date);
  if (year < 1583 || year > 9999)
    return NULL;

  mv_easter_sunday (year, &easter);
  offset = g_date_days_between (&easter, date);
  for (guint i = 0; i < G_N_ELEMENTS (easter_holidays); i++)
    if (offset == easter_holidays[i].offset)
      return _(easter_holidays[i].name);

  return NULL;
}

/**
 * mv_date_in_july_holiday:
 *
 * Returns: whether @date falls in the common July holiday (fellesferie),
 *   taken here as all of July
 */
gboolean
mv_date_in_july_holiday (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  return g_date_get_month (date) == G_DATE_JULY;
}
