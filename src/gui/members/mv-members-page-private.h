/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-coverage-panel.h"
#include "mv-member-dialog.h"
#include "mv-members-page.h"

G_BEGIN_DECLS

/* The parts of the members view that the tests look at as a user would. */

GtkSearchEntry  *mv_members_page_get_search_entry   (MvMembersPage *self);
GtkDropDown     *mv_members_page_get_role_dropdown  (MvMembersPage *self);
GtkDropDown     *mv_members_page_get_status_dropdown (MvMembersPage *self);
MvCoveragePanel *mv_members_page_get_coverage_panel (MvMembersPage *self);
MvMemberDialog  *mv_members_page_get_dialog         (MvMembersPage *self);
AdwToast        *mv_members_page_get_last_toast     (MvMembersPage *self);
AdwMessageDialog *mv_members_page_get_report_dialog (MvMembersPage *self);

G_END_DECLS
