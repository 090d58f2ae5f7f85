/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mv-dates.h"
#include "mv-document-words.h"
#include "mv-enum-types.h"
#include "mv-error.h"
#include "mv-ical.h"
#include "mv-labels.h"
#include "mv-output.h"
#include "mv-pdf-writer.h"
#include "mv-queries.h"
#include "mv-xlsx.h"
#include "mv-year-plan-export.h"

/* The year plan's fixed words in the council's document language. They are
 * not gettext messages: the language of a council's papers is a setting of
 * the council (nb, nn or en) and has nothing to do with the UI's locale. */

enum
{
  COL_DATE,
  COL_WEEKDAY,     /* XLSX only; the PDF shows it with the date */
  COL_START,
  COL_END,         /* XLSX only; the PDF shows "10:00–13:00" */
  COL_PLACE,
  COL_THEME,
  COL_KIND,
  COL_STATUS,
  COL_DEADLINE,
  COL_NOTICE,
  COL_ITEMS,
  N_COLUMNS
};

typedef struct
{
  MvLanguage  language;
  const char *plan;             /* "Møteplan" */
  const char *keywords;
  const char *updated;          /* "Oppdatert %s" */
  const char *n_meetings;       /* "Antall møter: %u" */
  const char *no_meetings;      /* "… %d." */
  const char *cancelled_note;
  const char *legend;
  const char *time;             /* the PDF's column for "10:00–13:00" */
  const char *headers[N_COLUMNS];
} Words;

static const Words words_nb = {
  .language = MV_LANGUAGE_NB,
  .plan = "Møteplan",
  .keywords = "møteplan, brukerutvalg, NAV",
  .updated = "Oppdatert %s",
  .n_meetings = "Antall møter: %u",
  .no_meetings = "Ingen møter er lagt inn for %d.",
  .cancelled_note = "Avlyste møter står i grå kursiv.",
  .legend = "Saksfrist er siste dag for å melde inn saker til møtet. Innkallingen med "
            "saksliste sendes ut på datoen under «Innkalling».",
  .time = "Tid",
  .headers = { "Dato", "Ukedag", "Fra", "Til", "Sted", "Tema", "Type", "Status", "Saksfrist",
               "Innkalling", "Saker" },
};

static const Words words_nn = {
  .language = MV_LANGUAGE_NN,
  .plan = "Møteplan",
  .keywords = "møteplan, brukarutval, NAV",
  .updated = "Oppdatert %s",
  .n_meetings = "Tal på møte: %u",
  .no_meetings = "Ingen møte er lagde inn for %d.",
  .cancelled_note = "Avlyste møte står i grå kursiv.",
  .legend = "Saksfrist er siste dag for å melde inn saker til møtet. Innkallinga med "
            "sakliste blir send ut på datoen under «Innkalling».",
  .time = "Tid",
  .headers = { "Dato", "Vekedag", "Frå", "Til", "Stad", "Tema", "Type", "Status", "Saksfrist",
               "Innkalling", "Saker" },
};

static const Words words_en = {
  .language = MV_LANGUAGE_EN,
  .plan = "Meeting plan",
  .keywords = "meeting plan, user council, NAV",
  .updated = "Updated %s",
  .n_meetings = "Meetings: %u",
  .no_meetings = "No meetings are planned for %d.",
  .cancelled_note = "Cancelled meetings are shown in grey italics.",
  .legend = "The case deadline is the last day to submit items for the meeting. The notice "
            "with the agenda goes out on the date under “Notice”.",
  .time = "Time",
  .headers = { "Date", "Weekday", "From", "To", "Place", "Theme", "Kind", "Status",
               "Case deadline", "Notice", "Items" },
};

static const Words *
council_words (MvCouncil *council)
{
  return mv_words_for_language (mv_council_get_language (council), &words_nb, &words_nn,
                                &words_en);
}

/* The names of the enums' values are every paper's (mv-labels.h). */
static const char *
kind_word (const Words   *words,
           MvMeetingKind  kind)
{
  return mv_enum_to_document_label (MV_TYPE_MEETING_KIND, kind, words->language);
}

static const char *
status_word (const Words     *words,
             MvMeetingStatus  status)
{
  return mv_enum_to_document_label (MV_TYPE_MEETING_STATUS, status, words->language);
}

/* "tirsdag 10.02.2027", "Tue 10 Feb 2027" */
static char *
format_meeting_date (const Words *words,
                     MvMeeting   *meeting)
{
  const char *starts = mv_meeting_get_starts_at (meeting);
  g_autofree char *date = mv_date_format_document (words->language, starts, TRUE);

  if (*date == '\0')
    return g_strdup ("");
  return g_strdup_printf ("%s %s", mv_date_document_weekday (words->language, starts, TRUE), date);
}

static char *
plan_title (const Words *words,
            int          year)
{
  return g_strdup_printf ("%s %d", words->plan, year);
}

/* ------------------------------------------------------------------------ */
/* PDF                                                                      */
/* ------------------------------------------------------------------------ */

/**
 * mv_export_year_plan_pdf:
 *
 * The year plan as a tagged A4 PDF, landscape so that the nine columns
 * read without squinting.
 */
gboolean
mv_export_year_plan_pdf (MvStore     *store,
                         MvCouncil   *council,
                         int          year,
                         const char  *path,
                         GError     **error)
{
  const Words *words = council_words (council);
  g_autoptr(MvPdfWriter) w = mv_pdf_writer_new ();
  g_autoptr(GPtrArray) meetings = mv_store_list_meetings (store, council, year);
  g_autofree char *title = plan_title (words, year);
  g_autofree char *full_title = g_strdup_printf ("%s – %s", title, mv_council_get_name (council));
  g_autofree char *today = mv_date_document_today (words->language, TRUE);
  g_autofree char *updated = mv_words_printf (words->updated, today);
  g_autofree char *intro = NULL;
  const char *header[] = { words->headers[COL_DATE], words->time, words->headers[COL_PLACE],
                           words->headers[COL_THEME], words->headers[COL_KIND],
                           words->headers[COL_STATUS], words->headers[COL_DEADLINE],
                           words->headers[COL_NOTICE], words->headers[COL_ITEMS] };
  const double widths[] = { 24, 19, 35, 35, 20, 22, 17, 17, 10 };
  gboolean any_cancelled = FALSE;
  MvPdfTable *table;

  mv_pdf_writer_set_metadata (w, full_title, mv_council_get_name (council), title,
                              words->keywords);
  mv_pdf_writer_set_orientation (w, MV_PDF_ORIENTATION_LANDSCAPE);
  mv_pdf_writer_set_header (w, mv_council_get_name (council), title);
  mv_pdf_writer_set_footer (w, updated);
  mv_pdf_writer_set_page_format (w, mv_document_page_format (words->language));
  mv_pdf_writer_set_language (w, mv_document_language_tag (words->language));

  mv_pdf_writer_add_heading (w, 1, title, TRUE);
  if (*mv_council_get_nav_unit (council) != '\0' &&
      g_strcmp0 (mv_council_get_nav_unit (council), mv_council_get_name (council)) != 0)
    intro = g_markup_printf_escaped ("<b>%s</b> · %s", mv_council_get_name (council),
                                     mv_council_get_nav_unit (council));
  else
    intro = g_markup_printf_escaped ("<b>%s</b>", mv_council_get_name (council));
  mv_pdf_writer_add_markup (w, intro);

  if (meetings->len == 0)
    {
      g_autofree char *none = mv_words_printf (words->no_meetings, year);

      mv_pdf_writer_add_paragraph (w, none);
      return mv_pdf_writer_save (w, path, error);
    }

  {
    g_autofree char *count = mv_words_printf (words->n_meetings, meetings->len);

    mv_pdf_writer_add_paragraph (w, count);
  }

  table = mv_pdf_writer_add_table (w, G_N_ELEMENTS (header), widths, header);
  mv_pdf_table_set_alignment (table, G_N_ELEMENTS (header) - 1, PANGO_ALIGN_RIGHT);
  for (guint i = 0; i < meetings->len; i++)
    {
      MvMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autofree char *date = format_meeting_date (words, meeting);
      g_autofree char *time = mv_document_format_time (meeting);
      g_autofree char *deadline = mv_date_format_document (words->language,
                                                           mv_meeting_get_case_deadline (meeting),
                                                           TRUE);
      g_autofree char *notice = mv_date_format_document (words->language,
                                                         mv_meeting_get_notice_date (meeting),
                                                         TRUE);
      g_autofree char *items = g_strdup_printf ("%u", mv_store_count_items (store,
                                                  mv_record_get_id (MV_RECORD (meeting))));
      gboolean cancelled = mv_meeting_get_status (meeting) == MV_MEETING_STATUS_CANCELLED;
      const char *cells[] = { date, time, mv_meeting_get_place (meeting),
                              mv_meeting_get_theme (meeting),
                              kind_word (words, mv_meeting_get_kind (meeting)),
                              status_word (words, mv_meeting_get_status (meeting)),
                              deadline, notice, items };

      any_cancelled |= cancelled;
      mv_pdf_table_add_row (table, cancelled ? MV_PDF_ROW_MUTED : MV_PDF_ROW_NORMAL, cells);
    }

  if (any_cancelled)
    mv_pdf_writer_add_note (w, words->cancelled_note);
  mv_pdf_writer_add_note (w, words->legend);

  return mv_pdf_writer_save (w, path, error);
}

/* ------------------------------------------------------------------------ */
/* XLSX                                                                     */
/* ------------------------------------------------------------------------ */

#define TITLE_ROW   0
#define COUNCIL_ROW 1
#define UPDATED_ROW 2
#define HEADER_ROW  4
#define FIRST_ROW   5

/* libxlsxwriter refuses a header or footer over 255 bytes: the council's
 * name and a short line share one. */
#define HEADER_NAME_MAX_BYTES  160
#define HEADER_SHORT_MAX_BYTES 80

/* Widths in characters; the wrapped columns grow their rows. */
static const double column_widths[N_COLUMNS] = {
  [COL_DATE] = 11, [COL_WEEKDAY] = 10, [COL_START] = 7, [COL_END] = 7, [COL_PLACE] = 34,
  [COL_THEME] = 34, [COL_KIND] = 14, [COL_STATUS] = 17, [COL_DEADLINE] = 12,
  [COL_NOTICE] = 12, [COL_ITEMS] = 7,
};

typedef enum
{
  FMT_TEXT,
  FMT_WRAP,
  FMT_DATE,
  FMT_TIME,
  FMT_NUMBER,
  N_FORMATS
} CellFormat;

/* formats[cancelled][kind] */
static void
add_formats (lxw_workbook *workbook,
             lxw_format   *formats[2][N_FORMATS])
{
  for (int cancelled = 0; cancelled < 2; cancelled++)
    for (int k = 0; k < N_FORMATS; k++)
      {
        lxw_format *f = workbook_add_format (workbook);

        format_set_align (f, LXW_ALIGN_VERTICAL_TOP);
        switch (k)
          {
          case FMT_WRAP:
            format_set_text_wrap (f);
            break;
          case FMT_DATE:
            format_set_num_format (f, "dd.mm.yyyy");
            format_set_align (f, LXW_ALIGN_LEFT);
            break;
          case FMT_TIME:
            format_set_num_format (f, "hh:mm");
            format_set_align (f, LXW_ALIGN_LEFT);
            break;
          case FMT_NUMBER:
            format_set_num_format (f, "0");
            break;
          default:
            break;
          }
        if (cancelled)
          {
            format_set_font_color (f, 0x6B6B6B);
            format_set_italic (f);
          }
        formats[cancelled][k] = f;
      }
}

static gboolean
write_xlsx (MvStore     *store,
            MvCouncil   *council,
            int          year,
            const char  *path,
            const char  *file,
            GError     **error)
{
  const Words *words = council_words (council);
  g_autoptr(GPtrArray) meetings = mv_store_list_meetings (store, council, year);
  g_autofree char *title = plan_title (words, year);
  g_autofree char *today = mv_date_document_today (words->language, TRUE);
  g_autofree char *updated = mv_words_printf (words->updated, today);
  g_autofree char *name = mv_xlsx_escape_header_footer (mv_council_get_name (council),
                                                        HEADER_NAME_MAX_BYTES);
  g_autofree char *header_title = mv_xlsx_escape_header_footer (title, HEADER_SHORT_MAX_BYTES);
  g_autofree char *footer_updated = mv_xlsx_escape_header_footer (updated,
                                                                  HEADER_SHORT_MAX_BYTES);
  g_autofree char *page_header = g_strdup_printf ("&L%s&R%s", name, header_title);
  g_autofree char *page_footer = g_strdup_printf ("&L%s&R%s", footer_updated,
                                                  mv_document_page_format_xlsx (words->language));
  g_autofree char *fallback_name = g_strdup_printf ("%d", year);
  lxw_doc_properties properties = { 0 };
  lxw_format *title_format, *council_format, *updated_format, *header_format;
  lxw_format *formats[2][N_FORMATS];
  lxw_row_t last_row;
  MvXlsxSheet sheet;

  /* The name is ours, but a language's word could one day break Excel's
   * rules for sheet names (31 characters, no []:*?/\). */
  if (!mv_xlsx_sheet_open (&sheet, file, title, fallback_name, path, error))
    return FALSE;

  title_format = workbook_add_format (sheet.workbook);
  format_set_bold (title_format);
  format_set_font_size (title_format, 14);
  council_format = workbook_add_format (sheet.workbook);
  format_set_bold (council_format);
  updated_format = workbook_add_format (sheet.workbook);
  format_set_font_color (updated_format, 0x555555);
  header_format = workbook_add_format (sheet.workbook);
  format_set_bold (header_format);
  format_set_bg_color (header_format, 0xE6E6E6);
  format_set_bottom (header_format, LXW_BORDER_THIN);
  format_set_align (header_format, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (header_format);
  add_formats (sheet.workbook, formats);

  properties.title = title;
  properties.author = (char *) mv_council_get_name (council);
  properties.company = (char *) mv_council_get_nav_unit (council);
  properties.keywords = (char *) words->keywords;
  mv_xlsx_check (&sheet, workbook_set_properties (sheet.workbook, &properties));

  mv_xlsx_write_text (&sheet, TITLE_ROW, 0, title, title_format);
  mv_xlsx_check (&sheet, worksheet_set_row (sheet.sheet, TITLE_ROW, 21, NULL));
  mv_xlsx_write_text (&sheet, COUNCIL_ROW, 0, mv_council_get_name (council), council_format);
  mv_xlsx_write_text (&sheet, UPDATED_ROW, 0, updated, updated_format);

  for (lxw_col_t c = 0; c < N_COLUMNS; c++)
    {
      mv_xlsx_write_text (&sheet, HEADER_ROW, c, words->headers[c], header_format);
      mv_xlsx_check (&sheet, worksheet_set_column (sheet.sheet, c, c, column_widths[c], NULL));
    }

  for (guint i = 0; i < meetings->len; i++)
    {
      MvMeeting *meeting = g_ptr_array_index (meetings, i);
      int cancelled = mv_meeting_get_status (meeting) == MV_MEETING_STATUS_CANCELLED;
      lxw_format **f = formats[cancelled];
      lxw_row_t row = FIRST_ROW + i;
      g_autofree char *start = mv_meeting_dup_start_time (meeting);
      g_autofree char *end = mv_meeting_dup_end_time (meeting);
      const char *starts = mv_meeting_get_starts_at (meeting);
      const char *place = mv_meeting_get_place (meeting);
      const char *theme = mv_meeting_get_theme (meeting);
      guint items = mv_store_count_items (store, mv_record_get_id (MV_RECORD (meeting)));

      mv_xlsx_write_date (&sheet, row, COL_DATE, starts, f[FMT_DATE], f[FMT_TEXT]);
      mv_xlsx_write_text (&sheet, row, COL_WEEKDAY,
                          mv_date_document_weekday (words->language, starts, FALSE), f[FMT_TEXT]);
      mv_xlsx_write_time (&sheet, row, COL_START, start, f[FMT_TIME]);
      mv_xlsx_write_time (&sheet, row, COL_END, end, f[FMT_TIME]);
      mv_xlsx_write_text (&sheet, row, COL_PLACE, place, f[FMT_WRAP]);
      mv_xlsx_write_text (&sheet, row, COL_THEME, theme, f[FMT_WRAP]);
      mv_xlsx_write_text (&sheet, row, COL_KIND, kind_word (words, mv_meeting_get_kind (meeting)),
                          f[FMT_TEXT]);
      mv_xlsx_write_text (&sheet, row, COL_STATUS,
                          status_word (words, mv_meeting_get_status (meeting)), f[FMT_TEXT]);
      mv_xlsx_write_date (&sheet, row, COL_DEADLINE, mv_meeting_get_case_deadline (meeting),
                          f[FMT_DATE], f[FMT_TEXT]);
      mv_xlsx_write_date (&sheet, row, COL_NOTICE, mv_meeting_get_notice_date (meeting),
                          f[FMT_DATE], f[FMT_TEXT]);
      mv_xlsx_check (&sheet, worksheet_write_number (sheet.sheet, row, COL_ITEMS, items,
                                                     f[FMT_NUMBER]));

      mv_xlsx_fit_row (&sheet, row, MAX (mv_xlsx_wrapped_lines (place, column_widths[COL_PLACE]),
                                         mv_xlsx_wrapped_lines (theme, column_widths[COL_THEME])));
    }

  last_row = meetings->len > 0 ? FIRST_ROW + meetings->len - 1 : HEADER_ROW;
  mv_xlsx_set_table_layout (&sheet, HEADER_ROW, FIRST_ROW, last_row, N_COLUMNS - 1, page_header,
                            page_footer);

  return mv_xlsx_sheet_close (&sheet, path, error);
}

/**
 * mv_export_year_plan_xlsx:
 *
 * The year plan as a spreadsheet, whatever the user's numeric locale: the
 * library writes numbers with the C library's printf, and "0,5" in the
 * XML breaks the file (TECH-NOTES.md).
 */
gboolean
mv_export_year_plan_xlsx (MvStore     *store,
                          MvCouncil   *council,
                          int          year,
                          const char  *path,
                          GError     **error)
{
  g_autoptr(MvOutput) output = NULL;
  MvXlsxLocale locale;
  gboolean ok;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_COUNCIL (council), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!(output = mv_output_new (path, error)))
    return FALSE;

  if (!mv_xlsx_numeric_locale_push (&locale, error))
    return FALSE;
  ok = write_xlsx (store, council, year, path, mv_output_get_path (output), error);
  mv_xlsx_numeric_locale_pop (&locale);

  return ok && mv_output_commit (output, error);
}

/* ------------------------------------------------------------------------ */

static gboolean
check_year (int          year,
            const char  *path,
            GError     **error)
{
  /* Spreadsheet dates start in 1900. */
  if (year >= 1900 && year <= 9999)
    return TRUE;
  g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
               _("%s: %d is not a year from 1900 to 9999"), path, year);
  return FALSE;
}

/**
 * mv_export_year_plan:
 *
 * Writes the year plan in the format that @path's extension names.
 */
gboolean
mv_export_year_plan (MvStore     *store,
                     MvCouncil   *council,
                     int          year,
                     const char  *path,
                     GError     **error)
{
  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_COUNCIL (council), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_year (year, path, error))
    return FALSE;

  if (mv_has_extension (path, ".pdf"))
    return mv_export_year_plan_pdf (store, council, year, path, error);
  if (mv_has_extension (path, ".xlsx"))
    return mv_export_year_plan_xlsx (store, council, year, path, error);
  if (mv_has_extension (path, ".ics"))
    return mv_ical_export_year (store, council, year, path, error);

  g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
               _("%s: a year plan is written as .pdf, .xlsx or .ics; the file name has none of "
                 "these endings"), path);
  return FALSE;
}
