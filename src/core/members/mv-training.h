/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-enums.h"
#include "mv-record.h"

G_BEGIN_DECLS

#define MV_TYPE_TRAINING (mv_training_get_type ())

G_DECLARE_FINAL_TYPE (MvTraining, mv_training, MV, TRAINING, MvRecord)

const char  *mv_training_get_member_id (MvTraining *self);
const char  *mv_training_get_course    (MvTraining *self);
const char  *mv_training_get_taken_on  (MvTraining *self);

G_END_DECLS
