/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mv-error.h"
#include "mv-read-file.h"

/* A file the user names to import or attach is read only if it is a
 * regular file. A pipe (mkfifo), a device or a socket is refused without
 * waiting for it: opening a pipe for reading blocks until a writer comes,
 * and reading it blocks until the writer is done, maybe never. A look at
 * the name first (stat) is not enough, as the name may be another file by
 * the time it is opened; so the file is opened with O_NONBLOCK, which
 * returns at once for a pipe, and its type is checked on the descriptor
 * that is then read.
 *
 * The caller has called mv_store_file_check_not_live() on the path: this
 * opens a descriptor, which must never be one of an open database's. */

static void
set_read_error (GError     **error,
                const char  *name,
                int          saved_errno)
{
  g_set_error (error, MV_ERROR, MV_ERROR_IO, _("“%s” cannot be read: %s"),
               name, g_strerror (saved_errno));
}

static gboolean
check_type (mode_t       mode,
            const char  *name,
            GError     **error)
{
  if (S_ISDIR (mode))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID, _("“%s” is a folder, not a file"), name);
      return FALSE;
    }
  if (!S_ISREG (mode))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("“%s” cannot be read: it is not a regular file"), name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_size (guint64      size,
            guint64      size_limit,
            const char  *name,
            GError     **error)
{
  if (size_limit > 0 && size > size_limit)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("“%s” cannot be read: it is too large"), name);
      return FALSE;
    }
  return TRUE;
}

/* A file without a local path (a URI that GIO reads): GIO opens it, and
 * only after its type said it is a regular file. */
static GBytes *
read_by_gio (GFile         *file,
             const char    *name,
             guint64        size_limit,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    goto failed;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      check_type (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY ? S_IFDIR : 0,
                  name, error);
      return NULL;
    }
  if (!check_size ((guint64) g_file_info_get_size (info), size_limit, name, error))
    return NULL;
  if (!(bytes = g_file_load_bytes (file, cancellable, NULL, &local_error)))
    goto failed;
  if (!check_size (g_bytes_get_size (bytes), size_limit, name, error))
    return NULL;
  return g_steal_pointer (&bytes);

failed:
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, MV_ERROR, MV_ERROR_IO, _("“%s” cannot be read: %s"),
                 name, local_error->message);
  return NULL;
}

/**
 * mv_read_regular_file:
 * @name: the file as messages name it
 * @size_limit: the most bytes to read, 0 for no limit
 *
 * Reads all of @file, which must be a regular file of at most @size_limit
 * bytes; never blocks on a pipe or a device (see above).
 *
 * Returns: (transfer full): the bytes, or %NULL with @error set:
 *   MV_ERROR_INVALID for a folder, a pipe, a device, a socket or a file
 *   too large; MV_ERROR_IO when it cannot be read
 */
GBytes *
mv_read_regular_file (GFile         *file,
                      const char    *name,
                      guint64        size_limit,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GByteArray) data = NULL;
  struct stat st;
  int fd;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if ((path = g_file_get_path (file)) == NULL)
    return read_by_gio (file, name, size_limit, cancellable, error);

  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY, 0);
  if (fd < 0)
    {
      set_read_error (error, name, errno);
      return NULL;
    }

  if (fstat (fd, &st) != 0)
    {
      set_read_error (error, name, errno);
      goto failed;
    }
  if (!check_type (st.st_mode, name, error) ||
      !check_size ((guint64) st.st_size, size_limit, name, error))
    goto failed;

  data = g_byte_array_sized_new ((guint) MIN ((guint64) st.st_size + 1, G_MAXUINT));
  for (;;)
    {
      guint8 buffer[64 * 1024];
      ssize_t n;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto failed;

      n = read (fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_read_error (error, name, errno);
          goto failed;
        }
      if (n == 0)
        break;
      g_byte_array_append (data, buffer, (guint) n);
      /* A file that grows while it is read. */
      if (!check_size (data->len, size_limit, name, error))
        goto failed;
    }

  close (fd);
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));

failed:
  close (fd);
  return NULL;
}
