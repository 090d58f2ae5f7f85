/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-dates.h"
#include "mv-enum-types.h"
#include "mv-gui-util.h"
#include "mv-meeting-dialog.h"
#include "mv-meeting-util.h"
#include "mv-queries.h"
#include "mv-year-plan.h"

/* The form of one meeting, new or as it is. Moving the date or the start
 * moves the case deadline and the notice date with it (mv_meeting_update). */
struct _MvMeetingDialog
{
  AdwWindow       parent_instance;

  MvStore        *store;
  MvCouncil      *council;
  MvMeeting      *meeting;   /* NULL for a new one */

  /* Template widgets */
  AdwEntryRow    *date_row;
  AdwActionRow   *deadline_row;
  GtkLabel       *error_label;
  AdwComboRow    *kind_row;
  GtkSpinButton  *length_spin;
  AdwActionRow   *notice_row;
  AdwEntryRow    *place_row;
  GtkWidget      *save_button;
  AdwEntryRow    *start_row;
  AdwEntryRow    *theme_row;
  AdwWindowTitle *window_title;
};

G_DEFINE_FINAL_TYPE (MvMeetingDialog, mv_meeting_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (MvMeetingDialog *self,
            const char      *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
update_deadlines (MvMeetingDialog *self)
{
  g_autofree char *deadline = NULL;
  g_autofree char *notice = NULL;
  g_autofree char *deadline_text = NULL;
  g_autofree char *notice_text = NULL;
  GDate date;

  if (!mv_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (self->date_row)),
                           MV_DATE_INPUT_TYPED, &date))
    {
      adw_action_row_set_subtitle (self->deadline_row, "—");
      adw_action_row_set_subtitle (self->notice_row, "—");
      return;
    }

  mv_meeting_deadlines (&date, mv_council_get_deadline_days (self->council),
                        mv_council_get_notice_days (self->council), &deadline, &notice);
  deadline_text = mv_date_iso_to_entry (deadline);
  notice_text = mv_date_iso_to_entry (notice);
  adw_action_row_set_subtitle (self->deadline_row, deadline_text);
  adw_action_row_set_subtitle (self->notice_row, notice_text);
}

/* What is wrong with the date or the start time as typed; NULL when
 * nothing is, or for another row. */
static const char *
field_problem (MvMeetingDialog *self,
               GtkWidget       *row)
{
  int minute;
  GDate date;

  if (row == GTK_WIDGET (self->date_row) &&
      !mv_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (self->date_row)),
                           MV_DATE_INPUT_TYPED, &date))
    return _("Enter the meeting’s date as dd.mm.yyyy, for example 09.03.2027.");
  if (row == GTK_WIDGET (self->start_row) &&
      !mv_time_parse (gtk_editable_get_text (GTK_EDITABLE (self->start_row)), &minute))
    return _("Enter the start time as hh:mm, for example 10:00.");
  return NULL;
}

static void
field_changed_cb (MvMeetingDialog *self,
                  GtkEditable     *row)
{
  g_object_set_data (G_OBJECT (row), "mv-touched", GINT_TO_POINTER (TRUE));
  mv_row_set_error_reason (GTK_WIDGET (row), NULL);
  show_error (self, NULL);
  update_deadlines (self);
}

/* Leaving a field that was typed in checks it at once, as Save would: a
 * date that is no date is marked when the user goes on to the time, not
 * when they are done. The focus goes where the user sent it. */
static void
field_left_cb (GtkEventControllerFocus *controller,
               MvMeetingDialog         *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  const char *problem;

  if (g_object_get_data (G_OBJECT (row), "mv-touched") == NULL ||
      !(problem = field_problem (self, row)))
    return;

  mv_row_set_error_reason (row, problem);
  show_error (self, problem);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  mv_meeting_dialog_save (MV_MEETING_DIALOG (widget));
}

static void
mv_meeting_dialog_dispose (GObject *object)
{
  MvMeetingDialog *self = MV_MEETING_DIALOG (object);

  g_clear_object (&self->meeting);
  g_clear_object (&self->council);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mv_meeting_dialog_parent_class)->dispose (object);
}

static void
mv_meeting_dialog_class_init (MvMeetingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mv_meeting_dialog_dispose;

  /**
   * MvMeetingDialog::saved:
   * @meeting: the meeting as stored
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, MV_TYPE_MEETING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/medvirke/Medvirke/mv-meeting-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MvMeetingDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, MvMeetingDialog, deadline_row);
  gtk_widget_class_bind_template_child (widget_class, MvMeetingDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MvMeetingDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, MvMeetingDialog, length_spin);
  gtk_widget_class_bind_template_child (widget_class, MvMeetingDialog, notice_row);
  gtk_widget_class_bind_template_child (widget_class, MvMeetingDialog, place_row);
  gtk_widget_class_bind_template_child (widget_class, MvMeetingDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, MvMeetingDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, MvMeetingDialog, theme_row);
  gtk_widget_class_bind_template_child (widget_class, MvMeetingDialog, window_title);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);

  gtk_widget_class_install_action (widget_class, "meeting-form.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "meeting-form.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "meeting-form.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mv_meeting_dialog_init (MvMeetingDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) kind_class = g_type_class_ref (MV_TYPE_MEETING_KIND);

  gtk_widget_init_template (GTK_WIDGET (self));
  mv_widget_plain_mnemonics (GTK_WIDGET (self));

  for (guint i = 0; i < kind_class->n_values; i++)
    gtk_string_list_append (kinds, mv_enum_to_label (MV_TYPE_MEETING_KIND,
                                                     kind_class->values[i].value));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);

  {
    GtkWidget *checked[] = { GTK_WIDGET (self->date_row), GTK_WIDGET (self->start_row) };

    for (guint i = 0; i < G_N_ELEMENTS (checked); i++)
      {
        GtkEventController *focus = gtk_event_controller_focus_new ();

        g_signal_connect (focus, "leave", G_CALLBACK (field_left_cb), self);
        gtk_widget_add_controller (checked[i], focus);
      }
  }
}

/**
 * mv_meeting_dialog_new:
 * @meeting: (nullable): the meeting to edit, or NULL for a new one
 * @year: for a new meeting, the year shown (its date starts empty)
 */
GtkWidget *
mv_meeting_dialog_new (GtkWindow *parent,
                       MvStore   *store,
                       MvCouncil *council,
                       MvMeeting *meeting,
                       int        year)
{
  MvMeetingDialog *self;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (MV_IS_COUNCIL (council), NULL);
  g_return_val_if_fail (meeting == NULL || MV_IS_MEETING (meeting), NULL);

  self = g_object_new (MV_TYPE_MEETING_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->council = g_object_ref (council);
  self->meeting = meeting ? g_object_ref (meeting) : NULL;

  if (meeting == NULL)
    {
      adw_window_title_set_title (self->window_title, _("New Meeting"));
      gtk_window_set_title (GTK_WINDOW (self), _("New Meeting"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Add"));
      gtk_editable_set_text (GTK_EDITABLE (self->start_row), mv_council_get_start_time (council));
      gtk_spin_button_set_value (self->length_spin, mv_council_get_length_minutes (council));
      gtk_editable_set_text (GTK_EDITABLE (self->place_row),
                             mv_council_get_default_place (council));
      adw_combo_row_set_selected (self->kind_row, MV_MEETING_KIND_ORDINARY);
    }
  else
    {
      g_autofree char *date = mv_date_iso_to_entry (mv_meeting_get_starts_at (meeting));
      g_autofree char *start = mv_meeting_dup_start_time (meeting);
      int length = mv_meeting_get_length (meeting);

      adw_window_title_set_title (self->window_title, _("Edit Meeting"));
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Meeting"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));
      gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
      gtk_editable_set_text (GTK_EDITABLE (self->start_row), start);
      gtk_spin_button_set_value (self->length_spin,
                                 length > 0 ? length : mv_council_get_length_minutes (council));
      gtk_editable_set_text (GTK_EDITABLE (self->place_row), mv_meeting_get_place (meeting));
      gtk_editable_set_text (GTK_EDITABLE (self->theme_row), mv_meeting_get_theme (meeting));
      adw_combo_row_set_selected (self->kind_row, mv_meeting_get_kind (meeting));
    }
  adw_window_title_set_subtitle (self->window_title, mv_council_get_name (council));

  update_deadlines (self);
  show_error (self, NULL);
  /* What the form filled in is not the user's typing. */
  g_object_set_data (G_OBJECT (self->date_row), "mv-touched", NULL);
  g_object_set_data (G_OBJECT (self->start_row), "mv-touched", NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->date_row));

  return GTK_WIDGET (self);
}

typedef struct
{
  MvStore *store;
  MvUndo  *undo;
} MoveBack;

static void
move_back_free (gpointer  data,
                GClosure *closure)
{
  MoveBack *back = data;

  g_clear_object (&back->store);
  g_clear_pointer (&back->undo, mv_undo_free);
  g_free (back);
}

static void
undo_move_cb (AdwToast *toast,
              MoveBack *back)
{
  g_autoptr(GError) error = NULL;

  if (back->undo != NULL && !mv_undo_apply (back->undo, back->store, &error))
    g_warning ("Could not move the meeting back: %s", error->message);
  g_clear_pointer (&back->undo, mv_undo_free);
}

/**
 * mv_meeting_dialog_save:
 *
 * Stores the form and closes it; a refused value is marked at its row and
 * the reason shown at the top, and the form stays.
 */
gboolean
mv_meeting_dialog_save (MvMeetingDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *place = NULL;
  g_autofree char *theme = NULL;
  const char *start;
  int minutes, start_minute;
  guint kind;
  GDate date;

  g_return_val_if_fail (MV_IS_MEETING_DIALOG (self), FALSE);

  {
    GtkWidget *checked[] = { GTK_WIDGET (self->date_row), GTK_WIDGET (self->start_row) };

    for (guint i = 0; i < G_N_ELEMENTS (checked); i++)
      {
        const char *problem = field_problem (self, checked[i]);

        if (problem != NULL)
          {
            mv_row_set_error_reason (checked[i], problem);
            show_error (self, problem);
            gtk_widget_grab_focus (checked[i]);
            return FALSE;
          }
      }
  }

  mv_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (self->date_row)),
                      MV_DATE_INPUT_TYPED, &date);
  start = gtk_editable_get_text (GTK_EDITABLE (self->start_row));
  mv_time_parse (start, &start_minute);

  minutes = gtk_spin_button_get_value_as_int (self->length_spin);
  place = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->place_row))));
  theme = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->theme_row))));
  kind = adw_combo_row_get_selected (self->kind_row);
  if (kind == GTK_INVALID_LIST_POSITION)
    kind = MV_MEETING_KIND_ORDINARY;

  if (self->meeting == NULL)
    {
      MvMeetingEdit edit = MV_MEETING_EDIT_INIT;
      MvMeeting *meeting = mv_meeting_create (self->store, self->council, &date, start, minutes,
                                              place, theme, &error);

      edit.kind = kind;
      if (meeting == NULL ||
          (kind != MV_MEETING_KIND_ORDINARY &&
           !mv_meeting_update (self->store, meeting, &edit, NULL, &error)))
        {
          show_error (self, error->message);
          return FALSE;
        }
      g_signal_emit (self, signals[SAVED], 0, meeting);
    }
  else
    {
      MvMeeting *meeting = self->meeting;
      MvMeetingEdit edit = MV_MEETING_EDIT_INIT;
      g_autofree char *old_starts_at = g_strdup (mv_meeting_get_starts_at (meeting));
      g_autoptr(MvUndo) undo = NULL;
      GDate old_date;

      mv_meeting_get_date (meeting, &old_date);
      edit.date = &date;
      edit.start = start;
      edit.minutes = minutes;
      edit.place = place;
      edit.theme = theme;
      edit.kind = kind;
      if (!mv_meeting_update (self->store, meeting, &edit, &undo, &error))
        {
          show_error (self, error->message);
          return FALSE;
        }

      /* A meeting that moved can go back from the toast. */
      if (g_strcmp0 (old_starts_at, mv_meeting_get_starts_at (meeting)) != 0 &&
          g_date_valid (&old_date))
        {
          g_autofree char *label = mv_meeting_dup_label (meeting);
          g_autofree char *message = g_strdup_printf (_("Moved the meeting to %s"), label);
          AdwToast *toast = adw_toast_new (message);
          MoveBack *back = g_new0 (MoveBack, 1);

          back->store = g_object_ref (self->store);
          back->undo = g_steal_pointer (&undo);
          adw_toast_set_button_label (toast, _("_Undo"));
          g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_move_cb), back,
                                 move_back_free, 0);
          mv_widget_add_toast (GTK_WIDGET (self), toast);
        }
      g_signal_emit (self, signals[SAVED], 0, meeting);
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

void
mv_meeting_dialog_set_date (MvMeetingDialog *self,
                            const char      *text)
{
  g_return_if_fail (MV_IS_MEETING_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), text);
}

void
mv_meeting_dialog_set_start (MvMeetingDialog *self,
                             const char      *text)
{
  g_return_if_fail (MV_IS_MEETING_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->start_row), text);
}

void
mv_meeting_dialog_set_theme (MvMeetingDialog *self,
                             const char      *text)
{
  g_return_if_fail (MV_IS_MEETING_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->theme_row), text);
}

/**
 * mv_meeting_dialog_get_field:
 * @name: "date", "start", "place" or "theme"
 *
 * Returns: (transfer none): the form's row for @name, for the tests
 */
GtkWidget *
mv_meeting_dialog_get_field (MvMeetingDialog *self,
                             const char      *name)
{
  g_return_val_if_fail (MV_IS_MEETING_DIALOG (self), NULL);

  if (g_strcmp0 (name, "date") == 0)
    return GTK_WIDGET (self->date_row);
  if (g_strcmp0 (name, "start") == 0)
    return GTK_WIDGET (self->start_row);
  if (g_strcmp0 (name, "place") == 0)
    return GTK_WIDGET (self->place_row);
  if (g_strcmp0 (name, "theme") == 0)
    return GTK_WIDGET (self->theme_row);
  g_return_val_if_reached (NULL);
}

const char *
mv_meeting_dialog_get_error (MvMeetingDialog *self)
{
  g_return_val_if_fail (MV_IS_MEETING_DIALOG (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->error_label))
         ? gtk_label_get_text (self->error_label) : NULL;
}
