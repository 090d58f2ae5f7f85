/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mv-enums.h"
#include "mv-meeting.h"
#include "mv-store.h"

G_BEGIN_DECLS

/* A meeting's papers written in a worker: the notice (PDF), the meeting
 * packet (PDF) or the agenda (XLSX), full or public. The worker opens a
 * connection of its own to the store's file, as DESIGN.md asks; progress
 * and the result come back on the caller's main context. A failed or
 * cancelled export leaves the target as it was. */

typedef enum
{
  MV_MEETING_EXPORT_NOTICE,   /* the notice and agenda, PDF */
  MV_MEETING_EXPORT_PACKET,   /* the notice and the attachments, PDF */
  MV_MEETING_EXPORT_XLSX,     /* the agenda as a spreadsheet */
} MvMeetingExportKind;

/* @fraction 0…1 and what is being done (translated). */
typedef void (*MvMeetingExportProgress) (double      fraction,
                                         const char *what,
                                         gpointer    user_data);

void      mv_meeting_export_async        (MvStore                  *store,
                                          MvMeeting                *meeting,
                                          MvMeetingExportKind       kind,
                                          gboolean                  public_only,
                                          const char               *path,
                                          GCancellable             *cancellable,
                                          MvMeetingExportProgress   progress,
                                          gpointer                  progress_data,
                                          GDestroyNotify            progress_destroy,
                                          GAsyncReadyCallback       callback,
                                          gpointer                  user_data);
/* The same in @language (nb, nn or en; MV_AGENDA_COUNCIL_LANGUAGE of
 * mv-agenda-export.h for the council's, as mv_meeting_export_async()). */
void      mv_meeting_export_async_full   (MvStore                  *store,
                                          MvMeeting                *meeting,
                                          MvMeetingExportKind       kind,
                                          MvLanguage                language,
                                          gboolean                  public_only,
                                          const char               *path,
                                          GCancellable             *cancellable,
                                          MvMeetingExportProgress   progress,
                                          gpointer                  progress_data,
                                          GDestroyNotify            progress_destroy,
                                          GAsyncReadyCallback       callback,
                                          gpointer                  user_data);
/* @left_out: (out) (optional) (transfer full): for the packet, the
 * attachments that could not go in (MvPacketOmission), else empty. */
gboolean  mv_meeting_export_finish       (GAsyncResult             *result,
                                          GPtrArray               **left_out,
                                          GError                  **error);

/* "2027-03-09 Innkalling brukerutvalget.pdf", in the council's document
 * language; the public version says so. */
char     *mv_meeting_export_default_name (MvStore                  *store,
                                          MvMeeting                *meeting,
                                          MvMeetingExportKind       kind,
                                          gboolean                  public_only);

G_END_DECLS
