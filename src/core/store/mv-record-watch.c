/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mv-record-watch.h"

struct _MvRecordWatch
{
  MvRecordWatchFunc  func;
  gpointer           user_data;
  GPtrArray         *models;     /* of GListModel */
  GArray            *with_rows;  /* of gboolean, one per model */
  GPtrArray         *rows;       /* of GObject, the rows whose "notify" is heard */
  guint              idle_id;
};

static gboolean
changed_idle (gpointer data)
{
  MvRecordWatch *self = data;

  self->idle_id = 0;
  self->func (self->user_data);
  return G_SOURCE_REMOVE;
}

/**
 * mv_record_watch_queue:
 *
 * Has the view hear of a change at the next high-priority idle, as if a
 * watched list had changed.
 */
void
mv_record_watch_queue (MvRecordWatch *self)
{
  g_return_if_fail (self != NULL);

  if (self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, changed_idle, self, NULL);
}

/**
 * mv_record_watch_flush:
 *
 * Tells the view now rather than at the next idle.
 */
void
mv_record_watch_flush (MvRecordWatch *self)
{
  g_return_if_fail (self != NULL);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  self->func (self->user_data);
}

/**
 * mv_record_watch_cancel:
 *
 * Drops a change not yet told, as the view has just caught up by itself.
 */
void
mv_record_watch_cancel (MvRecordWatch *self)
{
  g_return_if_fail (self != NULL);

  g_clear_handle_id (&self->idle_id, g_source_remove);
}

static void
unwatch_rows (MvRecordWatch *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->rows, i),
                                          mv_record_watch_queue, self);
  g_ptr_array_set_size (self->rows, 0);
}

static void
watch_model_rows (MvRecordWatch *self,
                  GListModel    *model)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (model, i);

      g_signal_connect_swapped (row, "notify", G_CALLBACK (mv_record_watch_queue), self);
      g_ptr_array_add (self->rows, g_steal_pointer (&row));
    }
}

static void
watch_rows (MvRecordWatch *self)
{
  unwatch_rows (self);
  for (guint m = 0; m < self->models->len; m++)
    if (g_array_index (self->with_rows, gboolean, m))
      watch_model_rows (self, g_ptr_array_index (self->models, m));
}

static void
items_changed_cb (MvRecordWatch *self,
                  guint          position,
                  guint          removed,
                  guint          added,
                  GListModel    *model)
{
  guint index;

  if (g_ptr_array_find (self->models, model, &index) &&
      g_array_index (self->with_rows, gboolean, index))
    watch_rows (self);
  mv_record_watch_queue (self);
}

/**
 * mv_record_watch_new:
 * @func: told of changes, with @user_data
 */
MvRecordWatch *
mv_record_watch_new (MvRecordWatchFunc func,
                     gpointer          user_data)
{
  MvRecordWatch *self;

  g_return_val_if_fail (func != NULL, NULL);

  self = g_new0 (MvRecordWatch, 1);
  self->func = func;
  self->user_data = user_data;
  self->models = g_ptr_array_new_with_free_func (g_object_unref);
  self->with_rows = g_array_new (FALSE, FALSE, sizeof (gboolean));
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  return self;
}

/**
 * mv_record_watch_add:
 * @with_rows: whether a change to a row's properties counts too
 *
 * Watches @model from now on; the view hears of it at the next idle.
 */
void
mv_record_watch_add (MvRecordWatch *self,
                     GListModel    *model,
                     gboolean       with_rows)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (G_IS_LIST_MODEL (model));

  g_ptr_array_add (self->models, g_object_ref (model));
  g_array_append_val (self->with_rows, with_rows);
  g_signal_connect_swapped (model, "items-changed", G_CALLBACK (items_changed_cb), self);
  if (with_rows)
    watch_model_rows (self, model);
  mv_record_watch_queue (self);
}

/**
 * mv_record_watch_clear:
 *
 * Watches nothing any more, and drops a change not yet told.
 */
void
mv_record_watch_clear (MvRecordWatch *self)
{
  g_return_if_fail (self != NULL);

  unwatch_rows (self);
  for (guint m = 0; m < self->models->len; m++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->models, m),
                                          items_changed_cb, self);
  g_ptr_array_set_size (self->models, 0);
  g_array_set_size (self->with_rows, 0);
  mv_record_watch_cancel (self);
}

void
mv_record_watch_free (MvRecordWatch *self)
{
  if (self == NULL)
    return;

  mv_record_watch_clear (self);
  g_ptr_array_unref (self->models);
  g_array_unref (self->with_rows);
  g_ptr_array_unref (self->rows);
  g_free (self);
}
