/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mv-council.h"
#include "mv-meeting.h"
#include "mv-store.h"

G_BEGIN_DECLS

/* What the year plan views ask of a meeting; its dates are mv-dates.h's. */

gboolean   mv_meeting_get_date         (MvMeeting  *meeting,
                                        GDate      *date);
int        mv_meeting_get_length       (MvMeeting  *meeting);
gboolean   mv_meeting_is_past          (MvMeeting  *meeting);
char      *mv_meeting_dup_label        (MvMeeting  *meeting);
MvCouncil *mv_meeting_dup_council      (MvStore    *store,
                                        MvMeeting  *meeting);

G_END_DECLS
