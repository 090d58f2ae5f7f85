/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "mv-cache.h"

static const char * const kind_names[] = {
  [MV_CACHE_OPEN] = "open",
  [MV_CACHE_OUTGOING] = "outgoing",
};

/**
 * mv_cache_get_dir:
 *
 * Returns: (transfer full): the folder for @kind's copies; the caller
 *   makes it, 0700
 */
char *
mv_cache_get_dir (MvCacheKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_names), NULL);

  return g_build_filename (g_get_user_cache_dir (), "medvirke", kind_names[kind], NULL);
}

/* Depth first, without following links: a link in the cache is removed,
 * never what it points to. */
static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = NULL;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (children != NULL)
    {
      GFileInfo *info;
      GFile *child;

      while (g_file_enumerator_iterate (children, &info, &child, NULL, NULL) && info != NULL)
        {
          if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
            remove_tree (child);
          else if (!g_file_delete (child, NULL, NULL))
            g_debug ("Could not remove %s from the cache", g_file_peek_path (child));
        }
    }
  g_file_delete (file, NULL, NULL);
}

/**
 * mv_cache_clear:
 *
 * Removes every copy of every kind. A viewer that still shows one keeps
 * what it has read.
 */
void
mv_cache_clear (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    {
      g_autofree char *path = mv_cache_get_dir (i);
      g_autoptr(GFile) dir = g_file_new_for_path (path);

      remove_tree (dir);
    }
}
