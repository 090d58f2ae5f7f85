/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-enums.h"
#include "mv-record.h"

G_BEGIN_DECLS

#define MV_TYPE_ORGANISATION (mv_organisation_get_type ())

G_DECLARE_FINAL_TYPE (MvOrganisation, mv_organisation, MV, ORGANISATION, MvRecord)

const char        *mv_organisation_get_name       (MvOrganisation *self);
const char        *mv_organisation_get_short_name (MvOrganisation *self);
MvOrganisationKind mv_organisation_get_kind       (MvOrganisation *self);
const char        *mv_organisation_get_areas      (MvOrganisation *self);

G_END_DECLS
