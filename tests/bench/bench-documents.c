/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "mv-agenda-item.h"
#include "mv-council.h"
#include "mv-documents.h"
#include "mv-pdf.h"
#include "mv-search.h"
#include "mv-store.h"

/* How fast case documents go in, beside pdftotext on the same files, and
 * how fast search answers on a large file. Prints; asserts nothing.
 *
 *   bench-documents --cli medvirke-cli --samples DIR [--copies N] [--queries N]
 *
 * Each copy of the sample set gets a different trailer after %%EOF, so that
 * every file is new to the store (no shared blobs) and pdftotext reads the
 * very same bytes. */

static const char * const sample_names[] = {
  "brus-prosjektet-sluttrapport.pdf",
  "fafo-modell-for-brukermedvirkning-i-nav.pdf",
  "felles-moteplasser-0-24-samarbeidet.pdf",
  "ffo-fem-aktive-organisasjoner-i-nav.pdf",
  "notat-kartlegging-brukerorganisasjoner-2015.pdf",
};

/* What a secretary might type: whole words, beginnings of words, two words. */
static const char * const words[] = {
  "brukermedvirkning", "brukerutvalg", "ungdom", "opplæring", "systemnivå", "møteplasser",
  "tilgjengelighet", "budsjett", "referat", "handlingsplan", "arbeid", "helse", "tiltak",
  "samarbeid", "organisasjon", "kommune", "tolk", "digital", "nav.no", "veileder",
  "oppfølging", "rus", "psykisk", "kompetanse", "evaluering", "rapport", "høring",
  "strategi", "innspill", "brukerråd", "erfaring", "likeverd", "sykefravær", "trygd",
  "økonomi", "uføre", "kvalifisering", "introduksjon", "språk", "bolig",
};

static char *
run_quiet (char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status;

  if (!g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL,
                     NULL, NULL, &err, &status, &error))
    return g_strdup (error->message);
  if (!g_spawn_check_wait_status (status, NULL))
    return g_strdup_printf ("%s failed: %s", argv[0], err);
  return NULL;
}

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
die (const char *what,
     GError     *error)
{
  g_printerr ("bench-documents: %s: %s\n", what, error ? error->message : "failed");
  exit (1);
}

/* The file and its WAL companions. */
static void
remove_db (const char *db)
{
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);

  g_unlink (db);
  g_unlink (wal);
  g_unlink (shm);
}

static void
bench_attach (const char *samples,
              const char *dir,
              guint       copies)
{
  g_autofree char *db = g_build_filename (dir, "attach.db", NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(MvCouncil) council = NULL;
  g_autoptr(MvAgendaItem) item = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autofree char *out = g_build_filename (dir, "out.txt", NULL);
  guint pages = 0, rounds;
  double attach_s, pdftotext_s;

  /* The sample set is 27 pages: about 200 pages a copy. */
  rounds = 8 * copies;
  for (guint r = 0; r < rounds; r++)
    for (guint i = 0; i < G_N_ELEMENTS (sample_names); i++)
      {
        g_autofree char *src = g_build_filename (samples, sample_names[i], NULL);
        g_autofree char *name = g_strdup_printf ("%03u-%s", r, sample_names[i]);
        g_autofree char *dst = g_build_filename (dir, name, NULL);
        g_autofree char *contents = NULL;
        g_autofree char *trailer = g_strdup_printf ("%% copy %u\n", r);
        g_autoptr(GString) data = NULL;
        gsize length;

        if (!g_file_get_contents (src, &contents, &length, &error))
          die (src, error);
        data = g_string_new_len (contents, length);
        g_string_append (data, trailer);
        if (!g_file_set_contents (dst, data->str, data->len, &error))
          die (dst, error);
        g_ptr_array_add (files, g_steal_pointer (&dst));
      }

  store = mv_store_open (db, MV_STORE_FLAGS_NONE, &error);
  if (store == NULL)
    die (db, error);
  council = g_object_new (MV_TYPE_COUNCIL, "name", "Brukerutvalget", NULL);
  if (!mv_store_insert (store, council, &error))
    die ("council", error);
  item = g_object_new (MV_TYPE_AGENDA_ITEM, "council-id", mv_record_get_id (MV_RECORD (council)),
                       "title", "Vedlegg", NULL);
  if (!mv_store_insert (store, item, &error))
    die ("item", error);

  /* Read, inspect (text of every page) and store, one file at a time, as
   * the CLI and the app do. */
  g_timer_start (timer);
  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(MvDocumentInfo) info = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *mime = NULL;
      g_autofree char *name = g_path_get_basename (path);
      MvDocument *document;

      if (!mv_documents_inspect_file (file, NULL, 0, mv_pdf_inspect, NULL, &mime, &info, &bytes,
                                      &error))
        die (path, error);
      if (!(document = mv_documents_attach (store, MV_RECORD (item), name, NULL, mime, bytes,
                                            info, &error)))
        die (path, error);
      pages += info->n_pages;
    }
  attach_s = g_timer_elapsed (timer, NULL);

  /* pdftotext, one process a file, as a script would run it. */
  g_timer_start (timer);
  for (guint i = 0; i < files->len; i++)
    {
      char *argv[] = { "pdftotext", g_ptr_array_index (files, i), out, NULL };
      g_autofree char *failure = run_quiet (argv);

      if (failure != NULL)
        {
          g_printerr ("bench-documents: %s\n", failure);
          exit (1);
        }
    }
  pdftotext_s = g_timer_elapsed (timer, NULL);

  g_print ("attach: %u files, %u pages in %.2f s\n", files->len, pages, attach_s);
  g_print ("attach: %.0f pages/s; pdftotext: %.0f pages/s (a process a file); "
           "ratio attach/pdftotext %.2f\n",
           pages / attach_s, pages / pdftotext_s, pdftotext_s / attach_s);

  for (guint i = 0; i < files->len; i++)
    g_unlink (g_ptr_array_index (files, i));
  g_unlink (out);
  g_clear_object (&store);
  remove_db (db);
}

static void
bench_search (const char *cli,
              const char *dir,
              guint       n_queries)
{
  g_autofree char *db = g_build_filename (dir, "demo.db", NULL);
  char *argv[] = { (char *) cli, "--db", db, "demo", "--years", "20", "--councils", "10", NULL };
  g_autofree char *failure = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autofree double *times = g_new0 (double, n_queries);
  guint total = 0;
  gint64 rows = 0;

  g_timer_start (timer);
  if ((failure = run_quiet (argv)) != NULL)
    {
      g_printerr ("bench-documents: %s\n", failure);
      exit (1);
    }
  g_print ("demo --years 20 --councils 10: %.1f s\n", g_timer_elapsed (timer, NULL));

  if (!(store = mv_store_open (db, MV_STORE_FLAGS_NONE, &error)))
    die (db, error);
  g_print ("search: %u items, %u documents in the file\n",
           g_list_model_get_n_items (mv_store_get_model (store, MV_TYPE_AGENDA_ITEM)),
           g_list_model_get_n_items (mv_store_get_model (store, MV_TYPE_DOCUMENT)));

  for (guint q = 0; q < n_queries; q++)
    {
      const char *word = words[q % G_N_ELEMENTS (words)];
      g_autofree char *text = NULL;
      g_autoptr(GPtrArray) results = NULL;

      /* Whole words, three-to-five-letter beginnings, two words. */
      switch ((q / G_N_ELEMENTS (words)) % 3)
        {
        case 0:
          text = g_strdup (word);
          break;
        case 1:
          text = g_utf8_substring (word, 0, MIN (3 + q % 3, g_utf8_strlen (word, -1)));
          break;
        default:
          text = g_strdup_printf ("%s %s", word, words[(q * 7 + 3) % G_N_ELEMENTS (words)]);
        }

      g_timer_start (timer);
      results = mv_search (store, NULL, text, NULL, &error);
      times[q] = g_timer_elapsed (timer, NULL) * 1000.0;
      if (results == NULL)
        die (text, error);
      total += results->len;
      rows++;
    }

  qsort (times, n_queries, sizeof (double), compare_double);
  g_print ("search: %u queries, %u results; median %.2f ms, p99 %.2f ms, max %.2f ms\n",
           n_queries, total, times[n_queries / 2],
           times[MIN (n_queries - 1, (guint) (n_queries * 0.99))], times[n_queries - 1]);
  (void) rows;

  g_clear_object (&store);
  remove_db (db);
}

/* --- The app's way: a batch in the background ----------------------------- */

typedef struct
{
  GMainLoop *loop;
  gint64     last_tick;
  gint64     longest;   /* µs between two ticks of the main loop */
  GArray    *gaps;      /* of double, ms */
  gboolean   done;
} Responsive;

static gboolean
tick_cb (gpointer data)
{
  Responsive *r = data;
  gint64 now = g_get_monotonic_time ();
  double gap = (now - r->last_tick) / 1000.0;

  g_array_append_val (r->gaps, gap);
  r->longest = MAX (r->longest, now - r->last_tick);
  r->last_tick = now;
  return r->done ? G_SOURCE_REMOVE : G_SOURCE_CONTINUE;
}

static void
batch_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  Responsive *r = data;
  g_autoptr(GError) error = NULL;

  if (!mv_documents_attach_files_finish (MV_STORE (source), result, NULL, &error))
    die ("attach in the background", error);
  r->done = TRUE;
  g_main_loop_quit (r->loop);
}

/* Ten PDFs of 210 pages attached at once, as the app does it: how long the
 * main loop – the window – goes without a turn, ticking every 5 ms. */
static void
bench_responsive (const char *samples,
                  const char *dir)
{
  g_autofree char *db = g_build_filename (dir, "responsive.db", NULL);
  g_autofree char *brus = g_build_filename (samples, sample_names[0], NULL);
  g_autofree char *big = g_build_filename (dir, "big.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(MvCouncil) council = NULL;
  g_autoptr(MvAgendaItem) item = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autofree char *failure = NULL;
  Responsive r = { 0 };
  gsize length;
  double median;

  /* 14 × 15 pages, by qpdf. */
  g_ptr_array_add (argv, (char *) "qpdf");
  g_ptr_array_add (argv, (char *) "--empty");
  g_ptr_array_add (argv, (char *) "--pages");
  for (guint i = 0; i < 14; i++)
    g_ptr_array_add (argv, brus);
  g_ptr_array_add (argv, (char *) "--");
  g_ptr_array_add (argv, big);
  g_ptr_array_add (argv, NULL);
  if ((failure = run_quiet ((char **) argv->pdata)) != NULL)
    {
      g_print ("background attach: skipped (%s)\n", failure);
      return;
    }
  if (!g_file_get_contents (big, &contents, &length, &error))
    die (big, error);
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *name = g_strdup_printf ("big-%u.pdf", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GString) data = g_string_new_len (contents, length);

      g_string_append_printf (data, "%% copy %u\n", i);
      if (!g_file_set_contents (path, data->str, data->len, &error))
        die (path, error);
      g_ptr_array_add (files, g_file_new_for_path (path));
    }

  store = mv_store_open (db, MV_STORE_FLAGS_NONE, &error);
  if (store == NULL)
    die (db, error);
  council = g_object_new (MV_TYPE_COUNCIL, "name", "Brukerutvalget", NULL);
  if (!mv_store_insert (store, council, &error))
    die ("council", error);
  item = g_object_new (MV_TYPE_AGENDA_ITEM, "council-id", mv_record_get_id (MV_RECORD (council)),
                       "title", "Vedlegg", NULL);
  if (!mv_store_insert (store, item, &error))
    die ("item", error);

  r.loop = g_main_loop_new (NULL, FALSE);
  r.gaps = g_array_new (FALSE, FALSE, sizeof (double));
  r.last_tick = g_get_monotonic_time ();
  g_timeout_add (5, tick_cb, &r);
  g_timer_start (timer);
  mv_documents_attach_files_async (store, MV_RECORD (item), (GFile **) files->pdata, files->len,
                                   NULL, 0, mv_pdf_inspect, NULL, NULL, NULL, NULL,
                                   batch_done_cb, &r);
  g_main_loop_run (r.loop);

  g_array_sort (r.gaps, compare_double);
  median = g_array_index (r.gaps, double, r.gaps->len / 2);
  g_print ("background attach: 10 files of 210 pages in %.2f s; the main loop's longest "
           "pause %.0f ms (ticks every 5 ms, median gap %.1f ms)\n",
           g_timer_elapsed (timer, NULL), r.longest / 1000.0, median);

  g_main_loop_unref (r.loop);
  g_array_unref (r.gaps);
  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *path = g_file_get_path (g_ptr_array_index (files, i));

      g_unlink (path);
    }
  g_unlink (big);
  g_clear_object (&store);
  remove_db (db);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *cli = NULL;
  g_autofree char *samples = NULL;
  g_autofree char *copies_arg = NULL;
  g_autofree char *queries_arg = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  guint copies = 1, queries = 200;
  GOptionEntry entries[] = {
    { "cli", 0, 0, G_OPTION_ARG_FILENAME, &cli, "medvirke-cli", "PATH" },
    { "samples", 0, 0, G_OPTION_ARG_FILENAME, &samples, "The sample PDFs' folder", "DIR" },
    { "copies", 0, 0, G_OPTION_ARG_STRING, &copies_arg, "Copies of ~200 pages (default 1)", "N" },
    { "queries", 0, 0, G_OPTION_ARG_STRING, &queries_arg, "Search queries (default 200)", "N" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    die ("options", error);
  if (cli == NULL || samples == NULL)
    {
      g_printerr ("bench-documents: give --cli PATH and --samples DIR\n");
      return 2;
    }
  if (copies_arg)
    copies = MAX (1, atoi (copies_arg));
  if (queries_arg)
    queries = MAX (1, atoi (queries_arg));

  if (!(dir = g_dir_make_tmp ("medvirke-bench-XXXXXX", &error)))
    die ("temporary folder", error);

  bench_attach (samples, dir, copies);
  bench_responsive (samples, dir);
  bench_search (cli, dir, queries);

  g_rmdir (dir);
  return 0;
}
