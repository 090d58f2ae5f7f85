/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

extern const char mv_schema_1[];
extern const char mv_schema_2[];
extern const char mv_schema_3[];
extern const char mv_schema_4[];

G_END_DECLS
