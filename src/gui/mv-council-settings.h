/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mv-council.h"
#include "mv-store.h"

G_BEGIN_DECLS

#define MV_TYPE_COUNCIL_SETTINGS (mv_council_settings_get_type ())

G_DECLARE_FINAL_TYPE (MvCouncilSettings, mv_council_settings, MV, COUNCIL_SETTINGS,
                      AdwPreferencesWindow)

GtkWidget     *mv_council_settings_new               (GtkWindow         *parent,
                                                      MvStore           *store,
                                                      MvCouncil         *council);

/* For the tests. */
GtkSpinButton *mv_council_settings_get_deadline_spin (MvCouncilSettings *self);
GtkEditable   *mv_council_settings_get_start_row     (MvCouncilSettings *self);
GtkWidget     *mv_council_settings_get_fixed_group   (MvCouncilSettings *self);
AdwEntryRow   *mv_council_settings_get_secretariat_row   (MvCouncilSettings *self,
                                                          const char        *field);
GtkLabel      *mv_council_settings_get_secretariat_error (MvCouncilSettings *self);

G_END_DECLS
