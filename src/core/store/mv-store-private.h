/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "mv-store-files.h"
#include "mv-store.h"

G_BEGIN_DECLS

/* The store's insides, shared by the files it is split into – mv-store.c
 * (the connection: open, refuse, the helpers below), mv-store-records.c
 * (the live lists, record reads and writes, batches, refresh),
 * mv-store-file.c (whole-file operations), mv-migrations.c (the schema's
 * versions) – and by the core code that stores what is more than a record
 * (mv-document-bytes.c). Nothing outside src/core includes it. */

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
  char       *snapshot_path; /* a private copy SQLite reads instead of path, or NULL */
  char       *snapshot_dir;  /* its folder, removed with the store that made it */
  const char *network_fs;    /* the network or FUSE file system the file is on, or NULL */

  guint       read_only : 1;
  guint       damaged : 1;   /* failed quick_check at open; read-only then */
  guint       folder_read_only : 1;  /* read-only as its folder is */
  guint       created : 1;   /* the file was made by mv_store_open() */
  guint       in_batch : 1;
};

/* mv-backup.c: a copy of @source's main database at @to, an empty file, with
 * SQLite's backup API and journal mode DELETE; checked when @check.
 * Returns an SQLite result code; @message gets SQLite's words on failure. */
int           _mv_store_copy_database    (sqlite3       *source,
                                          const char    *to,
                                          gboolean       check,
                                          char         **message);

/* mv-store.c */
char         *_mv_store_now_utc          (void);
gboolean      _mv_store_set_sqlite_error (MvStore       *self,
                                          int            rc,
                                          GError       **error);
gboolean      _mv_store_check_writable   (MvStore       *self,
                                          GError       **error);
gboolean      _mv_store_exec             (MvStore       *self,
                                          const char    *sql,
                                          GError       **error);
gboolean      _mv_store_secure_exec      (MvStore       *self,
                                          const char    *sql,
                                          GError       **error);
sqlite3_stmt *_mv_store_prepare          (MvStore       *self,
                                          const char    *sql,
                                          GError       **error);
int           _mv_store_step_done        (sqlite3_stmt  *stmt);
gboolean      _mv_store_read_int         (MvStore       *self,
                                          const char    *sql,
                                          gint64        *value,
                                          GError       **error);

/* mv-store-records.c */
char         *_mv_store_column_name      (GParamSpec    *pspec);
GPtrArray    *_mv_store_class_columns    (GType          type);
gboolean      _mv_store_load             (MvStore       *self,
                                          GError       **error);
void          _mv_store_forget           (MvStore       *self,
                                          MvRecord      *record);

/* mv-migrations.c */
gboolean      _mv_store_migrate          (MvStore       *self,
                                          GError       **error);

G_END_DECLS
