/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-agenda-item.h"
#include "mv-council.h"
#include "mv-meeting.h"
#include "mv-member.h"
#include "mv-organisation.h"
#include "mv-store.h"

G_BEGIN_DECLS

/* Questions the views and the CLI ask of the store's lists. */

MvCouncil *mv_store_find_council      (MvStore      *store,
                                       const char   *id,
                                       GError      **error);
MvMeeting *mv_store_find_meeting      (MvStore      *store,
                                       MvCouncil    *council,
                                       const char   *id_or_date,
                                       GError      **error);
GPtrArray *mv_store_list_members      (MvStore      *store,
                                       MvCouncil    *council,
                                       gboolean      all);
GPtrArray *mv_store_list_meetings     (MvStore      *store,
                                       MvCouncil    *council,
                                       int           year);
GPtrArray *mv_store_list_agenda       (MvStore      *store,
                                       MvMeeting    *meeting);
GPtrArray *mv_store_list_backlog      (MvStore      *store,
                                       MvCouncil    *council);

gboolean   mv_is_blank                (const char   *text);
const char *mv_store_organisation_label (MvStore    *store,
                                        const char   *organisation_id);

gboolean   mv_member_is_active        (MvMember     *member,
                                       GDate        *today);
char      *mv_agenda_item_dup_number  (MvAgendaItem *item);
char      *mv_meeting_dup_date        (MvMeeting    *meeting);
char      *mv_meeting_dup_start_time  (MvMeeting    *meeting);
char      *mv_meeting_dup_end_time    (MvMeeting    *meeting);

G_END_DECLS
