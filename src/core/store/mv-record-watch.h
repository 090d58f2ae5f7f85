/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Tells a view that the store's lists it shows have changed: a row added
 * or removed, and – for the lists watched with their rows – any property
 * of a row, which a filter or a sorter does not see by itself. The view
 * hears once, at G_PRIORITY_HIGH_IDLE, however many changes came. */

typedef struct _MvRecordWatch MvRecordWatch;
typedef void (*MvRecordWatchFunc) (gpointer user_data);

MvRecordWatch *mv_record_watch_new    (MvRecordWatchFunc  func,
                                       gpointer           user_data);
void           mv_record_watch_free   (MvRecordWatch     *self);
void           mv_record_watch_add    (MvRecordWatch     *self,
                                       GListModel        *model,
                                       gboolean           with_rows);
void           mv_record_watch_clear  (MvRecordWatch     *self);
void           mv_record_watch_queue  (MvRecordWatch     *self);
void           mv_record_watch_flush  (MvRecordWatch     *self);
void           mv_record_watch_cancel (MvRecordWatch     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MvRecordWatch, mv_record_watch_free)

G_END_DECLS
