/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-export-dialog.h"

G_BEGIN_DECLS

/* For the tests: the widgets a user sets and reads. */
GtkCheckButton *mv_export_dialog_get_kind_check     (MvExportDialog      *self,
                                                     MvMeetingExportKind  kind);
GtkSwitch      *mv_export_dialog_get_public_switch  (MvExportDialog      *self);
GtkProgressBar *mv_export_dialog_get_progress_bar   (MvExportDialog      *self);
const char     *mv_export_dialog_get_error          (MvExportDialog      *self);
AdwComboRow    *mv_export_dialog_get_language_row   (MvExportDialog      *self);
const char     *mv_export_dialog_get_gaps           (MvExportDialog      *self);

G_END_DECLS
