/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-window.h"

G_BEGIN_DECLS

void     mv_window_install_file_actions (GtkWidgetClass  *widget_class);
gboolean mv_window_copy_to_computer     (MvWindow        *self,
                                         const char      *path,
                                         GError         **error);
void     mv_window_restore_backup       (MvWindow        *self,
                                         const char      *backup,
                                         const char      *target);

G_END_DECLS
