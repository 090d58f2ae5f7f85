/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include "mv-error.h"
#include "mv-organisation.h"
#include "mv-pdf.h"
#include "mv-sample.h"
#include "mv-test-utils.h"

/* What a secretary is told when the file cannot be what it should: the
 * message says what is wrong and that nothing was saved, and nothing is
 * left behind. */

static char *
make_file (const char *dir)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, "medvirke.db", NULL);
  g_autoptr(MvStore) store = mv_store_open (path, MV_STORE_FLAGS_NONE, &error);

  g_assert_no_error (error);
  mv_sample_create (store, mv_pdf_inspect, &error);
  g_assert_no_error (error);

  return path;
}

static void
test_version_zero (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *path = make_file (dir);
  g_autoptr(MvTestFileState) before = NULL;
  g_autoptr(MvStore) store = NULL;

  {
    g_autoptr(sqlite3) db = mv_test_db_open (path);

    mv_test_db_exec (db, "PRAGMA user_version = 0");
  }
  before = mv_test_file_state (path);

  /* Not "table councils already exists". */
  store = mv_store_open (path, MV_STORE_FLAGS_NONE, &error);
  g_assert_null (store);
  g_assert_error (error, MV_ERROR, MV_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "no schema version"));
  g_assert_null (strstr (error->message, "already exists"));
  mv_test_assert_file_unchanged (before, path);

  mv_test_remove_tree (dir);
}

static void
test_full_disk_demo (void)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "ny.db", NULL);
  g_auto(MvTestRun) run = { 0 };
  g_autofree char *listing = NULL;
  struct rlimit old_limit;

  /* A disk with room for the first pages only. */
  mv_test_begin_file_size_limit (64 * 1024, &old_limit);
  mv_test_run_cli_args (&run, NULL, "--db", path, "demo", NULL);
  mv_test_end_file_size_limit (&old_limit);

  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "the disk is full"));
  g_assert_nonnull (strstr (run.err, "Nothing was saved"));
  g_assert_null (strstr (run.err, "disk I/O error"));

  /* No empty or half-made file. */
  listing = mv_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "");

  mv_test_remove_tree (dir);
}

static void
test_full_disk_write (void)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *path = make_file (dir);
  g_autoptr(MvTestFileState) before = mv_test_file_state (path);
  g_autofree char *areas = g_strnfill (20000, 'x');
  g_auto(MvTestRun) run = { 0 };
  struct rlimit old_limit;

  mv_test_begin_file_size_limit (4096, &old_limit);
  mv_test_run_cli_args (&run, NULL, "--db", path, "add-organisation",
                        "--name", "Norges Handikapforbund Agder", "--areas", areas, NULL);
  mv_test_end_file_size_limit (&old_limit);

  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "the disk is full"));
  g_assert_nonnull (strstr (run.err, "Nothing was saved"));
  g_assert_null (strstr (run.err, "disk I/O error"));
  mv_test_assert_file_unchanged (before, path);

  {
    g_auto(MvTestRun) check = { 0 };

    mv_test_run_cli_args (&check, NULL, "--db", path, "check", NULL);
    g_assert_cmpstr (check.out, ==, "ok\n");
  }

  mv_test_remove_tree (dir);
}

/* In a folder its user may not write, a file they may write is still only
 * read: SQLite makes its working files beside it. */
static void
test_folder_reader (void)
{
  const char *path = g_getenv ("MV_TEST_FOLDER_DB");
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autofree char *folder = NULL;

  if (!g_test_subprocess ())
    {
      g_test_skip ("run by /messages/read-only-folder");
      return;
    }

  if (getuid () == 0)
    {
      g_assert_cmpint (setgid (65534), ==, 0);
      g_assert_cmpint (setuid (65534), ==, 0);
    }
  folder = g_path_get_dirname (path);
  g_assert_cmpint (g_access (folder, W_OK), !=, 0);
  g_assert_cmpint (g_access (path, W_OK), ==, 0);

  store = mv_store_open (path, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (mv_store_get_read_only (store));
  g_assert_cmpuint (g_list_model_get_n_items (mv_store_get_model (store, MV_TYPE_ORGANISATION)),
                    >, 0);

  /* Not "is read-only", which the file is not. */
  g_assert_false (mv_store_begin (store, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, folder));
  g_assert_nonnull (strstr (error->message, "may not be written"));
}

static void
test_folder (void)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *path = make_file (dir);

  g_assert_cmpint (g_chmod (path, 0666), ==, 0);
  g_assert_cmpint (g_chmod (dir, getuid () == 0 ? 0755 : 0555), ==, 0);

  g_setenv ("MV_TEST_FOLDER_DB", path, TRUE);
  g_test_trap_subprocess ("/messages/read-only-folder/reader", 60 * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
  mv_test_remove_tree (dir);
}

static char *
journal_mode (MvStore *store)
{
  sqlite3_stmt *stmt = mv_store_prepare (store, "PRAGMA journal_mode", NULL);
  char *mode;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  mode = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return mode;
}

/* On a network share (here an NFS the test pretends) the file is not
 * put in WAL mode, whose shared memory does not reach another machine,
 * and a file that was in it leaves it; the CLI says why. */
static void
test_network_share (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *path = make_file (dir);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *local_mode = NULL;
  g_autofree char *share_mode = NULL;
  g_auto(MvTestRun) run = { 0 };

  {
    g_autoptr(MvStore) store = mv_store_open (path, MV_STORE_FLAGS_NONE, &error);

    g_assert_no_error (error);
    g_assert_null (mv_store_get_network_fs (store));
    local_mode = journal_mode (store);
    g_assert_cmpstr (local_mode, ==, "wal");
  }

  g_setenv ("MEDVIRKE_TEST_FS_MAGIC", "6969", TRUE);
  {
    g_autoptr(MvStore) store = mv_store_open (path, MV_STORE_FLAGS_NONE, &error);
    g_autoptr(MvOrganisation) org = g_object_new (MV_TYPE_ORGANISATION, "name", "FFO Agder",
                                                  NULL);

    g_assert_no_error (error);
    g_assert_cmpstr (mv_store_get_network_fs (store), ==, "NFS");
    share_mode = journal_mode (store);
    g_assert_cmpstr (share_mode, ==, "delete");
    g_assert_true (mv_store_insert (store, org, &error));
    g_assert_no_error (error);
    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  }

  mv_test_run_cli_args (&run, NULL, "--db", path, "councils", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.err, "is on a network share (NFS)"));
  g_assert_nonnull (strstr (run.err, "Copy it to this computer"));
  g_unsetenv ("MEDVIRKE_TEST_FS_MAGIC");

  mv_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/messages/version-zero", test_version_zero);
  g_test_add_func ("/messages/network-share", test_network_share);
  g_test_add_func ("/messages/full-disk-demo", test_full_disk_demo);
  g_test_add_func ("/messages/full-disk-write", test_full_disk_write);
  g_test_add_func ("/messages/read-only-folder", test_folder);
  g_test_add_func ("/messages/read-only-folder/reader", test_folder_reader);

  return g_test_run ();
}
