/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mv-agenda-item.h"
#include "mv-meeting.h"
#include "mv-store.h"

G_BEGIN_DECLS

#define MV_TYPE_AGENDA_VIEW (mv_agenda_view_get_type ())

G_DECLARE_FINAL_TYPE (MvAgendaView, mv_agenda_view, MV, AGENDA_VIEW, GtkWidget)

/* A meeting's agenda to build: its items in order with numbers and start
 * times, the total against the meeting's length, the warnings, and the
 * backlog beside it to add from. */

void        mv_agenda_view_set_store      (MvAgendaView *self,
                                           MvStore      *store);
void        mv_agenda_view_set_meeting    (MvAgendaView *self,
                                           MvMeeting    *meeting);
gboolean    mv_agenda_view_move_item      (MvAgendaView *self,
                                           MvAgendaItem *item,
                                           MvMeeting    *meeting,
                                           int           position);
gboolean    mv_agenda_view_undo           (MvAgendaView *self);
GtkListBox *mv_agenda_view_get_agenda_list  (MvAgendaView *self);
GtkListBox *mv_agenda_view_get_backlog_list (MvAgendaView *self);
GtkLabel   *mv_agenda_view_get_total_label  (MvAgendaView *self);
GtkListBox *mv_agenda_view_get_warnings_list (MvAgendaView *self);
GtkWidget  *mv_agenda_view_get_warnings_group (MvAgendaView *self);

G_END_DECLS
