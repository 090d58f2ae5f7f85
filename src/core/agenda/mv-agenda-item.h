/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-enums.h"
#include "mv-record.h"

G_BEGIN_DECLS

#define MV_TYPE_AGENDA_ITEM (mv_agenda_item_get_type ())

G_DECLARE_FINAL_TYPE (MvAgendaItem, mv_agenda_item, MV, AGENDA_ITEM, MvRecord)

const char  *mv_agenda_item_get_council_id          (MvAgendaItem *self);
const char  *mv_agenda_item_get_meeting_id          (MvAgendaItem *self);
int          mv_agenda_item_get_position            (MvAgendaItem *self);
int          mv_agenda_item_get_number_year         (MvAgendaItem *self);
int          mv_agenda_item_get_number              (MvAgendaItem *self);
gboolean     mv_agenda_item_get_number_fixed        (MvAgendaItem *self);
const char  *mv_agenda_item_get_title               (MvAgendaItem *self);
MvItemKind   mv_agenda_item_get_kind                (MvAgendaItem *self);
MvFixedKind  mv_agenda_item_get_fixed_kind          (MvAgendaItem *self);
MvRaisedBy   mv_agenda_item_get_raised_by           (MvAgendaItem *self);
const char  *mv_agenda_item_get_presenter           (MvAgendaItem *self);
int          mv_agenda_item_get_duration_minutes    (MvAgendaItem *self);
const char  *mv_agenda_item_get_background          (MvAgendaItem *self);
const char  *mv_agenda_item_get_proposed_resolution (MvAgendaItem *self);
const char  *mv_agenda_item_get_conclusion          (MvAgendaItem *self);
const char  *mv_agenda_item_get_nav_decision_date   (MvAgendaItem *self);
gboolean     mv_agenda_item_get_public              (MvAgendaItem *self);
MvExemptBasis mv_agenda_item_get_exempt_basis       (MvAgendaItem *self);

G_END_DECLS
