/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mv-enum-types.h"
#include "mv-fixed-item.h"
#include "mv-text.h"

struct _MvFixedItem
{
  MvRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (MvFixedItem, mv_fixed_item, MV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_COUNCIL_ID,
  PROP_POSITION,
  PROP_TITLE,
  PROP_FIXED_KIND,
  PROP_KIND,
  PROP_DURATION_MINUTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mv_fixed_item_class_init (MvFixedItemClass *klass)
{
  properties[PROP_COUNCIL_ID] = mv_param_string ("council-id", NULL);
  properties[PROP_POSITION] = mv_param_int ("position", 0, 10000, 0);
  properties[PROP_TITLE] = mv_param_text ("title", "", N_("Title"), MV_TEXT_NAME_MAX);
  properties[PROP_FIXED_KIND] = mv_param_enum ("fixed-kind", MV_TYPE_FIXED_KIND, MV_FIXED_KIND_OTHER);
  properties[PROP_KIND] = mv_param_enum ("kind", MV_TYPE_ITEM_KIND, MV_ITEM_KIND_FIXED);
  properties[PROP_DURATION_MINUTES] = mv_param_int ("duration-minutes", 0, 1440, 10);

  mv_record_class_install (MV_RECORD_CLASS (klass), "council_fixed_items", properties, N_PROPS);
}

static void
mv_fixed_item_init (MvFixedItem *self)
{
}

const char *
mv_fixed_item_get_council_id (MvFixedItem *self)
{
  g_return_val_if_fail (MV_IS_FIXED_ITEM (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_COUNCIL_ID]);
}

int
mv_fixed_item_get_position (MvFixedItem *self)
{
  g_return_val_if_fail (MV_IS_FIXED_ITEM (self), 0);

  return MV_RECORD_INT (self, properties[PROP_POSITION]);
}

const char *
mv_fixed_item_get_title (MvFixedItem *self)
{
  g_return_val_if_fail (MV_IS_FIXED_ITEM (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_TITLE]);
}

MvFixedKind
mv_fixed_item_get_fixed_kind (MvFixedItem *self)
{
  g_return_val_if_fail (MV_IS_FIXED_ITEM (self), 0);

  return MV_RECORD_ENUM (self, properties[PROP_FIXED_KIND]);
}

MvItemKind
mv_fixed_item_get_kind (MvFixedItem *self)
{
  g_return_val_if_fail (MV_IS_FIXED_ITEM (self), 0);

  return MV_RECORD_ENUM (self, properties[PROP_KIND]);
}

int
mv_fixed_item_get_duration_minutes (MvFixedItem *self)
{
  g_return_val_if_fail (MV_IS_FIXED_ITEM (self), 0);

  return MV_RECORD_INT (self, properties[PROP_DURATION_MINUTES]);
}
