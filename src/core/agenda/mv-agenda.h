/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-agenda-item.h"
#include "mv-council.h"
#include "mv-meeting.h"
#include "mv-organisation.h"
#include "mv-store.h"
#include "mv-undo.h"

G_BEGIN_DECLS

/* Agenda items: the fixed items of a new meeting, the running
 * numbers ("Sak 07/27"), moving and ordering items, start times, warnings
 * and the organisations an item concerns.
 *
 * The agenda. A meeting's items have positions 0 … n−1 without gaps; the
 * backlog (items without a meeting) is kept the same way per council. A
 * new meeting starts with the council's fixed items in their order, "any
 * other business" (fixed-kind aob) always last; "approval of the minutes"
 * is linked (linked-meeting-id) to the council's previous meeting that is
 * not cancelled. An item added or moved to a meeting goes before "any
 * other business" unless a position says otherwise, and never after it. A
 * fixed item belongs to its meeting: it can be reordered or removed for
 * that meeting (a soft delete, mv_agenda_remove_item()) but not moved.
 * Held meetings (held, minutes approved) and cancelled ones take no items
 * and give none away.
 *
 * Numbers. Every item on a meeting's agenda, fixed items included, has a
 * number within the year of its meeting (number-year), shown "NN/YY". The
 * numbers run through the council's year in meeting order (by starts-at,
 * cancelled meetings skipped): the first item of the year's first meeting
 * is 01, and each meeting continues where the one before ended.
 *  - Provisional numbers (number-fixed FALSE) belong to meetings whose
 *    notice has not been sent; they follow the agenda order and are
 *    recomputed by mv_agenda_renumber() after every change: each continues
 *    after the highest number used before it in the year, skipping numbers
 *    that are fixed anywhere in the year, so two items never share one.
 *  - Sending the notice (mv_agenda_send_notice()) fixes the meeting's
 *    numbers (number-fixed TRUE). A fixed number never changes again, even
 *    when items are reordered.
 *  - An item added or moved to a meeting after its notice takes the next
 *    free number of the year: one above the highest fixed number of that
 *    year, fixed at once. (Provisional numbers of later meetings are not
 *    counted: they move up behind it, so the year has no gaps.)
 *  - Backlog items have no number (0): an item that goes back to the
 *    backlog gives its number up (a fixed one leaves a gap). The items left
 *    on a cancelled meeting lose a provisional number and keep a fixed one.
 *  - An item that moves to a meeting in another year loses a fixed number
 *    of its old year and is numbered in the new one.
 *
 * Undo. Each operation runs in one transaction and can hand back an
 * MvUndo that mv_undo_apply() plays back: the item returns to its meeting,
 * position and number (an added item is removed again, a removed one
 * restored). */

/* Operations ------------------------------------------------------------ */

/* Writes through the caller's batch: call between mv_store_begin() and
 * mv_store_commit(). Skips fixed kinds the agenda already has. */
gboolean      mv_agenda_add_fixed_items   (MvStore        *store,
                                           MvMeeting      *meeting,
                                           GError        **error);

/* Also through the caller's batch, if any; the operations below call it,
 * and so do mv_meeting_move() and mv_meeting_cancel(). It also links the
 * approval of the minutes on every meeting still planned to the previous
 * meeting that is not cancelled; once the notice is sent the link stays. */
gboolean      mv_agenda_renumber          (MvStore        *store,
                                           MvCouncil      *council,
                                           int             year,
                                           GError        **error);

gboolean      mv_agenda_send_notice       (MvStore        *store,
                                           MvMeeting      *meeting,
                                           GError        **error);
/* What sending the notice does to the numbers, through the caller's
 * batch; mv_meeting_update() calls it. */
gboolean      mv_agenda_fix_numbers       (MvStore        *store,
                                           MvMeeting      *meeting,
                                           GError        **error);

#define MV_AGENDA_BEFORE_AOB (-1)

gboolean      mv_agenda_move              (MvStore        *store,
                                           MvAgendaItem   *item,
                                           MvMeeting      *meeting,
                                           int             position,
                                           MvUndo        **undo,
                                           GError        **error);
gboolean      mv_agenda_reorder           (MvStore        *store,
                                           MvAgendaItem   *item,
                                           int             new_position,
                                           MvUndo        **undo,
                                           GError        **error);
MvAgendaItem *mv_agenda_add_item          (MvStore        *store,
                                           MvCouncil      *council,
                                           MvMeeting      *meeting,
                                           const char     *title,
                                           MvItemKind      kind,
                                           int             minutes,
                                           const char     *presenter,
                                           const char     *nav_decision_date,
                                           MvUndo        **undo,
                                           GError        **error);
gboolean      mv_agenda_remove_item       (MvStore        *store,
                                           MvAgendaItem   *item,
                                           MvUndo        **undo,
                                           GError        **error);

/* What mv_agenda_update_item() changes; a field left as in
 * MV_AGENDA_ITEM_EDIT_INIT stays as it is. Pointers are borrowed. */
typedef struct
{
  const char *title;                     /* not blank */
  int         kind;                      /* an MvItemKind; −1 keeps it */
  int         raised_by;                 /* an MvRaisedBy; −1 keeps it and the organisation */
  const char *raised_by_organisation_id; /* the organisation, with MV_RAISED_BY_ORGANISATION */
  const char *presenter;
  const char *presenter_member_id;       /* a member's id; "" for none */
  int         minutes;                   /* 0–1440; −1 keeps them */
  const char *nav_decision_date;         /* "YYYY-MM-DD"; "" for none */
  int         public;                    /* TRUE or FALSE; −1 keeps it */
  const char *background;
  const char *proposed_resolution;
  const char *conclusion;
  int         exempt_basis;              /* an MvExemptBasis; −1 keeps it */
} MvAgendaItemEdit;

#define MV_AGENDA_ITEM_EDIT_INIT \
  { NULL, -1, -1, NULL, NULL, NULL, -1, NULL, -1, NULL, NULL, NULL, -1 }

gboolean      mv_agenda_update_item       (MvStore                 *store,
                                           MvAgendaItem            *item,
                                           const MvAgendaItemEdit  *edit,
                                           MvUndo                 **undo,
                                           GError                 **error);
gboolean      mv_agenda_restore_item      (MvStore        *store,
                                           MvAgendaItem   *item,
                                           MvUndo        **undo,
                                           GError        **error);

/* Times ------------------------------------------------------------------ */

typedef struct
{
  GPtrArray *items;            /* of MvAgendaItem, in agenda order */
  GPtrArray *starts;           /* of char *, "HH:MM", one per item */
  int        total_minutes;    /* the items' minutes together */
  int        length_minutes;   /* the meeting's, from starts-at to ends-at */
  int        overrun_minutes;  /* total − length when positive, else 0 */
} MvAgendaTimes;

MvAgendaTimes *mv_agenda_start_times      (MvStore        *store,
                                           MvMeeting      *meeting);
void           mv_agenda_times_free       (MvAgendaTimes  *times);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MvAgendaTimes, mv_agenda_times_free)

/* Warnings ---------------------------------------------------------------
 *
 * DECIDED_BEFORE: an input item whose NAV decision date is on or before the
 *   day of the meeting.
 * NO_PRESENTER: a case without a presenter. Fixed items (kind fixed or
 *   aob, or any fixed-kind) need none: the chair leads the approvals and
 *   "any other business", the representatives give their reports.
 * NO_RESOLUTION: a decision item without a proposed resolution.
 * NOTICE_LATE: the meeting is still planned after its notice date. */

typedef enum
{
  MV_AGENDA_WARNING_DECIDED_BEFORE,
  MV_AGENDA_WARNING_NO_PRESENTER,
  MV_AGENDA_WARNING_NO_RESOLUTION,
  MV_AGENDA_WARNING_NOTICE_LATE,
} MvAgendaWarningCode;

typedef struct
{
  MvAgendaWarningCode  code;
  MvAgendaItem        *item;    /* NULL for the meeting as a whole */
  char                *reason;  /* translated */
} MvAgendaWarning;

/* @today: (nullable): NULL for today. Returns (transfer full) warnings of
 * MvAgendaWarning: the meeting's first, then the items' in agenda order. */
GPtrArray    *mv_agenda_warnings          (MvStore        *store,
                                           MvMeeting      *meeting,
                                           GDate          *today);

/* Relevant organisations --------------------------------------------------
 *
 * An organisation is relevant to an item when a word of its areas of
 * competence (the areas are ", "-separated) occurs in the item's title or
 * background: compared as mv_text_fold() leaves them (so Æ/æ, Ø/ø, Å/å are
 * alike, and a composed "å" is a decomposed one), either as the whole word
 * or – for area words of at least four letters – as the start of a longer
 * word ("uføretrygd" finds "uføretrygden"). Small words ("og", "i", …) and
 * words under three letters never match. Organisations of every kind are
 * judged; the most matches first, then by name. */

typedef struct
{
  MvOrganisation *organisation;
  GPtrArray      *words;       /* of char *: the area words that matched, as the areas spell them */
} MvRelevantOrganisation;

GPtrArray    *mv_agenda_relevant_organisations (MvStore      *store,
                                                MvAgendaItem *item);

/* Undo for a change to whole meetings, such as cancelling one: their
 * status and where each of their items stood; as an undo of its own, or
 * as a step of another. */
MvUndo       *mv_agenda_snapshot_new      (MvStore        *store,
                                           MvMeeting      *meeting,
                                           MvMeeting      *other);
void          mv_agenda_snapshot_add      (MvUndo         *undo,
                                           MvStore        *store,
                                           MvMeeting      *meeting,
                                           MvMeeting      *other);
/* A step that numbers the council's @year again. */
void          mv_agenda_undo_renumber     (MvUndo         *undo,
                                           MvCouncil      *council,
                                           int             year);

G_END_DECLS
