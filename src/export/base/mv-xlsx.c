/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "mv-dates.h"
#include "mv-error.h"
#include "mv-xlsx.h"

/* Excel keeps at most 32,767 characters (UTF-16 units) in a cell. */
#define CELL_MAX_UNITS 32767

/* Calibri 11, the default font: one line of text is 15 points high; Excel
 * allows a row 409 points. */
#define LINE_HEIGHT    15.0
#define ROW_MAX_HEIGHT 409.0

gboolean
mv_xlsx_sheet_open (MvXlsxSheet  *sheet,
                    const char   *file,
                    const char   *sheet_name,
                    const char   *fallback_name,
                    const char   *target,
                    GError      **error)
{
  lxw_workbook_options options = { .constant_memory = LXW_FALSE };

  g_return_val_if_fail (sheet != NULL, FALSE);
  g_return_val_if_fail (file != NULL, FALSE);
  g_return_val_if_fail (sheet_name != NULL && fallback_name != NULL, FALSE);
  g_return_val_if_fail (target != NULL, FALSE);

  *sheet = (MvXlsxSheet) { NULL, NULL, LXW_NO_ERROR };

  /* 1.1.4 opens the file only when it closes the workbook: NULL here is
   * memory. */
  sheet->workbook = workbook_new_opt (file, &options);
  if (sheet->workbook == NULL)
    {
      mv_xlsx_set_error (error, target, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return FALSE;
    }

  if (workbook_validate_sheet_name (sheet->workbook, sheet_name) != LXW_NO_ERROR)
    sheet_name = fallback_name;
  sheet->sheet = workbook_add_worksheet (sheet->workbook, sheet_name);
  if (sheet->sheet == NULL)
    {
      g_clear_pointer (&sheet->workbook, lxw_workbook_free);
      mv_xlsx_set_error (error, target, LXW_ERROR_PARAMETER_VALIDATION);
      return FALSE;
    }
  return TRUE;
}

gboolean
mv_xlsx_sheet_close (MvXlsxSheet  *sheet,
                     const char   *target,
                     GError      **error)
{
  lxw_error closed;

  g_return_val_if_fail (sheet != NULL && sheet->workbook != NULL, FALSE);
  g_return_val_if_fail (target != NULL, FALSE);

  if (sheet->error != LXW_NO_ERROR)
    {
      g_clear_pointer (&sheet->workbook, lxw_workbook_free);
      sheet->sheet = NULL;
      mv_xlsx_set_error (error, target, sheet->error);
      return FALSE;
    }

  /* The file is written here, and the workbook freed whatever happens. */
  closed = workbook_close (g_steal_pointer (&sheet->workbook));
  sheet->sheet = NULL;
  if (closed != LXW_NO_ERROR)
    {
      mv_xlsx_set_error (error, target, closed);
      return FALSE;
    }
  return TRUE;
}

void
mv_xlsx_check (MvXlsxSheet *sheet,
               lxw_error    error)
{
  g_return_if_fail (sheet != NULL);

  if (sheet->error == LXW_NO_ERROR)
    sheet->error = error;
}

/* Within Excel's limit, marked with an ellipsis where it was cut. */
static char *
cell_text (const char *s)
{
  guint units = 0;
  const char *p;

  for (p = s; *p; p = g_utf8_next_char (p))
    units += g_utf8_get_char (p) > 0xFFFF ? 2 : 1;
  if (units <= CELL_MAX_UNITS)
    return g_strdup (s);

  units = 0;
  for (p = s; *p; p = g_utf8_next_char (p))
    {
      guint u = g_utf8_get_char (p) > 0xFFFF ? 2 : 1;

      if (units + u > CELL_MAX_UNITS - 1)
        break;
      units += u;
    }
  return g_strdup_printf ("%.*s…", (int) (p - s), s);
}

void
mv_xlsx_write_text (MvXlsxSheet *sheet,
                    lxw_row_t    row,
                    lxw_col_t    col,
                    const char  *text,
                    lxw_format  *format)
{
  g_autofree char *valid = NULL;
  g_autofree char *cell = NULL;

  g_return_if_fail (sheet != NULL && sheet->sheet != NULL);

  if (text == NULL || *text == '\0')
    {
      /* Without a format, libxlsxwriter writes no cell at all. */
      mv_xlsx_check (sheet, worksheet_write_blank (sheet->sheet, row, col, format));
      return;
    }
  /* Invalid UTF-8 would make the file unreadable. */
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);
  cell = cell_text (text);
  mv_xlsx_check (sheet, worksheet_write_string (sheet->sheet, row, col, cell, format));
}

gboolean
mv_xlsx_parse_date (const char *iso,
                    GDate      *date)
{
  g_autofree char *day = NULL;

  g_return_val_if_fail (date != NULL, FALSE);

  /* SQLite writes a date and a time apart by a blank. */
  if (iso != NULL && strlen (iso) > 10 && iso[10] == ' ')
    iso = day = g_strndup (iso, 10);
  if (!mv_date_parse (iso, date) || g_date_get_year (date) < 1900)
    {
      g_date_clear (date, 1);
      return FALSE;
    }
  return TRUE;
}

void
mv_xlsx_write_date (MvXlsxSheet *sheet,
                    lxw_row_t    row,
                    lxw_col_t    col,
                    const char  *iso,
                    lxw_format  *date_format,
                    lxw_format  *text_format)
{
  lxw_datetime dt = { 0 };
  GDate date;

  g_return_if_fail (sheet != NULL && sheet->sheet != NULL);

  if (!mv_xlsx_parse_date (iso, &date))
    {
      /* Not a date a spreadsheet knows: keep what was typed. */
      if (iso != NULL && *iso != '\0' && text_format != NULL)
        mv_xlsx_write_text (sheet, row, col, iso, text_format);
      else
        mv_xlsx_check (sheet, worksheet_write_blank (sheet->sheet, row, col, date_format));
      return;
    }
  dt.year = g_date_get_year (&date);
  dt.month = g_date_get_month (&date);
  dt.day = g_date_get_day (&date);
  mv_xlsx_check (sheet, worksheet_write_datetime (sheet->sheet, row, col, &dt, date_format));
}

void
mv_xlsx_write_time (MvXlsxSheet *sheet,
                    lxw_row_t    row,
                    lxw_col_t    col,
                    const char  *hh_mm,
                    lxw_format  *format)
{
  int minute;

  g_return_if_fail (sheet != NULL && sheet->sheet != NULL);

  if (!mv_time_parse (hh_mm, &minute))
    {
      mv_xlsx_check (sheet, worksheet_write_blank (sheet->sheet, row, col, format));
      return;
    }
  mv_xlsx_check (sheet, worksheet_write_number (sheet->sheet, row, col, minute / 1440.0,
                                                format));
}

/* Words wrap a little earlier than the characters would, so this errs on
 * the side of a line too many: a cut-off line is worse than a gap. */
guint
mv_xlsx_wrapped_lines (const char *text,
                       double      width)
{
  guint lines = 0;
  const char *line = text;
  double per_line = MAX (width - 2, 1);

  if (text == NULL || *text == '\0')
    return 1;

  while (line != NULL)
    {
      const char *end = strchr (line, '\n');
      glong n = end ? g_utf8_strlen (line, end - line) : g_utf8_strlen (line, -1);

      lines += MAX (1, (guint) ((n * 1.1 + per_line - 1) / per_line));
      line = end ? end + 1 : NULL;
    }
  return lines;
}

void
mv_xlsx_fit_row (MvXlsxSheet *sheet,
                 lxw_row_t    row,
                 guint        lines)
{
  g_return_if_fail (sheet != NULL && sheet->sheet != NULL);

  if (lines > 1)
    mv_xlsx_check (sheet, worksheet_set_row (sheet->sheet, row,
                                             MIN (lines * LINE_HEIGHT, ROW_MAX_HEIGHT), NULL));
}

void
mv_xlsx_set_table_layout (MvXlsxSheet *sheet,
                          lxw_row_t    header_row,
                          lxw_row_t    first_row,
                          lxw_row_t    last_row,
                          lxw_col_t    last_col,
                          const char  *page_header,
                          const char  *page_footer)
{
  g_return_if_fail (sheet != NULL && sheet->sheet != NULL);
  g_return_if_fail (page_header != NULL && page_footer != NULL);

  worksheet_freeze_panes (sheet->sheet, first_row, 0);
  mv_xlsx_check (sheet, worksheet_autofilter (sheet->sheet, header_row, 0, last_row, last_col));
  worksheet_set_paper (sheet->sheet, 9);   /* A4 */
  worksheet_set_landscape (sheet->sheet);
  worksheet_fit_to_pages (sheet->sheet, 1, 0);
  mv_xlsx_check (sheet, worksheet_repeat_rows (sheet->sheet, header_row, header_row));
  mv_xlsx_check (sheet, worksheet_set_header (sheet->sheet, page_header));
  mv_xlsx_check (sheet, worksheet_set_footer (sheet->sheet, page_footer));
}

char *
mv_xlsx_escape_header_footer (const char *text,
                              gsize       max_bytes)
{
  static const char ellipsis[] = "…";
  g_autoptr(GString) out = g_string_new (NULL);
  gsize fits = 0;   /* where the text is cut if the rest needs the ellipsis */

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (max_bytes >= sizeof ellipsis - 1, NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gsize len = *p == '&' ? 2 : (gsize) (g_utf8_next_char (p) - p);

      if (out->len + len > max_bytes)
        {
          g_string_truncate (out, fits);
          g_string_append (out, ellipsis);
          break;
        }
      if (*p == '&')
        g_string_append (out, "&&");
      else
        g_string_append_len (out, p, len);
      if (out->len + sizeof ellipsis - 1 <= max_bytes)
        fits = out->len;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

gboolean
mv_xlsx_numeric_locale_push (MvXlsxLocale  *locale,
                             GError       **error)
{
  locale_t base;

  g_return_val_if_fail (locale != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* newlocale() takes over @base: it is freed with the new one, or by us if
   * that fails. */
  locale->c_numeric = (locale_t) 0;
  base = duplocale (uselocale ((locale_t) 0));
  if (base != (locale_t) 0)
    locale->c_numeric = newlocale (LC_NUMERIC_MASK, "C", base);
  if (base == (locale_t) 0 || locale->c_numeric == (locale_t) 0)
    {
      int saved_errno = errno;

      if (base != (locale_t) 0)
        freelocale (base);
      g_set_error (error, MV_ERROR, MV_ERROR_FAILED,
                   _("Could not prepare the spreadsheet: %s"), g_strerror (saved_errno));
      return FALSE;
    }
  locale->previous = uselocale (locale->c_numeric);
  return TRUE;
}

void
mv_xlsx_numeric_locale_pop (MvXlsxLocale *locale)
{
  g_return_if_fail (locale != NULL && locale->c_numeric != (locale_t) 0);

  uselocale (locale->previous);
  freelocale (locale->c_numeric);
  locale->c_numeric = (locale_t) 0;
}

void
mv_xlsx_set_error (GError     **error,
                   const char  *target,
                   lxw_error    lxw)
{
  switch (lxw)
    {
    case LXW_ERROR_CREATING_XLSX_FILE:
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_PARAMETER_ERROR:
    case LXW_ERROR_ZIP_BAD_ZIP_FILE:
    case LXW_ERROR_ZIP_INTERNAL_ERROR:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
      g_set_error (error, MV_ERROR, MV_ERROR_IO,
                   _("Could not write “%s”: the disk may be full, or the folder not writable"),
                   target);
      break;
    default:
      g_set_error (error, MV_ERROR, MV_ERROR_FAILED, _("Could not write “%s”: %s"), target,
                   lxw_strerror (lxw));
      break;
    }
}

gboolean
mv_has_extension (const char *path,
                  const char *extension)
{
  g_autofree char *base = NULL;
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL && extension != NULL, FALSE);

  base = g_path_get_basename (path);
  lower = g_utf8_strdown (base, -1);
  return g_str_has_suffix (lower, extension) && strlen (lower) > strlen (extension);
}
