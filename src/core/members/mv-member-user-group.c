/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mv-enum-types.h"
#include "mv-member-user-group.h"

struct _MvMemberUserGroup
{
  MvRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (MvMemberUserGroup, mv_member_user_group, MV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_MEMBER_ID,
  PROP_USER_GROUP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mv_member_user_group_class_init (MvMemberUserGroupClass *klass)
{
  properties[PROP_MEMBER_ID] = mv_param_string ("member-id", NULL);
  properties[PROP_USER_GROUP_ID] = mv_param_string ("user-group-id", NULL);

  mv_record_class_install (MV_RECORD_CLASS (klass), "member_user_groups", properties, N_PROPS);
}

static void
mv_member_user_group_init (MvMemberUserGroup *self)
{
}

const char *
mv_member_user_group_get_member_id (MvMemberUserGroup *self)
{
  g_return_val_if_fail (MV_IS_MEMBER_USER_GROUP (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_MEMBER_ID]);
}

const char *
mv_member_user_group_get_user_group_id (MvMemberUserGroup *self)
{
  g_return_val_if_fail (MV_IS_MEMBER_USER_GROUP (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_USER_GROUP_ID]);
}
