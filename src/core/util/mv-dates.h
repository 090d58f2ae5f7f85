/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mv-enums.h"

G_BEGIN_DECLS

/* Every date and time the app reads or writes, in one place, in three
 * forms:
 *
 * The file. ISO 8601: a day "YYYY-MM-DD", a meeting's start and end
 * "YYYY-MM-DDTHH:MM" in local time (Europe/Oslo), a time of day "HH:MM",
 * and a row's stamp "YYYY-MM-DDTHH:MM:SSZ" in UTC.
 *
 * The user. A secretary types a day as "17.05.2027" ("17.5.2027", or ISO)
 * and a field shows it back in that form (mv_date_format_entry()); lists and
 * pages show it in the UI's language with a format the translations give
 * (mv_date_format_user(): "10. feb. 2026" in Norwegian, "10 Feb 2026" in
 * English).
 *
 * The papers. A council's papers are in its document language (nb, nn or
 * en), whatever the UI's: "14.04.2026", "tirsdag 14. april 2026",
 * "Tuesday 14 April 2026" (mv_date_format_document()).
 *
 * Times read "10:00", a span "10:00–13:00" (mv_time_range_format()) in
 * every language. Other files' own forms (iCalendar's "20270309T100000",
 * XLSX's day numbers) stay with their writers, which read the file's
 * dates through these functions. */

/* --- The file ----------------------------------------------------------- */

gboolean    mv_date_parse               (const char   *iso,
                                         GDate        *date);
char       *mv_date_format              (const GDate  *date);
void        mv_date_set_today           (GDate        *date);
char       *mv_date_today               (void);

gboolean    mv_time_parse               (const char   *hh_mm,
                                         int          *minute_of_day);
char       *mv_time_add_minutes         (const char   *hh_mm,
                                         int           minutes);

gboolean    mv_date_time_parse          (const char   *date_time,
                                         GDate        *date,
                                         int          *minute_of_day);
char       *mv_date_time_format         (const GDate  *date,
                                         int           minutes);
char       *mv_date_time_add_minutes    (const char   *date_time,
                                         int           minutes);
gboolean    mv_date_time_difference     (const char   *from,
                                         const char   *to,
                                         int          *minutes);

char       *mv_timestamp_now            (void);
char       *mv_timestamp_now_local      (void);
char       *mv_timestamp_format_local   (GDateTime    *time);
GDateTime  *mv_timestamp_parse          (const char   *stamp);

/* --- The user ----------------------------------------------------------- */

/* Where a typed date comes from: the forms it may have. */
typedef enum
{
  MV_DATE_INPUT_TYPED,  /* a field of the app: also "17/5/2027" */
  MV_DATE_INPUT_FILE,   /* a cell of another program's file: no '/', which a
                         * spreadsheet may have written month first */
} MvDateInput;

/* The UI's forms of a day; the examples are English and Norwegian. */
typedef enum
{
  MV_DATE_STYLE_DIGITS,            /* "5.3.2026", "05.03.2026" */
  MV_DATE_STYLE_DAY_MONTH,         /* "5 Mar", "5. mars" */
  MV_DATE_STYLE_WEEKDAY_DAY_MONTH, /* "Thu 5 Mar", "to. 5. mars" */
  MV_DATE_STYLE_SHORT,             /* "10 Feb 2026", "10. feb. 2026" */
  MV_DATE_STYLE_WEEKDAY_SHORT,     /* "Tue 10 Feb 2026", "ti. 10. feb. 2026" */
  MV_DATE_STYLE_LONG,              /* "Tuesday 14 April 2026", "tirsdag 14. april 2026" */
} MvDateStyle;

/* How a month is named in the UI's language. */
typedef enum
{
  MV_MONTH_NAME_FULL,         /* "February", "februar" */
  MV_MONTH_NAME_ABBREVIATED,  /* "Feb", "feb." */
  MV_MONTH_NAME_STANDALONE,   /* "February": a title, where a language inflects */
} MvMonthName;

gboolean    mv_date_parse_user          (const char   *text,
                                         MvDateInput   input,
                                         GDate        *date);
char       *mv_date_format_entry        (const GDate  *date);
char       *mv_date_iso_to_entry        (const char   *iso);
char       *mv_date_format_user         (const char   *iso,
                                         MvDateStyle   style);
char       *mv_date_weekday_name        (GDateWeekday  weekday,
                                         gboolean      abbreviated);
char       *mv_date_month_name          (GDateMonth    month,
                                         MvMonthName   form);
char       *mv_time_range_format        (const char   *start,
                                         const char   *end);

/* --- The papers --------------------------------------------------------- */

const char *mv_date_document_weekday    (MvLanguage    language,
                                         const char   *iso,
                                         gboolean      abbreviated);
char       *mv_date_format_document     (MvLanguage    language,
                                         const char   *iso,
                                         gboolean      abbreviated);
char       *mv_date_document_today      (MvLanguage    language,
                                         gboolean      abbreviated);
char       *mv_date_format_document_long (MvLanguage   language,
                                          const GDate *date);

G_END_DECLS
