/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-search-bar.h"

G_BEGIN_DECLS

/* The parts the tests look at as a user would. */
GtkEditable *mv_search_bar_get_entry   (MvSearchBar *self);
GtkListBox  *mv_search_bar_get_results (MvSearchBar *self);
GtkWidget   *mv_search_bar_get_close_button (MvSearchBar *self);

G_END_DECLS
