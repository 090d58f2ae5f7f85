/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-council.h"
#include "mv-store.h"

G_BEGIN_DECLS

gboolean mv_ical_export_year (MvStore     *store,
                              MvCouncil   *council,
                              int          year,
                              const char  *path,
                              GError     **error);

G_END_DECLS
