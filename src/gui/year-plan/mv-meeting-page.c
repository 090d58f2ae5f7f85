/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-agenda.h"
#include "mv-agenda-view.h"
#include "mv-attachments.h"
#include "mv-dates.h"
#include "mv-enum-types.h"
#include "mv-export-dialog.h"
#include "mv-gui-util.h"
#include "mv-meeting-actions.h"
#include "mv-meeting-dialog.h"
#include "mv-meeting-page.h"
#include "mv-meeting-util.h"
#include "mv-queries.h"
#include "mv-year-plan.h"

/* One meeting: the steps of its status, its agenda to build, and its
 * facts. */
struct _MvMeetingPage
{
  GtkWidget       parent_instance;

  MvStore        *store;
  MvMeeting      *meeting;
  GPtrArray      *fact_rows;

  /* Template widgets */
  MvAgendaView   *agenda_view;
  MvAttachments  *attachments;
  GtkWidget      *approved_button;
  GtkWidget      *back_button;
  GtkBox         *content_box;
  AdwPreferencesGroup *facts_group;
  GtkWidget      *held_button;
  GtkWidget      *notice_button;
  AdwActionRow   *status_row;
  GtkLabel       *title_label;
};

G_DEFINE_FINAL_TYPE (MvMeetingPage, mv_meeting_page, GTK_TYPE_WIDGET)

enum {
  BACK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_facts (MvMeetingPage *self)
{
  for (guint i = 0; i < self->fact_rows->len; i++)
    adw_preferences_group_remove (self->facts_group, g_ptr_array_index (self->fact_rows, i));
  g_ptr_array_set_size (self->fact_rows, 0);
}

static void
add_fact (MvMeetingPage *self,
          const char    *title,
          const char    *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value && *value ? value : "—");
  adw_preferences_group_add (self->facts_group, row);
  g_ptr_array_add (self->fact_rows, row);
}

static const char * const paper_actions[] = {
  "meeting.export",
  "meeting.print",
  "meeting.email",
};

static void
update (MvMeetingPage *self)
{
  MvMeeting *m = self->meeting;
  MvMeetingStatus status;
  gboolean writable;
  g_autofree char *label = NULL;
  g_autofree char *date = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *time = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *notice = NULL;

  clear_facts (self);

  /* The papers of a meeting that will take place, or did. */
  for (guint i = 0; i < G_N_ELEMENTS (paper_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), paper_actions[i],
                                   m != NULL && self->store != NULL &&
                                   mv_meeting_get_status (m) != MV_MEETING_STATUS_CANCELLED);

  if (m == NULL)
    {
      gtk_label_set_text (self->title_label, "");
      return;
    }

  status = mv_meeting_get_status (m);
  writable = self->store != NULL && !mv_store_get_read_only (self->store);
  label = mv_date_format_user (mv_meeting_get_starts_at (m), MV_DATE_STYLE_LONG);
  gtk_label_set_text (self->title_label, label);

  start = mv_meeting_dup_start_time (m);
  end = mv_meeting_dup_end_time (m);
  time = mv_time_range_format (start, end);
  deadline = mv_date_format_user (mv_meeting_get_case_deadline (m), MV_DATE_STYLE_LONG);
  notice = mv_date_format_user (mv_meeting_get_notice_date (m), MV_DATE_STYLE_LONG);

  add_fact (self, _("Date"), label);
  add_fact (self, _("Time"), time);
  add_fact (self, _("Place"), mv_meeting_get_place (m));
  add_fact (self, _("Theme"), mv_meeting_get_theme (m));
  add_fact (self, _("Kind"), mv_enum_to_label (MV_TYPE_MEETING_KIND, mv_meeting_get_kind (m)));
  add_fact (self, _("Case Deadline"), deadline);
  add_fact (self, _("Notice Date"), notice);

  adw_action_row_set_subtitle (self->status_row,
                               mv_enum_to_label (MV_TYPE_MEETING_STATUS, status));

  gtk_widget_set_sensitive (self->notice_button, writable && status == MV_MEETING_STATUS_PLANNED);
  gtk_widget_set_sensitive (self->held_button,
                            writable && (status == MV_MEETING_STATUS_PLANNED ||
                                         status == MV_MEETING_STATUS_NOTICE_SENT));
  gtk_widget_set_sensitive (self->approved_button, writable && status == MV_MEETING_STATUS_HELD);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.edit",
                                 writable && status != MV_MEETING_STATUS_CANCELLED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.cancel",
                                 writable && (status == MV_MEETING_STATUS_PLANNED ||
                                              status == MV_MEETING_STATUS_NOTICE_SENT));
}

static void
meeting_notify_cb (MvMeetingPage *self)
{
  update (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[BACK], 0);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  mv_meeting_page_edit (MV_MEETING_PAGE (widget));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MvMeetingPage *self = MV_MEETING_PAGE (widget);

  if (self->store != NULL && self->meeting != NULL)
    mv_export_dialog_present (widget, self->store, self->meeting);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MvMeetingPage *self = MV_MEETING_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->store != NULL && self->meeting != NULL)
    mv_print_notice (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store, self->meeting);
}

static void
email_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MvMeetingPage *self = MV_MEETING_PAGE (widget);

  if (self->store != NULL && self->meeting != NULL)
    mv_send_notice_by_email (widget, self->store, self->meeting);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  mv_meeting_page_cancel_meeting (MV_MEETING_PAGE (widget));
}

/* Undo for a change to the whole meeting: marking the notice as sent,
 * cancelling. */
static void
add_undo_toast (MvMeetingPage    *self,
                const char       *message,
                MvUndo *snapshot)
{
  mv_widget_add_store_undo_toast (GTK_WIDGET (self), message, self->store, snapshot,
                                  _("Could Not Undo"));
}

static void
set_status (MvMeetingPage *self,
            int            status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvUndo) undo = NULL;
  MvMeetingStatus was = mv_meeting_get_status (self->meeting);

  /* Sending the notice also fixes the items' numbers: that can be undone. */
  if (!mv_meeting_set_status (self->store, self->meeting, status, &undo, &error))
    {
      mv_widget_show_error (GTK_WIDGET (self), _("Could Not Change the Status"), error->message);
      return;
    }
  if (status == MV_MEETING_STATUS_NOTICE_SENT && was == MV_MEETING_STATUS_PLANNED)
    add_undo_toast (self, _("Notice marked as sent; the item numbers are fixed"),
                    g_steal_pointer (&undo));
}

static void
notice_sent_anyway_cb (MvMeetingPage *self)
{
  if (self->meeting != NULL && self->store != NULL)
    set_status (self, MV_MEETING_STATUS_NOTICE_SENT);
}

static void
set_status_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MvMeetingPage *self = MV_MEETING_PAGE (widget);
  GtkWidget *dialog = NULL;
  int status;

  if (self->meeting == NULL || self->store == NULL ||
      !mv_enum_from_nick (MV_TYPE_MEETING_STATUS, g_variant_get_string (parameter, NULL), &status))
    return;

  /* A notice without a place, a secretariat or presenters is asked about
   * before it counts as sent. */
  if (status == MV_MEETING_STATUS_NOTICE_SENT &&
      mv_meeting_get_status (self->meeting) == MV_MEETING_STATUS_PLANNED)
    dialog = mv_notice_gaps_dialog_new (widget, self->store, self->meeting,
                                        _("Mark the Notice as Sent?"), _("_Send Anyway"));
  if (dialog != NULL)
    {
      g_signal_connect_object (dialog, "response::anyway", G_CALLBACK (notice_sent_anyway_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  set_status (self, status);
}

static void
mv_meeting_page_dispose (GObject *object)
{
  MvMeetingPage *self = MV_MEETING_PAGE (object);
  GtkWidget *child;

  mv_meeting_page_set_meeting (self, NULL);
  mv_meeting_page_set_store (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (object), MV_TYPE_MEETING_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_pointer (&self->fact_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (mv_meeting_page_parent_class)->dispose (object);
}

static void
mv_meeting_page_class_init (MvMeetingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mv_meeting_page_dispose;

  /**
   * MvMeetingPage::back:
   *
   * The user wants the list of meetings again.
   */
  signals[BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (MV_TYPE_AGENDA_VIEW);
  g_type_ensure (MV_TYPE_ATTACHMENTS);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/medvirke/Medvirke/mv-meeting-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MvMeetingPage, agenda_view);
  gtk_widget_class_bind_template_child (widget_class, MvMeetingPage, attachments);
  gtk_widget_class_bind_template_child (widget_class, MvMeetingPage, approved_button);
  gtk_widget_class_bind_template_child (widget_class, MvMeetingPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, MvMeetingPage, content_box);
  gtk_widget_class_bind_template_child (widget_class, MvMeetingPage, facts_group);
  gtk_widget_class_bind_template_child (widget_class, MvMeetingPage, held_button);
  gtk_widget_class_bind_template_child (widget_class, MvMeetingPage, notice_button);
  gtk_widget_class_bind_template_child (widget_class, MvMeetingPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, MvMeetingPage, title_label);

  gtk_widget_class_install_action (widget_class, "meeting.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "meeting.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "meeting.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "meeting.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "meeting.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "meeting.email", NULL, email_action);
  gtk_widget_class_install_action (widget_class, "meeting.set-status", "s", set_status_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "meeting.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "meeting.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "meeting.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "meeting.print", NULL);
}

static void
mv_meeting_page_init (MvMeetingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mv_widget_plain_mnemonics (GTK_WIDGET (self));

  /* The agenda's warnings first on the page, where they are seen before
   * the notice goes out, not below a long agenda. */
  {
    GtkWidget *warnings = mv_agenda_view_get_warnings_group (self->agenda_view);

    g_object_ref (warnings);
    gtk_box_remove (GTK_BOX (gtk_widget_get_parent (warnings)), warnings);
    gtk_box_prepend (self->content_box, warnings);
    g_object_unref (warnings);
  }

  /* Files dropped anywhere on the page become the meeting's documents. */
  mv_attachments_add_drop_target (self->attachments, GTK_WIDGET (self));

  self->fact_rows = g_ptr_array_new ();
  update (self);
}

MvMeeting *
mv_meeting_page_get_meeting (MvMeetingPage *self)
{
  g_return_val_if_fail (MV_IS_MEETING_PAGE (self), NULL);

  return self->meeting;
}

void
mv_meeting_page_set_meeting (MvMeetingPage *self,
                             MvMeeting     *meeting)
{
  g_return_if_fail (MV_IS_MEETING_PAGE (self));
  g_return_if_fail (meeting == NULL || MV_IS_MEETING (meeting));

  if (self->meeting == meeting)
    return;

  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_func (self->meeting, meeting_notify_cb, self);
  g_set_object (&self->meeting, meeting);
  if (self->meeting != NULL)
    g_signal_connect_swapped (self->meeting, "notify", G_CALLBACK (meeting_notify_cb), self);
  mv_agenda_view_set_meeting (self->agenda_view, meeting);
  mv_attachments_set_owner (self->attachments, self->store, NULL, meeting);

  update (self);
}

void
mv_meeting_page_set_store (MvMeetingPage *self,
                           MvStore       *store)
{
  g_return_if_fail (MV_IS_MEETING_PAGE (self));

  if (self->store == store)
    return;

  g_set_object (&self->store, store);
  mv_agenda_view_set_store (self->agenda_view, store);
  mv_attachments_set_owner (self->attachments, store, NULL, self->meeting);

  update (self);
}

static GtkWindow *
parent_window (MvMeetingPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/**
 * mv_meeting_page_edit:
 *
 * Returns: (transfer none) (nullable): the meeting form shown
 */
GtkWidget *
mv_meeting_page_edit (MvMeetingPage *self)
{
  g_autoptr(MvCouncil) council = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (MV_IS_MEETING_PAGE (self), NULL);

  if (self->store == NULL || self->meeting == NULL ||
      (council = mv_meeting_dup_council (self->store, self->meeting)) == NULL)
    return NULL;

  dialog = mv_meeting_dialog_new (parent_window (self), self->store, council, self->meeting, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

typedef struct
{
  MvMeetingPage *self;
  MvMeeting     *meeting;
  GPtrArray     *targets;
  GtkDropDown   *target_dropdown;
  GtkCheckButton *move_check;
} CancelData;

static void
cancel_data_free (gpointer  user_data,
                  GClosure *closure)
{
  CancelData *data = user_data;

  g_clear_object (&data->self);
  g_clear_object (&data->meeting);
  g_clear_pointer (&data->targets, g_ptr_array_unref);
  g_free (data);
}

static void
cancel_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    CancelData       *data)
{
  g_autoptr(MvUndo) snapshot = NULL;
  g_autoptr(GError) error = NULL;
  MvMeeting *target = NULL;
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "cancel-meeting") != 0 || data->self->store == NULL)
    return;

  if (data->move_check != NULL && gtk_check_button_get_active (data->move_check))
    {
      guint selected = gtk_drop_down_get_selected (data->target_dropdown);

      if (selected < data->targets->len)
        target = g_ptr_array_index (data->targets, selected);
    }

  snapshot = mv_agenda_snapshot_new (data->self->store, data->meeting, target);
  if (!mv_meeting_cancel (data->self->store, data->meeting, target, &error))
    {
      mv_widget_show_error (GTK_WIDGET (data->self), _("Could Not Cancel the Meeting"),
                            error->message);
      return;
    }

  label = mv_meeting_dup_label (data->meeting);
  message = g_strdup_printf (_("Cancelled the meeting of %s"), label);
  add_undo_toast (data->self, message, g_steal_pointer (&snapshot));
}

/**
 * mv_meeting_page_cancel_meeting:
 *
 * Asks what becomes of the meeting's items, then cancels it.
 *
 * Returns: (transfer none) (nullable): the question shown
 */
GtkWidget *
mv_meeting_page_cancel_meeting (MvMeetingPage *self)
{
  g_autoptr(MvCouncil) council = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *label = NULL;
  g_autofree char *body = NULL;
  CancelData *data;
  GtkWidget *dialog;
  guint n_items;

  g_return_val_if_fail (MV_IS_MEETING_PAGE (self), NULL);

  if (self->store == NULL || self->meeting == NULL ||
      (council = mv_meeting_dup_council (self->store, self->meeting)) == NULL)
    return NULL;

  data = g_new0 (CancelData, 1);
  data->self = g_object_ref (self);
  data->meeting = g_object_ref (self->meeting);
  data->targets = g_ptr_array_new_with_free_func (g_object_unref);

  meetings = mv_store_list_meetings (self->store, council, 0);
  for (guint i = 0; i < meetings->len; i++)
    {
      MvMeeting *other = g_ptr_array_index (meetings, i);
      MvMeetingStatus status = mv_meeting_get_status (other);
      g_autofree char *name = NULL;

      if (other == self->meeting ||
          (status != MV_MEETING_STATUS_PLANNED && status != MV_MEETING_STATUS_NOTICE_SENT))
        continue;

      name = mv_meeting_dup_label (other);
      gtk_string_list_append (names, name);
      g_ptr_array_add (data->targets, g_object_ref (other));
    }

  items = mv_store_list_agenda (self->store, self->meeting);
  n_items = items->len;
  label = mv_meeting_dup_label (self->meeting);
  if (n_items > 0)
    body = g_strdup_printf (ngettext ("The meeting of %s has %u item on its agenda. Where "
                                      "should the item go?",
                                      "The meeting of %s has %u items on its agenda. Where "
                                      "should they go?", n_items),
                            label, n_items);
  else
    body = g_strdup_printf (_("The meeting of %s has no items on its agenda."), label);

  dialog = adw_message_dialog_new (parent_window (self), _("Cancel the Meeting?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep the Meeting"),
                                    "cancel-meeting", _("_Cancel Meeting"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "cancel-meeting",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");

  if (n_items > 0)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *move_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *move = gtk_check_button_new_with_mnemonic (_("_Move them to"));
      GtkWidget *backlog = gtk_check_button_new_with_mnemonic (_("Put them back in the _backlog"));
      GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);

      mv_widget_plain_mnemonics (move);
      mv_widget_plain_mnemonics (backlog);
      gtk_check_button_set_group (GTK_CHECK_BUTTON (backlog), GTK_CHECK_BUTTON (move));
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Meeting to move the items to"), -1);
      gtk_widget_set_hexpand (dropdown, TRUE);
      g_object_bind_property (move, "active", dropdown, "sensitive", G_BINDING_SYNC_CREATE);
      gtk_box_append (GTK_BOX (move_box), move);
      gtk_box_append (GTK_BOX (move_box), dropdown);
      gtk_box_append (GTK_BOX (box), move_box);
      gtk_box_append (GTK_BOX (box), backlog);

      if (data->targets->len > 0)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (move), TRUE);
      else
        {
          gtk_check_button_set_active (GTK_CHECK_BUTTON (backlog), TRUE);
          gtk_widget_set_sensitive (move_box, FALSE);
        }

      data->move_check = GTK_CHECK_BUTTON (move);
      data->target_dropdown = GTK_DROP_DOWN (dropdown);
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
    }

  g_signal_connect_data (dialog, "response", G_CALLBACK (cancel_response_cb), data,
                         cancel_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

MvAgendaView *
mv_meeting_page_get_agenda_view (MvMeetingPage *self)
{
  g_return_val_if_fail (MV_IS_MEETING_PAGE (self), NULL);

  return self->agenda_view;
}

/**
 * mv_meeting_page_add_item:
 *
 * A new item on the meeting's agenda, opened for its title in the items
 * section, as the agenda's New Item button does.
 */
void
mv_meeting_page_add_item (MvMeetingPage *self)
{
  g_return_if_fail (MV_IS_MEETING_PAGE (self));

  gtk_widget_activate_action (GTK_WIDGET (self->agenda_view), "agenda.add-item", NULL);
}
