/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cli-common.h"
#include "mv-coverage.h"
#include "mv-csv.h"
#include "mv-dates.h"
#include "mv-enum-types.h"
#include "mv-error.h"
#include "mv-members.h"
#include "mv-queries.h"
#include "mv-registers.h"
#include "mv-restore.h"
#include "mv-year-plan.h"

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
     "vara for, kjønn, under 30, brukergrupper. Members already in the council are not\n"
     "added again. Brukergrupper names user groups already registered, separated by\n"
     "“,” or “;”; a row naming any other is rejected.\n"
     "\n"
     "An organisation that is a NAV unit (the council’s NAV unit, or a name starting\n"
     "with “NAV ”) is not made a user organisation: the member represents NAV, without\n"
     "an organisation unless the row names a registered one of the kind NAV, and an\n"
     "empty role or “medlem” becomes NAV staff.\n"
     "\n"
     "Prints “added”, “existing” and “rejected” with their counts, one\n"
     "“organisation NAME” line for each organisation it made, one\n"
     "“ignored-column NAME” line for each column it left out, and one\n"
     "“note LINE TEXT” line for each member added who represents NAV or whose\n"
     "term has already ended, tab-separated.\n"
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
  for (guint i = 0; i < report->notes->len; i++)
    {
      MvImportNote *note = g_ptr_array_index (report->notes, i);
      g_autofree char *line = g_strdup_printf ("%u", note->line);

      cli_print_row ("note", line, note->text, NULL);
    }

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

/* add-member, edit-member, delete-member, restore, organisations,
 * add-organisation: the member form and the registers from the command
 * line, on the same core operations (mv-members.h, mv-registers.h). */

/* Like cli_parse_options(), with a parameter string and a text after the
 * options in --help. */
static gboolean
parse_with_help (const char    *command,
                 const char    *parameter,
                 const char    *description,
                 GOptionEntry  *entries,
                 int           *argc,
                 char        ***argv,
                 int            max_args,
                 GError       **error)
{
  g_autofree char *title = g_strdup_printf ("medvirke-cli %s", command);
  g_autoptr(GOptionContext) context = g_option_context_new (parameter);

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, title);
  if (description != NULL)
    g_option_context_set_description (context, _(description));

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

/* The options of add-member and edit-member, as given; NULL when left out. */
typedef struct
{
  char  *council_id;
  char  *name;
  char  *role;
  char  *organisation;
  char  *deputy_for;
  char  *term_start;
  char  *term_end;
  char  *email;
  char  *phone;
  char  *show_contact;
  char  *gender;
  char  *young;
  char  *honorarium;
  char **user_groups;
} MemberOptions;

static void
member_options_clear (MemberOptions *options)
{
  g_free (options->council_id);
  g_free (options->name);
  g_free (options->role);
  g_free (options->organisation);
  g_free (options->deputy_for);
  g_free (options->term_start);
  g_free (options->term_end);
  g_free (options->email);
  g_free (options->phone);
  g_free (options->show_contact);
  g_free (options->gender);
  g_free (options->young);
  g_free (options->honorarium);
  g_strfreev (options->user_groups);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (MemberOptions, member_options_clear)

#define MEMBER_ENTRIES(o) \
  { "name", 0, 0, G_OPTION_ARG_STRING, &(o).name, N_("The member’s name"), "N" }, \
  { "role", 0, 0, G_OPTION_ARG_STRING, &(o).role, N_("The member’s role"), \
    "chair|vice-chair|member|deputy|secretary|nav-leader|nav-staff|observer" }, \
  { "organisation", 0, 0, G_OPTION_ARG_STRING, &(o).organisation, \
    N_("The organisation: its id, short name or name"), "ID|SHORT" }, \
  { "deputy-for", 0, 0, G_OPTION_ARG_STRING, &(o).deputy_for, \
    N_("The id of the member this one stands in for"), "ID" }, \
  { "term-start", 0, 0, G_OPTION_ARG_STRING, &(o).term_start, N_("The first day of the term"), \
    "YYYY-MM-DD" }, \
  { "term-end", 0, 0, G_OPTION_ARG_STRING, &(o).term_end, N_("The last day of the term"), \
    "YYYY-MM-DD" }, \
  { "email", 0, 0, G_OPTION_ARG_STRING, &(o).email, N_("The e-mail address"), "E" }, \
  { "phone", 0, 0, G_OPTION_ARG_STRING, &(o).phone, N_("The phone number"), "P" }, \
  { "show-contact", 0, 0, G_OPTION_ARG_STRING, &(o).show_contact, \
    N_("What the papers print of the e-mail and phone (default: e-mail)"), \
    "email|email-phone|phone|none" }, \
  { "gender", 0, 0, G_OPTION_ARG_STRING, &(o).gender, N_("The gender"), \
    "female|male|other|unknown" }, \
  { "young", 0, 0, G_OPTION_ARG_STRING, &(o).young, N_("Under 30"), "yes|no" }, \
  { "honorarium", 0, 0, G_OPTION_ARG_STRING, &(o).honorarium, \
    N_("Paid an honorarium for meetings"), "yes|no" }, \
  { "user-group", 0, 0, G_OPTION_ARG_STRING_ARRAY, &(o).user_groups, \
    N_("A user group the member speaks for, by name or id; repeat for more"), "G" }

/* What "add-member --help" and "edit-member --help" say after the options. */
static const char member_help[] =
  N_("Dates are YYYY-MM-DD. An empty value leaves a field blank: --term-end ''\n"
     "has no end, --organisation '' no organisation, --user-group '' no user group.");

static gboolean
parse_yes_no (const char  *option,
              const char  *value,
              gboolean    *out,
              GError     **error)
{
  if (g_strcmp0 (value, "yes") == 0 || g_strcmp0 (value, "no") == 0)
    {
      *out = g_str_equal (value, "yes");
      return TRUE;
    }

  g_set_error (error, MV_ERROR, MV_ERROR_INVALID, _("%s: “%s” is neither yes nor no"),
               option, value);
  return FALSE;
}

static gboolean
check_date_option (const char  *option,
                   const char  *value,
                   GError     **error)
{
  GDate date;

  if (value == NULL || *value == '\0' || (strlen (value) == 10 && mv_date_parse (value, &date)))
    return TRUE;

  g_set_error (error, MV_ERROR, MV_ERROR_INVALID, _("%s: “%s” is not a date YYYY-MM-DD"),
               option, value);
  return FALSE;
}

static void
replace (char       **field,
         const char  *value)
{
  if (value == NULL)
    return;
  g_free (*field);
  *field = g_strdup (value);
}

/* The values that need no file: a usage error (exit 2) when one is wrong. */
static gboolean
check_member_options (MemberOptions  *options,
                      GError        **error)
{
  int value;

  if (options->role != NULL && !mv_enum_from_nick (MV_TYPE_MEMBER_ROLE, options->role, &value))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("--role: “%s” is not one of chair, vice-chair, member, deputy, secretary, "
                     "nav-leader, nav-staff, observer"), options->role);
      return FALSE;
    }
  if (options->gender != NULL && !mv_enum_from_nick (MV_TYPE_GENDER, options->gender, &value))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("--gender: “%s” is not one of female, male, other, unknown"),
                   options->gender);
      return FALSE;
    }
  if (options->show_contact != NULL &&
      !mv_enum_from_nick (MV_TYPE_CONTACT_SHOWN, options->show_contact, &value))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("--show-contact: “%s” is not one of email, email-phone, phone, none"),
                   options->show_contact);
      return FALSE;
    }
  if ((options->young != NULL && !parse_yes_no ("--young", options->young, &value, error)) ||
      (options->honorarium != NULL &&
       !parse_yes_no ("--honorarium", options->honorarium, &value, error)))
    return FALSE;

  return check_date_option ("--term-start", options->term_start, error) &&
         check_date_option ("--term-end", options->term_end, error);
}

static const char *
field_option (MvMemberField field)
{
  switch (field)
    {
    case MV_MEMBER_FIELD_NAME: return "--name";
    case MV_MEMBER_FIELD_ORGANISATION:
    case MV_MEMBER_FIELD_NEW_ORGANISATION: return "--organisation";
    case MV_MEMBER_FIELD_DEPUTY_FOR: return "--deputy-for";
    case MV_MEMBER_FIELD_TERM_START: return "--term-start";
    case MV_MEMBER_FIELD_TERM_END: return "--term-end";
    case MV_MEMBER_FIELD_EMAIL: return "--email";
    case MV_MEMBER_FIELD_PHONE: return "--phone";
    case MV_MEMBER_FIELD_NOTES: return NULL;   /* no option: the reason names the field */
    case MV_MEMBER_FIELD_USER_GROUPS: return "--user-group";
    case MV_MEMBER_FIELD_COURSES:
    default: return "--course";
    }
}

/* The options given, over @edit; then the checks of the member form, each
 * reason after the option it is about. Fails (exit 1) naming the input. */
static gboolean
apply_member_options (MvStore        *store,
                      MvCouncil      *council,
                      MvMember       *member,
                      MemberOptions  *options,
                      MvMemberEdit   *edit,
                      GError        **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  int value;

  replace (&edit->name, options->name);
  if (options->role != NULL && mv_enum_from_nick (MV_TYPE_MEMBER_ROLE, options->role, &value))
    edit->role = value;
  if (options->organisation != NULL)
    {
      MvOrganisation *organisation = NULL;

      if (*options->organisation != '\0' &&
          !(organisation = mv_organisations_find (store, options->organisation, error)))
        return FALSE;
      g_clear_pointer (&edit->organisation_id, g_free);
      if (organisation != NULL)
        edit->organisation_id = g_strdup (mv_record_get_id (MV_RECORD (organisation)));
    }
  replace (&edit->deputy_for, options->deputy_for);
  replace (&edit->term_start, options->term_start);
  replace (&edit->term_end, options->term_end);
  replace (&edit->email, options->email);
  replace (&edit->phone, options->phone);
  if (options->gender != NULL && mv_enum_from_nick (MV_TYPE_GENDER, options->gender, &value))
    edit->gender = value;
  if (options->show_contact != NULL &&
      mv_enum_from_nick (MV_TYPE_CONTACT_SHOWN, options->show_contact, &value))
    edit->contact_shown = value;
  if (options->young != NULL)
    edit->young = g_str_equal (options->young, "yes");
  if (options->honorarium != NULL)
    edit->honorarium = g_str_equal (options->honorarium, "yes");
  if (options->user_groups != NULL)
    {
      g_ptr_array_set_size (edit->user_group_ids, 0);
      for (guint i = 0; options->user_groups[i] != NULL; i++)
        {
          MvUserGroup *group;

          if (*options->user_groups[i] == '\0')
            continue;
          if (!(group = mv_user_groups_find (store, options->user_groups[i], error)))
            return FALSE;
          g_ptr_array_add (edit->user_group_ids,
                           g_strdup (mv_record_get_id (MV_RECORD (group))));
        }
    }

  problems = mv_members_check (store, council, member, edit, MV_MEMBER_WORDING_LIST);
  if (problems->len > 0)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < problems->len; i++)
        {
          MvMemberProblem *problem = g_ptr_array_index (problems, i);
          const char *option = field_option (problem->field);

          if (i > 0)
            /* Translators: between the reasons a member is refused, on one line */
            g_string_append (text, _("; "));
          if (option != NULL)
            g_string_append_printf (text, "%s: ", option);
          g_string_append (text, problem->reason);
        }
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID, text->str);
      return FALSE;
    }

  return TRUE;
}

int
cmd_add_member (const char  *db,
                int          argc,
                char       **argv,
                GError     **error)
{
  g_auto(MemberOptions) options = { NULL };
  g_autoptr(MvStore) store = NULL;
  g_autoptr(MvMemberEdit) edit = NULL;
  MvCouncil *council;
  MvMember *member;
  GOptionEntry entries[] = {
    { "council", 0, 0, G_OPTION_ARG_STRING, &options.council_id, N_("The council’s id"), "ID" },
    MEMBER_ENTRIES (options),
    { NULL }
  };

  if (!parse_with_help ("add-member", NULL, member_help, entries, &argc, &argv, 0, error))
    return 2;
  if (!cli_require_arg ("add-member", "--name", options.name, error) ||
      !cli_require_arg ("add-member", "--role", options.role, error) ||
      !check_member_options (&options, error))
    return 2;

  if (!(store = cli_open_existing (db, error)))
    return 1;
  if (!(council = mv_store_find_council (store, options.council_id, error)))
    return 1;

  edit = mv_member_edit_new ();
  if (!apply_member_options (store, council, NULL, &options, edit, error))
    return 1;
  if (!(member = mv_members_save (store, council, NULL, edit, NULL, error)))
    return 1;

  g_print ("%s\n", mv_record_get_id (MV_RECORD (member)));
  return 0;
}

static MvMember *
find_member (MvStore     *store,
             const char  *id,
             GError     **error)
{
  MvMember *member = mv_store_lookup (store, MV_TYPE_MEMBER, id);

  if (member == NULL)
    g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND, _("No member has the id “%s”"), id);
  return member;
}

int
cmd_edit_member (const char  *db,
                 int          argc,
                 char       **argv,
                 GError     **error)
{
  g_auto(MemberOptions) options = { NULL };
  g_autoptr(MvStore) store = NULL;
  g_autoptr(MvMemberEdit) edit = NULL;
  MvMember *member;
  GOptionEntry entries[] = {
    MEMBER_ENTRIES (options),
    { NULL }
  };

  if (!parse_with_help ("edit-member", _("ID"), member_help, entries, &argc, &argv, 1, error))
    return 2;
  if (argc < 2)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("edit-member: name the member’s id"));
      return 2;
    }
  if (!check_member_options (&options, error))
    return 2;

  if (!(store = cli_open_existing (db, error)))
    return 1;
  if (!(member = find_member (store, argv[1], error)))
    return 1;

  edit = mv_member_edit_new_from (store, member);
  if (!apply_member_options (store, NULL, member, &options, edit, error))
    return 1;
  return mv_members_save (store, NULL, member, edit, NULL, error) != NULL ? 0 : 1;
}

int
cmd_delete_member (const char  *db,
                   int          argc,
                   char       **argv,
                   GError     **error)
{
  g_autoptr(MvStore) store = NULL;
  MvMember *member;
  GOptionEntry entries[] = { { NULL } };

  if (!parse_with_help ("delete-member", _("ID"),
                        N_("Removes the member from the lists; “restore ID” brings them back."),
                        entries, &argc, &argv, 1, error))
    return 2;
  if (argc < 2)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("delete-member: name the member’s id"));
      return 2;
    }

  if (!(store = cli_open_existing (db, error)))
    return 1;
  if (!(member = find_member (store, argv[1], error)))
    return 1;
  return mv_members_delete (store, member, NULL, error) ? 0 : 1;
}

int
cmd_delete_organisation (const char  *db,
                         int          argc,
                         char       **argv,
                         GError     **error)
{
  g_autoptr(MvStore) store = NULL;
  MvOrganisation *organisation;
  GOptionEntry entries[] = { { NULL } };

  if (!parse_with_help ("delete-organisation", _("ID|SHORT|NAME"),
                        N_("Removes an organisation that no member belongs to."),
                        entries, &argc, &argv, 1, error))
    return 2;
  if (argc < 2)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("delete-organisation: name the organisation"));
      return 2;
    }

  if (!(store = cli_open_existing (db, error)))
    return 1;
  if (!(organisation = mv_organisations_find (store, argv[1], error)))
    return 1;
  return mv_organisations_delete (store, organisation, NULL, error) ? 0 : 1;
}

int
cmd_restore (const char  *db,
             int          argc,
             char       **argv,
             GError     **error)
{
  g_autoptr(MvStore) store = NULL;
  GOptionEntry entries[] = { { NULL } };

  if (!parse_with_help ("restore", _("ID"),
                        N_("Brings back a removed member, meeting, agenda item, document or user "
                           "group by its id: an item to its place on its agenda."),
                        entries, &argc, &argv, 1, error))
    return 2;
  if (argc < 2)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID, _("restore: name the id"));
      return 2;
    }

  if (!(store = cli_open_existing (db, error)))
    return 1;
  return mv_restore_by_id (store, argv[1], NULL, error) != NULL ? 0 : 1;
}

int
cmd_organisations (const char  *db,
                   int          argc,
                   char       **argv,
                   GError     **error)
{
  g_autoptr(MvStore) store = NULL;
  g_autoptr(GPtrArray) organisations = NULL;
  GOptionEntry entries[] = { { NULL } };

  if (!cli_parse_options ("organisations", entries, &argc, &argv, 0, error))
    return 2;
  if (!(store = cli_open_existing (db, error)))
    return 1;

  organisations = mv_organisations_list (store);
  cli_print_row ("id", "name", "short_name", "kind", "areas", NULL);
  for (guint i = 0; i < organisations->len; i++)
    {
      MvOrganisation *organisation = g_ptr_array_index (organisations, i);

      cli_print_row (mv_record_get_id (MV_RECORD (organisation)),
                     mv_organisation_get_name (organisation),
                     mv_organisation_get_short_name (organisation),
                     mv_enum_to_nick (MV_TYPE_ORGANISATION_KIND,
                                      mv_organisation_get_kind (organisation)),
                     mv_organisation_get_areas (organisation),
                     NULL);
    }
  return 0;
}

int
cmd_add_organisation (const char  *db,
                      int          argc,
                      char       **argv,
                      GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *short_name = NULL;
  g_autofree char *kind_arg = NULL;
  g_autofree char *areas = NULL;
  g_autoptr(MvStore) store = NULL;
  MvOrganisationFields fields;
  MvOrganisation *organisation;
  int kind = MV_ORGANISATION_KIND_USER_ORGANISATION;
  GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The organisation’s name"), "N" },
    { "short", 0, 0, G_OPTION_ARG_STRING, &short_name, N_("Its short name, as lists show it"),
      "S" },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_arg, N_("The kind (default: user-organisation)"),
      "user-organisation|nav|municipality|other" },
    { "areas", 0, 0, G_OPTION_ARG_STRING, &areas,
      N_("What it knows about, separated by commas"), "TEXT" },
    { NULL }
  };

  if (!cli_parse_options ("add-organisation", entries, &argc, &argv, 0, error))
    return 2;
  if (!cli_require_arg ("add-organisation", "--name", name, error))
    return 2;
  if (kind_arg != NULL && !mv_enum_from_nick (MV_TYPE_ORGANISATION_KIND, kind_arg, &kind))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("--kind: “%s” is not one of user-organisation, nav, municipality, other"),
                   kind_arg);
      return 2;
    }

  if (!(store = cli_open_existing (db, error)))
    return 1;

  mv_organisation_fields_init (&fields, NULL);
  fields.name = name;
  fields.short_name = short_name ? short_name : "";
  fields.kind = kind;
  fields.areas = areas ? areas : "";
  if (!(organisation = mv_organisations_add (store, &fields, NULL, error)))
    return 1;

  g_print ("%s\n", mv_record_get_id (MV_RECORD (organisation)));
  return 0;
}
