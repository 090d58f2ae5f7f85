/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-record.h"
#include "mv-store.h"
#include "mv-undo.h"

G_BEGIN_DECLS

/* Bringing back what was removed (a soft delete) by its id alone, whatever
 * it is: a member, a meeting, an agenda item, a document or a user group –
 * what "medvirke-cli restore ID" does. Each kind comes back through its own
 * operation, so that what depends on it follows: an item returns to its
 * place and number on its agenda or in the backlog, a meeting's year is
 * numbered again, a document needs its item or meeting to be there.
 *
 * Returns: (transfer none): the record restored, or %NULL with @error set:
 *   MV_ERROR_NOT_FOUND when nothing removed has @id, MV_ERROR_INVALID when
 *   the record with @id has not been removed */
MvRecord *mv_restore_by_id (MvStore     *store,
                            const char  *id,
                            MvUndo     **undo,
                            GError     **error);

G_END_DECLS
