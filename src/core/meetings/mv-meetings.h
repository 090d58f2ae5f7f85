/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-council.h"
#include "mv-meeting.h"
#include "mv-store.h"

G_BEGIN_DECLS

/* What the views, the papers and medvirke-cli ask of one meeting. The
 * operations that change meetings are in mv-year-plan.h. */

gboolean   mv_meeting_get_date        (MvMeeting  *meeting,
                                       GDate      *date);
int        mv_meeting_get_length      (MvMeeting  *meeting);
gboolean   mv_meeting_is_past         (MvMeeting  *meeting);
gboolean   mv_meeting_notice_overdue  (MvMeeting  *meeting,
                                       const GDate *today);
MvCouncil *mv_meeting_dup_council     (MvStore    *store,
                                       MvMeeting  *meeting);
GStrv      mv_meeting_dup_recipients  (MvStore    *store,
                                       MvMeeting  *meeting);

G_END_DECLS
