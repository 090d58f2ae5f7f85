/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mv-council.h"
#include "mv-store.h"

G_BEGIN_DECLS

#define MV_TYPE_ORGANISATIONS_DIALOG (mv_organisations_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MvOrganisationsDialog, mv_organisations_dialog, MV, ORGANISATIONS_DIALOG,
                      AdwWindow)

GtkWidget *mv_organisations_dialog_new (GtkWindow *parent,
                                        MvStore   *store,
                                        MvCouncil *council);

G_END_DECLS
