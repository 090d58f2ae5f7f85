/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mv-enum-types.h"
#include "mv-member.h"
#include "mv-text.h"

struct _MvMember
{
  MvRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (MvMember, mv_member, MV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_COUNCIL_ID,
  PROP_NAME,
  PROP_ORGANISATION_ID,
  PROP_ROLE,
  PROP_DEPUTY_FOR,
  PROP_TERM_START,
  PROP_TERM_END,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_GENDER,
  PROP_YOUNG,
  PROP_HONORARIUM,
  PROP_NOTES,
  PROP_CONTACT_SHOWN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mv_member_class_init (MvMemberClass *klass)
{
  properties[PROP_COUNCIL_ID] = mv_param_string ("council-id", NULL);
  properties[PROP_NAME] = mv_param_text ("name", "", N_("Name"), MV_TEXT_NAME_MAX);
  properties[PROP_ORGANISATION_ID] = mv_param_string ("organisation-id", NULL);
  properties[PROP_ROLE] = mv_param_enum ("role", MV_TYPE_MEMBER_ROLE, MV_MEMBER_ROLE_MEMBER);
  properties[PROP_DEPUTY_FOR] = mv_param_string ("deputy-for", NULL);
  properties[PROP_TERM_START] = mv_param_string ("term-start", NULL);
  properties[PROP_TERM_END] = mv_param_string ("term-end", NULL);
  properties[PROP_EMAIL] = mv_param_text ("email", "", N_("E-mail"), MV_TEXT_NAME_MAX);
  properties[PROP_PHONE] = mv_param_text ("phone", "", N_("Phone"), MV_TEXT_NAME_MAX);
  properties[PROP_GENDER] = mv_param_enum ("gender", MV_TYPE_GENDER, MV_GENDER_UNKNOWN);
  properties[PROP_YOUNG] = mv_param_boolean ("young", FALSE);
  properties[PROP_HONORARIUM] = mv_param_boolean ("honorarium", FALSE);
  properties[PROP_NOTES] = mv_param_text ("notes", "", N_("Notes"), MV_TEXT_LONG_MAX);

  properties[PROP_CONTACT_SHOWN] = mv_param_enum ("contact-shown", MV_TYPE_CONTACT_SHOWN,
                                                  MV_CONTACT_SHOWN_EMAIL);

  mv_record_class_install (MV_RECORD_CLASS (klass), "members", properties, N_PROPS);
}

static void
mv_member_init (MvMember *self)
{
}

const char *
mv_member_get_council_id (MvMember *self)
{
  g_return_val_if_fail (MV_IS_MEMBER (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_COUNCIL_ID]);
}

const char *
mv_member_get_name (MvMember *self)
{
  g_return_val_if_fail (MV_IS_MEMBER (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_NAME]);
}

const char *
mv_member_get_organisation_id (MvMember *self)
{
  g_return_val_if_fail (MV_IS_MEMBER (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_ORGANISATION_ID]);
}

MvMemberRole
mv_member_get_role (MvMember *self)
{
  g_return_val_if_fail (MV_IS_MEMBER (self), 0);

  return MV_RECORD_ENUM (self, properties[PROP_ROLE]);
}

const char *
mv_member_get_deputy_for (MvMember *self)
{
  g_return_val_if_fail (MV_IS_MEMBER (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_DEPUTY_FOR]);
}

const char *
mv_member_get_term_start (MvMember *self)
{
  g_return_val_if_fail (MV_IS_MEMBER (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_TERM_START]);
}

const char *
mv_member_get_term_end (MvMember *self)
{
  g_return_val_if_fail (MV_IS_MEMBER (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_TERM_END]);
}

const char *
mv_member_get_email (MvMember *self)
{
  g_return_val_if_fail (MV_IS_MEMBER (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_EMAIL]);
}

const char *
mv_member_get_phone (MvMember *self)
{
  g_return_val_if_fail (MV_IS_MEMBER (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_PHONE]);
}

MvGender
mv_member_get_gender (MvMember *self)
{
  g_return_val_if_fail (MV_IS_MEMBER (self), 0);

  return MV_RECORD_ENUM (self, properties[PROP_GENDER]);
}

gboolean
mv_member_get_young (MvMember *self)
{
  g_return_val_if_fail (MV_IS_MEMBER (self), 0);

  return MV_RECORD_BOOLEAN (self, properties[PROP_YOUNG]);
}

/* Which of the member's contact details the papers print. */
MvContactShown
mv_member_get_contact_shown (MvMember *self)
{
  g_return_val_if_fail (MV_IS_MEMBER (self), 0);

  return MV_RECORD_ENUM (self, properties[PROP_CONTACT_SHOWN]);
}
