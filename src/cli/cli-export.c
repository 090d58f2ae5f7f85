/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "cli-common.h"
#include "mv-agenda-export.h"
#include "mv-enum-types.h"
#include "mv-error.h"
#include "mv-member-export.h"
#include "mv-packet.h"
#include "mv-queries.h"
#include "mv-year-plan-export.h"

/* export-members, export-year, export-agenda, export-packet */

/* Prints nothing on success: the file is the result. */
int
cmd_export_members (const char  *db,
                    int          argc,
                    char       **argv,
                    GError     **error)
{
  g_autofree char *council_id = NULL;
  g_autofree char *output = NULL;
  g_autoptr(MvStore) store = NULL;
  gboolean all = FALSE;
  MvCouncil *council;
  GOptionEntry entries[] = {
    { "council", 0, 0, G_OPTION_ARG_STRING, &council_id, N_("The council’s id"), "ID" },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Also members whose term has ended"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write: FILE.xlsx or FILE.csv"), "FILE" },
    { NULL }
  };

  if (!cli_parse_options ("export-members", entries, &argc, &argv, 0, error))
    return 2;
  if (!cli_require_output (output,
                       _("export-members: name the file with -o FILE.xlsx or -o FILE.csv"),
                       error))
    return 2;
  if (!(store = cli_open_existing (db, error)))
    return 1;
  if (!(council = mv_store_find_council (store, council_id, error)))
    return 1;

  return mv_export_members (store, council, all, output, error) ? 0 : 1;
}

/* The year plan as a file; the file name's ending chooses the format. */
int
cmd_export_year (const char  *db,
                 int          argc,
                 char       **argv,
                 GError     **error)
{
  g_autofree char *council_id = NULL;
  g_autofree char *year_arg = NULL;
  g_autofree char *output = NULL;
  g_autoptr(MvStore) store = NULL;
  MvCouncil *council;
  guint year = 0;
  GOptionEntry entries[] = {
    { "council", 0, 0, G_OPTION_ARG_STRING, &council_id, N_("The council’s id"), "ID" },
    { "year", 0, 0, G_OPTION_ARG_STRING, &year_arg, N_("The year of the plan"), "Y" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write: .pdf, .xlsx or .ics"), "FILE" },
    { NULL }
  };

  if (!cli_parse_options ("export-year", entries, &argc, &argv, 0, error))
    return 2;
  if (year_arg == NULL)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("export-year: name the year with --year Y"));
      return 2;
    }
  if (!cli_parse_count ("--year", year_arg, 9999, &year, error))
    return 2;
  if (!cli_require_output (output,
                       _("export-year: name the file with -o FILE.pdf, FILE.xlsx or FILE.ics"),
                       error))
    return 2;
  if (!(store = cli_open_existing (db, error)))
    return 1;
  if (!(council = mv_store_find_council (store, council_id, error)))
    return 1;
  if (!mv_export_year_plan (store, council, (int) year, output, error))
    return 1;
  return 0;
}

/* The notice and agenda of a meeting as a file; the file name's ending
 * chooses the format. Prints nothing on success: the file is the result. */
int
cmd_export_agenda (const char  *db,
                   int          argc,
                   char       **argv,
                   GError     **error)
{
  g_autofree char *council_id = NULL;
  g_autofree char *meeting_arg = NULL;
  g_autofree char *output = NULL;
  g_autofree char *lang = NULL;
  g_autoptr(MvStore) store = NULL;
  MvLanguage language = MV_AGENDA_COUNCIL_LANGUAGE;
  gboolean public_version = FALSE;
  MvMeeting *meeting;
  GOptionEntry entries[] = {
    MEETING_OPTIONS (meeting_arg, council_id),
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write: FILE.pdf or FILE.xlsx"), "FILE" },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang,
      N_("The document’s language: nb, nn or en (default: the council’s)"), "LANG" },
    { "public", 0, 0, G_OPTION_ARG_NONE, &public_version,
      N_("The public version: exempt items and documents by number and legal basis only, "
         "no member’s contact details"), NULL },
    { NULL }
  };

  if (!cli_parse_options ("export-agenda", entries, &argc, &argv, 0, error))
    return 2;
  if (!cli_require_arg ("export-agenda", "--meeting", meeting_arg, error))
    return 2;
  if (!cli_require_output (output,
                       _("export-agenda: name the file with -o FILE.pdf or -o FILE.xlsx"),
                       error))
    return 2;
  if (lang != NULL)
    {
      int value;

      if (!mv_enum_from_nick (MV_TYPE_LANGUAGE, lang, &value))
        {
          g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                       _("--lang: “%s” is not a document language; use nb, nn or en"), lang);
          return 2;
        }
      language = (MvLanguage) value;
    }
  if (!(meeting = cli_open_meeting (db, council_id, meeting_arg, &store, error)))
    return 1;
  return mv_agenda_export (store, meeting, language, public_version, output, error) ? 0 : 1;
}

/* The meeting packet: the notice, then the items' PDF attachments. What
 * could not go in is named on stderr; the packet is still written. */
int
cmd_export_packet (const char  *db,
                   int          argc,
                   char       **argv,
                   GError     **error)
{
  g_autofree char *council_id = NULL;
  g_autofree char *meeting_arg = NULL;
  g_autofree char *output = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(MvPacketResult) result = NULL;
  gboolean public_only = FALSE;
  MvMeeting *meeting;
  GOptionEntry entries[] = {
    MEETING_OPTIONS (meeting_arg, council_id),
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF file to write"), "FILE" },
    { "public", 0, 0, G_OPTION_ARG_NONE, &public_only,
      N_("The public version: exempt items and documents by number and legal basis only, "
         "without their pages"), NULL },
    { NULL }
  };

  if (!cli_parse_options ("export-packet", entries, &argc, &argv, 0, error))
    return 2;
  if (!cli_require_arg ("export-packet", "--meeting", meeting_arg, error))
    return 2;
  if (!cli_require_output (output, _("export-packet: name the file with -o FILE.pdf"), error))
    return 2;
  if (!(meeting = cli_open_meeting (db, council_id, meeting_arg, &store, error)))
    return 1;
  if (!(result = mv_packet_export (store, meeting, public_only, output, NULL, NULL, NULL, error)))
    return 1;

  for (guint i = 0; i < result->left_out->len; i++)
    {
      MvPacketOmission *omission = g_ptr_array_index (result->left_out, i);

      /* Translators: a document that is not in the meeting packet, and why;
       * the reason is in the council's document language. */
      g_printerr (_("%s: not in the packet: %s"), omission->file_name, omission->reason);
      g_printerr ("\n");
    }
  return 0;
}
