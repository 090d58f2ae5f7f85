/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GBytes *mv_read_regular_file (GFile         *file,
                              const char    *name,
                              guint64        size_limit,
                              GCancellable  *cancellable,
                              GError       **error);

G_END_DECLS
