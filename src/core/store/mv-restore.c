/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mv-agenda.h"
#include "mv-dates.h"
#include "mv-document.h"
#include "mv-error.h"
#include "mv-members.h"
#include "mv-restore.h"
#include "mv-user-group.h"
#include "mv-year-plan.h"

/* The kinds a secretary removes, and so may want back. */
static GType
restorable_type (guint i)
{
  switch (i)
    {
    case 0: return MV_TYPE_MEMBER;
    case 1: return MV_TYPE_MEETING;
    case 2: return MV_TYPE_AGENDA_ITEM;
    case 3: return MV_TYPE_DOCUMENT;
    case 4: return MV_TYPE_USER_GROUP;
    default: return G_TYPE_INVALID;
    }
}

/* A record with nothing derived from it: back as it was. */
static gboolean
restore_plain (MvStore   *store,
               MvRecord  *record,
               MvUndo    *undo,
               GError   **error)
{
  if (!mv_store_begin (store, error))
    return FALSE;
  mv_undo_note_record (undo, record);
  if (!mv_store_restore (store, record, error))
    {
      mv_store_rollback (store);
      return FALSE;
    }
  return mv_store_commit (store, error);
}

static gboolean
restore_document (MvStore     *store,
                  MvDocument  *document,
                  MvUndo      *undo,
                  GError     **error)
{
  const char *item_id = mv_document_get_item_id (document);
  const char *meeting_id = mv_document_get_meeting_id (document);

  if (item_id != NULL && mv_store_lookup (store, MV_TYPE_AGENDA_ITEM, item_id) == NULL)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                   _("The item of “%s” has been removed; restore the item “%s” first"),
                   mv_document_get_title (document), item_id);
      return FALSE;
    }
  if (meeting_id != NULL && mv_store_lookup (store, MV_TYPE_MEETING, meeting_id) == NULL)
    {
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                   _("The meeting of “%s” has been removed; restore the meeting “%s” first"),
                   mv_document_get_title (document), meeting_id);
      return FALSE;
    }

  return restore_plain (store, MV_RECORD (document), undo, error);
}

typedef struct
{
  char *council_id;
  int   year;
} Year;

static void
year_free (gpointer data)
{
  Year *year = data;

  g_free (year->council_id);
  g_free (year);
}

/* After the meeting has gone again: the year's numbers without it. */
static gboolean
renumber_year (MvStore   *store,
               gpointer   data,
               GError   **error)
{
  Year *year = data;
  MvCouncil *council = mv_store_lookup (store, MV_TYPE_COUNCIL, year->council_id);

  return council == NULL || mv_agenda_renumber (store, council, year->year, error);
}

/* A meeting counts in its year's numbers again. */
static gboolean
restore_meeting (MvStore    *store,
                 MvMeeting  *meeting,
                 MvUndo     *undo,
                 GError    **error)
{
  MvCouncil *council = mv_store_lookup (store, MV_TYPE_COUNCIL,
                                        mv_meeting_get_council_id (meeting));
  Year *year;
  GDate date;

  if (council == NULL)
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                           _("The meeting’s council is no longer in the file"));
      return FALSE;
    }

  year = g_new0 (Year, 1);
  year->council_id = g_strdup (mv_meeting_get_council_id (meeting));
  year->year = mv_date_parse (mv_meeting_get_starts_at (meeting), &date)
               ? g_date_get_year (&date) : 0;

  if (!mv_store_begin (store, error))
    {
      year_free (year);
      return FALSE;
    }
  /* Played back last first: the meeting goes, then the year is numbered. */
  mv_undo_add_step (undo, renumber_year, year, year_free);
  mv_undo_note_record (undo, meeting);
  if (!mv_store_restore (store, meeting, error) ||
      (year->year > 0 && !mv_agenda_renumber (store, council, year->year, error)))
    {
      mv_store_rollback (store);
      return FALSE;
    }
  return mv_store_commit (store, error);
}

/**
 * mv_restore_by_id:
 * @undo: (out) (optional): how to remove the record again
 *
 * See mv-restore.h.
 */
MvRecord *
mv_restore_by_id (MvStore     *store,
                  const char  *id,
                  MvUndo     **undo,
                  GError     **error)
{
  g_autoptr(MvUndo) done = NULL;
  MvRecord *record = NULL;
  gboolean ok;
  GType type = G_TYPE_INVALID;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint i = 0; record == NULL && (type = restorable_type (i)) != G_TYPE_INVALID; i++)
    record = mv_store_lookup_deleted (store, type, id);

  if (record == NULL)
    {
      for (guint i = 0; restorable_type (i) != G_TYPE_INVALID; i++)
        if (mv_store_lookup (store, restorable_type (i), id) != NULL)
          {
            g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                         _("“%s” has not been removed; there is nothing to restore"), id);
            return NULL;
          }
      g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                   _("Nothing removed has the id “%s”"), id);
      return NULL;
    }

  if (MV_IS_MEMBER (record))
    ok = mv_members_restore (store, MV_MEMBER (record), &done, error);
  else if (MV_IS_AGENDA_ITEM (record))
    ok = mv_agenda_restore_item (store, MV_AGENDA_ITEM (record), &done, error);
  else
    {
      done = mv_undo_new ();
      if (MV_IS_MEETING (record))
        ok = restore_meeting (store, MV_MEETING (record), done, error);
      else if (MV_IS_DOCUMENT (record))
        ok = restore_document (store, MV_DOCUMENT (record), done, error);
      else
        ok = restore_plain (store, record, done, error);
    }

  if (!ok)
    return NULL;
  if (undo != NULL)
    *undo = g_steal_pointer (&done);
  return record;
}
