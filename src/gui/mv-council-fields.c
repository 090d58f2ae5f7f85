/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-council-fields.h"
#include "mv-csv.h"
#include "mv-dates.h"
#include "mv-gui-util.h"

#define FIELD_PROPERTY "mv-council-field"
#define FIELD_LABEL    "mv-council-field-label"
#define FIELD_ERROR    "mv-error"
#define LABEL_ROWS     "mv-council-field-rows"

char *
mv_council_field_problem (const char *property,
                          const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));
  int minute;

  if (g_str_equal (property, "secretariat-email") && *stripped != '\0' &&
      !mv_email_is_valid (stripped))
    /* Translators: %s is what the user typed into the e-mail field. */
    return g_strdup_printf (_("“%s” is not an e-mail address"), stripped);
  if (g_str_equal (property, "start-time") && !mv_time_parse (stripped, &minute))
    return g_strdup (_("Enter the start time as hh:mm, for example 10:00"));
  return NULL;
}

static void
update_label (GtkLabel *label)
{
  GPtrArray *rows = g_object_get_data (G_OBJECT (label), LABEL_ROWS);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const char *reason = g_object_get_data (g_ptr_array_index (rows, i), FIELD_ERROR);

      if (reason != NULL)
        g_string_append_printf (text, "%s%s", text->len ? "\n" : "", reason);
    }
  gtk_label_set_text (label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (label), text->len > 0);
}

static void
set_error (AdwEntryRow *row,
           const char  *reason)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (row), FIELD_LABEL);

  mv_row_set_error_reason (GTK_WIDGET (row), reason);
  gtk_widget_set_tooltip_text (GTK_WIDGET (row), reason);
  g_object_set_data_full (G_OBJECT (row), FIELD_ERROR, g_strdup (reason), g_free);
  if (label != NULL)
    update_label (label);
}

gboolean
mv_council_field_check (AdwEntryRow *row)
{
  const char *property = g_object_get_data (G_OBJECT (row), FIELD_PROPERTY);
  g_autofree char *reason = NULL;

  g_return_val_if_fail (ADW_IS_ENTRY_ROW (row), FALSE);
  g_return_val_if_fail (property != NULL, FALSE);

  reason = mv_council_field_problem (property, gtk_editable_get_text (GTK_EDITABLE (row)));
  set_error (row, reason);
  return reason == NULL;
}

const char *
mv_council_field_get_error (AdwEntryRow *row)
{
  g_return_val_if_fail (ADW_IS_ENTRY_ROW (row), NULL);

  return g_object_get_data (G_OBJECT (row), FIELD_ERROR);
}

static void
field_left_cb (GtkEventControllerFocus *controller)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  mv_council_field_check (ADW_ENTRY_ROW (row));
}

static void
field_changed_cb (AdwEntryRow *row)
{
  const char *property = g_object_get_data (G_OBJECT (row), FIELD_PROPERTY);
  g_autofree char *reason = NULL;

  /* Only a mark already shown follows the typing: a half-typed address is
   * not wrong yet. */
  if (g_object_get_data (G_OBJECT (row), FIELD_ERROR) == NULL)
    return;
  reason = mv_council_field_problem (property, gtk_editable_get_text (GTK_EDITABLE (row)));
  if (reason == NULL)
    set_error (row, NULL);
}

void
mv_council_field_watch (AdwEntryRow *row,
                        const char  *property,
                        GtkLabel    *label)
{
  GtkEventController *focus;
  GPtrArray *rows;

  g_return_if_fail (ADW_IS_ENTRY_ROW (row));
  g_return_if_fail (property != NULL);
  g_return_if_fail (label == NULL || GTK_IS_LABEL (label));

  g_object_set_data (G_OBJECT (row), FIELD_PROPERTY, (gpointer) g_intern_string (property));
  if (label != NULL)
    {
      rows = g_object_get_data (G_OBJECT (label), LABEL_ROWS);
      if (rows == NULL)
        {
          rows = g_ptr_array_new ();
          g_object_set_data_full (G_OBJECT (label), LABEL_ROWS, rows,
                                  (GDestroyNotify) g_ptr_array_unref);
        }
      g_ptr_array_add (rows, row);
      g_object_set_data (G_OBJECT (row), FIELD_LABEL, label);
    }

  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (field_left_cb), NULL);
  gtk_widget_add_controller (GTK_WIDGET (row), focus);
  g_signal_connect (row, "changed", G_CALLBACK (field_changed_cb), NULL);
}
