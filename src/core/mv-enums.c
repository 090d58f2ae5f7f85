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
  const char *labels[10];
} Labels;

/* What the user reads, in the order of the enum's values. */
static const Labels labels[] = {
  { mv_council_level_get_type, { N_("Local"), N_("County"), N_("Central"), N_("Other") } },
  { mv_language_get_type, { N_("Norwegian Bokmål"), N_("Norwegian Nynorsk"), N_("English") } },
  { mv_organisation_kind_get_type,
    { N_("User organisation"), N_("NAV"), N_("Municipality"), N_("Other") } },
  { mv_member_role_get_type,
    { N_("Chair"), N_("Vice-chair"), N_("Member"), N_("Deputy"), N_("Secretary"),
      N_("NAV leader"), N_("NAV staff"), N_("Observer") } },
  { mv_gender_get_type, { N_("Not given"), N_("Female"), N_("Male"), N_("Other") } },
  { mv_meeting_kind_get_type,
    { N_("Ordinary"), N_("Extraordinary"), N_("Workshop"), N_("Joint meeting"),
      N_("Open meeting") } },
  { mv_meeting_status_get_type,
    { N_("Planned"), N_("Notice sent"), N_("Held"), N_("Minutes approved"), N_("Cancelled") } },
  { mv_item_kind_get_type,
    { N_("Fixed item"), N_("Information"), N_("Discussion"), N_("Input"), N_("Decision"),
      N_("Any other business") } },
  { mv_fixed_kind_get_type,
    { N_("None"), N_("Approval of notice and agenda"), N_("Approval of minutes"),
      N_("Reports from the organisations"), N_("Any other business"), N_("Other") } },
  { mv_raised_by_get_type, { N_("Not given"), N_("NAV"), N_("Organisation"), N_("The council") } },
  { mv_followup_status_get_type, { N_("None"), N_("Open"), N_("In progress"), N_("Done") } },
  { mv_attendance_status_get_type, { N_("Present"), N_("Apologies"), N_("Absent") } },
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
      return g_dgettext (GETTEXT_PACKAGE, labels[i].labels[value]);
    }

  g_return_val_if_reached ("");
}
