/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-council-dialog.h"

struct _MvCouncilDialog
{
  AdwMessageDialog  parent_instance;

  /* Template widgets */
  AdwEntryRow      *name_row;
  AdwEntryRow      *nav_unit_row;
};

G_DEFINE_FINAL_TYPE (MvCouncilDialog, mv_council_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_COUNCIL_NAME,
  PROP_NAV_UNIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static void
name_changed_cb (MvCouncilDialog *self)
{
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "create",
                                           !is_blank (mv_council_dialog_get_council_name (self)));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNCIL_NAME]);
}

static void
nav_unit_changed_cb (MvCouncilDialog *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAV_UNIT]);
}

static void
mv_council_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MvCouncilDialog *self = MV_COUNCIL_DIALOG (object);

  switch (prop_id)
    {
    case PROP_COUNCIL_NAME:
      g_value_set_string (value, mv_council_dialog_get_council_name (self));
      break;

    case PROP_NAV_UNIT:
      g_value_set_string (value, mv_council_dialog_get_nav_unit (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mv_council_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MvCouncilDialog *self = MV_COUNCIL_DIALOG (object);

  switch (prop_id)
    {
    case PROP_COUNCIL_NAME:
      mv_council_dialog_set_council_name (self, g_value_get_string (value));
      break;

    case PROP_NAV_UNIT:
      mv_council_dialog_set_nav_unit (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mv_council_dialog_class_init (MvCouncilDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = mv_council_dialog_get_property;
  object_class->set_property = mv_council_dialog_set_property;

  properties[PROP_COUNCIL_NAME] =
    g_param_spec_string ("council-name", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NAV_UNIT] =
    g_param_spec_string ("nav-unit", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/medvirke/Medvirke/mv-council-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MvCouncilDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilDialog, nav_unit_row);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, nav_unit_changed_cb);
}

static void
mv_council_dialog_init (MvCouncilDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
mv_council_dialog_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (MV_TYPE_COUNCIL_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
}

const char *
mv_council_dialog_get_council_name (MvCouncilDialog *self)
{
  g_return_val_if_fail (MV_IS_COUNCIL_DIALOG (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->name_row));
}

void
mv_council_dialog_set_council_name (MvCouncilDialog *self,
                                    const char      *council_name)
{
  g_return_if_fail (MV_IS_COUNCIL_DIALOG (self));

  /* The row's "changed" notifies. */
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), council_name ? council_name : "");
}

const char *
mv_council_dialog_get_nav_unit (MvCouncilDialog *self)
{
  g_return_val_if_fail (MV_IS_COUNCIL_DIALOG (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->nav_unit_row));
}

void
mv_council_dialog_set_nav_unit (MvCouncilDialog *self,
                                const char      *nav_unit)
{
  g_return_if_fail (MV_IS_COUNCIL_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->nav_unit_row), nav_unit ? nav_unit : "");
}
