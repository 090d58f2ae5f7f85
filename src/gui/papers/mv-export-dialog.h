/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mv-meeting-export.h"
#include "mv-meeting.h"
#include "mv-store.h"

G_BEGIN_DECLS

/* Exports a meeting's papers: the notice (PDF), the meeting packet (PDF) or
 * the agenda (XLSX), full or public, to a file chosen with the native file
 * chooser under a suggested name. The export runs in a worker with
 * progress and Cancel; afterwards the dialog closes and the window shows a
 * toast with Open and Show in Folder. What the notice lacks
 * (mv_agenda_notice_gaps()) is shown above the choices. */

#define MV_TYPE_EXPORT_DIALOG (mv_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MvExportDialog, mv_export_dialog, MV, EXPORT_DIALOG, AdwWindow)

/* The meeting page's one call: a dialog over @parent's window. */
void                 mv_export_dialog_present          (GtkWidget           *parent,
                                                        MvStore             *store,
                                                        MvMeeting           *meeting);

MvExportDialog      *mv_export_dialog_new              (GtkWindow           *parent,
                                                        MvStore             *store,
                                                        MvMeeting           *meeting);
MvMeetingExportKind  mv_export_dialog_get_kind         (MvExportDialog      *self);
void                 mv_export_dialog_set_kind         (MvExportDialog      *self,
                                                        MvMeetingExportKind  kind);
gboolean             mv_export_dialog_get_public       (MvExportDialog      *self);
void                 mv_export_dialog_set_public       (MvExportDialog      *self,
                                                        gboolean             public_only);
/* The language of the fixed words (nb, nn, en); the council's document
 * language at first. The packet is always in the council's. */
MvLanguage           mv_export_dialog_get_language     (MvExportDialog      *self);
void                 mv_export_dialog_set_language     (MvExportDialog      *self,
                                                        MvLanguage           language);
/* The name the file chooser suggests for the options set. */
char                *mv_export_dialog_dup_default_name (MvExportDialog      *self);
/* Exports to @path as the file chooser's Export does. */
void                 mv_export_dialog_export_to        (MvExportDialog      *self,
                                                        const char          *path);
gboolean             mv_export_dialog_get_busy         (MvExportDialog      *self);

G_END_DECLS
