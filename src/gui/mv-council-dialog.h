/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MV_TYPE_COUNCIL_DIALOG (mv_council_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MvCouncilDialog, mv_council_dialog, MV, COUNCIL_DIALOG, AdwMessageDialog)

/* Asks for a new council's name and NAV unit; its "create" response is
 * enabled while the name is not blank. */
GtkWidget  *mv_council_dialog_new              (GtkWindow       *parent);
const char *mv_council_dialog_get_council_name (MvCouncilDialog *self);
void        mv_council_dialog_set_council_name (MvCouncilDialog *self,
                                                const char      *council_name);
const char *mv_council_dialog_get_nav_unit     (MvCouncilDialog *self);
void        mv_council_dialog_set_nav_unit     (MvCouncilDialog *self,
                                                const char      *nav_unit);

G_END_DECLS
