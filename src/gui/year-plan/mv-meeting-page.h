/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mv-agenda-view.h"
#include "mv-meeting.h"
#include "mv-store.h"

G_BEGIN_DECLS

#define MV_TYPE_MEETING_PAGE (mv_meeting_page_get_type ())

G_DECLARE_FINAL_TYPE (MvMeetingPage, mv_meeting_page, MV, MEETING_PAGE, GtkWidget)

MvMeeting *mv_meeting_page_get_meeting    (MvMeetingPage *self);
void       mv_meeting_page_set_meeting    (MvMeetingPage *self,
                                           MvMeeting     *meeting);
void       mv_meeting_page_set_store      (MvMeetingPage *self,
                                           MvStore       *store);
GtkWidget *mv_meeting_page_edit           (MvMeetingPage *self);
GtkWidget *mv_meeting_page_cancel_meeting (MvMeetingPage *self);
void       mv_meeting_page_add_item       (MvMeetingPage *self);
MvAgendaView *mv_meeting_page_get_agenda_view (MvMeetingPage *self);

G_END_DECLS
