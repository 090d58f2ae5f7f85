/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-enums.h"
#include "mv-record.h"

G_BEGIN_DECLS

#define MV_TYPE_USER_GROUP (mv_user_group_get_type ())

G_DECLARE_FINAL_TYPE (MvUserGroup, mv_user_group, MV, USER_GROUP, MvRecord)

const char  *mv_user_group_get_name     (MvUserGroup *self);
int          mv_user_group_get_position (MvUserGroup *self);

G_END_DECLS
