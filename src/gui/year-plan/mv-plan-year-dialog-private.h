/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-plan-year-dialog.h"

G_BEGIN_DECLS

/* For the tests: the widgets a user sets. */
GtkSpinButton *mv_plan_year_dialog_get_year_spin      (MvPlanYearDialog *self);
GtkSpinButton *mv_plan_year_dialog_get_count_spin     (MvPlanYearDialog *self);
GtkSwitch     *mv_plan_year_dialog_get_months_switch  (MvPlanYearDialog *self);
GtkToggleButton *mv_plan_year_dialog_get_month_button (MvPlanYearDialog *self,
                                                       GDateMonth        month);
GtkDropDown   *mv_plan_year_dialog_get_week_dropdown  (MvPlanYearDialog *self);
GtkDropDown   *mv_plan_year_dialog_get_weekday_dropdown (MvPlanYearDialog *self);
GtkEditable   *mv_plan_year_dialog_get_start_row      (MvPlanYearDialog *self);
GtkSpinButton *mv_plan_year_dialog_get_length_spin    (MvPlanYearDialog *self);
GtkListBox    *mv_plan_year_dialog_get_preview        (MvPlanYearDialog *self);
GtkWidget     *mv_plan_year_dialog_get_create_button  (MvPlanYearDialog *self);
const char    *mv_plan_year_dialog_get_error          (MvPlanYearDialog *self);

/* A preview row's parts. */
GtkEditable   *mv_plan_year_row_get_date              (GtkWidget        *row);
GtkEditable   *mv_plan_year_row_get_theme             (GtkWidget        *row);
const char    *mv_plan_year_row_get_flag              (GtkWidget        *row);

G_END_DECLS
