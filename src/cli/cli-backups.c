/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "cli-common.h"
#include "mv-backup.h"
#include "mv-dates.h"
#include "mv-error.h"

/* The automatic backups of a file (mv-backup.h): listing them and
 * restoring one into a new file. */

static char *
format_count (gint64 n)
{
  /* A copy that could not be read shows no number rather than a wrong one. */
  return n < 0 ? g_strdup ("") : g_strdup_printf ("%" G_GINT64_FORMAT, n);
}

/* Lists by the file's path alone, without opening it: the backups matter
 * most when the file itself is damaged or gone. */
int
cmd_backups (const char  *db,
             int          argc,
             char       **argv,
             GError     **error)
{
  g_autoptr(GPtrArray) backups = NULL;
  GOptionEntry entries[] = {
    { NULL }
  };

  if (!cli_parse_options ("backups", entries, &argc, &argv, 0, error))
    return 2;
  if (!(backups = mv_backup_list (db, error)))
    return 1;

  cli_print_row ("path", "date", "members", "meetings", "items", "documents", NULL);
  for (guint i = 0; i < backups->len; i++)
    {
      MvBackup *backup = g_ptr_array_index (backups, i);
      g_autofree char *date = mv_timestamp_format_local (backup->time);
      g_autofree char *members = format_count (backup->n_members);
      g_autofree char *meetings = format_count (backup->n_meetings);
      g_autofree char *items = format_count (backup->n_items);
      g_autofree char *documents = format_count (backup->n_documents);

      cli_print_row (backup->path, date, members, meetings, items, documents, NULL);
    }
  return 0;
}

int
cmd_restore_backup (const char  *db,
                    int          argc,
                    char       **argv,
                    GError     **error)
{
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The new file to write; never an existing one"), "FILE" },
    { NULL }
  };

  if (!cli_parse_options ("restore-backup", entries, &argc, &argv, 1, error))
    return 2;
  if (argc < 2)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("restore-backup: name the backup (BACKUP, a path that "
                             "“medvirke-cli backups” lists)"));
      return 2;
    }
  if (!cli_require_output (output, _("restore-backup: name the new file with -o FILE"), error))
    return 2;

  return mv_backup_restore (argv[1], output, error) ? 0 : 1;
}
