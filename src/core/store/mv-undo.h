/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-record.h"
#include "mv-store.h"

G_BEGIN_DECLS

/* What it takes to put the file back as it was before one operation: the
 * Undo of the app (a toast, Ctrl+Z) for every kind of change. The core
 * operation that changes the file makes it; the GUI only keeps it and
 * plays it back with mv_undo_apply(), in one batch.
 *
 * An undo is a list of steps, played back last first:
 *  - a record as it was (mv_undo_note_record(), before the change): its
 *    columns are written back and a deletion is undone, or a restore;
 *  - a record the operation added (mv_undo_note_new()): it is deleted;
 *  - a step of the operation's own (mv_undo_add_step()), for what is more
 *    than columns, such as an agenda's numbers. It runs inside the batch. */

typedef struct _MvUndo MvUndo;

typedef gboolean (*MvUndoStepFunc) (MvStore   *store,
                                    gpointer   data,
                                    GError   **error);

MvUndo   *mv_undo_new          (void);
void      mv_undo_free         (MvUndo         *undo);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MvUndo, mv_undo_free)

void      mv_undo_note_record  (MvUndo         *undo,
                                gpointer        record);
void      mv_undo_note_new     (MvUndo         *undo,
                                gpointer        record);
void      mv_undo_add_step     (MvUndo         *undo,
                                MvUndoStepFunc  func,
                                gpointer        data,
                                GDestroyNotify  destroy);
gboolean  mv_undo_is_empty     (MvUndo         *undo);

gboolean  mv_undo_apply        (MvUndo         *undo,
                                MvStore        *store,
                                GError        **error);

G_END_DECLS
