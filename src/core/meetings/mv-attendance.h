/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-enums.h"
#include "mv-record.h"

G_BEGIN_DECLS

#define MV_TYPE_ATTENDANCE (mv_attendance_get_type ())

G_DECLARE_FINAL_TYPE (MvAttendance, mv_attendance, MV, ATTENDANCE, MvRecord)

const char        *mv_attendance_get_meeting_id (MvAttendance *self);
const char        *mv_attendance_get_member_id  (MvAttendance *self);
MvAttendanceStatus mv_attendance_get_status     (MvAttendance *self);

G_END_DECLS
