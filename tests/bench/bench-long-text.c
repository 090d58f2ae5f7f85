/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdlib.h>

#include "mv-pdf-writer.h"

/* How long the PDF writer takes to lay out and draw one paragraph of N
 * characters: prose with spaces, and one word with none (a pasted hash, a
 * garbled import). Both must grow in a straight line with N; the writer was
 * quadratic in a long word once. Prints; asserts nothing.
 *
 *   bench-long-text [--max N] [--runs N]
 */

static char *
make_text (gsize    n,
           gboolean spaces)
{
  static const char words[] = "Brukerutvalget drøfter saken om tilgjengelighet ved NAV-kontoret ";
  static const char same[] = "abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ";
  GString *text = g_string_sized_new (2 * n + 1);
  const char *p = spaces ? words : same;

  for (gsize i = 0; i < n; i++)
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (text, !spaces && c == ' ' ? 'x' : c);
      p = g_utf8_next_char (p);
      if (*p == '\0')
        p = spaces ? words : same;
    }
  return g_string_free (text, FALSE);
}

static double
run_once (const char *text,
          gboolean    in_table)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  MvPdfWriter *writer = mv_pdf_writer_new ();
  gint64 start;

  mv_pdf_writer_add_heading (writer, 1, "Bakgrunn", FALSE);
  if (in_table)
    {
      static const double widths[] = { 2, 1, 2, 3 };
      static const char * const header[] = { "Navn", "Rolle", "Organisasjon", "Kontakt" };
      const char * const cells[] = { text, "Medlem", NULL, NULL };
      MvPdfTable *table = mv_pdf_writer_add_table (writer, 4, widths, header);

      mv_pdf_table_add_row (table, MV_PDF_ROW_NORMAL, cells);
    }
  else
    mv_pdf_writer_add_paragraph (writer, text);
  start = g_get_monotonic_time ();
  bytes = mv_pdf_writer_save_to_bytes (writer, "bench.pdf", &error);
  if (bytes == NULL)
    g_error ("%s", error->message);
  mv_pdf_writer_free (writer);
  return (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
}

int
main (int    argc,
      char **argv)
{
  int max = 100000;
  int runs = 3;
  GOptionEntry entries[] = {
    { "max", 0, 0, G_OPTION_ARG_INT, &max, "The longest text, in characters", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each size (the best counts)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("– the PDF writer on long texts");
  g_autoptr(GError) error = NULL;
  static const int sizes[] = { 2000, 10000, 30000, 100000, 300000 };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  g_print ("%10s  %12s  %12s  %12s\n", "characters", "words (s)", "one word (s)",
           "in a cell (s)");
  for (guint i = 0; i < G_N_ELEMENTS (sizes) && sizes[i] <= max; i++)
    {
      g_autofree char *prose = make_text (sizes[i], TRUE);
      g_autofree char *word = make_text (sizes[i], FALSE);
      double best_prose = G_MAXDOUBLE, best_word = G_MAXDOUBLE, best_cell = G_MAXDOUBLE;

      for (int r = 0; r < runs; r++)
        {
          best_prose = MIN (best_prose, run_once (prose, FALSE));
          best_word = MIN (best_word, run_once (word, FALSE));
          best_cell = MIN (best_cell, run_once (word, TRUE));
        }
      g_print ("%10d  %12.3f  %12.3f  %12.3f\n", sizes[i], best_prose, best_word, best_cell);
    }
  return EXIT_SUCCESS;
}
