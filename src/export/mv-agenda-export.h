/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-enums.h"
#include "mv-meeting.h"
#include "mv-pdf-writer.h"
#include "mv-store.h"

G_BEGIN_DECLS

/* The notice of a meeting (innkalling) with its agenda (saksliste), as the
 * members get it: a tagged A4 PDF, the same layout printed, or the agenda
 * as a spreadsheet.
 *
 * The notice says who calls whom to which meeting: "Innkalling til møte i
 * <council>" (en "Notice of meeting – <council>"), date, time and place,
 * to whom and by when to send apologies (forfall: the council's
 * secretariat with its e-mail and phone, else the secretary among the
 * members), the members and deputies with their organisations and the
 * contact details each chose to show (contact-shown), the agenda as a
 * table (Sak, title, kind, presenter, time), and then each item in full:
 * number and title as a bookmarked heading, kind, presenter and time,
 * background, the proposed resolution ("Forslag til vedtak", nn "Framlegg
 * til vedtak", en "Proposed resolution") and its attachments by title and
 * number of pages. It ends with a signature: "Med vennlig hilsen" (nn
 * "Med venleg helsing", en "Kind regards"), the secretariat, the council
 * and its NAV unit.
 *
 * Language. The fixed words are in @language, nb, nn or en, or in the
 * council's document language for MV_AGENDA_COUNCIL_LANGUAGE; they are not
 * gettext messages and do not follow the UI's locale.
 *
 * Public version. With @public_version an item marked exempt from public
 * disclosure (public = FALSE) keeps its number and its place, and shows
 * instead of its title "Unntatt offentlighet, jf. <basis>" (nn "Unnateke
 * offentlegheit", en "Exempt from public disclosure, cf."; the basis as
 * mv_enum_to_document_label() gives it, "offl. § 13 jf. fvl. § 13") –
 * never its title, kind, presenter, texts or documents; an exempt
 * document of a public item shows the same line, without its pages. No
 * member's e-mail address or phone number is shown; the secretariat's
 * are, as the office's. A note under the title says so.
 *
 * Files are written to a temporary file beside @path and renamed over it
 * only when the whole file was written: a failed export leaves @path as it
 * was. Errors are MV_ERROR with a message that names the file. All of them
 * read the store's lists: call them on the thread that owns @store. */

#define MV_AGENDA_COUNCIL_LANGUAGE ((MvLanguage) -1)

/* The notice as a document not yet laid out: save it
 * (mv_pdf_writer_save(), mv_pdf_writer_save_to_bytes()) or print it
 * (mv_pdf_writer_paginate() and mv_pdf_writer_draw_page(), see
 * mv-pdf-writer.h) – the printed pages are the PDF's pages. %NULL if the
 * meeting's council is not in @store. It reads the store on the store's
 * thread; the writer holds copies of everything, so a worker thread may
 * save it (one thread at a time). */
MvPdfWriter *mv_agenda_notice_new         (MvStore      *store,
                                           MvMeeting    *meeting,
                                           MvLanguage    language,
                                           gboolean      public_version,
                                           GError      **error);

gboolean     mv_agenda_export_pdf         (MvStore      *store,
                                           MvMeeting    *meeting,
                                           MvLanguage    language,
                                           gboolean      public_version,
                                           const char   *path,
                                           GError      **error);

/* The notice PDF in memory, e.g. the first part of the meeting packet.
 * @n_pages: (out) (optional): its number of pages. */
GBytes      *mv_agenda_export_pdf_bytes   (MvStore      *store,
                                           MvMeeting    *meeting,
                                           MvLanguage    language,
                                           gboolean      public_version,
                                           guint        *n_pages,
                                           GError      **error);

/* Sheet "Saksliste" (nn "Sakliste", en "Agenda"): a header block (council, meeting, date,
 * place), then one row per item – number, title, kind, presenter, start,
 * minutes, raised by, NAV's decision date, attachments – with real dates
 * and times, frozen header, autofilter, A4 landscape one page wide, page
 * header and footer. Sheet "Vedlegg" (en "Attachments") lists the
 * documents: item, title, file name, pages, public. The public version's
 * exempt items and documents as in the PDF. Correct under any numeric
 * locale. */
gboolean     mv_agenda_export_xlsx        (MvStore      *store,
                                           MvMeeting    *meeting,
                                           MvLanguage    language,
                                           gboolean      public_version,
                                           const char   *path,
                                           GError      **error);

/* .pdf or .xlsx (in any case) by @path's ending; anything else is
 * MV_ERROR_INVALID and nothing is written. */
gboolean     mv_agenda_export             (MvStore      *store,
                                           MvMeeting    *meeting,
                                           MvLanguage    language,
                                           gboolean      public_version,
                                           const char   *path,
                                           GError      **error);

G_END_DECLS
