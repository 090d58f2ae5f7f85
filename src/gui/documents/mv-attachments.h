/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mv-agenda-item.h"
#include "mv-meeting.h"
#include "mv-store.h"

G_BEGIN_DECLS

#define MV_TYPE_ATTACHMENTS (mv_attachments_get_type ())

G_DECLARE_FINAL_TYPE (MvAttachments, mv_attachments, MV, ATTACHMENTS, GtkWidget)

/* The case documents of one item or one meeting: Attach…, files dropped
 * from the file manager, a row per file while it is read, the password of
 * a protected PDF, and per document Open, Save a Copy…, exempt from public
 * access and Remove (with Undo). Read-only files show the list only. */

GtkWidget *mv_attachments_new          (void);
void       mv_attachments_set_owner    (MvAttachments *self,
                                        MvStore       *store,
                                        MvAgendaItem  *item,
                                        MvMeeting     *meeting);
MvRecord  *mv_attachments_get_owner    (MvAttachments *self);
void       mv_attachments_attach_files (MvAttachments *self,
                                        GFile        **files,
                                        guint          n_files);
void       mv_attachments_attach_file_titled (MvAttachments *self,
                                              GFile         *file);
gboolean   mv_attachments_get_busy     (MvAttachments *self);
void       mv_attachments_add_drop_target (MvAttachments *self,
                                           GtkWidget     *widget);

G_END_DECLS
