/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mv-agenda-export.h"
#include "mv-agenda-item.h"
#include "mv-agenda.h"
#include "mv-council.h"
#include "mv-coverage.h"
#include "mv-csv.h"
#include "mv-document.h"
#include "mv-documents.h"
#include "mv-enum-types.h"
#include "mv-error.h"
#include "mv-meeting.h"
#include "mv-member-export.h"
#include "mv-member.h"
#include "mv-organisation.h"
#include "mv-pdf.h"
#include "mv-queries.h"
#include "mv-output.h"
#include "mv-packet.h"
#include "mv-sample.h"
#include "mv-search.h"
#include "mv-store.h"
#include "mv-year-plan-export.h"
#include "mv-year-plan.h"

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

/* A field never breaks the row: tabs and line breaks become spaces. */
static void
print_row (const char *first,
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

static gboolean
parse_options (const char    *command,
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

static MvStore *
open_existing (const char  *db,
               GError     **error)
{
  if (!g_file_test (db, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                   _("“%s” does not exist; make it with “medvirke-cli --db %s demo” or in the app"),
                   db, db);
      return NULL;
    }
  return mv_store_open (db, MV_STORE_FLAGS_NONE, error);
}

/* -o FILE, or a usage error with @message. */
static gboolean
require_output (const char  *output,
                const char  *message,
                GError     **error)
{
  if (output != NULL && *output != '\0')
    return TRUE;

  g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
parse_count (const char  *option,
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
  gboolean ok;
  GOptionEntry entries[] = {
    { "years", 0, 0, G_OPTION_ARG_STRING, &years_arg, N_("Years of meetings per council"), "N" },
    { "councils", 0, 0, G_OPTION_ARG_STRING, &councils_arg, N_("Number of councils"), "M" },
    { NULL }
  };

  if (!parse_options ("demo", entries, &argc, &argv, 0, error))
    return 2;
  if (years_arg && !parse_count ("--years", years_arg, 200, &years, error))
    return 2;
  if (councils_arg && !parse_count ("--councils", councils_arg, 1000, &councils, error))
    return 2;

  if (!(store = mv_store_open (db, MV_STORE_FLAGS_NONE, error)))
    return 1;

  if (years_arg == NULL && councils_arg == NULL)
    ok = mv_sample_create (store, mv_pdf_inspect, error);
  else
    ok = mv_sample_create_demo (store, years, councils, mv_pdf_inspect, error);
  if (!ok)
    return 1;

  print_row ("councils", "members", "meetings", "items", "documents", NULL);
  g_print ("%u\t%u\t%u\t%u\t%u\n",
           g_list_model_get_n_items (mv_store_get_model (store, MV_TYPE_COUNCIL)),
           g_list_model_get_n_items (mv_store_get_model (store, MV_TYPE_MEMBER)),
           g_list_model_get_n_items (mv_store_get_model (store, MV_TYPE_MEETING)),
           g_list_model_get_n_items (mv_store_get_model (store, MV_TYPE_AGENDA_ITEM)),
           g_list_model_get_n_items (mv_store_get_model (store, MV_TYPE_DOCUMENT)));
  return 0;
}

static int
cmd_councils (const char  *db,
              int          argc,
              char       **argv,
              GError     **error)
{
  g_autoptr(MvStore) store = NULL;
  GListModel *councils;
  GOptionEntry entries[] = { { NULL } };

  if (!parse_options ("councils", entries, &argc, &argv, 0, error))
    return 2;
  if (!(store = open_existing (db, error)))
    return 1;

  councils = mv_store_get_model (store, MV_TYPE_COUNCIL);
  print_row ("id", "name", "level", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (councils); i++)
    {
      g_autoptr(MvCouncil) council = g_list_model_get_item (councils, i);

      print_row (mv_record_get_id (MV_RECORD (council)),
                 mv_council_get_name (council),
                 mv_enum_to_nick (MV_TYPE_COUNCIL_LEVEL, mv_council_get_level (council)),
                 NULL);
    }
  return 0;
}

static const char *
organisation_name (MvStore    *store,
                   const char *id)
{
  const char *label = mv_store_organisation_label (store, id);

  return label ? label : "";
}

static int
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

  if (!parse_options ("members", entries, &argc, &argv, 0, error))
    return 2;
  if (!(store = open_existing (db, error)))
    return 1;
  if (!(council = mv_store_find_council (store, council_id, error)))
    return 1;

  members = mv_store_list_members (store, council, all);
  print_row ("id", "name", "role", "organisation", "term_end", NULL);
  for (guint i = 0; i < members->len; i++)
    {
      MvMember *member = g_ptr_array_index (members, i);
      const char *end = mv_member_get_term_end (member);

      print_row (mv_record_get_id (MV_RECORD (member)),
                 mv_member_get_name (member),
                 mv_enum_to_nick (MV_TYPE_MEMBER_ROLE, mv_member_get_role (member)),
                 organisation_name (store, mv_member_get_organisation_id (member)),
                 end ? end : "",
                 NULL);
    }
  return 0;
}

/* Prints nothing on success: the file is the result. */
static int
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

  if (!parse_options ("export-members", entries, &argc, &argv, 0, error))
    return 2;
  if (!require_output (output,
                       _("export-members: name the file with -o FILE.xlsx or -o FILE.csv"),
                       error))
    return 2;
  if (!(store = open_existing (db, error)))
    return 1;
  if (!(council = mv_store_find_council (store, council_id, error)))
    return 1;

  return mv_export_members (store, council, all, output, error) ? 0 : 1;
}

static int
cmd_meetings (const char  *db,
              int          argc,
              char       **argv,
              GError     **error)
{
  g_autofree char *council_id = NULL;
  g_autofree char *year_arg = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  guint year = 0;
  MvCouncil *council;
  GOptionEntry entries[] = {
    { "council", 0, 0, G_OPTION_ARG_STRING, &council_id, N_("The council’s id"), "ID" },
    { "year", 0, 0, G_OPTION_ARG_STRING, &year_arg, N_("Only this year’s meetings"), "Y" },
    { NULL }
  };

  if (!parse_options ("meetings", entries, &argc, &argv, 0, error))
    return 2;
  if (year_arg && !parse_count ("--year", year_arg, 9999, &year, error))
    return 2;
  if (!(store = open_existing (db, error)))
    return 1;
  if (!(council = mv_store_find_council (store, council_id, error)))
    return 1;

  meetings = mv_store_list_meetings (store, council, year);
  print_row ("id", "date", "start", "end", "place", "status", "items", NULL);
  for (guint i = 0; i < meetings->len; i++)
    {
      MvMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autofree char *date = mv_meeting_dup_date (meeting);
      g_autofree char *start = mv_meeting_dup_start_time (meeting);
      g_autofree char *end = mv_meeting_dup_end_time (meeting);
      g_autofree char *items = g_strdup_printf ("%u", mv_store_count_items (store,
                                                  mv_record_get_id (MV_RECORD (meeting))));

      print_row (mv_record_get_id (MV_RECORD (meeting)), date, start, end,
                 mv_meeting_get_place (meeting),
                 mv_enum_to_nick (MV_TYPE_MEETING_STATUS, mv_meeting_get_status (meeting)),
                 items, NULL);
    }
  return 0;
}

static int
cmd_items (const char  *db,
           int          argc,
           char       **argv,
           GError     **error)
{
  g_autofree char *council_id = NULL;
  g_autofree char *meeting_arg = NULL;
  g_autofree char *start = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(GPtrArray) items = NULL;
  gboolean backlog = FALSE;
  MvMeeting *meeting = NULL;
  MvCouncil *council = NULL;
  GOptionEntry entries[] = {
    { "meeting", 0, 0, G_OPTION_ARG_STRING, &meeting_arg,
      N_("The meeting’s id or date (YYYY-MM-DD)"), "ID" },
    { "backlog", 0, 0, G_OPTION_ARG_NONE, &backlog, N_("Items not yet on a meeting"), NULL },
    { "council", 0, 0, G_OPTION_ARG_STRING, &council_id, N_("The council’s id"), "ID" },
    { NULL }
  };

  if (!parse_options ("items", entries, &argc, &argv, 0, error))
    return 2;
  if ((meeting_arg != NULL) == backlog)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("items: name either --meeting ID or --backlog"));
      return 2;
    }
  if (!(store = open_existing (db, error)))
    return 1;

  if (council_id != NULL || backlog)
    if (!(council = mv_store_find_council (store, council_id, error)))
      return 1;

  if (meeting_arg != NULL)
    {
      if (!(meeting = mv_store_find_meeting (store, council, meeting_arg, error)))
        return 1;
      items = mv_store_list_agenda (store, meeting);
      start = mv_meeting_dup_start_time (meeting);
    }
  else
    items = mv_store_list_backlog (store, council);

  print_row ("id", "number", "title", "kind", "presenter", "start", "minutes", NULL);
  for (guint i = 0, elapsed = 0; i < items->len; i++)
    {
      MvAgendaItem *item = g_ptr_array_index (items, i);
      g_autofree char *number = mv_agenda_item_dup_number (item);
      g_autofree char *at = start ? mv_time_add_minutes (start, elapsed) : g_strdup ("");
      g_autofree char *minutes = g_strdup_printf ("%d", mv_agenda_item_get_minutes (item));

      print_row (mv_record_get_id (MV_RECORD (item)), number, mv_agenda_item_get_title (item),
                 mv_enum_to_nick (MV_TYPE_ITEM_KIND, mv_agenda_item_get_kind (item)),
                 mv_agenda_item_get_presenter (item), at, minutes, NULL);
      elapsed += mv_agenda_item_get_minutes (item);
    }
  return 0;
}

/* Issue #5: the agenda from the command line. */
static gboolean
require_arg (const char  *command,
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
static MvMeeting *
find_meeting (MvStore     *store,
              const char  *council_id,
              const char  *meeting_arg,
              GError     **error)
{
  MvCouncil *council = NULL;

  if (council_id != NULL && !(council = mv_store_find_council (store, council_id, error)))
    return NULL;
  return mv_store_find_meeting (store, council, meeting_arg, error);
}

/* "--meeting ID|YYYY-MM-DD [--council ID]", the options of a command that
 * works on one meeting; in the order the --help of each of them lists. */
#define MEETING_OPTIONS(meeting_arg, council_id) \
  { "meeting", 0, 0, G_OPTION_ARG_STRING, &(meeting_arg), \
    N_("The meeting’s id or date (YYYY-MM-DD)"), "ID" }, \
  { "council", 0, 0, G_OPTION_ARG_STRING, &(council_id), N_("The council’s id"), "ID" }

/* The store, and the meeting that MEETING_OPTIONS name. */
static MvMeeting *
open_meeting (const char  *db,
              const char  *council_id,
              const char  *meeting_arg,
              MvStore    **store,
              GError     **error)
{
  if (!(*store = open_existing (db, error)))
    return NULL;
  return find_meeting (*store, council_id, meeting_arg, error);
}

static int
cmd_add_item (const char  *db,
              int          argc,
              char       **argv,
              GError     **error)
{
  g_autofree char *council_id = NULL;
  g_autofree char *meeting_arg = NULL;
  g_autofree char *title = NULL;
  g_autofree char *kind_arg = NULL;
  g_autofree char *minutes_arg = NULL;
  g_autofree char *presenter = NULL;
  g_autofree char *decision = NULL;
  g_autoptr(MvStore) store = NULL;
  MvMeeting *meeting = NULL;
  MvCouncil *council;
  MvAgendaItem *item;
  guint64 minutes = 15;
  int kind;
  GDate date;
  GOptionEntry entries[] = {
    { "council", 0, 0, G_OPTION_ARG_STRING, &council_id, N_("The council’s id"), "ID" },
    { "meeting", 0, 0, G_OPTION_ARG_STRING, &meeting_arg,
      N_("The meeting’s id or date (YYYY-MM-DD); without it the backlog"), "ID" },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("The item’s title"), "T" },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_arg,
      N_("The kind of item"), "fixed|information|discussion|input|decision|aob" },
    { "minutes", 0, 0, G_OPTION_ARG_STRING, &minutes_arg,
      N_("The time it takes (default: 15)"), "N" },
    { "presenter", 0, 0, G_OPTION_ARG_STRING, &presenter, N_("Who presents it"), "P" },
    { "nav-decision", 0, 0, G_OPTION_ARG_STRING, &decision,
      N_("The day NAV decides the matter"), "YYYY-MM-DD" },
    { NULL }
  };

  if (!parse_options ("add-item", entries, &argc, &argv, 0, error))
    return 2;
  if (!require_arg ("add-item", "--title", title, error) ||
      !require_arg ("add-item", "--kind", kind_arg, error))
    return 2;
  if (!mv_enum_from_nick (MV_TYPE_ITEM_KIND, kind_arg, &kind))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("--kind: “%s” is not one of fixed, information, discussion, input, "
                     "decision, aob"), kind_arg);
      return 2;
    }
  if (minutes_arg != NULL &&
      !g_ascii_string_to_unsigned (minutes_arg, 10, 0, 1440, &minutes, NULL))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("--minutes: “%s” is not a whole number from 0 to 1440"), minutes_arg);
      return 2;
    }
  if (decision != NULL && (strlen (decision) != 10 || !mv_date_parse (decision, &date)))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("--nav-decision: “%s” is not a date YYYY-MM-DD"), decision);
      return 2;
    }

  if (!(store = open_existing (db, error)))
    return 1;
  if (!(council = mv_store_find_council (store, council_id, error)))
    return 1;
  if (meeting_arg != NULL && !(meeting = mv_store_find_meeting (store, council, meeting_arg,
                                                                 error)))
    return 1;

  item = mv_agenda_add_item (store, council, meeting, title, kind, (int) minutes, presenter,
                             decision, NULL, error);
  if (item == NULL)
    return 1;
  g_print ("%s\n", mv_record_get_id (MV_RECORD (item)));
  return 0;
}

static int
cmd_move_item (const char  *db,
               int          argc,
               char       **argv,
               GError     **error)
{
  g_autofree char *meeting_arg = NULL;
  g_autofree char *position_arg = NULL;
  g_autoptr(MvStore) store = NULL;
  gboolean backlog = FALSE;
  MvMeeting *meeting = NULL;
  MvAgendaItem *item;
  guint64 position = 0;
  GOptionEntry entries[] = {
    { "meeting", 0, 0, G_OPTION_ARG_STRING, &meeting_arg,
      N_("The meeting’s id or date (YYYY-MM-DD)"), "ID" },
    { "position", 0, 0, G_OPTION_ARG_STRING, &position_arg,
      N_("The place on the agenda, from 0 (default: before “any other business”)"), "N" },
    { "backlog", 0, 0, G_OPTION_ARG_NONE, &backlog, N_("Back to the backlog"), NULL },
    { NULL }
  };

  if (!parse_options ("move-item", entries, &argc, &argv, 1, error))
    return 2;
  if (argc < 2)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID, _("move-item: name the item’s id"));
      return 2;
    }
  if ((meeting_arg != NULL) == backlog || (backlog && position_arg != NULL))
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("move-item: name either --meeting ID [--position N] or --backlog"));
      return 2;
    }
  if (position_arg != NULL &&
      !g_ascii_string_to_unsigned (position_arg, 10, 0, 100000, &position, NULL))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("--position: “%s” is not a whole number from 0"), position_arg);
      return 2;
    }

  if (!(store = open_existing (db, error)))
    return 1;
  if (!(item = mv_store_lookup (store, MV_TYPE_AGENDA_ITEM, argv[1])))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND, _("No item has the id “%s”"), argv[1]);
      return 1;
    }
  if (meeting_arg != NULL &&
      !(meeting = find_meeting (store, mv_agenda_item_get_council_id (item), meeting_arg, error)))
    return 1;

  if (!mv_agenda_move (store, item, meeting,
                       position_arg != NULL ? (int) position : MV_AGENDA_BEFORE_AOB, NULL, error))
    return 1;
  return 0;
}

static int
cmd_send_notice (const char  *db,
                 int          argc,
                 char       **argv,
                 GError     **error)
{
  g_autofree char *council_id = NULL;
  g_autofree char *meeting_arg = NULL;
  g_autoptr(MvStore) store = NULL;
  MvMeeting *meeting;
  GOptionEntry entries[] = {
    MEETING_OPTIONS (meeting_arg, council_id),
    { NULL }
  };

  if (!parse_options ("send-notice", entries, &argc, &argv, 0, error))
    return 2;
  if (!require_arg ("send-notice", "--meeting", meeting_arg, error))
    return 2;

  if (!(meeting = open_meeting (db, council_id, meeting_arg, &store, error)))
    return 1;
  return mv_agenda_send_notice (store, meeting, error) ? 0 : 1;
}

static int
cmd_check (const char  *db,
           int          argc,
           char       **argv,
           GError     **error)
{
  g_autoptr(MvStore) store = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  GOptionEntry entries[] = { { NULL } };

  if (!parse_options ("check", entries, &argc, &argv, 0, error))
    return 2;
  if (!(store = open_existing (db, error)))
    return 1;
  if (!(problems = mv_store_check (store, error)))
    return 1;

  if (problems->len == 0)
    {
      g_print ("ok\n");
      return 0;
    }

  for (guint i = 0; i < problems->len; i++)
    g_print ("%s\n", (char *) g_ptr_array_index (problems, i));
  return 1;
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

static int
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

  if (!(store = open_existing (db, error)))
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
    print_row ("organisation", g_ptr_array_index (report->created_organisations, i), NULL);
  for (guint i = 0; i < report->ignored_columns->len; i++)
    print_row ("ignored-column", g_ptr_array_index (report->ignored_columns, i), NULL);

  return report->rejections->len > 0 ? 3 : 0;
}

static int
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

  if (!parse_options ("coverage", entries, &argc, &argv, 0, error))
    return 2;
  if (!(store = open_existing (db, error)))
    return 1;
  if (!(council = mv_store_find_council (store, council_id, error)))
    return 1;

  coverage = mv_coverage_compute (store, council, NULL);
  text = mv_coverage_to_text (coverage);
  g_print ("%s", text);
  return 0;
}

static gboolean
parse_weekday (const char    *value,
               GDateWeekday  *weekday,
               GError       **error)
{
  static const char * const names[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (value, names[i]) == 0)
      {
        *weekday = G_DATE_MONDAY + i;
        return TRUE;
      }

  g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
               _("--weekday: “%s” is not one of mon, tue, wed, thu, fri, sat, sun"), value);
  return FALSE;
}

static gboolean
parse_week (const char  *value,
            int         *week,
            GError     **error)
{
  guint64 n;

  if (g_ascii_strcasecmp (value, "last") == 0)
    {
      *week = MV_WEEK_LAST;
      return TRUE;
    }
  if (g_ascii_string_to_unsigned (value, 10, 1, 5, &n, NULL))
    {
      *week = (int) n;
      return TRUE;
    }

  g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
               _("--week: “%s” is not 1, 2, 3, 4, 5 or last"), value);
  return FALSE;
}

static gboolean
parse_months (const char  *value,
              guint       *months,
              GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (value, ",", -1);

  *months = 0;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint64 m;

      if (!g_ascii_string_to_unsigned (g_strstrip (parts[i]), 10, 1, 12, &m, NULL))
        {
          *months = 0;
          break;
        }
      *months |= 1u << m;
    }

  if (*months != 0)
    return TRUE;

  g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
               _("--months: “%s” is not a list of months from 1 to 12, such as 1,3,5"), value);
  return FALSE;
}

static gboolean
require_option (const char  *option,
                const char  *value,
                GError     **error)
{
  if (value != NULL)
    return TRUE;

  g_set_error (error, MV_ERROR, MV_ERROR_INVALID, _("plan-year: %s is missing"), option);
  return FALSE;
}

/* Prints the planned dates, one a line, with the holiday or "July holiday"
 * after a tab where a date needs a second look. Without --dry-run the
 * meetings are stored, all or none; a council that already has a meeting
 * on one of the dates is refused (mv_year_plan_store()). */
static int
cmd_plan_year (const char  *db,
               int          argc,
               char       **argv,
               GError     **error)
{
  g_autofree char *council_id = NULL;
  g_autofree char *year_arg = NULL;
  g_autofree char *count_arg = NULL;
  g_autofree char *months_arg = NULL;
  g_autofree char *weekday_arg = NULL;
  g_autofree char *week_arg = NULL;
  g_autofree char *start_arg = NULL;
  g_autofree char *minutes_arg = NULL;
  g_autofree char *place = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(MvYearPlan) plan = NULL;
  gboolean dry_run = FALSE;
  MvYearPattern pattern = { 0 };
  MvCouncil *council;
  guint64 year;
  guint minutes;
  GOptionEntry entries[] = {
    { "council", 0, 0, G_OPTION_ARG_STRING, &council_id, N_("The council’s id"), "ID" },
    { "year", 0, 0, G_OPTION_ARG_STRING, &year_arg, N_("The year to plan"), "Y" },
    { "count", 0, 0, G_OPTION_ARG_STRING, &count_arg,
      N_("Meetings spread evenly over the year, July left out"), "N" },
    { "months", 0, 0, G_OPTION_ARG_STRING, &months_arg, N_("The months to meet in"), "1,3,5" },
    { "weekday", 0, 0, G_OPTION_ARG_STRING, &weekday_arg, N_("The weekday"), "mon..sun" },
    { "week", 0, 0, G_OPTION_ARG_STRING, &week_arg,
      N_("The week of the month; 5 is the last where a month has four"), "1..5|last" },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start_arg, N_("The start time"), "HH:MM" },
    { "minutes", 0, 0, G_OPTION_ARG_STRING, &minutes_arg, N_("The length in minutes"), "N" },
    { "place", 0, 0, G_OPTION_ARG_STRING, &place,
      N_("The place (default: the council’s)"), "P" },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Show the dates, store nothing"), NULL },
    { NULL }
  };

  if (!parse_options ("plan-year", entries, &argc, &argv, 0, error))
    return 2;

  if (!require_option ("--year", year_arg, error))
    return 2;
  if (!g_ascii_string_to_unsigned (year_arg, 10, 1900, 2999, &year, NULL))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("--year: “%s” is not a year from 1900 to 2999"), year_arg);
      return 2;
    }
  pattern.year = (int) year;

  if (count_arg != NULL && months_arg != NULL)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("plan-year: give --count N or --months 1,3,5, not both"));
      return 2;
    }
  if (count_arg == NULL && months_arg == NULL)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("plan-year: give --count N or --months 1,3,5"));
      return 2;
    }
  if (count_arg != NULL && !parse_count ("--count", count_arg, 11, &pattern.count, error))
    return 2;
  if (months_arg != NULL && !parse_months (months_arg, &pattern.months, error))
    return 2;

  if (!require_option ("--weekday", weekday_arg, error) ||
      !parse_weekday (weekday_arg, &pattern.weekday, error) ||
      !require_option ("--week", week_arg, error) ||
      !parse_week (week_arg, &pattern.week, error) ||
      !require_option ("--start", start_arg, error))
    return 2;
  if (!mv_time_parse (start_arg, NULL))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("--start: “%s” is not a time of day HH:MM, such as 10:00"), start_arg);
      return 2;
    }
  pattern.start = start_arg;
  if (!require_option ("--minutes", minutes_arg, error) ||
      !parse_count ("--minutes", minutes_arg, 24 * 60, &minutes, error))
    return 2;
  pattern.minutes = (int) minutes;
  pattern.place = place;

  if (!(store = open_existing (db, error)))
    return 1;
  if (!(council = mv_store_find_council (store, council_id, error)))
    return 1;
  if (!(plan = mv_year_plan_new (council, &pattern, error)))
    return 1;
  if (!dry_run && !mv_year_plan_store (store, council, plan, error))
    return 1;

  for (guint i = 0; i < plan->meetings->len; i++)
    {
      MvPlannedMeeting *pm = g_ptr_array_index (plan->meetings, i);
      g_autofree char *date = mv_date_format (&pm->date);

      if (pm->flag != NULL)
        print_row (date, pm->flag, NULL);
      else
        print_row (date, NULL);
    }
  return 0;
}

/* The year plan as a file; the file name's ending chooses the format. */
static int
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

  if (!parse_options ("export-year", entries, &argc, &argv, 0, error))
    return 2;
  if (year_arg == NULL)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("export-year: name the year with --year Y"));
      return 2;
    }
  if (!parse_count ("--year", year_arg, 9999, &year, error))
    return 2;
  if (!require_output (output,
                       _("export-year: name the file with -o FILE.pdf, FILE.xlsx or FILE.ics"),
                       error))
    return 2;
  if (!(store = open_existing (db, error)))
    return 1;
  if (!(council = mv_store_find_council (store, council_id, error)))
    return 1;
  if (!mv_export_year_plan (store, council, (int) year, output, error))
    return 1;
  return 0;
}

/* The notice and agenda of a meeting as a file; the file name's ending
 * chooses the format. Prints nothing on success: the file is the result. */
static int
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
      N_("The public version: without exempt items and documents and contact details"), NULL },
    { NULL }
  };

  if (!parse_options ("export-agenda", entries, &argc, &argv, 0, error))
    return 2;
  if (!require_arg ("export-agenda", "--meeting", meeting_arg, error))
    return 2;
  if (!require_output (output,
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
  if (!(meeting = open_meeting (db, council_id, meeting_arg, &store, error)))
    return 1;
  return mv_agenda_export (store, meeting, language, public_version, output, error) ? 0 : 1;
}

/* One line per file: the stored document's id on stdout, or FILE: reason on
 * stderr. Exits with 0 only when every file was stored. */
static int
cmd_attach (const char  *db,
            int          argc,
            char       **argv,
            GError     **error)
{
  g_autofree char *title = NULL;
  g_autofree char *password = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (_("ITEM FILE…"));
  g_autoptr(MvStore) store = NULL;
  MvRecord *owner;
  int status = 0;
  GOptionEntry entries[] = {
    { "title", 0, 0, G_OPTION_ARG_STRING, &title,
      N_("The title (default: the PDF’s own or the file name)"), "T" },
    { "password", 0, 0, G_OPTION_ARG_STRING, &password,
      N_("The password of an encrypted PDF"), "P" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, "medvirke-cli attach");
  if (!g_option_context_parse (context, &argc, &argv, error))
    return 2;
  if (argc < 3)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("attach: name the item and at least one file"));
      return 2;
    }
  if (!(store = open_existing (db, error)))
    return 1;

  owner = mv_store_lookup (store, MV_TYPE_AGENDA_ITEM, argv[1]);
  if (owner == NULL)
    owner = mv_store_lookup (store, MV_TYPE_MEETING, argv[1]);
  if (owner == NULL)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND, _("No item has the id “%s”"), argv[1]);
      return 1;
    }

  for (int i = 2; i < argc; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i]);
      g_autoptr(GError) file_error = NULL;
      g_autoptr(MvDocumentInfo) info = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *mime_type = NULL;
      g_autofree char *name = g_file_get_basename (file);
      MvDocument *document = NULL;

      if (mv_documents_inspect_file (file, password, 0, mv_pdf_inspect, NULL,
                                     &mime_type, &info, &bytes, &file_error))
        document = mv_documents_attach (store, owner, name, title, mime_type, bytes, info,
                                        &file_error);
      if (document == NULL)
        {
          g_printerr ("%s: %s\n", argv[i], file_error->message);
          status = 1;
          continue;
        }
      g_print ("%s\n", mv_record_get_id (MV_RECORD (document)));
    }
  return status;
}

static int
cmd_documents (const char  *db,
               int          argc,
               char       **argv,
               GError     **error)
{
  g_autofree char *item_id = NULL;
  g_autofree char *meeting_arg = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  MvRecord *owner = NULL;
  GOptionEntry entries[] = {
    { "item", 0, 0, G_OPTION_ARG_STRING, &item_id, N_("The item’s id"), "ID" },
    { "meeting", 0, 0, G_OPTION_ARG_STRING, &meeting_arg,
      N_("The meeting’s id or date (YYYY-MM-DD): its documents and its items’"), "ID" },
    { NULL }
  };

  if (!parse_options ("documents", entries, &argc, &argv, 0, error))
    return 2;
  if (item_id != NULL && meeting_arg != NULL)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("documents: name --item ID or --meeting ID, not both"));
      return 2;
    }
  if (!(store = open_existing (db, error)))
    return 1;

  if (item_id != NULL && !(owner = mv_store_lookup (store, MV_TYPE_AGENDA_ITEM, item_id)))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND, _("No item has the id “%s”"), item_id);
      return 1;
    }
  if (meeting_arg != NULL &&
      !(owner = MV_RECORD (mv_store_find_meeting (store, NULL, meeting_arg, error))))
    return 1;

  documents = mv_documents_list (store, owner);
  print_row ("id", "title", "file_name", "pages", "size", "public", NULL);
  for (guint i = 0; i < documents->len; i++)
    {
      MvDocument *document = g_ptr_array_index (documents, i);
      g_autofree char *pages = g_strdup_printf ("%d", mv_document_get_page_count (document));
      g_autofree char *size = g_strdup_printf ("%" G_GINT64_FORMAT,
                                               mv_document_get_size (document));

      print_row (mv_record_get_id (MV_RECORD (document)), mv_document_get_title (document),
                 mv_document_get_file_name (document), pages, size,
                 mv_document_get_public (document) ? "yes" : "no", NULL);
    }
  return 0;
}

/* Writes the stored bytes as they are; a failure leaves FILE as it was. */
static int
cmd_extract (const char  *db,
             int          argc,
             char       **argv,
             GError     **error)
{
  g_autofree char *output = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(MvOutput) out = NULL;
  MvDocument *document;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), "FILE" },
    { NULL }
  };

  if (!parse_options ("extract", entries, &argc, &argv, 1, error))
    return 2;
  if (argc < 2)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID, _("extract: name the document"));
      return 2;
    }
  if (!require_output (output, _("extract: name the file with -o FILE"), error))
    return 2;
  if (!(store = open_existing (db, error)))
    return 1;
  if (!(document = mv_store_lookup (store, MV_TYPE_DOCUMENT, argv[1])))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND, _("No document has the id “%s”"),
                   argv[1]);
      return 1;
    }
  if (!(bytes = mv_store_load_bytes (store, document, error)))
    return 1;
  /* Into the temporary file mv_output made, which keeps the target's mode. */
  if (!(out = mv_output_new (output, error)) ||
      !mv_output_write (out, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
    return 1;
  return mv_output_commit (out, error) ? 0 : 1;
}

/* The meeting packet: the notice, then the items' PDF attachments. What
 * could not go in is named on stderr; the packet is still written. */
static int
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
      N_("The public version: without exempt items and documents"), NULL },
    { NULL }
  };

  if (!parse_options ("export-packet", entries, &argc, &argv, 0, error))
    return 2;
  if (!require_arg ("export-packet", "--meeting", meeting_arg, error))
    return 2;
  if (!require_output (output, _("export-packet: name the file with -o FILE.pdf"), error))
    return 2;
  if (!(meeting = open_meeting (db, council_id, meeting_arg, &store, error)))
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

/* Best first; the hits in the snippet between [ and ]. */
static int
cmd_search (const char  *db,
            int          argc,
            char       **argv,
            GError     **error)
{
  g_autofree char *council_id = NULL;
  g_autofree char *text = NULL;
  g_autoptr(MvStore) store = NULL;
  g_autoptr(GPtrArray) results = NULL;
  MvSearchOptions options = { "[", "]", "…", FALSE, 0, 0 };
  GOptionEntry entries[] = {
    { "council", 0, 0, G_OPTION_ARG_STRING, &council_id,
      N_("Only this council (default: all)"), "ID" },
    { NULL }
  };

  if (!parse_options ("search", entries, &argc, &argv, G_MAXINT - 1, error))
    return 2;
  if (argc < 2)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID, _("search: name what to look for"));
      return 2;
    }
  text = g_strjoinv (" ", argv + 1);
  if (!(store = open_existing (db, error)))
    return 1;
  if (council_id != NULL && !mv_store_find_council (store, council_id, error))
    return 1;
  if (!(results = mv_search (store, council_id, text, &options, error)))
    return 1;

  print_row ("kind", "id", "title", "page", "snippet", NULL);
  for (guint i = 0; i < results->len; i++)
    {
      MvSearchResult *result = g_ptr_array_index (results, i);
      g_autofree char *page = result->page > 0 ? g_strdup_printf ("%d", result->page)
                                               : g_strdup ("");

      print_row (mv_search_kind_to_string (result->kind), result->id, result->title, page,
                 result->snippet, NULL);
    }
  return 0;
}

static const Command commands[] = {
  { "demo", cmd_demo, "[--years N --councils M]", N_("Fill an empty file with the sample council") },
  { "councils", cmd_councils, "", N_("List the councils") },
  { "members", cmd_members, "[--council ID] [--all]", N_("List a council’s members") },
  { "export-members", cmd_export_members, "[--council ID] [--all] -o FILE",
    N_("Export a council’s members to XLSX or CSV") },
  { "meetings", cmd_meetings, "[--council ID] [--year Y]", N_("List a council’s meetings") },
  { "items", cmd_items, "--meeting ID|--backlog", N_("List a meeting’s agenda or the backlog") },
  { "add-item", cmd_add_item, "[--council ID] [--meeting ID] --title T --kind K [--minutes N] …",
    N_("Add an item to a meeting or the backlog; prints its id") },
  { "move-item", cmd_move_item, "ITEM (--meeting ID [--position N] | --backlog)",
    N_("Move an item to another meeting, place or the backlog") },
  { "send-notice", cmd_send_notice, "--meeting ID",
    N_("Send a meeting’s notice: fixes its numbers") },
  { "check", cmd_check, "", N_("Check the file’s integrity") },
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
  { "attach", cmd_attach, "ITEM FILE… [--title T] [--password P]",
    N_("Attach documents to an item") },
  { "documents", cmd_documents, "[--item ID|--meeting ID]", N_("List documents") },
  { "extract", cmd_extract, "DOC -o FILE", N_("Write a stored document to a file") },
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
