/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mv-council.h"
#include "mv-store.h"
#include "mv-undo.h"

G_BEGIN_DECLS

#define MV_TYPE_PLAN_YEAR_DIALOG (mv_plan_year_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MvPlanYearDialog, mv_plan_year_dialog, MV, PLAN_YEAR_DIALOG, AdwWindow)

GtkWidget *mv_plan_year_dialog_new    (GtkWindow        *parent,
                                       MvStore          *store,
                                       MvCouncil        *council,
                                       int               year);
gboolean   mv_plan_year_dialog_create (MvPlanYearDialog *self);
MvUndo    *mv_plan_year_dialog_take_undo (MvPlanYearDialog *self);

G_END_DECLS
