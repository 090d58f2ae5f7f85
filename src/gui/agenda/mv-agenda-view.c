/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-agenda-view.h"
#include "mv-agenda.h"
#include "mv-enum-types.h"
#include "mv-gui-util.h"
#include "mv-meeting-util.h"
#include "mv-queries.h"
#include "mv-record-watch.h"
#include "mv-text.h"

struct _MvAgendaView
{
  GtkWidget            parent_instance;

  MvStore             *store;
  MvMeeting           *meeting;
  MvRecordWatch       *watch;  /* the items, whose edits change times and warnings */
  GPtrArray           *undo_stack;       /* of MvUndo, the last on top */
  char                *focus_item_id;    /* the row to give the focus after a rebuild */
  gboolean             show_focus;       /* … with its focus ring: after a key's change */

  /* Template widgets */
  AdwPreferencesGroup *agenda_group;
  GtkListBox          *agenda_list;
  GtkWidget           *backlog_clamp;
  GtkListBox          *backlog_list;
  GtkSearchEntry      *backlog_search;
  GtkLabel            *total_label;
  AdwPreferencesGroup *warnings_group;
  GtkListBox          *warnings_list;
};

G_DEFINE_FINAL_TYPE (MvAgendaView, mv_agenda_view, GTK_TYPE_WIDGET)

static MvAgendaItem *
row_item (GtkWidget *row)
{
  return row ? g_object_get_data (G_OBJECT (row), "mv-item") : NULL;
}

static gboolean
takes_changes (MvAgendaView *self)
{
  MvMeetingStatus status;

  if (self->store == NULL || self->meeting == NULL || mv_store_get_read_only (self->store))
    return FALSE;

  status = mv_meeting_get_status (self->meeting);
  return status == MV_MEETING_STATUS_PLANNED || status == MV_MEETING_STATUS_NOTICE_SENT;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
add_placeholder_row (GtkListBox *list,
                     const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  gtk_list_box_append (list, row);
}

/* The agenda item whose row has the keyboard focus. */
static MvAgendaItem *
focused_item (MvAgendaView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row;

  if (focus == NULL)
    return NULL;

  row = GTK_IS_LIST_BOX_ROW (focus) ? focus
                                    : gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW);
  if (row == NULL || gtk_widget_get_parent (row) != GTK_WIDGET (self->agenda_list))
    return NULL;

  return row_item (row);
}

static char *
item_heading (MvAgendaItem *item)
{
  g_autofree char *number = mv_agenda_item_dup_number (item);

  if (*number == '\0')
    return g_strdup (mv_agenda_item_get_title (item));
  /* Translators: an agenda item's number and title: "Sak 07/27 Budget". */
  return g_strdup_printf (_("Item %s  %s"), number, mv_agenda_item_get_title (item));
}

static char *
item_details (MvAgendaItem *item)
{
  GString *text = g_string_new (mv_enum_to_label (MV_TYPE_ITEM_KIND,
                                                  mv_agenda_item_get_kind (item)));
  const char *presenter = mv_agenda_item_get_presenter (item);

  if (presenter != NULL && *presenter != '\0')
    g_string_append_printf (text, " · %s", presenter);
  g_string_append (text, " · ");
  /* Translators: an agenda item's length in minutes. */
  g_string_append_printf (text, _("%d min"), mv_agenda_item_get_duration_minutes (item));
  return g_string_free (text, FALSE);
}

static void rebuild (MvAgendaView *self);

/* Keeps @undo for Ctrl+Z and offers it in a toast. */
static void
done (MvAgendaView *self,
      MvAgendaItem *item,
      MvUndo *undo,
      const char   *message)
{
  g_ptr_array_add (self->undo_stack, undo);
  mv_widget_offer_undo (GTK_WIDGET (self), message, (MvWidgetUndoFunc) mv_agenda_view_undo);

  g_free (self->focus_item_id);
  self->focus_item_id = item ? g_strdup (mv_record_get_id (MV_RECORD (item))) : NULL;
  self->show_focus = TRUE;
  rebuild (self);
}

/* Fixed items belong to their meeting: they leave the agenda by removal,
 * the others go back to the backlog. */
static gboolean
remove_item (MvAgendaView *self,
             MvAgendaItem *item)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  MvUndo *undo = NULL;
  gboolean fixed = mv_agenda_item_get_fixed_kind (item) != MV_FIXED_KIND_NONE;
  g_autoptr(GPtrArray) items = mv_store_list_agenda (self->store, self->meeting);
  MvAgendaItem *next = NULL;
  guint index;

  /* The focus goes on to the next row, as in a list that loses a row. */
  if (g_ptr_array_find (items, item, &index))
    next = index + 1 < items->len ? g_ptr_array_index (items, index + 1)
                                  : index > 0 ? g_ptr_array_index (items, index - 1) : NULL;

  if (fixed ? !mv_agenda_remove_item (self->store, item, &undo, &error)
            : !mv_agenda_move (self->store, item, NULL, MV_AGENDA_BEFORE_AOB, &undo, &error))
    {
      mv_widget_show_error (GTK_WIDGET (self), _("Could Not Change the Agenda"), error->message);
      return FALSE;
    }

  if (fixed)
    message = g_strdup_printf (_("Removed “%s” from the agenda"),
                               mv_agenda_item_get_title (item));
  else
    message = g_strdup_printf (_("Moved “%s” back to the backlog"),
                               mv_agenda_item_get_title (item));
  done (self, next, undo, message);
  return TRUE;
}

static void
add_clicked_cb (GtkButton    *button,
                MvAgendaView *self)
{
  MvAgendaItem *item = row_item (gtk_widget_get_ancestor (GTK_WIDGET (button),
                                                          GTK_TYPE_LIST_BOX_ROW));

  if (item != NULL)
    mv_agenda_view_move_item (self, item, self->meeting, MV_AGENDA_BEFORE_AOB);
}

static void
remove_clicked_cb (GtkButton    *button,
                   MvAgendaView *self)
{
  MvAgendaItem *item = row_item (gtk_widget_get_ancestor (GTK_WIDGET (button),
                                                          GTK_TYPE_LIST_BOX_ROW));

  if (item != NULL)
    remove_item (self, item);
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 MvAgendaView  *self)
{
  MvAgendaItem *item = row_item (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source)));

  if (item == NULL)
    return NULL;
  return gdk_content_provider_new_typed (G_TYPE_STRING, mv_record_get_id (MV_RECORD (item)));
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               MvAgendaView  *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static void
add_drag_source (MvAgendaView *self,
                 GtkWidget    *row)
{
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
}

static MvAgendaItem *
dropped_item (MvAgendaView *self,
              const GValue *value)
{
  if (self->store == NULL || !G_VALUE_HOLDS_STRING (value))
    return NULL;
  return mv_store_lookup (self->store, MV_TYPE_AGENDA_ITEM, g_value_get_string (value));
}

/* On a row: the item takes that row's place. */
static gboolean
row_drop_cb (GtkDropTarget *target,
             const GValue  *value,
             double         x,
             double         y,
             MvAgendaView  *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  MvAgendaItem *item = dropped_item (self, value);
  MvAgendaItem *onto = row_item (row);

  if (item == NULL || onto == NULL || item == onto)
    return FALSE;

  return mv_agenda_view_move_item (self, item, self->meeting,
                                   mv_agenda_item_get_position (onto));
}

/* Below the rows: the item goes last, before "any other business". */
static gboolean
agenda_drop_cb (GtkDropTarget *target,
                const GValue  *value,
                double         x,
                double         y,
                MvAgendaView  *self)
{
  MvAgendaItem *item = dropped_item (self, value);

  if (item == NULL)
    return FALSE;
  return mv_agenda_view_move_item (self, item, self->meeting, MV_AGENDA_BEFORE_AOB);
}

static gboolean
backlog_drop_cb (GtkDropTarget *target,
                 const GValue  *value,
                 double         x,
                 double         y,
                 MvAgendaView  *self)
{
  MvAgendaItem *item = dropped_item (self, value);

  if (item == NULL || mv_agenda_item_get_meeting_id (item) == NULL)
    return FALSE;
  return remove_item (self, item);
}

static void
add_drop_target (MvAgendaView *self,
                 GtkWidget    *widget,
                 GCallback     callback)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

  g_signal_connect (target, "drop", callback, self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (target));
}

static GtkWidget *
agenda_row_new (MvAgendaView *self,
                MvAgendaItem *item,
                const char   *start,
                GString      *reasons,
                gboolean      editable)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *start_label = gtk_label_new (start);
  g_autofree char *heading = item_heading (item);
  g_autofree char *details = item_details (item);
  g_autofree char *description = NULL;

  g_object_set_data_full (G_OBJECT (row), "mv-item", g_object_ref (item), g_object_unref);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), heading);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), details);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_focusable (row, TRUE);

  gtk_widget_add_css_class (start_label, "numeric");
  gtk_widget_add_css_class (start_label, "heading");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), start_label);

  if (reasons->len > 0)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      gtk_widget_set_tooltip_text (icon, reasons->str);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      reasons->str, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
    }

  if (editable)
    {
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
      g_autofree char *label = NULL;

      if (mv_agenda_item_get_fixed_kind (item) != MV_FIXED_KIND_NONE)
        label = g_strdup_printf (_("Remove “%s” from the agenda"),
                                 mv_agenda_item_get_title (item));
      else
        label = g_strdup_printf (_("Put “%s” back in the backlog"),
                                 mv_agenda_item_get_title (item));
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

      add_drag_source (self, row);
      add_drop_target (self, row, G_CALLBACK (row_drop_cb));
    }

  /* Read out as seen: the start, the number and title, the details. */
  /* Translators: an agenda row for screen readers: start time, details, warnings. */
  description = g_strdup_printf (_("Starts %s. %s. %s"), start, details, reasons->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description, -1);
  return row;
}

static GtkWidget *
backlog_row_new (MvAgendaView *self,
                 MvAgendaItem *item,
                 gboolean      editable)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *details = item_details (item);

  g_object_set_data_full (G_OBJECT (row), "mv-item", g_object_ref (item), g_object_unref);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mv_agenda_item_get_title (item));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), details);

  if (editable)
    {
      GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");
      g_autofree char *label = g_strdup_printf (_("Add “%s” to the agenda"),
                                                mv_agenda_item_get_title (item));

      gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (add, "flat");
      gtk_widget_set_tooltip_text (add, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      g_signal_connect (add, "clicked", G_CALLBACK (add_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), add);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), add);
      add_drag_source (self, row);
    }
  return row;
}

static gboolean
matches_search (MvAgendaItem *item,
                const char   *needle)
{
  if (needle == NULL || *needle == '\0')
    return TRUE;
  return mv_text_contains_folded (mv_agenda_item_get_title (item), needle);
}

static void
update_backlog (MvAgendaView *self,
                gboolean      editable)
{
  g_autoptr(MvCouncil) council = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *needle = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->backlog_search));
  guint shown = 0;

  clear_list (self->backlog_list);
  gtk_widget_set_visible (self->backlog_clamp, editable);
  if (!editable || (council = mv_meeting_dup_council (self->store, self->meeting)) == NULL)
    return;

  needle = mv_is_blank (text) ? NULL : mv_text_fold (g_strstrip (g_strdup (text)));
  items = mv_store_list_backlog (self->store, council);
  for (guint i = 0; i < items->len; i++)
    {
      MvAgendaItem *item = g_ptr_array_index (items, i);

      if (!matches_search (item, needle))
        continue;
      gtk_list_box_append (self->backlog_list, backlog_row_new (self, item, editable));
      shown++;
    }

  if (shown == 0)
    add_placeholder_row (self->backlog_list, items->len == 0 ? _("The backlog is empty")
                                                             : _("No item in the backlog matches"));
}

static void
update_total (MvAgendaView  *self,
              MvAgendaTimes *times)
{
  g_autofree char *text = NULL;

  if (times->length_minutes > 0 && times->overrun_minutes > 0)
    /* Translators: the agenda's minutes against the meeting's length, and by how much the
     * items run over it. */
    text = g_strdup_printf (_("%d of %d min · %d min over"), times->total_minutes,
                            times->length_minutes, times->overrun_minutes);
  else if (times->length_minutes > 0)
    /* Translators: the agenda's minutes against the meeting's length. */
    text = g_strdup_printf (_("%d of %d min"), times->total_minutes, times->length_minutes);
  else
    /* Translators: the agenda's minutes, for a meeting without an end. */
    text = g_strdup_printf (_("%d min"), times->total_minutes);

  gtk_label_set_text (self->total_label, text);
  if (times->overrun_minutes > 0)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->total_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->total_label), "dim-label");
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->total_label), "dim-label");
      gtk_widget_remove_css_class (GTK_WIDGET (self->total_label), "error");
    }
}

static void
update_warnings (MvAgendaView *self,
                 GPtrArray    *warnings)
{
  clear_list (self->warnings_list);
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_group), warnings->len > 0);

  for (guint i = 0; i < warnings->len; i++)
    {
      MvAgendaWarning *warning = g_ptr_array_index (warnings, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      g_autofree char *heading = warning->item ? item_heading (warning->item)
                                               : g_strdup (_("The meeting"));

      gtk_widget_add_css_class (icon, "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Warning"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), warning->reason);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), heading);
      gtk_list_box_append (self->warnings_list, row);
    }
}

/* How to change the agenda, and whether its numbers may still change. */
static void
update_description (MvAgendaView *self,
                    GPtrArray    *items,
                    gboolean      editable)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean provisional = FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      MvAgendaItem *item = g_ptr_array_index (items, i);

      provisional |= mv_agenda_item_get_number (item) > 0 &&
                     !mv_agenda_item_get_number_fixed (item);
    }

  if (provisional)
    g_string_append (text, _("The numbers are provisional until the notice is sent."));
  if (editable)
    g_string_append_printf (text, "%s%s", text->len ? " " : "",
                            _("Alt+↑ and Alt+↓ move the chosen item, Delete takes it off, "
                              "Ctrl+Z undoes."));
  adw_preferences_group_set_description (self->agenda_group, text->len ? text->str : NULL);
}

static GtkWidget *
find_row (GtkListBox *list,
          const char *item_id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      MvAgendaItem *item = row_item (row);

      if (item != NULL && g_strcmp0 (mv_record_get_id (MV_RECORD (item)), item_id) == 0)
        return row;
    }
  return NULL;
}

static void
rebuild (MvAgendaView *self)
{
  g_autoptr(MvAgendaTimes) times = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  MvAgendaItem *focused = focused_item (self);
  gboolean editable = takes_changes (self);

  mv_record_watch_cancel (self->watch);
  if (self->focus_item_id == NULL && focused != NULL)
    self->focus_item_id = g_strdup (mv_record_get_id (MV_RECORD (focused)));

  clear_list (self->agenda_list);
  if (self->store == NULL || self->meeting == NULL)
    {
      clear_list (self->backlog_list);
      clear_list (self->warnings_list);
      g_clear_pointer (&self->focus_item_id, g_free);
      return;
    }

  times = mv_agenda_start_times (self->store, self->meeting);
  warnings = mv_agenda_warnings (self->store, self->meeting, NULL);
  for (guint i = 0; i < times->items->len; i++)
    {
      MvAgendaItem *item = g_ptr_array_index (times->items, i);
      g_autoptr(GString) reasons = g_string_new (NULL);

      for (guint w = 0; w < warnings->len; w++)
        {
          MvAgendaWarning *warning = g_ptr_array_index (warnings, w);

          if (warning->item == item)
            g_string_append_printf (reasons, "%s%s", reasons->len ? "\n" : "", warning->reason);
        }
      gtk_list_box_append (self->agenda_list,
                           agenda_row_new (self, item, g_ptr_array_index (times->starts, i),
                                           reasons, editable));
    }
  if (times->items->len == 0)
    add_placeholder_row (self->agenda_list, _("No items on the agenda yet"));

  update_description (self, times->items, editable);
  update_total (self, times);
  update_warnings (self, warnings);
  update_backlog (self, editable);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.add-item", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.move-up", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.move-down", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.remove", editable);

  if (self->focus_item_id != NULL)
    {
      GtkWidget *row = find_row (self->agenda_list, self->focus_item_id);

      if (row != NULL)
        {
          GtkRoot *root = gtk_widget_get_root (row);

          gtk_list_box_select_row (self->agenda_list, GTK_LIST_BOX_ROW (row));
          gtk_widget_grab_focus (row);
          /* The row is new: without this the ring that showed where the
           * moved item went is gone until the next key. */
          if (self->show_focus && GTK_IS_WINDOW (root))
            gtk_window_set_focus_visible (GTK_WINDOW (root), TRUE);
        }
      g_clear_pointer (&self->focus_item_id, g_free);
    }
  self->show_focus = FALSE;
}

static void
refresh (gpointer user_data)
{
  rebuild (user_data);
}

static void
record_notify_cb (MvAgendaView *self)
{
  mv_record_watch_queue (self->watch);
}

static void
backlog_search_changed_cb (MvAgendaView *self)
{
  update_backlog (self, takes_changes (self));
}

static void
row_activated_cb (MvAgendaView  *self,
                  GtkListBoxRow *row)
{
  MvAgendaItem *item = row_item (GTK_WIDGET (row));

  if (item != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-item", "s",
                                mv_record_get_id (MV_RECORD (item)));
}

/* A new item on this meeting's agenda, opened for its title: the meeting
 * page's "New Item" and its Ctrl+N. */
static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MvAgendaView *self = MV_AGENDA_VIEW (widget);
  g_autoptr(GError) error = NULL;
  MvCouncil *council;
  MvAgendaItem *item;

  if (self->store == NULL || self->meeting == NULL)
    return;

  council = mv_store_lookup (self->store, MV_TYPE_COUNCIL,
                             mv_meeting_get_council_id (self->meeting));
  item = mv_agenda_add_item (self->store, council, self->meeting, _("New item"),
                             MV_ITEM_KIND_DISCUSSION, 15, NULL, NULL, NULL, &error);
  if (item == NULL)
    {
      mv_widget_show_error (widget, _("Could Not Add the Item"), error->message);
      return;
    }
  gtk_widget_activate_action (widget, "win.edit-item", "s", mv_record_get_id (MV_RECORD (item)));
}

/* One place up or down, never past "any other business", which stays last. */
static void
move_by (MvAgendaView *self,
         int           delta)
{
  MvAgendaItem *item = focused_item (self);
  g_autoptr(GPtrArray) items = NULL;
  MvAgendaItem *other;
  guint index;

  if (item == NULL || self->meeting == NULL)
    return;

  items = mv_store_list_agenda (self->store, self->meeting);
  if (!g_ptr_array_find (items, item, &index) ||
      (delta < 0 && index == 0) || (delta > 0 && index + 1 >= items->len))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  other = g_ptr_array_index (items, index + delta);
  if (mv_agenda_item_get_fixed_kind (item) == MV_FIXED_KIND_AOB ||
      mv_agenda_item_get_fixed_kind (other) == MV_FIXED_KIND_AOB)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  mv_agenda_view_move_item (self, item, self->meeting, (int) index + delta);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move_by (MV_AGENDA_VIEW (widget), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move_by (MV_AGENDA_VIEW (widget), 1);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MvAgendaView *self = MV_AGENDA_VIEW (widget);
  MvAgendaItem *item = focused_item (self);

  if (item != NULL)
    remove_item (self, item);
}

static void
mv_agenda_view_dispose (GObject *object)
{
  MvAgendaView *self = MV_AGENDA_VIEW (object);
  GtkWidget *child;

  mv_agenda_view_set_meeting (self, NULL);
  mv_agenda_view_set_store (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (object), MV_TYPE_AGENDA_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  g_clear_pointer (&self->watch, mv_record_watch_free);
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->focus_item_id, g_free);

  G_OBJECT_CLASS (mv_agenda_view_parent_class)->dispose (object);
}

static void
mv_agenda_view_class_init (MvAgendaViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mv_agenda_view_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/medvirke/Medvirke/mv-agenda-view.ui");
  gtk_widget_class_bind_template_child (widget_class, MvAgendaView, agenda_group);
  gtk_widget_class_bind_template_child (widget_class, MvAgendaView, agenda_list);
  gtk_widget_class_bind_template_child (widget_class, MvAgendaView, backlog_clamp);
  gtk_widget_class_bind_template_child (widget_class, MvAgendaView, backlog_list);
  gtk_widget_class_bind_template_child (widget_class, MvAgendaView, backlog_search);
  gtk_widget_class_bind_template_child (widget_class, MvAgendaView, total_label);
  gtk_widget_class_bind_template_child (widget_class, MvAgendaView, warnings_group);
  gtk_widget_class_bind_template_child (widget_class, MvAgendaView, warnings_list);
  gtk_widget_class_bind_template_callback (widget_class, backlog_search_changed_cb);

  gtk_widget_class_install_action (widget_class, "agenda.add-item", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "agenda.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "agenda.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "agenda.remove", NULL, remove_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "agenda.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, GDK_ALT_MASK,
                                       "agenda.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "agenda.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, GDK_ALT_MASK,
                                       "agenda.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "agenda.remove", NULL);
}

static void
mv_agenda_view_init (MvAgendaView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mv_widget_plain_mnemonics (GTK_WIDGET (self));

  self->watch = mv_record_watch_new (refresh, self);
  self->undo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) mv_undo_free);

  g_signal_connect_swapped (self->agenda_list, "row-activated", G_CALLBACK (row_activated_cb),
                            self);
  add_drop_target (self, GTK_WIDGET (self->agenda_list), G_CALLBACK (agenda_drop_cb));
  add_drop_target (self, GTK_WIDGET (self->backlog_list), G_CALLBACK (backlog_drop_cb));
  rebuild (self);
}

void
mv_agenda_view_set_store (MvAgendaView *self,
                          MvStore      *store)
{
  g_return_if_fail (MV_IS_AGENDA_VIEW (self));
  g_return_if_fail (store == NULL || MV_IS_STORE (store));

  if (self->store == store)
    return;

  mv_record_watch_clear (self->watch);
  g_ptr_array_set_size (self->undo_stack, 0);

  g_set_object (&self->store, store);
  if (store != NULL)
    mv_record_watch_add (self->watch, mv_store_get_model (store, MV_TYPE_AGENDA_ITEM), TRUE);
  rebuild (self);
}

void
mv_agenda_view_set_meeting (MvAgendaView *self,
                            MvMeeting    *meeting)
{
  g_return_if_fail (MV_IS_AGENDA_VIEW (self));
  g_return_if_fail (meeting == NULL || MV_IS_MEETING (meeting));

  if (self->meeting == meeting)
    return;

  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_func (self->meeting, record_notify_cb, self);
  g_set_object (&self->meeting, meeting);
  if (self->meeting != NULL)
    g_signal_connect_swapped (self->meeting, "notify", G_CALLBACK (record_notify_cb), self);

  g_ptr_array_set_size (self->undo_stack, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->backlog_search), "");
  rebuild (self);
}

/**
 * mv_agenda_view_move_item:
 * @meeting: (nullable): the view's meeting, or %NULL for the backlog
 * @position: the place on the agenda, or %MV_AGENDA_BEFORE_AOB
 *
 * Puts @item at @position of the agenda (or back in the backlog), with a
 * toast that can undo it; shows why when that fails.
 */
gboolean
mv_agenda_view_move_item (MvAgendaView *self,
                          MvAgendaItem *item,
                          MvMeeting    *meeting,
                          int           position)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  MvUndo *undo = NULL;
  gboolean same_meeting;
  gboolean ok;

  g_return_val_if_fail (MV_IS_AGENDA_VIEW (self), FALSE);
  g_return_val_if_fail (MV_IS_AGENDA_ITEM (item), FALSE);

  if (self->store == NULL)
    return FALSE;

  same_meeting = meeting != NULL &&
                 g_strcmp0 (mv_agenda_item_get_meeting_id (item),
                            mv_record_get_id (MV_RECORD (meeting))) == 0;
  if (meeting == NULL)
    return mv_agenda_item_get_meeting_id (item) != NULL && remove_item (self, item);

  if (same_meeting)
    {
      if (position == MV_AGENDA_BEFORE_AOB || position == mv_agenda_item_get_position (item))
        return FALSE;
      ok = mv_agenda_reorder (self->store, item, position, &undo, &error);
      message = g_strdup_printf (_("Moved “%s”"), mv_agenda_item_get_title (item));
    }
  else
    {
      ok = mv_agenda_move (self->store, item, meeting, position, &undo, &error);
      message = g_strdup_printf (_("Added “%s” to the agenda"),
                                 mv_agenda_item_get_title (item));
    }

  if (!ok)
    {
      mv_widget_show_error (GTK_WIDGET (self), _("Could Not Change the Agenda"), error->message);
      return FALSE;
    }

  done (self, item, undo, message);
  return TRUE;
}

/**
 * mv_agenda_view_undo:
 *
 * Takes back the last change made here to the agenda.
 */
gboolean
mv_agenda_view_undo (MvAgendaView *self)
{
  g_autoptr(MvUndo) undo = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (MV_IS_AGENDA_VIEW (self), FALSE);

  if (self->store == NULL || self->undo_stack->len == 0)
    return FALSE;

  undo = g_ptr_array_steal_index (self->undo_stack, self->undo_stack->len - 1);
  if (!mv_undo_apply (undo, self->store, &error))
    {
      mv_widget_show_error (GTK_WIDGET (self), _("Could Not Undo"), error->message);
      return FALSE;
    }

  self->show_focus = TRUE;
  rebuild (self);
  return TRUE;
}

GtkListBox *
mv_agenda_view_get_agenda_list (MvAgendaView *self)
{
  g_return_val_if_fail (MV_IS_AGENDA_VIEW (self), NULL);

  return self->agenda_list;
}

GtkListBox *
mv_agenda_view_get_backlog_list (MvAgendaView *self)
{
  g_return_val_if_fail (MV_IS_AGENDA_VIEW (self), NULL);

  return self->backlog_list;
}

GtkLabel *
mv_agenda_view_get_total_label (MvAgendaView *self)
{
  g_return_val_if_fail (MV_IS_AGENDA_VIEW (self), NULL);

  return self->total_label;
}

/**
 * mv_agenda_view_get_warnings_group:
 *
 * The group of the agenda's warnings, below the agenda unless the view's
 * host puts it elsewhere (the meeting page puts it at its top); the view
 * keeps it filled wherever it is.
 *
 * Returns: (transfer none): the group
 */
GtkWidget *
mv_agenda_view_get_warnings_group (MvAgendaView *self)
{
  g_return_val_if_fail (MV_IS_AGENDA_VIEW (self), NULL);

  return GTK_WIDGET (self->warnings_group);
}

GtkListBox *
mv_agenda_view_get_warnings_list (MvAgendaView *self)
{
  g_return_val_if_fail (MV_IS_AGENDA_VIEW (self), NULL);

  return self->warnings_list;
}
