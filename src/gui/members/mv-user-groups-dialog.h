/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mv-store.h"

G_BEGIN_DECLS

#define MV_TYPE_USER_GROUPS_DIALOG (mv_user_groups_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MvUserGroupsDialog, mv_user_groups_dialog, MV, USER_GROUPS_DIALOG,
                      AdwWindow)

GtkWidget *mv_user_groups_dialog_new (GtkWindow *parent,
                                      MvStore   *store);

G_END_DECLS
