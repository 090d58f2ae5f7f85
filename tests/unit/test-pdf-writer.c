/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <poppler.h>
#include <qpdf/qpdf-c.h>
#include <string.h>

#include "mv-error.h"
#include "mv-pdf-writer.h"
#include "mv-test-utils.h"

/* The document writer as a reader sees its PDF: through poppler-utils
 * (pdfinfo, pdftotext, pdffonts), the tools a secretariat's colleagues and
 * their screen readers stand in for. */

#define LONG_TEXT \
  "Brukerutvalget skal gi råd til NAV-kontoret om tjenestene, og medlemmene " \
  "møter for brukerorganisasjonene. Første møte i året går gjennom årsplanen; " \
  "de øvrige tar opp tema som utvalget selv har valgt, og sekretariatet sørger " \
  "for at sakspapirene er klare to uker før. Æ, ø og å står som de skal i teksten, " \
  "også når linjen brytes midt i et langt avsnitt som dette, og ærlig talt er " \
  "det nettopp slike avsnitt som må brytes pent over flere linjer på en side."

typedef struct
{
  char *dir;
  char *pdf;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = mv_test_make_tmp_dir ();
  f->pdf = g_build_filename (f->dir, "dokument.pdf", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  mv_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->pdf);
}

static char *
page_text (const char *pdf,
           int         page,
           gboolean    layout)
{
  g_autofree char *n = g_strdup_printf ("%d", page);

  if (layout)
    return mv_test_run_tool ("pdftotext", "-enc", "UTF-8", "-layout", "-f", n, "-l", n, pdf, "-",
                             NULL);
  return mv_test_run_tool ("pdftotext", "-enc", "UTF-8", "-f", n, "-l", n, pdf, "-", NULL);
}

/* The text of the body with the running header and footer left out, the
 * lines not empty. */
static GPtrArray *
body_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *body = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i]; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));

      if (*line == '\0' || *line == '\f' || g_str_has_prefix (line, "Side ") ||
          g_str_has_prefix (line, "Brukerutvalget NAV Eksempelby"))
        continue;
      g_ptr_array_add (body, g_steal_pointer (&line));
    }
  return body;
}

static MvPdfWriter *
sample_document (void)
{
  MvPdfWriter *w = mv_pdf_writer_new ();
  const char *items[] = { "Godkjenning av innkalling og saksliste",
                          "Orientering fra NAV-lederen om året som gikk",
                          "Eventuelt – saker meldt inn etter fristen", NULL };
  const char *header[] = { "Nummer", "Sak", "Ansvarlig" };
  const double widths[] = { 1, 4, 2 };
  MvPdfTable *table;

  mv_pdf_writer_set_metadata (w, "Testdokument – æøå & <mer>", "Brukerutvalget NAV Eksempelby",
                              "Et dokument for testene", "test, pdf");
  mv_pdf_writer_set_header (w, "Brukerutvalget NAV Eksempelby", "Testdokument");
  mv_pdf_writer_set_footer (w, "Laget av testene");
  mv_pdf_writer_set_page_format (w, "Side %d av %d");

  mv_pdf_writer_add_heading (w, 1, "Innledning om æøå", TRUE);
  mv_pdf_writer_add_paragraph (w, LONG_TEXT);
  mv_pdf_writer_add_paragraph (w, "Tegn som <b> & \"sitater\" står som tekst.");
  mv_pdf_writer_add_heading (w, 2, "Faste saker", TRUE);
  mv_pdf_writer_add_list (w, items);
  mv_pdf_writer_add_link (w, "Les mer om brukermedvirkning", "https://www.nav.no/?a='b'&c=d");
  mv_pdf_writer_add_heading (w, 2, "Sakene i året", TRUE);
  table = mv_pdf_writer_add_table (w, 3, widths, header);
  for (int r = 1; r <= 120; r++)
    {
      g_autofree char *number = g_strdup_printf ("Rad %03d", r);
      g_autofree char *title = g_strdup_printf ("Sak om tema nummer %d%s", r,
                                                r % 7 == 0 ? ", med en tittel så lang at den "
                                                "må brytes over to linjer i cellen sin" : "");
      const char *cells[] = { number, title, r % 2 ? "Sekretariatet" : NULL };

      mv_pdf_table_add_row (table, r % 10 == 0 ? MV_PDF_ROW_MUTED : MV_PDF_ROW_NORMAL, cells);
    }
  mv_pdf_writer_add_heading (w, 3, "Til slutt", TRUE);
  mv_pdf_writer_add_paragraph (w, "Slutt på dokumentet.");
  return w;
}

static void
test_document (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(MvPdfWriter) w = sample_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *fonts = NULL;
  g_autofree char *contents = NULL;
  const char *order[] = { "Innledning om æøå", "Brukerutvalget skal gi råd", "ærlig talt",
                          "Tegn som <b> & \"sitater\" står som tekst.", "Faste saker",
                          "Godkjenning av innkalling", "Eventuelt", "Les mer om brukermedvirkning",
                          "Sakene i året", "Rad 001", "Rad 002", "Rad 060", "Rad 119", "Rad 120",
                          "Til slutt", "Slutt på dokumentet." };
  const char *p;
  int pages;

  g_assert_true (mv_pdf_writer_save (w, f->pdf, &error));
  g_assert_no_error (error);

  g_file_get_contents (f->pdf, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  info = mv_test_run_tool ("pdfinfo", "-enc", "UTF-8", f->pdf, NULL);
  g_test_message ("%s", info);
  mv_test_assert_pdfinfo (info, "Tagged", "yes");
  mv_test_assert_pdfinfo (info, "Title", "Testdokument – æøå & <mer>");
  mv_test_assert_pdfinfo (info, "Author", "Brukerutvalget NAV Eksempelby");
  mv_test_assert_pdfinfo (info, "Subject", "Et dokument for testene");
  mv_test_assert_pdfinfo (info, "Creator", "Medvirke");
  g_free (mv_test_pdfinfo_field (info, "CreationDate"));
  mv_test_assert_pdfinfo (info, "Page size", "595.276 x 841.89 pts (A4)");
  pages = mv_test_pdf_n_pages (f->pdf);
  g_assert_cmpint (pages, >=, 3);
  g_assert_cmpint ((int) mv_pdf_writer_get_n_pages (w), ==, pages);

  /* Everything, in reading order. */
  text = mv_test_run_tool ("pdftotext", "-enc", "UTF-8", f->pdf, "-", NULL);
  p = text;
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      const char *next = strstr (p, order[i]);

      if (next == NULL)
        g_error ("“%s” is missing or out of order in:\n%s", order[i], text);
      p = next + strlen (order[i]);
    }
  for (int r = 1; r <= 120; r++)
    {
      g_autofree char *number = g_strdup_printf ("Rad %03d", r);

      g_assert_nonnull (strstr (text, number));
    }

  /* Each page: its number of the total, and a table's header row. */
  for (int page = 1; page <= pages; page++)
    {
      g_autofree char *t = page_text (f->pdf, page, TRUE);
      g_autofree char *footer = g_strdup_printf ("Side %d av %d", page, pages);

      g_assert_nonnull (strstr (t, footer));
      g_assert_nonnull (strstr (t, "Brukerutvalget NAV Eksempelby"));
      /* A row of two lines stands whole on one page. */
      for (const char *q = t; (q = strstr (q, "med en tittel så lang")) != NULL; q++)
        g_assert_nonnull (strstr (q, "over to linjer i cellen sin"));
      for (const char *q = t; (q = strstr (q, "over to linjer i cellen sin")) != NULL; q++)
        g_assert_true (g_strstr_len (t, q - t, "med en tittel så lang") != NULL);
      if (strstr (t, "Rad ") != NULL)
        {
          const char *head = strstr (t, "Nummer");

          g_assert_nonnull (head);
          g_assert_nonnull (strstr (head, "Sak"));
          g_assert_nonnull (strstr (head, "Ansvarlig"));
          /* Above the first row of the page. */
          g_assert_true (head < strstr (t, "Rad "));
        }
    }

  /* name, type, encoding, emb, sub, uni, object ID: every font embedded. */
  fonts = mv_test_run_tool ("pdffonts", f->pdf, NULL);
  g_test_message ("%s", fonts);
  {
    g_auto(GStrv) lines = g_strsplit (fonts, "\n", -1);
    guint n_fonts = 0;

    g_assert_cmpuint (g_strv_length (lines), >, 3);
    for (guint i = 2; lines[i] && *lines[i]; i++)
      {
        g_autoptr(GPtrArray) words = g_ptr_array_new ();
        g_auto(GStrv) split = g_strsplit (lines[i], " ", -1);

        for (guint k = 0; split[k]; k++)
          if (*split[k])
            g_ptr_array_add (words, split[k]);
        g_assert_cmpuint (words->len, >=, 7);
        g_assert_cmpstr (g_ptr_array_index (words, words->len - 5), ==, "yes");
        n_fonts++;
      }
    g_assert_cmpuint (n_fonts, >=, 1);
  }
}

/* Sections whose headings fall all over the page: none of them is the last
 * thing on a page. */
static void
test_keep_with_next (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(MvPdfWriter) w = mv_pdf_writer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) words = g_string_new (NULL);
  int pages;

  mv_pdf_writer_set_page_format (w, "Side %d av %d");
  for (int s = 1; s <= 45; s++)
    {
      g_autofree char *heading = g_strdup_printf ("Avsnitt %d", s);

      g_string_truncate (words, 0);
      for (int k = 0; k < (s * 7) % 60 + 5; k++)
        g_string_append (words, "ord og særpreg ");
      mv_pdf_writer_add_heading (w, s % 3 == 0 ? 3 : 2, heading, TRUE);
      if (s % 5 == 0)
        mv_pdf_writer_add_heading (w, 3, "Underavsnitt", FALSE);
      mv_pdf_writer_add_paragraph (w, words->str);
    }
  g_assert_true (mv_pdf_writer_save (w, f->pdf, &error));
  g_assert_no_error (error);

  pages = mv_test_pdf_n_pages (f->pdf);
  g_assert_cmpint (pages, >=, 3);
  for (int page = 1; page <= pages; page++)
    {
      g_autofree char *t = page_text (f->pdf, page, FALSE);
      g_autoptr(GPtrArray) lines = body_lines (t);
      const char *last;

      g_assert_cmpuint (lines->len, >, 0);
      last = g_ptr_array_index (lines, lines->len - 1);
      if (g_str_has_prefix (last, "Avsnitt") || g_str_equal (last, "Underavsnitt"))
        g_error ("page %d ends with the heading “%s”:\n%s", page, last, t);
      if (page < pages)
        {
          /* A paragraph split over pages leaves two lines at least. */
          g_assert_cmpuint (lines->len, >=, 2);
        }
    }
}

/* A table kept together starts on a new page rather than run over one;
 * a table too long for a page runs over pages all the same. */
static void
test_keep_together (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(MvPdfWriter) w = mv_pdf_writer_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  const char *header[] = { "Sak", "Tittel" };
  const double widths[] = { 1, 4 };
  MvPdfTable *table;

  mv_pdf_writer_set_page_format (w, "Side %d av %d");
  for (int p = 0; p < 7; p++)
    mv_pdf_writer_add_paragraph (w, LONG_TEXT);
  mv_pdf_writer_add_heading (w, 2, "Saksliste", FALSE);
  table = mv_pdf_writer_add_table (w, 2, widths, header);
  mv_pdf_table_set_keep_together (table, TRUE);
  for (int r = 1; r <= 12; r++)
    {
      g_autofree char *number = g_strdup_printf ("%02d/26", r);
      const char *cells[] = { number, "Sak om brukermedvirkning" };

      mv_pdf_table_add_row (table, MV_PDF_ROW_NORMAL, cells);
    }
  g_assert_true (mv_pdf_writer_save (w, f->pdf, &error));
  g_assert_no_error (error);

  g_assert_cmpint (mv_test_pdf_n_pages (f->pdf), ==, 2);
  first = page_text (f->pdf, 1, FALSE);
  second = page_text (f->pdf, 2, FALSE);
  g_assert_null (strstr (first, "Saksliste"));
  g_assert_null (strstr (first, "01/26"));
  g_assert_nonnull (strstr (second, "Saksliste"));
  g_assert_nonnull (strstr (second, "01/26"));
  g_assert_nonnull (strstr (second, "12/26"));
}

static void
test_missing_folder (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(MvPdfWriter) w = sample_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *target = g_build_filename (f->dir, "finnes-ikke", "dokument.pdf", NULL);
  g_autofree char *listing = NULL;

  g_assert_false (mv_pdf_writer_save (w, target, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "finnes-ikke"));
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));

  listing = mv_test_list_dir (f->dir);
  g_assert_cmpstr (listing, ==, "");
}

/* A write that fails half-way (the file size limit, as a full disk would)
 * leaves the old file and no temporary file. */
static void
test_failed_write_keeps_target (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(MvPdfWriter) w = sample_document ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MvTestFileState) before = NULL;
  g_autofree char *listing = NULL;
  struct rlimit old_limit;
  gboolean ok;

  mv_test_write_file (f->pdf, "den forrige versjonen");
  before = mv_test_file_state (f->pdf);

  mv_test_begin_file_size_limit (4096, &old_limit);
  ok = mv_pdf_writer_save (w, f->pdf, &error);
  mv_test_end_file_size_limit (&old_limit);

  g_assert_false (ok);
  g_assert_error (error, MV_ERROR, MV_ERROR_IO);
  g_assert_nonnull (strstr (error->message, f->pdf));
  mv_test_assert_file_unchanged (before, f->pdf);
  listing = mv_test_list_dir (f->dir);
  g_assert_cmpstr (listing, ==, "dokument.pdf");
}

/* The outline as "A{B,C{D}}", each with the page it opens. */
static void
append_outline (GString          *s,
                PopplerDocument  *doc,
                PopplerIndexIter *iter)
{
  gboolean first = TRUE;

  do
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);
      PopplerIndexIter *child = poppler_index_iter_get_child (iter);

      if (!first)
        g_string_append_c (s, ',');
      first = FALSE;
      g_string_append (s, action->any.title);
      if (action->type == POPPLER_ACTION_GOTO_DEST && action->goto_dest.dest != NULL)
        g_string_append_printf (s, "@%d", action->goto_dest.dest->page_num);
      if (child != NULL)
        {
          g_string_append_c (s, '{');
          append_outline (s, doc, child);
          g_string_append_c (s, '}');
          poppler_index_iter_free (child);
        }
      poppler_action_free (action);
    }
  while (poppler_index_iter_next (iter));
}

/* Bookmarks nest by heading level; the link opens its address. */
static void
test_outline_and_link (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(MvPdfWriter) w = sample_document ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (f->pdf);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GObject) doc_object = NULL;
  PopplerDocument *doc;
  g_autoptr(GObject) page_object = NULL;
  PopplerPage *page;
  g_autoptr(GString) outline = g_string_new (NULL);
  g_autofree char *expected = NULL;
  PopplerIndexIter *iter;
  GList *links;
  gboolean found = FALSE;
  int last;

  g_assert_true (mv_pdf_writer_save (w, f->pdf, &error));
  g_assert_no_error (error);
  doc = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  doc_object = G_OBJECT (doc);

  iter = poppler_index_iter_new (doc);
  g_assert_nonnull (iter);
  append_outline (outline, doc, iter);
  poppler_index_iter_free (iter);
  last = poppler_document_get_n_pages (doc);
  expected = g_strdup_printf ("Innledning om æøå@1{Faste saker@1,Sakene i året@1{Til slutt@%d}}",
                              last);
  g_assert_cmpstr (outline->str, ==, expected);

  page = poppler_document_get_page (doc, 0);
  page_object = G_OBJECT (page);
  links = poppler_page_get_link_mapping (page);
  for (GList *l = links; l != NULL; l = l->next)
    {
      PopplerLinkMapping *link = l->data;

      if (link->action->type == POPPLER_ACTION_URI &&
          g_strcmp0 (link->action->uri.uri, "https://www.nav.no/?a='b'&c=d") == 0)
        found = TRUE;
    }
  poppler_page_free_link_mapping (links);
  g_assert_true (found);
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(MvPdfWriter) w = mv_pdf_writer_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;

  mv_pdf_writer_add_page_break (w);
  g_assert_true (mv_pdf_writer_save (w, f->pdf, &error));
  g_assert_no_error (error);
  info = mv_test_run_tool ("pdfinfo", "-enc", "UTF-8", f->pdf, NULL);
  mv_test_assert_pdfinfo (info, "Pages", "1");
  mv_test_assert_pdfinfo (info, "Tagged", "yes");
}

static void
test_landscape (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(MvPdfWriter) w = sample_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;

  mv_pdf_writer_set_orientation (w, MV_PDF_ORIENTATION_LANDSCAPE);
  g_assert_true (mv_pdf_writer_save (w, f->pdf, &error));
  g_assert_no_error (error);
  info = mv_test_run_tool ("pdfinfo", "-enc", "UTF-8", f->pdf, NULL);
  mv_test_assert_pdfinfo (info, "Page size", "841.89 x 595.276 pts (A4)");
  mv_test_assert_pdfinfo (info, "Tagged", "yes");
}

/* One word, no place to break it: 100,000 characters of it in a paragraph
 * and 300 in a narrow table cell. Every character is in the PDF's text in
 * its order, and no word pdftotext finds reaches past its column's right
 * edge: the word was broken over lines, not run off the page. (It once took
 * minutes; meson's timeout would end the test.) */
#define MARGIN_LEFT (20.0 * 72.0 / 25.4)
#define BODY_RIGHT  (595.276 - MARGIN_LEFT)

typedef struct
{
  double x_max;
  double y_min;
  char  *text;
} Word;

static void
word_free (gpointer data)
{
  Word *word = data;

  g_free (word->text);
  g_free (word);
}

/* The words of pdftotext -bbox, every page's. */
static GPtrArray *
pdf_words (const char *pdf)
{
  g_autofree char *html = mv_test_run_tool ("pdftotext", "-enc", "UTF-8", "-bbox", pdf, "-", NULL);
  g_autoptr(GRegex) regex = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" "
                                         "xMax=\"([0-9.]+)\" yMax=\"[0-9.]+\">([^<]*)</word>",
                                         0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GPtrArray *words = g_ptr_array_new_with_free_func (word_free);

  g_regex_match (regex, html, 0, &match);
  while (g_match_info_matches (match))
    {
      Word *word = g_new0 (Word, 1);
      g_autofree char *y_min = g_match_info_fetch (match, 2);
      g_autofree char *x_max = g_match_info_fetch (match, 3);

      word->x_max = g_ascii_strtod (x_max, NULL);
      word->y_min = g_ascii_strtod (y_min, NULL);
      word->text = g_match_info_fetch (match, 4);
      g_ptr_array_add (words, word);
      g_match_info_next (match, NULL);
    }
  return words;
}

static char *
long_word (guint n_chars)
{
  static const char letters[] = "abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ0123456789";
  GString *word = g_string_sized_new (2 * n_chars);
  const char *p = letters;

  for (guint i = 0; i < n_chars; i++)
    {
      g_string_append_unichar (word, g_utf8_get_char (p));
      p = g_utf8_next_char (p);
      if (*p == '\0')
        p = letters;
    }
  return g_string_free (word, FALSE);
}

static void
test_long_word (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *word = long_word (100000);
  g_autofree char *name = long_word (300);
  g_autoptr(GString) paragraph = g_string_new (NULL);
  g_autoptr(GString) cell = g_string_new (NULL);
  g_autoptr(GPtrArray) words = NULL;
  const double widths[] = { 1, 3 };
  const char *header[] = { "Navn", "Merknad" };
  const char *cells[] = { name, "Medlem" };
  double cell_right = MARGIN_LEFT + (BODY_RIGHT - MARGIN_LEFT) / 4;
  MvPdfWriter *w = mv_pdf_writer_new ();
  MvPdfTable *table;
  gboolean in_table = FALSE;

  mv_pdf_writer_add_paragraph (w, "FØR");
  mv_pdf_writer_add_paragraph (w, word);
  mv_pdf_writer_add_paragraph (w, "ETTER");
  table = mv_pdf_writer_add_table (w, 2, widths, header);
  mv_pdf_table_add_row (table, MV_PDF_ROW_NORMAL, cells);
  g_assert_true (mv_pdf_writer_save (w, f->pdf, &error));
  g_assert_no_error (error);
  mv_pdf_writer_free (w);

  words = pdf_words (f->pdf);
  for (guint i = 0; i < words->len; i++)
    {
      Word *wd = g_ptr_array_index (words, i);

      /* The footer's page numbers. */
      if (wd->y_min > 841.89 - 20.0 * 72.0 / 25.4)
        continue;
      if (g_str_equal (wd->text, "ETTER") || g_str_equal (wd->text, "FØR"))
        continue;
      if (g_str_equal (wd->text, "Navn"))
        {
          in_table = TRUE;
          continue;
        }
      if (g_str_equal (wd->text, "Merknad") || g_str_equal (wd->text, "Medlem"))
        continue;

      if (in_table)
        {
          g_assert_cmpfloat (wd->x_max, <=, cell_right + 0.5);
          g_string_append (cell, wd->text);
        }
      else
        {
          g_assert_cmpfloat (wd->x_max, <=, BODY_RIGHT + 0.5);
          g_string_append (paragraph, wd->text);
        }
    }

  g_assert_true (in_table);
  g_assert_cmpuint (paragraph->len, ==, strlen (word));
  g_assert_true (g_str_equal (paragraph->str, word));
  g_assert_cmpstr (cell->str, ==, name);
}

/* PDF/UA, as a checker (veraPDF, PAC) and a screen reader read it: the
 * file's objects through libqpdf, the structure tree through poppler. */

static qpdf_data
open_qpdf (const char *pdf)
{
  qpdf_data q = qpdf_init ();

  qpdf_silence_errors (q);
  g_assert_cmpint (qpdf_read (q, pdf, NULL) & QPDF_ERRORS, ==, 0);
  return q;
}

static char *
oh_string (qpdf_data   q,
           qpdf_oh     oh,
           const char *key)
{
  qpdf_oh value = qpdf_oh_get_key (q, oh, key);

  if (!qpdf_oh_is_string (q, value))
    return NULL;
  return g_strdup (qpdf_oh_get_utf8_value (q, value));
}

static MvPdfWriter *
nynorsk_document (void)
{
  MvPdfWriter *w = sample_document ();

  mv_pdf_writer_set_language (w, "nn-NO");
  return w;
}

static void
test_pdfua_catalog (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(MvPdfWriter) w = nynorsk_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *info = NULL;
  qpdf_data q;
  qpdf_oh root, prefs, mark;

  g_assert_true (mv_pdf_writer_save (w, f->pdf, &error));
  g_assert_no_error (error);

  q = open_qpdf (f->pdf);
  root = qpdf_get_root (q);
  lang = oh_string (q, root, "/Lang");
  g_assert_cmpstr (lang, ==, "nn-NO");
  prefs = qpdf_oh_get_key (q, root, "/ViewerPreferences");
  g_assert_true (qpdf_oh_is_dictionary (q, prefs));
  g_assert_true (qpdf_oh_is_bool (q, qpdf_oh_get_key (q, prefs, "/DisplayDocTitle")));
  g_assert_true (qpdf_oh_get_bool_value (q, qpdf_oh_get_key (q, prefs, "/DisplayDocTitle")));
  mark = qpdf_oh_get_key (q, root, "/MarkInfo");
  g_assert_true (qpdf_oh_get_bool_value (q, qpdf_oh_get_key (q, mark, "/Marked")));
  qpdf_cleanup (&q);

  /* The file is still whole and tagged for poppler. */
  info = mv_test_run_tool ("pdfinfo", f->pdf, NULL);
  mv_test_assert_pdfinfo (info, "Tagged", "yes");
}

static void
test_pdfua_xmp (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(MvPdfWriter) w = nynorsk_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *xmp = NULL;
  unsigned char *buf = NULL;
  size_t len = 0;
  qpdf_data q;
  qpdf_oh metadata, dict;

  g_assert_true (mv_pdf_writer_save (w, f->pdf, &error));
  g_assert_no_error (error);

  q = open_qpdf (f->pdf);
  metadata = qpdf_oh_get_key (q, qpdf_get_root (q), "/Metadata");
  g_assert_true (qpdf_oh_is_stream (q, metadata));
  dict = qpdf_oh_get_dict (q, metadata);
  g_assert_true (qpdf_oh_is_name_and_equals (q, qpdf_oh_get_key (q, dict, "/Type"), "/Metadata"));
  g_assert_true (qpdf_oh_is_name_and_equals (q, qpdf_oh_get_key (q, dict, "/Subtype"), "/XML"));
  g_assert_cmpint (qpdf_oh_get_stream_data (q, metadata, qpdf_dl_all, NULL, &buf, &len) &
                   QPDF_ERRORS, ==, 0);
  xmp = g_strndup ((const char *) buf, len);
  free (buf);
  qpdf_cleanup (&q);
  g_test_message ("%s", xmp);

  g_assert_nonnull (strstr (xmp, "xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\""));
  g_assert_nonnull (strstr (xmp, "<pdfuaid:part>1</pdfuaid:part>"));
  g_assert_nonnull (strstr (xmp, "<rdf:li xml:lang=\"x-default\">Testdokument – æøå &amp; "
                                 "&lt;mer&gt;</rdf:li>"));
  g_assert_nonnull (strstr (xmp, "<dc:language><rdf:Bag><rdf:li>nn-NO</rdf:li></rdf:Bag>"));
}

/* The text of the structure tree, as a screen reader walks it. */
static void
structure_text (PopplerStructureElementIter *iter,
                GString                     *text)
{
  do
    {
      PopplerStructureElement *element = poppler_structure_element_iter_get_element (iter);
      PopplerStructureElementIter *child;

      if (poppler_structure_element_is_content (element))
        {
          g_autofree char *t = poppler_structure_element_get_text (element, 0);

          if (t != NULL)
            g_string_append_printf (text, "%s\n", t);
        }
      child = poppler_structure_element_iter_get_child (iter);
      if (child != NULL)
        {
          structure_text (child, text);
          poppler_structure_element_iter_free (child);
        }
      g_object_unref (element);
    }
  while (poppler_structure_element_iter_next (iter));
}

/* The struct elements of @element's subtree whose /S is @type; TH's
 * attributes checked on the way. */
static guint
count_elements (qpdf_data   q,
                qpdf_oh     element,
                const char *type,
                guint      *th_without_scope)
{
  qpdf_oh kids = qpdf_oh_get_key (q, element, "/K");
  qpdf_oh s = qpdf_oh_get_key (q, element, "/S");
  guint n = qpdf_oh_is_name_and_equals (q, s, type) ? 1 : 0;

  if (qpdf_oh_is_name_and_equals (q, s, "/TH"))
    {
      qpdf_oh a = qpdf_oh_get_key (q, element, "/A");

      if (!qpdf_oh_is_name_and_equals (q, qpdf_oh_get_key (q, a, "/O"), "/Table") ||
          !qpdf_oh_is_name_and_equals (q, qpdf_oh_get_key (q, a, "/Scope"), "/Column"))
        (*th_without_scope)++;
    }
  if (qpdf_oh_is_array (q, kids))
    for (int i = 0; i < qpdf_oh_get_array_n_items (q, kids); i++)
      {
        qpdf_oh kid = qpdf_oh_get_array_item (q, kids, i);

        if (qpdf_oh_is_dictionary (q, kid))
          n += count_elements (q, kid, type, th_without_scope);
      }
  else if (qpdf_oh_is_dictionary (q, kids))
    n += count_elements (q, kids, type, th_without_scope);
  return n;
}

/* Marked-content operators of a page's content, in order: each BDC or
 * BMC with its tag, and whether anything is painted outside them. */
static void
scan_content (const char *content,
              guint      *artifacts,
              guint      *marked,
              guint      *unmarked_paint)
{
  g_auto(GStrv) tokens = g_regex_split_simple ("[\\s]+", content, 0, 0);
  int depth = 0;

  for (guint i = 0; tokens[i]; i++)
    {
      const char *t = tokens[i];

      if (g_str_equal (t, "BMC") || g_str_equal (t, "BDC"))
        {
          depth++;
          if (g_str_equal (t, "BMC") && i > 0 && g_str_equal (tokens[i - 1], "/Artifact"))
            (*artifacts)++;
          else
            (*marked)++;
        }
      else if (g_str_equal (t, "EMC"))
        depth--;
      else if (depth == 0 && (g_str_equal (t, "Tj") || g_str_equal (t, "TJ") ||
                              g_str_equal (t, "f") || g_str_equal (t, "S") ||
                              g_str_equal (t, "Do")))
        (*unmarked_paint)++;
    }
}

static void
test_pdfua_artifacts (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(MvPdfWriter) w = nynorsk_document ();
  g_autoptr(GError) error = NULL;
  PopplerDocument *doc;
  g_autoptr(GString) read = g_string_new (NULL);
  g_autofree char *uri = NULL;
  g_autofree char *shown = NULL;
  PopplerStructureElementIter *iter;
  guint th_without_scope = 0;
  qpdf_data q;
  int n_pages;

  g_assert_true (mv_pdf_writer_save (w, f->pdf, &error));
  g_assert_no_error (error);

  /* On the page, the header and footer are there as they were… */
  shown = page_text (f->pdf, 1, FALSE);
  g_assert_nonnull (strstr (shown, "Brukerutvalget NAV Eksempelby"));
  g_assert_nonnull (strstr (shown, "Laget av testene"));
  g_assert_nonnull (strstr (shown, "Side 1 av"));

  /* …but a screen reader following the structure reads only the body. */
  uri = g_filename_to_uri (f->pdf, NULL, &error);
  g_assert_no_error (error);
  doc = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  iter = poppler_structure_element_iter_new (doc);
  g_assert_nonnull (iter);
  structure_text (iter, read);
  poppler_structure_element_iter_free (iter);
  g_object_unref (doc);
  g_test_message ("%s", read->str);
  /* (poppler 22.12 hands an element's text back encoded twice as UTF-8:
   * the words to look for are ASCII.) */
  g_assert_nonnull (strstr (read->str, "Innledning om "));
  g_assert_nonnull (strstr (read->str, "Rad 120"));
  g_assert_null (strstr (read->str, "Brukerutvalget NAV Eksempelby"));
  g_assert_null (strstr (read->str, "Laget av testene"));
  g_assert_null (strstr (read->str, "Side 1 av"));

  /* Every page: its furniture in Artifacts, nothing painted outside marked
   * content; no element is left of the artifacts, and every TH has its
   * scope. */
  q = open_qpdf (f->pdf);
  n_pages = qpdf_get_num_pages (q);
  g_assert_cmpint (n_pages, >=, 3);
  for (int i = 0; i < n_pages; i++)
    {
      unsigned char *buf = NULL;
      size_t len = 0;
      g_autofree char *content = NULL;
      guint artifacts = 0, marked = 0, unmarked = 0;

      g_assert_cmpint (qpdf_oh_get_page_content_data (q, qpdf_get_page_n (q, (size_t) i),
                                                      &buf, &len) & QPDF_ERRORS, ==, 0);
      content = g_strndup ((const char *) buf, len);
      free (buf);
      scan_content (content, &artifacts, &marked, &unmarked);
      g_assert_cmpuint (artifacts, >=, 2);   /* the running lines, a table's row */
      g_assert_cmpuint (marked, >, 0);
      g_assert_cmpuint (unmarked, ==, 0);
    }
  {
    qpdf_oh tree = qpdf_oh_get_key (q, qpdf_get_root (q), "/StructTreeRoot");

    g_assert_cmpuint (count_elements (q, tree, "/Private", &th_without_scope), ==, 0);
    g_assert_cmpuint (count_elements (q, tree, "/Artifact", &th_without_scope), ==, 0);
  }
  qpdf_cleanup (&q);
}

static void
test_pdfua_th_scope (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(MvPdfWriter) w = nynorsk_document ();
  g_autoptr(GError) error = NULL;
  guint th_without_scope = 0;
  qpdf_oh tree;
  qpdf_data q;

  g_assert_true (mv_pdf_writer_save (w, f->pdf, &error));
  g_assert_no_error (error);

  q = open_qpdf (f->pdf);
  tree = qpdf_oh_get_key (q, qpdf_get_root (q), "/StructTreeRoot");
  /* Three columns, the header row repeated on each page the table runs
   * over. */
  g_assert_cmpuint (count_elements (q, tree, "/TH", &th_without_scope), >=, 6);
  g_assert_cmpuint (count_elements (q, tree, "/TH", &th_without_scope) % 3, ==, 0);
  g_assert_cmpuint (th_without_scope, ==, 0);
  g_assert_cmpuint (count_elements (q, tree, "/TD", &th_without_scope), ==, 360);
  qpdf_cleanup (&q);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/pdf-writer/document", test_document);
  ADD ("/pdf-writer/outline-and-link", test_outline_and_link);
  ADD ("/pdf-writer/keep-with-next", test_keep_with_next);
  ADD ("/pdf-writer/keep-together", test_keep_together);
  ADD ("/pdf-writer/missing-folder", test_missing_folder);
  ADD ("/pdf-writer/failed-write-keeps-target", test_failed_write_keeps_target);
  ADD ("/pdf-writer/empty", test_empty);
  ADD ("/pdf-writer/landscape", test_landscape);
  ADD ("/pdf-writer/long-word", test_long_word);
  ADD ("/pdf-writer/pdfua/catalog", test_pdfua_catalog);
  ADD ("/pdf-writer/pdfua/xmp", test_pdfua_xmp);
  ADD ("/pdf-writer/pdfua/artifacts", test_pdfua_artifacts);
  ADD ("/pdf-writer/pdfua/th-scope", test_pdfua_th_scope);
#undef ADD

  return g_test_run ();
}
