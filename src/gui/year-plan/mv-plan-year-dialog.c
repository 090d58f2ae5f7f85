/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mv-dates.h"
#include "mv-gui-util.h"
#include "mv-plan-year-dialog-private.h"
#include "mv-year-plan.h"

/* A year's meetings from a pattern, previewed before anything is stored:
 * the dates that fall on a public holiday or in the July holiday carry the
 * reason, and any date may be typed anew; each meeting gets its theme. */
struct _MvPlanYearDialog
{
  AdwWindow        parent_instance;

  MvStore         *store;
  MvCouncil       *council;
  MvYearPlan      *plan;
  MvUndo          *undo;       /* from the plan just stored, for the page's toast */
  GPtrArray       *themes;     /* of char *, by the meeting's place in the plan */
  GtkToggleButton *month_buttons[12];
  gboolean         building;

  /* Template widgets */
  GtkSpinButton   *count_spin;
  GtkWidget       *count_row;
  GtkWidget       *create_button;
  GtkLabel        *error_label;
  GtkSpinButton   *length_spin;
  GtkGrid         *months_grid;
  GtkWidget       *months_row;
  GtkSwitch       *months_switch;
  AdwEntryRow     *place_row;
  GtkListBox      *preview_list;
  AdwEntryRow     *start_row;
  GtkDropDown     *week_dropdown;
  GtkDropDown     *weekday_dropdown;
  AdwWindowTitle  *window_title;
  GtkSpinButton   *year_spin;
};

G_DEFINE_FINAL_TYPE (MvPlanYearDialog, mv_plan_year_dialog, ADW_TYPE_WINDOW)

enum {
  PLANNED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (MvPlanYearDialog *self,
            const char       *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static const char *
theme_at (MvPlanYearDialog *self,
          guint             index)
{
  return index < self->themes->len ? g_ptr_array_index (self->themes, index) : NULL;
}

static void
set_theme_at (MvPlanYearDialog *self,
              guint             index,
              const char       *theme)
{
  while (self->themes->len <= index)
    g_ptr_array_add (self->themes, NULL);
  g_free (g_ptr_array_index (self->themes, index));
  g_ptr_array_index (self->themes, index) = g_strdup (theme);
}

static char *
weekday_and_time (MvPlannedMeeting *pm)
{
  g_autofree char *weekday = mv_date_weekday_name (g_date_get_weekday (&pm->date), FALSE);
  g_autofree char *time = mv_time_range_format (pm->starts_at + 11,
                                                pm->ends_at ? pm->ends_at + 11 : NULL);

  /* Translators: in the preview, a planned date's weekday and time: "Tuesday 10:00–13:00". */
  return g_strdup_printf (_("%s %s"), weekday, time);
}

static void
update_row (GtkWidget        *row,
            MvPlannedMeeting *pm)
{
  GtkWidget *when = g_object_get_data (G_OBJECT (row), "mv-when");
  GtkWidget *flag_icon = g_object_get_data (G_OBJECT (row), "mv-flag-icon");
  GtkWidget *flag_label = g_object_get_data (G_OBJECT (row), "mv-flag-label");
  GtkWidget *deadline_label = g_object_get_data (G_OBJECT (row), "mv-deadline-label");
  g_autofree char *when_text = weekday_and_time (pm);
  g_autofree char *date_text = mv_date_format_entry (&pm->date);
  g_autofree char *deadlines = mv_planned_meeting_describe_deadlines (pm);
  g_autofree char *description = NULL;
  const char *flag = pm->flag;
  g_autofree char *flag_text = NULL;

  if (pm->last_instead)
    /* Translators: in the preview, a month without a fifth such weekday. */
    flag_text = g_strdup (_("No fifth in the month: the last"));

  gtk_label_set_text (GTK_LABEL (when), when_text);
  gtk_widget_set_visible (flag_icon, flag != NULL);
  gtk_label_set_text (GTK_LABEL (flag_label), flag ? flag : flag_text ? flag_text : "");
  gtk_widget_set_visible (flag_label, flag != NULL || flag_text != NULL);
  g_object_set_data (G_OBJECT (row), "mv-flag", (gpointer) flag);
  /* The deadline and the notice date are working days of the secretariat:
   * each row shows both, and says so when one falls in a holiday. */
  if (deadlines == NULL)
    {
      g_autofree char *deadline = mv_date_iso_to_entry (pm->case_deadline);
      g_autofree char *notice = mv_date_iso_to_entry (pm->notice_date);

      /* Translators: under a planned meeting: "Case deadline 22.12.2026 · notice 29.12.2026". */
      deadlines = g_strdup_printf (_("Case deadline %s · notice %s"), deadline, notice);
      gtk_widget_remove_css_class (deadline_label, "warning");
      gtk_widget_add_css_class (deadline_label, "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (deadline_label, "dim-label");
      gtk_widget_add_css_class (deadline_label, "warning");
    }
  gtk_label_set_text (GTK_LABEL (deadline_label), deadlines);

  if (flag != NULL)
    /* Translators: a screen reader's words for a flagged planned date: "Meeting on 17.05.2027: 17 May". */
    description = g_strdup_printf (_("Meeting on %s, %s: %s"), date_text, when_text, flag);
  else
    description = g_strdup_printf (_("Meeting on %s, %s"), date_text, when_text);
  {
    /* Translators: a planned meeting's screen-reader words, then its deadlines. */
    g_autofree char *with = g_strdup_printf (_("%s. %s"), description, deadlines);

    g_free (description);
    description = g_steal_pointer (&with);
  }
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
}

/* The planned meeting moves to the typed date: its times, deadlines and flag with it. */
static gboolean
move_planned (MvPlanYearDialog *self,
              MvPlannedMeeting *pm,
              const GDate      *date)
{
  g_autofree char *day = mv_date_format (date);
  char *starts_at, *ends_at;

  if (g_date_get_year (date) != g_date_get_year (&pm->date))
    return FALSE;

  starts_at = g_strconcat (day, pm->starts_at + 10, NULL);
  ends_at = pm->ends_at ? g_strconcat (day, pm->ends_at + 10, NULL) : NULL;
  g_free (pm->starts_at);
  g_free (pm->ends_at);
  pm->starts_at = starts_at;
  pm->ends_at = ends_at;
  g_clear_pointer (&pm->case_deadline, g_free);
  g_clear_pointer (&pm->notice_date, g_free);
  mv_meeting_deadlines (date, mv_council_get_deadline_days (self->council),
                        mv_council_get_notice_days (self->council),
                        &pm->case_deadline, &pm->notice_date);
  pm->date = *date;
  mv_planned_meeting_update_flags (pm);
  pm->last_instead = FALSE;
  return TRUE;
}

/* Create waits for a plan whose dates all read. */
static void
update_create (MvPlanYearDialog *self)
{
  gboolean ok = self->plan != NULL && self->plan->meetings->len > 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->preview_list));
       ok && row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *date = g_object_get_data (G_OBJECT (row), "mv-date");

      ok = date == NULL || !gtk_widget_has_css_class (date, "error");
    }

  gtk_widget_set_sensitive (self->create_button, ok);
}

static void
date_changed_cb (GtkEditable      *entry,
                 MvPlanYearDialog *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (entry), "mv-row");
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "mv-index"));
  MvPlannedMeeting *pm;
  GDate date;
  gboolean valid;

  if (self->plan == NULL || index >= self->plan->meetings->len)
    return;

  pm = g_ptr_array_index (self->plan->meetings, index);
  valid = mv_date_parse_user (gtk_editable_get_text (entry), MV_DATE_INPUT_TYPED, &date) &&
          move_planned (self, pm, &date);
  mv_row_set_error (GTK_WIDGET (entry), !valid);
  if (valid)
    {
      update_row (row, pm);
      gtk_widget_set_tooltip_text (GTK_WIDGET (entry), _("Type another date to move the meeting"));
    }
  else
    {
      /* Said at the row, not above the form: the user is still typing. */
      g_autofree char *message =
        g_strdup_printf (_("Enter the date as dd.mm.yyyy within %d."),
                         g_date_get_year (&pm->date));

      gtk_widget_set_tooltip_text (GTK_WIDGET (entry), message);
    }
  update_create (self);
}

static void
theme_changed_cb (GtkEditable      *entry,
                  MvPlanYearDialog *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (entry), "mv-row");
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "mv-index"));

  set_theme_at (self, index, gtk_editable_get_text (entry));
}

static GtkWidget *
new_row (MvPlanYearDialog *self,
         guint             index,
         MvPlannedMeeting *pm)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *lines = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *deadline_label = gtk_label_new (NULL);
  GtkWidget *date = gtk_entry_new ();
  GtkWidget *when = gtk_label_new (NULL);
  GtkWidget *flag_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *flag_icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *flag_label = gtk_label_new (NULL);
  GtkWidget *theme = gtk_entry_new ();
  g_autofree char *date_text = mv_date_format_entry (&pm->date);
  g_autofree char *date_name = g_strdup_printf (_("Date of meeting %u"), index + 1);
  g_autofree char *theme_name = g_strdup_printf (_("Theme of meeting %u"), index + 1);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (lines, 6);
  gtk_widget_set_margin_bottom (lines, 6);
  gtk_widget_set_margin_start (lines, 12);
  gtk_widget_set_margin_end (lines, 12);

  gtk_editable_set_width_chars (GTK_EDITABLE (date), 10);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (date), 10);
  gtk_editable_set_text (GTK_EDITABLE (date), date_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (date), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  date_name, -1);
  gtk_widget_set_tooltip_text (date, _("Type another date to move the meeting"));

  gtk_label_set_xalign (GTK_LABEL (when), 0.0);
  gtk_label_set_width_chars (GTK_LABEL (when), 18);
  gtk_widget_add_css_class (when, "dim-label");
  gtk_widget_add_css_class (when, "numeric");

  gtk_widget_add_css_class (flag_icon, "warning");
  gtk_widget_add_css_class (flag_label, "warning");
  gtk_accessible_update_state (GTK_ACCESSIBLE (flag_icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (flag_box), flag_icon);
  gtk_box_append (GTK_BOX (flag_box), flag_label);

  gtk_widget_set_hexpand (theme, TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (theme), _("Theme"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (theme), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  theme_name, -1);
  if (theme_at (self, index) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (theme), theme_at (self, index));
  else if (pm->theme != NULL)
    gtk_editable_set_text (GTK_EDITABLE (theme), pm->theme);

  gtk_box_append (GTK_BOX (box), date);
  gtk_box_append (GTK_BOX (box), when);
  gtk_box_append (GTK_BOX (box), flag_box);
  gtk_box_append (GTK_BOX (box), theme);
  gtk_label_set_xalign (GTK_LABEL (deadline_label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (deadline_label), TRUE);
  gtk_widget_add_css_class (deadline_label, "warning");
  gtk_widget_add_css_class (deadline_label, "caption");
  gtk_box_append (GTK_BOX (lines), box);
  gtk_box_append (GTK_BOX (lines), deadline_label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), lines);

  g_object_set_data (G_OBJECT (row), "mv-index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (row), "mv-date", date);
  g_object_set_data (G_OBJECT (row), "mv-theme", theme);
  g_object_set_data (G_OBJECT (row), "mv-when", when);
  g_object_set_data (G_OBJECT (row), "mv-flag-icon", flag_icon);
  g_object_set_data (G_OBJECT (row), "mv-flag-label", flag_label);
  g_object_set_data (G_OBJECT (row), "mv-deadline-label", deadline_label);
  g_object_set_data (G_OBJECT (date), "mv-row", row);
  g_object_set_data (G_OBJECT (theme), "mv-row", row);
  g_signal_connect (date, "changed", G_CALLBACK (date_changed_cb), self);
  g_signal_connect (theme, "changed", G_CALLBACK (theme_changed_cb), self);

  update_row (row, pm);
  return row;
}

static void
clear_preview (MvPlanYearDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->preview_list))) != NULL)
    gtk_list_box_remove (self->preview_list, child);
  g_clear_pointer (&self->plan, mv_year_plan_free);
}

static void
update_preview (MvPlanYearDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *place = NULL;
  MvYearPattern pattern = { 0 };
  gboolean by_months = gtk_switch_get_active (self->months_switch);
  guint week;
  int start_minute;

  if (self->building)
    return;

  clear_preview (self);
  show_error (self, NULL);
  mv_row_set_error_reason (GTK_WIDGET (self->start_row), NULL);

  gtk_widget_set_sensitive (self->count_row, !by_months);
  gtk_widget_set_sensitive (self->months_row, by_months);

  pattern.year = gtk_spin_button_get_value_as_int (self->year_spin);
  if (by_months)
    {
      for (int m = 0; m < 12; m++)
        if (gtk_toggle_button_get_active (self->month_buttons[m]))
          pattern.months |= 1u << (m + 1);
    }
  else
    pattern.count = gtk_spin_button_get_value_as_int (self->count_spin);

  pattern.weekday = gtk_drop_down_get_selected (self->weekday_dropdown) + G_DATE_MONDAY;
  week = gtk_drop_down_get_selected (self->week_dropdown);
  pattern.week = week >= 5 ? MV_WEEK_LAST : (int) week + 1;
  pattern.start = gtk_editable_get_text (GTK_EDITABLE (self->start_row));
  pattern.minutes = gtk_spin_button_get_value_as_int (self->length_spin);
  place = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->place_row))));
  pattern.place = place;

  if (!mv_time_parse (pattern.start, &start_minute))
    {
      mv_row_set_error_reason (GTK_WIDGET (self->start_row),
                               _("Enter the start time as hh:mm, for example 10:00."));
      show_error (self, _("Enter the start time as hh:mm, for example 10:00."));
      gtk_widget_set_sensitive (self->create_button, FALSE);
      return;
    }

  if (by_months && pattern.months == 0)
    {
      show_error (self, _("Choose at least one month."));
      gtk_widget_set_sensitive (self->create_button, FALSE);
      return;
    }

  self->plan = mv_year_plan_new (self->council, &pattern, &error);
  if (self->plan == NULL)
    {
      show_error (self, error->message);
      gtk_widget_set_sensitive (self->create_button, FALSE);
      return;
    }

  for (guint i = 0; i < self->plan->meetings->len; i++)
    gtk_list_box_append (self->preview_list,
                         new_row (self, i, g_ptr_array_index (self->plan->meetings, i)));

  update_create (self);
}

static void
pattern_changed_cb (MvPlanYearDialog *self)
{
  update_preview (self);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  mv_plan_year_dialog_create (MV_PLAN_YEAR_DIALOG (widget));
}

static void
mv_plan_year_dialog_dispose (GObject *object)
{
  MvPlanYearDialog *self = MV_PLAN_YEAR_DIALOG (object);

  g_clear_pointer (&self->plan, mv_year_plan_free);
  g_clear_pointer (&self->undo, mv_undo_free);
  g_clear_pointer (&self->themes, g_ptr_array_unref);
  g_clear_object (&self->council);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mv_plan_year_dialog_parent_class)->dispose (object);
}

static void
mv_plan_year_dialog_class_init (MvPlanYearDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mv_plan_year_dialog_dispose;

  /**
   * MvPlanYearDialog::planned:
   * @year: the year planned
   * @n_meetings: how many meetings were stored
   */
  signals[PLANNED] = g_signal_new ("planned", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/medvirke/Medvirke/mv-plan-year-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MvPlanYearDialog, count_row);
  gtk_widget_class_bind_template_child (widget_class, MvPlanYearDialog, count_spin);
  gtk_widget_class_bind_template_child (widget_class, MvPlanYearDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, MvPlanYearDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MvPlanYearDialog, length_spin);
  gtk_widget_class_bind_template_child (widget_class, MvPlanYearDialog, months_grid);
  gtk_widget_class_bind_template_child (widget_class, MvPlanYearDialog, months_row);
  gtk_widget_class_bind_template_child (widget_class, MvPlanYearDialog, months_switch);
  gtk_widget_class_bind_template_child (widget_class, MvPlanYearDialog, place_row);
  gtk_widget_class_bind_template_child (widget_class, MvPlanYearDialog, preview_list);
  gtk_widget_class_bind_template_child (widget_class, MvPlanYearDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, MvPlanYearDialog, week_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MvPlanYearDialog, weekday_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MvPlanYearDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, MvPlanYearDialog, year_spin);
  gtk_widget_class_bind_template_callback (widget_class, pattern_changed_cb);

  gtk_widget_class_install_action (widget_class, "plan.create", NULL, create_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "plan.create", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "plan.create", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mv_plan_year_dialog_init (MvPlanYearDialog *self)
{
  g_autoptr(GtkStringList) weekdays = gtk_string_list_new (NULL);

  self->building = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  mv_widget_plain_mnemonics (GTK_WIDGET (self));

  self->themes = g_ptr_array_new_with_free_func (g_free);

  /* Weekdays and months by the locale's names, Monday first. */
  for (int i = 0; i < 7; i++)
    {
      g_autofree char *name = mv_date_weekday_name (G_DATE_MONDAY + i, FALSE);

      gtk_string_list_append (weekdays, name);
    }
  gtk_drop_down_set_model (self->weekday_dropdown, G_LIST_MODEL (weekdays));

  for (int m = 0; m < 12; m++)
    {
      g_autofree char *abbreviation = mv_date_month_name (m + 1, MV_MONTH_NAME_ABBREVIATED);
      g_autofree char *full = mv_date_month_name (m + 1, MV_MONTH_NAME_FULL);
      GtkWidget *button = gtk_toggle_button_new_with_label (abbreviation);

      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      full, -1);
      g_signal_connect_swapped (button, "toggled", G_CALLBACK (pattern_changed_cb), self);
      gtk_grid_attach (self->months_grid, button, m % 6, m / 6, 1, 1);
      self->month_buttons[m] = GTK_TOGGLE_BUTTON (button);
    }
}

GtkWidget *
mv_plan_year_dialog_new (GtkWindow *parent,
                         MvStore   *store,
                         MvCouncil *council,
                         int        year)
{
  MvPlanYearDialog *self;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (MV_IS_COUNCIL (council), NULL);

  self = g_object_new (MV_TYPE_PLAN_YEAR_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->council = g_object_ref (council);

  adw_window_title_set_subtitle (self->window_title, mv_council_get_name (council));
  gtk_spin_button_set_value (self->year_spin, year);
  /* Second Tuesday, the council's start, length and place. */
  gtk_drop_down_set_selected (self->week_dropdown, 1);
  gtk_drop_down_set_selected (self->weekday_dropdown, G_DATE_TUESDAY - G_DATE_MONDAY);
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), mv_council_get_start_time (council));
  gtk_spin_button_set_value (self->length_spin, mv_council_get_length_minutes (council));
  gtk_editable_set_text (GTK_EDITABLE (self->place_row), mv_council_get_default_place (council));

  self->building = FALSE;
  update_preview (self);

  return GTK_WIDGET (self);
}

/**
 * mv_plan_year_dialog_take_undo:
 *
 * In a handler of ::planned: how to take the meetings away again.
 *
 * Returns: (transfer full) (nullable): the undo, once
 */
MvUndo *
mv_plan_year_dialog_take_undo (MvPlanYearDialog *self)
{
  g_return_val_if_fail (MV_IS_PLAN_YEAR_DIALOG (self), NULL);

  return g_steal_pointer (&self->undo);
}

/**
 * mv_plan_year_dialog_create:
 *
 * Stores the previewed meetings and closes; when the plan is refused, says
 * why at the top and stays.
 */
gboolean
mv_plan_year_dialog_create (MvPlanYearDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MvUndo) undo = NULL;
  int year;
  guint n_meetings;

  g_return_val_if_fail (MV_IS_PLAN_YEAR_DIALOG (self), FALSE);

  if (self->plan == NULL || !gtk_widget_get_sensitive (self->create_button))
    return FALSE;

  for (guint i = 0; i < self->plan->meetings->len; i++)
    {
      MvPlannedMeeting *pm = g_ptr_array_index (self->plan->meetings, i);
      const char *theme = theme_at (self, i);

      if (theme != NULL)
        {
          g_free (pm->theme);
          pm->theme = g_strstrip (g_strdup (theme));
        }
    }

  if (!mv_year_plan_check (self->store, self->council, self->plan, &error) ||
      !mv_year_plan_store_full (self->store, self->council, self->plan, &undo, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  year = gtk_spin_button_get_value_as_int (self->year_spin);
  n_meetings = self->plan->meetings->len;
  /* The page's toast takes the undo (mv_plan_year_dialog_take_undo()). */
  self->undo = g_steal_pointer (&undo);
  g_signal_emit (self, signals[PLANNED], 0, year, n_meetings);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

GtkSpinButton *
mv_plan_year_dialog_get_year_spin (MvPlanYearDialog *self)
{
  return self->year_spin;
}

GtkSpinButton *
mv_plan_year_dialog_get_count_spin (MvPlanYearDialog *self)
{
  return self->count_spin;
}

GtkSwitch *
mv_plan_year_dialog_get_months_switch (MvPlanYearDialog *self)
{
  return self->months_switch;
}

GtkToggleButton *
mv_plan_year_dialog_get_month_button (MvPlanYearDialog *self,
                                      GDateMonth        month)
{
  return self->month_buttons[month - 1];
}

GtkDropDown *
mv_plan_year_dialog_get_week_dropdown (MvPlanYearDialog *self)
{
  return self->week_dropdown;
}

GtkDropDown *
mv_plan_year_dialog_get_weekday_dropdown (MvPlanYearDialog *self)
{
  return self->weekday_dropdown;
}

GtkEditable *
mv_plan_year_dialog_get_start_row (MvPlanYearDialog *self)
{
  return GTK_EDITABLE (self->start_row);
}

GtkSpinButton *
mv_plan_year_dialog_get_length_spin (MvPlanYearDialog *self)
{
  return self->length_spin;
}

GtkListBox *
mv_plan_year_dialog_get_preview (MvPlanYearDialog *self)
{
  return self->preview_list;
}

GtkWidget *
mv_plan_year_dialog_get_create_button (MvPlanYearDialog *self)
{
  return self->create_button;
}

const char *
mv_plan_year_dialog_get_error (MvPlanYearDialog *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label))
         ? gtk_label_get_text (self->error_label) : NULL;
}

GtkEditable *
mv_plan_year_row_get_date (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "mv-date");
}

GtkEditable *
mv_plan_year_row_get_theme (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "mv-theme");
}

const char *
mv_plan_year_row_get_flag (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "mv-flag");
}
