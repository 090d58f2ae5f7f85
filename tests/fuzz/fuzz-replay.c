/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdio.h>

#include <glib.h>

#include "mv-fuzz.h"

/* A fuzz target in the normal build, without libFuzzer: every file of the
 * folders (or files) on the command line through LLVMFuzzerTestOneInput,
 * one TAP line each. The seed corpus and the inputs that once crashed
 * (tests/fuzz/regressions/TARGET/) run so in every build-aux/test. */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
collect (const char *path,
         GPtrArray  *files)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return;
  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (files, g_strdup (path));
      return;
    }
  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  /* In name order: the same run every time. */
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (files, g_build_filename (path, g_ptr_array_index (names, i), NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  LLVMFuzzerInitialize (&argc, &argv);
  for (int i = 1; i < argc; i++)
    if (!g_str_has_prefix (argv[i], "--"))
      collect (argv[i], files);

  /* A seed corpus that did not reach the tree (a .gitignore that hid its
   * files) must fail here, not pass as nothing run. */
  if (files->len == 0)
    {
      printf ("1..1\nnot ok 1 - no inputs in the corpus and regression folders\n");
      return 1;
    }
  printf ("1..%u\n", files->len);
  for (guint i = 0; i < files->len; i++)
    {
      const char *file = g_ptr_array_index (files, i);
      g_autofree char *data = NULL;
      g_autoptr(GError) error = NULL;
      gsize size;

      if (!g_file_get_contents (file, &data, &size, &error))
        {
          printf ("not ok %u - %s: %s\n", i + 1, file, error->message);
          continue;
        }
      /* A crash ends the program: meson names the test that failed, and
       * the last line printed names the file. */
      fprintf (stderr, "%s\n", file);
      LLVMFuzzerTestOneInput ((const guint8 *) data, size);
      printf ("ok %u - %s\n", i + 1, file);
      fflush (stdout);
    }
  return 0;
}
