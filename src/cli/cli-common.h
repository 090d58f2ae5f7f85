/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mv-meeting.h"
#include "mv-store.h"

G_BEGIN_DECLS

/* medvirke-cli's commands, one file per area, and what they share. A
 * command returns the exit status: 0, 1 when the file or the input said
 * no, 2 for a usage error; @error holds the one line for stderr. */

/* "--meeting ID|YYYY-MM-DD [--council ID]", the options of a command that
 * works on one meeting; in the order the --help of each of them lists. */
#define MEETING_OPTIONS(meeting_arg, council_id) \
  { "meeting", 0, 0, G_OPTION_ARG_STRING, &(meeting_arg), \
    N_("The meeting’s id or date (YYYY-MM-DD)"), "ID" }, \
  { "council", 0, 0, G_OPTION_ARG_STRING, &(council_id), N_("The council’s id"), "ID" }

void cli_print_row (const char *first, ...) G_GNUC_NULL_TERMINATED;
gboolean cli_parse_options (const char *command, GOptionEntry *entries, int *argc, char ***argv, int max_args, GError **error);
MvStore * cli_open_existing (const char *db, GError **error);
MvStore * cli_open_store (const char *db, GError **error);
gboolean cli_require_output (const char *output, const char *message, GError **error);
gboolean cli_parse_count (const char *option, const char *value, guint max, guint *out, GError **error);
const char * cli_organisation_name (MvStore *store, const char *id);
gboolean cli_require_arg (const char *command, const char *option, const char *value, GError **error);
MvMeeting * cli_find_meeting (MvStore *store, const char *council_id, const char *meeting_arg, GError **error);
MvMeeting * cli_open_meeting (const char *db, const char *council_id, const char *meeting_arg, MvStore **store, GError **error);
gboolean cli_require_option (const char *option, const char *value, GError **error);
gboolean cli_parse_yes_no (const char *option, const char *value, gboolean *out, GError **error);
gboolean cli_parse_date (const char *option, const char *value, GDate *date, GError **error);
gboolean cli_parse_time (const char *option, const char *value, int *minute_of_day, GError **error);
gboolean cli_parse_minutes (const char *option, const char *value, int *out, GError **error);
int cmd_members (const char *db, int argc, char **argv, GError **error);
int cmd_import_members (const char *db, int argc, char **argv, GError **error);
int cmd_coverage (const char *db, int argc, char **argv, GError **error);
int cmd_add_member (const char *db, int argc, char **argv, GError **error);
int cmd_edit_member (const char *db, int argc, char **argv, GError **error);
int cmd_delete_member (const char *db, int argc, char **argv, GError **error);
int cmd_restore (const char *db, int argc, char **argv, GError **error);
int cmd_organisations (const char *db, int argc, char **argv, GError **error);
int cmd_add_organisation (const char *db, int argc, char **argv, GError **error);
int cmd_delete_organisation (const char *db, int argc, char **argv, GError **error);
int cmd_councils (const char *db, int argc, char **argv, GError **error);
int cmd_meetings (const char *db, int argc, char **argv, GError **error);
int cmd_plan_year (const char *db, int argc, char **argv, GError **error);
int cmd_add_meeting (const char *db, int argc, char **argv, GError **error);
int cmd_edit_meeting (const char *db, int argc, char **argv, GError **error);
int cmd_cancel_meeting (const char *db, int argc, char **argv, GError **error);
int cmd_council (const char *db, int argc, char **argv, GError **error);
int cmd_items (const char *db, int argc, char **argv, GError **error);
int cmd_add_item (const char *db, int argc, char **argv, GError **error);
int cmd_move_item (const char *db, int argc, char **argv, GError **error);
int cmd_send_notice (const char *db, int argc, char **argv, GError **error);
int cmd_edit_item (const char *db, int argc, char **argv, GError **error);
int cmd_attach (const char *db, int argc, char **argv, GError **error);
int cmd_documents (const char *db, int argc, char **argv, GError **error);
int cmd_extract (const char *db, int argc, char **argv, GError **error);
int cmd_search (const char *db, int argc, char **argv, GError **error);
int cmd_set_public (const char *db, int argc, char **argv, GError **error);
int cmd_store_text (const char *db, int argc, char **argv, GError **error);
int cmd_set_title (const char *db, int argc, char **argv, GError **error);
int cmd_export_members (const char *db, int argc, char **argv, GError **error);
int cmd_export_year (const char *db, int argc, char **argv, GError **error);
int cmd_export_agenda (const char *db, int argc, char **argv, GError **error);
int cmd_export_packet (const char *db, int argc, char **argv, GError **error);
int cmd_backups (const char *db, int argc, char **argv, GError **error);
int cmd_restore_backup (const char *db, int argc, char **argv, GError **error);

G_END_DECLS
