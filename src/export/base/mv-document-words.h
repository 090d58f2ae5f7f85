/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mv-enums.h"
#include "mv-labels.h"
#include "mv-meeting.h"
#include "mv-member.h"

G_BEGIN_DECLS

/* The words that the papers (notice and agenda, year plan, meeting packet)
 * share, in a council's document language. They are not gettext messages:
 * the language of a council's papers is a setting of the council (nb, nn or
 * en) and has nothing to do with the UI's locale. The papers' dates are
 * mv-dates.h's (mv_date_format_document()), the names of the enums' values
 * mv-labels.h's; mv_words_for_language() picks a paper's own table. */

/* printf for the fixed formats of the papers' word tables ("Sak %s"): the
 * format is never a literal at the call, so the compiler cannot check it. */
char          *mv_words_printf              (const char    *format,
                                             ...);

/* "10:00–13:00"; only the start when the meeting has no end or ends as it
 * starts. */
char          *mv_document_format_time      (MvMeeting     *meeting);

/* What of @member's contact details a paper sent out may print, as the
 * member chose (contact-shown: e-mail, e-mail and phone, phone, neither):
 * @email and @phone get the member's address and number, or %NULL where
 * the member keeps it out or it is blank. Every paper that names members
 * asks this; the secretariat's own register (the member list's XLSX and
 * CSV, mv-member-export.h) is not a paper sent out and keeps every field. */
void           mv_document_member_contact   (MvMember      *member,
                                             const char   **email,
                                             const char   **phone);

/* "Side %d av %d" for mv_pdf_writer_set_page_format(). */
const char    *mv_document_page_format      (MvLanguage     language);

/* The language's BCP 47 tag for mv_pdf_writer_set_language(): "nb-NO",
 * "nn-NO", "en-GB". */
const char    *mv_document_language_tag     (MvLanguage     language);

/* "Side &P av &N" for a spreadsheet's footer. */
const char    *mv_document_page_format_xlsx (MvLanguage     language);

G_END_DECLS
