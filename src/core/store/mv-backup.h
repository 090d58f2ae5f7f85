/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mv-store.h"

G_BEGIN_DECLS

/* The automatic backups: on the first change of a day, a copy of the file
 * as it was before the change, made with SQLite's backup API into
 * `$XDG_DATA_HOME/medvirke/backups/STEM-HASH/`, where STEM is the file's
 * name without its extension and HASH the first 12 hex digits of the
 * SHA-256 of its absolute path – so that the backups of two files called
 * medvirke.db never mix. Each copy is `YYYY-MM-DDTHHMMSS.db` (local time),
 * mode 0600 in folders of mode 0700. The newest copy of each of the last
 * 7 days that have one is kept, and the newest of each of the 4 ISO weeks
 * before those; the rest are removed (mv_backup_rotate()). */

typedef struct
{
  char      *path;
  GDateTime *time;         /* local time, from the copy's name */
  /* What it holds, not counting removed records; -1 when the copy could
   * not be read. */
  gint64     n_members;
  gint64     n_meetings;
  gint64     n_items;
  gint64     n_documents;
} MvBackup;

void        mv_backup_free          (MvBackup    *backup);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MvBackup, mv_backup_free)

/* Returns: (transfer full): the folder that holds (or would hold) the
 * backups of the database file @db_path */
char       *mv_backup_folder_for    (const char  *db_path);

/* The backups of @db_path, newest first; an empty array when there are
 * none. Each copy is read on a read-only SQLite connection of its own.
 *
 * Returns: (transfer full) (element-type MvBackup): the list, or %NULL with
 *   @error set when the folder cannot be read */
GPtrArray  *mv_backup_list          (const char  *db_path,
                                     GError     **error);

/* Copies the backup @backup into the new file @target (never over an
 * existing one), checks the copy's integrity, and leaves it ready for
 * mv_store_open(). Nothing is left at @target on failure. */
gboolean    mv_backup_restore       (const char  *backup,
                                     const char  *target,
                                     GError     **error);

/* The text of the last automatic backup of @db_path that failed since the
 * last call, or %NULL: for the GUI to say so once. Any thread. */
char       *mv_backup_take_failure  (const char  *db_path);

/* For the store's write path (mv-store.c): makes today's backup of @store's
 * file when it is the first change of the day. A failure is logged and
 * kept for mv_backup_take_failure(); the write goes on. */
void        _mv_backup_before_write (MvStore     *store);

/* The parts of it, with the time given, for the tests. */
gboolean    mv_backup_needed_at     (MvStore     *store,
                                     GDateTime   *now);
char       *mv_backup_make_at       (MvStore     *store,
                                     GDateTime   *now,
                                     GError     **error);
void        mv_backup_rotate        (const char  *folder);

G_END_DECLS
