/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-meeting.h"
#include "mv-month-grid.h"
#include "mv-section-page.h"

G_BEGIN_DECLS

#define MV_TYPE_YEAR_PLAN_PAGE (mv_year_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (MvYearPlanPage, mv_year_plan_page, MV, YEAR_PLAN_PAGE, MvSectionPage)

int          mv_year_plan_page_get_year       (MvYearPlanPage *self);
void         mv_year_plan_page_set_year       (MvYearPlanPage *self,
                                               int             year);
GtkWidget   *mv_year_plan_page_add_meeting    (MvYearPlanPage *self);
GtkWidget   *mv_year_plan_page_plan_year      (MvYearPlanPage *self);
void         mv_year_plan_page_export         (MvYearPlanPage *self);
gboolean     mv_year_plan_page_export_to      (MvYearPlanPage *self,
                                               const char     *path,
                                               GError        **error);
void         mv_year_plan_page_show_meeting   (MvYearPlanPage *self,
                                               MvMeeting      *meeting);
void         mv_year_plan_page_show_list      (MvYearPlanPage *self);
MvMonthGrid *mv_year_plan_page_get_month_grid (MvYearPlanPage *self,
                                               GDateMonth      month);
GtkWidget   *mv_year_plan_page_get_meeting_page (MvYearPlanPage *self);

G_END_DECLS
