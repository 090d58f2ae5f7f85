/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-enums.h"
#include "mv-record.h"

G_BEGIN_DECLS

#define MV_TYPE_FIXED_ITEM (mv_fixed_item_get_type ())

G_DECLARE_FINAL_TYPE (MvFixedItem, mv_fixed_item, MV, FIXED_ITEM, MvRecord)

const char  *mv_fixed_item_get_council_id       (MvFixedItem *self);
int          mv_fixed_item_get_position         (MvFixedItem *self);
const char  *mv_fixed_item_get_title            (MvFixedItem *self);
MvFixedKind  mv_fixed_item_get_fixed_kind       (MvFixedItem *self);
MvItemKind   mv_fixed_item_get_kind             (MvFixedItem *self);
int          mv_fixed_item_get_duration_minutes (MvFixedItem *self);

G_END_DECLS
