/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gobject/gvaluecollector.h>

#include "mv-council.h"
#include "mv-error.h"
#include "mv-store-private.h"

/* Records: the live lists and their indexes, reading rows into the same
 * objects (sync, refresh, reload), and every write of a record – insert,
 * set, soft delete, restore, purge – alone or in a batch. */

char *
_mv_store_column_name (GParamSpec *pspec)
{
  char *name = g_strdup (pspec->name);

  g_strdelimit (name, "-", '_');
  return name;
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
GPtrArray *
_mv_store_class_columns (GType type)
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
  g_autoptr(GPtrArray) columns = _mv_store_class_columns (type);
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  MvRecordClass *klass = g_type_class_peek (type);

  for (guint i = 0; i < columns->len; i++)
    {
      g_autofree char *name = _mv_store_column_name (g_ptr_array_index (columns, i));

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

  if ((stmt = _mv_store_prepare (self, sql, NULL)) != NULL)
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
      deleted_at = _mv_store_now_utc ();
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
  g_autoptr(GPtrArray) columns = _mv_store_class_columns (type);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *sql = select_sql (type);
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *model = model_for (self, type);
  GHashTable *index = index_for (self, type);
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _mv_store_prepare (self, sql, error)))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      MvRecord *record = id ? g_hash_table_lookup (index, id) : NULL;

      /* A damaged file (opened read-only) can give a row whose id cannot
       * be read: it cannot be a record; the rest of what can be read is
       * shown. */
      if (id == NULL)
        continue;

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
    return _mv_store_set_sqlite_error (self, rc, error);

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
  for (guint i = 0; i < mv_record_types_get_n (); i++)
    if (!sync_type (self, mv_record_types_get (i), error))
      return FALSE;
  return TRUE;
}

/* The lists, read for the first time, and the data version they show. */
gboolean
_mv_store_load (MvStore  *self,
                GError  **error)
{
  return _mv_store_read_int (self, "PRAGMA data_version", &self->data_version, error) &&
         sync_all (self, error);
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

  if (!_mv_store_read_int (self, "PRAGMA data_version", &version, error))
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
  columns = _mv_store_class_columns (record_type);
  sql = g_string_new ("SELECT ");
  for (guint i = 0; i < columns->len; i++)
    {
      g_autofree char *name = _mv_store_column_name (g_ptr_array_index (columns, i));

      g_string_append_printf (sql, "%s%s", i ? ", " : "", name);
    }
  g_string_append_printf (sql, " FROM %s WHERE id = ? AND deleted_at IS NOT NULL", klass->table);

  if (!(stmt = _mv_store_prepare (self, sql->str, NULL)))
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
      g_autofree char *name = _mv_store_column_name (g_ptr_array_index (columns, i));

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

  if (!_mv_store_check_writable (self, error))
    return FALSE;

  if (mv_record_get_id (record) == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      g_object_set (record, "id", uuid, NULL);
    }
  now = _mv_store_now_utc ();
  g_object_set (record, "created-at", now, "updated-at", now, "deleted-at", NULL, NULL);

  columns = _mv_store_class_columns (type);

  /* The one check every door passes: no text longer than its column's
   * limit goes into the file (mv_param_text()). */
  for (guint i = 0; i < columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (columns, i);

      if (pspec->owner_type == type &&
          !mv_record_check_value (pspec, mv_record_peek (record, pspec), error))
        return FALSE;
    }

  sql = insert_sql (type, columns);
  if (!(stmt = _mv_store_prepare (self, sql, error)))
    return FALSE;

  for (guint i = 0; i < columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (columns, i);
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (G_OBJECT (record), pspec->name, &value);
      bind_value (stmt, i + 1, &value);
    }

  if ((rc = _mv_store_step_done (stmt)) != SQLITE_OK)
    return _mv_store_set_sqlite_error (self, rc, error);

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
  g_autofree char *now = _mv_store_now_utc ();
  sqlite3_stmt *stmt;
  int rc;

  if (!_mv_store_check_writable (self, error))
    return FALSE;

  for (guint i = 0; i < n_values; i++)
    if (!mv_record_check_value (pspecs[i], &values[i], error))
      return FALSE;

  g_string_append_printf (sql, "UPDATE %s SET ", klass->table);
  for (guint i = 0; i < n_values; i++)
    {
      g_autofree char *name = _mv_store_column_name (pspecs[i]);

      g_string_append_printf (sql, "%s = ?, ", name);
    }
  g_string_append (sql, "updated_at = ? WHERE id = ?");

  if (!(stmt = _mv_store_prepare (self, sql->str, error)))
    return FALSE;

  for (guint i = 0; i < n_values; i++)
    bind_value (stmt, i + 1, &values[i]);
  sqlite3_bind_text (stmt, n_values + 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, n_values + 2, mv_record_get_id (record), -1, SQLITE_TRANSIENT);

  if ((rc = _mv_store_step_done (stmt)) != SQLITE_OK)
    return _mv_store_set_sqlite_error (self, rc, error);

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
  g_autofree char *now = _mv_store_now_utc ();
  sqlite3_stmt *stmt;
  int rc;

  if (!_mv_store_check_writable (self, error))
    return FALSE;
  if (!(stmt = _mv_store_prepare (self, sql, error)))
    return FALSE;

  if (deleted_at != NULL)
    sqlite3_bind_text (stmt, 1, deleted_at, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, mv_record_get_id (record), -1, SQLITE_TRANSIENT);

  if ((rc = _mv_store_step_done (stmt)) != SQLITE_OK)
    return _mv_store_set_sqlite_error (self, rc, error);
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

void
_mv_store_forget (MvStore  *self,
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
  g_autofree char *now = _mv_store_now_utc ();

  g_return_val_if_fail (MV_IS_STORE (self), FALSE);
  g_return_val_if_fail (MV_IS_RECORD (record), FALSE);

  if (mv_record_is_deleted (record))
    return TRUE;

  if (!set_deleted_at (self, record, now, error))
    return FALSE;

  g_hash_table_insert (self->deleted, g_strdup (mv_record_get_id (record)), g_object_ref (record));
  _mv_store_forget (self, record);
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

  if (!_mv_store_check_writable (self, error))
    return FALSE;
  if (!_mv_store_exec (self, "SAVEPOINT purge", error))
    return FALSE;
  if (!(stmt = _mv_store_prepare (self, sql, error)))
    goto failed;

  sqlite3_bind_text (stmt, 1, mv_record_get_id (record), -1, SQLITE_TRANSIENT);
  if ((rc = _mv_store_step_done (stmt)) != SQLITE_OK)
    {
      _mv_store_set_sqlite_error (self, rc, error);
      goto failed;
    }

  if (!_mv_store_exec (self, "DELETE FROM document_blobs "
                             "WHERE sha256 NOT IN (SELECT sha256 FROM documents)", error) ||
      !_mv_store_exec (self, "RELEASE purge", error))
    goto failed;

  g_hash_table_remove (self->deleted, mv_record_get_id (record));
  _mv_store_forget (self, record);

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

  if (!_mv_store_check_writable (self, error) || !_mv_store_exec (self, "BEGIN IMMEDIATE", error))
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

  if (!_mv_store_exec (self, "COMMIT", error))
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

guint
mv_store_count_items (MvStore    *self,
                      const char *meeting_id)
{
  sqlite3_stmt *stmt;
  guint count = 0;

  g_return_val_if_fail (MV_IS_STORE (self), 0);

  stmt = _mv_store_prepare (self, "SELECT count(*) FROM agenda_items WHERE meeting_id = ? "
                                  "AND deleted_at IS NULL", NULL);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_text (stmt, 1, meeting_id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return count;
}
