/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>

G_BEGIN_DECLS

/* The database files this process has open through SQLite, and the one
 * rule that keeps them safe; mv-store-files.c explains it. */

typedef struct _MvStoreFile MvStoreFile;

/* For the store's open and close path: hold the lock from the look at a
 * file's header until its connection is registered, and from closing a
 * connection until it is unregistered. */
void          mv_store_files_lock          (void);
void          mv_store_files_unlock        (void);
gboolean      mv_store_files_has_locked    (const GStatBuf *st);
MvStoreFile  *mv_store_files_add_locked    (const char     *path,
                                            const GStatBuf *st);
void          mv_store_files_remove_locked (MvStoreFile    *file);

/* For every other piece of code that opens, reads, writes or replaces a
 * file it was given (documents, CSV, exports, copies, tests). */
gboolean      mv_store_file_is_live        (const char     *path);
gboolean      mv_store_file_check_not_live (const char     *path,
                                            GError        **error);
gboolean      mv_store_file_in_use         (const char     *path);

G_END_DECLS
