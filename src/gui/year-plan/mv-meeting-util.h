/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mv-council.h"
#include "mv-meeting.h"
#include "mv-store.h"

G_BEGIN_DECLS

/* Dates as a secretary types and reads them in the year plan views. */

gboolean   mv_user_date_parse          (const char *text,
                                        GDate      *date);
char      *mv_user_date_format         (const GDate *date);
gboolean   mv_meeting_get_date         (MvMeeting  *meeting,
                                        GDate      *date);
int        mv_meeting_get_length       (MvMeeting  *meeting);
gboolean   mv_meeting_is_past          (MvMeeting  *meeting);
char      *mv_meeting_dup_label        (MvMeeting  *meeting);
MvCouncil *mv_meeting_dup_council      (MvStore    *store,
                                        MvMeeting  *meeting);

G_END_DECLS
