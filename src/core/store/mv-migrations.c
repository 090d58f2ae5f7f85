/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mv-agenda-item.h"
#include "mv-attendance.h"
#include "mv-council.h"
#include "mv-document.h"
#include "mv-error.h"
#include "mv-fixed-item.h"
#include "mv-meeting.h"
#include "mv-member-user-group.h"
#include "mv-member.h"
#include "mv-migrations.h"
#include "mv-organisation.h"
#include "mv-sample-content.h"
#include "mv-schema.h"
#include "mv-store-private.h"
#include "mv-training.h"
#include "mv-user-group.h"

/* How a file becomes one of this version: PRAGMA user_version is the last
 * migration it had, and each one after it runs in a transaction of its
 * own, the version bump inside, so that a file is always at one version
 * and never half-way between two. A new file runs them all from 1, the
 * same path as an old one – there is no second "current schema" to keep
 * in step.
 *
 * A migration speaks SQL to the tables as they are at its version, never
 * through mv_store_insert() and the record classes, which describe the
 * tables of the last version. Once a build with a migration is released,
 * the migration and its SQL (mv-schema.c) do not change; a fix is a new
 * migration. */

typedef gboolean (*MvMigrateFunc) (MvStore  *store,
                                   GError  **error);

typedef struct
{
  int           version;
  MvMigrateFunc migrate;  /* NULL: the version alone, e.g. for a new enum value */
} MvMigration;

/* The user groups a new file starts with, in order. */
static gboolean
seed_user_groups (MvStore  *store,
                  GError  **error)
{
  g_autofree char *now = _mv_store_now_utc ();
  sqlite3_stmt *stmt;

  if (!(stmt = _mv_store_prepare (store, "INSERT INTO user_groups "
                                         "(id, name, position, created_at, updated_at) "
                                         "VALUES (?, ?, ?, ?, ?)", error)))
    return FALSE;

  for (guint i = 0; mv_sample_user_groups[i] != NULL; i++)
    {
      g_autofree char *id = g_uuid_string_random ();
      int rc;

      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, mv_sample_user_groups[i], -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 3, i);
      sqlite3_bind_text (stmt, 4, now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, now, -1, SQLITE_TRANSIENT);
      if ((rc = _mv_store_step_done (stmt)) != SQLITE_OK)
        return _mv_store_set_sqlite_error (store, rc, error);
    }

  return TRUE;
}

/* The whole first schema, and the user groups to start with. */
static gboolean
migrate_1 (MvStore  *store,
           GError  **error)
{
  return _mv_store_exec (store, mv_schema_1, error) && seed_user_groups (store, error);
}

/* Enumeration columns without CHECK: a new value is a version, not a
 * rebuild (HACKING.md, "Migrations"); and the items' minutes are their
 * duration_minutes. */
static gboolean
migrate_2 (MvStore  *store,
           GError  **error)
{
  return _mv_store_exec (store, mv_schema_2, error);
}

/* Encrypted documents' text out of the file unless the user asks for it
 * (mv_schema_3), with the freed pages overwritten (_mv_store_secure_exec). */
static gboolean
migrate_3 (MvStore  *store,
           GError  **error)
{
  return _mv_store_secure_exec (store, mv_schema_3, error);
}

/* The secretariat's contact, the members' choice of what the papers show
 * of theirs, and an exempt item's or document's legal basis
 * (mv_schema_4). */
static gboolean
migrate_4 (MvStore  *store,
           GError  **error)
{
  return _mv_store_exec (store, mv_schema_4, error);
}

/* Append only, one version after the other. */
static const MvMigration migrations[] = {
  { 1, migrate_1 },
  { 2, migrate_2 },
  { 3, migrate_3 },
  { 4, migrate_4 },
};

/* Every record type, one per table: the store makes a list for each and
 * loads them in this order, parents before children, so that a row's
 * parent is in its list when the row is. Getters, as a GType is only
 * known at run time. */
static GType (* const record_types[]) (void) = {
  mv_council_get_type,
  mv_fixed_item_get_type,
  mv_organisation_get_type,
  mv_user_group_get_type,
  mv_member_get_type,
  mv_member_user_group_get_type,
  mv_training_get_type,
  mv_meeting_get_type,
  mv_agenda_item_get_type,
  mv_document_get_type,
  mv_attendance_get_type,
};

int
mv_schema_version (void)
{
  return migrations[G_N_ELEMENTS (migrations) - 1].version;
}

guint
mv_record_types_get_n (void)
{
  return G_N_ELEMENTS (record_types);
}

GType
mv_record_types_get (guint i)
{
  g_return_val_if_fail (i < G_N_ELEMENTS (record_types), G_TYPE_INVALID);

  return record_types[i] ();
}

static gboolean
count_broken_references (MvStore  *store,
                         gint64   *count,
                         GError  **error)
{
  return _mv_store_read_int (store, "SELECT count(*) FROM pragma_foreign_key_check", count, error);
}

/* One migration, all or nothing. */
static gboolean
run_migration (MvStore           *self,
               const MvMigration *migration,
               GError           **error)
{
  g_autofree char *sql = NULL;
  gint64 version, broken_before, broken_after;

  if (!_mv_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  /* Another connection may have updated the file while this one waited. */
  if (!_mv_store_read_int (self, "PRAGMA user_version", &version, error))
    goto failed;
  if (version > MV_SCHEMA_VERSION)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_TOO_NEW,
                   _("“%s” was made by a newer version of Medvirke; update Medvirke to open it"),
                   self->path);
      goto failed;
    }
  if (version >= migration->version)
    return _mv_store_exec (self, "COMMIT", error);

  /* Foreign keys are off (see below), so the migration must not leave a
   * reference to a missing row that was not there before it. */
  if (!count_broken_references (self, &broken_before, error))
    goto failed;
  if (migration->migrate != NULL && !migration->migrate (self, error))
    goto failed;
  if (!count_broken_references (self, &broken_after, error))
    goto failed;
  if (broken_after > broken_before)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_FAILED,
                   _("“%s” could not be updated for this version of Medvirke: "
                     "the update would leave rows that refer to missing rows"), self->path);
      goto failed;
    }

  sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d",
                         MV_APPLICATION_ID, migration->version);
  if (!_mv_store_exec (self, sql, error) || !_mv_store_exec (self, "COMMIT", error))
    goto failed;

  return TRUE;

failed:
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

/* Brings a file opened by mv_store_open() to MV_SCHEMA_VERSION; after
 * check_schema() has refused one that is not ours or is newer. */
gboolean
_mv_store_migrate (MvStore  *self,
                   GError  **error)
{
  gint64 version, n_tables;
  gboolean ok = TRUE;

  if (!_mv_store_read_int (self, "PRAGMA user_version", &version, error))
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
  if (!_mv_store_read_int (self, "SELECT count(*) FROM sqlite_schema", &n_tables, error))
    return FALSE;
  if (n_tables == 0 && !_mv_store_exec (self, "PRAGMA page_size = 8192", error))
    return FALSE;

  /* A migration that rebuilds a table drops the old one, and with foreign
   * keys on, a DROP deletes the rows first, with their cascades: the
   * council's would take every row of the file. SQLite switches them only
   * outside a transaction, so here, around all migrations. */
  if (!_mv_store_exec (self, "PRAGMA foreign_keys = OFF", error))
    return FALSE;

  for (guint i = 0; ok && i < G_N_ELEMENTS (migrations); i++)
    {
      /* A gap would be a version whose tables nobody can name. */
      g_assert (migrations[i].version == (int) i + 1);

      if (migrations[i].version > version)
        ok = run_migration (self, &migrations[i], error);
    }

  if (!ok)
    {
      sqlite3_exec (self->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
      return FALSE;
    }

  if (!_mv_store_exec (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;

  /* In WAL mode the migrated pages are in the -wal, and the file alone
   * still holds what the migrations took out (migration 3: encrypted
   * documents' text) until a checkpoint. Copy them back now, as far as
   * other readers let it; a busy file is checkpointed later as usual. */
  sqlite3_wal_checkpoint_v2 (self->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
  return TRUE;
}
