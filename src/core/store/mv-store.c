/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gobject/gvaluecollector.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mv-agenda-item.h"
#include "mv-attendance.h"
#include "mv-council.h"
#include "mv-document.h"
#include "mv-error.h"
#include "mv-fixed-item.h"
#include "mv-meeting.h"
#include "mv-member-user-group.h"
#include "mv-member.h"
#include "mv-organisation.h"
#include "mv-sample-content.h"
#include "mv-schema.h"
#include "mv-store-files.h"
#include "mv-store.h"
#include "mv-training.h"
#include "mv-user-group.h"

#define SQLITE_HEADER "SQLite format 3"
#define BLOB_CHUNK (1024 * 1024)

struct _MvStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  GHashTable *statements;  /* SQL text → sqlite3_stmt */
  GHashTable *models;      /* GType → GListStore */
  GHashTable *indexes;     /* GType → (id → MvRecord) */
  GHashTable *deleted;     /* id → MvRecord, soft-deleted this session */
  GPtrArray  *vanished;    /* of MvRecord: removed for good by another connection */
  MvStoreFile *file;       /* this connection's entry in the registry of open files */
  gint64      data_version;  /* PRAGMA data_version when the lists were last read */

  guint       read_only : 1;
  guint       in_batch : 1;
};

G_DEFINE_FINAL_TYPE (MvStore, mv_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Parents before children, the order in which rows are loaded. */
static GType
record_type (guint i)
{
  switch (i)
    {
    case 0: return MV_TYPE_COUNCIL;
    case 1: return MV_TYPE_FIXED_ITEM;
    case 2: return MV_TYPE_ORGANISATION;
    case 3: return MV_TYPE_USER_GROUP;
    case 4: return MV_TYPE_MEMBER;
    case 5: return MV_TYPE_MEMBER_USER_GROUP;
    case 6: return MV_TYPE_TRAINING;
    case 7: return MV_TYPE_MEETING;
    case 8: return MV_TYPE_AGENDA_ITEM;
    case 9: return MV_TYPE_DOCUMENT;
    case 10: return MV_TYPE_ATTENDANCE;
    default: return G_TYPE_INVALID;
    }
}

static char *
now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static char *
column_name (GParamSpec *pspec)
{
  char *name = g_strdup (pspec->name);

  g_strdelimit (name, "-", '_');
  return name;
}

static gboolean
set_sqlite_error (MvStore  *self,
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

static gboolean
check_writable (MvStore  *self,
                GError  **error)
{
  if (!self->read_only)
    return TRUE;

  g_set_error (error, MV_ERROR, MV_ERROR_READ_ONLY,
               _("“%s” is open read-only; the change was not saved"), self->path);
  return FALSE;
}

static gboolean
exec (MvStore     *self,
      const char  *sql,
      GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return set_sqlite_error (self, rc, error);
  return TRUE;
}

/* Statements are prepared once per store and kept; the SQL text is the key. */
static sqlite3_stmt *
prepare (MvStore     *self,
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
      set_sqlite_error (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

static int
step_done (sqlite3_stmt *stmt)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || rc == SQLITE_ROW ? SQLITE_OK : rc;
}

static void
bind_value (sqlite3_stmt *stmt,
            int           index,
            const GValue *value)
{
  GType type = G_VALUE_TYPE (value);

  if (type == G_TYPE_STRING)
    {
      const char *s = g_value_get_string (value);

      if (s == NULL)
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_text (stmt, index, s, -1, SQLITE_TRANSIENT);
    }
  else if (type == G_TYPE_INT)
    sqlite3_bind_int (stmt, index, g_value_get_int (value));
  else if (type == G_TYPE_INT64)
    sqlite3_bind_int64 (stmt, index, g_value_get_int64 (value));
  else if (type == G_TYPE_BOOLEAN)
    sqlite3_bind_int (stmt, index, g_value_get_boolean (value) ? 1 : 0);
  else if (G_TYPE_IS_ENUM (type))
    sqlite3_bind_text (stmt, index, mv_enum_to_nick (type, g_value_get_enum (value)), -1,
                       SQLITE_STATIC);
  else
    g_assert_not_reached ();
}

static void
read_value (sqlite3_stmt *stmt,
            int           column,
            GParamSpec   *pspec,
            GValue       *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_value_init (value, type);

  if (type == G_TYPE_STRING)
    g_value_set_string (value, (const char *) sqlite3_column_text (stmt, column));
  else if (type == G_TYPE_INT)
    g_value_set_int (value, sqlite3_column_int (stmt, column));
  else if (type == G_TYPE_INT64)
    g_value_set_int64 (value, sqlite3_column_int64 (stmt, column));
  else if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, sqlite3_column_int (stmt, column) != 0);
  else if (G_TYPE_IS_ENUM (type))
    {
      int v;

      /* A value this build does not know falls back to the default. */
      if (mv_enum_from_nick (type, (const char *) sqlite3_column_text (stmt, column), &v))
        g_value_set_enum (value, v);
      else
        g_param_value_set_default (pspec, value);
    }
  else
    g_assert_not_reached ();
}

/* All column pspecs of a record class: id, the timestamps, then its own. */
static GPtrArray *
class_columns (GType type)
{
  MvRecordClass *klass = g_type_class_ref (type);
  GObjectClass *base = g_type_class_peek (MV_TYPE_RECORD);
  GPtrArray *columns = g_ptr_array_new ();
  static const char *base_names[] = { "id", "created-at", "updated-at", "deleted-at" };

  for (guint i = 0; i < G_N_ELEMENTS (base_names); i++)
    g_ptr_array_add (columns, g_object_class_find_property (base, base_names[i]));
  for (guint i = 0; i < klass->n_columns; i++)
    g_ptr_array_add (columns, klass->columns[i]);

  g_type_class_unref (klass);
  return columns;
}

static char *
select_sql (GType type)
{
  g_autoptr(GPtrArray) columns = class_columns (type);
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  MvRecordClass *klass = g_type_class_peek (type);

  for (guint i = 0; i < columns->len; i++)
    {
      g_autofree char *name = column_name (g_ptr_array_index (columns, i));

      g_string_append_printf (sql, "%s%s", i ? ", " : "", name);
    }
  g_string_append_printf (sql, " FROM %s WHERE deleted_at IS NULL ORDER BY rowid", klass->table);
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

static GHashTable *
index_for (MvStore *self,
           GType    type)
{
  return g_hash_table_lookup (self->indexes, GSIZE_TO_POINTER (type));
}

static GListStore *
model_for (MvStore *self,
           GType    type)
{
  return g_hash_table_lookup (self->models, GSIZE_TO_POINTER (type));
}

static void
record_set_from_row (MvRecord     *record,
                     sqlite3_stmt *stmt,
                     GPtrArray    *columns)
{
  g_object_freeze_notify (G_OBJECT (record));
  for (guint i = 0; i < columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (columns, i);
      g_auto(GValue) value = G_VALUE_INIT;

      read_value (stmt, i, pspec, &value);
      g_object_set_property (G_OBJECT (record), pspec->name, &value);
    }
  g_object_thaw_notify (G_OBJECT (record));
}

static gboolean
store_equal_id (gconstpointer a,
                gconstpointer b)
{
  return g_strcmp0 (mv_record_get_id ((MvRecord *) a), mv_record_get_id ((MvRecord *) b)) == 0;
}

/* A record that left its list because another connection removed it (or a
 * rollback took its row away) says so: code that still holds it sees it as
 * deleted, and a soft-deleted one comes back as the same object when it is
 * restored. */
static void
mark_vanished (MvStore  *self,
               MvRecord *record)
{
  MvRecordClass *klass = MV_RECORD_GET_CLASS (record);
  g_autofree char *sql = g_strdup_printf ("SELECT deleted_at FROM %s WHERE id = ?", klass->table);
  g_autofree char *deleted_at = NULL;
  sqlite3_stmt *stmt;

  if (mv_record_is_deleted (record))
    return;

  if ((stmt = prepare (self, sql, NULL)) != NULL)
    {
      sqlite3_bind_text (stmt, 1, mv_record_get_id (record), -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
        deleted_at = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }

  /* Kept alive either way: a caller may hold it without a reference of its
   * own, as the lists' objects are handed out (transfer none). */
  if (deleted_at != NULL)
    g_hash_table_insert (self->deleted, g_strdup (mv_record_get_id (record)),
                         g_object_ref (record));
  else
    {
      g_ptr_array_add (self->vanished, g_object_ref (record));
      deleted_at = now_utc ();
    }

  g_object_set (record, "deleted-at", deleted_at, NULL);
}

/* Brings the in-memory list of @type in line with the file: rows changed
 * elsewhere (a cascade, a rolled-back batch) update the same objects, so
 * views keep their selection. */
static gboolean
sync_type (MvStore  *self,
           GType     type,
           GError  **error)
{
  g_autoptr(GPtrArray) columns = class_columns (type);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *sql = select_sql (type);
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *model = model_for (self, type);
  GHashTable *index = index_for (self, type);
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = prepare (self, sql, error)))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      MvRecord *record = g_hash_table_lookup (index, id);

      if (record == NULL)
        {
          /* A soft delete undone by a rollback brings back the same object. */
          record = g_hash_table_lookup (self->deleted, id);
          if (record != NULL && G_OBJECT_TYPE (record) == type)
            {
              g_object_ref (record);
              g_hash_table_remove (self->deleted, id);
            }
          else
            record = g_object_new (type, NULL);
          record_set_from_row (record, stmt, columns);
          g_hash_table_insert (index, (gpointer) mv_record_get_id (record), record);
          g_ptr_array_add (added, record);
        }
      else
        record_set_from_row (record, stmt, columns);

      g_hash_table_add (seen, (gpointer) mv_record_get_id (record));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return set_sqlite_error (self, rc, error);

  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (model)); i > 0; i--)
    {
      g_autoptr(MvRecord) record = g_list_model_get_item (G_LIST_MODEL (model), i - 1);

      if (!g_hash_table_contains (seen, mv_record_get_id (record)))
        {
          g_hash_table_remove (index, mv_record_get_id (record));
          g_list_store_remove (model, i - 1);
          mark_vanished (self, record);
        }
    }

  if (added->len > 0)
    g_list_store_splice (model, g_list_model_get_n_items (G_LIST_MODEL (model)), 0,
                         added->pdata, added->len);
  return TRUE;
}

static gboolean
sync_all (MvStore  *self,
          GError  **error)
{
  for (guint i = 0; record_type (i) != G_TYPE_INVALID; i++)
    if (!sync_type (self, record_type (i), error))
      return FALSE;
  return TRUE;
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

  for (guint i = 0; record_type (i) != G_TYPE_INVALID; i++)
    {
      GType type = record_type (i);

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
  ssize_t n;
  int fd;

  *is_new = FALSE;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, MV_ERROR, MV_ERROR_IO, _("Could not open “%s”: %s"),
                   path, g_strerror (saved_errno));
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

  if (read_be32 (header + 60) > MV_SCHEMA_VERSION)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_TOO_NEW,
                   _("“%s” was made by a newer version of Medvirke; update Medvirke to open it"),
                   path);
      return FALSE;
    }

  return TRUE;
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

static gboolean
seed_user_groups (MvStore  *self,
                  GError  **error)
{
  for (guint i = 0; mv_sample_user_groups[i] != NULL; i++)
    {
      g_autoptr(MvRecord) group = g_object_new (MV_TYPE_USER_GROUP,
                                                "name", mv_sample_user_groups[i],
                                                "position", i,
                                                NULL);

      if (!mv_store_insert (self, group, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_pragma_int (MvStore     *self,
                 const char  *sql,
                 gint64      *value,
                 GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = prepare (self, sql, error)))
    return FALSE;
  rc = sqlite3_step (stmt);
  *value = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return set_sqlite_error (self, rc, error);
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

  if (!read_pragma_int (self, "PRAGMA application_id", &application_id, error) ||
      !read_pragma_int (self, "PRAGMA user_version", &version, error) ||
      !read_pragma_int (self, "SELECT count(*) FROM sqlite_schema", &n_tables, error))
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

  return TRUE;
}

static gboolean
migrate (MvStore  *self,
         GError  **error)
{
  g_autofree char *sql = NULL;
  gint64 version, n_tables;

  if (!read_pragma_int (self, "PRAGMA user_version", &version, error))
    return FALSE;

  if (version == MV_SCHEMA_VERSION)
    return TRUE;

  if (self->read_only)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_READ_ONLY,
                   _("“%s” is from an older version of Medvirke and must be updated, "
                     "but it is read-only"), self->path);
      return FALSE;
    }

  /* page_size only takes effect before the first table; WAL after it. */
  if (!read_pragma_int (self, "SELECT count(*) FROM sqlite_schema", &n_tables, error))
    return FALSE;
  if (n_tables == 0 && !exec (self, "PRAGMA page_size = 8192", error))
    return FALSE;

  if (!exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  /* Another connection may have updated the file while this one waited. */
  if (!read_pragma_int (self, "PRAGMA user_version", &version, error))
    goto failed;
  if (version > MV_SCHEMA_VERSION)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_TOO_NEW,
                   _("“%s” was made by a newer version of Medvirke; update Medvirke to open it"),
                   self->path);
      goto failed;
    }
  if (version == MV_SCHEMA_VERSION)
    return exec (self, "COMMIT", error);

  if (version < 1)
    {
      if (!exec (self, mv_schema_1, error) || !seed_user_groups (self, error))
        goto failed;
    }

  sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d",
                         MV_APPLICATION_ID, MV_SCHEMA_VERSION);
  if (!exec (self, sql, error) || !exec (self, "COMMIT", error))
    goto failed;

  return TRUE;

failed:
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

static gboolean
open_connection (MvStore  *self,
                 gboolean  read_only,
                 GError  **error)
{
  g_autofree char *uri = NULL;
  g_autoptr(GError) local_error = NULL;
  int rc;

  if (!read_only)
    {
      rc = sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE, NULL);
    }
  else
    {
      g_autofree char *escaped = g_uri_escape_string (self->path, "/", FALSE);

      uri = g_strdup_printf ("file:%s?mode=ro", escaped);
      rc = sqlite3_open_v2 (uri, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
      /* A WAL file in a folder we may not write cannot get its -shm file;
       * nobody else writes a read-only file, so read it as immutable. */
      if (rc == SQLITE_OK && sqlite3_exec (self->db, "SELECT count(*) FROM sqlite_schema",
                                           NULL, NULL, NULL) != SQLITE_OK)
        {
          sqlite3_close_v2 (self->db);
          g_free (uri);
          uri = g_strdup_printf ("file:%s?immutable=1", escaped);
          rc = sqlite3_open_v2 (uri, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
        }
    }

  if (rc != SQLITE_OK)
    return set_sqlite_error (self, rc, error);

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 5000);

  if (!exec (self, "PRAGMA foreign_keys = ON", error))
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

/* The lists, read for the first time, and the data version they show. */
static gboolean
load (MvStore  *self,
      GError  **error)
{
  return read_pragma_int (self, "PRAGMA data_version", &self->data_version, error) &&
         sync_all (self, error);
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

  mv_store_files_lock ();
  opened = open_file_locked (self, error);
  mv_store_files_unlock ();
  if (!opened)
    return NULL;

  if (!check_schema (self, error) || !migrate (self, error))
    return NULL;

  /* WAL suits a local disk (DESIGN.md); it is stored in the file. */
  if (!self->read_only && !exec (self, "PRAGMA journal_mode = WAL", error))
    return NULL;

  if (!load (self, error))
    return NULL;

  return g_steal_pointer (&self);
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

  mv_store_files_lock ();
  opened = open_connection (self, self->read_only, error);
  if (opened && g_stat (self->path, &st) == 0)
    self->file = mv_store_files_add_locked (self->path, &st);
  mv_store_files_unlock ();
  if (!opened)
    return NULL;

  if (!load (self, error))
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
 * mv_store_is_empty:
 *
 * Returns: %TRUE when the file holds no council yet
 */
gboolean
mv_store_is_empty (MvStore *self)
{
  g_return_val_if_fail (MV_IS_STORE (self), TRUE);

  return g_list_model_get_n_items (G_LIST_MODEL (model_for (self, MV_TYPE_COUNCIL))) == 0;
}

/**
 * mv_store_get_model:
 *
 * Returns: (transfer none): the live list of @record_type
 */
GListModel *
mv_store_get_model (MvStore *self,
                    GType    record_type)
{
  GListStore *model;

  g_return_val_if_fail (MV_IS_STORE (self), NULL);

  model = model_for (self, record_type);
  g_return_val_if_fail (model != NULL, NULL);

  return G_LIST_MODEL (model);
}

/**
 * mv_store_reload:
 *
 * Reads the records of @record_type again, after another connection (a
 * worker's) wrote to the file: new rows join the live list, changed ones
 * update the same objects.
 */
gboolean
mv_store_reload (MvStore  *self,
                 GType     record_type,
                 GError  **error)
{
  g_return_val_if_fail (MV_IS_STORE (self), FALSE);
  g_return_val_if_fail (model_for (self, record_type) != NULL, FALSE);

  return sync_type (self, record_type, error);
}

static gboolean
refresh (MvStore   *self,
         gboolean  *changed,
         GError   **error)
{
  gint64 version;

  if (changed != NULL)
    *changed = FALSE;

  if (!read_pragma_int (self, "PRAGMA data_version", &version, error))
    return FALSE;
  if (version == self->data_version)
    return TRUE;

  if (!sync_all (self, error))
    return FALSE;
  self->data_version = version;
  if (changed != NULL)
    *changed = TRUE;
  return TRUE;
}

/**
 * mv_store_refresh:
 * @changed: (out) (optional): whether another connection had written
 *
 * Brings the lists in line with the file when another connection has
 * written it since this store last looked: another process (medvirke-cli,
 * a second window), or a worker of this one. Rows added elsewhere join the
 * lists, changed ones update the same objects, removed ones leave. Costs
 * one PRAGMA when nothing changed, so a window may call it often. Does
 * nothing inside mv_store_begin() … mv_store_commit(), which refreshes at
 * its start.
 */
gboolean
mv_store_refresh (MvStore   *self,
                  gboolean  *changed,
                  GError   **error)
{
  g_return_val_if_fail (MV_IS_STORE (self), FALSE);

  if (changed != NULL)
    *changed = FALSE;
  if (self->in_batch)
    return TRUE;

  return refresh (self, changed, error);
}

/**
 * mv_store_lookup:
 *
 * Returns: (transfer none) (nullable): the record with @id, if not deleted
 */
gpointer
mv_store_lookup (MvStore    *self,
                 GType       record_type,
                 const char *id)
{
  GHashTable *index;

  g_return_val_if_fail (MV_IS_STORE (self), NULL);

  if (id == NULL)
    return NULL;

  index = index_for (self, record_type);
  g_return_val_if_fail (index != NULL, NULL);

  return g_hash_table_lookup (index, id);
}

/**
 * mv_store_lookup_deleted:
 *
 * A soft-deleted record, read from the file when this store has not seen
 * it deleted, so that mv_store_restore() can bring it back: what
 * "medvirke-cli restore ID" finds.
 *
 * Returns: (transfer none) (nullable): the record with @id, if it is
 *   deleted and not removed for good
 */
gpointer
mv_store_lookup_deleted (MvStore    *self,
                         GType       record_type,
                         const char *id)
{
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(GString) sql = NULL;
  MvRecordClass *klass;
  MvRecord *record;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MV_IS_STORE (self), NULL);
  g_return_val_if_fail (model_for (self, record_type) != NULL, NULL);

  if (id == NULL)
    return NULL;

  record = g_hash_table_lookup (self->deleted, id);
  if (record != NULL)
    return G_OBJECT_TYPE (record) == record_type ? record : NULL;

  klass = g_type_class_peek (record_type);
  columns = class_columns (record_type);
  sql = g_string_new ("SELECT ");
  for (guint i = 0; i < columns->len; i++)
    {
      g_autofree char *name = column_name (g_ptr_array_index (columns, i));

      g_string_append_printf (sql, "%s%s", i ? ", " : "", name);
    }
  g_string_append_printf (sql, " FROM %s WHERE id = ? AND deleted_at IS NOT NULL", klass->table);

  if (!(stmt = prepare (self, sql->str, NULL)))
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      record = g_object_new (record_type, NULL);
      record_set_from_row (record, stmt, columns);
      /* The table of deleted records holds it, as for one deleted here. */
      g_hash_table_insert (self->deleted, g_strdup (id), record);
    }
  sqlite3_reset (stmt);

  return record;
}

static char *
insert_sql (GType      type,
            GPtrArray *columns)
{
  MvRecordClass *klass = g_type_class_peek (type);
  g_autoptr(GString) sql = g_string_new (NULL);

  g_string_append_printf (sql, "INSERT INTO %s (", klass->table);
  for (guint i = 0; i < columns->len; i++)
    {
      g_autofree char *name = column_name (g_ptr_array_index (columns, i));

      g_string_append_printf (sql, "%s%s", i ? ", " : "", name);
    }
  g_string_append (sql, ") VALUES (");
  for (guint i = 0; i < columns->len; i++)
    g_string_append (sql, i ? ", ?" : "?");
  g_string_append (sql, ")");

  return g_string_free (g_steal_pointer (&sql), FALSE);
}

/**
 * mv_store_insert:
 * @record: a new record; it gets an id and timestamps
 *
 * Writes a new record and adds it to its list.
 */
gboolean
mv_store_insert (MvStore   *self,
                 gpointer   record,
                 GError   **error)
{
  GType type = G_OBJECT_TYPE (record);
  g_autoptr(GPtrArray) columns = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *now = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MV_IS_STORE (self), FALSE);
  g_return_val_if_fail (MV_IS_RECORD (record), FALSE);
  g_return_val_if_fail (model_for (self, type) != NULL, FALSE);

  if (!check_writable (self, error))
    return FALSE;

  if (mv_record_get_id (record) == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      g_object_set (record, "id", uuid, NULL);
    }
  now = now_utc ();
  g_object_set (record, "created-at", now, "updated-at", now, "deleted-at", NULL, NULL);

  columns = class_columns (type);
  sql = insert_sql (type, columns);
  if (!(stmt = prepare (self, sql, error)))
    return FALSE;

  for (guint i = 0; i < columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (columns, i);
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (G_OBJECT (record), pspec->name, &value);
      bind_value (stmt, i + 1, &value);
    }

  if ((rc = step_done (stmt)) != SQLITE_OK)
    return set_sqlite_error (self, rc, error);

  /* The index holds no reference of its own; the list does. */
  g_hash_table_insert (index_for (self, type), (gpointer) mv_record_get_id (record), record);
  g_list_store_append (model_for (self, type), record);
  return TRUE;
}

static gboolean
is_column (GType       type,
           GParamSpec *pspec)
{
  return pspec != NULL && pspec->owner_type == type && (pspec->flags & MV_PARAM_COLUMN) != 0;
}

static gboolean
update_columns (MvStore     *self,
                MvRecord    *record,
                GParamSpec **pspecs,
                GValue      *values,
                guint        n_values,
                GError     **error)
{
  MvRecordClass *klass = MV_RECORD_GET_CLASS (record);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autofree char *now = now_utc ();
  sqlite3_stmt *stmt;
  int rc;

  if (!check_writable (self, error))
    return FALSE;

  g_string_append_printf (sql, "UPDATE %s SET ", klass->table);
  for (guint i = 0; i < n_values; i++)
    {
      g_autofree char *name = column_name (pspecs[i]);

      g_string_append_printf (sql, "%s = ?, ", name);
    }
  g_string_append (sql, "updated_at = ? WHERE id = ?");

  if (!(stmt = prepare (self, sql->str, error)))
    return FALSE;

  for (guint i = 0; i < n_values; i++)
    bind_value (stmt, i + 1, &values[i]);
  sqlite3_bind_text (stmt, n_values + 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, n_values + 2, mv_record_get_id (record), -1, SQLITE_TRANSIENT);

  if ((rc = step_done (stmt)) != SQLITE_OK)
    return set_sqlite_error (self, rc, error);

  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                   _("The record was not found in “%s”; it may have been removed"), self->path);
      return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (record));
  for (guint i = 0; i < n_values; i++)
    g_object_set_property (G_OBJECT (record), pspecs[i]->name, &values[i]);
  g_object_set (record, "updated-at", now, NULL);
  g_object_thaw_notify (G_OBJECT (record));

  return TRUE;
}

/**
 * mv_store_set:
 * @first_property: the first column property, followed by its value, then
 *   more pairs, ended by %NULL – as g_object_set()
 *
 * Writes the values to the file, then sets them on @record (which notifies).
 * On failure the record keeps its old values.
 */
gboolean
mv_store_set (MvStore     *self,
              gpointer     record,
              GError     **error,
              const char  *first_property,
              ...)
{
  GType type = G_OBJECT_TYPE (record);
  GObjectClass *klass = G_OBJECT_GET_CLASS (record);
  GParamSpec *pspecs[64];
  GValue values[64] = { G_VALUE_INIT };
  const char *name = first_property;
  guint n = 0;
  gboolean ret = FALSE;
  va_list args;

  g_return_val_if_fail (MV_IS_STORE (self), FALSE);
  g_return_val_if_fail (MV_IS_RECORD (record), FALSE);

  va_start (args, first_property);
  while (name != NULL)
    {
      GParamSpec *pspec = g_object_class_find_property (klass, name);
      g_autofree char *collect_error = NULL;

      if (!is_column (type, pspec) || n == G_N_ELEMENTS (pspecs))
        {
          g_critical ("%s: “%s” is not a column of %s", G_STRFUNC, name, G_OBJECT_TYPE_NAME (record));
          goto out;
        }

      G_VALUE_COLLECT_INIT (&values[n], pspec->value_type, args, 0, &collect_error);
      if (collect_error != NULL)
        {
          g_critical ("%s: %s", G_STRFUNC, collect_error);
          goto out;
        }
      pspecs[n++] = pspec;
      name = va_arg (args, const char *);
    }

  ret = n == 0 || update_columns (self, record, pspecs, values, n, error);

out:
  va_end (args);
  for (guint i = 0; i < n; i++)
    g_value_unset (&values[i]);
  return ret;
}

gboolean
mv_store_set_value (MvStore       *self,
                    gpointer       record,
                    const char    *property,
                    const GValue  *value,
                    GError       **error)
{
  GParamSpec *pspec;
  g_auto(GValue) converted = G_VALUE_INIT;

  g_return_val_if_fail (MV_IS_STORE (self), FALSE);
  g_return_val_if_fail (MV_IS_RECORD (record), FALSE);
  g_return_val_if_fail (property != NULL, FALSE);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), property);
  g_return_val_if_fail (is_column (G_OBJECT_TYPE (record), pspec), FALSE);

  g_value_init (&converted, pspec->value_type);
  if (!g_value_transform (value, &converted))
    g_return_val_if_reached (FALSE);

  return update_columns (self, record, &pspec, &converted, 1, error);
}

/**
 * mv_store_update_from:
 * @source: a record of the same type, not in the store, holding the values
 *   wanted
 *
 * Writes every column of @source that differs from @record's into @record
 * in one UPDATE – one statement, so that checks over two columns (a term's
 * end after its start) see the new values together. Writes nothing when
 * nothing differs.
 */
gboolean
mv_store_update_from (MvStore   *self,
                      gpointer   record,
                      gpointer   source,
                      GError   **error)
{
  MvRecordClass *klass;
  GParamSpec *pspecs[64];
  GValue values[64] = { G_VALUE_INIT };
  guint n = 0;
  gboolean ret;

  g_return_val_if_fail (MV_IS_STORE (self), FALSE);
  g_return_val_if_fail (MV_IS_RECORD (record), FALSE);
  g_return_val_if_fail (G_OBJECT_TYPE (source) == G_OBJECT_TYPE (record), FALSE);

  klass = MV_RECORD_GET_CLASS (record);
  g_return_val_if_fail (klass->n_columns <= G_N_ELEMENTS (pspecs), FALSE);

  for (guint i = 0; i < klass->n_columns; i++)
    {
      GParamSpec *pspec = klass->columns[i];
      const GValue *wanted = mv_record_peek (source, pspec);

      if (g_param_values_cmp (pspec, mv_record_peek (record, pspec), wanted) == 0)
        continue;
      g_value_init (&values[n], pspec->value_type);
      g_value_copy (wanted, &values[n]);
      pspecs[n++] = pspec;
    }

  ret = n == 0 || update_columns (self, record, pspecs, values, n, error);
  for (guint i = 0; i < n; i++)
    g_value_unset (&values[i]);
  return ret;
}

static gboolean
set_deleted_at (MvStore     *self,
                MvRecord    *record,
                const char  *deleted_at,
                GError     **error)
{
  MvRecordClass *klass = MV_RECORD_GET_CLASS (record);
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET deleted_at = ?, updated_at = ? WHERE id = ?",
                                          klass->table);
  g_autofree char *now = now_utc ();
  sqlite3_stmt *stmt;
  int rc;

  if (!check_writable (self, error))
    return FALSE;
  if (!(stmt = prepare (self, sql, error)))
    return FALSE;

  if (deleted_at != NULL)
    sqlite3_bind_text (stmt, 1, deleted_at, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, mv_record_get_id (record), -1, SQLITE_TRANSIENT);

  if ((rc = step_done (stmt)) != SQLITE_OK)
    return set_sqlite_error (self, rc, error);
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                   _("The record was not found in “%s”; it may have been removed for good"),
                   self->path);
      return FALSE;
    }

  g_object_set (record, "deleted-at", deleted_at, "updated-at", now, NULL);
  return TRUE;
}

static void
remove_from_model (MvStore  *self,
                   MvRecord *record)
{
  GType type = G_OBJECT_TYPE (record);
  guint position;

  g_hash_table_remove (index_for (self, type), mv_record_get_id (record));
  if (g_list_store_find_with_equal_func (model_for (self, type), record, store_equal_id, &position))
    g_list_store_remove (model_for (self, type), position);
}

/**
 * mv_store_delete:
 *
 * Soft delete: the record leaves its list but stays in the file, so that
 * mv_store_restore() can bring it back (Undo) until mv_store_purge().
 */
gboolean
mv_store_delete (MvStore   *self,
                 gpointer   record,
                 GError   **error)
{
  g_autofree char *now = now_utc ();

  g_return_val_if_fail (MV_IS_STORE (self), FALSE);
  g_return_val_if_fail (MV_IS_RECORD (record), FALSE);

  if (mv_record_is_deleted (record))
    return TRUE;

  if (!set_deleted_at (self, record, now, error))
    return FALSE;

  g_hash_table_insert (self->deleted, g_strdup (mv_record_get_id (record)), g_object_ref (record));
  remove_from_model (self, record);
  return TRUE;
}

gboolean
mv_store_restore (MvStore   *self,
                  gpointer   record,
                  GError   **error)
{
  GType type = G_OBJECT_TYPE (record);

  g_return_val_if_fail (MV_IS_STORE (self), FALSE);
  g_return_val_if_fail (MV_IS_RECORD (record), FALSE);

  if (!mv_record_is_deleted (record))
    return TRUE;

  if (!set_deleted_at (self, record, NULL, error))
    return FALSE;

  g_hash_table_insert (index_for (self, type), (gpointer) mv_record_get_id (record), record);
  g_list_store_append (model_for (self, type), record);
  g_hash_table_remove (self->deleted, mv_record_get_id (record));
  return TRUE;
}

/**
 * mv_store_purge:
 *
 * Removes a record for good, with what depends on it (the foreign keys'
 * cascades), and the document bytes nothing refers to any more.
 */
gboolean
mv_store_purge (MvStore   *self,
                gpointer   record,
                GError   **error)
{
  g_autoptr(MvRecord) keep = g_object_ref (record);
  MvRecordClass *klass = MV_RECORD_GET_CLASS (record);
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?", klass->table);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MV_IS_STORE (self), FALSE);
  g_return_val_if_fail (MV_IS_RECORD (record), FALSE);

  if (!check_writable (self, error))
    return FALSE;
  if (!exec (self, "SAVEPOINT purge", error))
    return FALSE;
  if (!(stmt = prepare (self, sql, error)))
    goto failed;

  sqlite3_bind_text (stmt, 1, mv_record_get_id (record), -1, SQLITE_TRANSIENT);
  if ((rc = step_done (stmt)) != SQLITE_OK)
    {
      set_sqlite_error (self, rc, error);
      goto failed;
    }

  if (!exec (self, "DELETE FROM document_blobs WHERE sha256 NOT IN (SELECT sha256 FROM documents)",
             error) ||
      !exec (self, "RELEASE purge", error))
    goto failed;

  g_hash_table_remove (self->deleted, mv_record_get_id (record));
  remove_from_model (self, record);

  return sync_all (self, error);

failed:
  sqlite3_exec (self->db, "ROLLBACK TO purge; RELEASE purge", NULL, NULL, NULL);
  return FALSE;
}

gboolean
mv_store_begin (MvStore  *self,
                GError  **error)
{
  g_return_val_if_fail (MV_IS_STORE (self), FALSE);
  g_return_val_if_fail (!self->in_batch, FALSE);

  if (!check_writable (self, error) || !exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  /* The write lock is held from here: what another process wrote before it
   * is read now, so that positions and numbers computed from the lists in
   * this batch are computed from the file as it is. */
  if (!refresh (self, NULL, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  self->in_batch = TRUE;
  return TRUE;
}

gboolean
mv_store_commit (MvStore  *self,
                 GError  **error)
{
  g_return_val_if_fail (MV_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->in_batch, FALSE);

  if (!exec (self, "COMMIT", error))
    {
      mv_store_rollback (self);
      return FALSE;
    }

  self->in_batch = FALSE;
  return TRUE;
}

/* Undoes the batch in the file and brings the lists back in line with it. */
void
mv_store_rollback (MvStore *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (MV_IS_STORE (self));

  if (!self->in_batch)
    return;

  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->in_batch = FALSE;

  if (!sync_all (self, &error))
    g_warning ("Could not reload “%s” after a rollback: %s", self->path, error->message);
}

void
mv_document_info_free (MvDocumentInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->title);
  g_clear_pointer (&info->page_texts, g_ptr_array_unref);
  g_free (info);
}

static gboolean
write_blob (MvStore  *self,
            GBytes   *bytes,
            const char *sha256,
            GError  **error)
{
  gsize size = g_bytes_get_size (bytes);
  const guint8 *data = g_bytes_get_data (bytes, NULL);
  g_autofree char *now = now_utc ();
  sqlite3_stmt *stmt;
  sqlite3_blob *blob = NULL;
  int rc;

  if (!(stmt = prepare (self, "INSERT OR IGNORE INTO document_blobs (sha256, size, data, created_at) "
                              "VALUES (?, ?, zeroblob(?), ?)", error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, sha256, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, size);
  sqlite3_bind_int64 (stmt, 3, size);
  sqlite3_bind_text (stmt, 4, now, -1, SQLITE_TRANSIENT);
  if ((rc = step_done (stmt)) != SQLITE_OK)
    return set_sqlite_error (self, rc, error);

  /* The same bytes are stored once. */
  if (sqlite3_changes (self->db) == 0)
    return TRUE;

  /* Written in chunks through incremental blob I/O, so that SQLite does not
   * hold a second copy of a large file. */
  rc = sqlite3_blob_open (self->db, "main", "document_blobs", "data",
                          sqlite3_last_insert_rowid (self->db), 1, &blob);
  if (rc != SQLITE_OK)
    return set_sqlite_error (self, rc, error);

  for (gsize offset = 0; offset < size && rc == SQLITE_OK; offset += BLOB_CHUNK)
    rc = sqlite3_blob_write (blob, data + offset, (int) MIN (BLOB_CHUNK, size - offset), offset);

  sqlite3_blob_close (blob);
  if (rc != SQLITE_OK)
    return set_sqlite_error (self, rc, error);

  return TRUE;
}

static gboolean
write_pages (MvStore              *self,
             MvRecord             *document,
             const MvDocumentInfo *info,
             GError              **error)
{
  sqlite3_stmt *stmt;

  if (info == NULL || info->page_texts == NULL)
    return TRUE;

  if (!(stmt = prepare (self, "INSERT INTO document_pages (document_id, page, text) VALUES (?, ?, ?)",
                        error)))
    return FALSE;

  for (guint i = 0; i < info->page_texts->len; i++)
    {
      int rc;

      sqlite3_bind_text (stmt, 1, mv_record_get_id (document), -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 2, i + 1);
      sqlite3_bind_text (stmt, 3, g_ptr_array_index (info->page_texts, i), -1, SQLITE_TRANSIENT);
      if ((rc = step_done (stmt)) != SQLITE_OK)
        return set_sqlite_error (self, rc, error);
    }

  return TRUE;
}

static char *
default_title (const char           *file_name,
               const MvDocumentInfo *info)
{
  const char *dot;

  if (info != NULL && info->title != NULL && *g_strstrip (info->title) != '\0')
    return g_strdup (info->title);

  dot = strrchr (file_name, '.');
  return dot && dot != file_name ? g_strndup (file_name, dot - file_name) : g_strdup (file_name);
}

/**
 * mv_store_attach_bytes:
 * @owner: an #MvAgendaItem or an #MvMeeting
 * @info: (nullable): what an inspector found in the document
 *
 * Stores a document's bytes (once per SHA-256) and its record, and puts
 * its text into the search index; all or nothing.
 *
 * Returns: (transfer none): the new #MvDocument, or %NULL with @error set
 */
gpointer
mv_store_attach_bytes (MvStore              *self,
                       MvRecord             *owner,
                       const char           *file_name,
                       const char           *mime_type,
                       GBytes               *bytes,
                       const MvDocumentInfo *info,
                       GError              **error)
{
  g_autoptr(MvRecord) document = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *title = NULL;
  g_autofree char *base = NULL;
  const char *council_id;

  g_return_val_if_fail (MV_IS_STORE (self), NULL);
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (owner) || MV_IS_MEETING (owner), NULL);
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  if (!check_writable (self, error))
    return NULL;

  base = g_path_get_basename (file_name);
  title = default_title (base, info);
  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  council_id = MV_IS_AGENDA_ITEM (owner) ? mv_agenda_item_get_council_id (MV_AGENDA_ITEM (owner))
                                         : mv_meeting_get_council_id (MV_MEETING (owner));

  document = g_object_new (MV_TYPE_DOCUMENT,
                           "council-id", council_id,
                           "item-id", MV_IS_AGENDA_ITEM (owner) ? mv_record_get_id (owner) : NULL,
                           "meeting-id", MV_IS_MEETING (owner) ? mv_record_get_id (owner) : NULL,
                           "file-name", base,
                           "title", title,
                           "mime-type", mime_type ? mime_type : "application/octet-stream",
                           "size", (gint64) g_bytes_get_size (bytes),
                           "sha256", sha256,
                           "page-count", info ? info->n_pages : 0,
                           "encrypted", info ? info->encrypted : FALSE,
                           NULL);

  if (!exec (self, "SAVEPOINT attach", error))
    return NULL;

  if (!write_blob (self, bytes, sha256, error) ||
      !mv_store_insert (self, document, error) ||
      !write_pages (self, document, info, error) ||
      !exec (self, "RELEASE attach", error))
    {
      sqlite3_exec (self->db, "ROLLBACK TO attach; RELEASE attach", NULL, NULL, NULL);
      if (mv_store_lookup (self, MV_TYPE_DOCUMENT, mv_record_get_id (document)))
        remove_from_model (self, document);
      return NULL;
    }

  return document;
}

/**
 * mv_store_load_bytes:
 *
 * Returns: (transfer full): the stored bytes of @document
 */
GBytes *
mv_store_load_bytes (MvStore   *self,
                     gpointer   document,
                     GError   **error)
{
  sqlite3_stmt *stmt;
  GBytes *bytes;
  int rc;

  g_return_val_if_fail (MV_IS_STORE (self), NULL);
  g_return_val_if_fail (MV_IS_DOCUMENT (document), NULL);

  if (!(stmt = prepare (self, "SELECT data FROM document_blobs WHERE sha256 = ?", error)))
    return NULL;

  sqlite3_bind_text (stmt, 1, mv_document_get_sha256 (document), -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        {
          g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                       _("The contents of “%s” are missing from the file"),
                       mv_document_get_file_name (document));
          return NULL;
        }
      set_sqlite_error (self, rc, error);
      return NULL;
    }

  bytes = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
  sqlite3_reset (stmt);
  return bytes;
}

struct sqlite3_stmt *
mv_store_prepare (MvStore     *self,
                  const char  *sql,
                  GError     **error)
{
  g_return_val_if_fail (MV_IS_STORE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  return prepare (self, sql, error);
}

gboolean
mv_store_set_sqlite_error (MvStore  *self,
                           int       rc,
                           GError  **error)
{
  g_return_val_if_fail (MV_IS_STORE (self), FALSE);

  return set_sqlite_error (self, rc, error);
}

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
  sqlite3 *copy = NULL;
  sqlite3_backup *backup;
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

  rc = sqlite3_open_v2 (tmp, &copy, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (copy, "main", self->db, "main");
      if (backup != NULL)
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
      else
        rc = sqlite3_errcode (copy);
    }

  if (rc == SQLITE_OK)
    rc = sqlite3_exec (copy, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_IO, _("Could not write a copy to “%s”: %s"),
                   target, copy ? sqlite3_errmsg (copy) : sqlite3_errstr (rc));
      sqlite3_close_v2 (copy);
      g_unlink (tmp);
      return FALSE;
    }

  sqlite3_close_v2 (copy);

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

/**
 * mv_store_check:
 *
 * Checks the file's integrity, foreign keys and version.
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

  if (!(stmt = prepare (self, "PRAGMA integrity_check", error)))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") != 0)
        g_ptr_array_add (problems, g_strdup_printf (_("integrity: %s"), line));
    }
  sqlite3_reset (stmt);

  if (!(stmt = prepare (self, "PRAGMA foreign_key_check", error)))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (problems,
                     g_strdup_printf (_("foreign key: a row of %s (rowid %lld) refers to a "
                                        "missing row of %s"),
                                      sqlite3_column_text (stmt, 0),
                                      (long long) sqlite3_column_int64 (stmt, 1),
                                      sqlite3_column_text (stmt, 2)));
  sqlite3_reset (stmt);

  if (!(stmt = prepare (self, "PRAGMA application_id", error)))
    return NULL;
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) != MV_APPLICATION_ID)
    g_ptr_array_add (problems, g_strdup_printf (_("application id: %d, expected %d"),
                                                sqlite3_column_int (stmt, 0), MV_APPLICATION_ID));
  sqlite3_reset (stmt);

  if (!(stmt = prepare (self, "PRAGMA user_version", error)))
    return NULL;
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) != MV_SCHEMA_VERSION)
    g_ptr_array_add (problems, g_strdup_printf (_("schema version: %d, expected %d"),
                                                sqlite3_column_int (stmt, 0), MV_SCHEMA_VERSION));
  sqlite3_reset (stmt);

  return g_steal_pointer (&problems);
}

guint
mv_store_count_items (MvStore    *self,
                      const char *meeting_id)
{
  sqlite3_stmt *stmt;
  guint count = 0;

  g_return_val_if_fail (MV_IS_STORE (self), 0);

  stmt = prepare (self, "SELECT count(*) FROM agenda_items WHERE meeting_id = ? "
                        "AND deleted_at IS NULL", NULL);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_text (stmt, 1, meeting_id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return count;
}
