/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include "mv-council.h"
#include "mv-error.h"
#include "mv-pdf.h"
#include "mv-sample.h"
#include "mv-test-utils.h"

/* A file in a folder we may not write, whose last rows are still in its
 * -wal and which has no -shm: SQLite can make no -shm there, and read as
 * immutable the file alone misses the rows in the -wal. The store reads a
 * private copy of both instead. */

#define WAL_NAME "Brukerutvalget – endret i WAL"

static void
fill_wal (const char *path)
{
  g_autoptr(sqlite3) db = mv_test_db_open (path);
  int done = 0;

  /* The change stays in the -wal: no checkpoint, not even at close. */
  mv_test_db_exec (db, "PRAGMA wal_autocheckpoint = 0");
  g_assert_cmpint (sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, &done), ==,
                   SQLITE_OK);
  g_assert_cmpint (done, ==, 1);
  mv_test_db_exec (db, "UPDATE councils SET name = '" WAL_NAME "'");
}

/* Run as a user who may not write the folder: not as root, who may. */
static void
test_snapshot_reader (void)
{
  const char *path = g_getenv ("MV_TEST_SNAPSHOT_DB");
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(MvCouncil) council = NULL;
  g_autofree char *shm = NULL;

  /* Only in the subprocess that test_snapshot() starts. */
  if (!g_test_subprocess ())
    {
      g_test_skip ("run by /store/read-only-snapshot");
      return;
    }

  shm = g_strconcat (path, "-shm", NULL);
  if (getuid () == 0)
    {
      g_assert_cmpint (setgid (65534), ==, 0);
      g_assert_cmpint (setuid (65534), ==, 0);
    }
  {
    g_autofree char *dir = g_path_get_dirname (path);

    g_assert_cmpint (g_access (dir, W_OK), !=, 0);
  }

  store = mv_store_open (path, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (mv_store_get_read_only (store));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));

  council = g_list_model_get_item (mv_store_get_model (store, MV_TYPE_COUNCIL), 0);
  g_assert_cmpstr (mv_council_get_name (council), ==, WAL_NAME);

  problems = mv_store_check (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);

  g_assert_false (mv_store_begin (store, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_READ_ONLY);
}

static void
test_snapshot (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "medvirke.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  {
    g_autoptr(MvStore) store = mv_store_open (path, MV_STORE_FLAGS_NONE, &error);

    g_assert_no_error (error);
    mv_sample_create (store, mv_pdf_inspect, &error);
    g_assert_no_error (error);
  }
  fill_wal (path);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_unlink (shm), ==, 0);

  /* Readable by all, writable by none but root. */
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_cmpint (g_chmod (wal, 0644), ==, 0);
  g_assert_cmpint (g_chmod (dir, getuid () == 0 ? 0755 : 0555), ==, 0);
  before = mv_test_list_dir (dir);

  g_setenv ("MV_TEST_SNAPSHOT_DB", path, TRUE);
  g_test_trap_subprocess ("/store/read-only-snapshot/reader", 60 * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  /* Nothing changed beside the file. */
  after = mv_test_list_dir (dir);
  g_assert_cmpstr (after, ==, before);

  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
  mv_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/read-only-snapshot", test_snapshot);
  g_test_add_func ("/store/read-only-snapshot/reader", test_snapshot_reader);

  return g_test_run ();
}
