/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-enums.h"
#include "mv-meeting.h"
#include "mv-store.h"

G_BEGIN_DECLS

/* The adapter between the packet and the notice's exporter: the notice and
 * agenda of @meeting (its public version with @public_only) as PDF bytes,
 * in @language (MV_AGENDA_COUNCIL_LANGUAGE: the council's). On the thread
 * that owns @store. */
GBytes *mv_packet_notice_pdf (MvStore    *store,
                              MvMeeting  *meeting,
                              MvLanguage  language,
                              gboolean    public_only,
                              GError    **error);

G_END_DECLS
