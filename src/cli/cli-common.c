/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cli-common.h"
#include "mv-dates.h"
#include "mv-error.h"
#include "mv-queries.h"
#include "mv-year-plan.h"

/* What the commands share: the row format, options, finding the file,
 * the council and the meeting. */

/* A field never breaks the row: tabs and line breaks become spaces. */
void
cli_print_row (const char *first,
           ...)
{
  g_autoptr(GString) line = g_string_new (NULL);
  const char *field = first;
  va_list args;

  va_start (args, first);
  while (field != NULL)
    {
      if (line->len > 0)
        g_string_append_c (line, '\t');
      for (const char *p = field; *p; p++)
        g_string_append_c (line, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
      field = va_arg (args, const char *);
    }
  va_end (args);

  g_print ("%s\n", line->str);
}

gboolean
cli_parse_options (const char    *command,
               GOptionEntry  *entries,
               int           *argc,
               char        ***argv,
               int            max_args,
               GError       **error)
{
  g_autofree char *title = g_strdup_printf ("medvirke-cli %s", command);
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, TRUE);
  g_option_context_set_summary (context, title);

  if (!g_option_context_parse (context, argc, argv, error))
    return FALSE;

  if (*argc - 1 > max_args)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID, _("%s: unexpected argument “%s”"),
                   command, (*argv)[max_args + 1]);
      return FALSE;
    }

  return TRUE;
}

MvStore *
cli_open_existing (const char  *db,
               GError     **error)
{
  if (!g_file_test (db, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                   _("“%s” does not exist; make it with “medvirke-cli --db %s demo” or in the app"),
                   db, db);
      return NULL;
    }
  return cli_open_store (db, error);
}

/* mv_store_open(), and a word on stderr when the file is on a share. */
MvStore *
cli_open_store (const char  *db,
                GError     **error)
{
  MvStore *store = mv_store_open (db, MV_STORE_FLAGS_NONE, error);

  if (store != NULL && mv_store_get_network_fs (store) != NULL)
    g_printerr (_("medvirke-cli: “%s” is on a network share (%s), where SQLite cannot use its "
                  "write-ahead log across machines; it is opened without it, and two computers "
                  "writing at once may still damage it. Copy it to this computer to work on "
                  "it.\n"), db, mv_store_get_network_fs (store));
  return store;
}

/* -o FILE, or a usage error with @message. */
gboolean
cli_require_output (const char  *output,
                const char  *message,
                GError     **error)
{
  if (output != NULL && *output != '\0')
    return TRUE;

  g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID, message);
  return FALSE;
}

gboolean
cli_parse_count (const char  *option,
             const char  *value,
             guint        max,
             guint       *out,
             GError     **error)
{
  guint64 n;

  if (!g_ascii_string_to_unsigned (value, 10, 1, max, &n, NULL))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("%s: “%s” is not a whole number from 1 to %u"), option, value, max);
      return FALSE;
    }
  *out = (guint) n;
  return TRUE;
}

const char *
cli_organisation_name (MvStore    *store,
                   const char *id)
{
  const char *label = mv_store_organisation_label (store, id);

  return label ? label : "";
}

/* The agenda from the command line. */
gboolean
cli_require_arg (const char  *command,
             const char  *option,
             const char  *value,
             GError     **error)
{
  if (value != NULL)
    return TRUE;

  g_set_error (error, MV_ERROR, MV_ERROR_INVALID, _("%s: %s is missing"), command, option);
  return FALSE;
}

/* A meeting by id, or by date where its council has one meeting that day. */
MvMeeting *
cli_find_meeting (MvStore     *store,
              const char  *council_id,
              const char  *meeting_arg,
              GError     **error)
{
  MvCouncil *council = NULL;

  if (council_id != NULL && !(council = mv_store_find_council (store, council_id, error)))
    return NULL;
  return mv_store_find_meeting (store, council, meeting_arg, error);
}


/* The store, and the meeting that MEETING_OPTIONS name. */
MvMeeting *
cli_open_meeting (const char  *db,
              const char  *council_id,
              const char  *meeting_arg,
              MvStore    **store,
              GError     **error)
{
  if (!(*store = cli_open_existing (db, error)))
    return NULL;
  return cli_find_meeting (*store, council_id, meeting_arg, error);
}

gboolean
cli_require_option (const char  *option,
                const char  *value,
                GError     **error)
{
  if (value != NULL)
    return TRUE;

  g_set_error (error, MV_ERROR, MV_ERROR_INVALID, _("plan-year: %s is missing"), option);
  return FALSE;
}

/* "yes" or "no", as the options that turn something on or off take it. */
gboolean
cli_parse_yes_no (const char  *option,
                  const char  *value,
                  gboolean    *out,
                  GError     **error)
{
  if (g_strcmp0 (value, "yes") == 0 || g_strcmp0 (value, "no") == 0)
    {
      *out = g_str_equal (value, "yes");
      return TRUE;
    }

  g_set_error (error, MV_ERROR, MV_ERROR_INVALID, _("%s: “%s” is not yes or no"), option,
               value ? value : "");
  return FALSE;
}

gboolean
cli_parse_date (const char  *option,
                const char  *value,
                GDate       *date,
                GError     **error)
{
  if (value != NULL && strlen (value) == 10 && mv_date_parse (value, date))
    return TRUE;

  g_set_error (error, MV_ERROR, MV_ERROR_INVALID, _("%s: “%s” is not a date YYYY-MM-DD"), option,
               value ? value : "");
  return FALSE;
}

gboolean
cli_parse_time (const char  *option,
                const char  *value,
                int         *minute_of_day,
                GError     **error)
{
  if (mv_time_parse (value, minute_of_day))
    return TRUE;

  g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
               _("%s: “%s” is not a time of day HH:MM, such as 10:00"), option,
               value ? value : "");
  return FALSE;
}

/* The time an item takes: 0 to 1440 minutes. */
gboolean
cli_parse_minutes (const char  *option,
                   const char  *value,
                   int         *out,
                   GError     **error)
{
  guint64 n;

  if (value != NULL && g_ascii_string_to_unsigned (value, 10, 0, 1440, &n, NULL))
    {
      *out = (int) n;
      return TRUE;
    }

  g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
               _("%s: “%s” is not a whole number from 0 to 1440"), option, value ? value : "");
  return FALSE;
}
