/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mv-context.h"
#include "mv-search.h"

G_BEGIN_DECLS

#define MV_TYPE_SEARCH_BAR (mv_search_bar_get_type ())

G_DECLARE_FINAL_TYPE (MvSearchBar, mv_search_bar, MV, SEARCH_BAR, GtkWidget)

/* Full text over the council's items and documents, under the header bar:
 * results grouped into items and documents, each with its snippet and, for
 * a document, the page. Activating one emits ::result-activated with the
 * kind (MvSearchKind), the id of the item or document, and the page (from
 * 1; 0 for an item). */

void     mv_search_bar_set_context     (MvSearchBar *self,
                                        MvContext   *context);
gboolean mv_search_bar_get_search_mode (MvSearchBar *self);
const char *mv_search_bar_get_text     (MvSearchBar *self);
void     mv_search_bar_set_search_mode (MvSearchBar *self,
                                        gboolean     search_mode);

G_END_DECLS
