/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "cli-common.h"
#include "mv-documents.h"
#include "mv-pdf.h"
#include "mv-queries.h"
#include "mv-sample.h"

/* medvirke-cli: what the GUI does, without a display. Lists are a header
 * row and one tab-separated row per record, the id first; an error is one
 * line on stderr that names the input and the reason. */

typedef int (*CommandFunc) (const char  *db,
                            int          argc,
                            char       **argv,
                            GError     **error);

typedef struct
{
  const char  *name;
  CommandFunc  func;
  const char  *args;
  const char  *summary;
} Command;

static int
cmd_demo (const char  *db,
          int          argc,
          char       **argv,
          GError     **error)
{
  g_autofree char *years_arg = NULL;
  g_autofree char *councils_arg = NULL;
  g_autoptr(MvStore) store = NULL;
  guint years = 1, councils = 1;
  gboolean existed;
  gboolean ok;
  GOptionEntry entries[] = {
    { "years", 0, 0, G_OPTION_ARG_STRING, &years_arg, N_("Years of meetings per council"), "N" },
    { "councils", 0, 0, G_OPTION_ARG_STRING, &councils_arg, N_("Number of councils"), "M" },
    { NULL }
  };

  if (!cli_parse_options ("demo", entries, &argc, &argv, 0, error))
    return 2;
  if (years_arg && !cli_parse_count ("--years", years_arg, 200, &years, error))
    return 2;
  if (councils_arg && !cli_parse_count ("--councils", councils_arg, 1000, &councils, error))
    return 2;

  existed = g_file_test (db, G_FILE_TEST_EXISTS);
  if (!(store = cli_open_store (db, error)))
    return 1;

  if (years_arg == NULL && councils_arg == NULL)
    ok = mv_sample_create (store, mv_pdf_inspect, error);
  else
    ok = mv_sample_create_demo (store, years, councils, mv_pdf_inspect, error);
  if (!ok)
    {
      /* A file this command made holds nothing then: it goes. */
      g_clear_object (&store);
      if (!existed)
        mv_store_remove_file (db);
      return 1;
    }

  cli_print_row ("councils", "members", "meetings", "items", "documents", NULL);
  g_print ("%u\t%u\t%u\t%u\t%u\n",
           g_list_model_get_n_items (mv_store_get_model (store, MV_TYPE_COUNCIL)),
           g_list_model_get_n_items (mv_store_get_model (store, MV_TYPE_MEMBER)),
           g_list_model_get_n_items (mv_store_get_model (store, MV_TYPE_MEETING)),
           g_list_model_get_n_items (mv_store_get_model (store, MV_TYPE_AGENDA_ITEM)),
           g_list_model_get_n_items (mv_store_get_model (store, MV_TYPE_DOCUMENT)));
  return 0;
}

static int
cmd_check (const char  *db,
           int          argc,
           char       **argv,
           GError     **error)
{
  g_autoptr(MvStore) store = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  gboolean quick = FALSE;
  GOptionEntry entries[] = {
    { "quick", 0, 0, G_OPTION_ARG_NONE, &quick,
      N_("Do not read every document to compare it with its SHA-256"), NULL },
    { NULL }
  };

  if (!cli_parse_options ("check", entries, &argc, &argv, 0, error))
    return 2;
  if (!(store = cli_open_existing (db, error)))
    return 1;
  if (!(problems = mv_store_check (store, error)))
    return 1;
  if (!quick)
    {
      g_autoptr(GPtrArray) documents = mv_store_check_documents (store, error);

      if (documents == NULL)
        return 1;
      g_ptr_array_extend_and_steal (problems, g_steal_pointer (&documents));
    }

  if (problems->len == 0)
    {
      g_print ("ok\n");
      return 0;
    }

  for (guint i = 0; i < problems->len; i++)
    g_print ("%s\n", (char *) g_ptr_array_index (problems, i));
  return 1;
}

static const Command commands[] = {
  { "demo", cmd_demo, "[--years N --councils M]", N_("Fill an empty file with the sample council") },
  { "councils", cmd_councils, "", N_("List the councils") },
  { "members", cmd_members, "[--council ID] [--all]", N_("List a council’s members") },
  { "add-member", cmd_add_member, "--name N --role R [--organisation ID|SHORT] …",
    N_("Add a member to the council; prints their id") },
  { "edit-member", cmd_edit_member, "ID [--role R] [--term-end D] …",
    N_("Change a member’s fields and user groups") },
  { "delete-member", cmd_delete_member, "ID", N_("Remove a member (restore brings them back)") },
  { "restore", cmd_restore, "ID", N_("Bring back a removed member, meeting, item or document") },
  { "organisations", cmd_organisations, "", N_("List the organisations") },
  { "add-organisation", cmd_add_organisation, "--name N [--short S] [--kind K] [--areas TEXT]",
    N_("Add an organisation; prints its id") },
  { "delete-organisation", cmd_delete_organisation, "ID|SHORT|NAME",
    N_("Remove an organisation no member belongs to") },
  { "export-members", cmd_export_members, "[--council ID] [--all] -o FILE",
    N_("Export a council’s members to XLSX or CSV") },
  { "council", cmd_council, "[--council ID] [--name N] [--honorarium-rate N] …",
    N_("Show a council’s settings, or change them (see council --help)") },
  { "meetings", cmd_meetings, "[--council ID] [--year Y]", N_("List a council’s meetings") },
  { "add-meeting", cmd_add_meeting, "--date D --start HH:MM (--end HH:MM|--minutes N) …",
    N_("Add a meeting; prints its id") },
  { "edit-meeting", cmd_edit_meeting, "MEETING [--date D] [--start HH:MM] [--status S] …",
    N_("Change a meeting: move it, its place, theme or status") },
  { "cancel-meeting", cmd_cancel_meeting, "MEETING [--items-to MEETING|--items-to-backlog]",
    N_("Cancel a meeting; its cases go to another meeting or the backlog") },
  { "items", cmd_items, "--meeting ID|--backlog", N_("List a meeting’s agenda or the backlog") },
  { "add-item", cmd_add_item, "[--council ID] [--meeting ID] --title T --kind K [--minutes N] …",
    N_("Add an item to a meeting or the backlog; prints its id") },
  { "edit-item", cmd_edit_item, "ITEM [--title T] [--kind K] [--minutes N] …",
    N_("Change an item’s title, kind, time, presenter or texts") },
  { "move-item", cmd_move_item, "ITEM (--meeting ID [--position N] | --backlog)",
    N_("Move an item to another meeting, place or the backlog") },
  { "send-notice", cmd_send_notice, "--meeting ID",
    N_("Send a meeting’s notice: fixes its numbers") },
  { "check", cmd_check, "[--quick]",
    N_("Check the file’s integrity and, without --quick, every document’s bytes") },
  { "backups", cmd_backups, "",
    N_("List the file’s automatic backups, newest first") },
  { "restore-backup", cmd_restore_backup, "BACKUP -o FILE",
    N_("Restore a backup into a new file") },
  { "export-year", cmd_export_year, "[--council ID] --year Y -o FILE",
    N_("Write a year’s meeting plan as PDF, XLSX or iCalendar") },
  { "export-agenda", cmd_export_agenda,
    "--meeting ID -o FILE [--lang nb|nn|en] [--public]",
    N_("Write a meeting’s notice and agenda as PDF or XLSX") },
  { "plan-year", cmd_plan_year, "--year Y --count N|--months …",
    N_("Plan a year’s meetings (see plan-year --help)") },
  { "import-members", cmd_import_members, "[--council ID] FILE.csv",
    N_("Import members from a CSV file") },
  { "coverage", cmd_coverage, "[--council ID]",
    N_("Show the council’s composition and gaps") },
  { "attach", cmd_attach, "ITEM FILE… [--title T] [--password P] [--store-text]",
    N_("Attach documents to an item") },
  { "documents", cmd_documents, "[--item ID|--meeting ID]", N_("List documents") },
  { "extract", cmd_extract, "DOC -o FILE", N_("Write a stored document to a file") },
  { "set-public", cmd_set_public, "DOC|ITEM yes|no",
    N_("Whether a document or an item goes into the public papers") },
  { "set-title", cmd_set_title, "DOC TITLE", N_("Give a document another title") },
  { "store-text", cmd_store_text, "DOC yes|no [--password P]",
    N_("Whether an encrypted PDF’s text is stored for search (then readable without the password)") },
  { "search", cmd_search, "QUERY [--council ID]",
    N_("Search items and documents, best first") },
  { "export-packet", cmd_export_packet, "--meeting ID -o FILE.pdf [--public]",
    N_("Write a meeting’s packet: the notice and the attachments in one PDF") },
};

static void
print_usage (FILE *out)
{
  int name_width = 0, args_width = 0;

  fprintf (out, "%s\n\n", _("Usage: medvirke-cli [--db FILE] COMMAND [OPTION…]"));
  /* Columns as wide as the longest name and arguments. */
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      name_width = MAX (name_width, (int) g_utf8_strlen (commands[i].name, -1));
      args_width = MAX (args_width, (int) g_utf8_strlen (commands[i].args, -1));
    }

  fprintf (out, "%s\n", _("Commands:"));
  /* Padded by characters, not bytes: "…" is one character in three bytes. */
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-*s %s%*s  %s\n", name_width, commands[i].name, commands[i].args,
             args_width - (int) g_utf8_strlen (commands[i].args, -1), "",
             _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Options:"));
  fprintf (out, "  --db FILE     %s\n", _("The Medvirke file (default: the app’s file)"));
  fprintf (out, "  --version     %s\n", _("Show the version"));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *db = NULL;
  g_autoptr(GError) error = NULL;
  int i;

  setlocale (LC_ALL, "");
  /* build-aux/run and the tests point this at the build's translations. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MEDVIRKE_LOCALEDIR") ? g_getenv ("MEDVIRKE_LOCALEDIR")
                                                                   : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  for (i = 1; i < argc && argv[i][0] == '-'; i++)
    {
      if (g_str_equal (argv[i], "--version"))
        {
          g_print ("medvirke-cli %s\n", PACKAGE_VERSION);
          return 0;
        }
      else if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
        {
          print_usage (stdout);
          return 0;
        }
      else if (g_str_equal (argv[i], "--db") && i + 1 < argc)
        {
          g_free (db);
          db = g_strdup (argv[++i]);
        }
      else if (g_str_equal (argv[i], "--db"))
        {
          g_printerr ("medvirke-cli: %s\n", _("--db: the file name is missing"));
          return 2;
        }
      else if (g_str_has_prefix (argv[i], "--db="))
        {
          g_free (db);
          db = g_strdup (argv[i] + 5);
        }
      else
        {
          g_printerr ("medvirke-cli: ");
          g_printerr (_("unknown option “%s”"), argv[i]);
          g_printerr ("\n");
          return 2;
        }
    }

  if (i >= argc)
    {
      print_usage (stderr);
      return 2;
    }

  if (db == NULL)
    db = mv_store_default_path ();
  else if (*db == '\0')
    {
      g_printerr ("medvirke-cli: %s\n", _("--db: the file name is empty"));
      return 2;
    }

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    {
      int status;

      if (!g_str_equal (argv[i], commands[c].name))
        continue;

      status = commands[c].func (db, argc - i, argv + i, &error);
      if (error != NULL)
        g_printerr ("medvirke-cli: %s\n", error->message);
      return status;
    }

  g_printerr ("medvirke-cli: ");
  g_printerr (_("unknown command “%s”; see medvirke-cli --help"), argv[i]);
  g_printerr ("\n");
  return 2;
}
