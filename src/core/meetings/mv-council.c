/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mv-council.h"
#include "mv-enum-types.h"
#include "mv-text.h"

struct _MvCouncil
{
  MvRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (MvCouncil, mv_council, MV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_LEVEL,
  PROP_NAV_UNIT,
  PROP_MANDATE,
  PROP_LANGUAGE,
  PROP_DEFAULT_PLACE,
  PROP_START_TIME,
  PROP_LENGTH_MINUTES,
  PROP_DEADLINE_DAYS,
  PROP_NOTICE_DAYS,
  PROP_HONORARIUM_RATE,
  PROP_RESERVE_YOUTH_SEAT,
  PROP_SECRETARIAT_NAME,
  PROP_SECRETARIAT_EMAIL,
  PROP_SECRETARIAT_PHONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mv_council_class_init (MvCouncilClass *klass)
{
  properties[PROP_NAME] = mv_param_text ("name", "", N_("Name"), MV_TEXT_NAME_MAX);
  properties[PROP_LEVEL] = mv_param_enum ("level", MV_TYPE_COUNCIL_LEVEL, MV_COUNCIL_LEVEL_LOCAL);
  properties[PROP_NAV_UNIT] = mv_param_text ("nav-unit", "", N_("NAV unit"), MV_TEXT_NAME_MAX);
  properties[PROP_MANDATE] = mv_param_text ("mandate", "", N_("Mandate"), MV_TEXT_LONG_MAX);
  properties[PROP_LANGUAGE] = mv_param_enum ("language", MV_TYPE_LANGUAGE, MV_LANGUAGE_NB);
  properties[PROP_DEFAULT_PLACE] = mv_param_text ("default-place", "", N_("Default place"), MV_TEXT_NAME_MAX);
  properties[PROP_START_TIME] = mv_param_string ("start-time", "10:00");
  properties[PROP_LENGTH_MINUTES] = mv_param_int ("length-minutes", 15, 1440, 180);
  properties[PROP_DEADLINE_DAYS] = mv_param_int ("deadline-days", 0, 365, 21);
  properties[PROP_NOTICE_DAYS] = mv_param_int ("notice-days", 0, 365, 14);
  properties[PROP_HONORARIUM_RATE] = mv_param_int ("honorarium-rate", 0, 1000000, 0);
  properties[PROP_RESERVE_YOUTH_SEAT] = mv_param_boolean ("reserve-youth-seat", FALSE);

  properties[PROP_SECRETARIAT_NAME] = mv_param_text ("secretariat-name", "", N_("Secretariat"),
                                                     MV_TEXT_NAME_MAX);
  properties[PROP_SECRETARIAT_EMAIL] = mv_param_text ("secretariat-email", "",
                                                      N_("Secretariat’s e-mail"), MV_TEXT_NAME_MAX);
  properties[PROP_SECRETARIAT_PHONE] = mv_param_text ("secretariat-phone", "",
                                                      N_("Secretariat’s phone"), MV_TEXT_NAME_MAX);

  mv_record_class_install (MV_RECORD_CLASS (klass), "councils", properties, N_PROPS);
}

static void
mv_council_init (MvCouncil *self)
{
}

const char *
mv_council_get_name (MvCouncil *self)
{
  g_return_val_if_fail (MV_IS_COUNCIL (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_NAME]);
}

MvCouncilLevel
mv_council_get_level (MvCouncil *self)
{
  g_return_val_if_fail (MV_IS_COUNCIL (self), 0);

  return MV_RECORD_ENUM (self, properties[PROP_LEVEL]);
}

const char *
mv_council_get_nav_unit (MvCouncil *self)
{
  g_return_val_if_fail (MV_IS_COUNCIL (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_NAV_UNIT]);
}

MvLanguage
mv_council_get_language (MvCouncil *self)
{
  g_return_val_if_fail (MV_IS_COUNCIL (self), 0);

  return MV_RECORD_ENUM (self, properties[PROP_LANGUAGE]);
}

const char *
mv_council_get_default_place (MvCouncil *self)
{
  g_return_val_if_fail (MV_IS_COUNCIL (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_DEFAULT_PLACE]);
}

const char *
mv_council_get_start_time (MvCouncil *self)
{
  g_return_val_if_fail (MV_IS_COUNCIL (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_START_TIME]);
}

int
mv_council_get_length_minutes (MvCouncil *self)
{
  g_return_val_if_fail (MV_IS_COUNCIL (self), 0);

  return MV_RECORD_INT (self, properties[PROP_LENGTH_MINUTES]);
}

int
mv_council_get_deadline_days (MvCouncil *self)
{
  g_return_val_if_fail (MV_IS_COUNCIL (self), 0);

  return MV_RECORD_INT (self, properties[PROP_DEADLINE_DAYS]);
}

int
mv_council_get_notice_days (MvCouncil *self)
{
  g_return_val_if_fail (MV_IS_COUNCIL (self), 0);

  return MV_RECORD_INT (self, properties[PROP_NOTICE_DAYS]);
}

const char *
mv_council_get_secretariat_name (MvCouncil *self)
{
  g_return_val_if_fail (MV_IS_COUNCIL (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_SECRETARIAT_NAME]);
}

const char *
mv_council_get_secretariat_email (MvCouncil *self)
{
  g_return_val_if_fail (MV_IS_COUNCIL (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_SECRETARIAT_EMAIL]);
}

const char *
mv_council_get_secretariat_phone (MvCouncil *self)
{
  g_return_val_if_fail (MV_IS_COUNCIL (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_SECRETARIAT_PHONE]);
}
