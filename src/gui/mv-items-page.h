/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-section-page.h"

G_BEGIN_DECLS

#define MV_TYPE_ITEMS_PAGE (mv_items_page_get_type ())

G_DECLARE_FINAL_TYPE (MvItemsPage, mv_items_page, MV, ITEMS_PAGE, MvSectionPage)

G_END_DECLS
