/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-enums.h"
#include "mv-record.h"

G_BEGIN_DECLS

#define MV_TYPE_COUNCIL (mv_council_get_type ())

G_DECLARE_FINAL_TYPE (MvCouncil, mv_council, MV, COUNCIL, MvRecord)

const char    *mv_council_get_name           (MvCouncil *self);
MvCouncilLevel mv_council_get_level          (MvCouncil *self);
const char    *mv_council_get_nav_unit       (MvCouncil *self);
MvLanguage     mv_council_get_language       (MvCouncil *self);
const char    *mv_council_get_default_place  (MvCouncil *self);
const char    *mv_council_get_start_time     (MvCouncil *self);
int            mv_council_get_length_minutes (MvCouncil *self);
int            mv_council_get_deadline_days  (MvCouncil *self);
int            mv_council_get_notice_days    (MvCouncil *self);
/* Whom the notice sends apologies to and signs with; "" when not given. */
const char    *mv_council_get_secretariat_name  (MvCouncil *self);
const char    *mv_council_get_secretariat_email (MvCouncil *self);
const char    *mv_council_get_secretariat_phone (MvCouncil *self);

G_END_DECLS
