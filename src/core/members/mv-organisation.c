/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mv-enum-types.h"
#include "mv-organisation.h"
#include "mv-text.h"

struct _MvOrganisation
{
  MvRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (MvOrganisation, mv_organisation, MV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_KIND,
  PROP_AREAS,
  PROP_CONTACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mv_organisation_class_init (MvOrganisationClass *klass)
{
  properties[PROP_NAME] = mv_param_text ("name", "", N_("Name"), MV_TEXT_NAME_MAX);
  properties[PROP_SHORT_NAME] = mv_param_text ("short-name", "", N_("Short name"), MV_TEXT_NAME_MAX);
  properties[PROP_KIND] = mv_param_enum ("kind", MV_TYPE_ORGANISATION_KIND, MV_ORGANISATION_KIND_USER_ORGANISATION);
  properties[PROP_AREAS] = mv_param_text ("areas", "", N_("Areas"), MV_TEXT_LONG_MAX);
  properties[PROP_CONTACT] = mv_param_text ("contact", "", N_("Contact"), MV_TEXT_LONG_MAX);

  mv_record_class_install (MV_RECORD_CLASS (klass), "organisations", properties, N_PROPS);
}

static void
mv_organisation_init (MvOrganisation *self)
{
}

const char *
mv_organisation_get_name (MvOrganisation *self)
{
  g_return_val_if_fail (MV_IS_ORGANISATION (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_NAME]);
}

const char *
mv_organisation_get_short_name (MvOrganisation *self)
{
  g_return_val_if_fail (MV_IS_ORGANISATION (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_SHORT_NAME]);
}

MvOrganisationKind
mv_organisation_get_kind (MvOrganisation *self)
{
  g_return_val_if_fail (MV_IS_ORGANISATION (self), 0);

  return MV_RECORD_ENUM (self, properties[PROP_KIND]);
}

const char *
mv_organisation_get_areas (MvOrganisation *self)
{
  g_return_val_if_fail (MV_IS_ORGANISATION (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_AREAS]);
}
