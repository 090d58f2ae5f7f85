/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mv-agenda-export.h"
#include "mv-packet-notice.h"

/* The packet's first part is the notice as mv-agenda-export makes it, in
 * the packet's language. */
GBytes *
mv_packet_notice_pdf (MvStore    *store,
                      MvMeeting  *meeting,
                      MvLanguage  language,
                      gboolean    public_only,
                      GError    **error)
{
  return mv_agenda_export_pdf_bytes (store, meeting, language, public_only, NULL, error);
}
