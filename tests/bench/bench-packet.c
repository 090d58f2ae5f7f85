/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <poppler.h>
#include <stdlib.h>

#include "mv-packet.h"
#include "mv-pdf-writer.h"

/* How long the meeting packet takes to build, beside pdfunite joining the
 * very same files, and beside the other way to do it: drawing every page
 * again with poppler onto a cairo PDF surface (TECH-NOTES.md). Prints;
 * asserts nothing.
 *
 *   bench-packet --samples DIR [--copies N] [--runs N]
 *
 * The packet is a one-page notice and N copies of the five samples (27
 * pages a copy). Each way runs --runs times; the median counts. pdfunite
 * and "qpdf --pages" are whole processes, as a user would run them, so
 * their start-up is in their time. */

static const char * const sample_names[] = {
  "brus-prosjektet-sluttrapport.pdf",
  "fafo-modell-for-brukermedvirkning-i-nav.pdf",
  "felles-moteplasser-0-24-samarbeidet.pdf",
  "ffo-fem-aktive-organisasjoner-i-nav.pdf",
  "notat-kartlegging-brukerorganisasjoner-2015.pdf",
};

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_double);
  return g_array_index (times, double, times->len / 2);
}

static void
run_tool (GPtrArray *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err,
                     &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s %s", (char *) argv->pdata[0], error ? error->message : "", err ? err : "");
}

/* The other way: each page drawn again, vector text kept, links lost. */
static void
redraw (GPtrArray  *files,
        const char *path)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);

  for (guint i = 0; i < files->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) file = g_file_new_for_path (g_ptr_array_index (files, i));
      g_autofree char *uri = g_file_get_uri (file);
      PopplerDocument *document = poppler_document_new_from_file (uri, NULL, &error);

      if (document == NULL)
        g_error ("%s: %s", uri, error->message);
      for (int p = 0; p < poppler_document_get_n_pages (document); p++)
        {
          PopplerPage *page = poppler_document_get_page (document, p);
          double w, h;

          poppler_page_get_size (page, &w, &h);
          cairo_pdf_surface_set_size (surface, w, h);
          poppler_page_render_for_printing (page, cr);
          cairo_show_page (cr);
          g_object_unref (page);
        }
      g_object_unref (document);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    g_error ("redraw: %s", cairo_status_to_string (cairo_surface_status (surface)));
  cairo_surface_destroy (surface);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);
  return g_bytes_new_take (contents, length);
}

static gint64
size_of (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (gint64) st.st_size : -1;
}

static int
pages_of (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  PopplerDocument *document = poppler_document_new_from_file (uri, NULL, &error);
  int n = document ? poppler_document_get_n_pages (document) : -1;

  g_clear_object (&document);
  return n;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *samples = NULL;
  int copies = 4, runs = 7;
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *notice_path = NULL;
  g_autofree char *out_packet = NULL;
  g_autofree char *out_unite = NULL;
  g_autofree char *out_qpdf = NULL;
  g_autofree char *out_redraw = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) part_bytes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(GBytes) notice = NULL;
  g_autoptr(MvPdfWriter) writer = mv_pdf_writer_new ();
  g_autoptr(GArray) t_packet = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) t_unite = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) t_qpdf = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) t_redraw = g_array_new (FALSE, FALSE, sizeof (double));
  const MvPacketWords words = {
    .notice = "Innkalling", .attachments = "Vedlegg", .left_out = "Ikke med",
    .left_out_intro = "", .not_pdf = "ikke PDF", .encrypted = "passord", .damaged = "skadet",
    .no_pages = "ingen sider", .page_format = "Side %d av %d",
  };
  GOptionEntry entries[] = {
    { "samples", 0, 0, G_OPTION_ARG_FILENAME, &samples, "The sample PDFs", "DIR" },
    { "copies", 0, 0, G_OPTION_ARG_INT, &copies, "Copies of the five samples (4)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each way (7)", "N" },
    { NULL }
  };
  double packet, unite, qpdf, redrawn;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || samples == NULL ||
      copies < 1 || runs < 1)
    {
      g_printerr ("bench-packet: %s\n", error ? error->message : "--samples DIR is missing");
      return 2;
    }

  dir = g_dir_make_tmp ("medvirke-bench-packet-XXXXXX", &error);
  g_assert_no_error (error);
  notice_path = g_build_filename (dir, "innkalling.pdf", NULL);
  out_packet = g_build_filename (dir, "pakke.pdf", NULL);
  out_unite = g_build_filename (dir, "pdfunite.pdf", NULL);
  out_qpdf = g_build_filename (dir, "qpdf.pdf", NULL);
  out_redraw = g_build_filename (dir, "redraw.pdf", NULL);

  mv_pdf_writer_add_heading (writer, 1, "Innkalling til møte i brukerutvalget", TRUE);
  mv_pdf_writer_add_paragraph (writer, "Saksliste og vedlegg følger.");
  if (!mv_pdf_writer_save (writer, notice_path, &error))
    g_error ("%s", error->message);
  notice = read_bytes (notice_path);

  for (int c = 0; c < copies; c++)
    for (guint i = 0; i < G_N_ELEMENTS (sample_names); i++)
      {
        char *path = g_build_filename (samples, sample_names[i], NULL);
        MvPacketPart *part = g_new0 (MvPacketPart, 1);

        part->bytes = read_bytes (path);
        g_ptr_array_add (part_bytes, part->bytes);
        part->heading = "Sak";
        part->title = sample_names[i];
        part->file_name = sample_names[i];
        part->mime_type = "application/pdf";
        g_ptr_array_add (parts, part);
        g_ptr_array_add (files, path);
      }

  for (int r = 0; r < runs; r++)
    {
      g_autoptr(MvPacketResult) result = NULL;
      g_autoptr(GPtrArray) unite_argv = g_ptr_array_new ();
      g_autoptr(GPtrArray) qpdf_argv = g_ptr_array_new ();
      g_autoptr(GPtrArray) all = g_ptr_array_new ();
      gint64 t0;
      double elapsed;

      t0 = g_get_monotonic_time ();
      result = mv_packet_merge (notice, parts, &words, "Møtepakke", out_packet, NULL, NULL, NULL,
                                &error);
      if (result == NULL)
        g_error ("%s", error->message);
      elapsed = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (t_packet, elapsed);

      g_ptr_array_add (unite_argv, "pdfunite");
      g_ptr_array_add (unite_argv, notice_path);
      for (guint i = 0; i < files->len; i++)
        g_ptr_array_add (unite_argv, g_ptr_array_index (files, i));
      g_ptr_array_add (unite_argv, out_unite);
      g_ptr_array_add (unite_argv, NULL);
      t0 = g_get_monotonic_time ();
      run_tool (unite_argv);
      elapsed = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (t_unite, elapsed);

      g_ptr_array_add (qpdf_argv, "qpdf");
      g_ptr_array_add (qpdf_argv, "--empty");
      g_ptr_array_add (qpdf_argv, "--pages");
      g_ptr_array_add (qpdf_argv, notice_path);
      for (guint i = 0; i < files->len; i++)
        g_ptr_array_add (qpdf_argv, g_ptr_array_index (files, i));
      g_ptr_array_add (qpdf_argv, "--");
      g_ptr_array_add (qpdf_argv, out_qpdf);
      g_ptr_array_add (qpdf_argv, NULL);
      t0 = g_get_monotonic_time ();
      run_tool (qpdf_argv);
      elapsed = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (t_qpdf, elapsed);

      g_ptr_array_add (all, notice_path);
      for (guint i = 0; i < files->len; i++)
        g_ptr_array_add (all, g_ptr_array_index (files, i));
      t0 = g_get_monotonic_time ();
      redraw (all, out_redraw);
      elapsed = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (t_redraw, elapsed);
    }

  packet = median (t_packet);
  unite = median (t_unite);
  qpdf = median (t_qpdf);
  redrawn = median (t_redraw);

  g_print ("packet: a 1-page notice and %u attachments, %d pages; median of %d runs\n",
           files->len, pages_of (out_packet), runs);
  g_print ("  libqpdf (mv_packet_merge)  %8.1f ms  %9" G_GINT64_FORMAT " bytes\n", packet,
           size_of (out_packet));
  g_print ("  pdfunite                   %8.1f ms  %9" G_GINT64_FORMAT " bytes\n", unite,
           size_of (out_unite));
  g_print ("  qpdf --pages               %8.1f ms\n", qpdf);
  g_print ("  poppler redraw             %8.1f ms  %9" G_GINT64_FORMAT " bytes\n", redrawn,
           size_of (out_redraw));
  g_print ("ratio packet/pdfunite %.2f, redraw/pdfunite %.2f, redraw/packet %.1f\n",
           packet / unite, redrawn / unite, redrawn / packet);

  g_unlink (notice_path);
  g_unlink (out_packet);
  g_unlink (out_unite);
  g_unlink (out_qpdf);
  g_unlink (out_redraw);
  g_rmdir (dir);
  return 0;
}
