/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Text compared as people read it: every filter of the app and the CSV
 * import's duplicates. */

char     *mv_text_fold            (const char *text);
gboolean  mv_text_contains_folded (const char *haystack,
                                   const char *folded_needle);

G_END_DECLS
