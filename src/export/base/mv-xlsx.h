/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <locale.h>
#include <xlsxwriter.h>

G_BEGIN_DECLS

/* What the XLSX exporters share on top of libxlsxwriter 1.1.4, with its
 * traps avoided (TECH-NOTES.md): the numeric locale, "&" in headers and
 * footers, Excel's cell limit, rows that LibreOffice does not grow, and
 * lxw_error turned into MV_ERROR. */

/* One workbook with one worksheet. The write and check calls keep the first
 * error and ignore the rest, so that a whole sheet can be written before
 * looking: mv_xlsx_sheet_close() reports it. */
typedef struct
{
  lxw_workbook  *workbook;
  lxw_worksheet *sheet;
  lxw_error      error;   /* the first one */
} MvXlsxSheet;

/* A new workbook writing to @file (the temporary file) with a sheet called
 * @sheet_name, or @fallback_name when a translation or a council's word
 * breaks Excel's rules for sheet names. Errors name @target. */
gboolean mv_xlsx_sheet_open   (MvXlsxSheet  *sheet,
                               const char   *file,
                               const char   *sheet_name,
                               const char   *fallback_name,
                               const char   *target,
                               GError      **error);

/* Writes the file, or reports the first error of the sheet; the workbook
 * is freed either way. */
gboolean mv_xlsx_sheet_close  (MvXlsxSheet  *sheet,
                               const char   *target,
                               GError      **error);

void     mv_xlsx_check        (MvXlsxSheet  *sheet,
                               lxw_error     error);

/* Text within Excel's 32,767 characters, cut with "…"; NULL or "" is a
 * blank cell (with @format) or nothing (without). */
void     mv_xlsx_write_text   (MvXlsxSheet  *sheet,
                               lxw_row_t     row,
                               lxw_col_t     col,
                               const char   *text,
                               lxw_format   *format);

/* "YYYY-MM-DD" (a stored date, or the start of a stored date and time) as
 * a real date in @date_format. No date is a blank cell; anything else is
 * kept as typed in @text_format, or blank if that is NULL. */
void     mv_xlsx_write_date   (MvXlsxSheet  *sheet,
                               lxw_row_t     row,
                               lxw_col_t     col,
                               const char   *iso,
                               lxw_format   *date_format,
                               lxw_format   *text_format);

/* "HH:MM" as a time of day (a fraction of a day), or a blank cell. */
void     mv_xlsx_write_time   (MvXlsxSheet  *sheet,
                               lxw_row_t     row,
                               lxw_col_t     col,
                               const char   *hh_mm,
                               lxw_format   *format);

/* How many lines @text takes wrapped in a column @width characters wide,
 * and a row made that high: LibreOffice does not grow a row for wrapped
 * text by itself. One line leaves the row alone. */
guint    mv_xlsx_wrapped_lines (const char  *text,
                                double       width);
void     mv_xlsx_fit_row      (MvXlsxSheet  *sheet,
                               lxw_row_t     row,
                               guint         lines);

/* The printed table: the rows above @first_row frozen, an autofilter on
 * @header_row down to @last_row over columns 0 to @last_col, @header_row
 * repeated on each page, A4 landscape one page wide, and the page header
 * and footer (already escaped). */
void     mv_xlsx_set_table_layout (MvXlsxSheet *sheet,
                                   lxw_row_t    header_row,
                                   lxw_row_t    first_row,
                                   lxw_row_t    last_row,
                                   lxw_col_t    last_col,
                                   const char  *page_header,
                                   const char  *page_footer);

/* @text for a page header or footer: each "&" doubled (a single one starts
 * a code, and "&G" crashes 1.1.4), cut at a character with "…" to at most
 * @max_bytes bytes: libxlsxwriter refuses more than 255 for the whole. */
char    *mv_xlsx_escape_header_footer (const char *text,
                                       gsize       max_bytes);

/* "YYYY-MM-DD", alone or followed by 'T' or ' ' and a time, as a date
 * from 1900 (where spreadsheet dates start) on; FALSE otherwise. */
gboolean mv_xlsx_parse_date   (const char   *iso,
                               GDate        *date);

/* libxlsxwriter prints numbers with the C library's printf, and "0,5" under
 * nb_NO breaks the file. Between push and pop this thread's locale is a
 * copy of the one it had with LC_NUMERIC set to "C": messages, dates and
 * the rest stay in the user's language. */
typedef struct
{
  locale_t c_numeric;
  locale_t previous;
} MvXlsxLocale;

gboolean mv_xlsx_numeric_locale_push (MvXlsxLocale  *locale,
                                      GError       **error);
void     mv_xlsx_numeric_locale_pop  (MvXlsxLocale  *locale);

/* An lxw_error as MV_ERROR naming @target: MV_ERROR_IO where the file
 * system said no, MV_ERROR_FAILED otherwise. */
void     mv_xlsx_set_error    (GError      **error,
                               const char   *target,
                               lxw_error     lxw);

/* Whether the file name of @path ends in @extension (".xlsx"), in any
 * case, and has more than that. */
gboolean mv_has_extension     (const char   *path,
                               const char   *extension);

G_END_DECLS
