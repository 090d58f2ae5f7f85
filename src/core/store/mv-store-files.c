/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mv-error.h"
#include "mv-store-files.h"

/* THE RULE: no descriptor on a live database outside SQLite.
 *
 * SQLite keeps its locks as POSIX advisory locks, and those belong to the
 * process: closing *any* descriptor of a file drops *all* of the process's
 * locks on it (sqlite.org/howtocorrupt.html, 2.2). A WAL connection holds a
 * shared lock on the database for as long as it is open; that lock is how
 * another process knows it is not the last user. Once it is dropped, the
 * next process to close its connection checkpoints and deletes the -wal and
 * -shm that this process still writes to, and the file is destroyed.
 *
 * So, while a connection of this process has a database open, nothing in
 * the process may open(), read and close() the database, its -wal, -shm or
 * -journal with plain I/O: not the header check, not a copy, not a document
 * import or an export that was pointed at it, not a test helper. SQLite
 * itself may open the file again – its unix VFS shares one set of locks
 * among the connections of a process – so a worker gets a connection of its
 * own from mv_store_open_connection(), never a second trip through
 * mv_store_open()'s plain header check.
 *
 * This registry is the one place that enforces it. Every store registers
 * its file (by device and inode, so that another path to the same file is
 * the same file) while its connection is open; mv_store_open() looks at a
 * header with plain reads only when the file is not registered, and holds
 * the registry's lock from that look until its own connection is
 * registered, so that no other thread opens one in between. Code that opens
 * a file it was given calls mv_store_file_check_not_live() first. */

/* SQLite's lock bytes (os_unix.c): the pending byte, the reserved byte and
 * the 510 shared bytes after it. */
#define SQLITE_PENDING_BYTE 0x40000000
#define SQLITE_LOCK_RANGE   (2 + 510)

struct _MvStoreFile
{
  char  *path;
  dev_t  dev;
  ino_t  ino;
  guint  ref_count;
};

static const char * const companions[] = { "-wal", "-shm", "-journal" };

static GMutex lock;
static GPtrArray *files;  /* of MvStoreFile */

void
mv_store_files_lock (void)
{
  g_mutex_lock (&lock);
}

void
mv_store_files_unlock (void)
{
  g_mutex_unlock (&lock);
}

static MvStoreFile *
find_locked (const GStatBuf *st)
{
  for (guint i = 0; files != NULL && i < files->len; i++)
    {
      MvStoreFile *file = g_ptr_array_index (files, i);

      if (file->dev == st->st_dev && file->ino == st->st_ino)
        return file;
    }
  return NULL;
}

gboolean
mv_store_files_has_locked (const GStatBuf *st)
{
  g_return_val_if_fail (st != NULL, FALSE);

  return find_locked (st) != NULL;
}

/**
 * mv_store_files_add_locked:
 * @st: the database file's status, from after it was created
 *
 * Registers a connection to the database; the same file again only counts
 * one more connection.
 *
 * Returns: (transfer none): the entry, for mv_store_files_remove_locked()
 */
MvStoreFile *
mv_store_files_add_locked (const char     *path,
                           const GStatBuf *st)
{
  MvStoreFile *file;

  g_return_val_if_fail (path != NULL && st != NULL, NULL);

  if ((file = find_locked (st)) != NULL)
    {
      file->ref_count++;
      return file;
    }

  if (files == NULL)
    files = g_ptr_array_new ();

  file = g_new0 (MvStoreFile, 1);
  file->path = g_strdup (path);
  file->dev = st->st_dev;
  file->ino = st->st_ino;
  file->ref_count = 1;
  g_ptr_array_add (files, file);
  return file;
}

/* Call after the connection is closed. */
void
mv_store_files_remove_locked (MvStoreFile *file)
{
  g_return_if_fail (file != NULL && file->ref_count > 0);

  if (--file->ref_count > 0)
    return;

  g_ptr_array_remove_fast (files, file);
  g_free (file->path);
  g_free (file);
}

static gboolean
same_file (const GStatBuf *a,
           const char     *path)
{
  GStatBuf b;

  return g_stat (path, &b) == 0 && a->st_dev == b.st_dev && a->st_ino == b.st_ino;
}

/* Whether @st is a registered database or one of its companion files. */
static const MvStoreFile *
live_locked (const GStatBuf *st)
{
  const MvStoreFile *file = find_locked (st);

  for (guint i = 0; file == NULL && files != NULL && i < files->len; i++)
    {
      const MvStoreFile *candidate = g_ptr_array_index (files, i);

      for (guint j = 0; j < G_N_ELEMENTS (companions); j++)
        {
          g_autofree char *companion = g_strconcat (candidate->path, companions[j], NULL);

          if (same_file (st, companion))
            {
              file = candidate;
              break;
            }
        }
    }

  return file;
}

/**
 * mv_store_file_is_live:
 *
 * Returns: whether @path is a database that a connection of this process
 *   has open, or its -wal, -shm or -journal – a file that must not be
 *   opened outside SQLite
 */
gboolean
mv_store_file_is_live (const char *path)
{
  GStatBuf st;
  gboolean live;

  g_return_val_if_fail (path != NULL, FALSE);

  if (g_stat (path, &st) != 0)
    return FALSE;

  mv_store_files_lock ();
  live = live_locked (&st) != NULL;
  mv_store_files_unlock ();
  return live;
}

/**
 * mv_store_file_check_not_live:
 *
 * For code that reads, writes or replaces a file it was given with plain
 * I/O: refuses a database this process has open, and its companion files.
 */
gboolean
mv_store_file_check_not_live (const char  *path,
                              GError     **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!mv_store_file_is_live (path))
    return TRUE;

  name = g_filename_display_basename (path);
  g_set_error (error, MV_ERROR, MV_ERROR_IN_USE,
               _("“%s” is the Medvirke file that is open; choose another file"), name);
  return FALSE;
}

/**
 * mv_store_file_in_use:
 *
 * Returns: whether a database connection has @path open, so that
 *   replacing the file would pull it from under that connection: any of
 *   this process, and of another process (the app, medvirke-cli while it
 *   runs) every connection in WAL mode – such a connection holds a shared
 *   lock for as long as it is open – and any other while in a transaction
 */
gboolean
mv_store_file_in_use (const char *path)
{
  GStatBuf st;
  gboolean in_use = FALSE;

  g_return_val_if_fail (path != NULL, FALSE);

  if (g_stat (path, &st) != 0 || !S_ISREG (st.st_mode))
    return FALSE;

  mv_store_files_lock ();
  if (live_locked (&st) != NULL)
    in_use = TRUE;
  else
    {
      /* No connection of this process has the file, and the lock keeps
       * one from opening it meanwhile: this descriptor drops nothing. */
      int fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0);

      if (fd >= 0)
        {
          struct flock probe = {
            .l_type = F_WRLCK,
            .l_whence = SEEK_SET,
            .l_start = SQLITE_PENDING_BYTE,
            .l_len = SQLITE_LOCK_RANGE,
          };

          in_use = fcntl (fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
          close (fd);
        }
    }
  mv_store_files_unlock ();

  return in_use;
}
