/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib.h>
#include <glib/gstdio.h>

#include "mv-fuzz.h"
#include "mv-store.h"

/* The open path: a file made of the input's bytes is opened as the app and
 * medvirke-cli open one – refused with a message, opened (damaged ones
 * read-only), or made new when empty – and a file that opens is checked as
 * `medvirke-cli check` does. Never a crash. */

static char *dir;
static char *path;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR);
  dir = g_dir_make_tmp ("medvirke-fuzz-XXXXXX", &error);
  g_assert (dir != NULL);
  path = g_build_filename (dir, "fuzz.db", NULL);
  /* Whatever the store keeps beside the file stays in our folder. */
  g_setenv ("XDG_DATA_HOME", dir, TRUE);
  g_setenv ("XDG_CACHE_HOME", dir, TRUE);
  g_setenv ("XDG_CONFIG_HOME", dir, TRUE);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvStore) store = NULL;

  mv_store_remove_file (path);
  if (!g_file_set_contents (path, (const char *) data, (gssize) size, &error))
    g_error ("%s: %s", path, error->message);

  store = mv_store_open (path, MV_STORE_FLAGS_NONE, &error);
  if (store == NULL)
    g_assert (error != NULL && error->message != NULL);
  else
    {
      g_autoptr(GPtrArray) problems = NULL;

      g_assert (error == NULL);
      problems = mv_store_check (store, &error);
      g_assert ((problems == NULL) == (error != NULL));
    }
  g_clear_object (&store);
  mv_store_remove_file (path);
  return 0;
}
