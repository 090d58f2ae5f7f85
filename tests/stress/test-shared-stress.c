/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <sys/stat.h>

#include "mv-agenda.h"
#include "mv-councils.h"
#include "mv-dates.h"
#include "mv-documents.h"
#include "mv-pdf.h"
#include "mv-sample.h"
#include "mv-test-utils.h"
#include "mv-year-plan.h"

/* The store as the app uses it – a main loop, a refresh every 100 ms as the
 * window's timer does (only faster), its own writes and the attach worker's
 * – while medvirke-cli processes add, move and attach on the same file,
 * round after round. Every write that said it succeeded must be in the
 * file, the file must pass every check, the -wal is never pulled from under
 * the store, and at the end the store's lists show every script's item
 * where the script put it.
 *
 * STRESS_ROUNDS in the environment sets the rounds (default 200). */

#define N_MEETINGS 3

static const char *dates[N_MEETINGS] = { "2027-03-09", "2027-06-08", "2027-09-14" };

typedef struct
{
  char      *title;
  char      *id;
  int        meeting;     /* the index into dates, or -1: the backlog */
  gboolean   from_cli;
} Expected;

static void
expected_free (Expected *e)
{
  g_free (e->title);
  g_free (e->id);
  g_free (e);
}

typedef struct
{
  char         *dir;
  char         *path;
  char         *wal;
  char         *pdf;
  MvStore      *store;
  MvCouncil    *council;
  MvMeeting    *meetings[N_MEETINGS];
  GPtrArray    *items;        /* of Expected */
  guint         n_documents;  /* acknowledged */
  guint         n_refreshes;  /* that found another connection's writes */
  guint         worker_busy;
} Stress;

/* --- medvirke-cli, run beside the main loop ------------------------------ */

typedef struct
{
  gboolean  done;
  int       status;
  char     *out;
  char     *err;
} CliRun;

static void
cli_done (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  CliRun *run = user_data;
  g_autoptr(GError) error = NULL;

  g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result, &run->out, &run->err,
                                        &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (G_SUBPROCESS (source)));
  run->status = g_subprocess_get_exit_status (G_SUBPROCESS (source));
  run->done = TRUE;
}

static void
cli_start (CliRun     *run,
           const char *db,
           ...) G_GNUC_NULL_TERMINATED;

static void
cli_start (CliRun     *run,
           const char *db,
           ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  va_list ap;

  memset (run, 0, sizeof *run);
  g_ptr_array_add (argv, (gpointer) g_getenv ("MEDVIRKE_CLI"));
  g_ptr_array_add (argv, (gpointer) "--db");
  g_ptr_array_add (argv, (gpointer) db);
  va_start (ap, db);
  for (const char *arg = va_arg (ap, const char *); arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8_async (process, NULL, NULL, cli_done, run);
}

/* Waits for @run, keeping the main loop – the refresh timer, the worker's
 * replies – going meanwhile; it must have succeeded. */
static char *
cli_finish (CliRun *run)
{
  while (!run->done)
    g_main_context_iteration (NULL, TRUE);

  if (run->status != 0)
    g_error ("medvirke-cli failed (%d): %s", run->status, run->err);
  g_assert_cmpstr (run->err, ==, "");
  g_free (run->err);
  return g_strstrip (run->out);
}

/* --- the store as the app uses it ---------------------------------------- */

static gboolean
refresh_cb (gpointer user_data)
{
  Stress *s = user_data;
  g_autoptr(GError) error = NULL;
  gboolean changed = FALSE;

  g_assert_true (mv_store_refresh (s->store, &changed, &error));
  g_assert_no_error (error);
  s->n_refreshes += changed;
  return G_SOURCE_CONTINUE;
}

static void
worker_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Stress *s = user_data;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (mv_documents_attach_files_finish (s->store, result, &documents, &error));
  g_assert_no_error (error);
  s->n_documents += documents->len;
  s->worker_busy--;
}

static void
attach_in_worker (Stress    *s,
                  MvMeeting *meeting)
{
  g_autoptr(GFile) file = g_file_new_for_path (s->pdf);

  s->worker_busy++;
  mv_documents_attach_files_async (s->store, MV_RECORD (meeting), &file, 1, NULL, 0,
                                   mv_pdf_inspect, NULL, NULL, NULL, NULL, worker_done, s);
}

static Expected *
expect (Stress     *s,
        const char *title,
        const char *id,
        int         meeting,
        gboolean    from_cli)
{
  Expected *e = g_new0 (Expected, 1);

  e->title = g_strdup (title);
  e->id = g_strdup (id);
  e->meeting = meeting;
  e->from_cli = from_cli;
  g_ptr_array_add (s->items, e);
  return e;
}

static ino_t
inode_of (const char *path)
{
  struct stat st;

  return stat (path, &st) == 0 ? st.st_ino : 0;
}

static void
check_file (Stress *s)
{
  CliRun run;
  g_autofree char *out = NULL;

  cli_start (&run, s->path, "check", NULL);
  out = cli_finish (&run);
  g_assert_cmpstr (out, ==, "ok");
}

static void
test_stress (void)
{
  g_autoptr(GError) error = NULL;
  const char *rounds_env = g_getenv ("STRESS_ROUNDS");
  guint rounds = rounds_env ? (guint) g_ascii_strtoull (rounds_env, NULL, 10) : 200;
  Stress stress = { 0 }, *s = &stress;
  guint refresh;
  ino_t wal;

  s->dir = mv_test_make_tmp_dir ();
  s->path = g_build_filename (s->dir, "medvirke.db", NULL);
  s->wal = g_strconcat (s->path, "-wal", NULL);
  s->pdf = mv_test_sample_path ("felles-moteplasser-0-24-samarbeidet.pdf");
  s->items = g_ptr_array_new_with_free_func ((GDestroyNotify) expected_free);

  s->store = mv_store_open (s->path, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  s->council = mv_council_create (s->store, "Brukerutvalget NAV Stressby", "NAV Stressby", NULL,
                                  &error);
  g_assert_no_error (error);
  for (guint i = 0; i < N_MEETINGS; i++)
    {
      GDate date;

      g_assert_true (mv_date_parse (dates[i], &date));
      s->meetings[i] = mv_meeting_create (s->store, s->council, &date, "10:00", 180, NULL,
                                          NULL, &error);
      g_assert_no_error (error);
    }

  refresh = g_timeout_add (100, refresh_cb, s);
  wal = inode_of (s->wal);
  g_assert_cmpuint (wal, !=, 0);

  for (guint r = 0; r < rounds; r++)
    {
      g_autofree char *cli_title = g_strdup_printf ("Skriptets sak %u", r);
      g_autofree char *app_title = g_strdup_printf ("Appens sak %u", r);
      g_autofree char *position = g_strdup_printf ("%u", r % 4);
      g_autofree char *id = NULL;
      g_autofree char *document = NULL;
      Expected *cli_item;
      MvAgendaItem *item;
      CliRun run;
      int to;

      /* The script adds an item while the app adds one of its own. */
      cli_start (&run, s->path, "add-item", "--meeting", dates[r % N_MEETINGS],
                 "--title", cli_title, "--kind", "information", NULL);
      item = mv_agenda_add_item (s->store, s->council, s->meetings[(r + 1) % N_MEETINGS],
                                 app_title, MV_ITEM_KIND_DISCUSSION, 10, NULL, NULL, NULL,
                                 &error);
      g_assert_no_error (error);
      expect (s, app_title, mv_record_get_id (MV_RECORD (item)), (r + 1) % N_MEETINGS, FALSE);
      id = cli_finish (&run);
      cli_item = expect (s, cli_title, id, r % N_MEETINGS, TRUE);

      /* The script moves its item while the app moves one of its own. */
      to = r % 7 == 6 ? -1 : (int) ((r + 2) % N_MEETINGS);
      if (to < 0)
        cli_start (&run, s->path, "move-item", id, "--backlog", NULL);
      else
        cli_start (&run, s->path, "move-item", id, "--meeting", dates[to], "--position",
                   position, NULL);
      if (r % 3 == 2)
        {
          Expected *app_item = g_ptr_array_index (s->items, s->items->len - 4);
          MvAgendaItem *moved = mv_store_lookup (s->store, MV_TYPE_AGENDA_ITEM, app_item->id);

          g_assert_false (app_item->from_cli);
          g_assert_nonnull (moved);
          app_item->meeting = (app_item->meeting + 1) % N_MEETINGS;
          g_assert_true (mv_agenda_move (s->store, moved, s->meetings[app_item->meeting], 0,
                                         NULL, &error));
          g_assert_no_error (error);
        }
      g_free (cli_finish (&run));
      cli_item->meeting = to;

      /* The script attaches a file; now and then the app's worker does. */
      if (r % 10 == 0)
        attach_in_worker (s, s->meetings[r % N_MEETINGS]);
      cli_start (&run, s->path, "attach", id, s->pdf, NULL);
      document = cli_finish (&run);
      g_assert_cmpuint (strlen (document), ==, 36);
      s->n_documents++;

      g_assert_cmpuint (inode_of (s->wal), ==, wal);
      if (r % 50 == 49)
        check_file (s);
    }

  while (s->worker_busy > 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (inode_of (s->wal), ==, wal);
  check_file (s);

  /* Every acknowledged write is in the file, where it was put last. */
  {
    g_autoptr(sqlite3) db = mv_test_db_open (s->path);
    g_autofree char *integrity = mv_test_db_text (db, "PRAGMA integrity_check", NULL);

    g_assert_cmpstr (integrity, ==, "ok");
    for (guint i = 0; i < s->items->len; i++)
      {
        Expected *e = g_ptr_array_index (s->items, i);
        g_autofree char *title = mv_test_db_text (db, "SELECT title FROM agenda_items "
                                                      "WHERE id = ?1 AND deleted_at IS NULL",
                                                  e->id, NULL);
        g_autofree char *meeting = mv_test_db_text (db, "SELECT meeting_id FROM agenda_items "
                                                        "WHERE id = ?1", e->id, NULL);

        g_assert_cmpstr (title, ==, e->title);
        g_assert_cmpstr (meeting, ==, e->meeting < 0 ? NULL
                         : mv_record_get_id (MV_RECORD (s->meetings[e->meeting])));
      }
    g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM documents "
                                         "WHERE deleted_at IS NULL", NULL), ==, s->n_documents);
    /* No two items share a place on an agenda, nor a number in a year. */
    g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM (SELECT meeting_id, position "
                                         "FROM agenda_items WHERE meeting_id IS NOT NULL AND "
                                         "deleted_at IS NULL GROUP BY meeting_id, position "
                                         "HAVING count(*) > 1)", NULL), ==, 0);
    g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM (SELECT number_year, number "
                                         "FROM agenda_items WHERE number > 0 AND "
                                         "deleted_at IS NULL GROUP BY number_year, number "
                                         "HAVING count(*) > 1)", NULL), ==, 0);
  }

  /* The store's lists show the scripts' items where the scripts put them,
   * in the file's order. */
  refresh_cb (s);
  g_assert_cmpuint (s->n_refreshes, >, 0);
  for (guint i = 0; i < s->items->len; i++)
    {
      Expected *e = g_ptr_array_index (s->items, i);
      MvAgendaItem *item = mv_store_lookup (s->store, MV_TYPE_AGENDA_ITEM, e->id);

      g_assert_nonnull (item);
      g_assert_cmpstr (mv_agenda_item_get_title (item), ==, e->title);
      g_assert_cmpstr (mv_agenda_item_get_meeting_id (item), ==,
                       e->meeting < 0 ? NULL
                       : mv_record_get_id (MV_RECORD (s->meetings[e->meeting])));
    }
  g_assert_cmpuint (g_list_model_get_n_items (mv_store_get_model (s->store, MV_TYPE_DOCUMENT)),
                    ==, s->n_documents);
  g_test_message ("%u rounds, %u items, %u documents, %u refreshes that read other writes",
                  rounds, s->items->len, s->n_documents, s->n_refreshes);

  g_source_remove (refresh);
  g_clear_object (&s->store);
  mv_test_remove_tree (s->dir);
  g_ptr_array_unref (s->items);
  g_free (s->pdf);
  g_free (s->wal);
  g_free (s->path);
  g_free (s->dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stress/app-and-cli", test_stress);

  return g_test_run ();
}
