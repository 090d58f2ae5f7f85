/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mv-council.h"
#include "mv-store.h"

G_BEGIN_DECLS

#define MV_TYPE_CONTEXT (mv_context_get_type ())

G_DECLARE_FINAL_TYPE (MvContext, mv_context, MV, CONTEXT, GObject)

MvContext *mv_context_new          (void);
MvStore   *mv_context_get_store    (MvContext *self);
void       mv_context_set_store    (MvContext *self,
                                    MvStore   *store);
MvCouncil *mv_context_get_council  (MvContext *self);
void       mv_context_set_council  (MvContext *self,
                                    MvCouncil *council);
GSettings *mv_context_get_settings (MvContext *self);

G_END_DECLS
