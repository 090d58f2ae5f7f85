/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mv-context.h"

/* What a window shows and every part of it shares: the open file, the
 * council chosen in it, and the settings. The window owns one and hands it
 * to its sections, the search bar and their panels, which follow its
 * notify::store and notify::council. */
struct _MvContext
{
  GObject    parent_instance;

  MvStore   *store;
  MvCouncil *council;
  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (MvContext, mv_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_COUNCIL,
  PROP_SETTINGS,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mv_context_dispose (GObject *object)
{
  MvContext *self = MV_CONTEXT (object);

  g_clear_object (&self->council);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (mv_context_parent_class)->dispose (object);
}

static void
mv_context_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MvContext *self = MV_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_COUNCIL:
      g_value_set_object (value, self->council);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, mv_context_get_settings (self));
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mv_context_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  MvContext *self = MV_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_COUNCIL:
      mv_context_set_council (self, g_value_get_object (value));
      break;

    case PROP_STORE:
      mv_context_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mv_context_class_init (MvContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mv_context_dispose;
  object_class->get_property = mv_context_get_property;
  object_class->set_property = mv_context_set_property;

  properties[PROP_COUNCIL] =
    g_param_spec_object ("council", NULL, NULL, MV_TYPE_COUNCIL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mv_context_init (MvContext *self)
{
}

MvContext *
mv_context_new (void)
{
  return g_object_new (MV_TYPE_CONTEXT, NULL);
}

MvStore *
mv_context_get_store (MvContext *self)
{
  g_return_val_if_fail (MV_IS_CONTEXT (self), NULL);

  return self->store;
}

/**
 * mv_context_set_store:
 *
 * Shows @store. The council goes with the old file: it is unset first, so
 * that nobody sees a council of one file with the records of another.
 */
void
mv_context_set_store (MvContext *self,
                      MvStore   *store)
{
  g_return_if_fail (MV_IS_CONTEXT (self));
  g_return_if_fail (store == NULL || MV_IS_STORE (store));

  if (self->store == store)
    return;

  mv_context_set_council (self, NULL);
  g_set_object (&self->store, store);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

MvCouncil *
mv_context_get_council (MvContext *self)
{
  g_return_val_if_fail (MV_IS_CONTEXT (self), NULL);

  return self->council;
}

void
mv_context_set_council (MvContext *self,
                        MvCouncil *council)
{
  g_return_if_fail (MV_IS_CONTEXT (self));
  g_return_if_fail (council == NULL || MV_IS_COUNCIL (council));

  if (!g_set_object (&self->council, council))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNCIL]);
}

/**
 * mv_context_get_settings:
 *
 * Returns: (transfer none): the application's settings, made on first use
 */
GSettings *
mv_context_get_settings (MvContext *self)
{
  g_return_val_if_fail (MV_IS_CONTEXT (self), NULL);

  if (self->settings == NULL)
    self->settings = g_settings_new (APPLICATION_ID);

  return self->settings;
}
