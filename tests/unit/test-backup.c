/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <utime.h>

#include "mv-backup.h"
#include "mv-error.h"
#include "mv-member.h"
#include "mv-members.h"
#include "mv-test-store.h"
#include "mv-test-utils.h"

/* The automatic backups as a secretary relies on them: the first change of
 * a day leaves a private copy of the file as it was, a later change that
 * day none, the folder keeps 7 daily and 4 weekly copies, and a copy comes
 * back as a new file – in the core and through medvirke-cli backups and
 * restore-backup. XDG_DATA_HOME is a folder of this test's own. */

typedef MvTestStore Fixture;

static char *data_home;

/* The sample in a file this store did not make: a file made by the store
 * that writes it held nothing worth a backup before. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  mv_test_store_set_up (f, MV_TEST_STORE_SAMPLE);
  g_clear_object (&f->council);
  g_clear_object (&f->store);
  f->store = mv_store_open (f->path, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *folder = mv_backup_folder_for (f->path);

  mv_test_store_tear_down (f);
  mv_test_remove_tree (folder);
}

static gint64
count_members (const char *path)
{
  g_autoptr(sqlite3) db = mv_test_db_open (path);

  return mv_test_db_int (db, "SELECT count(*) FROM members WHERE deleted_at IS NULL", NULL);
}

static MvMember *
first_member (MvStore *store)
{
  g_autoptr(MvMember) member = g_list_model_get_item (mv_store_get_model (store, MV_TYPE_MEMBER),
                                                      0);

  return member;  /* the list keeps it */
}

static void
delete_a_member (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (mv_members_delete (f->store, first_member (f->store), NULL, &error));
  g_assert_no_error (error);
}

static GPtrArray *
list_backups (const char *path)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *backups = mv_backup_list (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (backups);
  return backups;
}

static void
test_first_write (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *folder = mv_backup_folder_for (f->path);
  g_autofree char *root = g_path_get_dirname (folder);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  MvBackup *backup;
  gint64 before = count_members (f->path);

  g_assert_cmpint (before, ==, 13);
  g_assert_true (g_str_has_prefix (folder, data_home));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));

  /* The first change of the day: a copy of the file as it was. */
  delete_a_member (f);
  g_assert_cmpint (count_members (f->path), ==, before - 1);
  backups = list_backups (f->path);
  g_assert_cmpuint (backups->len, ==, 1);
  backup = g_ptr_array_index (backups, 0);
  g_assert_true (g_str_has_prefix (backup->path, folder));
  g_assert_cmpuint (mv_test_file_mode (backup->path), ==, 0600);
  g_assert_cmpuint (mv_test_file_mode (folder), ==, 0700);
  g_assert_cmpuint (mv_test_file_mode (root), ==, 0700);
  g_assert_cmpint (count_members (backup->path), ==, before);
  g_assert_cmpint (backup->n_members, ==, before);
  g_assert_cmpint (backup->n_meetings, >, 0);
  g_assert_cmpint (backup->n_items, >, 0);
  g_assert_cmpint (backup->n_documents, >, 0);
  g_assert_cmpint (g_date_time_get_day_of_year (backup->time), ==,
                   g_date_time_get_day_of_year (now));
  g_clear_pointer (&backups, g_ptr_array_unref);

  /* A second change that day makes none, also from another connection. */
  delete_a_member (f);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(MvStore) other = mv_store_open (f->path, MV_STORE_FLAGS_NONE, &error);

    g_assert_no_error (error);
    g_assert_false (mv_backup_needed_at (other, now));
  }
  backups = list_backups (f->path);
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_cmpint (count_members (((MvBackup *) g_ptr_array_index (backups, 0))->path), ==,
                   before);

  /* Tomorrow's first change makes another. */
  {
    g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
    g_autoptr(GError) error = NULL;
    g_autofree char *made = NULL;

    g_assert_true (mv_backup_needed_at (f->store, tomorrow));
    made = mv_backup_make_at (f->store, tomorrow, &error);
    g_assert_no_error (error);
    g_assert_cmpint (count_members (made), ==, before - 2);
    g_clear_pointer (&backups, g_ptr_array_unref);
    backups = list_backups (f->path);
    g_assert_cmpuint (backups->len, ==, 2);
    g_assert_cmpstr (((MvBackup *) g_ptr_array_index (backups, 0))->path, ==, made);
  }
}

/* Two files of one name in two folders keep their backups apart. */
static void
test_separate_files (void)
{
  g_autofree char *a = mv_backup_folder_for ("/tmp/one/medvirke.db");
  g_autofree char *b = mv_backup_folder_for ("/tmp/two/medvirke.db");
  g_autofree char *a_again = mv_backup_folder_for ("/tmp/one/../one/medvirke.db");
  g_autofree char *base = g_path_get_basename (a);

  g_assert_cmpstr (a, !=, b);
  g_assert_cmpstr (a, ==, a_again);
  g_assert_true (g_str_has_prefix (base, "medvirke-"));
  g_assert_cmpuint (strlen (base), ==, strlen ("medvirke-") + 12);
}

/* Read-only files, damaged or not, are never backed up. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) reader = mv_store_open (f->path, MV_STORE_FLAGS_READ_ONLY, &error);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_assert_no_error (error);
  g_assert_false (mv_backup_needed_at (reader, now));
  g_assert_true (mv_backup_needed_at (f->store, now));
}

static void
touch (const char *dir,
       const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  mv_test_write_file (path, "");
}

/* 7 daily copies – the newest of each of the 7 newest days – and the
 * newest of each of the 4 ISO weeks before those that have no daily copy;
 * everything else that is a copy goes. 2026-03-16 is a Monday (week 12). */
static void
test_rotation (void)
{
  static const char * const kept[] = {
    "2026-03-20T170000.db", "2026-03-19T080000.db", "2026-03-18T080000.db",
    "2026-03-16T080000.db", "2026-03-15T080000.db", "2026-03-12T080000.db",
    "2026-03-10T080000.db",                          /* the 7 days */
    "2026-03-08T080000.db",                          /* week 10 */
    "2026-03-01T080000.db",                          /* week 9 */
    "2026-02-18T080000.db",                          /* week 8 */
    "2026-02-10T080000.db",                          /* week 7 */
  };
  static const char * const removed[] = {
    "2026-03-20T080000.db",  /* an older copy of a day kept */
    "2026-03-09T080000.db",  /* week 11 has daily copies */
    "2026-03-05T080000.db",  /* older in week 10 */
    "2026-02-25T080000.db",  /* older in week 9 */
    "2026-02-03T080000.db",  /* a fifth week */
    "2026-01-27T080000.db",
    "2025-12-31T080000.db",
  };
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *stale = g_build_filename (dir, ".backup-OLD123", NULL);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *listing = NULL;
  struct utimbuf old = { 0, 0 };

  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    touch (dir, kept[i]);
  for (guint i = 0; i < G_N_ELEMENTS (removed); i++)
    touch (dir, removed[i]);
  /* Not copies: left alone, but for a temporary file a day old. */
  touch (dir, "notes.txt");
  touch (dir, ".backup-NEW123");
  touch (dir, "2026-13-01T080000.db");
  mv_test_write_file (stale, "");
  g_assert_cmpint (g_utime (stale, &old), ==, 0);

  mv_backup_rotate (dir);

  listing = mv_test_list_dir (dir);
  g_string_append (expected, ".backup-NEW123");
  for (int i = G_N_ELEMENTS (kept) - 1; i >= 0; i--)
    g_string_append_printf (expected, "\n%s", kept[i]);
  g_string_append (expected, "\n2026-13-01T080000.db\nnotes.txt");
  g_assert_cmpstr (listing, ==, expected->str);

  mv_test_remove_tree (dir);
}

static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *target = g_build_filename (f->dir, "restored.db", NULL);
  g_autofree char *existing = g_build_filename (f->dir, "existing.db", NULL);
  g_autofree char *not_ours = g_build_filename (f->dir, "notes.txt", NULL);
  g_autofree char *nowhere = g_build_filename (f->dir, "nowhere.db", NULL);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) restored = NULL;
  g_autoptr(MvTestFileState) before = NULL;
  const char *backup;

  delete_a_member (f);
  backups = list_backups (f->path);
  g_assert_cmpuint (backups->len, ==, 1);
  backup = ((MvBackup *) g_ptr_array_index (backups, 0))->path;

  g_assert_true (mv_backup_restore (backup, target, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mv_test_file_mode (target), ==, 0600);
  restored = mv_store_open (target, MV_STORE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_false (mv_store_get_damaged (restored));
  g_assert_cmpuint (g_list_model_get_n_items (mv_store_get_model (restored, MV_TYPE_MEMBER)), ==,
                    13);
  g_assert_cmpint (count_members (f->path), ==, 12);

  /* Never over a file that is there: not the open one, not another. */
  mv_test_write_file (existing, "keep me");
  before = mv_test_file_state (existing);
  g_assert_false (mv_backup_restore (backup, existing, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, existing));
  mv_test_assert_file_unchanged (before, existing);
  g_clear_error (&error);
  g_clear_pointer (&before, mv_test_file_state_free);
  g_clear_object (&restored);
  g_clear_object (&f->store);
  before = mv_test_file_state (f->path);
  g_assert_false (mv_backup_restore (backup, f->path, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  mv_test_assert_file_unchanged (before, f->path);
  g_clear_error (&error);

  /* What is not a Medvirke file is no backup, and leaves nothing. */
  mv_test_write_file (not_ours, "hello");
  g_assert_false (mv_backup_restore (not_ours, nowhere, &error));
  g_assert_error (error, MV_ERROR, MV_ERROR_NOT_DATABASE);
  g_assert_nonnull (strstr (error->message, not_ours));
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
  {
    g_autofree char *listing = mv_test_list_dir (f->dir);

    g_assert_null (strstr (listing, ".backup-"));
  }
}

static gboolean catch_warnings;
static char *caught_warning;

static GLogWriterOutput
write_log (GLogLevelFlags   level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  if (catch_warnings && (level & G_LOG_LEVEL_WARNING) != 0)
    {
      for (gsize i = 0; i < n_fields; i++)
        if (g_str_equal (fields[i].key, "MESSAGE"))
          {
            g_free (caught_warning);
            caught_warning = g_strdup (fields[i].value);
          }
      return G_LOG_WRITER_HANDLED;
    }
  return g_log_writer_default (level, fields, n_fields, user_data);
}

/* A backup that cannot be made costs the write nothing; it is said once. */
static void
test_failure (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *folder = mv_backup_folder_for (f->path);
  g_autofree char *root = g_path_get_dirname (folder);
  g_autofree char *message = NULL;
  g_autofree char *again = NULL;
  GLogLevelFlags fatal;

  g_assert_cmpint (g_mkdir_with_parents (root, 0700), ==, 0);
  mv_test_write_file (folder, "not a folder");

  /* GLib's expected messages miss structured logging: the warning is
   * caught by the writer below instead, and is not fatal meanwhile. */
  fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  catch_warnings = TRUE;
  delete_a_member (f);
  catch_warnings = FALSE;
  g_log_set_always_fatal (fatal);
  g_assert_nonnull (caught_warning);
  g_assert_true (g_str_has_prefix (caught_warning, "Could not back up"));
  g_assert_cmpint (count_members (f->path), ==, 12);

  message = mv_backup_take_failure (f->path);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, folder));
  again = mv_backup_take_failure (f->path);
  g_assert_null (again);

  /* Not tried again on every write that day. */
  delete_a_member (f);
  g_assert_cmpint (count_members (f->path), ==, 11);
  g_unlink (folder);
}

/* medvirke-cli backups and restore-backup: a header and one tab-separated
 * row per copy, newest first; the restored file a new one. */
static void
test_cli (void)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *db = g_build_filename (dir, "council.db", NULL);
  g_autofree char *restored = g_build_filename (dir, "restored.db", NULL);
  g_autofree char *folder = mv_backup_folder_for (db);
  g_auto(MvTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) fields = NULL;
  g_autoptr(MvTestFileState) before = NULL;

  mv_test_run_cli_args (&run, NULL, "--db", db, "demo", NULL);
  g_assert_cmpint (run.status, ==, 0);
  mv_test_run_clear (&run);

  /* A file with no backups lists none. */
  mv_test_run_cli_args (&run, NULL, "--db", db, "backups", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "path\tdate\tmembers\tmeetings\titems\tdocuments\n");
  mv_test_run_clear (&run);

  /* Another process's first change of the day. */
  mv_test_run_cli_args (&run, NULL, "--db", db, "add-member", "--name", "Ola Nordmann", "--role", "deputy", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  mv_test_run_clear (&run);

  mv_test_run_cli_args (&run, NULL, "--db", db, "backups", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_cmpstr (lines[0], ==, "path\tdate\tmembers\tmeetings\titems\tdocuments");
  g_assert_cmpstr (lines[2], ==, "");
  fields = g_strsplit (lines[1], "\t", -1);
  g_assert_cmpuint (g_strv_length (fields), ==, 6);
  g_assert_true (g_str_has_prefix (fields[0], folder));
  g_assert_true (g_regex_match_simple ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d$", fields[1],
                                       0, 0));
  g_assert_cmpstr (fields[2], ==, "13");  /* before Ola Nordmann */
  g_assert_cmpint (atoi (fields[3]), >, 0);
  g_assert_cmpint (atoi (fields[4]), >, 0);
  g_assert_cmpint (atoi (fields[5]), >, 0);
  mv_test_run_clear (&run);

  mv_test_run_cli_args (&run, NULL, "restore-backup", fields[0], "-o", restored, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpint (count_members (restored), ==, 13);
  g_assert_cmpint (count_members (db), ==, 14);
  mv_test_run_clear (&run);

  /* Refused: an existing target, unchanged; no -o; no backup named. */
  before = mv_test_file_state (restored);
  mv_test_run_cli_args (&run, NULL, "restore-backup", fields[0], "-o", restored, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, restored));
  g_assert_nonnull (strstr (run.err, "already exists"));
  mv_test_assert_file_unchanged (before, restored);
  mv_test_run_clear (&run);
  mv_test_run_cli_args (&run, NULL, "restore-backup", fields[0], NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "-o FILE"));
  mv_test_run_clear (&run);
  mv_test_run_cli_args (&run, NULL, "restore-backup", "-o", restored, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "BACKUP"));
  mv_test_run_clear (&run);

  mv_test_remove_tree (folder);
  mv_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C");
  /* Before anything asks GLib for the data folder; medvirke-cli inherits it. */
  data_home = g_dir_make_tmp ("medvirke-backup-home-XXXXXX", NULL);
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);
  g_log_set_writer_func (write_log, NULL, NULL);

  g_test_add ("/backup/first-write", Fixture, NULL, fixture_set_up, test_first_write,
              fixture_tear_down);
  g_test_add_func ("/backup/separate-files", test_separate_files);
  g_test_add ("/backup/read-only", Fixture, NULL, fixture_set_up, test_read_only,
              fixture_tear_down);
  g_test_add_func ("/backup/rotation", test_rotation);
  g_test_add ("/backup/restore", Fixture, NULL, fixture_set_up, test_restore, fixture_tear_down);
  g_test_add ("/backup/failure", Fixture, NULL, fixture_set_up, test_failure, fixture_tear_down);
  g_test_add_func ("/backup/cli", test_cli);

  status = g_test_run ();
  mv_test_remove_tree (data_home);
  g_free (data_home);
  g_free (caught_warning);
  return status;
}
