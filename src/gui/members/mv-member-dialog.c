/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-csv.h"
#include "mv-dates.h"
#include "mv-enum-types.h"
#include "mv-gui-util.h"
#include "mv-member-dialog.h"
#include "mv-member-user-group.h"
#include "mv-members.h"
#include "mv-organisation.h"
#include "mv-registers.h"
#include "mv-training.h"
#include "mv-user-group.h"

/* A course of the training log as the form shows it; saved with the rest
 * (mv_members_save()), which removes the courses the form no longer has. */
typedef struct
{
  MvTraining *record;    /* NULL for a course added in the form */
  char       *course;
  char       *taken_on;  /* YYYY-MM-DD, or NULL */
  GtkWidget  *row;
} Course;

struct _MvMemberDialog
{
  AdwWindow             parent_instance;

  MvStore              *store;
  MvCouncil            *council;
  MvMember             *member;
  GPtrArray            *organisations;  /* of MvOrganisation, after "None" in the row */
  GPtrArray            *principals;     /* of MvMember, after "None" in the row */
  GPtrArray            *user_groups;    /* of MvUserGroup */
  GPtrArray            *user_group_rows;
  GPtrArray            *courses;        /* of Course */
  gboolean              dirty;          /* something was changed since the form opened */

  /* Template widgets */
  GtkWidget            *add_course_button;
  AdwEntryRow          *course_date_row;
  AdwEntryRow          *course_row;
  GtkWidget            *delete_button;
  AdwComboRow          *deputy_row;
  AdwEntryRow          *email_row;
  AdwComboRow          *contact_shown_row;
  AdwComboRow          *gender_row;
  GtkSwitch            *honorarium_switch;
  AdwEntryRow          *name_row;
  AdwEntryRow          *new_organisation_row;
  AdwActionRow         *no_courses_row;
  GtkTextView          *notes_view;
  AdwComboRow          *organisation_row;
  GtkLabel             *person_error;
  AdwEntryRow          *phone_row;
  AdwComboRow          *role_row;
  GtkWidget            *save_button;
  GtkLabel             *seat_error;
  AdwEntryRow          *term_end_row;
  AdwEntryRow          *term_start_row;
  GtkLabel             *training_error;
  AdwPreferencesGroup  *training_group;
  AdwPreferencesGroup  *user_groups_group;
  AdwWindowTitle       *window_title;
  GtkSwitch            *young_switch;
};

G_DEFINE_FINAL_TYPE (MvMemberDialog, mv_member_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  SIGNAL_DELETE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
course_free (gpointer data)
{
  Course *course = data;

  g_clear_object (&course->record);
  g_free (course->course);
  g_free (course->taken_on);
  g_free (course);
}

static const char *
entry_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* Each group's label under it lists the reasons its rows were refused. */
static void
update_error_label (GtkLabel    *label,
                    AdwEntryRow *rows[])
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; rows[i] != NULL; i++)
    {
      const char *reason = g_object_get_data (G_OBJECT (rows[i]), "mv-error");

      if (reason != NULL)
        g_string_append_printf (text, "%s%s", text->len ? "\n" : "", reason);
    }

  gtk_label_set_text (label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (label), text->len > 0);
}

static void
update_error_labels (MvMemberDialog *self)
{
  AdwEntryRow *person[] = { self->name_row, self->email_row, self->phone_row, NULL };
  AdwEntryRow *seat[] = { self->new_organisation_row, self->term_start_row, self->term_end_row,
                          NULL };
  AdwEntryRow *training[] = { self->course_row, self->course_date_row, NULL };

  update_error_label (self->person_error, person);
  update_error_label (self->seat_error, seat);
  update_error_label (self->training_error, training);
}

static void
set_field_error (MvMemberDialog *self,
                 AdwEntryRow    *row,
                 const char     *reason)
{
  mv_row_set_error_reason (GTK_WIDGET (row), reason);
  g_object_set_data_full (G_OBJECT (row), "mv-error", g_strdup (reason), g_free);
}

static void
field_changed_cb (MvMemberDialog *self,
                  AdwEntryRow    *row)
{
  /* A corrected field loses its mark at once; the others keep theirs. */
  if (g_object_get_data (G_OBJECT (row), "mv-error") == NULL)
    return;

  set_field_error (self, row, NULL);
  update_error_labels (self);
}

static gboolean
is_new_organisation (MvMemberDialog *self)
{
  return adw_combo_row_get_selected (self->organisation_row) == self->organisations->len + 1;
}

static void
organisation_selected_cb (MvMemberDialog *self)
{
  if (self->organisations == NULL)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->new_organisation_row), is_new_organisation (self));
  if (is_new_organisation (self))
    gtk_widget_grab_focus (GTK_WIDGET (self->new_organisation_row));
  else
    field_changed_cb (self, self->new_organisation_row);
}

/* Checks a date row; on success *iso holds the date or NULL for none. */
static gboolean
check_date (MvMemberDialog *self,
            AdwEntryRow    *row,
            char          **iso)
{
  g_autofree char *reason = NULL;

  if (mv_member_parse_date (entry_text (row), MV_MEMBER_WORDING_FORM, iso, &reason))
    return TRUE;

  set_field_error (self, row, reason);
  return FALSE;
}

/* The form as the core saves it; the core's checks say what is refused. */
static MvMemberEdit *
read_form (MvMemberDialog *self)
{
  MvMemberEdit *edit = mv_member_edit_new ();
  guint organisation = adw_combo_row_get_selected (self->organisation_row);
  guint principal = adw_combo_row_get_selected (self->deputy_row);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  edit->name = g_strdup (entry_text (self->name_row));
  edit->role = adw_combo_row_get_selected (self->role_row);
  if (is_new_organisation (self))
    edit->new_organisation = g_strdup (entry_text (self->new_organisation_row));
  else if (organisation > 0 && organisation <= self->organisations->len)
    edit->organisation_id =
      g_strdup (mv_record_get_id (g_ptr_array_index (self->organisations, organisation - 1)));
  if (principal > 0 && principal <= self->principals->len)
    edit->deputy_for = g_strdup (mv_record_get_id (g_ptr_array_index (self->principals,
                                                                      principal - 1)));
  edit->term_start = g_strdup (entry_text (self->term_start_row));
  edit->term_end = g_strdup (entry_text (self->term_end_row));
  edit->email = g_strdup (entry_text (self->email_row));
  edit->phone = g_strdup (entry_text (self->phone_row));
  edit->contact_shown = adw_combo_row_get_selected (self->contact_shown_row);
  edit->gender = adw_combo_row_get_selected (self->gender_row);
  edit->young = gtk_switch_get_active (self->young_switch);
  edit->honorarium = gtk_switch_get_active (self->honorarium_switch);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  edit->notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  for (guint i = 0; i < self->user_groups->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->user_group_rows, i);
      GtkWidget *check = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        g_ptr_array_add (edit->user_group_ids,
                         g_strdup (mv_record_get_id (g_ptr_array_index (self->user_groups, i))));
    }

  for (guint i = 0; i < self->courses->len; i++)
    {
      Course *course = g_ptr_array_index (self->courses, i);

      mv_member_edit_add_course (edit, course->record, course->course, course->taken_on);
    }

  return edit;
}

/* The entry row of a field the core checks, or NULL for one without. */
static AdwEntryRow *
row_of_field (MvMemberDialog *self,
              MvMemberField   field)
{
  switch (field)
    {
    case MV_MEMBER_FIELD_NAME: return self->name_row;
    case MV_MEMBER_FIELD_EMAIL: return self->email_row;
    case MV_MEMBER_FIELD_PHONE: return self->phone_row;
    case MV_MEMBER_FIELD_NEW_ORGANISATION: return self->new_organisation_row;
    case MV_MEMBER_FIELD_TERM_START: return self->term_start_row;
    case MV_MEMBER_FIELD_TERM_END: return self->term_end_row;
    case MV_MEMBER_FIELD_ORGANISATION:
    case MV_MEMBER_FIELD_DEPUTY_FOR:
    case MV_MEMBER_FIELD_USER_GROUPS:
    case MV_MEMBER_FIELD_COURSES:
    case MV_MEMBER_FIELD_NOTES:
    default:
      return NULL;
    }
}

/* Leaving a field that was typed in checks it at once, as the core will
 * on Save: the e-mail address is refused at the field, not three fields
 * later. Only that row's mark changes, and the focus goes where the user
 * sent it. */
static void
field_touched_cb (AdwEntryRow *row)
{
  g_object_set_data (G_OBJECT (row), "mv-touched", GINT_TO_POINTER (TRUE));
}

static void
field_left_cb (GtkEventControllerFocus *controller,
               MvMemberDialog          *self)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  AdwEntryRow *row = ADW_ENTRY_ROW (widget);
  g_autoptr(MvMemberEdit) edit = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  const char *reason = NULL;

  if (self->store == NULL || g_object_get_data (G_OBJECT (row), "mv-touched") == NULL)
    return;

  edit = read_form (self);
  problems = mv_members_check (self->store, self->council, self->member, edit,
                               MV_MEMBER_WORDING_FORM);
  for (guint i = 0; i < problems->len && reason == NULL; i++)
    {
      MvMemberProblem *problem = g_ptr_array_index (problems, i);

      if (row_of_field (self, problem->field) == row)
        reason = problem->reason;
    }
  set_field_error (self, row, reason);
  update_error_labels (self);
}

/* Marks the rows whose fields the core refuses. Returns FALSE when a row
 * was marked; a reason without a row of its own (a deputy removed
 * meanwhile) is left to the save, which shows it. */
static gboolean
validate (MvMemberDialog     *self,
          const MvMemberEdit *edit)
{
  AdwEntryRow *rows[] = { self->name_row, self->email_row, self->phone_row,
                          self->new_organisation_row, self->term_start_row, self->term_end_row };
  g_autoptr(GPtrArray) problems = NULL;
  gboolean ok = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    set_field_error (self, rows[i], NULL);

  problems = mv_members_check (self->store, self->council, self->member, edit,
                               MV_MEMBER_WORDING_FORM);
  for (guint i = 0; i < problems->len; i++)
    {
      MvMemberProblem *problem = g_ptr_array_index (problems, i);
      AdwEntryRow *row = row_of_field (self, problem->field);

      if (row != NULL)
        {
          set_field_error (self, row, problem->reason);
          ok = FALSE;
        }
    }

  update_error_labels (self);

  if (!ok)
    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      if (g_object_get_data (G_OBJECT (rows[i]), "mv-error") != NULL)
        {
          gtk_widget_grab_focus (GTK_WIDGET (rows[i]));
          break;
        }

  return ok;
}

static void
update_courses (MvMemberDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->no_courses_row), self->courses->len == 0);
}

static void
remove_course_cb (GtkButton      *button,
                  MvMemberDialog *self)
{
  Course *course = g_object_get_data (G_OBJECT (button), "mv-course");

  adw_preferences_group_remove (self->training_group, course->row);
  g_ptr_array_remove (self->courses, course);
  self->dirty = TRUE;
  update_courses (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->course_row));
}

static void
append_course (MvMemberDialog *self,
               MvTraining     *record,
               const char     *name,
               const char     *taken_on)
{
  Course *course = g_new0 (Course, 1);
  g_autofree char *date = mv_date_iso_to_entry (taken_on);
  g_autofree char *remove_label = NULL;
  GtkWidget *button;

  course->record = record ? g_object_ref (record) : NULL;
  course->course = g_strdup (name);
  course->taken_on = g_strdup (taken_on);
  course->row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (course->row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (course->row), date);

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  /* Translators: the button beside a course of the training log. */
  gtk_widget_set_tooltip_text (button, _("Remove Course"));
  /* Translators: %s is the name of a course. */
  remove_label = g_strdup_printf (_("Remove the course “%s”"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_label, -1);
  g_object_set_data (G_OBJECT (button), "mv-course", course);
  g_signal_connect (button, "clicked", G_CALLBACK (remove_course_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (course->row), button);

  adw_preferences_group_add (self->training_group, course->row);
  g_ptr_array_add (self->courses, course);
  update_courses (self);
}

static void
add_course_cb (MvMemberDialog *self)
{
  const char *name = entry_text (self->course_row);
  g_autofree char *stripped = g_strstrip (g_strdup (name));
  g_autofree char *taken_on = NULL;
  gboolean ok = TRUE;

  set_field_error (self, self->course_row, NULL);
  set_field_error (self, self->course_date_row, NULL);

  if (*stripped == '\0')
    {
      set_field_error (self, self->course_row, _("Enter the course’s name"));
      ok = FALSE;
    }
  ok &= check_date (self, self->course_date_row, &taken_on);
  update_error_labels (self);

  if (!ok)
    return;

  append_course (self, NULL, stripped, taken_on);
  self->dirty = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->course_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->course_date_row), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->course_row));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  mv_member_dialog_save (MV_MEMBER_DIALOG (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MvMemberDialog *self = MV_MEMBER_DIALOG (widget);

  if (self->member != NULL)
    g_signal_emit (self, signals[SIGNAL_DELETE], 0, self->member);
}

static void
mark_dirty (MvMemberDialog *self)
{
  self->dirty = TRUE;
}

/* From here on a change of any field asks before the form is closed. */
static void
watch_changes (MvMemberDialog *self)
{
  AdwEntryRow *entries[] = { self->name_row, self->email_row, self->phone_row,
                             self->new_organisation_row, self->term_start_row,
                             self->term_end_row };
  AdwComboRow *combos[] = { self->contact_shown_row, self->gender_row, self->organisation_row, self->role_row,
                            self->deputy_row };
  GtkSwitch *switches[] = { self->young_switch, self->honorarium_switch };

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    g_signal_connect_swapped (entries[i], "changed", G_CALLBACK (mark_dirty), self);
  for (guint i = 0; i < G_N_ELEMENTS (combos); i++)
    g_signal_connect_swapped (combos[i], "notify::selected", G_CALLBACK (mark_dirty), self);
  for (guint i = 0; i < G_N_ELEMENTS (switches); i++)
    g_signal_connect_swapped (switches[i], "notify::active", G_CALLBACK (mark_dirty), self);
  for (guint i = 0; i < self->user_group_rows->len; i++)
    g_signal_connect_swapped (adw_action_row_get_activatable_widget (
                                g_ptr_array_index (self->user_group_rows, i)),
                              "toggled", G_CALLBACK (mark_dirty), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->notes_view), "changed",
                            G_CALLBACK (mark_dirty), self);
}

static gboolean
close_idle (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
discard_response_cb (MvMemberDialog *self,
                     const char     *response)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;

  /* After the question has gone: it is transient for the form. */
  self->dirty = FALSE;
  g_idle_add_full (G_PRIORITY_DEFAULT, close_idle, g_object_ref (self), g_object_unref);
}

/* Cancel and Escape lose what was typed: only when the user says so. */
static gboolean
mv_member_dialog_close_request (GtkWindow *window)
{
  MvMemberDialog *self = MV_MEMBER_DIALOG (window);
  GtkWidget *dialog;

  if (!self->dirty)
    return GTK_WINDOW_CLASS (mv_member_dialog_parent_class)->close_request (window);

  dialog = adw_message_dialog_new (window, _("Discard the Changes?"),
                                   _("What you typed into the form has not been saved."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
mv_member_dialog_dispose (GObject *object)
{
  MvMemberDialog *self = MV_MEMBER_DIALOG (object);

  g_clear_pointer (&self->courses, g_ptr_array_unref);
  g_clear_pointer (&self->organisations, g_ptr_array_unref);
  g_clear_pointer (&self->principals, g_ptr_array_unref);
  g_clear_pointer (&self->user_groups, g_ptr_array_unref);
  g_clear_pointer (&self->user_group_rows, g_ptr_array_unref);
  g_clear_object (&self->member);
  g_clear_object (&self->council);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mv_member_dialog_parent_class)->dispose (object);
}

static void
mv_member_dialog_class_init (MvMemberDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = mv_member_dialog_dispose;

  window_class->close_request = mv_member_dialog_close_request;

  /**
   * MvMemberDialog::saved:
   *
   * The member was written to the file; the form closes.
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, MV_TYPE_MEMBER);
  /**
   * MvMemberDialog::delete:
   *
   * The user asked to remove the member.
   */
  signals[SIGNAL_DELETE] =
    g_signal_new ("delete", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, MV_TYPE_MEMBER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/medvirke/Medvirke/mv-member-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, add_course_button);
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, course_date_row);
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, course_row);
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, delete_button);
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, deputy_row);
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, contact_shown_row);
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, gender_row);
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, honorarium_switch);
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, new_organisation_row);
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, no_courses_row);
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, person_error);
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, seat_error);
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, term_end_row);
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, term_start_row);
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, training_error);
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, training_group);
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, user_groups_group);
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, MvMemberDialog, young_switch);
  gtk_widget_class_bind_template_callback (widget_class, add_course_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, organisation_selected_cb);

  gtk_widget_class_install_action (widget_class, "member.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "member.delete", NULL, delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "member.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "member.save", NULL);
}

static void
mv_member_dialog_init (MvMemberDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mv_widget_plain_mnemonics (GTK_WIDGET (self));

  self->courses = g_ptr_array_new_with_free_func (course_free);
  self->organisations = g_ptr_array_new_with_free_func (g_object_unref);
  self->principals = g_ptr_array_new_with_free_func (g_object_unref);
  self->user_groups = g_ptr_array_new_with_free_func (g_object_unref);
  self->user_group_rows = g_ptr_array_new ();

  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);

  {
    AdwEntryRow *checked[] = { self->name_row, self->email_row, self->phone_row,
                               self->new_organisation_row, self->term_start_row,
                               self->term_end_row };

    for (guint i = 0; i < G_N_ELEMENTS (checked); i++)
      {
        GtkEventController *focus = gtk_event_controller_focus_new ();

        g_signal_connect (checked[i], "changed", G_CALLBACK (field_touched_cb), NULL);
        g_signal_connect (focus, "leave", G_CALLBACK (field_left_cb), self);
        gtk_widget_add_controller (GTK_WIDGET (checked[i]), focus);
      }
  }
}

static GtkStringList *
enum_labels (GType enum_type)
{
  GEnumClass *klass = g_type_class_ref (enum_type);
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (labels, mv_enum_to_label (enum_type, klass->values[i].value));
  g_type_class_unref (klass);

  return labels;
}

static int
compare_members (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (mv_member_get_name (*(MvMember **) a),
                         mv_member_get_name (*(MvMember **) b));
}

static GPtrArray *
list_records (MvStore *store,
              GType    type)
{
  GListModel *model = mv_store_get_model (store, type);
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (records, g_list_model_get_item (model, i));
  return records;
}

static void
fill_organisations (MvMemberDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char *current = self->member ? mv_member_get_organisation_id (self->member) : NULL;
  guint selected = 0;

  g_ptr_array_unref (self->organisations);
  self->organisations = mv_organisations_list (self->store);

  /* Translators: no organisation, in the member form. */
  gtk_string_list_append (labels, C_("organisation", "None"));
  for (guint i = 0; i < self->organisations->len; i++)
    {
      MvOrganisation *organisation = g_ptr_array_index (self->organisations, i);

      gtk_string_list_append (labels, mv_organisation_get_name (organisation));
      if (g_strcmp0 (current, mv_record_get_id (MV_RECORD (organisation))) == 0)
        selected = i + 1;
    }
  gtk_string_list_append (labels, _("New Organisation…"));

  adw_combo_row_set_model (self->organisation_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->organisation_row, selected);
  organisation_selected_cb (self);
}

static void
fill_principals (MvMemberDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) members = list_records (self->store, MV_TYPE_MEMBER);
  const char *current = self->member ? mv_member_get_deputy_for (self->member) : NULL;
  const char *council_id = mv_record_get_id (MV_RECORD (self->council));
  guint selected = 0;

  g_ptr_array_sort (members, compare_members);
  /* Translators: the member form's Deputy For row: a deputy for no one. */
  gtk_string_list_append (labels, C_("deputy for", "None"));
  for (guint i = 0; i < members->len; i++)
    {
      MvMember *member = g_ptr_array_index (members, i);

      if (member == self->member ||
          g_strcmp0 (mv_member_get_council_id (member), council_id) != 0)
        continue;

      g_ptr_array_add (self->principals, g_object_ref (member));
      gtk_string_list_append (labels, mv_member_get_name (member));
      if (g_strcmp0 (current, mv_record_get_id (MV_RECORD (member))) == 0)
        selected = self->principals->len;
    }

  adw_combo_row_set_model (self->deputy_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->deputy_row, selected);
}

static gboolean
has_user_group (MvMemberDialog *self,
                MvUserGroup    *group)
{
  GListModel *links = mv_store_get_model (self->store, MV_TYPE_MEMBER_USER_GROUP);
  const char *member_id;

  if (self->member == NULL)
    return FALSE;

  member_id = mv_record_get_id (MV_RECORD (self->member));
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(MvMemberUserGroup) link = g_list_model_get_item (links, i);

      if (g_strcmp0 (mv_member_user_group_get_member_id (link), member_id) == 0 &&
          g_strcmp0 (mv_member_user_group_get_user_group_id (link),
                     mv_record_get_id (MV_RECORD (group))) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
fill_user_groups (MvMemberDialog *self)
{
  g_ptr_array_unref (self->user_groups);
  self->user_groups = mv_user_groups_list (self->store);

  for (guint i = 0; i < self->user_groups->len; i++)
    {
      MvUserGroup *group = g_ptr_array_index (self->user_groups, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mv_user_group_get_name (group));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), has_user_group (self, group));
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      mv_user_group_get_name (group), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->user_groups_group, row);
      g_ptr_array_add (self->user_group_rows, row);
    }
}

static void
fill_courses (MvMemberDialog *self)
{
  GListModel *records = mv_store_get_model (self->store, MV_TYPE_TRAINING);
  const char *member_id;

  if (self->member != NULL)
    {
      member_id = mv_record_get_id (MV_RECORD (self->member));
      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(MvTraining) training = g_list_model_get_item (records, i);

          if (g_strcmp0 (mv_training_get_member_id (training), member_id) == 0)
            append_course (self, training, mv_training_get_course (training),
                           mv_training_get_taken_on (training));
        }
    }

  update_courses (self);
}

static void
fill_form (MvMemberDialog *self)
{
  g_autoptr(GtkStringList) roles = enum_labels (MV_TYPE_MEMBER_ROLE);
  g_autoptr(GtkStringList) genders = enum_labels (MV_TYPE_GENDER);
  g_autoptr(GtkStringList) shown = enum_labels (MV_TYPE_CONTACT_SHOWN);
  MvMember *member = self->member;

  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (roles));
  adw_combo_row_set_model (self->contact_shown_row, G_LIST_MODEL (shown));
  adw_combo_row_set_model (self->gender_row, G_LIST_MODEL (genders));

  fill_organisations (self);
  fill_principals (self);
  fill_user_groups (self);
  fill_courses (self);

  if (member == NULL)
    {
      adw_window_title_set_title (self->window_title, _("New Member"));
      gtk_window_set_title (GTK_WINDOW (self), _("New Member"));
      adw_combo_row_set_selected (self->role_row, MV_MEMBER_ROLE_MEMBER);
      adw_combo_row_set_selected (self->gender_row, MV_GENDER_UNKNOWN);
      /* A member's private number stays out of the papers unless they say so. */
      adw_combo_row_set_selected (self->contact_shown_row, MV_CONTACT_SHOWN_EMAIL);
      return;
    }

  adw_window_title_set_title (self->window_title, _("Edit Member"));
  adw_window_title_set_subtitle (self->window_title, mv_member_get_name (member));
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Member"));
  gtk_widget_set_visible (self->delete_button, TRUE);

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), mv_member_get_name (member));
  gtk_editable_set_text (GTK_EDITABLE (self->email_row), mv_member_get_email (member));
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), mv_member_get_phone (member));
  adw_combo_row_set_selected (self->gender_row, mv_member_get_gender (member));
  adw_combo_row_set_selected (self->contact_shown_row, mv_member_get_contact_shown (member));
  gtk_switch_set_active (self->young_switch, mv_member_get_young (member));
  adw_combo_row_set_selected (self->role_row, mv_member_get_role (member));
  {
    g_autofree char *start = mv_date_iso_to_entry (mv_member_get_term_start (member));
    g_autofree char *end = mv_date_iso_to_entry (mv_member_get_term_end (member));

    gtk_editable_set_text (GTK_EDITABLE (self->term_start_row), start);
    gtk_editable_set_text (GTK_EDITABLE (self->term_end_row), end);
  }
  gtk_switch_set_active (self->honorarium_switch,
                         mv_record_get_boolean (MV_RECORD (member), "honorarium"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            mv_record_get_string (MV_RECORD (member), "notes"), -1);
}

/**
 * mv_member_dialog_new:
 * @member: (nullable): the member to edit, or %NULL for a new member of
 *   @council
 */
GtkWidget *
mv_member_dialog_new (GtkWindow *parent,
                      MvStore   *store,
                      MvCouncil *council,
                      MvMember  *member)
{
  MvMemberDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (MV_IS_COUNCIL (council), NULL);
  g_return_val_if_fail (member == NULL || MV_IS_MEMBER (member), NULL);

  self = g_object_new (MV_TYPE_MEMBER_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->council = g_object_ref (council);
  self->member = member ? g_object_ref (member) : NULL;
  fill_form (self);
  watch_changes (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "member.save",
                                 !mv_store_get_read_only (store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "member.delete",
                                 !mv_store_get_read_only (store));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));

  return GTK_WIDGET (self);
}

/**
 * mv_member_dialog_get_member:
 *
 * Returns: (transfer none) (nullable): the member edited, or the one saved
 */
MvMember *
mv_member_dialog_get_member (MvMemberDialog *self)
{
  g_return_val_if_fail (MV_IS_MEMBER_DIALOG (self), NULL);

  return self->member;
}

/**
 * mv_member_dialog_save:
 *
 * Checks the form and writes it as one change; closes the form when that
 * succeeded. Refused input is marked at its row; a failed write is shown.
 * Either way nothing typed is lost.
 *
 * Returns: whether the member was saved
 */
gboolean
mv_member_dialog_save (MvMemberDialog *self)
{
  g_autoptr(MvMemberEdit) edit = NULL;
  g_autoptr(GError) error = NULL;
  MvMember *saved;

  g_return_val_if_fail (MV_IS_MEMBER_DIALOG (self), FALSE);

  edit = read_form (self);
  if (!validate (self, edit))
    return FALSE;

  saved = mv_members_save (self->store, self->council, self->member, edit, NULL, &error);
  if (saved == NULL)
    {
      mv_widget_show_error (GTK_WIDGET (self), _("Could Not Save the Member"), error->message);
      return FALSE;
    }

  g_set_object (&self->member, saved);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, saved);
  gtk_window_destroy (GTK_WINDOW (self));

  return TRUE;
}

GtkWidget *
mv_member_dialog_get_field (MvMemberDialog *self,
                            const char     *field)
{
  const struct { const char *field; gpointer widget; } fields[] = {
    { "name", self->name_row },
    { "email", self->email_row },
    { "phone", self->phone_row },
    { "contact-shown", self->contact_shown_row },
    { "gender", self->gender_row },
    { "young", self->young_switch },
    { "organisation", self->organisation_row },
    { "new-organisation", self->new_organisation_row },
    { "role", self->role_row },
    { "deputy-for", self->deputy_row },
    { "term-start", self->term_start_row },
    { "term-end", self->term_end_row },
    { "honorarium", self->honorarium_switch },
    { "notes", self->notes_view },
    { "course", self->course_row },
    { "course-date", self->course_date_row },
    { "add-course", self->add_course_button },
    { "save", self->save_button },
    { "delete", self->delete_button },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (fields[i].field, field))
      return fields[i].widget;

  g_return_val_if_reached (NULL);
}

GtkWidget *
mv_member_dialog_get_user_group (MvMemberDialog *self,
                                 const char     *name)
{
  for (guint i = 0; i < self->user_groups->len; i++)
    if (g_strcmp0 (mv_user_group_get_name (g_ptr_array_index (self->user_groups, i)), name) == 0)
      return adw_action_row_get_activatable_widget (g_ptr_array_index (self->user_group_rows, i));

  return NULL;
}

/* The label under the group that holds @field's row. */
GtkWidget *
mv_member_dialog_get_error (MvMemberDialog *self,
                            const char     *field)
{
  if (g_str_equal (field, "name") || g_str_equal (field, "email"))
    return GTK_WIDGET (self->person_error);
  if (g_str_equal (field, "course") || g_str_equal (field, "course-date"))
    return GTK_WIDGET (self->training_error);
  return GTK_WIDGET (self->seat_error);
}

guint
mv_member_dialog_get_n_courses (MvMemberDialog *self)
{
  return self->courses->len;
}
