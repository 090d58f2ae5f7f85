/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mv-enum-types.h"
#include "mv-user-group.h"
#include "mv-text.h"

struct _MvUserGroup
{
  MvRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (MvUserGroup, mv_user_group, MV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mv_user_group_class_init (MvUserGroupClass *klass)
{
  properties[PROP_NAME] = mv_param_text ("name", "", N_("Name"), MV_TEXT_NAME_MAX);
  properties[PROP_POSITION] = mv_param_int ("position", 0, 10000, 0);

  mv_record_class_install (MV_RECORD_CLASS (klass), "user_groups", properties, N_PROPS);
}

static void
mv_user_group_init (MvUserGroup *self)
{
}

const char *
mv_user_group_get_name (MvUserGroup *self)
{
  g_return_val_if_fail (MV_IS_USER_GROUP (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_NAME]);
}

int
mv_user_group_get_position (MvUserGroup *self)
{
  g_return_val_if_fail (MV_IS_USER_GROUP (self), 0);

  return MV_RECORD_INT (self, properties[PROP_POSITION]);
}
