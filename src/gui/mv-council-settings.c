/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-council-fields.h"
#include "mv-council-settings.h"
#include "mv-councils.h"
#include "mv-dates.h"
#include "mv-enum-types.h"
#include "mv-fixed-item.h"
#include "mv-gui-util.h"

/* The council's settings, saved as they are edited; a value that cannot be
 * saved is marked at its row and left out. */
struct _MvCouncilSettings
{
  AdwPreferencesWindow  parent_instance;

  MvStore              *store;
  MvCouncil            *council;
  GListModel           *watched_items;
  GPtrArray            *fixed_rows;
  gboolean              loading;

  /* Template widgets */
  GtkSpinButton        *deadline_spin;
  AdwPreferencesGroup  *fixed_group;
  GtkSpinButton        *honorarium_spin;
  AdwComboRow          *language_row;
  GtkSpinButton        *length_spin;
  AdwComboRow          *level_row;
  GtkTextView          *mandate_view;
  GtkLabel             *meetings_error;
  AdwEntryRow          *name_row;
  AdwEntryRow          *nav_unit_row;
  GtkSpinButton        *notice_spin;
  AdwEntryRow          *place_row;
  AdwEntryRow          *secretariat_email_row;
  GtkLabel             *secretariat_error;
  AdwEntryRow          *secretariat_name_row;
  AdwEntryRow          *secretariat_phone_row;
  AdwEntryRow          *start_row;
  GtkSwitch            *youth_switch;
};

G_DEFINE_FINAL_TYPE (MvCouncilSettings, mv_council_settings, ADW_TYPE_PREFERENCES_WINDOW)

static void rebuild_fixed_items (MvCouncilSettings *self);

/* Saves one property; the row shows whether it could. */
static void
save (MvCouncilSettings *self,
      GtkWidget         *row,
      const char        *property,
      const GValue      *value)
{
  g_autoptr(GError) error = NULL;

  if (self->loading || self->store == NULL)
    return;

  if (!mv_council_update_values (self->store, self->council, 1, &property, value, NULL, &error))
    {
      if (row != NULL)
        {
          mv_row_set_error (row, TRUE);
          gtk_widget_set_tooltip_text (row, error->message);
        }
      else
        mv_widget_show_error (GTK_WIDGET (self), _("Could Not Save the Setting"), error->message);
      return;
    }

  if (row != NULL)
    {
      mv_row_set_error (row, FALSE);
      gtk_widget_set_tooltip_text (row, NULL);
    }
}

static void
save_string (MvCouncilSettings *self,
             GtkWidget         *row,
             const char        *property,
             const char        *text)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (self->loading || self->council == NULL)
    return;

  g_value_init (&value, G_TYPE_STRING);
  g_value_take_string (&value, g_strstrip (g_strdup (text)));
  save (self, row, property, &value);
}

static void
save_int (MvCouncilSettings *self,
          GtkWidget         *row,
          const char        *property,
          int                number)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GParamSpec *pspec;

  /* The widgets report their first values while the window is filled. */
  if (self->loading || self->council == NULL)
    return;

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self->council), property);
  g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  if (G_VALUE_HOLDS_ENUM (&value))
    g_value_set_enum (&value, number);
  else if (G_VALUE_HOLDS_BOOLEAN (&value))
    g_value_set_boolean (&value, number != 0);
  else
    g_value_set_int (&value, number);
  save (self, row, property, &value);
}

static void
refuse (GtkWidget  *row,
        const char *reason)
{
  mv_row_set_error (row, TRUE);
  gtk_widget_set_tooltip_text (row, reason);
}

static void
name_changed_cb (MvCouncilSettings *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->name_row));

  if (self->loading)
    return;
  if (mv_is_blank (text))
    refuse (GTK_WIDGET (self->name_row), _("The council needs a name"));
  else
    save_string (self, GTK_WIDGET (self->name_row), "name", text);
}

static void
nav_unit_changed_cb (MvCouncilSettings *self)
{
  save_string (self, GTK_WIDGET (self->nav_unit_row), "nav-unit",
               gtk_editable_get_text (GTK_EDITABLE (self->nav_unit_row)));
}

static void
place_changed_cb (MvCouncilSettings *self)
{
  save_string (self, GTK_WIDGET (self->place_row), "default-place",
               gtk_editable_get_text (GTK_EDITABLE (self->place_row)));
}

/* A field checked when it is left (mv-council-fields.h) is saved as it is
 * typed once it is right; until then the file keeps the last good value. */
static void
save_checked (MvCouncilSettings *self,
              AdwEntryRow       *row,
              const char        *property)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *reason = NULL;

  if (self->loading)
    return;
  if ((reason = mv_council_field_problem (property, text)) == NULL)
    save_string (self, NULL, property, text);
}

static void
start_changed_cb (MvCouncilSettings *self)
{
  save_checked (self, self->start_row, "start-time");
}

static void
secretariat_name_changed_cb (MvCouncilSettings *self)
{
  save_string (self, GTK_WIDGET (self->secretariat_name_row), "secretariat-name",
               gtk_editable_get_text (GTK_EDITABLE (self->secretariat_name_row)));
}

static void
secretariat_email_changed_cb (MvCouncilSettings *self)
{
  save_checked (self, self->secretariat_email_row, "secretariat-email");
}

static void
secretariat_phone_changed_cb (MvCouncilSettings *self)
{
  save_string (self, GTK_WIDGET (self->secretariat_phone_row), "secretariat-phone",
               gtk_editable_get_text (GTK_EDITABLE (self->secretariat_phone_row)));
}

static void
level_changed_cb (MvCouncilSettings *self)
{
  save_int (self, GTK_WIDGET (self->level_row), "level",
            adw_combo_row_get_selected (self->level_row));
}

static void
language_changed_cb (MvCouncilSettings *self)
{
  save_int (self, GTK_WIDGET (self->language_row), "language",
            adw_combo_row_get_selected (self->language_row));
}

static void
youth_changed_cb (MvCouncilSettings *self)
{
  save_int (self, NULL, "reserve-youth-seat", gtk_switch_get_active (self->youth_switch));
}

static void
length_changed_cb (MvCouncilSettings *self)
{
  save_int (self, gtk_widget_get_ancestor (GTK_WIDGET (self->length_spin), ADW_TYPE_ACTION_ROW),
            "length-minutes", gtk_spin_button_get_value_as_int (self->length_spin));
}

static void
deadline_changed_cb (MvCouncilSettings *self)
{
  save_int (self, gtk_widget_get_ancestor (GTK_WIDGET (self->deadline_spin), ADW_TYPE_ACTION_ROW),
            "deadline-days", gtk_spin_button_get_value_as_int (self->deadline_spin));
}

static void
notice_changed_cb (MvCouncilSettings *self)
{
  save_int (self, gtk_widget_get_ancestor (GTK_WIDGET (self->notice_spin), ADW_TYPE_ACTION_ROW),
            "notice-days", gtk_spin_button_get_value_as_int (self->notice_spin));
}

static void
honorarium_changed_cb (MvCouncilSettings *self)
{
  save_int (self,
            gtk_widget_get_ancestor (GTK_WIDGET (self->honorarium_spin), ADW_TYPE_ACTION_ROW),
            "honorarium-rate", gtk_spin_button_get_value_as_int (self->honorarium_spin));
}

static void
mandate_changed_cb (MvCouncilSettings *self,
                    GtkTextBuffer     *buffer)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  save_string (self, NULL, "mandate", text);
}

/* The council's fixed items, in their order. */
static GPtrArray *
list_fixed_items (MvCouncilSettings *self)
{
  return mv_council_list_fixed_items (self->store, self->council);
}

static void
fixed_title_changed_cb (GtkEditable       *row,
                        MvCouncilSettings *self)
{
  MvFixedItem *item = g_object_get_data (G_OBJECT (row), "mv-item");
  g_autoptr(GError) error = NULL;
  const char *title = gtk_editable_get_text (row);

  if (mv_is_blank (title))
    {
      refuse (GTK_WIDGET (row), _("The item needs a title"));
      return;
    }
  if (!mv_council_update_fixed_item (self->store, item, title, -1, -1, NULL, &error))
    {
      refuse (GTK_WIDGET (row), error->message);
      return;
    }
  mv_row_set_error (GTK_WIDGET (row), FALSE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (row), NULL);
}

static void
fixed_kind_changed_cb (GtkDropDown       *dropdown,
                       GParamSpec        *pspec,
                       MvCouncilSettings *self)
{
  MvFixedItem *item = g_object_get_data (G_OBJECT (dropdown), "mv-item");
  g_autoptr(GError) error = NULL;

  if (!mv_council_update_fixed_item (self->store, item, NULL,
                                     (int) gtk_drop_down_get_selected (dropdown), -1, NULL,
                                     &error))
    mv_widget_show_error (GTK_WIDGET (self), _("Could Not Save the Setting"), error->message);
}

static void
fixed_minutes_changed_cb (GtkSpinButton     *spin,
                          MvCouncilSettings *self)
{
  MvFixedItem *item = g_object_get_data (G_OBJECT (spin), "mv-item");
  g_autoptr(GError) error = NULL;

  if (!mv_council_update_fixed_item (self->store, item, NULL, -1,
                                     gtk_spin_button_get_value_as_int (spin), NULL, &error))
    mv_widget_show_error (GTK_WIDGET (self), _("Could Not Save the Setting"), error->message);
}

/* Swaps the item with the one @offset places away, then numbers them all anew. */
static void
move_fixed_item (MvCouncilSettings *self,
                 MvFixedItem       *item,
                 int                offset)
{
  g_autoptr(GPtrArray) items = list_fixed_items (self);
  g_autoptr(GError) error = NULL;
  guint index;

  if (!g_ptr_array_find (items, item, &index) ||
      (int) index + offset < 0 || (int) index + offset >= (int) items->len)
    return;

  g_ptr_array_index (items, index) = g_ptr_array_index (items, index + offset);
  g_ptr_array_index (items, index + offset) = item;

  if (!mv_council_reorder_fixed_items (self->store, self->council, items, NULL, &error))
    {
      mv_widget_show_error (GTK_WIDGET (self), _("Could Not Move the Item"), error->message);
      return;
    }
  rebuild_fixed_items (self);
}

static void
fixed_up_cb (GtkButton         *button,
             MvCouncilSettings *self)
{
  move_fixed_item (self, g_object_get_data (G_OBJECT (button), "mv-item"), -1);
}

static void
fixed_down_cb (GtkButton         *button,
               MvCouncilSettings *self)
{
  move_fixed_item (self, g_object_get_data (G_OBJECT (button), "mv-item"), +1);
}

static void
fixed_remove_cb (GtkButton         *button,
                 MvCouncilSettings *self)
{
  MvFixedItem *item = g_object_get_data (G_OBJECT (button), "mv-item");
  g_autoptr(GError) error = NULL;

  if (!mv_council_remove_fixed_item (self->store, item, NULL, &error))
    mv_widget_show_error (GTK_WIDGET (self), _("Could Not Remove the Item"), error->message);
}

static GtkWidget *
icon_button (const char *icon_name,
             const char *label,
             MvFixedItem *item)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "mv-item", g_object_ref (item), g_object_unref);
  return button;
}

static void
rebuild_fixed_items (MvCouncilSettings *self)
{
  g_autoptr(GPtrArray) items = list_fixed_items (self);
  g_autoptr(GEnumClass) kind_class = g_type_class_ref (MV_TYPE_ITEM_KIND);

  for (guint i = 0; i < self->fixed_rows->len; i++)
    adw_preferences_group_remove (self->fixed_group, g_ptr_array_index (self->fixed_rows, i));
  g_ptr_array_set_size (self->fixed_rows, 0);

  for (guint i = 0; i < items->len; i++)
    {
      MvFixedItem *item = g_ptr_array_index (items, i);
      g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
      g_autofree char *title = g_strdup_printf (_("Fixed item %u"), i + 1);
      g_autofree char *kind_name = g_strdup_printf (_("Kind of fixed item %u"), i + 1);
      g_autofree char *minutes_name = g_strdup_printf (_("Minutes for fixed item %u"), i + 1);
      GtkWidget *row = adw_entry_row_new ();
      GtkWidget *kind, *minutes, *up, *down, *remove;

      for (guint k = 0; k < kind_class->n_values; k++)
        gtk_string_list_append (kinds, mv_enum_to_label (MV_TYPE_ITEM_KIND,
                                                         kind_class->values[k].value));
      kind = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (kinds)), NULL);
      gtk_widget_set_valign (kind, GTK_ALIGN_CENTER);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (kind), mv_fixed_item_get_kind (item));
      gtk_accessible_update_property (GTK_ACCESSIBLE (kind), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      kind_name, -1);
      g_object_set_data_full (G_OBJECT (kind), "mv-item", g_object_ref (item), g_object_unref);

      minutes = gtk_spin_button_new_with_range (0, 1440, 5);
      gtk_widget_set_valign (minutes, GTK_ALIGN_CENTER);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (minutes),
                                 mv_fixed_item_get_duration_minutes (item));
      gtk_accessible_update_property (GTK_ACCESSIBLE (minutes), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      minutes_name, -1);
      gtk_widget_set_tooltip_text (minutes, _("Minutes"));
      g_object_set_data_full (G_OBJECT (minutes), "mv-item", g_object_ref (item), g_object_unref);

      up = icon_button ("go-up-symbolic", _("Move Up"), item);
      down = icon_button ("go-down-symbolic", _("Move Down"), item);
      remove = icon_button ("user-trash-symbolic", _("Remove"), item);
      gtk_widget_set_sensitive (up, i > 0);
      gtk_widget_set_sensitive (down, i + 1 < items->len);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_editable_set_text (GTK_EDITABLE (row), mv_fixed_item_get_title (item));
      g_object_set_data_full (G_OBJECT (row), "mv-item", g_object_ref (item), g_object_unref);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), kind);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), minutes);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), up);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), down);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);

      g_signal_connect (row, "changed", G_CALLBACK (fixed_title_changed_cb), self);
      g_signal_connect (kind, "notify::selected", G_CALLBACK (fixed_kind_changed_cb), self);
      g_signal_connect (minutes, "value-changed", G_CALLBACK (fixed_minutes_changed_cb), self);
      g_signal_connect (up, "clicked", G_CALLBACK (fixed_up_cb), self);
      g_signal_connect (down, "clicked", G_CALLBACK (fixed_down_cb), self);
      g_signal_connect (remove, "clicked", G_CALLBACK (fixed_remove_cb), self);

      adw_preferences_group_add (self->fixed_group, row);
      g_ptr_array_add (self->fixed_rows, row);
    }
}

static void
fixed_items_changed_cb (MvCouncilSettings *self)
{
  rebuild_fixed_items (self);
}

static void
add_fixed_item_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MvCouncilSettings *self = MV_COUNCIL_SETTINGS (widget);
  g_autoptr(GError) error = NULL;

  if (!mv_council_add_fixed_item (self->store, self->council, _("New item"), MV_ITEM_KIND_FIXED,
                                  10, NULL, &error))
    {
      mv_widget_show_error (widget, _("Could Not Add the Item"), error->message);
      return;
    }

  if (self->fixed_rows->len > 0)
    gtk_widget_grab_focus (g_ptr_array_index (self->fixed_rows, self->fixed_rows->len - 1));
}

static void
mv_council_settings_dispose (GObject *object)
{
  MvCouncilSettings *self = MV_COUNCIL_SETTINGS (object);

  if (self->watched_items != NULL)
    g_signal_handlers_disconnect_by_func (self->watched_items, fixed_items_changed_cb, self);
  g_clear_object (&self->watched_items);
  g_clear_pointer (&self->fixed_rows, g_ptr_array_unref);
  g_clear_object (&self->council);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mv_council_settings_parent_class)->dispose (object);
}

static void
mv_council_settings_class_init (MvCouncilSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mv_council_settings_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/medvirke/Medvirke/mv-council-settings.ui");
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSettings, deadline_spin);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSettings, fixed_group);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSettings, honorarium_spin);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSettings, language_row);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSettings, length_spin);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSettings, level_row);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSettings, mandate_view);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSettings, meetings_error);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSettings, name_row);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSettings, nav_unit_row);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSettings, notice_spin);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSettings, place_row);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSettings, secretariat_email_row);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSettings, secretariat_error);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSettings, secretariat_name_row);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSettings, secretariat_phone_row);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSettings, start_row);
  gtk_widget_class_bind_template_child (widget_class, MvCouncilSettings, youth_switch);
  gtk_widget_class_bind_template_callback (widget_class, deadline_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, honorarium_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, language_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, length_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, level_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, nav_unit_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, notice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, place_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, secretariat_email_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, secretariat_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, secretariat_phone_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, start_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, youth_changed_cb);

  gtk_widget_class_install_action (widget_class, "settings.add-fixed-item", NULL,
                                   add_fixed_item_action);
}

static void
fill_combo (AdwComboRow *row,
            GType        enum_type)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (enum_type);

  for (guint i = 0; i < enum_class->n_values; i++)
    gtk_string_list_append (labels, mv_enum_to_label (enum_type, enum_class->values[i].value));
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
}

static void
mv_council_settings_init (MvCouncilSettings *self)
{
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  mv_widget_plain_mnemonics (GTK_WIDGET (self));

  self->fixed_rows = g_ptr_array_new ();
  fill_combo (self->level_row, MV_TYPE_COUNCIL_LEVEL);
  fill_combo (self->language_row, MV_TYPE_LANGUAGE);
  mv_council_field_watch (self->start_row, "start-time", self->meetings_error);
  mv_council_field_watch (self->secretariat_email_row, "secretariat-email",
                          self->secretariat_error);
}

GtkWidget *
mv_council_settings_new (GtkWindow *parent,
                         MvStore   *store,
                         MvCouncil *council)
{
  MvCouncilSettings *self;
  GtkTextBuffer *buffer;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (MV_IS_COUNCIL (council), NULL);

  self = g_object_new (MV_TYPE_COUNCIL_SETTINGS, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->council = g_object_ref (council);

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), mv_council_get_name (council));
  adw_combo_row_set_selected (self->level_row, mv_council_get_level (council));
  gtk_editable_set_text (GTK_EDITABLE (self->nav_unit_row), mv_council_get_nav_unit (council));
  adw_combo_row_set_selected (self->language_row, mv_council_get_language (council));
  gtk_switch_set_active (self->youth_switch,
                         mv_record_get_boolean (MV_RECORD (council), "reserve-youth-seat"));
  gtk_spin_button_set_value (self->honorarium_spin,
                             mv_record_get_int (MV_RECORD (council), "honorarium-rate"));
  buffer = gtk_text_view_get_buffer (self->mandate_view);
  gtk_text_buffer_set_text (buffer, mv_record_get_string (MV_RECORD (council), "mandate"), -1);
  gtk_editable_set_text (GTK_EDITABLE (self->place_row), mv_council_get_default_place (council));
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), mv_council_get_start_time (council));
  gtk_spin_button_set_value (self->length_spin, mv_council_get_length_minutes (council));
  gtk_spin_button_set_value (self->deadline_spin, mv_council_get_deadline_days (council));
  gtk_spin_button_set_value (self->notice_spin, mv_council_get_notice_days (council));
  gtk_editable_set_text (GTK_EDITABLE (self->secretariat_name_row),
                         mv_council_get_secretariat_name (council));
  gtk_editable_set_text (GTK_EDITABLE (self->secretariat_email_row),
                         mv_council_get_secretariat_email (council));
  gtk_editable_set_text (GTK_EDITABLE (self->secretariat_phone_row),
                         mv_council_get_secretariat_phone (council));

  g_signal_connect_object (buffer, "changed", G_CALLBACK (mandate_changed_cb), self,
                           G_CONNECT_SWAPPED);

  self->watched_items = g_object_ref (mv_store_get_model (store, MV_TYPE_FIXED_ITEM));
  g_signal_connect_swapped (self->watched_items, "items-changed",
                            G_CALLBACK (fixed_items_changed_cb), self);
  rebuild_fixed_items (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self), !mv_store_get_read_only (store));
  self->loading = FALSE;

  return GTK_WIDGET (self);
}

GtkSpinButton *
mv_council_settings_get_deadline_spin (MvCouncilSettings *self)
{
  return self->deadline_spin;
}

GtkEditable *
mv_council_settings_get_start_row (MvCouncilSettings *self)
{
  return GTK_EDITABLE (self->start_row);
}

/* "name", "email" or "phone" of the secretariat. */
AdwEntryRow *
mv_council_settings_get_secretariat_row (MvCouncilSettings *self,
                                         const char        *field)
{
  if (g_str_equal (field, "name"))
    return self->secretariat_name_row;
  if (g_str_equal (field, "email"))
    return self->secretariat_email_row;
  return self->secretariat_phone_row;
}

GtkLabel *
mv_council_settings_get_secretariat_error (MvCouncilSettings *self)
{
  return self->secretariat_error;
}

GtkWidget *
mv_council_settings_get_fixed_group (MvCouncilSettings *self)
{
  return GTK_WIDGET (self->fixed_group);
}
