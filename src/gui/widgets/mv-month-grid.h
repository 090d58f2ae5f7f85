/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  MV_DAY_MEETING   = 1 << 0,
  MV_DAY_DEADLINE  = 1 << 1,
  MV_DAY_CANCELLED = 1 << 2,
  MV_DAY_HOLIDAY   = 1 << 3,  /* a public holiday; the grid marks these itself */
} MvDayMarks;

#define MV_TYPE_MONTH_GRID (mv_month_grid_get_type ())

G_DECLARE_FINAL_TYPE (MvMonthGrid, mv_month_grid, MV, MONTH_GRID, GtkWidget)

GtkWidget  *mv_month_grid_new         (void);
void        mv_month_grid_set_month   (MvMonthGrid *self,
                                       int          year,
                                       GDateMonth   month);
void        mv_month_grid_mark_day    (MvMonthGrid *self,
                                       int          day,
                                       MvDayMarks   marks,
                                       const char  *description);
MvDayMarks  mv_month_grid_get_marks   (MvMonthGrid *self,
                                       int          day);
GtkWidget  *mv_month_grid_get_day     (MvMonthGrid *self,
                                       int          day);
/* The ISO week number shown before the row of @day. */
int         mv_month_grid_get_week    (MvMonthGrid *self,
                                       int          day);

G_END_DECLS
