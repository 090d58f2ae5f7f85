/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mv-migrations.h"
#include "mv-record.h"

G_BEGIN_DECLS

/* PRAGMA application_id: "MVRK". */
#define MV_APPLICATION_ID 0x4D56524B

typedef enum
{
  MV_STORE_FLAGS_NONE      = 0,
  MV_STORE_FLAGS_READ_ONLY = 1 << 0,
} MvStoreFlags;

#define MV_TYPE_STORE (mv_store_get_type ())

G_DECLARE_FINAL_TYPE (MvStore, mv_store, MV, STORE, GObject)

char       *mv_store_default_path     (void);

MvStore    *mv_store_open             (const char    *path,
                                       MvStoreFlags   flags,
                                       GError       **error);
MvStore    *mv_store_open_connection  (MvStore       *store,
                                       MvStoreFlags   flags,
                                       GError       **error);
const char *mv_store_get_path         (MvStore       *self);
gboolean    mv_store_get_damaged      (MvStore       *self);
const char *mv_store_get_network_fs   (MvStore       *self);
void        mv_store_remove_file      (const char    *path);
gboolean    mv_store_get_read_only    (MvStore       *self);
gboolean    mv_store_is_empty         (MvStore       *self);

/* The live list of the records of @record_type that are not deleted, kept
 * current after every write through this store. */
GListModel *mv_store_get_model        (MvStore       *self,
                                       GType          record_type);
gboolean    mv_store_reload           (MvStore       *self,
                                       GType          record_type,
                                       GError       **error);
gboolean    mv_store_refresh          (MvStore       *self,
                                       gboolean      *changed,
                                       GError       **error);
gpointer    mv_store_lookup           (MvStore       *self,
                                       GType          record_type,
                                       const char    *id);
gpointer    mv_store_lookup_deleted   (MvStore       *self,
                                       GType          record_type,
                                       const char    *id);

gboolean    mv_store_insert           (MvStore       *self,
                                       gpointer       record,
                                       GError       **error);
gboolean    mv_store_set              (MvStore       *self,
                                       gpointer       record,
                                       GError       **error,
                                       const char    *first_property,
                                       ...) G_GNUC_NULL_TERMINATED;
gboolean    mv_store_set_value        (MvStore       *self,
                                       gpointer       record,
                                       const char    *property,
                                       const GValue  *value,
                                       GError       **error);
gboolean    mv_store_update_from      (MvStore       *self,
                                       gpointer       record,
                                       gpointer       source,
                                       GError       **error);
gboolean    mv_store_delete           (MvStore       *self,
                                       gpointer       record,
                                       GError       **error);
gboolean    mv_store_restore          (MvStore       *self,
                                       gpointer       record,
                                       GError       **error);
gboolean    mv_store_purge            (MvStore       *self,
                                       gpointer       record,
                                       GError       **error);

/* Many writes as one: all or nothing. */
gboolean    mv_store_begin            (MvStore       *self,
                                       GError       **error);
gboolean    mv_store_commit           (MvStore       *self,
                                       GError       **error);
void        mv_store_rollback         (MvStore       *self);

/* Whole-file operations. */
gboolean    mv_store_save_copy        (MvStore       *self,
                                       const char    *destination,
                                       GError       **error);
GPtrArray  *mv_store_check            (MvStore       *self,
                                       GError       **error);

/* For the core's own read queries (search): a statement prepared once and
 * kept by the store, reset and unbound; and an SQLite result code as an
 * MV_ERROR. The store's thread only. */
struct sqlite3_stmt;
struct sqlite3_stmt *mv_store_prepare      (MvStore       *self,
                                            const char    *sql,
                                            GError       **error);
gboolean    mv_store_set_sqlite_error (MvStore       *self,
                                       int            rc,
                                       GError       **error);

/* Counts for lists that show them, e.g. the items of a meeting. */
guint       mv_store_count_items      (MvStore       *self,
                                       const char    *meeting_id);

G_END_DECLS
