/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mv-council.h"
#include "mv-store.h"

G_BEGIN_DECLS

/* The first-run setup right after "Create a Council": the council's level,
 * default place, meeting length, case deadline and notice days, the
 * secretariat's name, e-mail and phone, and the document language, on one
 * page with the usual values filled in. Save (Enter) writes them all in
 * one change with Undo; Skip (Esc) keeps the usual values. The e-mail
 * address is checked when the field is left. */

#define MV_TYPE_COUNCIL_SETUP (mv_council_setup_get_type ())

G_DECLARE_FINAL_TYPE (MvCouncilSetup, mv_council_setup, MV, COUNCIL_SETUP, AdwWindow)

GtkWidget   *mv_council_setup_new       (GtkWindow      *parent,
                                         MvStore        *store,
                                         MvCouncil      *council);
/* What Save does; FALSE (and the dialog stays) when a field is refused. */
gboolean     mv_council_setup_save      (MvCouncilSetup *self);

/* For the tests: "level", "place", "length", "deadline", "notice",
 * "secretariat-name", "secretariat-email", "secretariat-phone",
 * "language", "secretariat-error", "save", "skip". */
GtkWidget   *mv_council_setup_get_field (MvCouncilSetup *self,
                                         const char     *field);

G_END_DECLS
