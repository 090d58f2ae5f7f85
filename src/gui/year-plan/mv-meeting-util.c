/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-dates.h"
#include "mv-meeting-util.h"
#include "mv-queries.h"

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
