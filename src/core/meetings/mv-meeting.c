/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mv-enum-types.h"
#include "mv-meeting.h"
#include "mv-text.h"

struct _MvMeeting
{
  MvRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (MvMeeting, mv_meeting, MV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_COUNCIL_ID,
  PROP_STARTS_AT,
  PROP_ENDS_AT,
  PROP_PLACE,
  PROP_THEME,
  PROP_KIND,
  PROP_STATUS,
  PROP_CASE_DEADLINE,
  PROP_NOTICE_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mv_meeting_class_init (MvMeetingClass *klass)
{
  properties[PROP_COUNCIL_ID] = mv_param_string ("council-id", NULL);
  properties[PROP_STARTS_AT] = mv_param_string ("starts-at", NULL);
  properties[PROP_ENDS_AT] = mv_param_string ("ends-at", NULL);
  properties[PROP_PLACE] = mv_param_text ("place", "", N_("Place"), MV_TEXT_NAME_MAX);
  properties[PROP_THEME] = mv_param_text ("theme", "", N_("Theme"), MV_TEXT_NAME_MAX);
  properties[PROP_KIND] = mv_param_enum ("kind", MV_TYPE_MEETING_KIND, MV_MEETING_KIND_ORDINARY);
  properties[PROP_STATUS] = mv_param_enum ("status", MV_TYPE_MEETING_STATUS, MV_MEETING_STATUS_PLANNED);
  properties[PROP_CASE_DEADLINE] = mv_param_string ("case-deadline", NULL);
  properties[PROP_NOTICE_DATE] = mv_param_string ("notice-date", NULL);

  mv_record_class_install (MV_RECORD_CLASS (klass), "meetings", properties, N_PROPS);
}

static void
mv_meeting_init (MvMeeting *self)
{
}

const char *
mv_meeting_get_council_id (MvMeeting *self)
{
  g_return_val_if_fail (MV_IS_MEETING (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_COUNCIL_ID]);
}

const char *
mv_meeting_get_starts_at (MvMeeting *self)
{
  g_return_val_if_fail (MV_IS_MEETING (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_STARTS_AT]);
}

const char *
mv_meeting_get_ends_at (MvMeeting *self)
{
  g_return_val_if_fail (MV_IS_MEETING (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_ENDS_AT]);
}

const char *
mv_meeting_get_place (MvMeeting *self)
{
  g_return_val_if_fail (MV_IS_MEETING (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_PLACE]);
}

const char *
mv_meeting_get_theme (MvMeeting *self)
{
  g_return_val_if_fail (MV_IS_MEETING (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_THEME]);
}

MvMeetingKind
mv_meeting_get_kind (MvMeeting *self)
{
  g_return_val_if_fail (MV_IS_MEETING (self), 0);

  return MV_RECORD_ENUM (self, properties[PROP_KIND]);
}

MvMeetingStatus
mv_meeting_get_status (MvMeeting *self)
{
  g_return_val_if_fail (MV_IS_MEETING (self), 0);

  return MV_RECORD_ENUM (self, properties[PROP_STATUS]);
}

const char *
mv_meeting_get_case_deadline (MvMeeting *self)
{
  g_return_val_if_fail (MV_IS_MEETING (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_CASE_DEADLINE]);
}

const char *
mv_meeting_get_notice_date (MvMeeting *self)
{
  g_return_val_if_fail (MV_IS_MEETING (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_NOTICE_DATE]);
}
