/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mv-agenda-item.h"
#include "mv-council.h"
#include "mv-document.h"
#include "mv-meeting.h"
#include "mv-store.h"

G_BEGIN_DECLS

#define MV_TYPE_WINDOW (mv_window_get_type ())

G_DECLARE_FINAL_TYPE (MvWindow, mv_window, MV, WINDOW, AdwApplicationWindow)

MvWindow   *mv_window_new             (GtkApplication *application,
                                       MvStore        *store);
MvStore    *mv_window_get_store       (MvWindow       *self);
void        mv_window_set_store       (MvWindow       *self,
                                       MvStore        *store);
gboolean    mv_window_open_path       (MvWindow       *self,
                                       const char     *path,
                                       GError        **error);
MvCouncil  *mv_window_get_council     (MvWindow       *self);
void        mv_window_set_council     (MvWindow       *self,
                                       MvCouncil      *council);
const char *mv_window_get_section     (MvWindow       *self);
void        mv_window_set_section     (MvWindow       *self,
                                       const char     *section);
void        mv_window_show_meeting    (MvWindow       *self,
                                       MvMeeting      *meeting);
MvCouncil  *mv_window_create_council  (MvWindow       *self,
                                       const char     *name,
                                       const char     *nav_unit);
gboolean    mv_window_create_sample   (MvWindow       *self);
void        mv_window_show_error      (MvWindow       *self,
                                       const char     *heading,
                                       const char     *message);
void        mv_window_show_toast      (MvWindow       *self,
                                       const char     *message);
void        mv_window_add_toast       (MvWindow       *self,
                                       AdwToast       *toast);
gboolean    mv_window_show_item       (MvWindow       *self,
                                       MvAgendaItem   *item);
gboolean    mv_window_show_document   (MvWindow       *self,
                                       MvDocument     *document,
                                       int             page);

G_END_DECLS
