/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <stdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "mv-test-utils.h"

/* medvirke-cli as a script uses it: the exact text on stdout where it is a
 * contract, one line on stderr and a non-zero exit on error, and files left
 * alone when they are refused. MEDVIRKE_CLI names the program (meson). */

typedef MvTestRun Run;

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, mv_test_run_clear)

/* The language a run speaks; NULL for the untranslated source strings. */
static const char *run_language;

static void
run_cli (Run        *run,
         const char *first,
         ...) G_GNUC_NULL_TERMINATED;

static void
run_cli (Run        *run,
         const char *first,
         ...)
{
  va_list args;

  va_start (args, first);
  mv_test_run_cli_va (run, run_language, first, args);
  va_end (args);
}

/* A failure: non-zero, nothing on stdout, one line on stderr naming
 * @needle (the input at fault). */
static void
assert_failed (Run        *run,
               const char *needle)
{
  const char *newline;

  g_assert_cmpint (run->status, !=, 0);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  newline = strchr (run->err, '\n');
  g_assert_true (newline != NULL && newline[1] == '\0');
  if (needle != NULL)
    g_assert_nonnull (strstr (run->err, needle));
}

/* A list: a zero exit, nothing on stderr, the header, and every row with
 * as many tab-separated fields as the header. Returns the rows (without
 * the header), each split into fields. */
static GPtrArray *
parse_list (Run        *run,
            const char *header)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_auto(GStrv) lines = NULL;
  guint n_fields;
  guint n_lines;

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->err, ==, "");
  g_assert_true (g_str_has_suffix (run->out, "\n"));

  lines = g_strsplit (run->out, "\n", -1);
  n_lines = g_strv_length (lines);
  /* The text ends in "\n": the last piece is empty. */
  g_assert_cmpstr (lines[n_lines - 1], ==, "");
  g_assert_cmpstr (lines[0], ==, header);

  {
    g_auto(GStrv) fields = g_strsplit (header, "\t", -1);

    n_fields = g_strv_length (fields);
  }

  for (guint i = 1; i + 1 < n_lines; i++)
    {
      char **fields = g_strsplit (lines[i], "\t", -1);

      if (g_strv_length (fields) != n_fields)
        g_error ("row %u has %u fields, the header %u: “%s”", i, g_strv_length (fields),
                 n_fields, lines[i]);
      g_ptr_array_add (rows, fields);
    }
  return rows;
}

#define FIELD(rows, i, j) (((char **) g_ptr_array_index ((rows), (i)))[(j)])

static const char councils_header[] = "id\tname\tlevel";
static const char members_header[] = "id\tname\trole\torganisation\tterm_end";
static const char meetings_header[] = "id\tdate\tstart\tend\tplace\tstatus\titems";
static const char items_header[] = "id\tnumber\ttitle\tkind\tpresenter\tstart\tminutes";

/* One sample file for the tests that only read; made once. */
static char *shared_dir;
static char *shared_db;

static void
make_demo (const char *db)
{
  g_auto(Run) run = { 0 };
  g_autoptr(GPtrArray) rows = NULL;

  run_cli (&run, "--db", db, "demo", NULL);
  rows = parse_list (&run, "councils\tmembers\tmeetings\titems\tdocuments");
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (FIELD (rows, 0, 0), ==, "1");
  g_assert_cmpstr (FIELD (rows, 0, 2), ==, "6");
  g_assert_cmpstr (FIELD (rows, 0, 4), ==, "5");
}

static int
minutes_of_day (const char *hh_mm)
{
  int h, m;

  g_assert_cmpuint (strlen (hh_mm), ==, 5);
  g_assert_cmpint (sscanf (hh_mm, "%d:%d", &h, &m), ==, 2);
  return h * 60 + m;
}

/* ---------------------------------------------------------------------- */

static void
test_demo_new_file (void)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *db = g_build_filename (dir, "ny.db", NULL);
  g_auto(Run) run = { 0 };

  make_demo (db);
  g_assert_cmpuint (mv_test_file_mode (db), ==, 0600);

  run_cli (&run, "--db", db, "check", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "ok\n");
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpuint (mv_test_file_mode (db), ==, 0600);

  mv_test_remove_tree (dir);
}

static void
test_demo_twice (void)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *db = g_build_filename (dir, "to-ganger.db", NULL);
  g_auto(Run) run = { 0 };
  g_auto(Run) list = { 0 };
  g_autoptr(GPtrArray) rows = NULL;

  make_demo (db);
  run_cli (&run, "--db", db, "demo", NULL);
  assert_failed (&run, "to-ganger.db");

  /* Nothing was added. */
  run_cli (&list, "--db", db, "councils", NULL);
  rows = parse_list (&list, councils_header);
  g_assert_cmpuint (rows->len, ==, 1);

  mv_test_remove_tree (dir);
}

static void
test_councils (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(sqlite3) db = mv_test_db_open (shared_db);
  g_autofree char *id = mv_test_db_text (db, "SELECT id FROM councils", NULL);

  run_cli (&run, "--db", shared_db, "councils", NULL);
  rows = parse_list (&run, councils_header);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (FIELD (rows, 0, 0), ==, id);
  g_assert_cmpstr (FIELD (rows, 0, 1), ==, "Brukerutvalget NAV Eksempelby");
  g_assert_cmpstr (FIELD (rows, 0, 2), ==, "local");
}

static void
test_members (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(sqlite3) db = mv_test_db_open (shared_db);
  gint64 active = mv_test_db_int (db, "SELECT count(*) FROM members WHERE deleted_at IS NULL "
                                      "AND (term_end IS NULL OR term_end >= date('now', 'localtime'))",
                                  NULL);
  guint chairs = 0;

  run_cli (&run, "--db", shared_db, "members", NULL);
  rows = parse_list (&run, members_header);
  g_assert_cmpuint (rows->len, ==, active);
  g_assert_cmpuint (rows->len, >=, 10);

  for (guint i = 0; i < rows->len; i++)
    {
      /* Each row is the member of that id in the file. */
      g_autofree char *name = mv_test_db_text (db, "SELECT name FROM members WHERE id = ?1",
                                               FIELD (rows, i, 0), NULL);

      g_assert_cmpstr (FIELD (rows, i, 1), ==, name);
      if (g_str_equal (FIELD (rows, i, 2), "chair"))
        {
          chairs++;
          g_assert_cmpstr (FIELD (rows, i, 3), ==, "FFO");
        }
    }
  g_assert_cmpuint (chairs, ==, 1);
  /* By role: the chair comes first. */
  g_assert_cmpstr (FIELD (rows, 0, 2), ==, "chair");
}

static void
test_members_all (void)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "medlemmer.db", NULL);
  g_auto(Run) active = { 0 };
  g_auto(Run) all = { 0 };
  g_autoptr(GPtrArray) active_rows = NULL;
  g_autoptr(GPtrArray) all_rows = NULL;
  gboolean listed = FALSE;

  make_demo (path);

  /* A member whose term ended yesterday. */
  {
    g_autoptr(sqlite3) db = mv_test_db_open (path);

    mv_test_db_exec (db, "INSERT INTO members (id, council_id, name, role, term_start, term_end, "
                         "created_at, updated_at) "
                         "SELECT 'tidligere-medlem', id, 'Tidligere Medlem', 'member', "
                         "date('now', 'localtime', '-800 days'), "
                         "date('now', 'localtime', '-1 day'), "
                         "'2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z' FROM councils");
  }

  run_cli (&active, "--db", path, "members", NULL);
  active_rows = parse_list (&active, members_header);
  run_cli (&all, "--db", path, "members", "--all", NULL);
  all_rows = parse_list (&all, members_header);

  g_assert_cmpuint (all_rows->len, ==, active_rows->len + 1);
  for (guint i = 0; i < active_rows->len; i++)
    g_assert_cmpstr (FIELD (active_rows, i, 0), !=, "tidligere-medlem");
  for (guint i = 0; i < all_rows->len; i++)
    listed |= g_str_equal (FIELD (all_rows, i, 0), "tidligere-medlem");
  g_assert_true (listed);

  mv_test_remove_tree (dir);
}

static void
test_meetings (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *year = g_date_time_format (now, "%Y-");

  run_cli (&run, "--db", shared_db, "meetings", NULL);
  rows = parse_list (&run, meetings_header);
  g_assert_cmpuint (rows->len, ==, 6);

  for (guint i = 0; i < rows->len; i++)
    {
      g_assert_true (g_str_has_prefix (FIELD (rows, i, 1), year));
      g_assert_cmpuint (strlen (FIELD (rows, i, 1)), ==, 10);
      if (i > 0)
        g_assert_cmpstr (FIELD (rows, i - 1, 1), <, FIELD (rows, i, 1));
      g_assert_cmpstr (FIELD (rows, i, 2), ==, "10:00");
      g_assert_cmpstr (FIELD (rows, i, 3), ==, "13:00");
      g_assert_cmpstr (FIELD (rows, i, 4), !=, "");
    }
}

static void
test_meetings_year (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(GPtrArray) rows = NULL;

  run_cli (&run, "--db", shared_db, "meetings", "--year", "1999", NULL);
  rows = parse_list (&run, meetings_header);
  g_assert_cmpuint (rows->len, ==, 0);
  g_assert_cmpstr (run.out, ==, "id\tdate\tstart\tend\tplace\tstatus\titems\n");
}

static void
test_items_meeting (void)
{
  g_auto(Run) meetings_run = { 0 };
  g_autoptr(GPtrArray) meetings = NULL;

  run_cli (&meetings_run, "--db", shared_db, "meetings", NULL);
  meetings = parse_list (&meetings_run, meetings_header);
  g_assert_cmpuint (meetings->len, >, 0);

  for (guint m = 0; m < meetings->len; m++)
    {
      g_auto(Run) by_id = { 0 };
      g_auto(Run) by_date = { 0 };
      g_autoptr(GPtrArray) rows = NULL;
      const char *id = FIELD (meetings, m, 0);
      const char *date = FIELD (meetings, m, 1);
      guint last;

      run_cli (&by_id, "--db", shared_db, "items", "--meeting", id, NULL);
      run_cli (&by_date, "--db", shared_db, "items", "--meeting", date, NULL);
      rows = parse_list (&by_id, items_header);
      g_assert_cmpstr (by_id.out, ==, by_date.out);
      g_assert_cmpint (by_date.status, ==, 0);

      /* The meetings list counts the same items. */
      g_assert_cmpuint (rows->len, >=, 2);
      g_assert_cmpuint (rows->len, ==, g_ascii_strtoull (FIELD (meetings, m, 6), NULL, 10));

      /* The time plan: each item starts when the one before it ends. */
      g_assert_cmpstr (FIELD (rows, 0, 5), ==, FIELD (meetings, m, 2));
      for (guint i = 1; i < rows->len; i++)
        {
          int previous = minutes_of_day (FIELD (rows, i - 1, 5));
          int length = (int) g_ascii_strtoll (FIELD (rows, i - 1, 6), NULL, 10);

          g_assert_cmpint (minutes_of_day (FIELD (rows, i, 5)), ==, previous + length);
        }

      /* Numbered "NN/YY"; "Eventuelt" closes the agenda. */
      for (guint i = 0; i < rows->len; i++)
        {
          g_assert_cmpuint (strlen (FIELD (rows, i, 1)), ==, 5);
          g_assert_cmpint (FIELD (rows, i, 1)[2], ==, '/');
        }
      last = rows->len - 1;
      g_assert_cmpstr (FIELD (rows, last, 2), ==, "Eventuelt");
      g_assert_cmpstr (FIELD (rows, last, 3), ==, "aob");
    }
}

static void
test_items_backlog (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(sqlite3) db = mv_test_db_open (shared_db);
  gint64 backlog = mv_test_db_int (db, "SELECT count(*) FROM agenda_items "
                                       "WHERE meeting_id IS NULL AND deleted_at IS NULL", NULL);

  run_cli (&run, "--db", shared_db, "items", "--backlog", NULL);
  rows = parse_list (&run, items_header);
  g_assert_cmpuint (rows->len, >=, 1);
  g_assert_cmpuint (rows->len, ==, backlog);

  for (guint i = 0; i < rows->len; i++)
    {
      g_assert_cmpstr (FIELD (rows, i, 1), ==, "");
      g_assert_cmpstr (FIELD (rows, i, 5), ==, "");
      g_assert_cmpstr (FIELD (rows, i, 2), !=, "");
    }
}

static void
test_items_options (void)
{
  g_auto(Run) neither = { 0 };
  g_auto(Run) both = { 0 };
  g_auto(Run) unknown = { 0 };

  run_cli (&neither, "--db", shared_db, "items", NULL);
  assert_failed (&neither, "--backlog");

  run_cli (&both, "--db", shared_db, "items", "--backlog", "--meeting", "2026-01-01", NULL);
  assert_failed (&both, "--backlog");

  run_cli (&unknown, "--db", shared_db, "items", "--meeting", "1999-01-01", NULL);
  assert_failed (&unknown, "1999-01-01");
}

/* ---------------------------------------------------------------------- */
/* Errors                                                                  */
/* ---------------------------------------------------------------------- */

static void
test_error_text_file (void)
{
  static const char * const commands[][3] = {
    { "councils", NULL },
    { "members", NULL },
    { "meetings", NULL },
    { "items", "--backlog", NULL },
    { "check", NULL },
    { "demo", NULL },
  };
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "referat.txt", NULL);
  g_autoptr(MvTestFileState) before = NULL;

  mv_test_write_file (path, "Referat fra brukerutvalget\nSak 01/26: Godkjent.\n");
  before = mv_test_file_state (path);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *listing = NULL;

      run_cli (&run, "--db", path, commands[i][0], commands[i][1], NULL);
      assert_failed (&run, "referat.txt");
      mv_test_assert_file_unchanged (before, path);
      listing = mv_test_list_dir (dir);
      g_assert_cmpstr (listing, ==, "referat.txt");
    }

  mv_test_remove_tree (dir);
}

/* With LANGUAGE=nb the messages and the help are Norwegian. */
static void
test_norwegian (void)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "notat.txt", NULL);
  g_auto(Run) error_run = { 0 };
  g_auto(Run) help_run = { 0 };
  locale_t nb;

  g_assert_nonnull (g_getenv ("MEDVIRKE_LOCALEDIR"));
  /* build-aux/test installs this locale; without it gettext stays English. */
  nb = newlocale (LC_ALL_MASK, "nb_NO.UTF-8", (locale_t) 0);
  if (nb == (locale_t) 0)
    g_error ("The nb_NO.UTF-8 locale is missing; build-aux/deps test makes it");
  freelocale (nb);

  mv_test_write_file (path, "Ikke en database\n");

  run_language = "nb";
  run_cli (&error_run, "--db", path, "councils", NULL);
  run_cli (&help_run, "--help", NULL);
  run_language = NULL;

  assert_failed (&error_run, "notat.txt");
  g_assert_nonnull (strstr (error_run.err, "er ikke en Medvirke-fil"));
  g_assert_cmpint (help_run.status, ==, 0);
  g_assert_true (g_str_has_prefix (help_run.out, "Bruk: medvirke-cli [--db FIL] KOMMANDO"));
  g_assert_nonnull (strstr (help_run.out, "Fyll en tom fil med eksempelutvalget"));

  mv_test_remove_tree (dir);
}

static void
test_error_missing_file (void)
{
  static const char * const commands[][3] = {
    { "councils", NULL },
    { "members", NULL },
    { "meetings", NULL },
    { "items", "--backlog", NULL },
    { "check", NULL },
  };
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "finnes-ikke.db", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *listing = NULL;

      run_cli (&run, "--db", path, commands[i][0], commands[i][1], NULL);
      assert_failed (&run, "finnes-ikke.db");
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      listing = mv_test_list_dir (dir);
      g_assert_cmpstr (listing, ==, "");
    }

  mv_test_remove_tree (dir);
}

static void
test_error_council (void)
{
  g_auto(Run) meetings = { 0 };
  g_auto(Run) members = { 0 };

  run_cli (&meetings, "--db", shared_db, "meetings", "--council", "nonsense", NULL);
  assert_failed (&meetings, "nonsense");

  run_cli (&members, "--db", shared_db, "members", "--council", "tull-og-tøys", NULL);
  assert_failed (&members, "tull-og-tøys");
}

static void
test_error_unknown_command (void)
{
  g_auto(Run) run = { 0 };
  g_auto(Run) option = { 0 };
  g_auto(Run) none = { 0 };

  run_cli (&run, "--db", shared_db, "frobnicate", NULL);
  assert_failed (&run, "frobnicate");

  run_cli (&option, "--db", shared_db, "meetings", "--frobnicate", NULL);
  assert_failed (&option, "--frobnicate");

  /* No command at all: the usage, on stderr. */
  run_cli (&none, "--db", shared_db, NULL);
  g_assert_cmpint (none.status, !=, 0);
  g_assert_cmpstr (none.out, ==, "");
  g_assert_nonnull (strstr (none.err, "Usage"));
}

static void
test_error_bad_numbers (void)
{
  g_auto(Run) year = { 0 };
  g_auto(Run) years = { 0 };

  run_cli (&year, "--db", shared_db, "meetings", "--year", "i fjor", NULL);
  assert_failed (&year, "i fjor");

  run_cli (&years, "--db", shared_db, "demo", "--years", "0", NULL);
  assert_failed (&years, "--years");
}

static void
test_read_only_file (void)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "skrivebeskyttet.db", NULL);
  g_autoptr(MvTestFileState) before = NULL;
  g_auto(Run) councils = { 0 };
  g_auto(Run) check = { 0 };
  g_auto(Run) demo = { 0 };
  g_autoptr(GPtrArray) rows = NULL;

  make_demo (path);
  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  before = mv_test_file_state (path);

  /* Reading works; the file is not touched. */
  run_cli (&councils, "--db", path, "councils", NULL);
  rows = parse_list (&councils, councils_header);
  g_assert_cmpuint (rows->len, ==, 1);
  run_cli (&check, "--db", path, "check", NULL);
  g_assert_cmpint (check.status, ==, 0);
  g_assert_cmpstr (check.out, ==, "ok\n");
  run_cli (&demo, "--db", path, "demo", NULL);
  assert_failed (&demo, "skrivebeskyttet.db");
  mv_test_assert_file_unchanged (before, path);

  mv_test_remove_tree (dir);
}

static void
test_version (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *expected = g_strdup_printf ("medvirke-cli %s\n", g_getenv ("MEDVIRKE_VERSION"));

  g_assert_nonnull (g_getenv ("MEDVIRKE_VERSION"));
  run_cli (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpstr (run.err, ==, "");
}

/* ---------------------------------------------------------------------- */
/* import-members and coverage                                             */
/* ---------------------------------------------------------------------- */

static char *
data_file (const char *name)
{
  g_assert_nonnull (g_getenv ("G_TEST_SRCDIR"));
  return g_build_filename (g_getenv ("G_TEST_SRCDIR"), "data", name, NULL);
}

static gint64
count_members_in (const char *path)
{
  g_autoptr(sqlite3) db = mv_test_db_open (path);

  return mv_test_db_int (db, "SELECT count(*) FROM members", NULL);
}

/* Rows with problems: exit 3, each on stderr as FILE:LINE: reason, the
 * good rows in the file; the second time nothing is added. */
static void
test_import_members_rejected (void)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *db = g_build_filename (dir, "import.db", NULL);
  g_autofree char *csv = data_file ("medlemmer-feil.csv");
  g_autofree char *expected_err = NULL;
  g_auto(Run) first = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) list = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  gint64 before;
  guint found = 0;

  make_demo (db);
  before = count_members_in (db);

  run_cli (&first, "--db", db, "import-members", csv, NULL);
  g_assert_cmpint (first.status, ==, 3);
  g_assert_cmpstr (first.out, ==, "added\t2\nexisting\t0\nrejected\t6\n");
  expected_err = g_strdup_printf ("%1$s:3: the name is empty\n"
                                  "%1$s:4: “sjef” is not a role\n"
                                  "%1$s:5: “31.02.2026” is not a date\n"
                                  "%1$s:6: the term ends before it starts\n"
                                  "%1$s:7: “kari@” is not an e-mail address\n"
                                  "%1$s:8: “lise@” is not an e-mail address\n", csv);
  g_assert_cmpstr (first.err, ==, expected_err);
  g_assert_cmpint (count_members_in (db), ==, before + 2);

  run_cli (&again, "--db", db, "import-members", csv, NULL);
  g_assert_cmpint (again.status, ==, 3);
  g_assert_cmpstr (again.out, ==, "added\t0\nexisting\t2\nrejected\t6\n");
  g_assert_cmpstr (again.err, ==, expected_err);
  g_assert_cmpint (count_members_in (db), ==, before + 2);

  /* The members list shows them, with their organisation. */
  run_cli (&list, "--db", db, "members", "--all", NULL);
  rows = parse_list (&list, members_header);
  for (guint i = 0; i < rows->len; i++)
    {
      if (g_str_equal (FIELD (rows, i, 1), "Anne Berg"))
        {
          g_assert_cmpstr (FIELD (rows, i, 2), ==, "member");
          g_assert_cmpstr (FIELD (rows, i, 3), ==, "FFO");
          g_assert_cmpstr (FIELD (rows, i, 4), ==, "2027-12-31");
          found++;
        }
      if (g_str_equal (FIELD (rows, i, 1), "Siri Siste"))
        found++;
    }
  g_assert_cmpuint (found, ==, 2);

  mv_test_remove_tree (dir);
}

/* A list as Excel saves it (Windows-1252, CRLF): exit 0, the new
 * organisation named, the member already in the sample counted. */
static void
test_import_members_excel (void)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *db = g_build_filename (dir, "import.db", NULL);
  g_autofree char *csv = data_file ("medlemmer-excel.csv");
  g_autofree char *name = NULL;
  g_auto(Run) first = { 0 };
  g_auto(Run) again = { 0 };

  make_demo (db);

  run_cli (&first, "--db", db, "import-members", csv, NULL);
  g_assert_cmpint (first.status, ==, 0);
  g_assert_cmpstr (first.err, ==, "");
  g_assert_cmpstr (first.out, ==, "added\t3\nexisting\t1\nrejected\t0\norganisation\tBlå Kors\n");

  {
    g_autoptr(sqlite3) sql = mv_test_db_open (db);

    name = mv_test_db_text (sql, "SELECT o.name FROM members m JOIN organisations o "
                                 "ON o.id = m.organisation_id WHERE m.name = 'Sølvi Ødegård'",
                            NULL);
  }
  g_assert_cmpstr (name, ==, "Blå Kors");

  run_cli (&again, "--db", db, "import-members", csv, NULL);
  g_assert_cmpint (again.status, ==, 0);
  g_assert_cmpstr (again.err, ==, "");
  g_assert_cmpstr (again.out, ==, "added\t0\nexisting\t4\nrejected\t0\n");

  mv_test_remove_tree (dir);
}

/* The NAV unit, a user-group column and a term that is over: exit 3 for
 * the unknown user group alone, a note for each of the others, the NAV
 * unit the sample's organisation of the kind NAV and no new one, the
 * groups in the file. */
static void
test_import_members_notes (void)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *db = g_build_filename (dir, "import.db", NULL);
  g_autofree char *csv = g_build_filename (dir, "medlemmer.csv", NULL);
  g_autofree char *expected_err = NULL;
  g_auto(Run) first = { 0 };
  g_auto(Run) again = { 0 };
  gint64 orgs_before;

  make_demo (db);
  {
    g_autoptr(sqlite3) sql = mv_test_db_open (db);

    orgs_before = mv_test_db_int (sql, "SELECT count(*) FROM organisations", NULL);
  }
  mv_test_write_file (csv,
                      "navn;organisasjon;rolle;til;Brukergrupper\n"
                      "Nina Ny;NAV Eksempelby;;;\n"
                      "Eirik Sandvik;NAV;NAV-leder;;\n"
                      "Kari Gammel;FFO;medlem;31.12.2020;\"Ungdom; innvandrere\"\n"
                      "Ola Feil;FFO;medlem;;Studenter\n");

  run_cli (&first, "--db", db, "import-members", csv, NULL);
  g_assert_cmpint (first.status, ==, 3);
  g_assert_cmpstr (first.out, ==,
                   "added\t2\nexisting\t1\nrejected\t1\n"
                   "note\t2\tNina Ny – “NAV Eksempelby” is NAV: added as NAV staff\n"
                   "note\t4\tKari Gammel – the term ended 31 Dec 2020\n");
  expected_err = g_strdup_printf ("%s:5: “Studenter” is not one of the user groups\n", csv);
  g_assert_cmpstr (first.err, ==, expected_err);

  {
    g_autoptr(sqlite3) sql = mv_test_db_open (db);
    g_autofree char *role = mv_test_db_text (sql, "SELECT role FROM members "
                                                  "WHERE name = 'Nina Ny'", NULL);
    g_autofree char *groups =
      mv_test_db_text (sql, "SELECT group_concat (name, '|') FROM "
                            "(SELECT g.name FROM members m "
                            "JOIN member_user_groups l ON l.member_id = m.id "
                            "JOIN user_groups g ON g.id = l.user_group_id "
                            "WHERE m.name = 'Kari Gammel' ORDER BY g.position)", NULL);

    g_assert_cmpstr (role, ==, "nav-staff");
    g_assert_cmpint (mv_test_db_int (sql, "SELECT count(*) FROM members m "
                                          "JOIN organisations o ON o.id = m.organisation_id "
                                          "WHERE m.name = 'Nina Ny' AND o.kind = 'nav'", NULL),
                     ==, 1);
    g_assert_cmpint (mv_test_db_int (sql, "SELECT count(*) FROM organisations "
                                          "WHERE name LIKE 'NAV %'", NULL), ==, 1);
    g_assert_cmpint (mv_test_db_int (sql, "SELECT count(*) FROM organisations", NULL),
                     ==, orgs_before);
    g_assert_cmpstr (groups, ==, "Ungdom|Innvandrere");
  }

  /* Again: nothing added, nothing to note, the same refusal. */
  run_cli (&again, "--db", db, "import-members", csv, NULL);
  g_assert_cmpint (again.status, ==, 3);
  g_assert_cmpstr (again.out, ==, "added\t0\nexisting\t3\nrejected\t1\n");
  g_assert_cmpstr (again.err, ==, expected_err);

  mv_test_remove_tree (dir);
}

/* The limits at the CLI's doors: a CSV row with a 1 MB name is refused by
 * its line and field and the rest imported; a 100,000-character background
 * with no space in it is taken, and the notice lays all of it out (over
 * lines and pages, in well under a second: it once took minutes, and
 * meson's timeout ends this test if it does again). */
static void
test_long_texts (void)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *db = g_build_filename (dir, "lang.db", NULL);
  g_autofree char *csv = g_build_filename (dir, "medlemmer.csv", NULL);
  g_autofree char *pdf = g_build_filename (dir, "innkalling.pdf", NULL);
  g_autofree char *huge = g_strnfill (1024 * 1024, 'A');
  g_autofree char *contents = g_strdup_printf ("navn;organisasjon\n%s;FFO\nOla Kort;FFO\n", huge);
  g_autofree char *expected_err = NULL;
  g_autofree char *background = g_strnfill (100000, 'x');
  g_autofree char *too_long = g_strnfill (100001, 'x');
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(Run) import = { 0 };
  g_auto(Run) items = { 0 };
  g_auto(Run) refused = { 0 };
  g_auto(Run) edit = { 0 };
  g_auto(Run) meetings = { 0 };
  g_auto(Run) move = { 0 };
  g_auto(Run) export = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) meeting_rows = NULL;
  const char *item = NULL;
  const char *meeting = NULL;
  gsize n_x = 0;

  make_demo (db);
  mv_test_write_file (csv, contents);
  run_cli (&import, "--db", db, "import-members", csv, NULL);
  g_assert_cmpint (import.status, ==, 3);
  g_assert_cmpstr (import.out, ==, "added\t1\nexisting\t0\nrejected\t1\n");
  expected_err = g_strdup_printf ("%s:2: “Name” is too long: 1048576 characters, at most 300\n",
                                  csv);
  g_assert_cmpstr (import.err, ==, expected_err);

  run_cli (&items, "--db", db, "items", "--backlog", NULL);
  rows = parse_list (&items, items_header);
  g_assert_cmpuint (rows->len, >, 0);
  item = FIELD (rows, 0, 0);

  run_cli (&refused, "--db", db, "edit-item", item, "--background", too_long, NULL);
  assert_failed (&refused, "“Background” is too long: 100001 characters, at most 100000");
  g_assert_cmpint (refused.status, ==, 1);

  run_cli (&edit, "--db", db, "edit-item", item, "--background", background, NULL);
  g_assert_cmpint (edit.status, ==, 0);

  run_cli (&meetings, "--db", db, "meetings", NULL);
  meeting_rows = parse_list (&meetings, meetings_header);
  for (guint i = 0; i < meeting_rows->len; i++)
    if (g_str_equal (FIELD (meeting_rows, i, 5), "planned"))
      meeting = FIELD (meeting_rows, i, 0);
  g_assert_nonnull (meeting);
  run_cli (&move, "--db", db, "move-item", item, "--meeting", meeting, NULL);
  g_assert_cmpint (move.status, ==, 0);

  run_cli (&export, "--db", db, "export-agenda", "--meeting", meeting, "-o", pdf, NULL);
  g_assert_cmpstr (export.err, ==, "");
  g_assert_cmpint (export.status, ==, 0);

  /* Every x of it, broken over lines (the page headers come between). */
  text = mv_test_pdf_text (pdf, 0);
  for (const char *p = text; *p; p++)
    if (*p == 'x')
      n_x++;
  g_assert_cmpuint (n_x, >=, 100000);
  /* Broken over lines of the page's width, not run off its edge. */
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    g_assert_cmpint (g_utf8_strlen (lines[i], -1), <, 150);
}

/* Every command that reads a file refuses a named pipe at once, by name:
 * import-members, attach, and the database itself (a missing one is still
 * made, as always). Each would otherwise wait for a writer for ever. */
static void
test_not_regular (void)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *db = g_build_filename (dir, "fil.db", NULL);
  g_autofree char *fifo = g_build_filename (dir, "ror.csv", NULL);
  g_autofree char *fifo_db = g_build_filename (dir, "ror.db", NULL);
  g_autoptr(MvTestFileState) before = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_auto(Run) items = { 0 };
  g_auto(Run) import = { 0 };
  g_auto(Run) attach = { 0 };
  g_auto(Run) open = { 0 };
  g_auto(Run) folder = { 0 };

  make_demo (db);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (mkfifo (fifo_db, 0600), ==, 0);
  run_cli (&items, "--db", db, "items", "--backlog", NULL);
  rows = parse_list (&items, items_header);
  before = mv_test_file_state (db);

  run_cli (&import, "--db", db, "import-members", fifo, NULL);
  assert_failed (&import, "ror.csv");
  g_assert_nonnull (strstr (import.err, "is not a regular file"));
  g_assert_cmpint (import.status, ==, 1);

  run_cli (&attach, "--db", db, "attach", FIELD (rows, 0, 0), fifo, NULL);
  g_assert_cmpint (attach.status, ==, 1);
  g_assert_nonnull (strstr (attach.err, "ror.csv"));
  g_assert_nonnull (strstr (attach.err, "is not a regular file"));

  run_cli (&open, "--db", fifo_db, "councils", NULL);
  assert_failed (&open, "ror.db");
  g_assert_nonnull (strstr (open.err, "is not a regular file"));
  g_assert_cmpint (open.status, ==, 1);

  run_cli (&folder, "--db", dir, "councils", NULL);
  assert_failed (&folder, "is not a regular file");

  mv_test_assert_file_unchanged (before, db);
  mv_test_remove_tree (dir);
}

static void
test_import_members_errors (void)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *db = g_build_filename (dir, "import.db", NULL);
  g_autofree char *missing = g_build_filename (dir, "finnes-ikke.csv", NULL);
  g_autofree char *empty = g_build_filename (dir, "tom.csv", NULL);
  g_autofree char *nameless = g_build_filename (dir, "uten-navn.csv", NULL);
  g_autoptr(MvTestFileState) before = NULL;
  g_auto(Run) missing_run = { 0 };
  g_auto(Run) empty_run = { 0 };
  g_auto(Run) nameless_run = { 0 };
  g_auto(Run) no_file = { 0 };
  g_auto(Run) two_files = { 0 };
  g_auto(Run) council = { 0 };

  make_demo (db);
  mv_test_write_file (empty, "");
  mv_test_write_file (nameless, "organisasjon;rolle\nFFO;leder\n");
  before = mv_test_file_state (db);

  run_cli (&missing_run, "--db", db, "import-members", missing, NULL);
  assert_failed (&missing_run, "finnes-ikke.csv");
  g_assert_cmpint (missing_run.status, ==, 1);

  run_cli (&empty_run, "--db", db, "import-members", empty, NULL);
  assert_failed (&empty_run, "tom.csv");
  g_assert_cmpint (empty_run.status, ==, 1);

  run_cli (&nameless_run, "--db", db, "import-members", nameless, NULL);
  assert_failed (&nameless_run, "uten-navn.csv");
  g_assert_cmpint (nameless_run.status, ==, 1);

  run_cli (&no_file, "--db", db, "import-members", NULL);
  assert_failed (&no_file, "import-members");
  g_assert_cmpint (no_file.status, ==, 2);

  run_cli (&two_files, "--db", db, "import-members", empty, nameless, NULL);
  assert_failed (&two_files, "uten-navn.csv");
  g_assert_cmpint (two_files.status, ==, 2);

  run_cli (&council, "--db", db, "import-members", "--council", "tull", nameless, NULL);
  assert_failed (&council, "tull");

  /* Nothing of it reached the file. */
  mv_test_assert_file_unchanged (before, db);

  mv_test_remove_tree (dir);
}

static void
test_coverage (void)
{
  g_auto(Run) run = { 0 };
  g_auto(Run) wrong = { 0 };
  g_auto(GStrv) lines = NULL;
  gboolean ending = FALSE;

  run_cli (&run, "--db", shared_db, "coverage", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_str_has_prefix (run.out, "Coverage of Brukerutvalget NAV Eksempelby on "));
  g_assert_true (g_str_has_suffix (run.out, "\n"));

  /* The sample leaves the immigrants without a voice, and Ingrid
   * Solberg's term ends in 55 days. */
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_true (g_strv_contains ((const char * const *) lines,
                                  "User groups without a member: Innvandrere"));
  g_assert_true (g_strv_contains ((const char * const *) lines,
                                  "User groups with a member: 9 of 10"));
  g_assert_true (g_strv_contains ((const char * const *) lines,
                                  "Reserved seat for young people: filled"));
  g_assert_true (g_strv_contains ((const char * const *) lines,
                                  "Members under 30: Jonas Bakke Eriksen"));
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "Terms ending within 90 days: Ingrid Solberg ("))
      ending = TRUE;
  g_assert_true (ending);

  run_cli (&wrong, "--db", shared_db, "coverage", "--council", "tull-og-tøys", NULL);
  assert_failed (&wrong, "tull-og-tøys");
}

/* add-item, move-item and send-notice on a file of the test’s own. */

/* The last planned meeting of the sample: its id, date, and agenda. */
static GPtrArray *
planned_meeting (const char  *db,
                 char       **id,
                 char       **date)
{
  g_auto(Run) run = { 0 };
  g_autoptr(GPtrArray) meetings = NULL;
  g_auto(Run) items = { 0 };

  run_cli (&run, "--db", db, "meetings", NULL);
  meetings = parse_list (&run, meetings_header);
  for (guint m = meetings->len; m-- > 0;)
    if (g_str_equal (FIELD (meetings, m, 5), "planned"))
      {
        *id = g_strdup (FIELD (meetings, m, 0));
        *date = g_strdup (FIELD (meetings, m, 1));
        run_cli (&items, "--db", db, "items", "--meeting", *id, NULL);
        return parse_list (&items, items_header);
      }
  g_assert_not_reached ();
}

static void
test_add_item (void)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *db = g_build_filename (dir, "agenda.db", NULL);
  g_autofree char *meeting = NULL;
  g_autofree char *date = NULL;
  g_autofree char *id = NULL;
  g_autofree char *expected_start = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_auto(Run) add = { 0 };
  g_auto(Run) list = { 0 };
  guint n;

  make_demo (db);
  before = planned_meeting (db, &meeting, &date);
  n = before->len;

  /* By date; --council left out: the file has one. */
  run_cli (&add, "--db", db, "add-item", "--meeting", date, "--title", "Ny sak om AAP",
           "--kind", "input", "--minutes", "25", "--presenter", "NAV",
           "--nav-decision", "2099-01-01", NULL);
  g_assert_cmpint (add.status, ==, 0);
  g_assert_cmpstr (add.err, ==, "");
  g_assert_true (g_str_has_suffix (add.out, "\n"));
  id = g_strndup (add.out, strlen (add.out) - 1);
  g_assert_cmpuint (strlen (id), ==, 36);

  run_cli (&list, "--db", db, "items", "--meeting", meeting, NULL);
  after = parse_list (&list, items_header);
  g_assert_cmpuint (after->len, ==, n + 1);

  /* Just before "Eventuelt", starting when the item before it ends. */
  g_assert_cmpstr (FIELD (after, n - 1, 0), ==, id);
  g_assert_cmpstr (FIELD (after, n - 1, 2), ==, "Ny sak om AAP");
  g_assert_cmpstr (FIELD (after, n - 1, 3), ==, "input");
  g_assert_cmpstr (FIELD (after, n - 1, 4), ==, "NAV");
  g_assert_cmpstr (FIELD (after, n - 1, 5), ==, FIELD (before, n - 1, 5));
  g_assert_cmpstr (FIELD (after, n - 1, 6), ==, "25");
  g_assert_cmpstr (FIELD (after, n, 2), ==, "Eventuelt");
  expected_start = g_strdup_printf ("%02d:%02d", (minutes_of_day (FIELD (before, n - 1, 5)) + 25) / 60,
                                    (minutes_of_day (FIELD (before, n - 1, 5)) + 25) % 60);
  g_assert_cmpstr (FIELD (after, n, 5), ==, expected_start);
  /* The numbers follow the agenda: the new item has Eventuelt's old one. */
  g_assert_cmpstr (FIELD (after, n - 1, 1), ==, FIELD (before, n - 1, 1));

  /* To the backlog: gone from the meeting, listed without a number. */
  {
    g_auto(Run) move = { 0 };
    g_auto(Run) backlog = { 0 };
    g_auto(Run) again = { 0 };
    g_autoptr(GPtrArray) rows = NULL;
    g_autoptr(GPtrArray) agenda = NULL;
    gboolean found = FALSE;

    run_cli (&move, "--db", db, "move-item", id, "--backlog", NULL);
    g_assert_cmpint (move.status, ==, 0);
    g_assert_cmpstr (move.out, ==, "");
    g_assert_cmpstr (move.err, ==, "");

    run_cli (&backlog, "--db", db, "items", "--backlog", NULL);
    rows = parse_list (&backlog, items_header);
    for (guint i = 0; i < rows->len; i++)
      if (g_str_equal (FIELD (rows, i, 0), id))
        {
          found = TRUE;
          g_assert_cmpstr (FIELD (rows, i, 1), ==, "");
        }
    g_assert_true (found);

    run_cli (&again, "--db", db, "items", "--meeting", meeting, NULL);
    agenda = parse_list (&again, items_header);
    g_assert_cmpuint (agenda->len, ==, n);
  }

  /* Back to the meeting at the top. */
  {
    g_auto(Run) move = { 0 };
    g_auto(Run) again = { 0 };
    g_autoptr(GPtrArray) agenda = NULL;

    run_cli (&move, "--db", db, "move-item", id, "--meeting", meeting, "--position", "0", NULL);
    g_assert_cmpint (move.status, ==, 0);
    run_cli (&again, "--db", db, "items", "--meeting", meeting, NULL);
    agenda = parse_list (&again, items_header);
    g_assert_cmpstr (FIELD (agenda, 0, 0), ==, id);
    g_assert_cmpstr (FIELD (agenda, 0, 1), ==, FIELD (before, 0, 1));
    g_assert_cmpstr (FIELD (agenda, 0, 5), ==, FIELD (before, 0, 5));
  }

  mv_test_remove_tree (dir);
}

static void
test_send_notice (void)
{
  g_autofree char *dir = mv_test_make_tmp_dir ();
  g_autofree char *db = g_build_filename (dir, "notice.db", NULL);
  g_autofree char *meeting = NULL;
  g_autofree char *date = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_auto(Run) send = { 0 };
  g_auto(Run) twice = { 0 };
  g_auto(Run) unplaced = { 0 };
  g_auto(Run) list = { 0 };
  g_auto(Run) add = { 0 };
  g_auto(Run) items = { 0 };
  int highest = 0;

  make_demo (db);
  before = planned_meeting (db, &meeting, &date);

  /* Sent without a place: said on stderr, as the app asks, and sent. */
  run_cli (&unplaced, "--db", db, "edit-meeting", meeting, "--place", "", NULL);
  g_assert_cmpint (unplaced.status, ==, 0);
  run_cli (&send, "--db", db, "send-notice", "--meeting", meeting, NULL);
  g_assert_cmpint (send.status, ==, 0);
  g_assert_cmpstr (send.out, ==, "");
  g_assert_cmpstr (send.err, ==, "medvirke-cli: warning: The meeting has no place\n");

  run_cli (&list, "--db", db, "meetings", NULL);
  meetings = parse_list (&list, meetings_header);
  for (guint m = 0; m < meetings->len; m++)
    if (g_str_equal (FIELD (meetings, m, 0), meeting))
      g_assert_cmpstr (FIELD (meetings, m, 5), ==, "notice-sent");

  run_cli (&twice, "--db", db, "send-notice", "--meeting", date, NULL);
  assert_failed (&twice, date);

  /* After the notice a new item takes the next free number, the others
   * keep theirs. */
  for (guint i = 0; i < before->len; i++)
    highest = MAX (highest, (int) g_ascii_strtoll (FIELD (before, i, 1), NULL, 10));
  run_cli (&add, "--db", db, "add-item", "--meeting", meeting, "--title", "Sen sak",
           "--kind", "information", NULL);
  g_assert_cmpint (add.status, ==, 0);
  run_cli (&items, "--db", db, "items", "--meeting", meeting, NULL);
  after = parse_list (&items, items_header);
  g_assert_cmpuint (after->len, ==, before->len + 1);
  for (guint i = 0; i + 1 < before->len; i++)
    g_assert_cmpstr (FIELD (after, i, 1), ==, FIELD (before, i, 1));
  g_assert_cmpint (g_ascii_strtoll (FIELD (after, before->len - 1, 1), NULL, 10), ==,
                   highest + 1);
  g_assert_cmpstr (FIELD (after, before->len - 1, 6), ==, "15");
  g_assert_cmpstr (FIELD (after, before->len, 1), ==, FIELD (before, before->len - 1, 1));

  mv_test_remove_tree (dir);
}

static void
test_agenda_errors (void)
{
  static const char * const bad[][8] = {
    { "add-item", "--kind", "input", NULL },                              /* no title */
    { "add-item", "--title", "T", "--kind", "sak", NULL },                /* sak */
    { "add-item", "--title", "T", "--kind", "input", "--minutes", "x1" }, /* x1 */
    { "add-item", "--title", "T", "--kind", "input", "--nav-decision", "2027-02-30" },
    { "add-item", "--title", "T", "--kind", "input", "--meeting", "1999-01-01" },
    { "move-item", "ukjent-id", "--backlog", NULL },
    { "move-item", "ukjent-id", NULL },
    { "send-notice", "--meeting", "1999-01-01", NULL },
  };
  static const char * const needles[] = {
    "--title", "sak", "x1", "2027-02-30", "1999-01-01", "ukjent-id", "--backlog", "1999-01-01",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto(Run) run = { 0 };
      const char * const *a = bad[i];

      run_cli (&run, "--db", shared_db, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], NULL);
      assert_failed (&run, needles[i]);
    }
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  shared_dir = mv_test_make_tmp_dir ();
  shared_db = g_build_filename (shared_dir, "eksempel.db", NULL);
  make_demo (shared_db);

  g_test_add_func ("/cli/demo/new-file", test_demo_new_file);
  g_test_add_func ("/cli/demo/twice", test_demo_twice);
  g_test_add_func ("/cli/councils", test_councils);
  g_test_add_func ("/cli/members/active", test_members);
  g_test_add_func ("/cli/members/all", test_members_all);
  g_test_add_func ("/cli/meetings/all", test_meetings);
  g_test_add_func ("/cli/meetings/year", test_meetings_year);
  g_test_add_func ("/cli/items/meeting", test_items_meeting);
  g_test_add_func ("/cli/items/backlog", test_items_backlog);
  g_test_add_func ("/cli/items/options", test_items_options);
  g_test_add_func ("/cli/error/text-file", test_error_text_file);
  g_test_add_func ("/cli/error/missing-file", test_error_missing_file);
  g_test_add_func ("/cli/error/council", test_error_council);
  g_test_add_func ("/cli/error/unknown-command", test_error_unknown_command);
  g_test_add_func ("/cli/error/bad-numbers", test_error_bad_numbers);
  g_test_add_func ("/cli/read-only-file", test_read_only_file);
  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/norwegian", test_norwegian);
  g_test_add_func ("/cli/import-members/rejected", test_import_members_rejected);
  g_test_add_func ("/cli/import-members/excel", test_import_members_excel);
  g_test_add_func ("/cli/import-members/notes", test_import_members_notes);
  g_test_add_func ("/cli/import-members/errors", test_import_members_errors);
  g_test_add_func ("/cli/long-texts", test_long_texts);
  g_test_add_func ("/cli/not-regular", test_not_regular);
  g_test_add_func ("/cli/coverage", test_coverage);
  g_test_add_func ("/cli/add-item", test_add_item);
  g_test_add_func ("/cli/send-notice", test_send_notice);
  g_test_add_func ("/cli/agenda/errors", test_agenda_errors);

  status = g_test_run ();

  mv_test_remove_tree (shared_dir);
  g_free (shared_dir);
  g_free (shared_db);
  return status;
}
