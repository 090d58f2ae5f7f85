/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mv-enum-types.h"
#include "mv-training.h"
#include "mv-text.h"

struct _MvTraining
{
  MvRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (MvTraining, mv_training, MV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_MEMBER_ID,
  PROP_COURSE,
  PROP_TAKEN_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mv_training_class_init (MvTrainingClass *klass)
{
  properties[PROP_MEMBER_ID] = mv_param_string ("member-id", NULL);
  properties[PROP_COURSE] = mv_param_text ("course", "", N_("Course"), MV_TEXT_NAME_MAX);
  properties[PROP_TAKEN_ON] = mv_param_string ("taken-on", NULL);

  mv_record_class_install (MV_RECORD_CLASS (klass), "member_training", properties, N_PROPS);
}

static void
mv_training_init (MvTraining *self)
{
}

const char *
mv_training_get_member_id (MvTraining *self)
{
  g_return_val_if_fail (MV_IS_TRAINING (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_MEMBER_ID]);
}

const char *
mv_training_get_course (MvTraining *self)
{
  g_return_val_if_fail (MV_IS_TRAINING (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_COURSE]);
}

const char *
mv_training_get_taken_on (MvTraining *self)
{
  g_return_val_if_fail (MV_IS_TRAINING (self), NULL);

  return MV_RECORD_STRING (self, properties[PROP_TAKEN_ON]);
}
