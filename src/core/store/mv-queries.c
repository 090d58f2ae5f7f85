/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mv-dates.h"
#include "mv-error.h"
#include "mv-queries.h"

/**
 * mv_store_find_council:
 * @id: (nullable): a council's id; %NULL when the file holds one council
 *
 * Returns: (transfer none): the council, or %NULL with @error set
 */
MvCouncil *
mv_store_find_council (MvStore     *store,
                       const char  *id,
                       GError     **error)
{
  GListModel *councils = mv_store_get_model (store, MV_TYPE_COUNCIL);
  guint n = g_list_model_get_n_items (councils);
  MvCouncil *council;

  if (id != NULL)
    {
      council = mv_store_lookup (store, MV_TYPE_COUNCIL, id);
      if (council == NULL)
        g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                     _("No council has the id “%s”"), id);
      return council;
    }

  if (n == 1)
    {
      g_autoptr(MvCouncil) only = g_list_model_get_item (councils, 0);

      return only;
    }

  if (n == 0)
    g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                 _("“%s” holds no council yet"), mv_store_get_path (store));
  else
    g_set_error (error, MV_ERROR, MV_ERROR_AMBIGUOUS,
                 ngettext ("“%s” holds %u council; name one with --council ID",
                           "“%s” holds %u councils; name one with --council ID", n),
                 mv_store_get_path (store), n);
  return NULL;
}

static gboolean
is_date (const char *s)
{
  return strlen (s) == 10 && g_ascii_isdigit (s[0]) && s[4] == '-' && s[7] == '-';
}

/**
 * mv_store_find_meeting:
 * @council: (nullable): limits a search by date to one council
 * @id_or_date: a meeting's id, or its date (YYYY-MM-DD) where that day has
 *   one meeting
 *
 * Returns: (transfer none): the meeting, or %NULL with @error set
 */
MvMeeting *
mv_store_find_meeting (MvStore     *store,
                       MvCouncil   *council,
                       const char  *id_or_date,
                       GError     **error)
{
  GListModel *meetings = mv_store_get_model (store, MV_TYPE_MEETING);
  MvMeeting *found = NULL;
  guint matches = 0;

  found = mv_store_lookup (store, MV_TYPE_MEETING, id_or_date);
  if (found != NULL)
    return found;

  if (!is_date (id_or_date))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                   _("No meeting has the id “%s”"), id_or_date);
      return NULL;
    }

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(MvMeeting) meeting = g_list_model_get_item (meetings, i);

      if (council != NULL && g_strcmp0 (mv_meeting_get_council_id (meeting),
                                        mv_record_get_id (MV_RECORD (council))) != 0)
        continue;
      if (g_str_has_prefix (mv_meeting_get_starts_at (meeting), id_or_date))
        {
          found = meeting;
          matches++;
        }
    }

  if (matches == 1)
    return found;

  if (matches == 0)
    g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND, _("No meeting is held on %s"), id_or_date);
  else
    g_set_error (error, MV_ERROR, MV_ERROR_AMBIGUOUS,
                 _("%u meetings are held on %s; name one by its id"), matches, id_or_date);
  return NULL;
}

static gboolean
belongs_to (const char *council_id,
            MvCouncil  *council)
{
  return council == NULL || g_strcmp0 (council_id, mv_record_get_id (MV_RECORD (council))) == 0;
}

/**
 * mv_is_blank:
 *
 * Returns: whether @text is %NULL, empty or only white space
 */
gboolean
mv_is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/**
 * mv_store_organisation_label:
 *
 * How an organisation is named in lists, tables and exports: its short
 * name, or its name when it has none.
 *
 * Returns: (transfer none) (nullable): the label, or %NULL when there is no
 *   such organisation
 */
const char *
mv_store_organisation_label (MvStore    *store,
                             const char *organisation_id)
{
  MvOrganisation *organisation = mv_store_lookup (store, MV_TYPE_ORGANISATION, organisation_id);

  if (organisation == NULL)
    return NULL;
  if (mv_is_blank (mv_organisation_get_short_name (organisation)))
    return mv_organisation_get_name (organisation);
  return mv_organisation_get_short_name (organisation);
}

/**
 * mv_member_is_active:
 * @day: (nullable): the day to judge by; %NULL for today
 *
 * Returns: whether the member's term has not ended
 */
gboolean
mv_member_is_active (MvMember *member,
                     GDate    *day)
{
  const char *end = mv_member_get_term_end (member);
  GDate now, term_end;

  if (end == NULL || *end == '\0')
    return TRUE;

  if (day == NULL)
    {
      mv_date_set_today (&now);
      day = &now;
    }

  if (!mv_date_parse (end, &term_end))
    return TRUE;
  return g_date_compare (&term_end, day) >= 0;
}

static int
compare_members (gconstpointer a,
                 gconstpointer b)
{
  MvMember *ma = *(MvMember **) a;
  MvMember *mb = *(MvMember **) b;
  int cmp = (int) mv_member_get_role (ma) - (int) mv_member_get_role (mb);

  return cmp ? cmp : g_utf8_collate (mv_member_get_name (ma), mv_member_get_name (mb));
}

/**
 * mv_store_list_members:
 * @all: also those whose term has ended
 *
 * Returns: (transfer container): the council's members, by role then name
 */
GPtrArray *
mv_store_list_members (MvStore   *store,
                       MvCouncil *council,
                       gboolean   all)
{
  GListModel *members = mv_store_get_model (store, MV_TYPE_MEMBER);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(MvMember) member = g_list_model_get_item (members, i);

      if (belongs_to (mv_member_get_council_id (member), council) &&
          (all || mv_member_is_active (member, NULL)))
        g_ptr_array_add (result, g_steal_pointer (&member));
    }

  g_ptr_array_sort (result, compare_members);
  return result;
}

static int
compare_meetings (gconstpointer a,
                  gconstpointer b)
{
  return g_strcmp0 (mv_meeting_get_starts_at (*(MvMeeting **) a),
                    mv_meeting_get_starts_at (*(MvMeeting **) b));
}

/**
 * mv_store_list_meetings:
 * @year: only this year's; 0 for all
 *
 * Returns: (transfer container): the council's meetings in date order
 */
GPtrArray *
mv_store_list_meetings (MvStore   *store,
                        MvCouncil *council,
                        int        year)
{
  GListModel *meetings = mv_store_get_model (store, MV_TYPE_MEETING);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *prefix = year > 0 ? g_strdup_printf ("%04d-", year) : NULL;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(MvMeeting) meeting = g_list_model_get_item (meetings, i);

      if (belongs_to (mv_meeting_get_council_id (meeting), council) &&
          (prefix == NULL || g_str_has_prefix (mv_meeting_get_starts_at (meeting), prefix)))
        g_ptr_array_add (result, g_steal_pointer (&meeting));
    }

  g_ptr_array_sort (result, compare_meetings);
  return result;
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  return mv_agenda_item_get_position (*(MvAgendaItem **) a) -
         mv_agenda_item_get_position (*(MvAgendaItem **) b);
}

static GPtrArray *
list_items (MvStore    *store,
            const char *council_id,
            const char *meeting_id)
{
  GListModel *items = mv_store_get_model (store, MV_TYPE_AGENDA_ITEM);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MvAgendaItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (mv_agenda_item_get_meeting_id (item), meeting_id) == 0 &&
          (council_id == NULL || g_strcmp0 (mv_agenda_item_get_council_id (item), council_id) == 0))
        g_ptr_array_add (result, g_steal_pointer (&item));
    }

  g_ptr_array_sort (result, compare_positions);
  return result;
}

/**
 * mv_store_list_agenda:
 *
 * Returns: (transfer container): the meeting's items in agenda order
 */
GPtrArray *
mv_store_list_agenda (MvStore   *store,
                      MvMeeting *meeting)
{
  return list_items (store, NULL, mv_record_get_id (MV_RECORD (meeting)));
}

/**
 * mv_store_list_backlog:
 *
 * Returns: (transfer container): the council's items not yet on a meeting
 */
GPtrArray *
mv_store_list_backlog (MvStore   *store,
                       MvCouncil *council)
{
  return list_items (store, mv_record_get_id (MV_RECORD (council)), NULL);
}

/**
 * mv_agenda_item_dup_number:
 *
 * Returns: (transfer full): "07/27" for the year's seventh item of 2027,
 *   or "" for an item without a number
 */
char *
mv_agenda_item_dup_number (MvAgendaItem *item)
{
  int number = mv_agenda_item_get_number (item);

  if (number <= 0)
    return g_strdup ("");
  return g_strdup_printf ("%02d/%02d", number, mv_agenda_item_get_number_year (item) % 100);
}

/* starts-at and ends-at are "YYYY-MM-DDTHH:MM". */
char *
mv_meeting_dup_date (MvMeeting *meeting)
{
  const char *s = mv_meeting_get_starts_at (meeting);

  return s ? g_strndup (s, 10) : g_strdup ("");
}

static char *
time_part (const char *s)
{
  return s && strlen (s) >= 16 ? g_strndup (s + 11, 5) : g_strdup ("");
}

char *
mv_meeting_dup_start_time (MvMeeting *meeting)
{
  return time_part (mv_meeting_get_starts_at (meeting));
}

char *
mv_meeting_dup_end_time (MvMeeting *meeting)
{
  return time_part (mv_meeting_get_ends_at (meeting));
}
