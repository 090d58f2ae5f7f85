/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mv-council.h"
#include "mv-meeting.h"
#include "mv-store.h"

G_BEGIN_DECLS

#define MV_TYPE_MEETING_DIALOG (mv_meeting_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MvMeetingDialog, mv_meeting_dialog, MV, MEETING_DIALOG, AdwWindow)

GtkWidget *mv_meeting_dialog_new         (GtkWindow       *parent,
                                          MvStore         *store,
                                          MvCouncil       *council,
                                          MvMeeting       *meeting,
                                          int              year);
gboolean   mv_meeting_dialog_save        (MvMeetingDialog *self);
void       mv_meeting_dialog_set_date    (MvMeetingDialog *self,
                                          const char      *text);
void       mv_meeting_dialog_set_start   (MvMeetingDialog *self,
                                          const char      *text);
void       mv_meeting_dialog_set_theme   (MvMeetingDialog *self,
                                          const char      *text);
const char *mv_meeting_dialog_get_error  (MvMeetingDialog *self);
GtkWidget  *mv_meeting_dialog_get_field  (MvMeetingDialog *self,
                                          const char      *name);

G_END_DECLS
