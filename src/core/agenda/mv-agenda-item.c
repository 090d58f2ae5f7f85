/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mv-enum-types.h"
#include "mv-agenda-item.h"
#include "mv-text.h"

struct _MvAgendaItem
{
  MvRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (MvAgendaItem, mv_agenda_item, MV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_COUNCIL_ID,
  PROP_MEETING_ID,
  PROP_POSITION,
  PROP_NUMBER_YEAR,
  PROP_NUMBER,
  PROP_NUMBER_FIXED,
  PROP_TITLE,
  PROP_KIND,
  PROP_FIXED_KIND,
  PROP_RAISED_BY,
  PROP_RAISED_BY_ORGANISATION_ID,
  PROP_PRESENTER,
  PROP_PRESENTER_MEMBER_ID,
  PROP_DURATION_MINUTES,
  PROP_BACKGROUND,
  PROP_PROPOSED_RESOLUTION,
  PROP_CONCLUSION,
  PROP_NAV_DECISION_DATE,
  PROP_PUBLIC,
  PROP_LINKED_MEETING_ID,
  PROP_FOLLOWUP_OWNER,
  PROP_FOLLOWUP_DUE,
  PROP_FOLLOWUP_STATUS,
  PROP_FOLLOWUP_NOTE,
  PROP_EXEMPT_BASIS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mv_agenda_item_class_init (MvAgendaItemClass *klass)
{
  properties[PROP_COUNCIL_ID] = mv_param_string ("council-id", NULL);
  properties[PROP_MEETING_ID] = mv_param_string ("meeting-id", NULL);
  properties[PROP_POSITION] = mv_param_int ("position", 0, 100000, 0);
  properties[PROP_NUMBER_YEAR] = mv_param_int ("number-year", 0, 9999, 0);
  properties[PROP_NUMBER] = mv_param_int ("number", 0, 100000, 0);
  properties[PROP_NUMBER_FIXED] = mv_param_boolean ("number-fixed", FALSE);
  properties[PROP_TITLE] = mv_param_text ("title", "", N_("Title"), MV_TEXT_NAME_MAX);
  properties[PROP_KIND] = mv_param_enum ("kind", MV_TYPE_ITEM_KIND, MV_ITEM_KIND_INFORMATION);
  properties[PROP_FIXED_KIND] = mv_param_enum ("fixed-kind", MV_TYPE_FIXED_KIND, MV_FIXED_KIND_NONE);
  properties[PROP_RAISED_BY] = mv_param_enum ("raised-by", MV_TYPE_RAISED_BY, MV_RAISED_BY_NONE);
  properties[PROP_RAISED_BY_ORGANISATION_ID] = mv_param_string ("raised-by-organisation-id", NULL);
  properties[PROP_PRESENTER] = mv_param_text ("presenter", "", N_("Presenter"), MV_TEXT_NAME_MAX);
  properties[PROP_PRESENTER_MEMBER_ID] = mv_param_string ("presenter-member-id", NULL);
  properties[PROP_DURATION_MINUTES] = mv_param_int ("duration-minutes", 0, 1440, 15);
  properties[PROP_BACKGROUND] = mv_param_text ("background", "", N_("Background"), MV_TEXT_LONG_MAX);
  properties[PROP_PROPOSED_RESOLUTION] = mv_param_text ("proposed-resolution", "", N_("Proposed resolution"), MV_TEXT_LONG_MAX);
  properties[PROP_CONCLUSION] = mv_param_text ("conclusion", "", N_("Conclusion"), MV_TEXT_LONG_MAX);
  properties[PROP_NAV_DECISION_DATE] = mv_param_string ("nav-decision-date", NULL);
  properties[PROP_PUBLIC] = mv_param_boolean ("public", TRUE);
  properties[PROP_LINKED_MEETING_ID] = mv_param_string ("linked-meeting-id", NULL);
  properties[PROP_FOLLOWUP_OWNER] = mv_param_text ("followup-owner", "", N_("Follow-up owner"), MV_TEXT_NAME_MAX);
  properties[PROP_FOLLOWUP_DUE] = mv_param_string ("followup-due", NULL);
  properties[PROP_FOLLOWUP_STATUS] = mv_param_enum ("followup-status", MV_TYPE_FOLLOWUP_STATUS, MV_FOLLOWUP_STATUS_NONE);
  properties[PROP_FOLLOWUP_NOTE] = mv_param_text ("followup-note", "", N_("Follow-up note"), MV_TEXT_LONG_MAX);

  properties[PROP_EXEMPT_BASIS] = mv_param_enum ("exempt-basis", MV_TYPE_EXEMPT_BASIS,
                                                 MV_EXEMPT_BASIS_OFFL_13_FVL_13);

  mv_record_class_install (MV_RECORD_CLASS (klass), "agenda_items", properties, N_PROPS);
}

static void
mv_agenda_item_init (MvAgendaItem *self)
{
}

const char *
mv_agenda_item_get_council_id (MvAgendaItem *self)
{
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_COUNCIL_ID]);
}

const char *
mv_agenda_item_get_meeting_id (MvAgendaItem *self)
{
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_MEETING_ID]);
}

int
mv_agenda_item_get_position (MvAgendaItem *self)
{
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (self), 0);

  return MV_RECORD_INT (self, properties[PROP_POSITION]);
}

int
mv_agenda_item_get_number_year (MvAgendaItem *self)
{
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (self), 0);

  return MV_RECORD_INT (self, properties[PROP_NUMBER_YEAR]);
}

int
mv_agenda_item_get_number (MvAgendaItem *self)
{
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (self), 0);

  return MV_RECORD_INT (self, properties[PROP_NUMBER]);
}

gboolean
mv_agenda_item_get_number_fixed (MvAgendaItem *self)
{
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (self), 0);

  return MV_RECORD_BOOLEAN (self, properties[PROP_NUMBER_FIXED]);
}

const char *
mv_agenda_item_get_title (MvAgendaItem *self)
{
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_TITLE]);
}

MvItemKind
mv_agenda_item_get_kind (MvAgendaItem *self)
{
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (self), 0);

  return MV_RECORD_ENUM (self, properties[PROP_KIND]);
}

MvFixedKind
mv_agenda_item_get_fixed_kind (MvAgendaItem *self)
{
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (self), 0);

  return MV_RECORD_ENUM (self, properties[PROP_FIXED_KIND]);
}

MvRaisedBy
mv_agenda_item_get_raised_by (MvAgendaItem *self)
{
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (self), 0);

  return MV_RECORD_ENUM (self, properties[PROP_RAISED_BY]);
}

const char *
mv_agenda_item_get_presenter (MvAgendaItem *self)
{
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_PRESENTER]);
}

int
mv_agenda_item_get_duration_minutes (MvAgendaItem *self)
{
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (self), 0);

  return MV_RECORD_INT (self, properties[PROP_DURATION_MINUTES]);
}

const char *
mv_agenda_item_get_background (MvAgendaItem *self)
{
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_BACKGROUND]);
}

const char *
mv_agenda_item_get_proposed_resolution (MvAgendaItem *self)
{
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_PROPOSED_RESOLUTION]);
}

const char *
mv_agenda_item_get_conclusion (MvAgendaItem *self)
{
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_CONCLUSION]);
}

const char *
mv_agenda_item_get_nav_decision_date (MvAgendaItem *self)
{
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_NAV_DECISION_DATE]);
}

gboolean
mv_agenda_item_get_public (MvAgendaItem *self)
{
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (self), 0);

  return MV_RECORD_BOOLEAN (self, properties[PROP_PUBLIC]);
}

/* What the public papers cite in the item's place when it is not public. */
MvExemptBasis
mv_agenda_item_get_exempt_basis (MvAgendaItem *self)
{
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (self), 0);

  return MV_RECORD_ENUM (self, properties[PROP_EXEMPT_BASIS]);
}
