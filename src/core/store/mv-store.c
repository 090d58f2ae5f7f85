/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <sys/resource.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mv-backup.h"
#include "mv-dates.h"
#include "mv-error.h"
#include "mv-store-private.h"

/* The connection: opening a file, refusing one that is not ours, the
 * schema's migration, and the helpers the rest of the store shares
 * (mv-store-private.h). */

#define SQLITE_HEADER "SQLite format 3"

G_DEFINE_FINAL_TYPE (MvStore, mv_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

char *
_mv_store_now_utc (void)
{
  return mv_timestamp_now ();
}

/* Whether a failed write of @path may have been for want of room: less
 * than a megabyte free on its disk, or a limit on the size of files. */
static gboolean
no_room_to_write (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  struct statvfs fs;
  struct rlimit limit;

  if (statvfs (folder, &fs) == 0 && (guint64) fs.f_bavail * fs.f_frsize < 1024 * 1024)
    return TRUE;

  return getrlimit (RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY;
}

gboolean
_mv_store_set_sqlite_error (MvStore  *self,
                            int       rc,
                            GError  **error)
{
  const char *detail = sqlite3_errmsg (self->db);

  switch (rc & 0xff)
    {
    case SQLITE_CONSTRAINT:
      g_set_error (error, MV_ERROR, MV_ERROR_CONSTRAINT,
                   _("The change was not saved because it breaks a rule of the file (%s)"), detail);
      break;

    case SQLITE_READONLY:
      g_set_error (error, MV_ERROR, MV_ERROR_READ_ONLY,
                   _("“%s” is read-only; the change was not saved"), self->path);
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, MV_ERROR, MV_ERROR_IO,
                   _("“%s” is busy in another program; try again"), self->path);
      break;

    case SQLITE_FULL:
    case SQLITE_IOERR:
      /* SQLite says "disk full" only for some writes, "disk I/O error" for
       * the rest; what the disk says is clearer. */
      if ((rc & 0xff) == SQLITE_FULL || no_room_to_write (self->path))
        {
          g_set_error (error, MV_ERROR, MV_ERROR_IO,
                       _("There is no room to write “%s”: the disk is full, or files may not "
                         "grow larger. Nothing was saved; free some space and try again."),
                       self->path);
          break;
        }
      G_GNUC_FALLTHROUGH;
    case SQLITE_CANTOPEN:
      g_set_error (error, MV_ERROR, MV_ERROR_IO,
                   _("Could not write “%s”: %s"), self->path, detail);
      break;

    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_DATABASE,
                   _("“%s” is damaged: %s"), self->path, detail);
      break;

    default:
      g_set_error (error, MV_ERROR, MV_ERROR_FAILED,
                   _("The database “%s” reported an error: %s"), self->path, detail);
    }

  return FALSE;
}

gboolean
_mv_store_check_writable (MvStore  *self,
                          GError  **error)
{
  if (!self->read_only)
    {
      /* The first change of a day backs the file up first (mv-backup.c). */
      _mv_backup_before_write (self);
      return TRUE;
    }

  if (self->folder_read_only)
    {
      g_autofree char *folder = g_path_get_dirname (self->path);

      g_set_error (error, MV_ERROR, MV_ERROR_READ_ONLY,
                   _("“%s” is open read-only: SQLite needs to make its working files beside "
                     "it, and the folder “%s” may not be written. The change was not saved; "
                     "move the file to a folder you may write."), self->path, folder);
    }
  else if (self->damaged)
    g_set_error (error, MV_ERROR, MV_ERROR_DAMAGED,
                 _("“%s” is damaged, so nothing was written into it. Save a copy of what can "
                   "be read, or restore a backup."), self->path);
  else
    g_set_error (error, MV_ERROR, MV_ERROR_READ_ONLY,
                 _("“%s” is open read-only; the change was not saved"), self->path);
  return FALSE;
}

gboolean
_mv_store_exec (MvStore     *self,
                const char  *sql,
                GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return _mv_store_set_sqlite_error (self, rc, error);
  return TRUE;
}

/* Runs @sql with secure_delete on, then puts it back as it was: what the
 * statements delete is overwritten, in its pages and the pages they free,
 * rather than left readable in the file's unused space. For text that must
 * leave the file, such as an encrypted document's (Debian's SQLite has it
 * on by default; others do not). */
gboolean
_mv_store_secure_exec (MvStore     *self,
                       const char  *sql,
                       GError     **error)
{
  g_autofree char *restore = NULL;
  gint64 before;
  gboolean ok;

  if (!_mv_store_read_int (self, "PRAGMA secure_delete", &before, error) ||
      !_mv_store_exec (self, "PRAGMA secure_delete = ON", error))
    return FALSE;
  ok = _mv_store_exec (self, sql, error);
  restore = g_strdup_printf ("PRAGMA secure_delete = %d", before ? 1 : 0);
  sqlite3_exec (self->db, restore, NULL, NULL, NULL);
  return ok;
}

/* Statements are prepared once per store and kept; the SQL text is the key. */
sqlite3_stmt *
_mv_store_prepare (MvStore     *self,
                   const char  *sql,
                   GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _mv_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

int
_mv_store_step_done (sqlite3_stmt *stmt)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || rc == SQLITE_ROW ? SQLITE_OK : rc;
}

static void
mv_store_dispose (GObject *object)
{
  MvStore *self = MV_STORE (object);

  g_clear_pointer (&self->models, g_hash_table_unref);
  g_clear_pointer (&self->indexes, g_hash_table_unref);
  g_clear_pointer (&self->deleted, g_hash_table_unref);
  g_clear_pointer (&self->vanished, g_ptr_array_unref);
  g_clear_pointer (&self->statements, g_hash_table_unref);

  G_OBJECT_CLASS (mv_store_parent_class)->dispose (object);
}

static void
remove_snapshot (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
mv_store_finalize (GObject *object)
{
  MvStore *self = MV_STORE (object);

  /* Closed and unregistered as one, so that no other thread takes the file
   * for unused between the two (mv-store-files.c). */
  mv_store_files_lock ();
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  if (self->file != NULL)
    mv_store_files_remove_locked (self->file);
  mv_store_files_unlock ();
  if (self->snapshot_dir != NULL)
    remove_snapshot (self->snapshot_dir);
  g_free (self->snapshot_dir);
  g_free (self->snapshot_path);
  g_free (self->path);

  G_OBJECT_CLASS (mv_store_parent_class)->finalize (object);
}

static void
mv_store_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  MvStore *self = MV_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mv_store_class_init (MvStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mv_store_dispose;
  object_class->finalize = mv_store_finalize;
  object_class->get_property = mv_store_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
mv_store_init (MvStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  self->models = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->indexes = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  self->deleted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->vanished = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < mv_record_types_get_n (); i++)
    {
      GType type = mv_record_types_get (i);

      g_hash_table_insert (self->models, GSIZE_TO_POINTER (type), g_list_store_new (type));
      g_hash_table_insert (self->indexes, GSIZE_TO_POINTER (type),
                           g_hash_table_new (g_str_hash, g_str_equal));
    }
}

/**
 * mv_store_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/medvirke/medvirke.db`
 */
char *
mv_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "medvirke", "medvirke.db", NULL);
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Looks at the file's header with plain reads, before SQLite touches it,
 * so that a file we refuse is left as it was in every byte. Only for a file
 * that no connection of this process has open (mv-store-files.c): closing
 * this descriptor would drop that connection's locks. */
static gboolean
check_header (const char  *path,
              gboolean    *is_new,
              GError     **error)
{
  guint8 header[100];
  struct stat st;
  ssize_t n;
  int fd;

  *is_new = FALSE;

  /* O_NONBLOCK and the type on the descriptor: a name that became a pipe
   * since open_file_locked() looked at it must not block the open. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, MV_ERROR, MV_ERROR_IO, _("Could not open “%s”: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_DATABASE,
                   _("“%s” is not a Medvirke file: it is not a regular file"), path);
      return FALSE;
    }

  n = read (fd, header, sizeof header);
  close (fd);

  if (n == 0)
    {
      *is_new = TRUE;
      return TRUE;
    }

  if (n < (ssize_t) sizeof header || memcmp (header, SQLITE_HEADER, sizeof SQLITE_HEADER) != 0)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_DATABASE,
                   _("“%s” is not a Medvirke file: it is not a database at all"), path);
      return FALSE;
    }

  if (read_be32 (header + 68) != MV_APPLICATION_ID)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_FOREIGN,
                   _("“%s” is not a Medvirke file: it is a database of another program"), path);
      return FALSE;
    }

  if (read_be32 (header + 60) > (guint32) MV_SCHEMA_VERSION)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_TOO_NEW,
                   _("“%s” was made by a newer version of Medvirke; update Medvirke to open it"),
                   path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
folder_is_writable (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  if (g_access (folder, W_OK) == 0)
    return TRUE;

  /* Working files that are there and may be written will do. */
  return g_access (wal, W_OK) == 0 && g_access (shm, W_OK) == 0;
}

static gboolean
file_is_writable (const char *path)
{
  GStatBuf st;

  /* root may write anything; a file without write bits is still meant to
   * be read-only, as the file manager shows it. */
  if (g_stat (path, &st) != 0)
    return FALSE;
  if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
    return FALSE;
  return g_access (path, W_OK) == 0;
}

static gboolean
create_empty_file (const char  *path,
                   GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, MV_ERROR, MV_ERROR_IO, _("Could not create the folder “%s”: %s"),
                   dir, g_strerror (saved_errno));
      return FALSE;
    }

  /* 0600: the file holds personal data. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, MV_ERROR, MV_ERROR_IO, _("Could not create “%s”: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

gboolean
_mv_store_read_int (MvStore     *self,
                    const char  *sql,
                    gint64      *value,
                    GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _mv_store_prepare (self, sql, error)))
    return FALSE;
  rc = sqlite3_step (stmt);
  *value = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _mv_store_set_sqlite_error (self, rc, error);
  return TRUE;
}

/* What check_header() saw in the file, asked again through SQLite: the
 * header of a WAL file may be older than its -wal, and a file that this
 * process already had open was not looked at with plain reads. */
static gboolean
check_schema (MvStore  *self,
              GError  **error)
{
  gint64 application_id, version, n_tables;

  if (!_mv_store_read_int (self, "PRAGMA application_id", &application_id, error) ||
      !_mv_store_read_int (self, "PRAGMA user_version", &version, error) ||
      !_mv_store_read_int (self, "SELECT count(*) FROM sqlite_schema", &n_tables, error))
    return FALSE;

  if (n_tables == 0 && application_id == 0)
    return TRUE;

  if (application_id != MV_APPLICATION_ID)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_FOREIGN,
                   _("“%s” is not a Medvirke file: it is a database of another program"),
                   self->path);
      return FALSE;
    }

  if (version > MV_SCHEMA_VERSION)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_TOO_NEW,
                   _("“%s” was made by a newer version of Medvirke; update Medvirke to open it"),
                   self->path);
      return FALSE;
    }

  /* Medvirke's, with tables, yet no version: the version is written in the
   * transaction that makes the tables, so the file was changed by hand or
   * damaged. Making the tables again would fail on the first of them. */
  if (version == 0 && n_tables > 0)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_DAMAGED,
                   _("“%s” holds Medvirke’s tables but no schema version, so it is damaged; it "
                     "was left as it is. Restore a backup."), self->path);
      return FALSE;
    }

  return TRUE;
}

/* Streamed, as the file may hold hundreds of megabytes of documents. */
static gboolean
copy_for_snapshot (const char  *from,
                   const char  *to,
                   gboolean     must_exist,
                   GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) target = g_file_new_for_path (to);
  g_autoptr(GError) local_error = NULL;

  if (!g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, &local_error))
    {
      if (!must_exist && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      g_set_error (error, MV_ERROR, MV_ERROR_IO, _("Could not read “%s”: %s"),
                   from, local_error->message);
      return FALSE;
    }

  g_chmod (to, 0600);
  return TRUE;
}

/* A file in WAL mode in a folder we may not write has no -shm, and SQLite
 * cannot make one: it can read neither the file nor the rows that are
 * still in its -wal. Nobody can write it then, so a private copy of both,
 * in a folder of our own, reads the same – all of it. */
static gboolean
make_snapshot (MvStore  *self,
               GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("medvirke-snapshot-XXXXXX", &local_error);
  g_autofree char *wal = NULL;
  g_autofree char *path = NULL;
  g_autofree char *copy_wal = NULL;

  if (dir == NULL)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_IO, _("Could not read “%s”: %s"),
                   self->path, local_error->message);
      return FALSE;
    }

  path = g_build_filename (dir, "snapshot.db", NULL);
  wal = g_strconcat (self->path, "-wal", NULL);
  copy_wal = g_strconcat (path, "-wal", NULL);
  if (!copy_for_snapshot (self->path, path, TRUE, error) ||
      !copy_for_snapshot (wal, copy_wal, FALSE, error))
    {
      remove_snapshot (dir);
      return FALSE;
    }

  self->snapshot_dir = g_steal_pointer (&dir);
  self->snapshot_path = g_steal_pointer (&path);
  return TRUE;
}

static gboolean
open_connection (MvStore  *self,
                 gboolean  read_only,
                 GError  **error)
{
  int rc;

  if (self->snapshot_path != NULL)
    {
      /* Written by nobody: query_only keeps it so. */
      rc = sqlite3_open_v2 (self->snapshot_path, &self->db, SQLITE_OPEN_READWRITE, NULL);
      if (rc == SQLITE_OK)
        sqlite3_exec (self->db, "PRAGMA query_only = ON", NULL, NULL, NULL);
    }
  else if (!read_only)
    {
      rc = sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE, NULL);
    }
  else
    {
      g_autofree char *escaped = g_uri_escape_string (self->path, "/", FALSE);
      g_autofree char *uri = g_strdup_printf ("file:%s?mode=ro", escaped);

      rc = sqlite3_open_v2 (uri, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
      if (rc == SQLITE_OK && sqlite3_exec (self->db, "SELECT count(*) FROM sqlite_schema",
                                           NULL, NULL, NULL) != SQLITE_OK)
        {
          sqlite3_close_v2 (self->db);
          self->db = NULL;
          if (!make_snapshot (self, error))
            return FALSE;
          return open_connection (self, read_only, error);
        }
    }

  if (rc != SQLITE_OK)
    return _mv_store_set_sqlite_error (self, rc, error);

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 5000);

  if (!_mv_store_exec (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;

  return TRUE;
}

/* Opens the connection and registers it. With the registry's lock held,
 * so that the plain look at the header happens only while no connection
 * of this process has the file, and none can open it meanwhile. */
static gboolean
open_file_locked (MvStore  *self,
                  GError  **error)
{
  GStatBuf st;
  gboolean exists;
  gboolean is_new = FALSE;

  exists = g_stat (self->path, &st) == 0;

  if (exists && !S_ISREG (st.st_mode))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_DATABASE,
                   _("“%s” is not a Medvirke file: it is not a regular file"), self->path);
      return FALSE;
    }

  if (!exists)
    {
      if (self->read_only)
        {
          g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                       _("“%s” does not exist"), self->path);
          return FALSE;
        }
      if (!create_empty_file (self->path, error))
        return FALSE;
      self->created = TRUE;
    }
  else if (mv_store_files_has_locked (&st))
    {
      /* Checked when it was first opened; check_schema() asks SQLite. */
      if (!file_is_writable (self->path))
        self->read_only = TRUE;
    }
  else
    {
      if (!check_header (self->path, &is_new, error))
        return FALSE;
      if (!file_is_writable (self->path))
        self->read_only = TRUE;
      if (is_new && self->read_only)
        {
          g_set_error (error, MV_ERROR, MV_ERROR_READ_ONLY,
                       _("“%s” is empty and read-only"), self->path);
          return FALSE;
        }
      /* An empty file is about to hold personal data. */
      if (is_new && g_chmod (self->path, 0600) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, MV_ERROR, MV_ERROR_IO, _("Could not protect “%s”: %s"),
                       self->path, g_strerror (saved_errno));
          return FALSE;
        }
    }

  /* SQLite makes the -wal and -shm files beside the file: in a folder we
   * may not write, only reading works. */
  if (exists && !is_new && !self->read_only && !folder_is_writable (self->path))
    {
      self->read_only = TRUE;
      self->folder_read_only = TRUE;
    }

  if (!open_connection (self, self->read_only, error))
    return FALSE;

  if (g_stat (self->path, &st) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, MV_ERROR, MV_ERROR_IO, _("Could not open “%s”: %s"),
                   self->path, g_strerror (saved_errno));
      return FALSE;
    }
  self->file = mv_store_files_add_locked (self->path, &st);
  return TRUE;
}

/* The file systems where SQLite's WAL cannot work: its index lives in
 * shared memory (the -shm file mapped by every connection), which a second
 * machine – or a FUSE daemon that does not pass mmap through – never
 * shares ("WAL does not work over a network filesystem", sqlite.org/wal.html).
 * The numbers are those of statfs(2). */
static const struct
{
  guint32     magic;
  const char *name;
} network_file_systems[] = {
  { 0x6969, "NFS" },
  { 0x517B, "SMB" },
  { 0xFF534D42, "SMB" },   /* cifs */
  { 0xFE534D42, "SMB" },   /* smb2 */
  { 0x65735546, "FUSE" },  /* sshfs, GNOME's gvfs shares, … */
  { 0x01021997, "9p" },
  { 0x5346414F, "AFS" },
  { 0x00C36400, "Ceph" },
  { 0x73757245, "Coda" },
  { 0x564C, "NCP" },
  { 0x0BD00BD0, "Lustre" },
  { 0x01161970, "GFS2" },
  { 0x7461636F, "OCFS2" },
};

/* What the folder of @path is on, or NULL for a local disk. The tests set
 * MEDVIRKE_TEST_FS_MAGIC (a statfs number in hex) to be on a share. */
static const char *
network_file_system (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  const char *test_magic = g_getenv ("MEDVIRKE_TEST_FS_MAGIC");
  guint64 magic;
  struct statfs st;

  if (test_magic != NULL && g_ascii_string_to_unsigned (test_magic, 16, 0, G_MAXUINT32, &magic,
                                                        NULL))
    ;
  else if (statfs (dir, &st) == 0)
    magic = (guint32) st.f_type;
  else
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (network_file_systems); i++)
    if (network_file_systems[i].magic == magic)
      return network_file_systems[i].name;
  return NULL;
}

/* WAL suits a local disk (DESIGN.md) and is stored in the file. On a
 * share, the rollback journal: slower, but its locks are the file
 * system's own, which a share passes on. Another connection of this
 * machine may still hold the file in WAL; it then stays so until it is
 * the only one. */
static gboolean
set_journal_mode (MvStore  *self,
                  GError  **error)
{
  g_autoptr(GError) local_error = NULL;

  if (self->read_only)
    return TRUE;
  if (self->network_fs == NULL)
    return _mv_store_exec (self, "PRAGMA journal_mode = WAL", error);

  if (!_mv_store_exec (self, "PRAGMA journal_mode = DELETE", &local_error))
    g_debug ("%s stays in WAL mode for now: %s", self->path, local_error->message);
  return TRUE;
}

/* A file whose pages SQLite finds damaged opens read-only, so that no
 * write makes it worse: what can be read can still be read and copied.
 * query_only makes SQLite itself refuse every write on the connection. */
static gboolean
check_damage (MvStore  *self,
              GError  **error)
{
  sqlite3_stmt *stmt;
  gboolean damaged = FALSE;
  int rc;

  if (!(stmt = _mv_store_prepare (self, "PRAGMA quick_check", error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
      damaged = TRUE;
  sqlite3_reset (stmt);

  if ((rc & 0xff) == SQLITE_CORRUPT)
    damaged = TRUE;
  else if (rc != SQLITE_DONE)
    return _mv_store_set_sqlite_error (self, rc, error);

  if (!damaged)
    return TRUE;

  g_debug ("%s fails SQLite’s quick_check; opened read-only", self->path);
  self->damaged = TRUE;
  self->read_only = TRUE;
  return _mv_store_exec (self, "PRAGMA query_only = ON", error);
}

/**
 * mv_store_open:
 * @path: the database file; created with mode 0600 when missing
 *
 * Opens a Medvirke file, creating or updating its schema. A file that is
 * not SQLite, another program's, or from a newer Medvirke is refused and
 * left untouched. A file that may not be written opens read-only. The same
 * file may be open in other stores and processes at the same time; see
 * mv_store_refresh().
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
MvStore *
mv_store_open (const char    *path,
               MvStoreFlags   flags,
               GError       **error)
{
  g_autoptr(MvStore) self = NULL;
  gboolean opened;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (MV_TYPE_STORE, NULL);
  self->path = g_canonicalize_filename (path, NULL);
  self->read_only = (flags & MV_STORE_FLAGS_READ_ONLY) != 0;
  self->network_fs = network_file_system (self->path);

  mv_store_files_lock ();
  opened = open_file_locked (self, error);
  mv_store_files_unlock ();

  if (opened &&
      check_damage (self, error) &&
      check_schema (self, error) &&
      _mv_store_migrate (self, error) &&
      set_journal_mode (self, error) &&
      _mv_store_load (self, error))
    return g_steal_pointer (&self);

  /* A file made by this open and not finished – a full disk, say – is
   * not left behind as an empty or half-made file. */
  if (self->created)
    {
      g_autofree char *made = g_strdup (self->path);

      g_clear_object (&self);
      mv_store_remove_file (made);
    }
  return NULL;
}

/**
 * mv_store_open_connection:
 * @store: an open store
 *
 * Opens another connection to @store's file for a worker thread: SQLite
 * alone opens it, without the header check and the migration that @store
 * did, so that the worker never drops the locks of @store's connection
 * (mv-store-files.c). The new store has lists of its own; may be called
 * from any thread, and is then used on that thread only.
 *
 * Returns: (transfer full): the new store, or %NULL with @error set
 */
MvStore *
mv_store_open_connection (MvStore       *store,
                          MvStoreFlags   flags,
                          GError       **error)
{
  g_autoptr(MvStore) self = NULL;
  GStatBuf st;
  gboolean opened;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (MV_TYPE_STORE, NULL);
  self->path = g_strdup (store->path);
  self->read_only = store->read_only || (flags & MV_STORE_FLAGS_READ_ONLY) != 0;
  self->damaged = store->damaged;
  self->network_fs = store->network_fs;
  /* The snapshot stays @store's, which outlives its workers. */
  self->snapshot_path = g_strdup (store->snapshot_path);

  mv_store_files_lock ();
  opened = open_connection (self, self->read_only, error);
  if (opened && g_stat (self->path, &st) == 0)
    self->file = mv_store_files_add_locked (self->path, &st);
  mv_store_files_unlock ();
  if (!opened)
    return NULL;

  if (!_mv_store_load (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
mv_store_get_path (MvStore *self)
{
  g_return_val_if_fail (MV_IS_STORE (self), NULL);

  return self->path;
}

gboolean
mv_store_get_read_only (MvStore *self)
{
  g_return_val_if_fail (MV_IS_STORE (self), TRUE);

  return self->read_only;
}

/**
 * mv_store_remove_file:
 *
 * Removes the file at @path and SQLite's working files beside it, for a
 * file that was just made and holds nothing worth keeping. No store may
 * have it open.
 */
void
mv_store_remove_file (const char *path)
{
  static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  g_return_if_fail (path != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      g_unlink (name);
    }
}

/**
 * mv_store_get_damaged:
 *
 * Whether SQLite found the file's pages damaged when it was opened; such a
 * file is open read-only (mv_store_get_read_only()), and
 * `medvirke-cli check` says what is wrong.
 */
gboolean
mv_store_get_damaged (MvStore *self)
{
  g_return_val_if_fail (MV_IS_STORE (self), FALSE);

  return self->damaged;
}

/**
 * mv_store_get_network_fs:
 *
 * The file system of a file on a network share or a FUSE mount (“NFS”,
 * “SMB”, “FUSE”, …): such a file is not in WAL mode, whose shared memory
 * does not reach across machines, and is better copied to this computer.
 *
 * Returns: (nullable): the file system's name, or %NULL on a local disk
 */
const char *
mv_store_get_network_fs (MvStore *self)
{
  g_return_val_if_fail (MV_IS_STORE (self), NULL);

  return self->network_fs;
}

struct sqlite3_stmt *
mv_store_prepare (MvStore     *self,
                  const char  *sql,
                  GError     **error)
{
  g_return_val_if_fail (MV_IS_STORE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  return _mv_store_prepare (self, sql, error);
}

gboolean
mv_store_set_sqlite_error (MvStore  *self,
                           int       rc,
                           GError  **error)
{
  g_return_val_if_fail (MV_IS_STORE (self), FALSE);

  return _mv_store_set_sqlite_error (self, rc, error);
}

