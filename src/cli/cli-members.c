/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "cli-common.h"
#include "mv-coverage.h"
#include "mv-csv.h"
#include "mv-enum-types.h"
#include "mv-error.h"
#include "mv-queries.h"

/* members, import-members, coverage */

int
cmd_members (const char  *db,
             int          argc,
             char       **argv,
             GError     **error)
{
  g_autofree char *council_id = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(GPtrArray) members = NULL;
  gboolean all = FALSE;
  MvCouncil *council;
  GOptionEntry entries[] = {
    { "council", 0, 0, G_OPTION_ARG_STRING, &council_id, N_("The council’s id"), "ID" },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Also members whose term has ended"), NULL },
    { NULL }
  };

  if (!cli_parse_options ("members", entries, &argc, &argv, 0, error))
    return 2;
  if (!(store = cli_open_existing (db, error)))
    return 1;
  if (!(council = mv_store_find_council (store, council_id, error)))
    return 1;

  members = mv_store_list_members (store, council, all);
  cli_print_row ("id", "name", "role", "organisation", "term_end", NULL);
  for (guint i = 0; i < members->len; i++)
    {
      MvMember *member = g_ptr_array_index (members, i);
      const char *end = mv_member_get_term_end (member);

      cli_print_row (mv_record_get_id (MV_RECORD (member)),
                 mv_member_get_name (member),
                 mv_enum_to_nick (MV_TYPE_MEMBER_ROLE, mv_member_get_role (member)),
                 cli_organisation_name (store, mv_member_get_organisation_id (member)),
                 end ? end : "",
                 NULL);
    }
  return 0;
}

/* What "medvirke-cli import-members --help" says about the output. */
static const char import_members_help[] =
  N_("Reads a member list saved from Excel as CSV (UTF-8 or Windows-1252, “;” or “,”)\n"
     "with a header row: navn (required), organisasjon, rolle, e-post, telefon, fra, til,\n"
     "vara for, kjønn, under 30. Members already in the council are not added again.\n"
     "\n"
     "Prints “added”, “existing” and “rejected” with their counts, one\n"
     "“organisation NAME” line for each organisation it made and one\n"
     "“ignored-column NAME” line for each column it left out, tab-separated.\n"
     "Each rejected row goes to stderr as FILE:LINE: reason.\n"
     "Exits with 0 when every row was imported or already there, 3 when rows\n"
     "were rejected (the others are imported), 1 when the file cannot be read.");

int
cmd_import_members (const char  *db,
                    int          argc,
                    char       **argv,
                    GError     **error)
{
  g_autofree char *council_id = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE.csv"));
  g_autoptr(MvStore) store = NULL;
  g_autoptr(GFile) gfile = NULL;
  g_autoptr(MvImportReport) report = NULL;
  const char *file;
  MvCouncil *council;
  GOptionEntry entries[] = {
    { "council", 0, 0, G_OPTION_ARG_STRING, &council_id, N_("The council’s id"), "ID" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, "medvirke-cli import-members");
  g_option_context_set_description (context, _(import_members_help));
  if (!g_option_context_parse (context, &argc, &argv, error))
    return 2;
  if (argc != 2)
    {
      if (argc < 2)
        g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                             _("import-members: name the CSV file"));
      else
        g_set_error (error, MV_ERROR, MV_ERROR_INVALID, _("%s: unexpected argument “%s”"),
                     "import-members", argv[2]);
      return 2;
    }
  file = argv[1];

  if (!(store = cli_open_existing (db, error)))
    return 1;
  if (!(council = mv_store_find_council (store, council_id, error)))
    return 1;
  gfile = g_file_new_for_commandline_arg (file);
  if (!(report = mv_import_members_csv_file (store, council, gfile, file, error)))
    return 1;

  for (guint i = 0; i < report->rejections->len; i++)
    {
      MvImportRejection *rejection = g_ptr_array_index (report->rejections, i);

      g_printerr ("%s:%u: %s\n", file, rejection->line, rejection->reason);
    }

  g_print ("added\t%u\nexisting\t%u\nrejected\t%u\n",
           report->n_added, report->n_existing, report->rejections->len);
  for (guint i = 0; i < report->created_organisations->len; i++)
    cli_print_row ("organisation", g_ptr_array_index (report->created_organisations, i), NULL);
  for (guint i = 0; i < report->ignored_columns->len; i++)
    cli_print_row ("ignored-column", g_ptr_array_index (report->ignored_columns, i), NULL);

  return report->rejections->len > 0 ? 3 : 0;
}

int
cmd_coverage (const char  *db,
              int          argc,
              char       **argv,
              GError     **error)
{
  g_autofree char *council_id = NULL;
  g_autofree char *text = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(MvCoverage) coverage = NULL;
  MvCouncil *council;
  GOptionEntry entries[] = {
    { "council", 0, 0, G_OPTION_ARG_STRING, &council_id, N_("The council’s id"), "ID" },
    { NULL }
  };

  if (!cli_parse_options ("coverage", entries, &argc, &argv, 0, error))
    return 2;
  if (!(store = cli_open_existing (db, error)))
    return 1;
  if (!(council = mv_store_find_council (store, council_id, error)))
    return 1;

  coverage = mv_coverage_compute (store, council, NULL);
  text = mv_coverage_to_text (coverage);
  g_print ("%s", text);
  return 0;
}
