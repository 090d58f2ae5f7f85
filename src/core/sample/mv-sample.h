/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-council.h"
#include "mv-document-bytes.h"
#include "mv-store.h"

G_BEGIN_DECLS

gboolean mv_sample_create      (MvStore        *store,
                                MvInspectFunc   inspect,
                                GError        **error);
gboolean mv_sample_create_demo (MvStore        *store,
                                guint           years,
                                guint           councils,
                                MvInspectFunc   inspect,
                                GError        **error);

G_END_DECLS
