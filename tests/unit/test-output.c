/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "mv-error.h"
#include "mv-output.h"
#include "mv-test-utils.h"

/* Every export goes through MvOutput: the target is replaced whole, or
 * not at all, and no temporary file is left in the user's folder. */

typedef struct
{
  char *dir;
  char *target;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = mv_test_make_tmp_dir ();
  f->target = g_build_filename (f->dir, "saksliste.pdf", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  mv_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->target);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static MvOutput *
new_output (const char *target)
{
  g_autoptr(GError) error = NULL;
  MvOutput *output = mv_output_new (target, &error);
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *tmp_dir = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (output);

  /* An empty file beside the target, not the target itself. */
  g_assert_cmpstr (mv_output_get_path (output), !=, target);
  tmp_dir = g_path_get_dirname (mv_output_get_path (output));
  g_assert_cmpstr (tmp_dir, ==, dir);
  g_assert_true (g_file_test (mv_output_get_path (output), G_FILE_TEST_IS_REGULAR));
  return output;
}

static void
test_commit_replaces (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvOutput) output = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;

  mv_test_write_file (f->target, "forrige saksliste");
  output = new_output (f->target);
  tmp = g_strdup (mv_output_get_path (output));

  /* Until the commit the target is the old one. */
  mv_test_write_file (tmp, "ny saksliste");
  contents = read_file (f->target);
  g_assert_cmpstr (contents, ==, "forrige saksliste");
  g_clear_pointer (&contents, g_free);

  g_assert_true (mv_output_commit (output, &error));
  g_assert_no_error (error);
  contents = read_file (f->target);
  g_assert_cmpstr (contents, ==, "ny saksliste");
  g_assert_false (g_file_test (tmp, G_FILE_TEST_EXISTS));

  /* Freeing a committed output leaves the new file. */
  g_clear_pointer (&output, mv_output_free);
  listing = mv_test_list_dir (f->dir);
  g_assert_cmpstr (listing, ==, "saksliste.pdf");
  g_clear_pointer (&contents, g_free);
  contents = read_file (f->target);
  g_assert_cmpstr (contents, ==, "ny saksliste");
}

static void
test_commit_new_target (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvOutput) output = new_output (f->target);
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;

  mv_test_write_file (mv_output_get_path (output), "første saksliste");
  g_assert_true (mv_output_commit (output, &error));
  g_assert_no_error (error);
  g_clear_pointer (&output, mv_output_free);

  contents = read_file (f->target);
  g_assert_cmpstr (contents, ==, "første saksliste");
  listing = mv_test_list_dir (f->dir);
  g_assert_cmpstr (listing, ==, "saksliste.pdf");
}

static void
test_no_commit (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(MvTestFileState) before = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *listing = NULL;
  MvOutput *output;

  mv_test_write_file (f->target, "forrige saksliste");
  before = mv_test_file_state (f->target);

  output = new_output (f->target);
  tmp = g_strdup (mv_output_get_path (output));
  mv_test_write_file (tmp, "halvferdig saksliste");
  mv_output_free (output);

  mv_test_assert_file_unchanged (before, f->target);
  g_assert_false (g_file_test (tmp, G_FILE_TEST_EXISTS));
  listing = mv_test_list_dir (f->dir);
  g_assert_cmpstr (listing, ==, "saksliste.pdf");
}

static void
test_no_commit_new_target (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *listing = NULL;
  MvOutput *output = new_output (f->target);

  mv_test_write_file (mv_output_get_path (output), "halvferdig saksliste");
  mv_output_free (output);

  g_assert_false (g_file_test (f->target, G_FILE_TEST_EXISTS));
  listing = mv_test_list_dir (f->dir);
  g_assert_cmpstr (listing, ==, "");
}

static void
test_folder (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvOutput) output = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *folder = g_build_filename (f->dir, "Sakspapirer", NULL);

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);

  output = mv_output_new (folder, &error);
  g_assert_null (output);
  g_assert_error (error, MV_ERROR, MV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, folder));

  /* Nothing was made, neither beside it nor in it. */
  listing = mv_test_list_dir (f->dir);
  g_assert_cmpstr (listing, ==, "Sakspapirer");
  g_clear_pointer (&listing, g_free);
  listing = mv_test_list_dir (folder);
  g_assert_cmpstr (listing, ==, "");
}

static void
test_missing_folder (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvOutput) output = NULL;
  g_autofree char *target = g_build_filename (f->dir, "finnes-ikke", "saksliste.pdf", NULL);

  output = mv_output_new (target, &error);
  g_assert_null (output);
  g_assert_error (error, MV_ERROR, MV_ERROR_IO);
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
}

/* Replacing a private file keeps it private. */
static void
test_commit_keeps_mode (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(MvOutput) output = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;
  FILE *file;

  g_assert_true (g_file_set_contents (f->target, "old", -1, NULL));
  g_assert_cmpint (g_chmod (f->target, 0600), ==, 0);

  output = mv_output_new (f->target, &error);
  g_assert_no_error (error);
  /* As cairo and libxlsxwriter write: fopen on the path. */
  file = g_fopen (mv_output_get_path (output), "wb");
  g_assert_nonnull (file);
  g_assert_cmpint (fputs ("new", file), >=, 0);
  g_assert_cmpint (fclose (file), ==, 0);
  g_assert_true (mv_output_commit (output, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (f->target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/output/commit/replaces", test_commit_replaces);
  ADD ("/output/commit/new-target", test_commit_new_target);
  ADD ("/output/no-commit/keeps-target", test_no_commit);
  ADD ("/output/no-commit/new-target", test_no_commit_new_target);
  ADD ("/output/commit/keeps-mode", test_commit_keeps_mode);
  ADD ("/output/refuse/folder", test_folder);
  ADD ("/output/refuse/missing-folder", test_missing_folder);

#undef ADD

  return g_test_run ();
}
