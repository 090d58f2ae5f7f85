/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The versions of the schema and the record types that map its tables,
 * as two lists in mv-migrations.c (HACKING.md, "Migrations"). */

int   mv_schema_version     (void);

/* The schema version this build writes, that of the last migration; a
 * file with a higher one is refused. */
#define MV_SCHEMA_VERSION (mv_schema_version ())

guint mv_record_types_get_n (void);
GType mv_record_types_get   (guint i);

G_END_DECLS
