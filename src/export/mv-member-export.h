/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-council.h"
#include "mv-store.h"

G_BEGIN_DECLS

/* The member list as a file: an XLSX spreadsheet to read and print, or a CSV
 * file that our own CSV import (and a spreadsheet) reads back. Members come in
 * the order of mv_store_list_members(); @all adds those whose term has ended.
 * Each writes a temporary file beside @path and renames it over @path only
 * when the whole file was written (MvOutput), so a failed export leaves
 * @path as it was. Errors are MV_ERROR with a message that names the file.
 *
 * The list is the secretariat's own register, not a paper sent out: it
 * keeps every member's e-mail and phone whatever the member chose to show
 * in papers (contact-shown), and is written for the owner's eyes only
 * (MV_OUTPUT_PRIVATE). The papers – the notice, the packet – honour the
 * choice.
 *
 * They read the store's lists, so call them on the thread that owns @store;
 * a member list is a few dozen rows and takes milliseconds. */

/* By the extension of @path, in any case: ".xlsx" or ".csv"; anything else is
 * MV_ERROR_INVALID and nothing is written. */
gboolean mv_export_members      (MvStore     *store,
                                 MvCouncil   *council,
                                 gboolean     all,
                                 const char  *path,
                                 GError     **error);

/* XLSX whatever the extension: a title block (council, NAV unit, the date it
 * was made), a header row, one row per member; A4 landscape, one page wide,
 * frozen header, autofilter. Correct under any numeric locale. */
gboolean mv_export_members_xlsx (MvStore     *store,
                                 MvCouncil   *council,
                                 gboolean     all,
                                 const char  *path,
                                 GError     **error);

/* CSV whatever the extension: UTF-8 with a BOM, ';' between fields, CRLF
 * line ends, fields quoted where needed, dates as DD.MM.YYYY. The header row
 * and the role and yes/no values are fixed Norwegian words (a file format,
 * not translated): navn;rolle;organisasjon;brukergrupper;vara for;fra;til;
 * e-post;telefon;under 30;honorar;merknad. */
gboolean mv_export_members_csv  (MvStore     *store,
                                 MvCouncil   *council,
                                 gboolean     all,
                                 const char  *path,
                                 GError     **error);

G_END_DECLS
