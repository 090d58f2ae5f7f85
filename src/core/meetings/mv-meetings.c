/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mv-dates.h"
#include "mv-meetings.h"
#include "mv-member.h"
#include "mv-queries.h"
#include "mv-text.h"
#include "mv-year-plan.h"

/**
 * mv_meeting_get_date:
 * @date: (out caller-allocates): the day of the meeting; cleared when it
 *   has none
 *
 * Returns: whether the meeting has a valid day
 */
gboolean
mv_meeting_get_date (MvMeeting *meeting,
                     GDate     *date)
{
  const char *starts_at;
  g_autofree char *day = NULL;

  g_return_val_if_fail (MV_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  starts_at = mv_meeting_get_starts_at (meeting);
  day = starts_at ? g_strndup (starts_at, 10) : NULL;
  g_date_clear (date, 1);
  return day != NULL && mv_date_parse (day, date);
}

/**
 * mv_meeting_get_length:
 *
 * Returns: the meeting's length in minutes, from its start to its end; 0
 *   when it has no valid end
 */
int
mv_meeting_get_length (MvMeeting *meeting)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *s = NULL;
  g_autofree char *e = NULL;

  g_return_val_if_fail (MV_IS_MEETING (meeting), 0);

  if (mv_meeting_get_starts_at (meeting) == NULL || mv_meeting_get_ends_at (meeting) == NULL)
    return 0;

  /* Both are local times; as UTC the difference has no daylight saving in it. */
  s = g_strconcat (mv_meeting_get_starts_at (meeting), ":00Z", NULL);
  e = g_strconcat (mv_meeting_get_ends_at (meeting), ":00Z", NULL);
  start = g_date_time_new_from_iso8601 (s, NULL);
  end = g_date_time_new_from_iso8601 (e, NULL);
  if (start == NULL || end == NULL)
    return 0;

  return MAX (0, (int) (g_date_time_difference (end, start) / G_TIME_SPAN_MINUTE));
}

/**
 * mv_meeting_is_past:
 *
 * Returns: whether the meeting's day is over
 */
gboolean
mv_meeting_is_past (MvMeeting *meeting)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GDate date;

  g_return_val_if_fail (MV_IS_MEETING (meeting), FALSE);

  if (!mv_meeting_get_date (meeting, &date))
    return FALSE;

  return g_strcmp0 (mv_meeting_get_starts_at (meeting), today) < 0 &&
         !g_str_has_prefix (mv_meeting_get_starts_at (meeting), today);
}

/**
 * mv_meeting_notice_overdue:
 * @today: (nullable): the day to judge by; %NULL for today
 *
 * Returns: whether the meeting is still to come, its notice date has
 *   passed and its notice has not been sent
 */
gboolean
mv_meeting_notice_overdue (MvMeeting   *meeting,
                           const GDate *today)
{
  const char *notice_date;
  GDate now, notice, date;

  g_return_val_if_fail (MV_IS_MEETING (meeting), FALSE);

  if (today == NULL)
    {
      mv_date_set_today (&now);
      today = &now;
    }

  notice_date = mv_meeting_get_notice_date (meeting);
  return mv_meeting_get_status (meeting) == MV_MEETING_STATUS_PLANNED &&
         notice_date != NULL && mv_date_parse (notice_date, &notice) &&
         g_date_compare (today, &notice) > 0 &&
         mv_meeting_get_date (meeting, &date) && g_date_compare (&date, today) >= 0;
}

/**
 * mv_meeting_dup_council:
 *
 * Returns: (transfer full) (nullable): the meeting's council, or %NULL
 *   when it is no longer in the file
 */
MvCouncil *
mv_meeting_dup_council (MvStore   *store,
                        MvMeeting *meeting)
{
  MvCouncil *council;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (MV_IS_MEETING (meeting), NULL);

  council = mv_store_lookup (store, MV_TYPE_COUNCIL, mv_meeting_get_council_id (meeting));
  return council ? g_object_ref (council) : NULL;
}

/**
 * mv_meeting_dup_recipients:
 *
 * Who gets the notice of the meeting by e-mail: the council's active
 * chair, vice chair, members and deputies who have an address, in member
 * order; an address that two of them share is named once (compared
 * without regard to case).
 *
 * Returns: (transfer full): the addresses, as the members have them
 */
GStrv
mv_meeting_dup_recipients (MvStore   *store,
                           MvMeeting *meeting)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) members = NULL;
  MvCouncil *council;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (MV_IS_MEETING (meeting), NULL);

  council = mv_store_lookup (store, MV_TYPE_COUNCIL, mv_meeting_get_council_id (meeting));
  if (council == NULL)
    return g_strv_builder_end (builder);

  members = mv_store_list_members (store, council, FALSE);
  for (guint i = 0; i < members->len; i++)
    {
      MvMember *member = g_ptr_array_index (members, i);
      const char *email = mv_member_get_email (member);
      g_autofree char *trimmed = NULL;
      g_autofree char *key = NULL;

      switch (mv_member_get_role (member))
        {
        case MV_MEMBER_ROLE_CHAIR:
        case MV_MEMBER_ROLE_VICE_CHAIR:
        case MV_MEMBER_ROLE_MEMBER:
        case MV_MEMBER_ROLE_DEPUTY:
          break;
        default:
          continue;
        }
      if (mv_is_blank (email))
        continue;

      trimmed = g_strstrip (g_strdup (email));
      key = mv_text_fold (trimmed);
      if (g_hash_table_contains (seen, key))
        continue;
      g_hash_table_add (seen, g_steal_pointer (&key));
      g_strv_builder_add (builder, email);
    }

  return g_strv_builder_end (builder);
}
