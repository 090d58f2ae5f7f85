/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mv-agenda-item.h"
#include "mv-store.h"

G_BEGIN_DECLS

#define MV_TYPE_ITEM_EDITOR (mv_item_editor_get_type ())

G_DECLARE_FINAL_TYPE (MvItemEditor, mv_item_editor, MV, ITEM_EDITOR, GtkWidget)

/* The fields of one agenda item, saved as they are typed. */

void          mv_item_editor_set_store     (MvItemEditor *self,
                                            MvStore      *store);
MvAgendaItem *mv_item_editor_get_item      (MvItemEditor *self);
void          mv_item_editor_set_item      (MvItemEditor *self,
                                            MvAgendaItem *item);
void          mv_item_editor_flush         (MvItemEditor *self);
void          mv_item_editor_focus_title   (MvItemEditor *self);
AdwEntryRow  *mv_item_editor_get_title_row (MvItemEditor *self);
/* For the tests: the public switch and, shown when it is off, the legal
 * basis of the exemption. */
GtkSwitch    *mv_item_editor_get_public_switch    (MvItemEditor *self);
AdwComboRow  *mv_item_editor_get_exempt_basis_row (MvItemEditor *self);

G_END_DECLS
