/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mv-attendance.h"
#include "mv-enum-types.h"

struct _MvAttendance
{
  MvRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (MvAttendance, mv_attendance, MV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_MEETING_ID,
  PROP_MEMBER_ID,
  PROP_STATUS,
  PROP_SUBSTITUTE_FOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mv_attendance_class_init (MvAttendanceClass *klass)
{
  properties[PROP_MEETING_ID] = mv_param_string ("meeting-id", NULL);
  properties[PROP_MEMBER_ID] = mv_param_string ("member-id", NULL);
  properties[PROP_STATUS] = mv_param_enum ("status", MV_TYPE_ATTENDANCE_STATUS, MV_ATTENDANCE_STATUS_PRESENT);
  properties[PROP_SUBSTITUTE_FOR] = mv_param_string ("substitute-for", NULL);

  mv_record_class_install (MV_RECORD_CLASS (klass), "attendance", properties, N_PROPS);
}

static void
mv_attendance_init (MvAttendance *self)
{
}

const char *
mv_attendance_get_meeting_id (MvAttendance *self)
{
  g_return_val_if_fail (MV_IS_ATTENDANCE (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_MEETING_ID]);
}

const char *
mv_attendance_get_member_id (MvAttendance *self)
{
  g_return_val_if_fail (MV_IS_ATTENDANCE (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_MEMBER_ID]);
}

MvAttendanceStatus
mv_attendance_get_status (MvAttendance *self)
{
  g_return_val_if_fail (MV_IS_ATTENDANCE (self), 0);

  return MV_RECORD_ENUM (self, properties[PROP_STATUS]);
}
