/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mv-council.h"
#include "mv-meeting.h"
#include "mv-meetings.h"
#include "mv-store.h"

G_BEGIN_DECLS

/* A meeting's label in the year plan views; what core says of a meeting is
 * in mv-meetings.h, its dates are mv-dates.h's. */

char      *mv_meeting_dup_label        (MvMeeting  *meeting);

G_END_DECLS
