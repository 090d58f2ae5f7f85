/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mv-context.h"

G_BEGIN_DECLS

#define MV_TYPE_COVERAGE_PANEL (mv_coverage_panel_get_type ())

G_DECLARE_FINAL_TYPE (MvCoveragePanel, mv_coverage_panel, MV, COVERAGE_PANEL, GtkWidget)

MvContext *mv_coverage_panel_get_context        (MvCoveragePanel *self);
void       mv_coverage_panel_set_context        (MvCoveragePanel *self,
                                                 MvContext       *context);

/* For the tests: the row of a user group, of a member in the named section
 * ("ending", "ended", "without-deputy"), the text of the summary, and the
 * note above the user groups with its Edit button (%NULL when not shown). */
GtkWidget  *mv_coverage_panel_get_user_group_row (MvCoveragePanel *self,
                                                  const char      *name);
GtkWidget  *mv_coverage_panel_get_member_link    (MvCoveragePanel *self,
                                                  const char      *section,
                                                  const char      *member_name);
const char *mv_coverage_panel_get_summary        (MvCoveragePanel *self);
const char *mv_coverage_panel_get_user_groups_note (MvCoveragePanel *self);

G_END_DECLS
