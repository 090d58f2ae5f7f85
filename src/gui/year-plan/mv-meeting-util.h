/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mv-council.h"
#include "mv-meeting.h"
#include "mv-meetings.h"
#include "mv-store.h"

G_BEGIN_DECLS

/* Dates as a secretary types and reads them in the year plan views, and a
 * meeting's label; what core says of a meeting is in mv-meetings.h. */

gboolean   mv_user_date_parse          (const char *text,
                                        GDate      *date);
char      *mv_user_date_format         (const GDate *date);
char      *mv_meeting_dup_label        (MvMeeting  *meeting);

G_END_DECLS
