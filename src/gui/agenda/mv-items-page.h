/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-agenda-item.h"
#include "mv-item-editor.h"
#include "mv-section-page.h"

G_BEGIN_DECLS

#define MV_TYPE_ITEMS_PAGE (mv_items_page_get_type ())

G_DECLARE_FINAL_TYPE (MvItemsPage, mv_items_page, MV, ITEMS_PAGE, MvSectionPage)

MvAgendaItem *mv_items_page_add_item     (MvItemsPage  *self);
void          mv_items_page_focus_title  (MvItemsPage  *self);
gboolean      mv_items_page_select_item  (MvItemsPage  *self,
                                          MvAgendaItem *item);
void          mv_items_page_focus_search (MvItemsPage  *self);
gboolean      mv_items_page_undo         (MvItemsPage  *self);
MvItemEditor *mv_items_page_get_editor   (MvItemsPage  *self);

G_END_DECLS
