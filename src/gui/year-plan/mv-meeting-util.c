/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "mv-meeting-util.h"
#include "mv-queries.h"
#include "mv-year-plan.h"

/* "17.05.2027", "17.5.2027" or "2027-05-17". */
gboolean
mv_user_date_parse (const char *text,
                    GDate      *date)
{
  int d, m, y;
  char rest;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (text == NULL)
    return FALSE;
  while (g_ascii_isspace (*text))
    text++;

  if (sscanf (text, "%d.%d.%d %c", &d, &m, &y, &rest) == 3 ||
      sscanf (text, "%d/%d/%d %c", &d, &m, &y, &rest) == 3)
    ;
  else if (sscanf (text, "%d-%d-%d %c", &y, &m, &d, &rest) != 3)
    return FALSE;

  if (y < 1900 || y > 9999 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

char *
mv_user_date_format (const GDate *date)
{
  return g_strdup_printf ("%02d.%02d.%04d", g_date_get_day (date), g_date_get_month (date),
                          g_date_get_year (date));
}

/* "Tue 9 Mar 2027, 10:00", for lists and messages. */
char *
mv_meeting_dup_label (MvMeeting *meeting)
{
  g_autofree char *start = mv_meeting_dup_start_time (meeting);
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *day = NULL;
  GDate date;

  if (!mv_meeting_get_date (meeting, &date))
    return g_strdup (mv_meeting_get_starts_at (meeting));

  when = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), 12, 0, 0);
  /* Translators: a meeting's date in a list, for g_date_time_format(). */
  day = g_date_time_format (when, _("%a %-d %b %Y"));
  /* Translators: a meeting named by its date and start time: "Tue 9 Mar 2027, 10:00". */
  return g_strdup_printf (_("%s, %s"), day, start);
}
