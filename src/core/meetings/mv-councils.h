/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-council.h"
#include "mv-fixed-item.h"
#include "mv-store.h"
#include "mv-undo.h"

G_BEGIN_DECLS

/* Councils and their fixed items, as the welcome page, the council's
 * settings and “medvirke-cli council” change them. Each operation checks
 * its input, runs in one batch (all or nothing) and can hand back an
 * MvUndo that puts the file back as it was.
 *
 * Fixed items. A council's fixed items are the items every new meeting's
 * agenda starts with (mv_agenda_add_fixed_items()), in the order of their
 * positions 0 … n−1. Removing one is a soft delete; the others close the
 * gap. */

MvCouncil   *mv_council_create                  (MvStore             *store,
                                                 const char          *name,
                                                 const char          *nav_unit,
                                                 MvUndo             **undo,
                                                 GError             **error);
/* The fixed items a new council starts with; through the caller's batch. */
gboolean     mv_council_add_default_fixed_items (MvStore             *store,
                                                 MvCouncil           *council,
                                                 GError             **error);

/* Columns of MvCouncil by property name ("name", "start-time",
 * "honorarium-rate" …), each value of the property's type. */
gboolean     mv_council_update_values           (MvStore             *store,
                                                 MvCouncil           *council,
                                                 guint                n_values,
                                                 const char * const  *names,
                                                 const GValue        *values,
                                                 MvUndo             **undo,
                                                 GError             **error);
gboolean     mv_council_update                  (MvStore             *store,
                                                 MvCouncil           *council,
                                                 MvUndo             **undo,
                                                 GError             **error,
                                                 const char          *first_property,
                                                 ...) G_GNUC_NULL_TERMINATED;

/* (transfer full) of MvFixedItem, in their order. */
GPtrArray   *mv_council_list_fixed_items        (MvStore             *store,
                                                 MvCouncil           *council);
MvFixedItem *mv_council_add_fixed_item          (MvStore             *store,
                                                 MvCouncil           *council,
                                                 const char          *title,
                                                 MvItemKind           kind,
                                                 int                  minutes,
                                                 MvUndo             **undo,
                                                 GError             **error);
/* @title: NULL keeps it; @kind, @minutes: −1 keeps it. */
gboolean     mv_council_update_fixed_item       (MvStore             *store,
                                                 MvFixedItem         *item,
                                                 const char          *title,
                                                 int                  kind,
                                                 int                  minutes,
                                                 MvUndo             **undo,
                                                 GError             **error);
gboolean     mv_council_remove_fixed_item       (MvStore             *store,
                                                 MvFixedItem         *item,
                                                 MvUndo             **undo,
                                                 GError             **error);
gboolean     mv_council_reorder_fixed_items     (MvStore             *store,
                                                 MvCouncil           *council,
                                                 GPtrArray           *order,
                                                 MvUndo             **undo,
                                                 GError             **error);

G_END_DECLS
