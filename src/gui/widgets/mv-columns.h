/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Returns the text of one cell for @item, a record of the list. */
typedef char *(*MvCellTextFunc) (gpointer item,
                                 gpointer user_data);

typedef enum
{
  MV_COLUMN_DEFAULT = 0,
  MV_COLUMN_EXPAND  = 1 << 0,  /* takes the width left over */
  MV_COLUMN_NUMERIC = 1 << 1,  /* right-aligned, digits of one width */
  MV_COLUMN_WRAP    = 1 << 2,  /* a long text on three lines before it is cut */
} MvColumnFlags;

GtkColumnViewColumn *mv_column_view_add_text_column (GtkColumnView  *view,
                                                     const char     *title,
                                                     MvCellTextFunc  func,
                                                     gpointer        user_data,
                                                     GtkSorter      *sorter,
                                                     MvColumnFlags   flags);

void                 mv_column_view_column_refresh  (GtkColumnViewColumn *column);

GtkSorter           *mv_text_sorter_new             (MvCellTextFunc  func,
                                                     gpointer        user_data);

GtkFilterListModel  *mv_column_view_set_records     (GtkColumnView  *view,
                                                     GListModel     *records,
                                                     GtkFilter      *filter);

G_END_DECLS
