/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Text compared as people read it: every filter of the app and the CSV
 * import's duplicates. */

char     *mv_text_fold            (const char *text);
gboolean  mv_text_contains_folded (const char *haystack,
                                   const char *folded_needle);

/* How long a text of the file may be, in characters (g_utf8_strlen):
 * names, titles and the like, and the long texts (a background, notes, a
 * mandate). Every door refuses more – the store before any write, the
 * forms, the CLI and the CSV import with the field named – so that no
 * paper has to lay out a megabyte of name. */
#define MV_TEXT_NAME_MAX 300
#define MV_TEXT_LONG_MAX 100000

char     *mv_text_length_problem  (const char *label,
                                   const char *value,
                                   glong       max_chars);
gboolean  mv_text_check_length    (const char *label,
                                   const char *value,
                                   glong       max_chars,
                                   GError    **error);

G_END_DECLS
