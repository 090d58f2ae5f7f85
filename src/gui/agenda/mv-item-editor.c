/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-agenda.h"
#include "mv-attachments.h"
#include "mv-dates.h"
#include "mv-enum-types.h"
#include "mv-gui-util.h"
#include "mv-item-editor.h"
#include "mv-meeting-util.h"
#include "mv-queries.h"

/* How long typing may pause before the fields are written. */
#define SAVE_DELAY_MS 500

/* The fixed choices of the "raised by" row; the organisations follow. */
enum {
  RAISED_NONE,
  RAISED_NAV,
  RAISED_COUNCIL,
  N_RAISED_FIXED
};

struct _MvItemEditor
{
  GtkWidget            parent_instance;

  MvStore             *store;
  MvAgendaItem        *item;
  GPtrArray           *organisations;  /* of MvOrganisation, after the fixed choices */
  GPtrArray           *members;        /* of MvMember, after "None" */
  GPtrArray           *meetings;       /* of MvMeeting, after the backlog */
  GPtrArray           *organisation_rows;
  guint                save_id;
  guint                move_id;
  gboolean             dirty;          /* typed but not yet written */
  gboolean             loading;        /* the fields are being filled from the item */
  gboolean             title_invalid;  /* the title field is blank: keep it so */
  gboolean             date_invalid;   /* the date field is no date: keep it so */
  gboolean             saving;         /* the item's notifications are our own writes */

  /* Template widgets */
  MvAttachments       *attachments;
  GtkTextView         *background_view;
  GtkTextView         *conclusion_view;
  AdwEntryRow         *decision_date_row;
  AdwComboRow         *exempt_basis_row;
  GtkWidget           *fields_box;
  AdwComboRow         *kind_row;
  AdwComboRow         *meeting_row;
  AdwComboRow         *member_row;
  GtkSpinButton       *minutes_spin;
  AdwPreferencesGroup *organisations_group;
  AdwEntryRow         *presenter_row;
  GtkSwitch           *public_switch;
  AdwComboRow         *raised_by_row;
  GtkTextView         *resolution_view;
  GtkLabel            *title_error;
  AdwEntryRow         *title_row;
};

G_DEFINE_FINAL_TYPE (MvItemEditor, mv_item_editor, GTK_TYPE_WIDGET)

static const char *
entry_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Leaves the cursor alone when the text is the same. */
static void
set_buffer_text (GtkTextView *view,
                 const char  *text)
{
  g_autofree char *old = buffer_text (view);

  if (g_strcmp0 (old, text ? text : "") != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text ? text : "", -1);
}

static void
set_entry_text (AdwEntryRow *row,
                const char  *text)
{
  if (g_strcmp0 (entry_text (row), text ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static void
show_errors (MvItemEditor *self,
             const char   *title_reason,
             const char   *date_reason)
{
  g_autoptr(GString) text = g_string_new (NULL);

  self->title_invalid = title_reason != NULL;
  self->date_invalid = date_reason != NULL;
  mv_row_set_error_reason (GTK_WIDGET (self->title_row), title_reason);
  mv_row_set_error_reason (GTK_WIDGET (self->decision_date_row), date_reason);
  if (title_reason != NULL)
    g_string_append (text, title_reason);
  if (date_reason != NULL)
    g_string_append_printf (text, "%s%s", text->len ? "\n" : "", date_reason);
  gtk_label_set_text (self->title_error, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->title_error), text->len > 0);
}

static gboolean
is_writable (MvItemEditor *self)
{
  return self->store != NULL && self->item != NULL && !mv_store_get_read_only (self->store);
}

static gboolean
is_input (MvItemEditor *self)
{
  return adw_combo_row_get_selected (self->kind_row) == MV_ITEM_KIND_INPUT;
}

/* The choices that depend on the file: organisations and members. */
static void
fill_choices (MvItemEditor *self)
{
  g_autoptr(GtkStringList) raised = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) members = gtk_string_list_new (NULL);
  MvCouncil *council = NULL;
  GListModel *organisations;

  g_ptr_array_set_size (self->organisations, 0);
  g_clear_pointer (&self->members, g_ptr_array_unref);

  /* Translators: an item raised by nobody in particular. */
  gtk_string_list_append (raised, _("Not Set"));
  gtk_string_list_append (raised, mv_enum_to_label (MV_TYPE_RAISED_BY, MV_RAISED_BY_NAV));
  gtk_string_list_append (raised, mv_enum_to_label (MV_TYPE_RAISED_BY, MV_RAISED_BY_COUNCIL));
  /* Translators: no member presents the item; the presenter is free text. */
  gtk_string_list_append (members, _("None"));

  if (self->store != NULL && self->item != NULL)
    {
      organisations = mv_store_get_model (self->store, MV_TYPE_ORGANISATION);
      for (guint i = 0; i < g_list_model_get_n_items (organisations); i++)
        g_ptr_array_add (self->organisations, g_list_model_get_item (organisations, i));
      g_ptr_array_sort (self->organisations, mv_compare_organisation_names);
      for (guint i = 0; i < self->organisations->len; i++)
        gtk_string_list_append (raised, mv_organisation_get_name (g_ptr_array_index (
                                          self->organisations, i)));

      council = mv_store_lookup (self->store, MV_TYPE_COUNCIL,
                                 mv_agenda_item_get_council_id (self->item));
    }

  self->members = council ? mv_store_list_members (self->store, council, FALSE)
                          : g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->members->len; i++)
    gtk_string_list_append (members, mv_member_get_name (g_ptr_array_index (self->members, i)));

  adw_combo_row_set_model (self->raised_by_row, G_LIST_MODEL (raised));
  adw_combo_row_set_model (self->member_row, G_LIST_MODEL (members));
}

static void
update_organisations (MvItemEditor *self)
{
  g_autoptr(GPtrArray) relevant = NULL;

  for (guint i = 0; i < self->organisation_rows->len; i++)
    adw_preferences_group_remove (self->organisations_group,
                                  g_ptr_array_index (self->organisation_rows, i));
  g_ptr_array_set_size (self->organisation_rows, 0);

  if (self->store == NULL || self->item == NULL)
    return;

  relevant = mv_agenda_relevant_organisations (self->store, self->item);
  for (guint i = 0; i < relevant->len; i++)
    {
      MvRelevantOrganisation *r = g_ptr_array_index (relevant, i);
      g_autofree char *words = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      g_ptr_array_add (r->words, NULL);
      words = g_strjoinv (", ", (char **) r->words->pdata);
      g_ptr_array_remove_index (r->words, r->words->len - 1);
      /* Translators: the words of an organisation's areas of competence
       * that the item's title or background contains. */
      subtitle = g_strdup_printf (_("Matches: %s"), words);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     mv_organisation_get_name (r->organisation));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_group_add (self->organisations_group, row);
      g_ptr_array_add (self->organisation_rows, row);
    }

  if (relevant->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("No organisation’s areas match this item"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (self->organisations_group, row);
      g_ptr_array_add (self->organisation_rows, row);
    }
}

static MvMeeting *
item_meeting (MvItemEditor *self)
{
  if (self->store == NULL || self->item == NULL)
    return NULL;
  return mv_store_lookup (self->store, MV_TYPE_MEETING,
                          mv_agenda_item_get_meeting_id (self->item));
}

static gboolean
takes_items (MvMeeting *meeting)
{
  MvMeetingStatus status = mv_meeting_get_status (meeting);

  return status == MV_MEETING_STATUS_PLANNED || status == MV_MEETING_STATUS_NOTICE_SENT;
}

/* The backlog and the meetings the item may go to, its own among them. A
 * fixed item stays with its meeting, and a held meeting keeps its items. */
static void
update_meeting (MvItemEditor *self)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  MvCouncil *council = NULL;
  MvMeeting *current = item_meeting (self);
  gboolean loading = self->loading;
  guint selected = 0;

  g_ptr_array_set_size (self->meetings, 0);
  /* Translators: where an item not yet put on a meeting's agenda waits. */
  gtk_string_list_append (choices, _("Backlog"));

  if (self->store != NULL && self->item != NULL)
    council = mv_store_lookup (self->store, MV_TYPE_COUNCIL,
                               mv_agenda_item_get_council_id (self->item));
  if (council != NULL)
    {
      g_autoptr(GPtrArray) meetings = mv_store_list_meetings (self->store, council, 0);

      for (guint i = 0; i < meetings->len; i++)
        {
          MvMeeting *meeting = g_ptr_array_index (meetings, i);
          g_autofree char *label = NULL;

          if (meeting != current && !takes_items (meeting))
            continue;
          if (meeting == current)
            selected = self->meetings->len + 1;
          label = mv_meeting_dup_label (meeting);
          gtk_string_list_append (choices, label);
          g_ptr_array_add (self->meetings, g_object_ref (meeting));
        }
    }

  self->loading = TRUE;
  adw_combo_row_set_model (self->meeting_row, G_LIST_MODEL (choices));
  adw_combo_row_set_selected (self->meeting_row, selected);
  self->loading = loading;

  gtk_widget_set_sensitive (GTK_WIDGET (self->meeting_row),
                            is_writable (self) &&
                            mv_agenda_item_get_fixed_kind (self->item) == MV_FIXED_KIND_NONE &&
                            (current == NULL || takes_items (current)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "item-editor.open-meeting", current != NULL);
}

typedef struct
{
  MvStore      *store;
  MvUndo *undo;
} MoveUndo;

static void
move_undo_free (gpointer  data,
                GClosure *closure)
{
  MoveUndo *move = data;

  g_object_unref (move->store);
  mv_undo_free (move->undo);
  g_free (move);
}

static void
move_undo_clicked_cb (AdwToast *toast,
                      MoveUndo *move)
{
  g_autoptr(GError) error = NULL;

  if (move->undo != NULL && !mv_undo_apply (move->undo, move->store, &error))
    g_warning ("Could not undo the move of an item: %s", error->message);
  g_clear_pointer (&move->undo, mv_undo_free);
}

/* With a toast that can undo it; from an idle, as the move rebuilds the
 * row's choices, which the row is still busy with. */
static gboolean
move_idle (gpointer user_data)
{
  MvItemEditor *self = user_data;
  guint selected = adw_combo_row_get_selected (self->meeting_row);
  MvMeeting *meeting = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;
  MvUndo *undo = NULL;
  MoveUndo *move;

  self->move_id = 0;
  if (!is_writable (self) || selected == GTK_INVALID_LIST_POSITION)
    return G_SOURCE_REMOVE;
  if (selected >= 1 && selected - 1 < self->meetings->len)
    meeting = g_ptr_array_index (self->meetings, selected - 1);
  if (meeting == item_meeting (self))
    return G_SOURCE_REMOVE;

  mv_item_editor_flush (self);
  if (!mv_agenda_move (self->store, self->item, meeting, MV_AGENDA_BEFORE_AOB, &undo, &error))
    {
      mv_widget_show_error (GTK_WIDGET (self), _("Could Not Move the Item"), error->message);
      update_meeting (self);
      return G_SOURCE_REMOVE;
    }

  if (meeting != NULL)
    {
      label = mv_meeting_dup_label (meeting);
      /* Translators: %s is a meeting's date and time. */
      message = g_strdup_printf (_("Put on the agenda of %s"), label);
    }
  else
    message = g_strdup (_("Put back in the backlog"));

  move = g_new0 (MoveUndo, 1);
  move->store = g_object_ref (self->store);
  move->undo = undo;
  mv_widget_add_undo_toast (GTK_WIDGET (self), message, G_CALLBACK (move_undo_clicked_cb), move,
                            move_undo_free);
  return G_SOURCE_REMOVE;
}

static void
meeting_selected_cb (MvItemEditor *self)
{
  if (!self->loading && self->move_id == 0)
    self->move_id = g_idle_add (move_idle, self);
}

static guint
raised_by_index (MvItemEditor *self)
{
  const char *organisation_id;

  switch (mv_agenda_item_get_raised_by (self->item))
    {
    case MV_RAISED_BY_NAV:
      return RAISED_NAV;
    case MV_RAISED_BY_COUNCIL:
      return RAISED_COUNCIL;
    case MV_RAISED_BY_ORGANISATION:
      organisation_id = mv_record_get_string (MV_RECORD (self->item), "raised-by-organisation-id");
      for (guint i = 0; i < self->organisations->len; i++)
        if (g_strcmp0 (mv_record_get_id (g_ptr_array_index (self->organisations, i)),
                       organisation_id) == 0)
          return N_RAISED_FIXED + i;
      return RAISED_NONE;
    case MV_RAISED_BY_NONE:
    default:
      return RAISED_NONE;
    }
}

static guint
member_index (MvItemEditor *self)
{
  const char *member_id = mv_record_get_string (MV_RECORD (self->item), "presenter-member-id");

  for (guint i = 0; member_id != NULL && i < self->members->len; i++)
    if (g_strcmp0 (mv_record_get_id (g_ptr_array_index (self->members, i)), member_id) == 0)
      return i + 1;
  return 0;
}

/* Fills the fields from the item, leaving alone those that already say
 * the same so that the cursor stays where it is. */
static void
load (MvItemEditor *self)
{
  MvAgendaItem *item = self->item;
  const char *decision = NULL;
  g_autofree char *decision_text = NULL;
  GDate date;

  self->loading = TRUE;

  gtk_widget_set_sensitive (self->fields_box, is_writable (self));
  update_meeting (self);
  update_organisations (self);

  if (item == NULL)
    {
      set_entry_text (self->title_row, "");
      set_entry_text (self->presenter_row, "");
      set_entry_text (self->decision_date_row, "");
      set_buffer_text (self->background_view, "");
      set_buffer_text (self->resolution_view, "");
      set_buffer_text (self->conclusion_view, "");
      self->loading = FALSE;
      return;
    }

  decision = mv_agenda_item_get_nav_decision_date (item);
  if (decision != NULL && mv_date_parse (decision, &date))
    decision_text = mv_date_format_entry (&date);

  if (!self->title_invalid)
    set_entry_text (self->title_row, mv_agenda_item_get_title (item));
  adw_combo_row_set_selected (self->kind_row, mv_agenda_item_get_kind (item));
  adw_combo_row_set_selected (self->raised_by_row, raised_by_index (self));
  set_entry_text (self->presenter_row, mv_agenda_item_get_presenter (item));
  adw_combo_row_set_selected (self->member_row, member_index (self));
  gtk_spin_button_set_value (self->minutes_spin, mv_agenda_item_get_duration_minutes (item));
  if (!self->date_invalid)
    set_entry_text (self->decision_date_row, decision_text);
  gtk_switch_set_active (self->public_switch, mv_agenda_item_get_public (item));
  adw_combo_row_set_selected (self->exempt_basis_row, mv_agenda_item_get_exempt_basis (item));
  set_buffer_text (self->background_view, mv_agenda_item_get_background (item));
  set_buffer_text (self->resolution_view, mv_agenda_item_get_proposed_resolution (item));
  set_buffer_text (self->conclusion_view, mv_agenda_item_get_conclusion (item));
  gtk_widget_set_visible (GTK_WIDGET (self->decision_date_row), is_input (self));

  self->loading = FALSE;
}

/* Writes what differs from the item; a blank title or a bad date stays in
 * its field, marked, and the rest is written. */
static void
save (MvItemEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *decision_iso = NULL;
  g_autofree char *title = NULL;
  g_autofree char *presenter = NULL;
  g_autofree char *background = NULL;
  g_autofree char *resolution = NULL;
  g_autofree char *conclusion = NULL;
  g_autofree char *date_reason = NULL;
  const char *title_reason = NULL;
  const char *date_text = entry_text (self->decision_date_row);
  guint raised = adw_combo_row_get_selected (self->raised_by_row);
  guint member = adw_combo_row_get_selected (self->member_row);
  MvRaisedBy raised_by = MV_RAISED_BY_NONE;
  const char *organisation_id = NULL;
  const char *member_id = NULL;
  MvAgendaItemEdit edit = MV_AGENDA_ITEM_EDIT_INIT;
  GDate date;

  g_clear_handle_id (&self->save_id, g_source_remove);
  if (!self->dirty)
    return;
  self->dirty = FALSE;
  if (!is_writable (self))
    return;

  if (mv_is_blank (entry_text (self->title_row)))
    title_reason = _("An item needs a title; the last one is kept until you type a new one");

  if (!is_input (self) || mv_is_blank (date_text))
    decision_iso = NULL;
  else if (mv_date_parse_user (date_text, MV_DATE_INPUT_TYPED, &date))
    decision_iso = mv_date_format (&date);
  else
    /* Translators: %s is what the user typed into a date field. */
    date_reason = g_strdup_printf (_("“%s” is not a date; write it as DD.MM.YYYY"), date_text);

  show_errors (self, title_reason, date_reason);

  if (raised == RAISED_NAV)
    raised_by = MV_RAISED_BY_NAV;
  else if (raised == RAISED_COUNCIL)
    raised_by = MV_RAISED_BY_COUNCIL;
  else if (raised >= N_RAISED_FIXED && raised - N_RAISED_FIXED < self->organisations->len)
    {
      raised_by = MV_RAISED_BY_ORGANISATION;
      organisation_id = mv_record_get_id (g_ptr_array_index (self->organisations,
                                                             raised - N_RAISED_FIXED));
    }
  if (member >= 1 && member - 1 < self->members->len)
    member_id = mv_record_get_id (g_ptr_array_index (self->members, member - 1));

  title = g_strdup (entry_text (self->title_row));
  presenter = g_strdup (entry_text (self->presenter_row));
  background = buffer_text (self->background_view);
  resolution = buffer_text (self->resolution_view);
  conclusion = buffer_text (self->conclusion_view);

  if (title_reason == NULL)
    edit.title = title;
  edit.kind = (int) adw_combo_row_get_selected (self->kind_row);
  edit.raised_by = raised_by;
  edit.raised_by_organisation_id = organisation_id;
  edit.presenter = presenter;
  edit.presenter_member_id = member_id ? member_id : "";
  edit.minutes = gtk_spin_button_get_value_as_int (self->minutes_spin);
  if (date_reason == NULL)
    edit.nav_decision_date = decision_iso ? decision_iso : "";
  edit.public = gtk_switch_get_active (self->public_switch);
  edit.exempt_basis = (int) adw_combo_row_get_selected (self->exempt_basis_row);
  edit.background = background;
  edit.proposed_resolution = resolution;
  edit.conclusion = conclusion;

  /* Each write notifies; the fields not yet written must not be filled
   * from the item meanwhile. */
  self->saving = TRUE;
  mv_agenda_update_item (self->store, self->item, &edit, NULL, &error);
  self->saving = FALSE;

  if (error != NULL)
    mv_widget_show_error (GTK_WIDGET (self), _("Could Not Save the Item"), error->message);
  load (self);
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  MvItemEditor *self = user_data;

  self->save_id = 0;
  save (self);
  return G_SOURCE_REMOVE;
}

static void
field_changed_cb (MvItemEditor *self)
{
  if (self->loading || self->item == NULL)
    return;

  self->dirty = TRUE;
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
kind_selected_cb (MvItemEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->decision_date_row), is_input (self));
  field_changed_cb (self);
}

/* Typing another name than the member's makes the presenter free text. */
static void
presenter_changed_cb (MvItemEditor *self)
{
  guint member = adw_combo_row_get_selected (self->member_row);

  if (self->loading)
    return;

  if (member >= 1 && member - 1 < self->members->len &&
      g_strcmp0 (mv_member_get_name (g_ptr_array_index (self->members, member - 1)),
                 entry_text (self->presenter_row)) != 0)
    {
      self->loading = TRUE;
      adw_combo_row_set_selected (self->member_row, 0);
      self->loading = FALSE;
    }
  field_changed_cb (self);
}

static void
member_selected_cb (MvItemEditor *self)
{
  guint member = adw_combo_row_get_selected (self->member_row);

  if (self->loading)
    return;

  if (member >= 1 && member - 1 < self->members->len)
    {
      self->loading = TRUE;
      set_entry_text (self->presenter_row,
                      mv_member_get_name (g_ptr_array_index (self->members, member - 1)));
      self->loading = FALSE;
    }
  field_changed_cb (self);
}

/* A change made elsewhere (the agenda, Undo) shows at once; one typed
 * here and not yet written wins. */
static void
item_notify_cb (MvItemEditor *self)
{
  if (self->saving)
    return;
  if (self->dirty)
    update_meeting (self);
  else
    load (self);
}

static void
open_meeting_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MvItemEditor *self = MV_ITEM_EDITOR (widget);

  if (self->item == NULL || mv_agenda_item_get_meeting_id (self->item) == NULL)
    return;

  mv_item_editor_flush (self);
  gtk_widget_activate_action (widget, "win.show-meeting", "s",
                              mv_agenda_item_get_meeting_id (self->item));
}

static void
mv_item_editor_unmap (GtkWidget *widget)
{
  mv_item_editor_flush (MV_ITEM_EDITOR (widget));

  GTK_WIDGET_CLASS (mv_item_editor_parent_class)->unmap (widget);
}

static void
mv_item_editor_dispose (GObject *object)
{
  MvItemEditor *self = MV_ITEM_EDITOR (object);
  GtkWidget *child;

  mv_item_editor_set_item (self, NULL);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (object), MV_TYPE_ITEM_EDITOR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  g_clear_pointer (&self->organisations, g_ptr_array_unref);
  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_clear_pointer (&self->meetings, g_ptr_array_unref);
  g_clear_pointer (&self->organisation_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (mv_item_editor_parent_class)->dispose (object);
}

static void
mv_item_editor_class_init (MvItemEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mv_item_editor_dispose;
  widget_class->unmap = mv_item_editor_unmap;

  g_type_ensure (MV_TYPE_ATTACHMENTS);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/medvirke/Medvirke/mv-item-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MvItemEditor, attachments);
  gtk_widget_class_bind_template_child (widget_class, MvItemEditor, background_view);
  gtk_widget_class_bind_template_child (widget_class, MvItemEditor, conclusion_view);
  gtk_widget_class_bind_template_child (widget_class, MvItemEditor, decision_date_row);
  gtk_widget_class_bind_template_child (widget_class, MvItemEditor, fields_box);
  gtk_widget_class_bind_template_child (widget_class, MvItemEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, MvItemEditor, meeting_row);
  gtk_widget_class_bind_template_child (widget_class, MvItemEditor, member_row);
  gtk_widget_class_bind_template_child (widget_class, MvItemEditor, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, MvItemEditor, organisations_group);
  gtk_widget_class_bind_template_child (widget_class, MvItemEditor, presenter_row);
  gtk_widget_class_bind_template_child (widget_class, MvItemEditor, exempt_basis_row);
  gtk_widget_class_bind_template_child (widget_class, MvItemEditor, public_switch);
  gtk_widget_class_bind_template_child (widget_class, MvItemEditor, raised_by_row);
  gtk_widget_class_bind_template_child (widget_class, MvItemEditor, resolution_view);
  gtk_widget_class_bind_template_child (widget_class, MvItemEditor, title_error);
  gtk_widget_class_bind_template_child (widget_class, MvItemEditor, title_row);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, meeting_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, member_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, presenter_changed_cb);

  gtk_widget_class_install_action (widget_class, "item-editor.open-meeting", NULL,
                                   open_meeting_action);
}

static void
mv_item_editor_init (MvItemEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) bases = gtk_string_list_new (NULL);
  GtkTextView *views[3];

  gtk_widget_init_template (GTK_WIDGET (self));
  mv_widget_plain_mnemonics (GTK_WIDGET (self));
  /* Files dropped anywhere on the editor become the item's documents. */
  mv_attachments_add_drop_target (self->attachments, GTK_WIDGET (self));

  self->organisations = g_ptr_array_new_with_free_func (g_object_unref);
  self->meetings = g_ptr_array_new_with_free_func (g_object_unref);
  self->organisation_rows = g_ptr_array_new ();

  for (int kind = MV_ITEM_KIND_FIXED; kind <= MV_ITEM_KIND_AOB; kind++)
    gtk_string_list_append (kinds, mv_enum_to_label (MV_TYPE_ITEM_KIND, kind));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  for (int basis = MV_EXEMPT_BASIS_OFFL_13_FVL_13; basis <= MV_EXEMPT_BASIS_OFFL_25; basis++)
    gtk_string_list_append (bases, mv_enum_to_label (MV_TYPE_EXEMPT_BASIS, basis));
  adw_combo_row_set_model (self->exempt_basis_row, G_LIST_MODEL (bases));
  /* The basis matters only for an item kept out of the public papers. */
  g_object_bind_property (self->public_switch, "active", self->exempt_basis_row, "visible",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);

  views[0] = self->background_view;
  views[1] = self->resolution_view;
  views[2] = self->conclusion_view;
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    g_signal_connect_swapped (gtk_text_view_get_buffer (views[i]), "changed",
                              G_CALLBACK (field_changed_cb), self);

  fill_choices (self);
  load (self);
}

void
mv_item_editor_set_store (MvItemEditor *self,
                          MvStore      *store)
{
  g_return_if_fail (MV_IS_ITEM_EDITOR (self));
  g_return_if_fail (store == NULL || MV_IS_STORE (store));

  if (self->store == store)
    return;

  mv_item_editor_set_item (self, NULL);
  g_set_object (&self->store, store);
}

MvAgendaItem *
mv_item_editor_get_item (MvItemEditor *self)
{
  g_return_val_if_fail (MV_IS_ITEM_EDITOR (self), NULL);

  return self->item;
}

/**
 * mv_item_editor_set_item:
 * @item: (nullable): an item of the editor's store
 *
 * Writes what was typed for the item shown, then shows @item.
 */
void
mv_item_editor_set_item (MvItemEditor *self,
                         MvAgendaItem *item)
{
  g_return_if_fail (MV_IS_ITEM_EDITOR (self));
  g_return_if_fail (item == NULL || MV_IS_AGENDA_ITEM (item));

  if (self->item == item)
    return;

  mv_item_editor_flush (self);
  if (self->item != NULL)
    g_signal_handlers_disconnect_by_func (self->item, item_notify_cb, self);
  g_set_object (&self->item, item);
  if (self->item != NULL)
    g_signal_connect_swapped (self->item, "notify", G_CALLBACK (item_notify_cb), self);

  mv_attachments_set_owner (self->attachments, self->store, item, NULL);
  show_errors (self, NULL, NULL);
  fill_choices (self);
  load (self);
}

/**
 * mv_item_editor_flush:
 *
 * Writes at once what was typed and is still waiting for a pause, and
 * the move to another meeting that was chosen.
 */
void
mv_item_editor_flush (MvItemEditor *self)
{
  g_return_if_fail (MV_IS_ITEM_EDITOR (self));

  save (self);
  if (self->move_id != 0)
    {
      g_clear_handle_id (&self->move_id, g_source_remove);
      move_idle (self);
    }
}

void
mv_item_editor_focus_title (MvItemEditor *self)
{
  g_return_if_fail (MV_IS_ITEM_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  gtk_editable_select_region (GTK_EDITABLE (self->title_row), 0, -1);
}

AdwComboRow *
mv_item_editor_get_exempt_basis_row (MvItemEditor *self)
{
  g_return_val_if_fail (MV_IS_ITEM_EDITOR (self), NULL);

  return self->exempt_basis_row;
}

GtkSwitch *
mv_item_editor_get_public_switch (MvItemEditor *self)
{
  g_return_val_if_fail (MV_IS_ITEM_EDITOR (self), NULL);

  return self->public_switch;
}

AdwEntryRow *
mv_item_editor_get_title_row (MvItemEditor *self)
{
  g_return_val_if_fail (MV_IS_ITEM_EDITOR (self), NULL);

  return self->title_row;
}
