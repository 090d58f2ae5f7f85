/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-dates.h"
#include "mv-meeting-util.h"
#include "mv-queries.h"

gboolean
mv_meeting_get_date (MvMeeting *meeting,
                     GDate     *date)
{
  return mv_date_parse (mv_meeting_get_starts_at (meeting), date);
}

/* In minutes; 0 when the meeting has no valid end. */
int
mv_meeting_get_length (MvMeeting *meeting)
{
  int minutes;

  if (!mv_date_time_difference (mv_meeting_get_starts_at (meeting),
                                mv_meeting_get_ends_at (meeting), &minutes))
    return 0;
  return MAX (0, minutes);
}

/* A meeting whose day is over. */
gboolean
mv_meeting_is_past (MvMeeting *meeting)
{
  g_autofree char *today = mv_date_today ();
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
  g_autofree char *day = NULL;
  GDate date;

  if (!mv_meeting_get_date (meeting, &date))
    return g_strdup (mv_meeting_get_starts_at (meeting));

  day = mv_date_format_user (mv_meeting_get_starts_at (meeting), MV_DATE_STYLE_WEEKDAY_SHORT);
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
