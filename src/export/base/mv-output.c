/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mv-error.h"
#include "mv-output.h"
#include "mv-store-files.h"

struct _MvOutput
{
  char     *target;
  char     *tmp;
  gboolean  committed;
};

/**
 * mv_output_new:
 * @target: the file the export is meant for
 *
 * mv_output_new_full() without flags: a public paper.
 */
MvOutput *
mv_output_new (const char  *target,
               GError     **error)
{
  return mv_output_new_full (target, MV_OUTPUT_NONE, error);
}

/**
 * mv_output_new_full:
 * @target: the file the export is meant for
 * @flags: %MV_OUTPUT_PRIVATE for a file only its owner may read
 *
 * Makes an empty temporary file in @target's folder for the exporter to
 * write (mv_output_get_path()).
 *
 * Returns: (transfer full): the output, or %NULL with @error set
 */
MvOutput *
mv_output_new_full (const char     *target,
                    MvOutputFlags   flags,
                    GError        **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  MvOutput *self;
  GStatBuf st;
  gboolean replaces;
  int mode = 0644;
  int fd;

  g_return_val_if_fail (target != NULL, NULL);

  if (g_file_test (target, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID, _("“%s” is a folder, not a file"), target);
      return NULL;
    }

  /* Renamed over a database that a connection has open – the Medvirke file
   * itself, say – an export would pull the file from under it. */
  if (mv_store_file_in_use (target))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_IN_USE,
                   _("“%s” is a database that is open in Medvirke or another program; "
                     "choose another name"), target);
      return NULL;
    }

  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  tmp = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  /* A replaced file keeps its mode: an export that was made private stays so. */
  replaces = g_stat (target, &st) == 0;
  if (flags & MV_OUTPUT_PRIVATE)
    mode = 0600;
  else if (replaces)
    mode = st.st_mode & 0777;
  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, mode);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, MV_ERROR, MV_ERROR_IO, _("Could not write in the folder “%s”: %s"),
                   dir, g_strerror (saved_errno));
      return NULL;
    }
  /* mkstemp applies the umask to a new file; a replaced or private one
   * gets its mode whatever the umask. */
  if ((replaces || (flags & MV_OUTPUT_PRIVATE)) && fchmod (fd, mode) != 0)
    g_debug ("Could not set the mode of %s: %s", tmp, g_strerror (errno));
  close (fd);

  self = g_new0 (MvOutput, 1);
  self->target = g_strdup (target);
  self->tmp = g_steal_pointer (&tmp);
  return self;
}

const char *
mv_output_get_path (MvOutput *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->tmp;
}

/**
 * mv_output_write:
 * @data: (array length=size): the whole file
 *
 * Writes @data to the temporary file, for an exporter that has the whole
 * file in memory. An error names the target.
 */
gboolean
mv_output_write (MvOutput    *self,
                 const void  *data,
                 gsize        size,
                 GError     **error)
{
  FILE *file;
  gboolean ok;
  int saved_errno;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (data != NULL || size == 0, FALSE);

  file = g_fopen (self->tmp, "wb");
  if (file == NULL)
    {
      saved_errno = errno;
      g_set_error (error, MV_ERROR, MV_ERROR_IO, _("Could not write “%s”: %s"),
                   self->target, g_strerror (saved_errno));
      return FALSE;
    }

  ok = fwrite (data != NULL ? data : "", 1, size, file) == size && fflush (file) == 0;
  saved_errno = errno;
  if (fclose (file) != 0 && ok)
    {
      ok = FALSE;
      saved_errno = errno;
    }

  if (!ok)
    g_set_error (error, MV_ERROR, MV_ERROR_IO, _("Could not write “%s”: %s"),
                 self->target, g_strerror (saved_errno));
  return ok;
}

static gboolean
sync_path (const char *path,
           int         flags)
{
  int fd = g_open (path, flags | O_CLOEXEC, 0);
  int saved_errno;
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = fsync (fd) == 0;
  saved_errno = errno;
  close (fd);
  errno = saved_errno;
  return ok;
}

/**
 * mv_output_commit:
 *
 * Syncs the written file to the disk and puts it in the target's place:
 * without the sync, a power cut soon after the rename can leave an empty
 * target where the old file was.
 */
gboolean
mv_output_commit (MvOutput  *self,
                  GError   **error)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->committed, FALSE);

  /* Exporters may have written through a library of their own (cairo,
   * libxlsxwriter): the file is synced here, by its name. */
  if (!sync_path (self->tmp, O_RDONLY) || g_rename (self->tmp, self->target) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, MV_ERROR, MV_ERROR_IO, _("Could not write “%s”: %s"),
                   self->target, g_strerror (saved_errno));
      return FALSE;
    }
  self->committed = TRUE;

  /* The rename itself lives in the folder. A folder that cannot be synced
   * (some network file systems) still holds the whole file. */
  dir = g_path_get_dirname (self->target);
  if (!sync_path (dir, O_RDONLY | O_DIRECTORY))
    g_debug ("Could not sync the folder %s: %s", dir, g_strerror (errno));
  return TRUE;
}

/* Without a commit the temporary file goes, and the target stays as it was. */
void
mv_output_free (MvOutput *self)
{
  if (self == NULL)
    return;

  if (!self->committed)
    g_unlink (self->tmp);
  g_free (self->tmp);
  g_free (self->target);
  g_free (self);
}
