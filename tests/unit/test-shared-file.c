/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "mv-agenda.h"
#include "mv-council.h"
#include "mv-councils.h"
#include "mv-csv.h"
#include "mv-documents.h"
#include "mv-error.h"
#include "mv-output.h"
#include "mv-pdf.h"
#include "mv-sample.h"
#include "mv-store-files.h"
#include "mv-test-store.h"
#include "mv-test-utils.h"
#include "mv-year-plan.h"

/* One Medvirke file used by the app and medvirke-cli at the same time, as a
 * secretary does when she keeps the app open and runs a script: nothing
 * of either is lost, the -wal is never pulled from under the app, and the
 * app's lists show what the script wrote. */

#define MEETING_DATE "2027-03-09"

typedef struct
{
  MvTestStore  ts;
  char        *wal;
  MvMeeting   *meeting;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  mv_test_store_set_up (&f->ts, MV_TEST_STORE_EMPTY);
  f->wal = g_strconcat (f->ts.path, "-wal", NULL);
  mv_test_store_add_council (&f->ts, "Brukerutvalget NAV Delby", "NAV Delby");

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 9, G_DATE_MARCH, 2027);
  f->meeting = g_object_ref (mv_meeting_create (f->ts.store, f->ts.council, &date, "10:00", 180,
                                                "Møterom 1", "Budsjett", &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->meeting);
  g_free (f->wal);
  mv_test_store_tear_down (&f->ts);
}

static ino_t
inode_of (const char *path)
{
  struct stat st;

  if (stat (path, &st) != 0)
    return 0;
  return st.st_ino;
}

static char *
cli_line (const char *db,
          const char *first,
          ...) G_GNUC_NULL_TERMINATED;

/* Runs medvirke-cli on @db; it must succeed. Returns its first line. */
static char *
cli_line (const char *db,
          const char *first,
          ...)
{
  g_auto(MvTestRun) run = { 0 };
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  g_ptr_array_add (args, (gpointer) "--db");
  g_ptr_array_add (args, (gpointer) db);
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  mv_test_run_cli (&run, NULL, (const char * const *) args->pdata);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  return g_strndup (run.out, strcspn (run.out, "\n"));
}

static void
attach_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Attaches @file as the app does: read, inspected and stored by a worker
 * thread with a connection of its own. */
static void
attach_in_worker (Fixture    *f,
                  const char *file)
{
  g_autoptr(GFile) gfile = g_file_new_for_path (file);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;

  mv_documents_attach_files_async (f->ts.store, MV_RECORD (f->meeting), &gfile, 1, NULL, 0,
                                   mv_pdf_inspect, NULL, NULL, NULL, NULL, attach_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (mv_documents_attach_files_finish (f->ts.store, result, &documents, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, 1);
}

static void
assert_title (sqlite3    *db,
              const char *table,
              const char *id,
              const char *title)
{
  g_autofree char *sql = g_strdup_printf ("SELECT title FROM %s WHERE id = ?1 "
                                          "AND deleted_at IS NULL", table);
  g_autofree char *found = mv_test_db_text (db, sql, id, NULL);

  g_assert_cmpstr (found, ==, title);
}

/* The report: the attach worker opened a second store on the file, which
 * looked at its header with open(), read() and close() – and closing that
 * descriptor dropped every lock the app's connection held. The next
 * medvirke-cli then thought itself the last user, checkpointed and deleted
 * the -wal and -shm the app was still writing to, and the file was
 * destroyed a few writes later. */
static void
test_worker_then_other_processes (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *pdf = mv_test_sample_path ("fafo-modell-for-brukermedvirkning-i-nav.pdf");
  g_autoptr(GPtrArray) cli_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) app_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(MvStore) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *check = NULL;
  ino_t wal;
  guint n_documents = 1;

  attach_in_worker (f, pdf);

  /* And a second store of the same file in this process, as a second
   * window has. */
  second = mv_store_open (f->ts.path, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);

  wal = inode_of (f->wal);
  g_assert_cmpuint (wal, !=, 0);

  for (guint round = 0; round < 40; round++)
    {
      g_autofree char *cli_title = g_strdup_printf ("Fra skriptet %u", round);
      g_autofree char *app_title = g_strdup_printf ("Fra appen %u", round);
      g_autofree char *members = NULL;
      MvAgendaItem *item;

      /* A reader first: the command of the report. */
      members = cli_line (f->ts.path, "members", NULL);
      g_assert_true (g_str_has_prefix (members, "id\t"));
      g_assert_cmpuint (inode_of (f->wal), ==, wal);

      g_ptr_array_add (cli_ids, cli_line (f->ts.path, "add-item", "--meeting", MEETING_DATE,
                                          "--title", cli_title, "--kind", "information",
                                          NULL));
      g_assert_cmpuint (inode_of (f->wal), ==, wal);

      item = mv_agenda_add_item (f->ts.store, f->ts.council, f->meeting, app_title,
                                 MV_ITEM_KIND_DISCUSSION, 10, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
      g_ptr_array_add (app_ids, g_strdup (mv_record_get_id (MV_RECORD (item))));

      if (round % 10 == 9)
        {
          attach_in_worker (f, pdf);
          n_documents++;
        }
      g_assert_cmpuint (inode_of (f->wal), ==, wal);
    }

  g_clear_object (&second);

  check = cli_line (f->ts.path, "check", NULL);
  g_assert_cmpstr (check, ==, "ok");

  {
    g_autoptr(sqlite3) db = mv_test_db_open (f->ts.path);
    g_autofree char *integrity = mv_test_db_text (db, "PRAGMA integrity_check", NULL);

    g_assert_cmpstr (integrity, ==, "ok");
    for (guint i = 0; i < cli_ids->len; i++)
      {
        g_autofree char *cli_title = g_strdup_printf ("Fra skriptet %u", i);
        g_autofree char *app_title = g_strdup_printf ("Fra appen %u", i);

        assert_title (db, "agenda_items", g_ptr_array_index (cli_ids, i), cli_title);
        assert_title (db, "agenda_items", g_ptr_array_index (app_ids, i), app_title);
      }
    g_assert_cmpint (mv_test_db_int (db, "SELECT count(*) FROM documents", NULL), ==, n_documents);
  }
}

/* What another process wrote comes into the lists – the same objects for
 * the rows that were there – and what it removed leaves them. */
static void
test_refresh (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *sql = NULL;
  MvAgendaItem *first, *added;
  gboolean changed = TRUE;

  first = mv_agenda_add_item (f->ts.store, f->ts.council, f->meeting, "Brukerundersøkelsen",
                              MV_ITEM_KIND_INPUT, 20, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  /* Nothing written elsewhere: nothing to read. */
  g_assert_true (mv_store_refresh (f->ts.store, &changed, &error));
  g_assert_no_error (error);
  g_assert_false (changed);

  id = cli_line (f->ts.path, "add-item", "--meeting", MEETING_DATE, "--title", "Fra skriptet",
                 "--kind", "information", NULL);
  g_assert_null (mv_store_lookup (f->ts.store, MV_TYPE_AGENDA_ITEM, id));

  g_assert_true (mv_store_refresh (f->ts.store, &changed, &error));
  g_assert_no_error (error);
  g_assert_true (changed);
  added = mv_store_lookup (f->ts.store, MV_TYPE_AGENDA_ITEM, id);
  g_assert_nonnull (added);
  g_assert_cmpstr (mv_agenda_item_get_title (added), ==, "Fra skriptet");
  g_assert_cmpstr (mv_agenda_item_get_meeting_id (added), ==,
                   mv_record_get_id (MV_RECORD (f->meeting)));
  g_assert_true (mv_store_refresh (f->ts.store, &changed, &error));
  g_assert_false (changed);

  /* Reordered by the script: the same objects, in the new order. */
  g_free (cli_line (f->ts.path, "move-item", id, "--meeting", MEETING_DATE, "--position", "0",
                    NULL));
  g_assert_true (mv_store_refresh (f->ts.store, &changed, &error));
  g_assert_true (changed);
  g_assert_true (mv_store_lookup (f->ts.store, MV_TYPE_AGENDA_ITEM, id) == added);
  g_assert_cmpint (mv_agenda_item_get_position (added), ==, 0);
  g_assert_cmpint (mv_agenda_item_get_position (first), >, 0);

  g_free (cli_line (f->ts.path, "move-item", id, "--backlog", NULL));
  g_assert_true (mv_store_refresh (f->ts.store, NULL, &error));
  g_assert_null (mv_agenda_item_get_meeting_id (added));

  /* Removed elsewhere (here by another connection of this process): it
   * leaves the list and says it is deleted; restored, the same object is
   * back. */
  {
    g_autoptr(sqlite3) db = mv_test_db_open (f->ts.path);

    sql = g_strdup_printf ("UPDATE agenda_items SET deleted_at = '2026-12-03T10:00:00Z' "
                           "WHERE id = '%s'", id);
    mv_test_db_exec (db, sql);
    g_assert_true (mv_store_refresh (f->ts.store, NULL, &error));
    g_assert_null (mv_store_lookup (f->ts.store, MV_TYPE_AGENDA_ITEM, id));
    g_assert_true (mv_record_is_deleted (MV_RECORD (added)));

    g_free (sql);
    sql = g_strdup_printf ("UPDATE agenda_items SET deleted_at = NULL WHERE id = '%s'", id);
    mv_test_db_exec (db, sql);
    g_assert_true (mv_store_refresh (f->ts.store, NULL, &error));
    g_assert_true (mv_store_lookup (f->ts.store, MV_TYPE_AGENDA_ITEM, id) == added);
    g_assert_false (mv_record_is_deleted (MV_RECORD (added)));

    /* Purged: gone from the list, but an object a caller still holds
     * stays valid. */
    g_free (sql);
    sql = g_strdup_printf ("DELETE FROM agenda_items WHERE id = '%s'", id);
    mv_test_db_exec (db, sql);
    g_assert_true (mv_store_refresh (f->ts.store, NULL, &error));
    g_assert_null (mv_store_lookup (f->ts.store, MV_TYPE_AGENDA_ITEM, id));
    g_assert_true (mv_record_is_deleted (MV_RECORD (added)));
    g_assert_cmpstr (mv_agenda_item_get_title (added), ==, "Fra skriptet");
  }
}

/* A write reads what others wrote before it computes positions and
 * numbers, though the store was not refreshed: no two items share a place
 * or a number. */
static void
test_write_reads_the_file (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *positions = NULL;
  g_autofree char *id = NULL;
  MvAgendaItem *item;

  g_assert_nonnull (mv_agenda_add_item (f->ts.store, f->ts.council, f->meeting, "Først",
                                        MV_ITEM_KIND_INFORMATION, 10, NULL, NULL, NULL,
                                        &error));
  id = cli_line (f->ts.path, "add-item", "--meeting", MEETING_DATE, "--title", "Fra skriptet",
                 "--kind", "information", NULL);

  item = mv_agenda_add_item (f->ts.store, f->ts.council, f->meeting, "Fra appen",
                             MV_ITEM_KIND_DISCUSSION, 10, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  /* The script's item came in with the write. */
  g_assert_nonnull (mv_store_lookup (f->ts.store, MV_TYPE_AGENDA_ITEM, id));

  {
    g_autoptr(sqlite3) db = mv_test_db_open (f->ts.path);

    const char *meeting = mv_record_get_id (MV_RECORD (f->meeting));

    positions = mv_test_db_text (db, "SELECT group_concat(title, '|') FROM "
                                     "(SELECT title FROM agenda_items WHERE meeting_id = ?1 "
                                     "AND deleted_at IS NULL ORDER BY position)", meeting, NULL);
    g_assert_cmpint (mv_test_db_int (db, "SELECT count(DISTINCT position) = count(*) AND "
                                         "count(DISTINCT number) = count(*) FROM agenda_items "
                                         "WHERE meeting_id = ?1 AND deleted_at IS NULL",
                                     meeting, NULL), ==, 1);
  }
  g_assert_true (strstr (positions, "Først|Fra skriptet|Fra appen") != NULL);
  g_assert_cmpint (mv_agenda_item_get_position (item), ==,
                   mv_agenda_item_get_position (mv_store_lookup (f->ts.store, MV_TYPE_AGENDA_ITEM,
                                                                 id)) + 1);
}

/* Another process holds @path open through SQLite until the pipe returned
 * in @release is closed; then it exits. */
static pid_t
hold_in_other_process (const char *path,
                       int        *release)
{
  int ready[2], hold[2];
  char byte;
  pid_t pid;

  g_assert_cmpint (pipe (ready), ==, 0);
  g_assert_cmpint (pipe (hold), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      sqlite3 *db = NULL;

      close (ready[0]);
      close (hold[1]);
      /* As Medvirke opens a file: in WAL mode, whose connections hold
       * their shared lock for as long as they are open. */
      if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
          sqlite3_exec (db, "PRAGMA journal_mode = WAL; SELECT count(*) FROM sqlite_schema",
                        NULL, NULL, NULL) != SQLITE_OK)
        _exit (1);
      if (write (ready[1], "r", 1) != 1)
        _exit (1);
      while (read (hold[0], &byte, 1) < 0 && errno == EINTR)
        ;
      sqlite3_close (db);
      _exit (0);
    }

  close (ready[1]);
  close (hold[0]);
  g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
  close (ready[0]);
  *release = hold[1];
  return pid;
}

/* Save a copy never replaces a file that a connection has open: another
 * store of this process, or another program. */
static void
test_copy_target_in_use (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->ts.dir, "annen.db", NULL);
  g_autofree char *held = g_build_filename (f->ts.dir, "holdt.db", NULL);
  g_autoptr(MvStore) other_store = NULL;
  g_autoptr(MvCouncil) council = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *councils;
  int release, status;
  pid_t pid;

  other_store = mv_store_open (other, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (mv_council_create (other_store, "Brukerutvalget NAV Annenby",
                                       "NAV Annenby", NULL, &error));
  g_assert_no_error (error);

  g_assert_false (mv_store_save_copy (f->ts.store, other, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, other));
  g_clear_error (&error);
  g_assert_true (mv_store_refresh (other_store, NULL, &error));
  councils = mv_store_get_model (other_store, MV_TYPE_COUNCIL);
  g_assert_cmpuint (g_list_model_get_n_items (councils), ==, 1);
  council = g_list_model_get_item (councils, 0);
  g_assert_cmpstr (mv_council_get_name (council), ==, "Brukerutvalget NAV Annenby");

  /* Open in another process. */
  g_assert_true (mv_store_save_copy (f->ts.store, held, &error));
  g_assert_no_error (error);
  pid = hold_in_other_process (held, &release);
  g_assert_true (mv_store_file_in_use (held));
  g_assert_false (mv_store_save_copy (f->ts.store, held, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_IN_USE);
  g_clear_error (&error);

  close (release);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_assert_false (mv_store_file_in_use (held));
  g_assert_true (mv_store_save_copy (f->ts.store, held, &error));
  g_assert_no_error (error);
}

/* The open file, its -wal and -shm are refused by everything else that
 * would read or replace them with plain I/O: attaching, importing,
 * exporting, in the app and in medvirke-cli. */
static void
test_live_file_refused (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *shm = g_strconcat (f->ts.path, "-shm", NULL);
  g_autofree char *elsewhere = g_build_filename (f->ts.dir, "annet.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (f->ts.path);
  g_autoptr(GFile) wal_file = g_file_new_for_path (f->wal);
  g_autoptr(MvDocumentInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *mime_type = NULL;
  g_autofree char *check = NULL;
  g_autofree char *item = NULL;
  ino_t wal = inode_of (f->wal);

  mv_test_write_file (elsewhere, "navn\nKari\n");
  g_assert_true (mv_store_file_is_live (f->ts.path));
  g_assert_true (mv_store_file_is_live (f->wal));
  g_assert_true (mv_store_file_is_live (shm));
  g_assert_false (mv_store_file_is_live (elsewhere));

  g_assert_false (mv_documents_inspect_file (file, NULL, 0, mv_pdf_inspect, NULL, &mime_type,
                                             &info, &bytes, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "medvirke.db"));
  g_clear_error (&error);
  g_assert_false (mv_documents_inspect_file (wal_file, NULL, 0, mv_pdf_inspect, NULL,
                                             &mime_type, &info, &bytes, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_IN_USE);
  g_clear_error (&error);

  g_assert_null (mv_import_members_csv_file (f->ts.store, f->ts.council, file, NULL, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_IN_USE);
  g_clear_error (&error);

  g_assert_null (mv_output_new (f->ts.path, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_IN_USE);
  g_clear_error (&error);

  /* medvirke-cli pointed at its own file. */
  item = cli_line (f->ts.path, "add-item", "--title", "Vedlegg", "--kind", "information", NULL);
  {
    g_auto(MvTestRun) run = { 0 };

    mv_test_run_cli_args (&run, NULL, "--db", f->ts.path, "attach", item, f->ts.path, NULL);
    g_assert_cmpint (run.status, !=, 0);
    g_assert_nonnull (strstr (run.err, "medvirke.db"));
    mv_test_run_cli_args (&run, NULL, "--db", f->ts.path, "import-members", f->ts.path, NULL);
    g_assert_cmpint (run.status, !=, 0);
    g_assert_nonnull (strstr (run.err, "medvirke.db"));
    mv_test_run_cli_args (&run, NULL, "--db", f->ts.path, "export-members", "-o", f->ts.path, NULL);
    g_assert_cmpint (run.status, !=, 0);
    g_assert_nonnull (strstr (run.err, "medvirke.db"));
  }

  g_assert_cmpuint (inode_of (f->wal), ==, wal);
  check = cli_line (f->ts.path, "check", NULL);
  g_assert_cmpstr (check, ==, "ok");
  g_assert_true (mv_store_refresh (f->ts.store, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (mv_store_lookup (f->ts.store, MV_TYPE_AGENDA_ITEM, item));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/shared/worker-then-other-processes", Fixture, NULL, fixture_set_up,
              test_worker_then_other_processes, fixture_tear_down);
  g_test_add ("/shared/refresh", Fixture, NULL, fixture_set_up, test_refresh, fixture_tear_down);
  g_test_add ("/shared/write-reads-the-file", Fixture, NULL, fixture_set_up,
              test_write_reads_the_file, fixture_tear_down);
  g_test_add ("/shared/copy-target-in-use", Fixture, NULL, fixture_set_up,
              test_copy_target_in_use, fixture_tear_down);
  g_test_add ("/shared/live-file-refused", Fixture, NULL, fixture_set_up,
              test_live_file_refused, fixture_tear_down);

  return g_test_run ();
}
