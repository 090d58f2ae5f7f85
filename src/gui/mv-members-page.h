/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-section-page.h"

G_BEGIN_DECLS

#define MV_TYPE_MEMBERS_PAGE (mv_members_page_get_type ())

G_DECLARE_FINAL_TYPE (MvMembersPage, mv_members_page, MV, MEMBERS_PAGE, MvSectionPage)

G_END_DECLS
