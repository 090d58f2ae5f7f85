/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mv-enum-types.h"
#include "mv-enums.h"

const char *
mv_enum_to_nick (GType enum_type,
                 int   value)
{
  GEnumClass *klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  g_type_class_unref (klass);
  return ev ? ev->value_nick : NULL;
}

gboolean
mv_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  GEnumClass *klass;
  GEnumValue *ev;

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value_by_nick (klass, nick);
  g_type_class_unref (klass);

  if (ev == NULL)
    return FALSE;
  *value = ev->value;
  return TRUE;
}

typedef struct
{
  GType     (*get_type) (void);
  const char *context;     /* a word can mean two things: "Open" status, "Open" button */
  const char *labels[10];
} Labels;

/* What the user reads, in the order of the enum's values. */
static const Labels labels[] = {
  { mv_council_level_get_type, "council level",
    { NC_("council level", "Local"),
      NC_("council level", "County"),
      NC_("council level", "Central"),
      NC_("council level", "Other") } },
  { mv_language_get_type, "document language",
    { NC_("document language", "Norwegian Bokmål"),
      NC_("document language", "Norwegian Nynorsk"),
      NC_("document language", "English") } },
  { mv_organisation_kind_get_type, "organisation kind",
    { NC_("organisation kind", "User organisation"),
      NC_("organisation kind", "NAV"),
      NC_("organisation kind", "Municipality"),
      NC_("organisation kind", "Other") } },
  { mv_member_role_get_type, "member role",
    { NC_("member role", "Chair"),
      NC_("member role", "Vice-chair"),
      NC_("member role", "Member"),
      NC_("member role", "Deputy"),
      NC_("member role", "Secretary"),
      NC_("member role", "NAV leader"),
      NC_("member role", "NAV staff"),
      NC_("member role", "Observer") } },
  { mv_gender_get_type, "gender",
    { NC_("gender", "Not given"),
      NC_("gender", "Female"),
      NC_("gender", "Male"),
      NC_("gender", "Other") } },
  { mv_meeting_kind_get_type, "meeting kind",
    { NC_("meeting kind", "Ordinary"),
      NC_("meeting kind", "Extraordinary"),
      NC_("meeting kind", "Workshop"),
      NC_("meeting kind", "Joint meeting"),
      NC_("meeting kind", "Open meeting") } },
  { mv_meeting_status_get_type, "meeting status",
    { NC_("meeting status", "Planned"),
      NC_("meeting status", "Notice sent"),
      NC_("meeting status", "Held"),
      NC_("meeting status", "Minutes approved"),
      NC_("meeting status", "Cancelled") } },
  { mv_item_kind_get_type, "item kind",
    { NC_("item kind", "Fixed item"),
      NC_("item kind", "Information"),
      NC_("item kind", "Discussion"),
      NC_("item kind", "Input"),
      NC_("item kind", "Decision"),
      NC_("item kind", "Any other business") } },
  { mv_fixed_kind_get_type, "fixed item",
    { NC_("fixed item", "None"),
      NC_("fixed item", "Approval of notice and agenda"),
      NC_("fixed item", "Approval of minutes"),
      NC_("fixed item", "Reports from the organisations"),
      NC_("fixed item", "Any other business"),
      NC_("fixed item", "Other") } },
  { mv_raised_by_get_type, "raised by",
    { NC_("raised by", "Not given"),
      NC_("raised by", "NAV"),
      NC_("raised by", "Organisation"),
      NC_("raised by", "The council") } },
  { mv_followup_status_get_type, "follow-up status",
    { NC_("follow-up status", "None"),
      NC_("follow-up status", "Open"),
      NC_("follow-up status", "In progress"),
      NC_("follow-up status", "Done") } },
  { mv_attendance_status_get_type, "attendance",
    { NC_("attendance", "Present"),
      NC_("attendance", "Apologies"),
      NC_("attendance", "Absent") } },
  { mv_contact_shown_get_type, "contact shown",
    { NC_("contact shown", "E-mail only"),
      NC_("contact shown", "E-mail and phone"),
      NC_("contact shown", "Phone only"),
      NC_("contact shown", "Neither") } },
  { mv_exempt_basis_get_type, "exempt basis",
    { NC_("exempt basis", "offl. § 13 with fvl. § 13 – personal matters"),
      NC_("exempt basis", "offl. § 13 – duty of confidentiality"),
      NC_("exempt basis", "offl. § 14 – internal document"),
      NC_("exempt basis", "offl. § 15 – obtained for internal preparation"),
      NC_("exempt basis", "offl. § 23 – negotiating position"),
      NC_("exempt basis", "offl. § 25 – appointments") } },
};

/**
 * mv_enum_to_label:
 *
 * Returns: the translated name of @value, for the user
 */
const char *
mv_enum_to_label (GType enum_type,
                  int   value)
{
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      if (labels[i].get_type () != enum_type)
        continue;

      g_return_val_if_fail (value >= 0 && value < (int) G_N_ELEMENTS (labels[i].labels), "");
      g_return_val_if_fail (labels[i].labels[value] != NULL, "");
      return g_dpgettext2 (GETTEXT_PACKAGE, labels[i].context, labels[i].labels[value]);
    }

  g_return_val_if_reached ("");
}
