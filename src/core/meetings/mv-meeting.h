/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-enums.h"
#include "mv-record.h"

G_BEGIN_DECLS

#define MV_TYPE_MEETING (mv_meeting_get_type ())

G_DECLARE_FINAL_TYPE (MvMeeting, mv_meeting, MV, MEETING, MvRecord)

const char     *mv_meeting_get_council_id    (MvMeeting *self);
const char     *mv_meeting_get_starts_at     (MvMeeting *self);
const char     *mv_meeting_get_ends_at       (MvMeeting *self);
const char     *mv_meeting_get_place         (MvMeeting *self);
const char     *mv_meeting_get_theme         (MvMeeting *self);
MvMeetingKind   mv_meeting_get_kind          (MvMeeting *self);
MvMeetingStatus mv_meeting_get_status        (MvMeeting *self);
const char     *mv_meeting_get_case_deadline (MvMeeting *self);
const char     *mv_meeting_get_notice_date   (MvMeeting *self);

G_END_DECLS
