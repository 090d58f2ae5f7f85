/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "mv-dates.h"
#include "mv-holidays.h"
#include "mv-month-grid.h"

/* One month as a small calendar: a title, the weekdays from Monday, the
 * ISO week numbers (as Norwegian calendars show them) and the days as
 * labels. Public holidays are marked by the grid itself. Marked days carry
 * a css class, a tooltip and the same words as their accessible
 * description; the table below the grids is the way to reach a meeting by
 * keyboard. */
struct _MvMonthGrid
{
  GtkWidget   parent_instance;

  GtkWidget  *box;
  GtkLabel   *title;
  GtkGrid    *grid;
  GtkWidget  *days[31];
  GtkWidget  *weeks[6];     /* the week numbers of the rows a month may take */
  MvDayMarks  marks[31];
  GString    *descriptions[31];
  int         year;
  GDateMonth  month;
  int         offset;       /* the cells before the 1st: its weekday from Monday */
};

G_DEFINE_FINAL_TYPE (MvMonthGrid, mv_month_grid, GTK_TYPE_WIDGET)

enum {
  DAY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A click on a meeting's day opens it, as Enter on its row does. */
static void
click_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   MvMonthGrid     *self)
{
  GtkWidget *target = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);

  for (int i = 0; target != NULL && i < 31; i++)
    if (self->days[i] == target && (self->marks[i] & (MV_DAY_MEETING | MV_DAY_CANCELLED)))
      {
        g_signal_emit (self, signals[DAY_ACTIVATED], 0, i + 1);
        return;
      }
}

static void
mv_month_grid_dispose (GObject *object)
{
  MvMonthGrid *self = MV_MONTH_GRID (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  for (int i = 0; i < 31; i++)
    g_clear_object (&self->days[i]);
  for (int i = 0; i < 6; i++)
    g_clear_object (&self->weeks[i]);
  for (int i = 0; i < 31; i++)
    if (self->descriptions[i] != NULL)
      g_string_free (g_steal_pointer (&self->descriptions[i]), TRUE);

  G_OBJECT_CLASS (mv_month_grid_parent_class)->dispose (object);
}

static void
mv_month_grid_class_init (MvMonthGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mv_month_grid_dispose;

  /**
   * MvMonthGrid::day-activated:
   * @day: the day of the month clicked, one with a meeting
   */
  signals[DAY_ACTIVATED] = g_signal_new ("day-activated", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "mv-month-grid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mv_month_grid_init (MvMonthGrid *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->title = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->title, 0.0);
  gtk_widget_add_css_class (GTK_WIDGET (self->title), "mv-month-title");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->title));

  self->grid = GTK_GRID (gtk_grid_new ());
  /* Not homogeneous: the week numbers' column is narrower than a day's;
   * the style sheet gives each day one width. */
  gtk_grid_set_column_homogeneous (self->grid, FALSE);
  gtk_grid_set_row_spacing (self->grid, 1);
  gtk_grid_set_column_spacing (self->grid, 0);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->grid));

  /* The weekdays' initials, Monday first. */
  for (int i = 0; i < 7; i++)
    {
      g_autofree char *name = mv_date_weekday_name (G_DATE_MONDAY + i, TRUE);
      g_autofree char *initials = NULL;
      GtkWidget *label;

      initials = g_utf8_substring (name, 0, MIN (2, g_utf8_strlen (name, -1)));
      label = gtk_label_new (initials);
      gtk_widget_add_css_class (label, "mv-weekday");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_accessible_update_state (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_grid_attach (self->grid, label, i + 1, 0, 1, 1);
    }

  /* A column of their own, before Monday; each day's description says its
   * week for a screen reader. */
  for (int i = 0; i < 6; i++)
    {
      self->weeks[i] = g_object_ref_sink (gtk_label_new (NULL));
      gtk_widget_add_css_class (self->weeks[i], "mv-week");
      gtk_widget_add_css_class (self->weeks[i], "dim-label");
      gtk_widget_add_css_class (self->weeks[i], "numeric");
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->weeks[i]), GTK_ACCESSIBLE_STATE_HIDDEN,
                                   TRUE, -1);
    }

  for (int i = 0; i < 31; i++)
    {
      g_autofree char *text = g_strdup_printf ("%d", i + 1);

      /* Held while a month has no such day (30 February) and the grid lets it go. */
      self->days[i] = g_object_ref_sink (gtk_label_new (text));
      gtk_widget_add_css_class (self->days[i], "mv-day");
      gtk_widget_add_css_class (self->days[i], "numeric");
    }
}

GtkWidget *
mv_month_grid_new (void)
{
  return g_object_new (MV_TYPE_MONTH_GRID, NULL);
}

static void
update_day (MvMonthGrid *self,
            int          day)
{
  GtkWidget *label = self->days[day - 1];
  MvDayMarks marks = self->marks[day - 1];
  GString *description = self->descriptions[day - 1];

  (marks & MV_DAY_MEETING ? gtk_widget_add_css_class : gtk_widget_remove_css_class)
    (label, "mv-meeting-day");
  (marks & MV_DAY_DEADLINE ? gtk_widget_add_css_class : gtk_widget_remove_css_class)
    (label, "mv-deadline-day");
  (marks & MV_DAY_CANCELLED ? gtk_widget_add_css_class : gtk_widget_remove_css_class)
    (label, "mv-cancelled-day");
  (marks & MV_DAY_HOLIDAY ? gtk_widget_add_css_class : gtk_widget_remove_css_class)
    (label, "mv-holiday-day");

  gtk_widget_set_tooltip_text (label, description ? description->str : NULL);
  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* Shows @month of @year without marks. */
void
mv_month_grid_set_month (MvMonthGrid *self,
                         int          year,
                         GDateMonth   month)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = NULL;
  GDate date;
  int offset, n_days;

  g_return_if_fail (MV_IS_MONTH_GRID (self));
  g_return_if_fail (g_date_valid_month (month));

  self->year = year;
  self->month = month;

  name = mv_date_month_name (month, MV_MONTH_NAME_STANDALONE);
  gtk_label_set_text (self->title, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  for (int i = 0; i < 31; i++)
    {
      if (gtk_widget_get_parent (self->days[i]) != NULL)
        gtk_grid_remove (self->grid, self->days[i]);
      self->marks[i] = 0;
      if (self->descriptions[i] != NULL)
        g_string_free (g_steal_pointer (&self->descriptions[i]), TRUE);
      update_day (self, i + 1);
      gtk_widget_remove_css_class (self->days[i], "mv-today");
    }
  for (int i = 0; i < 6; i++)
    if (gtk_widget_get_parent (self->weeks[i]) != NULL)
      gtk_grid_remove (self->grid, self->weeks[i]);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, month, year);
  offset = self->offset = g_date_get_weekday (&date) - G_DATE_MONDAY;
  n_days = g_date_get_days_in_month (month, year);
  for (int day = 1; day <= n_days; day++)
    {
      int cell = offset + day - 1;
      const char *holiday;

      g_date_set_dmy (&date, day, month, year);
      gtk_grid_attach (self->grid, self->days[day - 1], 1 + cell % 7, 1 + cell / 7, 1, 1);
      if (cell % 7 == 0 || day == 1)
        {
          GtkWidget *week = self->weeks[cell / 7];
          g_autofree char *number = g_strdup_printf ("%u",
                                                     g_date_get_iso8601_week_of_year (&date));

          gtk_label_set_text (GTK_LABEL (week), number);
          gtk_grid_attach (self->grid, week, 0, 1 + cell / 7, 1, 1);
        }
      if ((holiday = mv_holiday_name (&date)) != NULL)
        mv_month_grid_mark_day (self, day, MV_DAY_HOLIDAY, holiday);
      if (g_date_time_get_year (now) == year && g_date_time_get_month (now) == (int) month &&
          g_date_time_get_day_of_month (now) == day)
        {
          gtk_widget_add_css_class (self->days[day - 1], "mv-today");
          /* Translators: the description of today's date in a month grid. */
          mv_month_grid_mark_day (self, day, 0, _("Today"));
        }
    }
}

/* Adds @marks to @day; @description joins the day's tooltip on a line of its own. */
void
mv_month_grid_mark_day (MvMonthGrid *self,
                        int          day,
                        MvDayMarks   marks,
                        const char  *description)
{
  g_return_if_fail (MV_IS_MONTH_GRID (self));
  g_return_if_fail (day >= 1 && day <= 31);

  self->marks[day - 1] |= marks;
  if (description != NULL)
    {
      if (self->descriptions[day - 1] == NULL)
        self->descriptions[day - 1] = g_string_new (description);
      else
        g_string_append_printf (self->descriptions[day - 1], "\n%s", description);
    }
  update_day (self, day);
}

MvDayMarks
mv_month_grid_get_marks (MvMonthGrid *self,
                         int          day)
{
  g_return_val_if_fail (MV_IS_MONTH_GRID (self), 0);
  g_return_val_if_fail (day >= 1 && day <= 31, 0);

  return self->marks[day - 1];
}

int
mv_month_grid_get_week (MvMonthGrid *self,
                        int          day)
{
  GtkWidget *week;

  g_return_val_if_fail (MV_IS_MONTH_GRID (self), 0);
  g_return_val_if_fail (day >= 1 && day <= 31, 0);

  week = self->weeks[(self->offset + day - 1) / 7];
  return gtk_widget_get_parent (week) ? atoi (gtk_label_get_text (GTK_LABEL (week))) : 0;
}

GtkWidget *
mv_month_grid_get_day (MvMonthGrid *self,
                       int          day)
{
  g_return_val_if_fail (MV_IS_MONTH_GRID (self), NULL);
  g_return_val_if_fail (day >= 1 && day <= 31, NULL);

  return self->days[day - 1];
}
