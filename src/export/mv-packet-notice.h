/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-meeting.h"
#include "mv-store.h"

G_BEGIN_DECLS

/* The adapter between the packet and the notice's exporter: the notice and
 * agenda of @meeting (its public version with @public_only) as PDF bytes.
 * On the thread that owns @store. */
GBytes *mv_packet_notice_pdf (MvStore    *store,
                              MvMeeting  *meeting,
                              gboolean    public_only,
                              GError    **error);

G_END_DECLS
