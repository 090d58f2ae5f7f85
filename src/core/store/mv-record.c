/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mv-error.h"
#include "mv-record.h"
#include "mv-text.h"

/* MvRecord keeps the values of its subclass's column properties in one
 * array of GValues, so a model class is its property list and nothing more:
 * get/set, change detection and notification live here once. */

typedef struct
{
  char   *id;
  char   *created_at;
  char   *updated_at;
  char   *deleted_at;
  GValue *values;
} MvRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (MvRecord, mv_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_DELETED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
set_string (char       **slot,
            const char  *value)
{
  if (g_strcmp0 (*slot, value) == 0)
    return FALSE;
  g_free (*slot);
  *slot = g_strdup (value);
  return TRUE;
}

/* While the parent's init runs, GObject shows the instance its parent's
 * class, so the subclass's columns are only known on first use. */
static GValue *
ensure_values (MvRecord *self)
{
  MvRecordPrivate *priv = mv_record_get_instance_private (self);
  MvRecordClass *klass = MV_RECORD_GET_CLASS (self);

  if (priv->values != NULL)
    return priv->values;

  priv->values = g_new0 (GValue, klass->n_columns);
  for (guint i = 0; i < klass->n_columns; i++)
    {
      g_value_init (&priv->values[i], G_PARAM_SPEC_VALUE_TYPE (klass->columns[i]));
      g_param_value_set_default (klass->columns[i], &priv->values[i]);
    }
  return priv->values;
}

static void
mv_record_finalize (GObject *object)
{
  MvRecord *self = MV_RECORD (object);
  MvRecordPrivate *priv = mv_record_get_instance_private (self);
  MvRecordClass *klass = MV_RECORD_GET_CLASS (self);

  if (priv->values != NULL)
    for (guint i = 0; i < klass->n_columns; i++)
      g_value_unset (&priv->values[i]);
  g_free (priv->values);
  g_free (priv->id);
  g_free (priv->created_at);
  g_free (priv->updated_at);
  g_free (priv->deleted_at);

  G_OBJECT_CLASS (mv_record_parent_class)->finalize (object);
}

static void
mv_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MvRecord *self = MV_RECORD (object);
  MvRecordPrivate *priv = mv_record_get_instance_private (self);

  if (pspec->owner_type != MV_TYPE_RECORD)
    {
      g_value_copy (mv_record_peek (self, pspec), value);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;

    case PROP_CREATED_AT:
      g_value_set_string (value, priv->created_at);
      break;

    case PROP_UPDATED_AT:
      g_value_set_string (value, priv->updated_at);
      break;

    case PROP_DELETED_AT:
      g_value_set_string (value, priv->deleted_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mv_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  MvRecord *self = MV_RECORD (object);
  MvRecordPrivate *priv = mv_record_get_instance_private (self);
  char **slot = NULL;

  if (pspec->owner_type != MV_TYPE_RECORD)
    {
      GValue *stored = (GValue *) mv_record_peek (self, pspec);

      if (g_param_values_cmp (pspec, stored, value) != 0)
        {
          g_value_copy (value, stored);
          g_object_notify_by_pspec (object, pspec);
        }
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      slot = &priv->id;
      break;

    case PROP_CREATED_AT:
      slot = &priv->created_at;
      break;

    case PROP_UPDATED_AT:
      slot = &priv->updated_at;
      break;

    case PROP_DELETED_AT:
      slot = &priv->deleted_at;
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (set_string (slot, g_value_get_string (value)))
    g_object_notify_by_pspec (object, pspec);
}

static void
mv_record_class_init (MvRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mv_record_finalize;
  object_class->get_property = mv_record_get_property;
  object_class->set_property = mv_record_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, MV_PARAM_FLAGS);
  properties[PROP_CREATED_AT] = g_param_spec_string ("created-at", NULL, NULL, NULL, MV_PARAM_FLAGS);
  properties[PROP_UPDATED_AT] = g_param_spec_string ("updated-at", NULL, NULL, NULL, MV_PARAM_FLAGS);
  properties[PROP_DELETED_AT] = g_param_spec_string ("deleted-at", NULL, NULL, NULL, MV_PARAM_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mv_record_init (MvRecord *self)
{
}


/**
 * mv_record_class_install:
 * @pspecs: the subclass's properties, index 0 unused (PROP_0)
 *
 * Installs the column properties of a model class and names its table.
 */
void
mv_record_class_install (MvRecordClass *klass,
                         const char    *table,
                         GParamSpec   **pspecs,
                         guint          n_pspecs)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  g_return_if_fail (MV_IS_RECORD_CLASS (klass));
  g_return_if_fail (n_pspecs > 1);

  object_class->get_property = mv_record_get_property;
  object_class->set_property = mv_record_set_property;
  g_object_class_install_properties (object_class, n_pspecs, pspecs);

  klass->table = table;
  klass->columns = g_new0 (GParamSpec *, n_pspecs - 1);
  klass->n_columns = n_pspecs - 1;
  for (guint i = 1; i < n_pspecs; i++)
    {
      g_assert (pspecs[i]->param_id == i);
      klass->columns[i - 1] = pspecs[i];
    }
}

const char *
mv_record_class_get_table (MvRecordClass *klass)
{
  g_return_val_if_fail (MV_IS_RECORD_CLASS (klass), NULL);

  return klass->table;
}

const char *
mv_record_get_id (MvRecord *self)
{
  MvRecordPrivate *priv = mv_record_get_instance_private (self);

  g_return_val_if_fail (MV_IS_RECORD (self), NULL);

  return priv->id;
}

const char *
mv_record_get_created_at (MvRecord *self)
{
  MvRecordPrivate *priv = mv_record_get_instance_private (self);

  g_return_val_if_fail (MV_IS_RECORD (self), NULL);

  return priv->created_at;
}

const char *
mv_record_get_updated_at (MvRecord *self)
{
  MvRecordPrivate *priv = mv_record_get_instance_private (self);

  g_return_val_if_fail (MV_IS_RECORD (self), NULL);

  return priv->updated_at;
}

const char *
mv_record_get_deleted_at (MvRecord *self)
{
  MvRecordPrivate *priv = mv_record_get_instance_private (self);

  g_return_val_if_fail (MV_IS_RECORD (self), NULL);

  return priv->deleted_at;
}

gboolean
mv_record_is_deleted (MvRecord *self)
{
  return mv_record_get_deleted_at (self) != NULL;
}

/**
 * mv_record_peek:
 *
 * Returns: (transfer none): the stored value of a column property of the
 *   record's own class.
 */
const GValue *
mv_record_peek (MvRecord   *self,
                GParamSpec *pspec)
{
  MvRecordClass *klass = MV_RECORD_GET_CLASS (self);

  g_assert (pspec->owner_type == G_OBJECT_TYPE (self));
  g_assert (pspec->param_id >= 1 && pspec->param_id <= klass->n_columns);

  return &ensure_values (self)[pspec->param_id - 1];
}

static const GValue *
peek_by_name (MvRecord   *self,
              const char *property,
              GType       fundamental)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), property);

  g_return_val_if_fail (pspec != NULL, NULL);
  g_return_val_if_fail (pspec->owner_type == G_OBJECT_TYPE (self), NULL);
  g_return_val_if_fail (G_TYPE_FUNDAMENTAL (pspec->value_type) == fundamental, NULL);

  return mv_record_peek (self, pspec);
}

const char *
mv_record_get_string (MvRecord   *self,
                      const char *property)
{
  const GValue *value;

  g_return_val_if_fail (MV_IS_RECORD (self), NULL);

  if (g_str_equal (property, "id"))
    return mv_record_get_id (self);
  value = peek_by_name (self, property, G_TYPE_STRING);
  return value ? g_value_get_string (value) : NULL;
}

int
mv_record_get_int (MvRecord   *self,
                   const char *property)
{
  const GValue *value;

  g_return_val_if_fail (MV_IS_RECORD (self), 0);

  value = peek_by_name (self, property, G_TYPE_INT);
  return value ? g_value_get_int (value) : 0;
}

gboolean
mv_record_get_boolean (MvRecord   *self,
                       const char *property)
{
  const GValue *value;

  g_return_val_if_fail (MV_IS_RECORD (self), FALSE);

  value = peek_by_name (self, property, G_TYPE_BOOLEAN);
  return value ? g_value_get_boolean (value) : FALSE;
}

int
mv_record_get_enum (MvRecord   *self,
                    const char *property)
{
  const GValue *value;

  g_return_val_if_fail (MV_IS_RECORD (self), 0);

  value = peek_by_name (self, property, G_TYPE_ENUM);
  return value ? g_value_get_enum (value) : 0;
}

GParamSpec *
mv_param_string (const char *name,
                 const char *default_value)
{
  return g_param_spec_string (name, NULL, NULL, default_value, MV_PARAM_FLAGS);
}

static GQuark
text_limit_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("mv-text-limit");
  return quark;
}

/**
 * mv_param_text:
 * @label: the field's name as the user sees it, marked with N_() and kept
 *   untranslated: the store translates it for a message
 * @max_chars: the most characters the column holds, MV_TEXT_NAME_MAX or
 *   MV_TEXT_LONG_MAX
 *
 * A text column the user types into. The store refuses a longer value
 * before it writes, naming @label (mv_record_check_text()).
 */
GParamSpec *
mv_param_text (const char *name,
               const char *default_value,
               const char *label,
               glong       max_chars)
{
  GParamSpec *pspec = g_param_spec_string (name, label, NULL, default_value, MV_PARAM_FLAGS);

  g_param_spec_set_qdata (pspec, text_limit_quark (), GSIZE_TO_POINTER ((gsize) max_chars));
  return pspec;
}

/**
 * mv_record_text_problem:
 * @pspec: a column of a record class
 * @value: (nullable): a value for it
 *
 * A text column holds at most its mv_param_text() limit; any other string
 * column (ids, dates, a MIME type) MV_TEXT_NAME_MAX, named by its property.
 *
 * Returns: (transfer full) (nullable): why @value is too long for @pspec,
 *   or %NULL
 */
char *
mv_record_text_problem (GParamSpec *pspec,
                        const char *value)
{
  gsize limit;

  g_return_val_if_fail (G_IS_PARAM_SPEC_STRING (pspec), NULL);

  limit = GPOINTER_TO_SIZE (g_param_spec_get_qdata (pspec, text_limit_quark ()));
  return mv_text_length_problem (g_dgettext (GETTEXT_PACKAGE, g_param_spec_get_nick (pspec)),
                                 value, limit ? (glong) limit : MV_TEXT_NAME_MAX);
}

/**
 * mv_record_class_text_problem:
 * @property: a string column of @type
 *
 * mv_record_text_problem() by the column's name, for the checks of a form
 * or an import that name the field before anything is written.
 */
char *
mv_record_class_text_problem (GType       type,
                              const char *property,
                              const char *value)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), property);

  g_return_val_if_fail (pspec != NULL && G_IS_PARAM_SPEC_STRING (pspec), NULL);

  return mv_record_text_problem (pspec, value);
}

/**
 * mv_record_check_value:
 *
 * Returns: %TRUE unless @value is a string too long for @pspec; then
 *   MV_ERROR_INVALID naming the field and the limit
 */
gboolean
mv_record_check_value (GParamSpec    *pspec,
                       const GValue  *value,
                       GError       **error)
{
  g_autofree char *problem = NULL;

  if (!G_IS_PARAM_SPEC_STRING (pspec) || !G_VALUE_HOLDS_STRING (value))
    return TRUE;
  if ((problem = mv_record_text_problem (pspec, g_value_get_string (value))) == NULL)
    return TRUE;
  g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID, problem);
  return FALSE;
}

GParamSpec *
mv_param_int (const char *name,
              int         minimum,
              int         maximum,
              int         default_value)
{
  return g_param_spec_int (name, NULL, NULL, minimum, maximum, default_value, MV_PARAM_FLAGS);
}

GParamSpec *
mv_param_int64 (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, 0, G_MAXINT64, 0, MV_PARAM_FLAGS);
}

GParamSpec *
mv_param_boolean (const char *name,
                  gboolean    default_value)
{
  return g_param_spec_boolean (name, NULL, NULL, default_value, MV_PARAM_FLAGS);
}

GParamSpec *
mv_param_enum (const char *name,
               GType       enum_type,
               int         default_value)
{
  return g_param_spec_enum (name, NULL, NULL, enum_type, default_value, MV_PARAM_FLAGS);
}
