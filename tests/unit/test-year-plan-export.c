/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "mv-enum-types.h"
#include "mv-error.h"
#include "mv-pdf.h"
#include "mv-queries.h"
#include "mv-sample.h"
#include "mv-test-store.h"
#include "mv-test-utils.h"
#include "mv-year-plan-export.h"

/* The year plan as the secretariat sends it: the PDF read back with
 * poppler-utils, the XLSX unzipped cell by cell (under the C and the
 * Norwegian numeric locale), and the CLI command scripts call. */

static const char * const nb_weekdays[] = {
  "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"
};

typedef struct
{
  MvTestStore ts;       /* the sample */
  int         year;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  mv_test_store_set_up (&f->ts, MV_TEST_STORE_SAMPLE);
  f->year = g_date_time_get_year (now);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  mv_test_store_tear_down (&f->ts);
}


static void
meeting_date (MvMeeting *meeting,
              GDate     *date)
{
  g_autofree char *iso = mv_meeting_dup_date (meeting);
  int y, m, d;

  g_assert_cmpint (sscanf (iso, "%d-%d-%d", &y, &m, &d), ==, 3);
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
}

/* "tirsdag 10.02.2027", as the PDF prints a meeting's date. */
static char *
printed_date (MvMeeting *meeting)
{
  GDate date;

  meeting_date (meeting, &date);
  return g_strdup_printf ("%s %02d.%02d.%04d", nb_weekdays[g_date_get_weekday (&date) - 1],
                          g_date_get_day (&date), g_date_get_month (&date),
                          g_date_get_year (&date));
}

static void
cancel_one (Fixture    *f,
            MvMeeting **cancelled)
{
  g_autoptr(GPtrArray) meetings = mv_store_list_meetings (f->ts.store, f->ts.council, f->year);
  g_autoptr(GError) error = NULL;
  MvMeeting *meeting;

  g_assert_cmpuint (meetings->len, >=, 3);
  meeting = g_ptr_array_index (meetings, 2);
  g_assert_true (mv_store_set (f->ts.store, meeting, &error, "status", MV_MEETING_STATUS_CANCELLED,
                               NULL));
  g_assert_no_error (error);
  *cancelled = meeting;
}

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autofree char *pdf = g_build_filename (f->ts.dir, "Møteplan.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  MvMeeting *cancelled;
  const char *p;

  cancel_one (f, &cancelled);
  g_assert_true (mv_export_year_plan (f->ts.store, f->ts.council, f->year, pdf, &error));
  g_assert_no_error (error);

  info = mv_test_run_tool ("pdfinfo", "-enc", "UTF-8", pdf, NULL);
  g_test_message ("%s", info);
  title = g_strdup_printf ("Møteplan %d – Brukerutvalget NAV Eksempelby", f->year);
  mv_test_assert_pdfinfo (info, "Title", title);
  mv_test_assert_pdfinfo (info, "Author", "Brukerutvalget NAV Eksempelby");
  mv_test_assert_pdfinfo (info, "Tagged", "yes");
  mv_test_assert_pdfinfo (info, "Creator", "Medvirke");
  mv_test_assert_pdfinfo (info, "Page size", "841.89 x 595.276 pts (A4)");

  raw = mv_test_pdf_text (pdf, 0);
  text = mv_test_squeeze (raw);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Side 1 av "));
  g_assert_nonnull (strstr (text, "Brukerutvalget NAV Eksempelby"));
  g_assert_nonnull (strstr (text, "Dato Tid Sted Tema Type Status Saksfrist Innkalling Saker"));

  /* Every meeting, in date order, with its theme and status. */
  meetings = mv_store_list_meetings (f->ts.store, f->ts.council, f->year);
  g_assert_cmpuint (meetings->len, ==, 6);
  p = text;
  for (guint i = 0; i < meetings->len; i++)
    {
      MvMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autofree char *date = printed_date (meeting);
      g_autofree char *theme = mv_test_squeeze (mv_meeting_get_theme (meeting));
      const char *at = strstr (p, date);

      if (at == NULL)
        g_error ("“%s” is missing or out of order", date);
      g_assert_nonnull (strstr (at, theme));
      g_assert_nonnull (strstr (at, "10:00–13:00"));
      p = at + strlen (date);
    }
  g_assert_nonnull (strstr (text, "Avlyst"));
  g_assert_nonnull (strstr (text, "Avlyste møter står i grå kursiv."));
  g_assert_true (strstr (text, "Referat godkjent") || strstr (text, "Planlagt"));
}

static void
test_pdf_languages (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (f->ts.dir, "plan.PDF", NULL);
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;

  g_assert_true (mv_store_set (f->ts.store, f->ts.council, &error, "language", MV_LANGUAGE_EN, NULL));
  g_assert_no_error (error);
  g_assert_true (mv_export_year_plan (f->ts.store, f->ts.council, f->year, pdf, &error));
  g_assert_no_error (error);
  raw = mv_test_pdf_text (pdf, 0);
  text = mv_test_squeeze (raw);
  g_assert_nonnull (strstr (text, "Page 1 of 1"));
  g_assert_nonnull (strstr (text, "Meeting plan"));
  g_assert_nonnull (strstr (text, "Case deadline"));
  g_assert_nonnull (strstr (text, "Tue "));
  g_assert_null (strstr (text, "Side 1"));

  g_assert_true (mv_store_set (f->ts.store, f->ts.council, &error, "language", MV_LANGUAGE_NN, NULL));
  g_assert_no_error (error);
  g_assert_true (mv_export_year_plan (f->ts.store, f->ts.council, f->year, pdf, &error));
  g_assert_no_error (error);
  g_free (raw);
  g_free (text);
  raw = mv_test_pdf_text (pdf, 0);
  text = mv_test_squeeze (raw);
  g_assert_nonnull (strstr (text, "Side 1 av 1"));
  g_assert_nonnull (strstr (text, "Stad"));
  g_assert_nonnull (strstr (text, "tysdag"));
}

/* XLSX */

static void
check_xlsx (Fixture    *f,
            const char *locale)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = mv_store_list_meetings (f->ts.store, f->ts.council, f->year);
  g_autofree char *xlsx = g_build_filename (f->ts.dir, "møteplan.xlsx", NULL);
  g_autofree char *workbook = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *strings = NULL;
  g_autofree char *styles = NULL;
  g_autofree char *sheet_name = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GRegex) comma = NULL;
  const char *headers[] = { "Dato", "Ukedag", "Fra", "Til", "Sted", "Tema", "Type", "Status",
                            "Saksfrist", "Innkalling", "Saker" };
  GDate epoch;

  if (!mv_test_set_locale (locale))
    return;
  g_assert_true (mv_export_year_plan (f->ts.store, f->ts.council, f->year, xlsx, &error));
  setlocale (LC_ALL, "C");
  g_assert_no_error (error);

  g_file_get_contents (xlsx, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "PK"));

  workbook = mv_test_xlsx_part (xlsx, "xl/workbook.xml");
  sheet = mv_test_xlsx_part (xlsx, "xl/worksheets/sheet1.xml");
  strings = mv_test_xlsx_part (xlsx, "xl/sharedStrings.xml");
  styles = mv_test_xlsx_part (xlsx, "xl/styles.xml");

  sheet_name = g_strdup_printf ("<sheet name=\"Møteplan %d\"", f->year);
  g_assert_nonnull (strstr (workbook, sheet_name));
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    {
      g_autofree char *si = g_strdup_printf ("<t>%s</t>", headers[i]);

      g_assert_nonnull (strstr (strings, si));
    }
  g_assert_nonnull (strstr (strings, "<t>Brukerutvalget NAV Eksempelby</t>"));
  g_assert_nonnull (strstr (strings, "<t>Sosialhjelp, bolig og økonomi</t>"));

  /* Frozen header, autofilter, A4 landscape one page wide, the header and
   * footer with the page numbers. */
  g_assert_nonnull (strstr (sheet, "state=\"frozen\""));
  g_assert_nonnull (strstr (sheet, "<autoFilter ref=\"A5:K11\""));
  g_assert_nonnull (strstr (sheet, "paperSize=\"9\""));
  g_assert_nonnull (strstr (sheet, "orientation=\"landscape\""));
  g_assert_nonnull (strstr (sheet, "fitToHeight=\"0\""));
  g_assert_nonnull (strstr (sheet, "&amp;LBrukerutvalget NAV Eksempelby&amp;RMøteplan"));
  g_assert_nonnull (strstr (sheet, "Side &amp;P av &amp;N"));

  /* Each meeting's date is a date: its serial number, shown dd.mm.yyyy. */
  g_date_clear (&epoch, 1);
  g_date_set_dmy (&epoch, 30, 12, 1899);
  for (guint i = 0; i < meetings->len; i++)
    {
      MvMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autofree char *ref = g_strdup_printf ("A%u", 6 + i);
      g_autofree char *value = NULL;
      g_autofree char *format = NULL;
      g_autofree char *time_value = NULL;
      g_autofree char *time_ref = g_strdup_printf ("C%u", 6 + i);
      g_autofree char *expected = NULL;
      int style;
      gboolean is_string;
      GDate date;

      meeting_date (meeting, &date);
      g_assert_true (mv_test_xlsx_cell (sheet, ref, &style, &is_string, &value));
      expected = g_strdup_printf ("%d", g_date_days_between (&epoch, &date));
      g_assert_cmpstr (value, ==, expected);
      format = mv_test_xlsx_style_format (styles, style);
      g_assert_cmpstr (format, ==, "dd.mm.yyyy");

      /* 10:00 is 10/24 of a day, with a point. */
      g_assert_true (mv_test_xlsx_cell (sheet, time_ref, &style, &is_string, &time_value));
      g_assert_true (g_str_has_prefix (time_value, "0.41666"));
    }

  /* No number in the XML with a decimal comma. */
  comma = g_regex_new ("=\"-?[0-9]+,[0-9]+\"|<v>-?[0-9]+,[0-9]+</v>", 0, 0, NULL);
  g_assert_false (g_regex_match (comma, sheet, 0, NULL));
  g_assert_false (g_regex_match (comma, styles, 0, NULL));
  g_assert_nonnull (strstr (sheet, "<pageMargins left=\"0.7\""));
}

static void
test_xlsx_c (Fixture       *f,
             gconstpointer  data)
{
  check_xlsx (f, "C");
}

static void
test_xlsx_nb (Fixture       *f,
              gconstpointer  data)
{
  check_xlsx (f, "nb_NO.UTF-8");
}

/* A council whose name has "&": the page header of the XLSX doubles it
 * (a single & starts a code), the PDF shows it as it is. */
static void
test_ampersand (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xlsx = g_build_filename (f->ts.dir, "plan.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (f->ts.dir, "plan.pdf", NULL);
  g_autofree char *sheet = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *info = NULL;

  g_assert_true (mv_store_set (f->ts.store, f->ts.council, &error, "name",
                               "Brukerutvalget Øst & Vest <NAV>", NULL));
  g_assert_no_error (error);
  g_assert_true (mv_export_year_plan (f->ts.store, f->ts.council, f->year, xlsx, &error));
  g_assert_no_error (error);
  sheet = mv_test_xlsx_part (xlsx, "xl/worksheets/sheet1.xml");
  g_assert_nonnull (strstr (sheet, "&amp;LBrukerutvalget Øst &amp;&amp; Vest &lt;NAV&gt;&amp;R"));

  g_assert_true (mv_export_year_plan (f->ts.store, f->ts.council, f->year, pdf, &error));
  g_assert_no_error (error);
  raw = mv_test_pdf_text (pdf, 0);
  g_assert_nonnull (strstr (raw, "Brukerutvalget Øst & Vest <NAV>"));
  info = mv_test_run_tool ("pdfinfo", "-enc", "UTF-8", pdf, NULL);
  mv_test_assert_pdfinfo (info, "Author", "Brukerutvalget Øst & Vest <NAV>");
}

/* Failures */

static void
fail_half_way (Fixture    *f,
               const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvTestFileState) before = NULL;
  g_autofree char *target = g_build_filename (f->ts.dir, name, NULL);
  struct rlimit old_limit;
  gboolean ok;

  mv_test_write_file (target, "fjorårets møteplan");
  before = mv_test_file_state (target);

  mv_test_begin_file_size_limit (2048, &old_limit);
  ok = mv_export_year_plan (f->ts.store, f->ts.council, f->year, target, &error);
  mv_test_end_file_size_limit (&old_limit);

  g_test_message ("%s: %s", name, error ? error->message : "no error");
  g_assert_false (ok);
  g_assert_error (error, MV_ERROR, MV_ERROR_IO);
  g_assert_nonnull (strstr (error->message, target));
  mv_test_assert_file_unchanged (before, target);
  mv_test_assert_no_temp_files (f->ts.dir, name);
}

static void
test_failures (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *docx = g_build_filename (f->ts.dir, "plan.docx", NULL);
  g_autofree char *missing = g_build_filename (f->ts.dir, "mangler", "plan.pdf", NULL);
  g_autofree char *pdf = g_build_filename (f->ts.dir, "plan.pdf", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  before = mv_test_list_dir (f->ts.dir);
  g_assert_false (mv_export_year_plan (f->ts.store, f->ts.council, f->year, docx, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, docx));
  g_assert_nonnull (strstr (error->message, ".pdf, .xlsx or .ics"));
  g_clear_error (&error);

  g_assert_false (mv_export_year_plan (f->ts.store, f->ts.council, f->year, missing, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "mangler"));
  g_clear_error (&error);

  g_assert_false (mv_export_year_plan (f->ts.store, f->ts.council, 1850, pdf, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_clear_error (&error);

  after = mv_test_list_dir (f->ts.dir);
  g_assert_cmpstr (after, ==, before);

  fail_half_way (f, "plan.pdf");
  fail_half_way (f, "plan.xlsx");
}

/* The CLI */

typedef MvTestRun Run;

/* Under the Norwegian locale, as a secretary's laptop runs it; messages
 * untranslated. */
#define CLI_LANGUAGE "C"

static void
assert_file_starts (const char *path,
                    const char *magic)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, magic));
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *year = g_strdup_printf ("%d", f->year);
  g_autofree char *pdf = g_build_filename (f->ts.dir, "plan.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (f->ts.dir, "plan.xlsx", NULL);
  g_autofree char *txt = g_build_filename (f->ts.dir, "plan.txt", NULL);
  g_autofree char *ics = g_build_filename (f->ts.dir, "plan.ics", NULL);
  g_autofree char *council_id = g_strdup (mv_record_get_id (MV_RECORD (f->ts.council)));
  Run run = { 0 };

  /* The file holds one council: --council may be left out. */
  f->ts.council = NULL;
  g_clear_object (&f->ts.store);
  mv_test_run_cli_args (&run, CLI_LANGUAGE, "--db", f->ts.path, "export-year", "--year", year, "-o", pdf,
                        NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  assert_file_starts (pdf, "%PDF");
  mv_test_run_clear (&run);

  mv_test_run_cli_args (&run, CLI_LANGUAGE, "--db", f->ts.path, "export-year", "--council", council_id,
                        "--year", year, "-o", xlsx, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  assert_file_starts (xlsx, "PK");
  mv_test_run_clear (&run);

  mv_test_run_cli_args (&run, CLI_LANGUAGE, "--db", f->ts.path, "export-year", "--year", year, "-o", ics,
                        NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  assert_file_starts (ics, "BEGIN:VCALENDAR");
  mv_test_run_clear (&run);

  /* Errors: one line on stderr that names the input. */
  mv_test_run_cli_args (&run, CLI_LANGUAGE, "--db", f->ts.path, "export-year", "--year", year, "-o", txt,
                        NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, txt));
  g_assert_cmpint (strchr (run.err, '\n') - run.err, ==, strlen (run.err) - 1);
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));
  mv_test_run_clear (&run);

  mv_test_run_cli_args (&run, CLI_LANGUAGE, "--db", f->ts.path, "export-year", "--council", "nope",
                        "--year", year, "-o", pdf, NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "nope"));
  mv_test_run_clear (&run);

  mv_test_run_cli_args (&run, CLI_LANGUAGE, "--db", f->ts.path, "export-year", "--year", "tjue", "-o",
                        pdf, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--year"));
  g_assert_nonnull (strstr (run.err, "tjue"));
  mv_test_run_clear (&run);

  mv_test_run_cli_args (&run, CLI_LANGUAGE, "--db", f->ts.path, "export-year", "--year", year, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "-o FILE"));
  mv_test_run_clear (&run);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/year-plan/pdf", test_pdf);
  ADD ("/year-plan/pdf-languages", test_pdf_languages);
  ADD ("/year-plan/xlsx-c-locale", test_xlsx_c);
  ADD ("/year-plan/xlsx-nb-locale", test_xlsx_nb);
  ADD ("/year-plan/ampersand", test_ampersand);
  ADD ("/year-plan/failures", test_failures);
  ADD ("/year-plan/cli", test_cli);
#undef ADD

  return g_test_run ();
}
