/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-section-page.h"

G_BEGIN_DECLS

#define MV_TYPE_YEAR_PLAN_PAGE (mv_year_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (MvYearPlanPage, mv_year_plan_page, MV, YEAR_PLAN_PAGE, MvSectionPage)

G_END_DECLS
