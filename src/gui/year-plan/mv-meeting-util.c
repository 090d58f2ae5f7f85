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

gboolean
mv_meeting_get_date (MvMeeting *meeting,
                     GDate     *date)
{
  const char *starts_at = mv_meeting_get_starts_at (meeting);
  g_autofree char *day = starts_at ? g_strndup (starts_at, 10) : NULL;

  g_date_clear (date, 1);
  return day != NULL && mv_date_parse (day, date);
}

/* In minutes; 0 when the meeting has no valid end. */
int
mv_meeting_get_length (MvMeeting *meeting)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *s = NULL;
  g_autofree char *e = NULL;

  if (mv_meeting_get_starts_at (meeting) == NULL || mv_meeting_get_ends_at (meeting) == NULL)
    return 0;

  s = g_strconcat (mv_meeting_get_starts_at (meeting), ":00Z", NULL);
  e = g_strconcat (mv_meeting_get_ends_at (meeting), ":00Z", NULL);
  start = g_date_time_new_from_iso8601 (s, NULL);
  end = g_date_time_new_from_iso8601 (e, NULL);
  if (start == NULL || end == NULL)
    return 0;

  return MAX (0, (int) (g_date_time_difference (end, start) / G_TIME_SPAN_MINUTE));
}

/* A meeting whose day is over. */
gboolean
mv_meeting_is_past (MvMeeting *meeting)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GDate date;

  if (!mv_meeting_get_date (meeting, &date))
    return FALSE;

  return g_strcmp0 (mv_meeting_get_starts_at (meeting), today) < 0 &&
         !g_str_has_prefix (mv_meeting_get_starts_at (meeting), today);
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

MvCouncil *
mv_meeting_dup_council (MvStore   *store,
                        MvMeeting *meeting)
{
  MvCouncil *council = mv_store_lookup (store, MV_TYPE_COUNCIL,
                                        mv_meeting_get_council_id (meeting));

  return council ? g_object_ref (council) : NULL;
}
