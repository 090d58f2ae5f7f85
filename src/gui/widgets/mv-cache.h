/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The app's copies in the user's cache: documents opened for viewing
 * ("open", exempt ones among them) and the files handed to the mail
 * program ("outgoing"). They are copies of what the file holds, made again
 * when needed, so the app removes them when it quits and, should it have
 * been killed, when it next starts. */
typedef enum
{
  MV_CACHE_OPEN,
  MV_CACHE_OUTGOING,
} MvCacheKind;

char     *mv_cache_get_dir   (MvCacheKind kind);
void      mv_cache_clear     (void);

G_END_DECLS
