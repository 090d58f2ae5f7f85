/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-meeting.h"
#include "mv-store.h"

G_BEGIN_DECLS

/* What a notice lacks before it can go out: a members' notice must say
 * where the meeting is, whom apologies go to (the secretariat's name and an
 * e-mail address or phone number) and who presents each case. The GUI asks
 * before "Notice sent", Export and E-mail; "medvirke-cli send-notice" warns.
 *
 * Returns: (transfer full) (element-type utf8): the gaps, translated, the
 *   meeting's first, then the secretariat's, then the items' in agenda
 *   order; empty when nothing is missing. Fixed items (approvals, reports,
 *   any other business) need no presenter, as mv_agenda_warnings() says. */
GPtrArray *mv_agenda_notice_gaps (MvStore   *store,
                                  MvMeeting *meeting);

G_END_DECLS
