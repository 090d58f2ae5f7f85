/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mv-enums.h"
#include "mv-labels.h"
#include "mv-meeting.h"

G_BEGIN_DECLS

/* The words that the papers (notice and agenda, year plan, meeting packet)
 * share, in a council's document language. They are not gettext messages:
 * the language of a council's papers is a setting of the council (nb, nn or
 * en) and has nothing to do with the UI's locale. The names of the enums'
 * values are mv-labels.h's; mv_words_for_language() picks a paper's own
 * table. */

/* printf for the fixed formats of the papers' word tables ("Sak %s"): the
 * format is never a literal at the call, so the compiler cannot check it. */
char          *mv_words_printf              (const char    *format,
                                             ...);

/* The weekday of the ISO date @iso ("tirsdag", "Tuesday"; "Tue" with
 * @abbreviated where the language has a shorter form in the papers), or ""
 * when @iso is not a date. */
const char    *mv_document_weekday          (MvLanguage     language,
                                             const char    *iso,
                                             gboolean       abbreviated);

/* "14.04.2026", or "14 April 2026" in English ("14 Apr 2026" with
 * @abbreviated); "" when @iso is not a date. */
char          *mv_document_format_date      (MvLanguage     language,
                                             const char    *iso,
                                             gboolean       abbreviated);

/* Today as mv_document_format_date() writes it. */
char          *mv_document_today            (MvLanguage     language,
                                             gboolean       abbreviated);

/* "tirsdag 14. april 2026", "Tuesday 14 April 2026" */
char          *mv_document_format_long_date (MvLanguage     language,
                                             const GDate   *date);

/* "10:00–13:00"; only the start when the meeting has no end or ends as it
 * starts. */
char          *mv_document_format_time      (MvMeeting     *meeting);

/* "Side %d av %d" for mv_pdf_writer_set_page_format(). */
const char    *mv_document_page_format      (MvLanguage     language);

/* "Side &P av &N" for a spreadsheet's footer. */
const char    *mv_document_page_format_xlsx (MvLanguage     language);

G_END_DECLS
