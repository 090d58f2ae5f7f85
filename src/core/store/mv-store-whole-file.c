/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "mv-error.h"
#include "mv-store-private.h"

/* Whole-file operations: a consistent copy, and the file's check. */

static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 &&
         sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/**
 * mv_store_save_copy:
 *
 * Writes a consistent copy of the whole file with SQLite's online backup,
 * through a temporary file beside @destination that is renamed on success.
 */
gboolean
mv_store_save_copy (MvStore     *self,
                    const char  *destination,
                    GError     **error)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *message = NULL;
  int fd;
  int rc;

  g_return_val_if_fail (MV_IS_STORE (self), FALSE);
  g_return_val_if_fail (destination != NULL, FALSE);

  target = g_canonicalize_filename (destination, NULL);
  if (g_str_equal (target, self->path) || same_file (target, self->path))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("A copy cannot replace the file it is made from (“%s”)"), target);
      return FALSE;
    }
  /* Renamed over a file that a connection has open, the copy would leave
   * that connection writing to a file nobody sees again. */
  if (mv_store_file_in_use (target))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_IN_USE,
                   _("“%s” is open in Medvirke or another program; close it there, "
                     "or choose another name for the copy"), target);
      return FALSE;
    }

  dir = g_path_get_dirname (target);
  tmp = g_build_filename (dir, ".medvirke-copy-XXXXXX", NULL);
  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, MV_ERROR, MV_ERROR_IO, _("Could not write in the folder “%s”: %s"),
                   dir, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  rc = _mv_store_copy_database (self->db, tmp, FALSE, &message);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_IO, _("Could not write a copy to “%s”: %s"),
                   target, message);
      g_unlink (tmp);
      return FALSE;
    }

  if (g_rename (tmp, target) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, MV_ERROR, MV_ERROR_IO, _("Could not write a copy to “%s”: %s"),
                   target, g_strerror (saved_errno));
      g_unlink (tmp);
      return FALSE;
    }

  return TRUE;
}

/* An enumeration column has no CHECK (HACKING.md, "Migrations"); the
 * store writes only nicks it knows and reads any other as the default, so
 * a value that is not a nick of this build – written by hand, or by a bug –
 * shows here rather than as a refused write. Deleted rows too: they may
 * be restored. */
static gboolean
check_enum_column (MvStore     *self,
                   const char  *table,
                   GParamSpec  *pspec,
                   GPtrArray   *problems,
                   GError     **error)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (pspec->value_type);
  g_autofree char *column = _mv_store_column_name (pspec);
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt;
  int rc;

  g_string_append_printf (sql, "SELECT %s, count(*) FROM %s WHERE %s NOT IN (", column, table,
                          column);
  for (guint i = 0; i < klass->n_values; i++)
    {
      char *nick = sqlite3_mprintf ("%Q", klass->values[i].value_nick);

      g_string_append_printf (sql, "%s%s", i ? ", " : "", nick);
      sqlite3_free (nick);
    }
  g_string_append_printf (sql, ") GROUP BY %s ORDER BY %s", column, column);

  if (!(stmt = _mv_store_prepare (self, sql->str, error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 n = sqlite3_column_int64 (stmt, 1);

      g_ptr_array_add (problems,
                       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "value: %lld row of %s has “%s” in %s, "
                                                     "which this version does not know",
                                                     "value: %lld rows of %s have “%s” in %s, "
                                                     "which this version does not know", n),
                                        (long long) n, table, sqlite3_column_text (stmt, 0),
                                        column));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _mv_store_set_sqlite_error (self, rc, error);

  return TRUE;
}

static gboolean
check_enum_columns (MvStore    *self,
                    GPtrArray  *problems,
                    GError    **error)
{
  for (guint t = 0; t < mv_record_types_get_n (); t++)
    {
      GType type = mv_record_types_get (t);
      g_autoptr(GPtrArray) columns = _mv_store_class_columns (type);
      g_autoptr(MvRecordClass) klass = g_type_class_ref (type);

      for (guint i = 0; i < columns->len; i++)
        {
          GParamSpec *pspec = g_ptr_array_index (columns, i);

          if (G_TYPE_IS_ENUM (pspec->value_type) &&
              !check_enum_column (self, klass->table, pspec, problems, error))
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * mv_store_check:
 *
 * Checks the file's integrity, foreign keys, the values of its enumeration
 * columns and its version.
 *
 * Returns: (transfer full) (element-type utf8): one line per problem;
 *   empty when all is well; %NULL with @error set when it cannot check
 */
GPtrArray *
mv_store_check (MvStore  *self,
                GError  **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MV_IS_STORE (self), NULL);

  if (!(stmt = _mv_store_prepare (self, "PRAGMA integrity_check", error)))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") != 0)
        g_ptr_array_add (problems, g_strdup_printf (_("integrity: %s"), line));
    }
  sqlite3_reset (stmt);

  if (!(stmt = _mv_store_prepare (self, "PRAGMA foreign_key_check", error)))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (problems,
                     g_strdup_printf (_("foreign key: a row of %s (rowid %lld) refers to a "
                                        "missing row of %s"),
                                      sqlite3_column_text (stmt, 0),
                                      (long long) sqlite3_column_int64 (stmt, 1),
                                      sqlite3_column_text (stmt, 2)));
  sqlite3_reset (stmt);

  if (!check_enum_columns (self, problems, error))
    return NULL;

  if (!(stmt = _mv_store_prepare (self, "PRAGMA application_id", error)))
    return NULL;
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) != MV_APPLICATION_ID)
    g_ptr_array_add (problems, g_strdup_printf (_("application id: %d, expected %d"),
                                                sqlite3_column_int (stmt, 0), MV_APPLICATION_ID));
  sqlite3_reset (stmt);

  if (!(stmt = _mv_store_prepare (self, "PRAGMA user_version", error)))
    return NULL;
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) != MV_SCHEMA_VERSION)
    g_ptr_array_add (problems, g_strdup_printf (_("schema version: %d, expected %d"),
                                                sqlite3_column_int (stmt, 0), MV_SCHEMA_VERSION));
  sqlite3_reset (stmt);

  return g_steal_pointer (&problems);
}

