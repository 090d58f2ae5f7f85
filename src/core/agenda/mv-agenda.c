/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mv-agenda.h"
#include "mv-dates.h"
#include "mv-error.h"
#include "mv-enum-types.h"
#include "mv-fixed-item.h"
#include "mv-meetings.h"
#include "mv-member.h"
#include "mv-queries.h"
#include "mv-text.h"
#include "mv-undo.h"

/* Where an item stood before an operation: the step an agenda operation
 * adds to its MvUndo (played back by undo_placement()). */
typedef struct
{
  MvAgendaItem *item;
  gboolean      present;       /* on an agenda or in the backlog before the operation */
  char         *meeting_id;
  int           position;
  int           number_year;
  int           number;
  gboolean      number_fixed;
} Placement;

static void
placement_clear (gpointer data)
{
  Placement *p = data;

  g_clear_object (&p->item);
  g_clear_pointer (&p->meeting_id, g_free);
}

static void
placement_free (gpointer data)
{
  placement_clear (data);
  g_free (data);
}

static void
placement_init (Placement    *p,
                MvAgendaItem *item,
                gboolean      present)
{
  p->item = g_object_ref (item);
  p->present = present;
  p->meeting_id = g_strdup (mv_agenda_item_get_meeting_id (item));
  p->position = mv_agenda_item_get_position (item);
  p->number_year = mv_agenda_item_get_number_year (item);
  p->number = mv_agenda_item_get_number (item);
  p->number_fixed = mv_agenda_item_get_number_fixed (item);
}

static gboolean undo_placement (MvStore   *store,
                                gpointer   data,
                                GError   **error);

static MvUndo *
undo_new (MvAgendaItem *item,
          gboolean      present)
{
  MvUndo *undo = mv_undo_new ();
  Placement *p = g_new0 (Placement, 1);

  placement_init (p, item, present);
  mv_undo_add_step (undo, undo_placement, p, placement_free);
  return undo;
}

/* --- Helpers ------------------------------------------------------------ */

static int
year_of (MvMeeting *meeting)
{
  GDate date;

  if (meeting == NULL || !mv_date_parse (mv_meeting_get_starts_at (meeting), &date))
    return 0;
  return g_date_get_year (&date);
}

static gboolean
is_fixed (MvAgendaItem *item)
{
  return mv_agenda_item_get_fixed_kind (item) != MV_FIXED_KIND_NONE;
}

static gboolean
is_closing (MvAgendaItem *item)
{
  return mv_agenda_item_get_fixed_kind (item) == MV_FIXED_KIND_AOB;
}

/* The items of a meeting, or of the council's backlog, in order; without
 * @leave_out. */
static GPtrArray *
list_place (MvStore      *store,
            const char   *council_id,
            MvMeeting    *meeting,
            MvAgendaItem *leave_out)
{
  g_autoptr(GPtrArray) items = NULL;
  MvCouncil *council;

  if (meeting != NULL)
    items = mv_store_list_agenda (store, meeting);
  else
    {
      council = mv_store_lookup (store, MV_TYPE_COUNCIL, council_id);
      if (council == NULL)
        return g_ptr_array_new_with_free_func (g_object_unref);
      items = mv_store_list_backlog (store, council);
    }

  if (leave_out != NULL)
    g_ptr_array_remove (items, leave_out);
  return g_steal_pointer (&items);
}

static gboolean
write_positions (MvStore    *store,
                 GPtrArray  *items,
                 GError    **error)
{
  for (guint i = 0; i < items->len; i++)
    {
      MvAgendaItem *item = g_ptr_array_index (items, i);

      if (mv_agenda_item_get_position (item) != (int) i &&
          !mv_store_set (store, item, error, "position", (int) i, NULL))
        return FALSE;
    }
  return TRUE;
}

/* Where an item goes in @items (which leaves it out): "any other business"
 * stays last, nothing goes after it. */
static guint
insertion_index (GPtrArray    *items,
                 MvAgendaItem *item,
                 int           position)
{
  guint closing = items->len;

  if (is_closing (item))
    return items->len;

  for (guint i = 0; i < items->len; i++)
    if (is_closing (g_ptr_array_index (items, i)))
      {
        closing = i;
        break;
      }

  if (position < 0 || (guint) position > closing)
    return closing;
  return (guint) position;
}

/* One above the highest fixed number of the council's @year. */
static int
next_free_number (MvStore      *store,
                  const char   *council_id,
                  int           year,
                  MvAgendaItem *leave_out)
{
  GListModel *items = mv_store_get_model (store, MV_TYPE_AGENDA_ITEM);
  int highest = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MvAgendaItem) item = g_list_model_get_item (items, i);

      if (item != leave_out &&
          mv_agenda_item_get_number_fixed (item) &&
          mv_agenda_item_get_number_year (item) == year &&
          g_strcmp0 (mv_agenda_item_get_council_id (item), council_id) == 0)
        highest = MAX (highest, mv_agenda_item_get_number (item));
    }
  return highest + 1;
}

static gboolean
number_taken (MvStore      *store,
              MvAgendaItem *item,
              int           year,
              int           number)
{
  GListModel *items = mv_store_get_model (store, MV_TYPE_AGENDA_ITEM);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MvAgendaItem) other = g_list_model_get_item (items, i);

      if (other != item &&
          mv_agenda_item_get_number_fixed (other) &&
          mv_agenda_item_get_number_year (other) == year &&
          mv_agenda_item_get_number (other) == number &&
          g_strcmp0 (mv_agenda_item_get_council_id (other),
                     mv_agenda_item_get_council_id (item)) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
set_number (MvStore       *store,
            MvAgendaItem  *item,
            int            year,
            int            number,
            gboolean       fixed,
            GError       **error)
{
  if (mv_agenda_item_get_number_year (item) == year &&
      mv_agenda_item_get_number (item) == number &&
      mv_agenda_item_get_number_fixed (item) == fixed)
    return TRUE;
  return mv_store_set (store, item, error,
                       "number-year", year, "number", number, "number-fixed", fixed, NULL);
}

static gboolean
takes_items (MvMeeting  *meeting,
             GError    **error)
{
  g_autofree char *date = NULL;

  switch (mv_meeting_get_status (meeting))
    {
    case MV_MEETING_STATUS_PLANNED:
    case MV_MEETING_STATUS_NOTICE_SENT:
      return TRUE;
    case MV_MEETING_STATUS_CANCELLED:
      date = mv_meeting_dup_date (meeting);
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("The meeting on %s is cancelled; its agenda cannot change"), date);
      return FALSE;
    case MV_MEETING_STATUS_HELD:
    case MV_MEETING_STATUS_MINUTES_APPROVED:
    default:
      date = mv_meeting_dup_date (meeting);
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("The meeting on %s has been held; its agenda cannot change"), date);
      return FALSE;
    }
}

static MvMeeting *
meeting_of (MvStore      *store,
            MvAgendaItem *item)
{
  return mv_store_lookup (store, MV_TYPE_MEETING, mv_agenda_item_get_meeting_id (item));
}

static MvCouncil *
council_of_item (MvStore       *store,
                 MvAgendaItem  *item,
                 GError       **error)
{
  MvCouncil *council = mv_store_lookup (store, MV_TYPE_COUNCIL,
                                        mv_agenda_item_get_council_id (item));

  if (council == NULL)
    g_set_error_literal (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                         _("The item’s council is no longer in the file"));
  return council;
}

static gboolean
renumber_years (MvStore    *store,
                MvCouncil  *council,
                int         year_a,
                int         year_b,
                GError    **error)
{
  if (year_a > 0 && !mv_agenda_renumber (store, council, year_a, error))
    return FALSE;
  if (year_b > 0 && year_b != year_a && !mv_agenda_renumber (store, council, year_b, error))
    return FALSE;
  return TRUE;
}

/* The council's latest meeting before @meeting that is not cancelled. */
static MvMeeting *
previous_meeting (MvStore   *store,
                  MvCouncil *council,
                  MvMeeting *meeting)
{
  g_autoptr(GPtrArray) meetings = mv_store_list_meetings (store, council, 0);
  const char *starts = mv_meeting_get_starts_at (meeting);
  MvMeeting *previous = NULL;

  for (guint i = 0; i < meetings->len; i++)
    {
      MvMeeting *other = g_ptr_array_index (meetings, i);

      if (other == meeting || mv_meeting_get_status (other) == MV_MEETING_STATUS_CANCELLED)
        continue;
      if (g_strcmp0 (mv_meeting_get_starts_at (other), starts) >= 0)
        break;
      previous = other;
    }
  return previous;
}

/* The approval of the minutes on a meeting whose notice has not been sent
 * follows the meetings: it names the previous one that is not cancelled. */
static gboolean
relink_minutes (MvStore    *store,
                MvCouncil  *council,
                GError    **error)
{
  g_autoptr(GPtrArray) meetings = mv_store_list_meetings (store, council, 0);
  MvMeeting *previous = NULL;

  for (guint m = 0; m < meetings->len; m++)
    {
      MvMeeting *meeting = g_ptr_array_index (meetings, m);
      g_autoptr(GPtrArray) items = NULL;
      const char *previous_id = previous ? mv_record_get_id (MV_RECORD (previous)) : NULL;

      if (mv_meeting_get_status (meeting) == MV_MEETING_STATUS_CANCELLED)
        continue;
      if (mv_meeting_get_status (meeting) == MV_MEETING_STATUS_PLANNED)
        {
          items = mv_store_list_agenda (store, meeting);
          for (guint i = 0; i < items->len; i++)
            {
              MvAgendaItem *item = g_ptr_array_index (items, i);
              g_autofree char *linked = NULL;

              if (mv_agenda_item_get_fixed_kind (item) != MV_FIXED_KIND_APPROVE_MINUTES)
                continue;
              g_object_get (item, "linked-meeting-id", &linked, NULL);
              if (g_strcmp0 (linked, previous_id) != 0 &&
                  !mv_store_set (store, item, error, "linked-meeting-id", previous_id, NULL))
                return FALSE;
            }
        }
      previous = meeting;
    }
  return TRUE;
}

/* --- Numbers ------------------------------------------------------------- */

/**
 * mv_agenda_renumber:
 * @year: the year of the meetings to number
 *
 * Recomputes the provisional numbers of the council's @year (see the
 * rules in mv-agenda.h); fixed numbers stay as they are. On the way, the
 * approval of the minutes on each meeting still planned is linked to the
 * meeting before it that is not cancelled.
 */
gboolean
mv_agenda_renumber (MvStore    *store,
                    MvCouncil  *council,
                    int         year,
                    GError    **error)
{
  GListModel *all = mv_store_get_model (store, MV_TYPE_AGENDA_ITEM);
  const char *council_id;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GHashTable) reserved = g_hash_table_new (NULL, NULL);
  int used = 0;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_COUNCIL (council), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!relink_minutes (store, council, error))
    return FALSE;
  if (year <= 0)
    return TRUE;

  council_id = mv_record_get_id (MV_RECORD (council));
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(MvAgendaItem) item = g_list_model_get_item (all, i);

      if (mv_agenda_item_get_number_fixed (item) &&
          mv_agenda_item_get_number_year (item) == year &&
          g_strcmp0 (mv_agenda_item_get_council_id (item), council_id) == 0)
        g_hash_table_add (reserved, GINT_TO_POINTER (mv_agenda_item_get_number (item)));
    }

  meetings = mv_store_list_meetings (store, council, year);
  for (guint m = 0; m < meetings->len; m++)
    {
      MvMeeting *meeting = g_ptr_array_index (meetings, m);
      gboolean cancelled = mv_meeting_get_status (meeting) == MV_MEETING_STATUS_CANCELLED;
      g_autoptr(GPtrArray) items = mv_store_list_agenda (store, meeting);

      for (guint i = 0; i < items->len; i++)
        {
          MvAgendaItem *item = g_ptr_array_index (items, i);
          int n;

          if (mv_agenda_item_get_number_fixed (item))
            {
              if (!cancelled && mv_agenda_item_get_number_year (item) == year)
                used = MAX (used, mv_agenda_item_get_number (item));
              continue;
            }

          if (cancelled)
            {
              if (!set_number (store, item, 0, 0, FALSE, error))
                return FALSE;
              continue;
            }

          n = used + 1;
          while (g_hash_table_contains (reserved, GINT_TO_POINTER (n)))
            n++;
          if (!set_number (store, item, year, n, FALSE, error))
            return FALSE;
          used = n;
        }
    }

  return TRUE;
}

/**
 * mv_agenda_fix_numbers:
 *
 * Numbers the year of the meeting and fixes the numbers of its items, as
 * sending the notice does; the meeting's status is the caller's. Writes
 * through the caller's batch.
 */
gboolean
mv_agenda_fix_numbers (MvStore    *store,
                       MvMeeting  *meeting,
                       GError    **error)
{
  g_autoptr(GPtrArray) items = NULL;
  MvCouncil *council;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  council = mv_store_lookup (store, MV_TYPE_COUNCIL, mv_meeting_get_council_id (meeting));
  if (council == NULL)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                           _("The meeting’s council is no longer in the file"));
      return FALSE;
    }

  if (!mv_agenda_renumber (store, council, year_of (meeting), error))
    return FALSE;

  items = mv_store_list_agenda (store, meeting);
  for (guint i = 0; i < items->len; i++)
    {
      MvAgendaItem *item = g_ptr_array_index (items, i);

      if (!mv_agenda_item_get_number_fixed (item) &&
          !mv_store_set (store, item, error, "number-fixed", TRUE, NULL))
        return FALSE;
    }
  return TRUE;
}

/**
 * mv_agenda_send_notice:
 *
 * Marks the notice as sent (status notice-sent) and fixes the numbers of
 * the meeting's items. Only a planned meeting's notice can be sent.
 */
gboolean
mv_agenda_send_notice (MvStore    *store,
                       MvMeeting  *meeting,
                       GError    **error)
{
  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (mv_meeting_get_status (meeting) != MV_MEETING_STATUS_PLANNED)
    {
      g_autofree char *date = mv_meeting_dup_date (meeting);

      if (mv_meeting_get_status (meeting) == MV_MEETING_STATUS_NOTICE_SENT)
        g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                     _("The notice of the meeting on %s has already been sent"), date);
      else
        takes_items (meeting, error);
      return FALSE;
    }

  if (mv_store_lookup (store, MV_TYPE_COUNCIL, mv_meeting_get_council_id (meeting)) == NULL)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                           _("The meeting’s council is no longer in the file"));
      return FALSE;
    }

  if (!mv_store_begin (store, error))
    return FALSE;

  if (!mv_agenda_fix_numbers (store, meeting, error) ||
      !mv_store_set (store, meeting, error, "status", MV_MEETING_STATUS_NOTICE_SENT, NULL))
    {
      mv_store_rollback (store);
      return FALSE;
    }

  return mv_store_commit (store, error);
}

/* --- Fixed items --------------------------------------------------------- */

static int
compare_fixed (gconstpointer a,
               gconstpointer b)
{
  MvFixedItem *fa = *(MvFixedItem **) a;
  MvFixedItem *fb = *(MvFixedItem **) b;
  gboolean closing_a = mv_fixed_item_get_fixed_kind (fa) == MV_FIXED_KIND_AOB;
  gboolean closing_b = mv_fixed_item_get_fixed_kind (fb) == MV_FIXED_KIND_AOB;

  if (closing_a != closing_b)
    return closing_a ? 1 : -1;
  return mv_fixed_item_get_position (fa) - mv_fixed_item_get_position (fb);
}

/**
 * mv_agenda_add_fixed_items:
 *
 * Puts the council's fixed items (council_fixed_items, in their order) on
 * the meeting's agenda: at the top, "any other business" at the bottom.
 * "Approval of the minutes" is linked to the previous meeting that is not
 * cancelled. Fixed kinds the agenda already has are skipped.
 */
gboolean
mv_agenda_add_fixed_items (MvStore    *store,
                           MvMeeting  *meeting,
                           GError    **error)
{
  GListModel *fixed_model = mv_store_get_model (store, MV_TYPE_FIXED_ITEM);
  g_autoptr(GPtrArray) fixed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) existing = NULL;
  g_autoptr(GPtrArray) agenda = g_ptr_array_new ();
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  MvCouncil *council;
  MvMeeting *previous;
  const char *council_id;
  guint head = 0;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  council_id = mv_meeting_get_council_id (meeting);
  council = mv_store_lookup (store, MV_TYPE_COUNCIL, council_id);
  if (council == NULL)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                           _("The meeting’s council is no longer in the file"));
      return FALSE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (fixed_model); i++)
    {
      g_autoptr(MvFixedItem) f = g_list_model_get_item (fixed_model, i);

      if (g_strcmp0 (mv_fixed_item_get_council_id (f), council_id) == 0)
        g_ptr_array_add (fixed, g_steal_pointer (&f));
    }
  g_ptr_array_sort (fixed, compare_fixed);

  existing = mv_store_list_agenda (store, meeting);
  previous = previous_meeting (store, council, meeting);
  for (guint i = 0; i < existing->len; i++)
    g_ptr_array_add (agenda, g_ptr_array_index (existing, i));

  for (guint i = 0; i < fixed->len; i++)
    {
      MvFixedItem *f = g_ptr_array_index (fixed, i);
      MvFixedKind fixed_kind = mv_fixed_item_get_fixed_kind (f);
      gboolean present = FALSE;
      MvAgendaItem *item;

      if (fixed_kind != MV_FIXED_KIND_OTHER)
        for (guint j = 0; j < existing->len && !present; j++)
          present = mv_agenda_item_get_fixed_kind (g_ptr_array_index (existing, j)) == fixed_kind;
      if (present)
        continue;

      item = g_object_new (MV_TYPE_AGENDA_ITEM,
                           "council-id", council_id,
                           "meeting-id", mv_record_get_id (MV_RECORD (meeting)),
                           "title", mv_fixed_item_get_title (f),
                           "kind", mv_fixed_item_get_kind (f),
                           "fixed-kind", fixed_kind,
                           "duration-minutes", mv_fixed_item_get_duration_minutes (f),
                           "raised-by", MV_RAISED_BY_COUNCIL,
                           NULL);
      if (fixed_kind == MV_FIXED_KIND_APPROVE_MINUTES && previous != NULL)
        g_object_set (item, "linked-meeting-id", mv_record_get_id (MV_RECORD (previous)), NULL);
      g_ptr_array_add (added, item);

      if (fixed_kind == MV_FIXED_KIND_AOB)
        g_ptr_array_add (agenda, item);
      else
        g_ptr_array_insert (agenda, head++, item);
    }

  /* The added ones get their positions before they are stored. */
  for (guint i = 0; i < agenda->len; i++)
    {
      MvAgendaItem *item = g_ptr_array_index (agenda, i);

      if (g_ptr_array_find (added, item, NULL))
        g_object_set (item, "position", (int) i, NULL);
    }
  for (guint i = 0; i < added->len; i++)
    if (!mv_store_insert (store, g_ptr_array_index (added, i), error))
      return FALSE;
  if (!write_positions (store, agenda, error))
    return FALSE;

  return mv_agenda_renumber (store, council, year_of (meeting), error);
}

/* --- Operations ----------------------------------------------------------- */

/* Takes @item from where it is and puts it at @position of @target's
 * agenda (or the backlog); @exact puts it there even after "any other
 * business". Numbers are the caller's. */
static gboolean
place_item (MvStore       *store,
            MvAgendaItem  *item,
            MvMeeting     *target,
            int            position,
            gboolean       exact,
            GError       **error)
{
  const char *council_id = mv_agenda_item_get_council_id (item);
  MvMeeting *source = meeting_of (store, item);
  g_autoptr(GPtrArray) from = NULL;
  g_autoptr(GPtrArray) to = NULL;
  guint index;

  to = list_place (store, council_id, target, item);
  if (exact)
    index = (guint) CLAMP (position, 0, (int) to->len);
  else
    index = insertion_index (to, item, position);

  if (source != target)
    {
      from = list_place (store, council_id, source, item);
      if (!mv_store_set (store, item, error,
                         "meeting-id", target ? mv_record_get_id (MV_RECORD (target)) : NULL,
                         NULL))
        return FALSE;
      if (!write_positions (store, from, error))
        return FALSE;
    }

  g_ptr_array_insert (to, index, g_object_ref (item));
  return write_positions (store, to, error);
}

static gboolean
check_same_council (MvMeeting     *meeting,
                    const char    *council_id,
                    GError       **error)
{
  if (meeting == NULL || g_strcmp0 (mv_meeting_get_council_id (meeting), council_id) == 0)
    return TRUE;
  g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                       _("An item can only go to a meeting of its own council"));
  return FALSE;
}

/**
 * mv_agenda_move:
 * @meeting: (nullable): the meeting to put the item on; %NULL for the
 *   backlog
 * @position: the place on the new agenda; %MV_AGENDA_BEFORE_AOB (−1) for
 *   the last place before "any other business"
 * @undo: (out) (optional): how to put the item back
 *
 * Moves a case to another meeting or to the backlog. Positions stay
 * contiguous on both sides and the years concerned are renumbered.
 */
gboolean
mv_agenda_move (MvStore        *store,
                MvAgendaItem   *item,
                MvMeeting      *meeting,
                int             position,
                MvUndo        **undo,
                GError        **error)
{
  g_autoptr(MvUndo) before = NULL;
  MvMeeting *source;
  MvCouncil *council;
  int target_year;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (item), FALSE);
  g_return_val_if_fail (meeting == NULL || MV_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(council = council_of_item (store, item, error)))
    return FALSE;
  source = meeting_of (store, item);
  if (source == meeting)
    return mv_agenda_reorder (store, item, position < 0 ? G_MAXINT : position, undo, error);

  if (is_fixed (item))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("“%s” is a fixed item of its meeting and cannot be moved to another"),
                   mv_agenda_item_get_title (item));
      return FALSE;
    }
  if (!check_same_council (meeting, mv_agenda_item_get_council_id (item), error) ||
      (source != NULL && !takes_items (source, error)) ||
      (meeting != NULL && !takes_items (meeting, error)))
    return FALSE;

  before = undo_new (item, TRUE);
  target_year = year_of (meeting);

  if (!mv_store_begin (store, error))
    return FALSE;

  if (!place_item (store, item, meeting, position, FALSE, error))
    goto failed;

  if (meeting == NULL)
    {
      if (!set_number (store, item, 0, 0, FALSE, error))
        goto failed;
    }
  else if (!(mv_agenda_item_get_number_fixed (item) &&
             mv_agenda_item_get_number_year (item) == target_year))
    {
      if (mv_meeting_get_status (meeting) != MV_MEETING_STATUS_PLANNED)
        {
          int n = next_free_number (store, mv_agenda_item_get_council_id (item), target_year,
                                    item);

          if (!set_number (store, item, target_year, n, TRUE, error))
            goto failed;
        }
      else if (!set_number (store, item, target_year, 0, FALSE, error))
        goto failed;
    }

  if (!renumber_years (store, council, year_of (source), target_year, error))
    goto failed;
  if (!mv_store_commit (store, error))
    return FALSE;

  if (undo != NULL)
    *undo = g_steal_pointer (&before);
  return TRUE;

failed:
  mv_store_rollback (store);
  return FALSE;
}

/**
 * mv_agenda_reorder:
 * @new_position: the item's new place on its agenda (or in the backlog);
 *   never after "any other business", which stays last
 * @undo: (out) (optional): how to put the item back
 */
gboolean
mv_agenda_reorder (MvStore        *store,
                   MvAgendaItem   *item,
                   int             new_position,
                   MvUndo        **undo,
                   GError        **error)
{
  g_autoptr(MvUndo) before = NULL;
  MvMeeting *meeting;
  MvCouncil *council;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (item), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(council = council_of_item (store, item, error)))
    return FALSE;
  meeting = meeting_of (store, item);
  if (meeting != NULL && !takes_items (meeting, error))
    return FALSE;

  before = undo_new (item, TRUE);
  if (!mv_store_begin (store, error))
    return FALSE;

  if (!place_item (store, item, meeting, MAX (new_position, 0), FALSE, error) ||
      !mv_agenda_renumber (store, council, year_of (meeting), error))
    {
      mv_store_rollback (store);
      return FALSE;
    }
  if (!mv_store_commit (store, error))
    return FALSE;

  if (undo != NULL)
    *undo = g_steal_pointer (&before);
  return TRUE;
}

/**
 * mv_agenda_add_item:
 * @meeting: (nullable): %NULL for the backlog
 * @minutes: the time the item takes, 0 or more
 * @presenter: (nullable): who presents it
 * @nav_decision_date: (nullable): NAV's decision date, "YYYY-MM-DD"
 * @undo: (out) (optional): how to take the item away again
 *
 * Adds a case before the meeting's "any other business" (or at the end of
 * the backlog). After the notice it takes the next free number.
 *
 * Returns: (transfer none): the new item, held by the store's list, or
 *   %NULL with @error set
 */
MvAgendaItem *
mv_agenda_add_item (MvStore        *store,
                    MvCouncil      *council,
                    MvMeeting      *meeting,
                    const char     *title,
                    MvItemKind      kind,
                    int             minutes,
                    const char     *presenter,
                    const char     *nav_decision_date,
                    MvUndo        **undo,
                    GError        **error)
{
  g_autoptr(MvAgendaItem) item = NULL;
  g_autoptr(GPtrArray) agenda = NULL;
  g_autofree char *clean_title = NULL;
  g_autofree char *clean_presenter = NULL;
  const char *council_id;
  int year;
  guint index;
  GDate date;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (MV_IS_COUNCIL (council), NULL);
  g_return_val_if_fail (meeting == NULL || MV_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  council_id = mv_record_get_id (MV_RECORD (council));
  clean_title = g_strstrip (g_strdup (title ? title : ""));
  clean_presenter = g_strstrip (g_strdup (presenter ? presenter : ""));

  if (*clean_title == '\0')
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID, _("The item needs a title"));
      return NULL;
    }
  if (minutes < 0 || minutes > 1440)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("%d minutes is not a length from 0 to 1440"), minutes);
      return NULL;
    }
  if (nav_decision_date != NULL && *nav_decision_date != '\0' &&
      (strlen (nav_decision_date) != 10 || !mv_date_parse (nav_decision_date, &date)))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("“%s” is not a date YYYY-MM-DD"), nav_decision_date);
      return NULL;
    }
  if (!check_same_council (meeting, council_id, error) ||
      (meeting != NULL && !takes_items (meeting, error)))
    return NULL;

  year = year_of (meeting);
  item = g_object_new (MV_TYPE_AGENDA_ITEM,
                       "council-id", council_id,
                       "meeting-id", meeting ? mv_record_get_id (MV_RECORD (meeting)) : NULL,
                       "title", clean_title,
                       "kind", kind,
                       "duration-minutes", minutes,
                       "presenter", clean_presenter,
                       "nav-decision-date", (nav_decision_date && *nav_decision_date)
                                            ? nav_decision_date : NULL,
                       NULL);

  if (!mv_store_begin (store, error))
    return NULL;

  agenda = list_place (store, council_id, meeting, NULL);
  index = insertion_index (agenda, item, -1);
  g_ptr_array_insert (agenda, index, g_object_ref (item));
  g_object_set (item, "position", (int) index, NULL);
  if (meeting != NULL && mv_meeting_get_status (meeting) != MV_MEETING_STATUS_PLANNED)
    g_object_set (item,
                  "number-year", year,
                  "number", next_free_number (store, council_id, year, NULL),
                  "number-fixed", TRUE,
                  NULL);

  if (!mv_store_insert (store, item, error) ||
      !write_positions (store, agenda, error) ||
      !mv_agenda_renumber (store, council, year, error))
    {
      mv_store_rollback (store);
      return NULL;
    }
  if (!mv_store_commit (store, error))
    return NULL;

  if (undo != NULL)
    *undo = undo_new (item, FALSE);
  /* The store's list holds the item from here on. */
  return item;
}

static gboolean
remove_in_batch (MvStore       *store,
                 MvCouncil     *council,
                 MvAgendaItem  *item,
                 GError       **error)
{
  MvMeeting *meeting = meeting_of (store, item);
  g_autoptr(GPtrArray) rest = list_place (store, mv_agenda_item_get_council_id (item), meeting,
                                          item);

  return mv_store_delete (store, item, error) &&
         write_positions (store, rest, error) &&
         mv_agenda_renumber (store, council, year_of (meeting), error);
}

/**
 * mv_agenda_remove_item:
 * @undo: (out) (optional): how to bring the item back
 *
 * Removes an item from its meeting or the backlog (a soft delete), fixed
 * items too: a fixed item is removed for that meeting only.
 */
gboolean
mv_agenda_remove_item (MvStore        *store,
                       MvAgendaItem   *item,
                       MvUndo        **undo,
                       GError        **error)
{
  g_autoptr(MvUndo) before = NULL;
  MvMeeting *meeting;
  MvCouncil *council;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (item), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(council = council_of_item (store, item, error)))
    return FALSE;
  meeting = meeting_of (store, item);
  if (meeting != NULL && !takes_items (meeting, error))
    return FALSE;

  before = undo_new (item, TRUE);
  if (!mv_store_begin (store, error))
    return FALSE;
  if (!remove_in_batch (store, council, item, error))
    {
      mv_store_rollback (store);
      return FALSE;
    }
  if (!mv_store_commit (store, error))
    return FALSE;

  if (undo != NULL)
    *undo = g_steal_pointer (&before);
  return TRUE;
}

static gboolean
is_enum_value (GType type,
               int   value)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);

  return g_enum_get_value (enum_class, value) != NULL;
}

static gboolean
check_item_edit (MvStore                 *store,
                 const MvAgendaItemEdit  *edit,
                 GError                 **error)
{
  GDate date;

  if (edit->title != NULL && mv_is_blank (edit->title))
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID, _("The item needs a title"));
      return FALSE;
    }
  if (edit->kind != -1 && !is_enum_value (MV_TYPE_ITEM_KIND, edit->kind))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID, _("%d is not a kind of item"), edit->kind);
      return FALSE;
    }
  if (edit->exempt_basis != -1 && !is_enum_value (MV_TYPE_EXEMPT_BASIS, edit->exempt_basis))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("%d is not a legal basis for exemption"), edit->exempt_basis);
      return FALSE;
    }
  if (edit->raised_by != -1 && !is_enum_value (MV_TYPE_RAISED_BY, edit->raised_by))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID, _("%d is not who raises an item"),
                   edit->raised_by);
      return FALSE;
    }
  if (edit->raised_by == MV_RAISED_BY_ORGANISATION &&
      mv_store_lookup (store, MV_TYPE_ORGANISATION, edit->raised_by_organisation_id) == NULL)
    {
      if (edit->raised_by_organisation_id == NULL)
        g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID,
                             _("An item raised by an organisation needs the organisation"));
      else
        g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND, _("No organisation has the id “%s”"),
                     edit->raised_by_organisation_id);
      return FALSE;
    }
  if (edit->presenter_member_id != NULL && *edit->presenter_member_id != '\0' &&
      mv_store_lookup (store, MV_TYPE_MEMBER, edit->presenter_member_id) == NULL)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND, _("No member has the id “%s”"),
                   edit->presenter_member_id);
      return FALSE;
    }
  if (edit->minutes != -1 && (edit->minutes < 0 || edit->minutes > 1440))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("%d minutes is not a length from 0 to 1440"), edit->minutes);
      return FALSE;
    }
  if (edit->nav_decision_date != NULL && *edit->nav_decision_date != '\0' &&
      (strlen (edit->nav_decision_date) != 10 || !mv_date_parse (edit->nav_decision_date, &date)))
    {
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   _("“%s” is not a date YYYY-MM-DD"), edit->nav_decision_date);
      return FALSE;
    }
  return TRUE;
}

/* Writes @value (NULL and "" alike for @empty_is_null) unless the item has it. */
static gboolean
set_string_if (MvStore       *store,
               MvAgendaItem  *item,
               const char    *property,
               const char    *value,
               gboolean       empty_is_null,
               GError       **error)
{
  if (empty_is_null && value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (mv_record_get_string (MV_RECORD (item), property), value) == 0)
    return TRUE;
  return mv_store_set (store, item, error, property, value, NULL);
}

/**
 * mv_agenda_update_item:
 * @edit: what changes
 * @undo: (out) (optional): how to put the item's fields back
 *
 * Changes an item's fields, all or none; its meeting, place and number
 * change only with mv_agenda_move() and the numbering. Text is stored as
 * given: the title must not be blank. A new presenter that is not the
 * name of the member the item names as presenter ends that link, unless
 * @edit names the member too.
 */
gboolean
mv_agenda_update_item (MvStore                 *store,
                       MvAgendaItem            *item,
                       const MvAgendaItemEdit  *edit,
                       MvUndo                 **undo,
                       GError                 **error)
{
  g_autoptr(MvUndo) before = NULL;
  const char *member_id;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (item), FALSE);
  g_return_val_if_fail (edit != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_item_edit (store, edit, error))
    return FALSE;

  if (!mv_store_begin (store, error))
    return FALSE;

  if (undo != NULL)
    {
      before = mv_undo_new ();
      mv_undo_note_record (before, item);
    }

  member_id = edit->presenter_member_id;
  if (member_id == NULL && edit->presenter != NULL)
    {
      MvMember *member = mv_store_lookup (store, MV_TYPE_MEMBER,
                                          mv_record_get_string (MV_RECORD (item),
                                                                "presenter-member-id"));

      if (member != NULL && g_strcmp0 (mv_member_get_name (member), edit->presenter) != 0)
        member_id = "";
    }

  if ((edit->title != NULL &&
       !set_string_if (store, item, "title", edit->title, FALSE, error)) ||
      (edit->kind != -1 && edit->kind != (int) mv_agenda_item_get_kind (item) &&
       !mv_store_set (store, item, error, "kind", edit->kind, NULL)) ||
      (edit->raised_by != -1 && edit->raised_by != (int) mv_agenda_item_get_raised_by (item) &&
       !mv_store_set (store, item, error, "raised-by", edit->raised_by, NULL)) ||
      (edit->raised_by != -1 &&
       !set_string_if (store, item, "raised-by-organisation-id",
                       edit->raised_by == MV_RAISED_BY_ORGANISATION
                       ? edit->raised_by_organisation_id : NULL, TRUE, error)) ||
      (edit->presenter != NULL &&
       !set_string_if (store, item, "presenter", edit->presenter, FALSE, error)) ||
      (member_id != NULL &&
       !set_string_if (store, item, "presenter-member-id", member_id, TRUE, error)) ||
      (edit->minutes != -1 && edit->minutes != mv_agenda_item_get_duration_minutes (item) &&
       !mv_store_set (store, item, error, "duration-minutes", edit->minutes, NULL)) ||
      (edit->nav_decision_date != NULL &&
       !set_string_if (store, item, "nav-decision-date", edit->nav_decision_date, TRUE,
                       error)) ||
      (edit->public != -1 && !!edit->public != !!mv_agenda_item_get_public (item) &&
       !mv_store_set (store, item, error, "public", !!edit->public, NULL)) ||
      (edit->exempt_basis != -1 &&
       edit->exempt_basis != (int) mv_agenda_item_get_exempt_basis (item) &&
       !mv_store_set (store, item, error, "exempt-basis", edit->exempt_basis, NULL)) ||
      (edit->background != NULL &&
       !set_string_if (store, item, "background", edit->background, FALSE, error)) ||
      (edit->proposed_resolution != NULL &&
       !set_string_if (store, item, "proposed-resolution", edit->proposed_resolution, FALSE,
                       error)) ||
      (edit->conclusion != NULL &&
       !set_string_if (store, item, "conclusion", edit->conclusion, FALSE, error)))
    {
      mv_store_rollback (store);
      return FALSE;
    }

  if (!mv_store_commit (store, error))
    return FALSE;

  if (undo != NULL)
    *undo = g_steal_pointer (&before);
  return TRUE;
}

/* Puts the item back as it was before the operation: on its meeting at its
 * position with its number, or takes an added item away. A fixed number
 * that another item has taken in the meantime is replaced by the next free
 * one. Inside mv_undo_apply()'s batch. */
static gboolean
undo_placement (MvStore   *store,
                gpointer   data,
                GError   **error)
{
  Placement *undo = data;
  MvAgendaItem *item;
  MvMeeting *meeting = NULL;
  MvMeeting *current;
  MvCouncil *council;
  int number;

  item = undo->item;
  if (!(council = council_of_item (store, item, error)))
    return FALSE;
  if (undo->meeting_id != NULL &&
      !(meeting = mv_store_lookup (store, MV_TYPE_MEETING, undo->meeting_id)))
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                           _("The item’s meeting is no longer in the file"));
      return FALSE;
    }

  if (!undo->present)
    return mv_record_is_deleted (MV_RECORD (item)) ||
           remove_in_batch (store, council, item, error);

  if (mv_record_is_deleted (MV_RECORD (item)))
    {
      /* Back where it was deleted from, then to its old place. */
      if (!mv_store_restore (store, item, error))
        return FALSE;
    }
  current = meeting_of (store, item);

  if (!place_item (store, item, meeting, undo->position, TRUE, error))
    return FALSE;

  number = undo->number;
  if (undo->number_fixed && number_taken (store, item, undo->number_year, number))
    number = next_free_number (store, mv_agenda_item_get_council_id (item), undo->number_year,
                               item);
  return set_number (store, item, undo->number_year, number, undo->number_fixed, error) &&
         renumber_years (store, council, year_of (current), year_of (meeting), error);
}

/**
 * mv_agenda_restore_item:
 * @item: a removed item (mv_agenda_remove_item(), or found with
 *   mv_store_lookup_deleted())
 * @undo: (out) (optional): how to remove it again
 *
 * Brings a removed item back to where it was removed from: its meeting, at
 * its old position, with its number (a fixed number another item has taken
 * since is replaced by the next free one), or the backlog.
 */
gboolean
mv_agenda_restore_item (MvStore       *store,
                        MvAgendaItem  *item,
                        MvUndo       **undo,
                        GError       **error)
{
  Placement placement = { 0 };
  const char *meeting_id;
  MvMeeting *meeting = NULL;
  gboolean ok;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (item), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mv_record_is_deleted (MV_RECORD (item)))
    return TRUE;

  meeting_id = mv_agenda_item_get_meeting_id (item);
  if (meeting_id != NULL && !(meeting = mv_store_lookup (store, MV_TYPE_MEETING, meeting_id)))
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                           _("The item’s meeting is no longer in the file"));
      return FALSE;
    }
  if (meeting != NULL && !takes_items (meeting, error))
    return FALSE;

  if (!mv_store_begin (store, error))
    return FALSE;
  placement_init (&placement, item, TRUE);
  ok = undo_placement (store, &placement, error);
  placement_clear (&placement);
  if (!ok)
    {
      mv_store_rollback (store);
      return FALSE;
    }
  if (!mv_store_commit (store, error))
    return FALSE;

  if (undo != NULL)
    *undo = undo_new (item, FALSE);
  return TRUE;
}

/* --- Times ---------------------------------------------------------------- */

void
mv_agenda_times_free (MvAgendaTimes *times)
{
  if (times == NULL)
    return;
  g_clear_pointer (&times->items, g_ptr_array_unref);
  g_clear_pointer (&times->starts, g_ptr_array_unref);
  g_free (times);
}

/**
 * mv_agenda_start_times:
 *
 * Returns: (transfer full): each item's start – the meeting's start plus
 *   the minutes of the items before it – and the total against the
 *   meeting's length
 */
MvAgendaTimes *
mv_agenda_start_times (MvStore   *store,
                       MvMeeting *meeting)
{
  MvAgendaTimes *times;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  int start_minute, end_minute;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (MV_IS_MEETING (meeting), NULL);

  times = g_new0 (MvAgendaTimes, 1);
  times->items = mv_store_list_agenda (store, meeting);
  times->starts = g_ptr_array_new_with_free_func (g_free);
  start = mv_meeting_dup_start_time (meeting);
  end = mv_meeting_dup_end_time (meeting);

  for (guint i = 0; i < times->items->len; i++)
    {
      MvAgendaItem *item = g_ptr_array_index (times->items, i);

      g_ptr_array_add (times->starts, mv_time_add_minutes (start, times->total_minutes));
      times->total_minutes += mv_agenda_item_get_duration_minutes (item);
    }

  if (mv_time_parse (start, &start_minute) && mv_time_parse (end, &end_minute))
    {
      times->length_minutes = end_minute - start_minute;
      if (times->length_minutes < 0)
        times->length_minutes += 24 * 60;
    }
  times->overrun_minutes = MAX (0, times->total_minutes - times->length_minutes);
  return times;
}

/* --- Warnings --------------------------------------------------------------- */

static void
warning_free (gpointer data)
{
  MvAgendaWarning *warning = data;

  g_clear_object (&warning->item);
  g_free (warning->reason);
  g_free (warning);
}

static void
add_warning (GPtrArray           *warnings,
             MvAgendaWarningCode  code,
             MvAgendaItem        *item,
             char                *reason)
{
  MvAgendaWarning *warning = g_new0 (MvAgendaWarning, 1);

  warning->code = code;
  warning->item = item ? g_object_ref (item) : NULL;
  warning->reason = reason;
  g_ptr_array_add (warnings, warning);
}

static gboolean
is_blank (const char *s)
{
  if (s == NULL)
    return TRUE;
  for (; *s; s = g_utf8_next_char (s))
    if (!g_unichar_isspace (g_utf8_get_char (s)))
      return FALSE;
  return TRUE;
}

/**
 * mv_agenda_warnings:
 * @today: (nullable): the day to judge the notice by; %NULL for today
 *
 * Returns: (transfer full) (element-type MvAgendaWarning): what needs the
 *   secretary's attention on the meeting's agenda (see mv-agenda.h)
 */
GPtrArray *
mv_agenda_warnings (MvStore   *store,
                    MvMeeting *meeting,
                    GDate     *today)
{
  GPtrArray *warnings = g_ptr_array_new_with_free_func (warning_free);
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *meeting_date = NULL;
  const char *notice_date;
  GDate now;

  g_return_val_if_fail (MV_IS_STORE (store), warnings);
  g_return_val_if_fail (MV_IS_MEETING (meeting), warnings);

  if (today == NULL)
    {
      mv_date_set_today (&now);
      today = &now;
    }

  notice_date = mv_meeting_get_notice_date (meeting);
  /* The year plan marks the same meetings (mv_meeting_notice_overdue). */
  if (mv_meeting_notice_overdue (meeting, today))
    {
      /* In the sentence as everywhere else in the UI: «24. nov. 2026». */
      g_autofree char *due = mv_date_format_user (notice_date, MV_DATE_STYLE_SHORT);

      add_warning (warnings, MV_AGENDA_WARNING_NOTICE_LATE, NULL,
                   g_strdup_printf (_("The notice was due on %s and has not been sent"), due));
    }

  meeting_date = mv_meeting_dup_date (meeting);
  items = mv_store_list_agenda (store, meeting);
  for (guint i = 0; i < items->len; i++)
    {
      MvAgendaItem *item = g_ptr_array_index (items, i);
      MvItemKind kind = mv_agenda_item_get_kind (item);
      const char *decided = mv_agenda_item_get_nav_decision_date (item);

      if (kind == MV_ITEM_KIND_INPUT && decided != NULL && strlen (decided) >= 10 &&
          strncmp (decided, meeting_date, 10) <= 0)
        add_warning (warnings, MV_AGENDA_WARNING_DECIDED_BEFORE, item,
                     g_strdup (_("NAV decides before the council can give input")));

      if (!is_fixed (item) && kind != MV_ITEM_KIND_FIXED && kind != MV_ITEM_KIND_AOB &&
          is_blank (mv_agenda_item_get_presenter (item)))
        add_warning (warnings, MV_AGENDA_WARNING_NO_PRESENTER, item,
                     g_strdup (_("No one is set to present the item")));

      if (kind == MV_ITEM_KIND_DECISION && is_blank (mv_agenda_item_get_proposed_resolution (item)))
        add_warning (warnings, MV_AGENDA_WARNING_NO_RESOLUTION, item,
                     g_strdup (_("The decision item has no proposed resolution")));
    }

  return warnings;
}

/* --- Relevant organisations ------------------------------------------------ */

static const char * const small_words[] = {
  "og", "i", "av", "for", "med", "til", "på", "en", "et", "ei", "som", "fra", "om", "ved",
  "å", "de", "det", "den", "der", "eller", "under", "and", "the", "of", NULL
};

/* The words of @text: runs of letters and digits, with their marks (a
 * decomposed "å" is one letter), as the document search counts them. */
static GPtrArray *
split_words (const char *text)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  const char *start = NULL;
  const char *p;

  if (text == NULL)
    return words;

  for (p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean letter = c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c));

      if (letter && start == NULL)
        start = p;
      else if (!letter && start != NULL)
        {
          g_ptr_array_add (words, g_strndup (start, p - start));
          start = NULL;
        }
      if (c == 0)
        break;
    }
  return words;
}

static GPtrArray *
fold_words (GPtrArray *words)
{
  GPtrArray *folded = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < words->len; i++)
    g_ptr_array_add (folded, mv_text_fold (g_ptr_array_index (words, i)));
  return folded;
}

static void
relevant_free (gpointer data)
{
  MvRelevantOrganisation *relevant = data;

  g_clear_object (&relevant->organisation);
  g_clear_pointer (&relevant->words, g_ptr_array_unref);
  g_free (relevant);
}

static int
compare_relevant (gconstpointer a,
                  gconstpointer b)
{
  MvRelevantOrganisation *ra = *(MvRelevantOrganisation **) a;
  MvRelevantOrganisation *rb = *(MvRelevantOrganisation **) b;

  if (ra->words->len != rb->words->len)
    return ra->words->len > rb->words->len ? -1 : 1;
  return g_utf8_collate (mv_organisation_get_name (ra->organisation),
                         mv_organisation_get_name (rb->organisation));
}

static gboolean
word_matches (const char *area_word,
              GPtrArray  *text_words)
{
  glong length = g_utf8_strlen (area_word, -1);

  if (length < 3 || g_strv_contains (small_words, area_word))
    return FALSE;

  for (guint i = 0; i < text_words->len; i++)
    {
      const char *word = g_ptr_array_index (text_words, i);

      if (g_str_equal (word, area_word) || (length >= 4 && g_str_has_prefix (word, area_word)))
        return TRUE;
    }
  return FALSE;
}

/**
 * mv_agenda_relevant_organisations:
 *
 * Returns: (transfer full) (element-type MvRelevantOrganisation): the
 *   organisations whose areas of competence the item's title or background
 *   names (see mv-agenda.h), the most matches first
 */
GPtrArray *
mv_agenda_relevant_organisations (MvStore      *store,
                                  MvAgendaItem *item)
{
  GListModel *organisations = mv_store_get_model (store, MV_TYPE_ORGANISATION);
  GPtrArray *result = g_ptr_array_new_with_free_func (relevant_free);
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) raw = NULL;
  g_autoptr(GPtrArray) text_words = NULL;

  g_return_val_if_fail (MV_IS_STORE (store), result);
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (item), result);

  text = g_strconcat (mv_agenda_item_get_title (item), "\n",
                      mv_agenda_item_get_background (item) ? mv_agenda_item_get_background (item)
                                                           : "",
                      NULL);
  raw = split_words (text);
  text_words = fold_words (raw);

  for (guint i = 0; i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr(MvOrganisation) organisation = g_list_model_get_item (organisations, i);
      g_autoptr(GPtrArray) area_words = split_words (mv_organisation_get_areas (organisation));
      g_autoptr(GPtrArray) folded = fold_words (area_words);
      g_autoptr(GPtrArray) seen = g_ptr_array_new ();
      GPtrArray *matched = g_ptr_array_new_with_free_func (g_free);
      MvRelevantOrganisation *relevant;

      for (guint w = 0; w < folded->len; w++)
        {
          const char *f = g_ptr_array_index (folded, w);

          if (g_ptr_array_find_with_equal_func (seen, f, g_str_equal, NULL) ||
              !word_matches (f, text_words))
            continue;
          g_ptr_array_add (seen, (gpointer) f);
          g_ptr_array_add (matched, g_strdup (g_ptr_array_index (area_words, w)));
        }

      if (matched->len == 0)
        {
          g_ptr_array_unref (matched);
          continue;
        }

      relevant = g_new0 (MvRelevantOrganisation, 1);
      relevant->organisation = g_steal_pointer (&organisation);
      relevant->words = matched;
      g_ptr_array_add (result, relevant);
    }

  g_ptr_array_sort (result, compare_relevant);
  return result;
}

/* --- Snapshots: undo for changes to whole meetings ----------------------- */

typedef struct
{
  GPtrArray *meetings;   /* of MvMeeting */
  GArray    *statuses;   /* of MvMeetingStatus, one per meeting */
  GArray    *placements; /* of Placement */
} Snapshot;

static void
snapshot_free (gpointer data)
{
  Snapshot *snapshot = data;

  if (snapshot == NULL)
    return;
  g_ptr_array_unref (snapshot->meetings);
  g_array_unref (snapshot->statuses);
  g_array_unref (snapshot->placements);
  g_free (snapshot);
}

static gboolean snapshot_restore (MvStore   *store,
                                  gpointer   data,
                                  GError   **error);

/**
 * mv_agenda_snapshot_add:
 * @meeting: a meeting about to change as a whole (cancelled, say)
 * @other: (nullable): a second meeting the change touches, such as the
 *   one that takes the first one's items
 *
 * Notes in @undo the meetings' status and where each of their items
 * stands. Played back, the step puts the meetings' status and their items
 * back as they were, and numbers their years again.
 */
void
mv_agenda_snapshot_add (MvUndo    *undo,
                        MvStore   *store,
                        MvMeeting *meeting,
                        MvMeeting *other)
{
  Snapshot *snapshot;
  MvMeeting *meetings[] = { meeting, other };

  g_return_if_fail (undo != NULL);
  g_return_if_fail (MV_IS_STORE (store));
  g_return_if_fail (MV_IS_MEETING (meeting));
  g_return_if_fail (other == NULL || MV_IS_MEETING (other));

  snapshot = g_new0 (Snapshot, 1);
  snapshot->meetings = g_ptr_array_new_with_free_func (g_object_unref);
  snapshot->statuses = g_array_new (FALSE, FALSE, sizeof (MvMeetingStatus));
  snapshot->placements = g_array_new (FALSE, TRUE, sizeof (Placement));
  g_array_set_clear_func (snapshot->placements, placement_clear);

  for (guint m = 0; m < G_N_ELEMENTS (meetings) && meetings[m] != NULL; m++)
    {
      g_autoptr(GPtrArray) items = mv_store_list_agenda (store, meetings[m]);
      MvMeetingStatus status = mv_meeting_get_status (meetings[m]);

      g_ptr_array_add (snapshot->meetings, g_object_ref (meetings[m]));
      g_array_append_val (snapshot->statuses, status);
      for (guint i = 0; i < items->len; i++)
        {
          MvAgendaItem *item = g_ptr_array_index (items, i);
          Placement p = { 0 };

          placement_init (&p, item, TRUE);
          g_array_append_val (snapshot->placements, p);
        }
    }

  mv_undo_add_step (undo, snapshot_restore, snapshot, snapshot_free);
}

/**
 * mv_agenda_snapshot_new:
 *
 * An undo of one mv_agenda_snapshot_add() step.
 *
 * Returns: (transfer full): the undo
 */
MvUndo *
mv_agenda_snapshot_new (MvStore   *store,
                        MvMeeting *meeting,
                        MvMeeting *other)
{
  MvUndo *undo = mv_undo_new ();

  mv_agenda_snapshot_add (undo, store, meeting, other);
  return undo;
}

typedef struct
{
  char *council_id;
  int   year;
} Renumbering;

static void
renumbering_free (gpointer data)
{
  Renumbering *r = data;

  g_free (r->council_id);
  g_free (r);
}

static gboolean
undo_renumber (MvStore   *store,
               gpointer   data,
               GError   **error)
{
  Renumbering *r = data;
  MvCouncil *council = mv_store_lookup (store, MV_TYPE_COUNCIL, r->council_id);

  return council == NULL || mv_agenda_renumber (store, council, r->year, error);
}

/**
 * mv_agenda_undo_renumber:
 * @year: a year of the council's meetings
 *
 * Adds a step to @undo that numbers the council's @year again, for a
 * change that moved a meeting out of that year.
 */
void
mv_agenda_undo_renumber (MvUndo    *undo,
                         MvCouncil *council,
                         int        year)
{
  Renumbering *r;

  g_return_if_fail (undo != NULL);
  g_return_if_fail (MV_IS_COUNCIL (council));

  r = g_new0 (Renumbering, 1);
  r->council_id = g_strdup (mv_record_get_id (MV_RECORD (council)));
  r->year = year;
  mv_undo_add_step (undo, undo_renumber, r, renumbering_free);
}

static gboolean
in_snapshot (Snapshot     *snapshot,
             MvAgendaItem *item)
{
  for (guint i = 0; i < snapshot->placements->len; i++)
    if (g_array_index (snapshot->placements, Placement, i).item == item)
      return TRUE;
  return FALSE;
}

/* Inside mv_undo_apply()'s batch. */
static gboolean
snapshot_restore (MvStore   *store,
                  gpointer   data,
                  GError   **error)
{
  Snapshot *snapshot = data;
  MvCouncil *council;

  council = mv_store_lookup (store, MV_TYPE_COUNCIL,
                             mv_meeting_get_council_id (g_ptr_array_index (snapshot->meetings, 0)));
  if (council == NULL)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                           _("The meeting’s council is no longer in the file"));
      return FALSE;
    }

  for (guint m = 0; m < snapshot->meetings->len; m++)
    if (!mv_store_set (store, g_ptr_array_index (snapshot->meetings, m), error,
                       "status", g_array_index (snapshot->statuses, MvMeetingStatus, m), NULL))
      return FALSE;

  for (guint i = 0; i < snapshot->placements->len; i++)
    {
      Placement *p = &g_array_index (snapshot->placements, Placement, i);

      if (mv_record_is_deleted (MV_RECORD (p->item)))
        continue;
      if (!mv_store_set (store, p->item, error,
                         "meeting-id", p->meeting_id,
                         "position", p->position,
                         "number-year", p->number_year,
                         "number", p->number,
                         "number-fixed", p->number_fixed,
                         NULL))
        return FALSE;
    }

  /* Items that joined a meeting since keep their place before "any other
   * business"; if they took a fixed number after the notice that is now
   * undone, they follow the order again. */
  for (guint m = 0; m < snapshot->meetings->len; m++)
    {
      MvMeeting *meeting = g_ptr_array_index (snapshot->meetings, m);
      gboolean planned = mv_meeting_get_status (meeting) == MV_MEETING_STATUS_PLANNED;
      g_autoptr(GPtrArray) items = mv_store_list_agenda (store, meeting);
      g_autoptr(GPtrArray) order = g_ptr_array_new ();
      g_autoptr(GPtrArray) closing = g_ptr_array_new ();

      for (guint i = 0; i < items->len; i++)
        {
          MvAgendaItem *item = g_ptr_array_index (items, i);

          if (is_closing (item))
            g_ptr_array_add (closing, item);
          else if (in_snapshot (snapshot, item))
            g_ptr_array_add (order, item);
        }
      for (guint i = 0; i < items->len; i++)
        {
          MvAgendaItem *item = g_ptr_array_index (items, i);

          if (is_closing (item) || in_snapshot (snapshot, item))
            continue;
          if (planned && mv_agenda_item_get_number_fixed (item) &&
              !mv_store_set (store, item, error, "number-fixed", FALSE, NULL))
            return FALSE;
          g_ptr_array_add (order, item);
        }
      g_ptr_array_extend (order, closing, NULL, NULL);
      if (!write_positions (store, order, error))
        return FALSE;
    }

  for (guint m = 0; m < snapshot->meetings->len; m++)
    if (!mv_agenda_renumber (store, council, year_of (g_ptr_array_index (snapshot->meetings, m)),
                             error))
      return FALSE;

  return TRUE;
}
