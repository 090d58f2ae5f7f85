/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "cli-common.h"
#include "mv-agenda.h"
#include "mv-dates.h"
#include "mv-enum-types.h"
#include "mv-error.h"
#include "mv-notice-gaps.h"
#include "mv-queries.h"
#include "mv-text.h"

/* items, add-item, edit-item, move-item, send-notice */

int
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

  if (!cli_parse_options ("items", entries, &argc, &argv, 0, error))
    return 2;
  if ((meeting_arg != NULL) == backlog)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("items: name either --meeting ID or --backlog"));
      return 2;
    }
  if (!(store = cli_open_existing (db, error)))
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

  cli_print_row ("id", "number", "title", "kind", "presenter", "start", "minutes", NULL);
  for (guint i = 0, elapsed = 0; i < items->len; i++)
    {
      MvAgendaItem *item = g_ptr_array_index (items, i);
      g_autofree char *number = mv_agenda_item_dup_number (item);
      g_autofree char *at = start ? mv_time_add_minutes (start, elapsed) : g_strdup ("");
      g_autofree char *minutes = g_strdup_printf ("%d", mv_agenda_item_get_duration_minutes (item));

      cli_print_row (mv_record_get_id (MV_RECORD (item)), number, mv_agenda_item_get_title (item),
                 mv_enum_to_nick (MV_TYPE_ITEM_KIND, mv_agenda_item_get_kind (item)),
                 mv_agenda_item_get_presenter (item), at, minutes, NULL);
      elapsed += mv_agenda_item_get_duration_minutes (item);
    }
  return 0;
}

/* --duration is --minutes by another name: the time an item takes. */
static gboolean
merge_duration (const char  *command,
                char       **minutes_arg,
                char       **duration_arg,
                GError     **error)
{
  if (*duration_arg == NULL)
    return TRUE;
  if (*minutes_arg != NULL)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("%s: give --minutes N or --duration N, not both"), command);
      return FALSE;
    }
  *minutes_arg = g_steal_pointer (duration_arg);
  return TRUE;
}

int
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
  g_autofree char *duration_arg = NULL;
  g_autofree char *presenter = NULL;
  g_autofree char *decision = NULL;
  g_autoptr(MvStore) store = NULL;
  MvMeeting *meeting = NULL;
  MvCouncil *council;
  MvAgendaItem *item;
  const char *minutes_option;
  int minutes = 15;
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
    { "duration", 0, 0, G_OPTION_ARG_STRING, &duration_arg, N_("The same as --minutes"), "N" },
    { "presenter", 0, 0, G_OPTION_ARG_STRING, &presenter, N_("Who presents it"), "P" },
    { "nav-decision", 0, 0, G_OPTION_ARG_STRING, &decision,
      N_("The day NAV decides the matter"), "YYYY-MM-DD" },
    { NULL }
  };

  if (!cli_parse_options ("add-item", entries, &argc, &argv, 0, error))
    return 2;
  minutes_option = duration_arg ? "--duration" : "--minutes";
  if (!merge_duration ("add-item", &minutes_arg, &duration_arg, error))
    return 2;
  if (!cli_require_arg ("add-item", "--title", title, error) ||
      !cli_require_arg ("add-item", "--kind", kind_arg, error))
    return 2;
  if (!mv_enum_from_nick (MV_TYPE_ITEM_KIND, kind_arg, &kind))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("--kind: “%s” is not one of fixed, information, discussion, input, "
                     "decision, aob"), kind_arg);
      return 2;
    }
  if (minutes_arg != NULL && !cli_parse_minutes (minutes_option, minutes_arg, &minutes, error))
    return 2;
  if (decision != NULL && (strlen (decision) != 10 || !mv_date_parse (decision, &date)))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("--nav-decision: “%s” is not a date YYYY-MM-DD"), decision);
      return 2;
    }

  if (!(store = cli_open_existing (db, error)))
    return 1;
  if (!(council = mv_store_find_council (store, council_id, error)))
    return 1;
  if (meeting_arg != NULL && !(meeting = mv_store_find_meeting (store, council, meeting_arg,
                                                                 error)))
    return 1;

  item = mv_agenda_add_item (store, council, meeting, title, kind, minutes, presenter,
                             decision, NULL, error);
  if (item == NULL)
    return 1;
  g_print ("%s\n", mv_record_get_id (MV_RECORD (item)));
  return 0;
}

int
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

  if (!cli_parse_options ("move-item", entries, &argc, &argv, 1, error))
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

  if (!(store = cli_open_existing (db, error)))
    return 1;
  if (!(item = mv_store_lookup (store, MV_TYPE_AGENDA_ITEM, argv[1])))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND, _("No item has the id “%s”"), argv[1]);
      return 1;
    }
  if (meeting_arg != NULL &&
      !(meeting = cli_find_meeting (store, mv_agenda_item_get_council_id (item), meeting_arg, error)))
    return 1;

  if (!mv_agenda_move (store, item, meeting,
                       position_arg != NULL ? (int) position : MV_AGENDA_BEFORE_AOB, NULL, error))
    return 1;
  return 0;
}

int
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

  if (!cli_parse_options ("send-notice", entries, &argc, &argv, 0, error))
    return 2;
  if (!cli_require_arg ("send-notice", "--meeting", meeting_arg, error))
    return 2;

  if (!(meeting = cli_open_meeting (db, council_id, meeting_arg, &store, error)))
    return 1;
  if (!mv_agenda_send_notice (store, meeting, error))
    return 1;

  /* What the app asks about before it marks the notice as sent: said on
   * stderr, the status stays 0 as the notice is sent. */
  {
    g_autoptr(GPtrArray) gaps = mv_agenda_notice_gaps (store, meeting);

    for (guint i = 0; i < gaps->len; i++)
      g_printerr (_("medvirke-cli: warning: %s\n"), (const char *) g_ptr_array_index (gaps, i));
  }
  return 0;
}

/* --raised-by: nav, council or none, or an organisation by id or short
 * name (in any case). The words come first: NAV, an organisation of the
 * file too, raises an item as NAV. */
static gboolean
find_raised_by (MvStore           *store,
                const char        *value,
                MvAgendaItemEdit  *edit,
                GError           **error)
{
  GListModel *organisations = mv_store_get_model (store, MV_TYPE_ORGANISATION);
  g_autofree char *folded = mv_text_fold (value);
  g_autofree char *lower = g_ascii_strdown (value, -1);
  MvOrganisation *found = NULL;
  MvOrganisation *match = NULL;
  int raised_by;

  if (mv_enum_from_nick (MV_TYPE_RAISED_BY, lower, &raised_by) &&
      raised_by != MV_RAISED_BY_ORGANISATION)
    {
      edit->raised_by = raised_by;
      return TRUE;
    }

  found = mv_store_lookup (store, MV_TYPE_ORGANISATION, value);
  for (guint i = 0; found == NULL && i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr(MvOrganisation) org = g_list_model_get_item (organisations, i);
      const char *name = mv_organisation_get_short_name (org);
      g_autofree char *short_name = mv_text_fold (name ? name : "");

      if (*short_name == '\0' || !g_str_equal (short_name, folded))
        continue;
      if (match != NULL)
        {
          g_set_error (error, MV_ERROR, MV_ERROR_AMBIGUOUS,
                       _("--raised-by: more than one organisation has the short name “%s”; "
                         "name one by its id"), value);
          return FALSE;
        }
      /* The store's list holds it. */
      match = org;
    }
  if (found == NULL)
    found = match;

  if (found == NULL)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                   _("--raised-by: no organisation has the id or short name “%s”"), value);
      return FALSE;
    }

  edit->raised_by = MV_RAISED_BY_ORGANISATION;
  edit->raised_by_organisation_id = mv_record_get_id (MV_RECORD (found));
  return TRUE;
}

int
cmd_edit_item (const char  *db,
               int          argc,
               char       **argv,
               GError     **error)
{
  g_autofree char *title = NULL;
  g_autofree char *kind_arg = NULL;
  g_autofree char *minutes_arg = NULL;
  g_autofree char *duration_arg = NULL;
  g_autofree char *presenter = NULL;
  g_autofree char *raised_by = NULL;
  g_autofree char *background = NULL;
  g_autofree char *proposal = NULL;
  g_autofree char *decision = NULL;
  g_autofree char *public_arg = NULL;
  g_autoptr(MvStore) store = NULL;
  MvAgendaItemEdit edit = MV_AGENDA_ITEM_EDIT_INIT;
  MvAgendaItem *item;
  const char *minutes_option;
  gboolean public;
  GDate date;
  GOptionEntry entries[] = {
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("The item’s title"), "T" },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_arg,
      N_("The kind of item"), "fixed|information|discussion|input|decision|aob" },
    { "minutes", 0, 0, G_OPTION_ARG_STRING, &minutes_arg, N_("The time it takes"), "N" },
    { "duration", 0, 0, G_OPTION_ARG_STRING, &duration_arg, N_("The same as --minutes"), "N" },
    { "presenter", 0, 0, G_OPTION_ARG_STRING, &presenter, N_("Who presents it"), "P" },
    { "raised-by", 0, 0, G_OPTION_ARG_STRING, &raised_by,
      N_("Who raised it: nav, council, none, or an organisation"), "ORG_ID|SHORT" },
    { "background", 0, 0, G_OPTION_ARG_STRING, &background, N_("The background"), "TEXT" },
    { "proposal", 0, 0, G_OPTION_ARG_STRING, &proposal, N_("The proposed resolution"), "TEXT" },
    { "nav-decision", 0, 0, G_OPTION_ARG_STRING, &decision,
      N_("The day NAV decides the matter; \"\" for none"), "YYYY-MM-DD" },
    { "public", 0, 0, G_OPTION_ARG_STRING, &public_arg,
      N_("Whether it goes into the public papers"), "yes|no" },
    { NULL }
  };

  if (!cli_parse_options ("edit-item", entries, &argc, &argv, 1, error))
    return 2;
  if (argc < 2)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID, _("edit-item: name the item’s id"));
      return 2;
    }
  minutes_option = duration_arg ? "--duration" : "--minutes";
  if (!merge_duration ("edit-item", &minutes_arg, &duration_arg, error))
    return 2;
  if (!title && !kind_arg && !minutes_arg && !presenter && !raised_by && !background &&
      !proposal && !decision && !public_arg)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                           _("edit-item: name at least one change; see edit-item --help"));
      return 2;
    }
  if (kind_arg != NULL && !mv_enum_from_nick (MV_TYPE_ITEM_KIND, kind_arg, &edit.kind))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("--kind: “%s” is not one of fixed, information, discussion, input, "
                     "decision, aob"), kind_arg);
      return 2;
    }
  if (minutes_arg != NULL &&
      !cli_parse_minutes (minutes_option, minutes_arg, &edit.minutes, error))
    return 2;
  if (decision != NULL && *decision != '\0' && !cli_parse_date ("--nav-decision", decision, &date,
                                                                error))
    return 2;
  if (public_arg != NULL)
    {
      if (!cli_parse_yes_no ("--public", public_arg, &public, error))
        return 2;
      edit.public = public;
    }
  edit.title = title;
  edit.presenter = presenter;
  edit.background = background;
  edit.proposed_resolution = proposal;
  edit.nav_decision_date = decision;

  if (!(store = cli_open_existing (db, error)))
    return 1;
  if (!(item = mv_store_lookup (store, MV_TYPE_AGENDA_ITEM, argv[1])))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND, _("No item has the id “%s”"), argv[1]);
      return 1;
    }
  if (raised_by != NULL && !find_raised_by (store, raised_by, &edit, error))
    return 1;

  return mv_agenda_update_item (store, item, &edit, NULL, error) ? 0 : 1;
}

