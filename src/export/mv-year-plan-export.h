/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-council.h"
#include "mv-store.h"

G_BEGIN_DECLS

/* A council's meetings of one year as a file, chosen by the extension of
 * @path (in any case):
 *
 *  .pdf   A4 landscape, tagged: a table of the meetings (date with weekday,
 *         time, place, theme, kind, status, case deadline, notice date,
 *         number of items), cancelled ones greyed and marked; "Side X av Y".
 *  .xlsx  one sheet "Møteplan <year>": a title block, a header row, real
 *         dates (dd.mm.yyyy) and times, frozen header, autofilter, A4
 *         landscape one page wide. Correct under any numeric locale.
 *  .ics   an iCalendar file (mv_ical_export_year()).
 *
 * The fixed words are in the council's document language (nb, nn, en), not
 * the UI's. Anything else is MV_ERROR_INVALID and nothing is written. Each
 * writes a temporary file beside @path and renames it over @path only when
 * the whole file was written, so a failed export leaves @path as it was.
 * Errors are MV_ERROR with a message that names the file.
 *
 * They read the store's lists: call them on the thread that owns @store. */
gboolean mv_export_year_plan      (MvStore     *store,
                                   MvCouncil   *council,
                                   int          year,
                                   const char  *path,
                                   GError     **error);

gboolean mv_export_year_plan_pdf  (MvStore     *store,
                                   MvCouncil   *council,
                                   int          year,
                                   const char  *path,
                                   GError     **error);

gboolean mv_export_year_plan_xlsx (MvStore     *store,
                                   MvCouncil   *council,
                                   int          year,
                                   const char  *path,
                                   GError     **error);

G_END_DECLS
