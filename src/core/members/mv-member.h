/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-enums.h"
#include "mv-record.h"

G_BEGIN_DECLS

#define MV_TYPE_MEMBER (mv_member_get_type ())

G_DECLARE_FINAL_TYPE (MvMember, mv_member, MV, MEMBER, MvRecord)

const char  *mv_member_get_council_id      (MvMember *self);
const char  *mv_member_get_name            (MvMember *self);
const char  *mv_member_get_organisation_id (MvMember *self);
MvMemberRole mv_member_get_role            (MvMember *self);
const char  *mv_member_get_deputy_for      (MvMember *self);
const char  *mv_member_get_term_start      (MvMember *self);
const char  *mv_member_get_term_end        (MvMember *self);
const char  *mv_member_get_email           (MvMember *self);
const char  *mv_member_get_phone           (MvMember *self);
MvGender     mv_member_get_gender          (MvMember *self);
gboolean     mv_member_get_young           (MvMember *self);
MvContactShown mv_member_get_contact_shown (MvMember *self);

G_END_DECLS
