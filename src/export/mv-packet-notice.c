/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mv-agenda-export.h"
#include "mv-packet-notice.h"
#include "mv-queries.h"

/* The packet's first part is the notice as mv-agenda-export makes it, in
 * the packet's language, but without its own page numbers: the packet
 * numbers all its pages, the notice's with them. */
GBytes *
mv_packet_notice_pdf (MvStore    *store,
                      MvMeeting  *meeting,
                      MvLanguage  language,
                      gboolean    public_only,
                      GError    **error)
{
  g_autoptr(MvPdfWriter) w = NULL;
  g_autofree char *name = NULL;

  if (!(w = mv_agenda_notice_new (store, meeting, language, public_only, error)))
    return NULL;
  mv_pdf_writer_set_page_format (w, NULL);
  name = mv_meeting_dup_date (meeting);
  return mv_pdf_writer_save_to_bytes (w, name, error);
}
