/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A property with this flag is a column of the record's table, named as the
 * property with '-' turned into '_'. The store reads and writes records
 * through these properties alone, so a model class declares its columns once. */
#define MV_PARAM_COLUMN (1 << G_PARAM_USER_SHIFT)

/* The flags every column property has. */
#define MV_PARAM_FLAGS \
  (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS | MV_PARAM_COLUMN)

#define MV_TYPE_RECORD (mv_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (MvRecord, mv_record, MV, RECORD, GObject)

struct _MvRecordClass
{
  GObjectClass parent_class;

  /*< private >*/
  const char  *table;
  GParamSpec **columns;    /* the class's own column pspecs */
  guint        n_columns;
};

void          mv_record_class_install   (MvRecordClass *klass,
                                         const char    *table,
                                         GParamSpec   **pspecs,
                                         guint          n_pspecs);
const char   *mv_record_class_get_table (MvRecordClass *klass);

const char   *mv_record_get_id          (MvRecord      *self);
const char   *mv_record_get_created_at  (MvRecord      *self);
const char   *mv_record_get_updated_at  (MvRecord      *self);
const char   *mv_record_get_deleted_at  (MvRecord      *self);
gboolean      mv_record_is_deleted      (MvRecord      *self);

const GValue *mv_record_peek            (MvRecord      *self,
                                         GParamSpec    *pspec);
const char   *mv_record_get_string      (MvRecord      *self,
                                         const char    *property);
int           mv_record_get_int         (MvRecord      *self,
                                         const char    *property);
gboolean      mv_record_get_boolean     (MvRecord      *self,
                                         const char    *property);
int           mv_record_get_enum        (MvRecord      *self,
                                         const char    *property);

/* How long a text column's value may be (mv_param_text()). */
char         *mv_record_text_problem    (GParamSpec    *pspec,
                                         const char    *value);
char         *mv_record_class_text_problem (GType       type,
                                            const char *property,
                                            const char *value);
gboolean      mv_record_check_value     (GParamSpec    *pspec,
                                         const GValue  *value,
                                         GError       **error);

/* For the subclasses' accessors. */
#define MV_RECORD_STRING(self, pspec)  g_value_get_string (mv_record_peek (MV_RECORD (self), pspec))
#define MV_RECORD_INT(self, pspec)     g_value_get_int (mv_record_peek (MV_RECORD (self), pspec))
#define MV_RECORD_BOOLEAN(self, pspec) g_value_get_boolean (mv_record_peek (MV_RECORD (self), pspec))
#define MV_RECORD_ENUM(self, pspec)    g_value_get_enum (mv_record_peek (MV_RECORD (self), pspec))
#define MV_RECORD_INT64(self, pspec)   g_value_get_int64 (mv_record_peek (MV_RECORD (self), pspec))

/* Helpers that keep the pspec declarations in the model classes short. */
GParamSpec   *mv_param_string           (const char    *name,
                                         const char    *default_value);
GParamSpec   *mv_param_text             (const char    *name,
                                         const char    *default_value,
                                         const char    *label,
                                         glong          max_chars);
GParamSpec   *mv_param_int              (const char    *name,
                                         int            minimum,
                                         int            maximum,
                                         int            default_value);
GParamSpec   *mv_param_int64            (const char    *name);
GParamSpec   *mv_param_boolean          (const char    *name,
                                         gboolean       default_value);
GParamSpec   *mv_param_enum             (const char    *name,
                                         GType          enum_type,
                                         int            default_value);

G_END_DECLS
