/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MV_TYPE_APPLICATION (mv_application_get_type ())

G_DECLARE_FINAL_TYPE (MvApplication, mv_application, MV, APPLICATION, AdwApplication)

MvApplication *mv_application_new (void);

G_END_DECLS
