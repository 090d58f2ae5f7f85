/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-enums.h"
#include "mv-record.h"

G_BEGIN_DECLS

#define MV_TYPE_MEMBER_USER_GROUP (mv_member_user_group_get_type ())

G_DECLARE_FINAL_TYPE (MvMemberUserGroup, mv_member_user_group, MV, MEMBER_USER_GROUP, MvRecord)

const char  *mv_member_user_group_get_member_id     (MvMemberUserGroup *self);
const char  *mv_member_user_group_get_user_group_id (MvMemberUserGroup *self);

G_END_DECLS
