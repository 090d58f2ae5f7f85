/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-search-bar.h"
#include "mv-section-page.h"
#include "mv-window.h"

G_BEGIN_DECLS

/* The parts of the window that the tests look at as a user would. */

const char     *mv_window_get_visible_page   (MvWindow   *self);
GtkListBox     *mv_window_get_sidebar        (MvWindow   *self);
GtkLabel       *mv_window_get_council_title  (MvWindow   *self);
GtkRevealer    *mv_window_get_banner         (MvWindow   *self);
GtkWidget      *mv_window_get_banner_button  (MvWindow   *self);
GtkWidget      *mv_window_get_create_button  (MvWindow   *self);
GtkWidget      *mv_window_get_sample_button  (MvWindow   *self);
GtkWidget      *mv_window_get_add_member_button (MvWindow *self);
GtkWidget      *mv_window_get_member_menu_button (MvWindow *self);
MvSectionPage  *mv_window_get_section_page   (MvWindow   *self,
                                              const char *section);
MvSearchBar    *mv_window_get_search_bar     (MvWindow   *self);

G_END_DECLS
