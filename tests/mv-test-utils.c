/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "mv-backup.h"
#include "mv-store-files.h"
#include "mv-test-utils.h"

char *
mv_test_make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("medvirke-test-XXXXXX", &error);

  g_assert_no_error (error);
  g_assert_nonnull (dir);
  return dir;
}

/* Also removes what a test made read-only. */
void
mv_test_remove_tree (const char *path)
{
  GStatBuf st;

  if (path == NULL || g_lstat (path, &st) != 0)
    return;

  if (S_ISDIR (st.st_mode))
    {
      GDir *dir;
      const char *name;

      g_chmod (path, 0700);
      dir = g_dir_open (path, 0, NULL);
      if (dir != NULL)
        {
          while ((name = g_dir_read_name (dir)) != NULL)
            {
              g_autofree char *child = g_build_filename (path, name, NULL);

              mv_test_remove_tree (child);
            }
          g_dir_close (dir);
        }
      g_rmdir (path);
    }
  else
    {
      /* A Medvirke file goes with the backups that writing it made
       * (XDG_DATA_HOME is the build's, tests/meson.build), so that the
       * runs do not pile them up. */
      if (S_ISREG (st.st_mode) && g_str_has_suffix (path, ".db"))
        {
          g_autofree char *backups = mv_backup_folder_for (path);
          g_autofree char *root = g_path_get_dirname (backups);

          if (!g_str_has_prefix (path, root))
            mv_test_remove_tree (backups);
        }
      g_unlink (path);
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/* The folder's entries, sorted, one per line: easy to compare and to read
 * in a failed assertion. */
char *
mv_test_list_dir (const char *path)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  GDir *dir = g_dir_open (path, 0, &error);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_dir_close (dir);

  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("\n", (char **) names->pdata);
}

MvTestFileState *
mv_test_file_state (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  MvTestFileState *state;
  struct stat st;
  gsize length;

  if (stat (path, &st) != 0)
    return NULL;

  /* Reading a file that a store of this process has open would drop the
   * store's locks on it (src/core/mv-store-files.c). */
  g_assert_false (mv_store_file_is_live (path));
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  state = g_new0 (MvTestFileState, 1);
  state->sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents,
                                               length);
  state->size = st.st_size;
  state->mtime_ns = (gint64) st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) +
                    st.st_mtim.tv_nsec;
  state->mode = st.st_mode & 07777;
  return state;
}

void
mv_test_file_state_free (MvTestFileState *state)
{
  if (state == NULL)
    return;
  g_free (state->sha256);
  g_free (state);
}

guint
mv_test_file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

gboolean
mv_test_file_contains (const char *path,
                       const char *text)
{
  g_autofree char *contents = NULL;
  g_autofree char *needle = g_ascii_strdown (text, -1);
  g_autoptr(GError) error = NULL;
  gsize length;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return FALSE;
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  /* Byte by byte, NULs and all: the file is binary (and g_ascii_strdown()
   * would stop at the first NUL). */
  for (gsize i = 0; i < length; i++)
    contents[i] = g_ascii_tolower (contents[i]);
  for (gsize i = 0; i + strlen (needle) <= length; i++)
    if (memcmp (contents + i, needle, strlen (needle)) == 0)
      return TRUE;
  return FALSE;
}

void
mv_test_write_file (const char *path,
                    const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

char *
mv_test_sample_path (const char *name)
{
  return g_build_filename (g_getenv ("MEDVIRKE_SAMPLE_DIR"), name, NULL);
}

char *
mv_test_data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

void
mv_test_begin_file_size_limit (rlim_t         bytes,
                               struct rlimit *old)
{
  struct rlimit limit;

  /* A write past the limit fails with EFBIG instead of killing us. */
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, old), ==, 0);
  limit = *old;
  limit.rlim_cur = bytes;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
}

void
mv_test_end_file_size_limit (struct rlimit *old)
{
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, old), ==, 0);
  signal (SIGXFSZ, SIG_DFL);
}

void
mv_test_assert_no_temp_files (const char *dir,
                              const char *name)
{
  g_autofree char *listing = mv_test_list_dir (dir);

  g_assert_nonnull (strstr (listing, name));
  g_assert_null (strstr (listing, "XXXXXX"));
  g_assert_null (strstr (listing, ".tmp"));
}

sqlite3 *
mv_test_db_open (const char *path)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL);

  if (rc != SQLITE_OK)
    g_error ("Could not open %s: %s", path, sqlite3_errstr (rc));
  sqlite3_busy_timeout (db, 5000);
  return db;
}

/* For files that are not Medvirke's. */
sqlite3 *
mv_test_db_open_create (const char *path)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);

  if (rc != SQLITE_OK)
    g_error ("Could not create %s: %s", path, sqlite3_errstr (rc));
  return db;
}

void
mv_test_db_exec (sqlite3    *db,
                 const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static sqlite3_stmt *
prepare_bound (sqlite3    *db,
               const char *sql,
               va_list     args)
{
  sqlite3_stmt *stmt = NULL;
  const char *param;
  int index = 1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));

  while ((param = va_arg (args, const char *)) != NULL)
    sqlite3_bind_text (stmt, index++, param, -1, SQLITE_TRANSIENT);

  if (sqlite3_step (stmt) != SQLITE_ROW)
    g_error ("%s: no row (%s)", sql, sqlite3_errmsg (db));
  return stmt;
}

gint64
mv_test_db_int (sqlite3    *db,
                const char *sql,
                ...)
{
  sqlite3_stmt *stmt;
  gint64 value;
  va_list args;

  va_start (args, sql);
  stmt = prepare_bound (db, sql, args);
  va_end (args);

  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* NULL for an SQL NULL. */
char *
mv_test_db_text (sqlite3    *db,
                 const char *sql,
                 ...)
{
  sqlite3_stmt *stmt;
  char *value;
  va_list args;

  va_start (args, sql);
  stmt = prepare_bound (db, sql, args);
  va_end (args);

  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

void
mv_test_run_clear (MvTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

void
mv_test_run_cli (MvTestRun          *run,
                 const char         *language,
                 const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *cli = g_getenv ("MEDVIRKE_CLI");
  g_autofree char *line = NULL;
  int wait_status = 0;

  g_assert_nonnull (cli);
  mv_test_run_clear (run);
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  if (language == NULL)
    {
      env = g_environ_setenv (env, "LC_ALL", "C.UTF-8", TRUE);
      env = g_environ_unsetenv (env, "LANGUAGE");
    }
  else
    {
      env = g_environ_setenv (env, "LC_ALL", "nb_NO.UTF-8", TRUE);
      env = g_environ_setenv (env, "LANGUAGE", language, TRUE);
    }

  line = g_strjoinv (" ", (char **) argv->pdata);
  /* Cut, as meson reads a TAP line of more than 64 KiB as two. */
  g_test_message ("$ %.2000s", line);
  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  if (!WIFEXITED (wait_status))
    g_error ("%s died (wait status %d); stderr:\n%s", line, wait_status, run->err);
  run->status = WEXITSTATUS (wait_status);
  if (*run->err != '\0')
    g_test_message ("stderr: %.2000s", run->err);
}

void
mv_test_run_cli_va (MvTestRun  *run,
                    const char *language,
                    const char *first,
                    va_list     args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  g_ptr_array_add (argv, NULL);

  mv_test_run_cli (run, language, (const char * const *) argv->pdata);
}

void
mv_test_run_cli_args (MvTestRun  *run,
                      const char *language,
                      const char *first,
                      ...)
{
  va_list args;

  va_start (args, first);
  mv_test_run_cli_va (run, language, first, args);
  va_end (args);
}

char *
mv_test_run_tool (const char *first,
                  ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;
  va_list args;

  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", first, err);
  return out;
}

char *
mv_test_pdfinfo_field (const char *info,
                       const char *name)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  g_autofree char *prefix = g_strdup_printf ("%s:", name);

  for (guint i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strstrip (g_strdup (lines[i] + strlen (prefix)));
  g_error ("pdfinfo says nothing of %s:\n%s", name, info);
  return NULL;
}

char *
mv_test_pdf_text (const char *pdf,
                  int         page)
{
  g_autofree char *n = g_strdup_printf ("%d", page);

  if (page > 0)
    return mv_test_run_tool ("pdftotext", "-enc", "UTF-8", "-f", n, "-l", n, pdf, "-", NULL);
  return mv_test_run_tool ("pdftotext", "-enc", "UTF-8", pdf, "-", NULL);
}

int
mv_test_pdf_n_pages (const char *pdf)
{
  g_autofree char *info = mv_test_run_tool ("pdfinfo", "-enc", "UTF-8", pdf, NULL);
  g_autofree char *pages = mv_test_pdfinfo_field (info, "Pages");

  return atoi (pages);
}

char *
mv_test_squeeze (const char *text)
{
  g_autoptr(GString) s = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isspace (*p) || *p == '\f')
        space = TRUE;
      else
        {
          if (space && s->len > 0)
            g_string_append_c (s, ' ');
          space = FALSE;
          g_string_append_c (s, *p);
        }
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

char *
mv_test_xlsx_part (const char *xlsx,
                   const char *part)
{
  return mv_test_run_tool ("unzip", "-p", xlsx, part, NULL);
}

gboolean
mv_test_xlsx_cell (const char  *sheet,
                   const char  *ref,
                   int         *style,
                   gboolean    *is_string,
                   char       **value)
{
  g_autofree char *needle = g_strdup_printf ("<c r=\"%s\"", ref);
  const char *c = strstr (sheet, needle);
  const char *s, *v, *end;

  if (c == NULL)
    return FALSE;
  end = strstr (c, "</c>");
  s = strstr (c, " s=\"");
  *style = s && s < end ? atoi (s + 4) : 0;
  v = strstr (c, "<v>");
  if (v == NULL || end == NULL || v > end)
    return FALSE;
  *is_string = strstr (c, " t=\"s\"") != NULL && strstr (c, " t=\"s\"") < v;
  *value = g_strndup (v + 3, strstr (v, "</v>") - v - 3);
  return TRUE;
}

char *
mv_test_xlsx_style_format (const char *styles,
                           int         style)
{
  const char *xf = strstr (styles, "<cellXfs");
  g_autofree char *needle = NULL;
  const char *fmt;
  int id;

  g_assert_nonnull (xf);
  for (int i = 0; i <= style; i++)
    {
      xf = strstr (xf + 1, "<xf ");
      g_assert_nonnull (xf);
    }
  fmt = strstr (xf, "numFmtId=\"");
  g_assert_nonnull (fmt);
  id = atoi (fmt + strlen ("numFmtId=\""));
  needle = g_strdup_printf ("<numFmt numFmtId=\"%d\" formatCode=\"", id);
  fmt = strstr (styles, needle);
  if (fmt == NULL)
    return g_strdup_printf ("builtin %d", id);
  fmt += strlen (needle);
  return g_strndup (fmt, strchr (fmt, '"') - fmt);
}

gboolean
mv_test_set_locale (const char *locale)
{
  if (setlocale (LC_ALL, locale) != NULL)
    return TRUE;

  if (g_strcmp0 (g_getenv ("MEDVIRKE_TEST_LOCALES"), "required") == 0)
    g_error ("The locale %s is missing, though build-aux/deps test makes it", locale);
  g_test_skip_printf ("no locale %s", locale);
  return FALSE;
}
