/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mv-undo.h"

typedef enum
{
  STEP_RECORD,   /* put the record's columns and deletion back */
  STEP_NEW,      /* delete the record the operation added */
  STEP_FUNC,     /* the operation's own */
} StepKind;

typedef struct
{
  StepKind        kind;
  MvRecord       *record;
  gboolean        was_deleted;
  GValue         *values;      /* one per column of the record's class */
  guint           n_values;
  MvUndoStepFunc  func;
  gpointer        data;
  GDestroyNotify  destroy;
} Step;

struct _MvUndo
{
  GPtrArray *steps;  /* of Step, in the order they were noted */
};

static void
step_free (gpointer data)
{
  Step *step = data;

  for (guint i = 0; i < step->n_values; i++)
    g_value_unset (&step->values[i]);
  g_free (step->values);
  g_clear_object (&step->record);
  if (step->destroy != NULL)
    step->destroy (step->data);
  g_free (step);
}

MvUndo *
mv_undo_new (void)
{
  MvUndo *undo = g_new0 (MvUndo, 1);

  undo->steps = g_ptr_array_new_with_free_func (step_free);
  return undo;
}

void
mv_undo_free (MvUndo *undo)
{
  if (undo == NULL)
    return;
  g_ptr_array_unref (undo->steps);
  g_free (undo);
}

/**
 * mv_undo_note_record:
 * @record: a record of the store, as it is before the operation changes it
 *
 * Keeps the record's columns and whether it is deleted, to be written back.
 */
void
mv_undo_note_record (MvUndo   *undo,
                     gpointer  record)
{
  MvRecordClass *klass;
  Step *step;

  g_return_if_fail (undo != NULL);
  g_return_if_fail (MV_IS_RECORD (record));

  klass = MV_RECORD_GET_CLASS (record);
  step = g_new0 (Step, 1);
  step->kind = STEP_RECORD;
  step->record = g_object_ref (record);
  step->was_deleted = mv_record_is_deleted (record);
  step->n_values = klass->n_columns;
  step->values = g_new0 (GValue, klass->n_columns);
  for (guint i = 0; i < klass->n_columns; i++)
    {
      g_value_init (&step->values[i], klass->columns[i]->value_type);
      g_value_copy (mv_record_peek (record, klass->columns[i]), &step->values[i]);
    }
  g_ptr_array_add (undo->steps, step);
}

/**
 * mv_undo_note_new:
 * @record: a record the operation has added to the store
 */
void
mv_undo_note_new (MvUndo   *undo,
                  gpointer  record)
{
  Step *step;

  g_return_if_fail (undo != NULL);
  g_return_if_fail (MV_IS_RECORD (record));

  step = g_new0 (Step, 1);
  step->kind = STEP_NEW;
  step->record = g_object_ref (record);
  g_ptr_array_add (undo->steps, step);
}

/**
 * mv_undo_add_step:
 * @func: called inside mv_undo_apply()'s batch; must not begin one
 * @destroy: (nullable): frees @data with the undo
 */
void
mv_undo_add_step (MvUndo         *undo,
                  MvUndoStepFunc  func,
                  gpointer        data,
                  GDestroyNotify  destroy)
{
  Step *step;

  g_return_if_fail (undo != NULL);
  g_return_if_fail (func != NULL);

  step = g_new0 (Step, 1);
  step->kind = STEP_FUNC;
  step->func = func;
  step->data = data;
  step->destroy = destroy;
  g_ptr_array_add (undo->steps, step);
}

gboolean
mv_undo_is_empty (MvUndo *undo)
{
  g_return_val_if_fail (undo != NULL, TRUE);

  return undo->steps->len == 0;
}

static gboolean
apply_record (MvStore  *store,
              Step     *step,
              GError  **error)
{
  MvRecordClass *klass = MV_RECORD_GET_CLASS (step->record);
  g_autoptr(MvRecord) before = g_object_new (G_OBJECT_TYPE (step->record), NULL);

  /* Back into its list first, so that what it refers to is checked as it
   * is written; a record that was deleted before goes last. */
  if (!step->was_deleted && mv_record_is_deleted (step->record) &&
      !mv_store_restore (store, step->record, error))
    return FALSE;

  /* The columns as they were, written together: one at a time, a term
   * moved back in time would end before it starts half-way. */
  for (guint i = 0; i < step->n_values; i++)
    g_object_set_property (G_OBJECT (before), klass->columns[i]->name, &step->values[i]);
  if (!mv_store_update_from (store, step->record, before, error))
    return FALSE;

  if (step->was_deleted && !mv_record_is_deleted (step->record))
    return mv_store_delete (store, step->record, error);
  return TRUE;
}

/**
 * mv_undo_apply:
 *
 * Plays the steps back, the last first, in one batch: all or nothing.
 */
gboolean
mv_undo_apply (MvUndo   *undo,
               MvStore  *store,
               GError  **error)
{
  g_return_val_if_fail (undo != NULL, FALSE);
  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mv_store_begin (store, error))
    return FALSE;

  for (guint i = undo->steps->len; i > 0; i--)
    {
      Step *step = g_ptr_array_index (undo->steps, i - 1);
      gboolean ok = TRUE;

      switch (step->kind)
        {
        case STEP_RECORD:
          ok = apply_record (store, step, error);
          break;

        case STEP_NEW:
          ok = mv_record_is_deleted (step->record) ||
               mv_store_delete (store, step->record, error);
          break;

        case STEP_FUNC:
          ok = step->func (store, step->data, error);
          break;
        }

      if (!ok)
        {
          mv_store_rollback (store);
          return FALSE;
        }
    }

  return mv_store_commit (store, error);
}
