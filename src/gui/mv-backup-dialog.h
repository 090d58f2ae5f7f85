/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MV_TYPE_BACKUP_DIALOG (mv_backup_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MvBackupDialog, mv_backup_dialog, MV, BACKUP_DIALOG, AdwMessageDialog)

/* Lists the automatic backups of the file @db_path, newest first and the
 * newest chosen, with their date and what they hold; its "restore"
 * response is enabled while one is chosen. */
GtkWidget  *mv_backup_dialog_new          (GtkWindow      *parent,
                                           const char     *db_path);
/* The chosen backup's path, or %NULL. */
const char *mv_backup_dialog_get_selected (MvBackupDialog *self);
GtkListBox *mv_backup_dialog_get_list     (MvBackupDialog *self);

G_END_DECLS
