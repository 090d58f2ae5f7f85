/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-columns.h"
#include "mv-dates.h"
#include "mv-enum-types.h"
#include "mv-gui-util.h"
#include "mv-meeting-dialog.h"
#include "mv-meeting-page.h"
#include "mv-meeting-util.h"
#include "mv-meetings.h"
#include "mv-plan-year-dialog.h"
#include "mv-queries.h"
#include "mv-record-watch.h"
#include "mv-year-plan.h"
#include "mv-year-plan-export.h"
#include "mv-year-plan-page.h"

struct _MvYearPlanPage
{
  MvSectionPage  parent_instance;

  int            year;
  MvMonthGrid   *grids[12];
  MvRecordWatch *watch;
  GPtrArray     *columns;

  /* Template widgets */
  GtkColumnView *column_view;
  MvMeetingPage *meeting_page;
  GtkFlowBox    *months_box;
  GtkStack      *outer_stack;
  GtkStack      *stack;
  GtkLabel      *summary_label;
  GtkLabel      *year_label;
};

G_DEFINE_FINAL_TYPE (MvYearPlanPage, mv_year_plan_page, MV_TYPE_SECTION_PAGE)

static void queue_refresh  (MvYearPlanPage *self);
static void update_actions (MvYearPlanPage *self);

static char *
date_text (gpointer item,
           gpointer user_data)
{
  return mv_date_format_user (mv_meeting_get_starts_at (item), MV_DATE_STYLE_WEEKDAY_DAY_MONTH);
}

static char *
time_text (gpointer item,
           gpointer user_data)
{
  g_autofree char *start = mv_meeting_dup_start_time (item);
  g_autofree char *end = mv_meeting_dup_end_time (item);

  return mv_time_range_format (start, end);
}

static char *
place_text (gpointer item,
            gpointer user_data)
{
  return g_strdup (mv_meeting_get_place (item));
}

static char *
theme_text (gpointer item,
            gpointer user_data)
{
  return g_strdup (mv_meeting_get_theme (item));
}

static char *
kind_text (gpointer item,
           gpointer user_data)
{
  return g_strdup (mv_enum_to_label (MV_TYPE_MEETING_KIND, mv_meeting_get_kind (item)));
}

static char *
status_text (gpointer item,
             gpointer user_data)
{
  return g_strdup (mv_enum_to_label (MV_TYPE_MEETING_STATUS, mv_meeting_get_status (item)));
}

static char *
deadline_text (gpointer item,
               gpointer user_data)
{
  return mv_date_format_user (mv_meeting_get_case_deadline (item), MV_DATE_STYLE_DAY_MONTH);
}

static char *
notice_text (gpointer item,
             gpointer user_data)
{
  g_autofree char *date = mv_date_format_user (mv_meeting_get_notice_date (item),
                                               MV_DATE_STYLE_DAY_MONTH);

  /* As the meeting's page warns of it. */
  if (date != NULL && mv_meeting_notice_overdue (item, NULL))
    /* Translators: in the year plan's Notice column, a notice date that
     * has passed without the notice being sent: "24. nov., not sent". */
    return g_strdup_printf (_("%s, not sent"), date);

  return g_steal_pointer (&date);
}

static guint
count_items (MvYearPlanPage *self,
             MvMeeting      *meeting)
{
  MvStore *store = mv_section_page_get_store (MV_SECTION_PAGE (self));

  return store ? mv_store_count_items (store, mv_record_get_id (MV_RECORD (meeting))) : 0;
}

static char *
items_text (gpointer item,
            gpointer user_data)
{
  return g_strdup_printf ("%u", count_items (user_data, item));
}

static int
compare_dates (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return g_strcmp0 (mv_meeting_get_starts_at ((MvMeeting *) a),
                    mv_meeting_get_starts_at ((MvMeeting *) b));
}

static int
compare_strings (const char *a,
                 const char *b)
{
  return g_strcmp0 (a ? a : "", b ? b : "");
}

static int
compare_deadlines (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  return compare_strings (mv_meeting_get_case_deadline ((MvMeeting *) a),
                          mv_meeting_get_case_deadline ((MvMeeting *) b));
}

static int
compare_notice_dates (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  return compare_strings (mv_meeting_get_notice_date ((MvMeeting *) a),
                          mv_meeting_get_notice_date ((MvMeeting *) b));
}

static int
compare_kinds (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  int cmp = (int) mv_meeting_get_kind ((MvMeeting *) a) - (int) mv_meeting_get_kind ((MvMeeting *) b);

  return cmp != 0 ? cmp : compare_dates (a, b, user_data);
}

static int
compare_statuses (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  int cmp = (int) mv_meeting_get_status ((MvMeeting *) a) -
            (int) mv_meeting_get_status ((MvMeeting *) b);

  return cmp != 0 ? cmp : compare_dates (a, b, user_data);
}

static int
compare_item_counts (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  guint count_a = count_items (user_data, (MvMeeting *) a);
  guint count_b = count_items (user_data, (MvMeeting *) b);

  return count_a < count_b ? -1 : count_a > count_b;
}

/* Past meetings are dimmed, cancelled ones struck through: on every cell's
 * label, as the status may change while the row is shown. */
static void
style_cell (GtkListItem *list_item)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  MvMeeting *meeting = gtk_list_item_get_item (list_item);
  gboolean cancelled, past;

  if (label == NULL || !MV_IS_MEETING (meeting))
    return;

  cancelled = mv_meeting_get_status (meeting) == MV_MEETING_STATUS_CANCELLED;
  past = mv_meeting_is_past (meeting);
  (cancelled ? gtk_widget_add_css_class : gtk_widget_remove_css_class) (label, "mv-cancelled");
  (past ? gtk_widget_add_css_class : gtk_widget_remove_css_class) (label, "dim-label");
  if (g_object_get_data (G_OBJECT (label), "mv-notice-cell") != NULL)
    (mv_meeting_notice_overdue (meeting, NULL)
     ? gtk_widget_add_css_class : gtk_widget_remove_css_class) (label, "warning");
}

static void
meeting_style_notify_cb (GObject     *meeting,
                         GParamSpec  *pspec,
                         GtkListItem *list_item)
{
  style_cell (list_item);
}

static void
bind_style_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  gpointer item = gtk_list_item_get_item (list_item);

  style_cell (list_item);
  if (G_IS_OBJECT (item))
    g_signal_connect_object (item, "notify", G_CALLBACK (meeting_style_notify_cb), list_item, 0);
}

static void
unbind_style_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  gpointer item = gtk_list_item_get_item (list_item);

  if (G_IS_OBJECT (item))
    g_signal_handlers_disconnect_by_func (item, meeting_style_notify_cb, list_item);
}

/* A notice overdue is marked in its cell (style_cell). */
static void
setup_notice_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  g_object_set_data (G_OBJECT (gtk_list_item_get_child (list_item)), "mv-notice-cell",
                     GINT_TO_POINTER (TRUE));
}

/* Short cells are shown whole; the place and the theme take what is left. */
static void
setup_whole_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);

  if (GTK_IS_LABEL (label))
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_NONE);
}

static GtkColumnViewColumn *
add_column (MvYearPlanPage *self,
            const char     *title,
            MvCellTextFunc  func,
            GtkSorter      *sorter,
            MvColumnFlags   flags)
{
  GtkColumnViewColumn *column =
    mv_column_view_add_text_column (self->column_view, title, func, self, sorter, flags);
  GtkListItemFactory *factory = gtk_column_view_column_get_factory (column);

  g_signal_connect_after (factory, "bind", G_CALLBACK (bind_style_cb), self);
  if (!(flags & MV_COLUMN_EXPAND))
    g_signal_connect_after (factory, "setup", G_CALLBACK (setup_whole_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_style_cb), self);
  g_ptr_array_add (self->columns, column);
  return column;
}

static gboolean
mv_year_plan_page_filter (MvSectionPage *page,
                          MvRecord      *record)
{
  MvYearPlanPage *self = MV_YEAR_PLAN_PAGE (page);
  g_autofree char *prefix = g_strdup_printf ("%04d-", self->year);

  return g_str_has_prefix (mv_meeting_get_starts_at (MV_MEETING (record)), prefix);
}

static void
mark_date (MvYearPlanPage *self,
           const char     *iso_date,
           MvDayMarks      marks,
           const char     *description)
{
  GDate date;

  if (!mv_date_parse (iso_date, &date) || g_date_get_year (&date) != self->year)
    return;

  mv_month_grid_mark_day (self->grids[g_date_get_month (&date) - 1], g_date_get_day (&date),
                          marks, description);
}

static void
update_months (MvYearPlanPage *self)
{
  MvStore *store = mv_section_page_get_store (MV_SECTION_PAGE (self));
  MvCouncil *council = mv_section_page_get_council (MV_SECTION_PAGE (self));
  g_autoptr(GPtrArray) meetings = NULL;
  guint planned = 0, cancelled = 0;

  for (int m = 0; m < 12; m++)
    mv_month_grid_set_month (self->grids[m], self->year, m + 1);

  if (store == NULL || council == NULL)
    {
      gtk_label_set_text (self->summary_label, "");
      return;
    }

  meetings = mv_store_list_meetings (store, council, self->year);
  for (guint i = 0; i < meetings->len; i++)
    {
      MvMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autofree char *label = mv_meeting_dup_label (meeting);
      const char *theme = mv_meeting_get_theme (meeting);
      g_autofree char *what = NULL;
      g_autofree char *deadline = NULL;

      if (mv_meeting_get_status (meeting) == MV_MEETING_STATUS_CANCELLED)
        {
          /* Translators: a day's tooltip in the month grid: "Cancelled: Tue 9 Mar 2027, 10:00". */
          what = g_strdup_printf (_("Cancelled meeting: %s"), label);
          mark_date (self, mv_meeting_get_starts_at (meeting), MV_DAY_CANCELLED, what);
          cancelled++;
          continue;
        }

      planned++;
      if (theme != NULL && *theme != '\0')
        /* Translators: a day's tooltip in the month grid: "Meeting: Tue 9 Mar 2027, 10:00 – Theme". */
        what = g_strdup_printf (_("Meeting: %s – %s"), label, theme);
      else
        /* Translators: a day's tooltip in the month grid. */
        what = g_strdup_printf (_("Meeting: %s"), label);
      mark_date (self, mv_meeting_get_starts_at (meeting), MV_DAY_MEETING, what);

      /* Translators: a day's tooltip in the month grid: the case deadline of a meeting. */
      deadline = g_strdup_printf (_("Case deadline for the meeting of %s"), label);
      mark_date (self, mv_meeting_get_case_deadline (meeting), MV_DAY_DEADLINE, deadline);
    }

  if (planned == 0 && cancelled == 0)
    gtk_label_set_text (self->summary_label, "");
  else if (cancelled == 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u meeting", "%u meetings", planned),
                                               planned);

      gtk_label_set_text (self->summary_label, text);
    }
  else
    {
      g_autofree char *meetings_text =
        g_strdup_printf (ngettext ("%u meeting", "%u meetings", planned), planned);
      /* Translators: "6 meetings, 1 cancelled". */
      g_autofree char *text =
        g_strdup_printf (ngettext ("%s, %u cancelled", "%s, %u cancelled", cancelled),
                         meetings_text, cancelled);

      gtk_label_set_text (self->summary_label, text);
    }
}

static void
refresh (gpointer user_data)
{
  MvYearPlanPage *self = user_data;

  /* A moved meeting may have left the year, or come into it. */
  mv_section_page_refilter (MV_SECTION_PAGE (self));
  for (guint i = 0; i < self->columns->len; i++)
    mv_column_view_column_refresh (g_ptr_array_index (self->columns, i));
  update_months (self);
}

static void
queue_refresh (MvYearPlanPage *self)
{
  mv_record_watch_queue (self->watch);
}

static void
store_changed (MvSectionPage *page)
{
  MvYearPlanPage *self = MV_YEAR_PLAN_PAGE (page);
  MvStore *store = mv_section_page_get_store (MV_SECTION_PAGE (self));

  mv_record_watch_clear (self->watch);
  mv_meeting_page_set_store (self->meeting_page, store);
  mv_year_plan_page_show_list (self);
  /* An edit changes a meeting in place, which the filter does not see. */
  if (store != NULL)
    {
      mv_record_watch_add (self->watch, mv_store_get_model (store, MV_TYPE_MEETING), TRUE);
      mv_record_watch_add (self->watch, mv_store_get_model (store, MV_TYPE_AGENDA_ITEM), FALSE);
    }
  queue_refresh (self);
}

static void
update_actions (MvYearPlanPage *self)
{
  MvStore *store = mv_section_page_get_store (MV_SECTION_PAGE (self));
  MvCouncil *council = mv_section_page_get_council (MV_SECTION_PAGE (self));
  gboolean writable = store != NULL && council != NULL && !mv_store_get_read_only (store);

  /* Its Ctrl+N works only while the year plan is shown: another section's
   * has the same keys. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "year-plan.add-meeting",
                                 writable && mv_section_page_get_shown (MV_SECTION_PAGE (self)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "year-plan.new",
                                 writable && mv_section_page_get_shown (MV_SECTION_PAGE (self)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "year-plan.export-shown",
                                 store != NULL && council != NULL &&
                                 mv_section_page_get_shown (MV_SECTION_PAGE (self)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "year-plan.plan-year", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "year-plan.export",
                                 store != NULL && council != NULL);
}

static void
council_changed (MvSectionPage *page)
{
  MvYearPlanPage *self = MV_YEAR_PLAN_PAGE (page);

  mv_year_plan_page_show_list (self);
  queue_refresh (self);
}

static void
update_year (MvYearPlanPage *self)
{
  g_autofree char *text = g_strdup_printf ("%d", self->year);

  gtk_label_set_text (self->year_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "year-plan.previous-year", self->year > 1900);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "year-plan.next-year", self->year < 9998);
  mv_section_page_refilter (MV_SECTION_PAGE (self));
  update_months (self);
}

static void
column_view_activate_cb (MvYearPlanPage *self,
                         guint           position)
{
  GListModel *rows = G_LIST_MODEL (gtk_column_view_get_model (self->column_view));
  g_autoptr(MvMeeting) meeting = g_list_model_get_item (rows, position);

  if (meeting != NULL)
    mv_year_plan_page_show_meeting (self, meeting);
}

static void
day_activated_cb (MvMonthGrid    *grid,
                  int             day,
                  MvYearPlanPage *self)
{
  MvStore *store = mv_section_page_get_store (MV_SECTION_PAGE (self));
  MvCouncil *council = mv_section_page_get_council (MV_SECTION_PAGE (self));
  g_autoptr(GPtrArray) meetings = NULL;
  MvMeeting *found = NULL;
  int month = 0;

  for (int m = 0; m < 12; m++)
    if (self->grids[m] == grid)
      month = m + 1;
  if (store == NULL || council == NULL || month == 0)
    return;

  /* The meeting of the day; a cancelled one only when it is the only one. */
  meetings = mv_store_list_meetings (store, council, self->year);
  for (guint i = 0; i < meetings->len; i++)
    {
      MvMeeting *meeting = g_ptr_array_index (meetings, i);
      GDate date;

      if (!mv_meeting_get_date (meeting, &date) || (int) g_date_get_month (&date) != month ||
          g_date_get_day (&date) != day)
        continue;
      if (found == NULL || mv_meeting_get_status (found) == MV_MEETING_STATUS_CANCELLED)
        found = meeting;
    }

  if (found != NULL)
    mv_year_plan_page_show_meeting (self, found);
}

static void
meeting_page_back_cb (MvYearPlanPage *self)
{
  mv_year_plan_page_show_list (self);
}

static void
previous_year_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MvYearPlanPage *self = MV_YEAR_PLAN_PAGE (widget);

  mv_year_plan_page_set_year (self, self->year - 1);
}

static void
next_year_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MvYearPlanPage *self = MV_YEAR_PLAN_PAGE (widget);

  mv_year_plan_page_set_year (self, self->year + 1);
}

static void
add_meeting_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  mv_year_plan_page_add_meeting (MV_YEAR_PLAN_PAGE (widget));
}

/* Ctrl+E wherever the focus is in the section: the meeting's papers while
 * its page is shown, else the year plan. */
static void
export_shown_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MvYearPlanPage *self = MV_YEAR_PLAN_PAGE (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->outer_stack), "meeting") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self->meeting_page), "meeting.export", NULL);
  else
    mv_year_plan_page_export (self);
}

/* Ctrl+N: a new item while a meeting's page is shown, else a new meeting. */
static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  MvYearPlanPage *self = MV_YEAR_PLAN_PAGE (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->outer_stack), "meeting") == 0)
    mv_meeting_page_add_item (self->meeting_page);
  else
    mv_year_plan_page_add_meeting (self);
}

static void
plan_year_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  mv_year_plan_page_plan_year (MV_YEAR_PLAN_PAGE (widget));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  mv_year_plan_page_export (MV_YEAR_PLAN_PAGE (widget));
}

static void
mv_year_plan_page_dispose (GObject *object)
{
  MvYearPlanPage *self = MV_YEAR_PLAN_PAGE (object);

  g_clear_pointer (&self->watch, mv_record_watch_free);

  gtk_widget_dispose_template (GTK_WIDGET (object), MV_TYPE_YEAR_PLAN_PAGE);

  g_clear_pointer (&self->columns, g_ptr_array_unref);

  G_OBJECT_CLASS (mv_year_plan_page_parent_class)->dispose (object);
}

static void
section_update_actions (MvSectionPage *page)
{
  update_actions (MV_YEAR_PLAN_PAGE (page));
}

static void
mv_year_plan_page_class_init (MvYearPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  MvSectionPageClass *page_class = MV_SECTION_PAGE_CLASS (klass);

  object_class->dispose = mv_year_plan_page_dispose;
  page_class->store_changed = store_changed;
  page_class->council_changed = council_changed;
  page_class->update_actions = section_update_actions;
  page_class->filter = mv_year_plan_page_filter;

  g_type_ensure (MV_TYPE_MEETING_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/medvirke/Medvirke/mv-year-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MvYearPlanPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, MvYearPlanPage, meeting_page);
  gtk_widget_class_bind_template_child (widget_class, MvYearPlanPage, months_box);
  gtk_widget_class_bind_template_child (widget_class, MvYearPlanPage, outer_stack);
  gtk_widget_class_bind_template_child (widget_class, MvYearPlanPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MvYearPlanPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, MvYearPlanPage, year_label);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, meeting_page_back_cb);

  gtk_widget_class_install_action (widget_class, "year-plan.previous-year", NULL,
                                   previous_year_action);
  gtk_widget_class_install_action (widget_class, "year-plan.next-year", NULL, next_year_action);
  gtk_widget_class_install_action (widget_class, "year-plan.add-meeting", NULL,
                                   add_meeting_action);
  gtk_widget_class_install_action (widget_class, "year-plan.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "year-plan.export-shown", NULL,
                                   export_shown_action);
  gtk_widget_class_install_action (widget_class, "year-plan.plan-year", NULL, plan_year_action);
  gtk_widget_class_install_action (widget_class, "year-plan.export", NULL, export_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_ALT_MASK,
                                       "year-plan.previous-year", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_ALT_MASK,
                                       "year-plan.next-year", NULL);
}

static void
mv_year_plan_page_init (MvYearPlanPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GtkColumnViewColumn *date_column;
  GtkColumnViewColumn *notice_column;

  gtk_widget_init_template (GTK_WIDGET (self));
  mv_widget_plain_mnemonics (GTK_WIDGET (self));

  self->year = g_date_time_get_year (now);
  self->watch = mv_record_watch_new (refresh, self);
  self->columns = g_ptr_array_new ();

  for (int m = 0; m < 12; m++)
    {
      self->grids[m] = MV_MONTH_GRID (mv_month_grid_new ());
      g_signal_connect (self->grids[m], "day-activated", G_CALLBACK (day_activated_cb), self);
      gtk_flow_box_append (self->months_box, GTK_WIDGET (self->grids[m]));
    }

  date_column = add_column (self, _("Date"), date_text,
                            GTK_SORTER (gtk_custom_sorter_new (compare_dates, NULL, NULL)),
                            MV_COLUMN_DEFAULT);
  add_column (self, _("Time"), time_text,
              GTK_SORTER (gtk_custom_sorter_new (compare_dates, NULL, NULL)), MV_COLUMN_DEFAULT);
  add_column (self, _("Place"), place_text, mv_text_sorter_new (place_text, self),
              MV_COLUMN_EXPAND);
  add_column (self, _("Theme"), theme_text, mv_text_sorter_new (theme_text, self),
              MV_COLUMN_EXPAND);
  add_column (self, _("Kind"), kind_text,
              GTK_SORTER (gtk_custom_sorter_new (compare_kinds, NULL, NULL)), MV_COLUMN_DEFAULT);
  add_column (self, _("Status"), status_text,
              GTK_SORTER (gtk_custom_sorter_new (compare_statuses, NULL, NULL)), MV_COLUMN_DEFAULT);
  add_column (self, _("Case Deadline"), deadline_text,
              GTK_SORTER (gtk_custom_sorter_new (compare_deadlines, NULL, NULL)),
              MV_COLUMN_DEFAULT);
  notice_column = add_column (self, _("Notice"), notice_text,
                              GTK_SORTER (gtk_custom_sorter_new (compare_notice_dates, NULL, NULL)),
                              MV_COLUMN_DEFAULT);
  g_signal_connect (gtk_column_view_column_get_factory (notice_column), "setup",
                    G_CALLBACK (setup_notice_cb), NULL);
  add_column (self, _("Items"), items_text,
              GTK_SORTER (gtk_custom_sorter_new (compare_item_counts, self, NULL)),
              MV_COLUMN_NUMERIC);
  gtk_column_view_sort_by_column (self->column_view, date_column, GTK_SORT_ASCENDING);

  mv_section_page_add_shortcut (MV_SECTION_PAGE (self), GDK_KEY_n, GDK_CONTROL_MASK,
                                "year-plan.new");
  mv_section_page_add_shortcut (MV_SECTION_PAGE (self), GDK_KEY_e, GDK_CONTROL_MASK,
                                "year-plan.export-shown");

  mv_section_page_set_view (MV_SECTION_PAGE (self), MV_TYPE_MEETING, self->column_view,
                            self->stack);

  update_actions (self);
  update_year (self);
}

int
mv_year_plan_page_get_year (MvYearPlanPage *self)
{
  g_return_val_if_fail (MV_IS_YEAR_PLAN_PAGE (self), 0);

  return self->year;
}

void
mv_year_plan_page_set_year (MvYearPlanPage *self,
                            int             year)
{
  g_return_if_fail (MV_IS_YEAR_PLAN_PAGE (self));
  g_return_if_fail (year >= 1900 && year <= 9999);

  if (self->year == year)
    return;

  self->year = year;
  update_year (self);
}

static GtkWindow *
parent_window (MvYearPlanPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
meeting_saved_cb (MvYearPlanPage *self,
                  MvMeeting      *meeting)
{
  GDate date;

  /* Show the year the meeting is in. */
  if (mv_meeting_get_date (meeting, &date))
    mv_year_plan_page_set_year (self, g_date_get_year (&date));
}

/**
 * mv_year_plan_page_add_meeting:
 *
 * Returns: (transfer none) (nullable): the meeting form shown
 */
GtkWidget *
mv_year_plan_page_add_meeting (MvYearPlanPage *self)
{
  MvStore *store;
  MvCouncil *council;
  GtkWidget *dialog;

  g_return_val_if_fail (MV_IS_YEAR_PLAN_PAGE (self), NULL);

  store = mv_section_page_get_store (MV_SECTION_PAGE (self));
  council = mv_section_page_get_council (MV_SECTION_PAGE (self));
  if (store == NULL || council == NULL)
    return NULL;

  dialog = mv_meeting_dialog_new (parent_window (self), store, council, NULL, self->year);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (meeting_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
planned_cb (MvPlanYearDialog *dialog,
            int               year,
            guint             n_meetings,
            MvYearPlanPage   *self)
{
  g_autofree char *message =
    g_strdup_printf (ngettext ("Planned %u meeting", "Planned %u meetings", n_meetings),
                     n_meetings);
  MvUndo *undo = mv_plan_year_dialog_take_undo (dialog);

  mv_year_plan_page_set_year (self, year);
  /* A plan made by mistake goes as it came, the meetings and their fixed
   * items with it. */
  if (undo != NULL)
    mv_widget_add_store_undo_toast (GTK_WIDGET (self), message,
                                    mv_section_page_get_store (MV_SECTION_PAGE (self)), undo,
                                    _("Could Not Undo the Plan"));
  else
    mv_widget_add_toast (GTK_WIDGET (self), adw_toast_new (message));
}

/**
 * mv_year_plan_page_plan_year:
 *
 * Returns: (transfer none) (nullable): the dialog shown
 */
GtkWidget *
mv_year_plan_page_plan_year (MvYearPlanPage *self)
{
  MvStore *store;
  MvCouncil *council;
  GtkWidget *dialog;
  g_autoptr(GPtrArray) meetings = NULL;
  int year;

  g_return_val_if_fail (MV_IS_YEAR_PLAN_PAGE (self), NULL);

  store = mv_section_page_get_store (MV_SECTION_PAGE (self));
  council = mv_section_page_get_council (MV_SECTION_PAGE (self));
  if (store == NULL || council == NULL)
    return NULL;

  /* The year shown, unless it is already planned: then the next one. */
  year = self->year;
  meetings = mv_store_list_meetings (store, council, year);
  if (meetings->len > 0)
    year++;

  dialog = mv_plan_year_dialog_new (parent_window (self), store, council, year);
  g_signal_connect_object (dialog, "planned", G_CALLBACK (planned_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
launch_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(MvYearPlanPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error) &&
      gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    mv_widget_show_error (GTK_WIDGET (self), _("Could Not Open the File"), error->message);
}

static void
open_exported_cb (AdwToast       *toast,
                  MvYearPlanPage *self)
{
  const char *uri = g_object_get_data (G_OBJECT (toast), "mv-uri");
  g_autoptr(GdkAppLaunchContext) context =
    gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (self)));

  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL,
                                           launch_cb, g_object_ref (self));
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    MvYearPlanPage  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return;

  if (!mv_year_plan_page_export_to (self, path, &error))
    mv_widget_show_error (GTK_WIDGET (self), _("Could Not Export the Year Plan"),
                          error->message);
}

/**
 * mv_year_plan_page_export_to:
 * @path: a .pdf, .xlsx or .ics file
 *
 * Writes the year shown to @path and says so in a toast that can open it.
 */
gboolean
mv_year_plan_page_export_to (MvYearPlanPage  *self,
                             const char      *path,
                             GError         **error)
{
  MvStore *store;
  MvCouncil *council;
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  g_return_val_if_fail (MV_IS_YEAR_PLAN_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  store = mv_section_page_get_store (MV_SECTION_PAGE (self));
  council = mv_section_page_get_council (MV_SECTION_PAGE (self));
  if (store == NULL || council == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("No council is shown"));
      return FALSE;
    }

  if (!mv_export_year_plan (store, council, self->year, path, error))
    return FALSE;

  file = g_file_new_for_path (path);
  name = g_filename_display_basename (path);
  message = g_strdup_printf (_("Exported “%s”"), name);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "mv-uri", g_file_get_uri (file), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_exported_cb), self, 0);
  mv_widget_add_toast (GTK_WIDGET (self), toast);
  return TRUE;
}

/* Saves the year shown as PDF, XLSX or iCalendar, by the name's extension. */
void
mv_year_plan_page_export (MvYearPlanPage *self)
{
  MvCouncil *council;
  GtkFileChooserNative *chooser;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autofree char *name = NULL;
  g_autofree char *file_name = NULL;

  g_return_if_fail (MV_IS_YEAR_PLAN_PAGE (self));

  council = mv_section_page_get_council (MV_SECTION_PAGE (self));
  if (council == NULL)
    return;

  /* An empty plan is no paper to send anyone: say so before asking where. */
  meetings = mv_store_list_meetings (mv_section_page_get_store (MV_SECTION_PAGE (self)), council,
                                     self->year);
  if (meetings->len == 0)
    {
      g_autofree char *message =
        g_strdup_printf (_("%d has no meetings yet, so the year plan would be empty. Plan the "
                           "year or add a meeting first."), self->year);

      mv_widget_show_error (GTK_WIDGET (self), _("Nothing to Export"), message);
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Export Year Plan"), parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  mv_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), _("PDF Documents"),
                              "application/pdf", "pdf");
  mv_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), _("Spreadsheets (XLSX)"),
                              MV_MIME_TYPE_XLSX, "xlsx");
  mv_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), _("Calendars (iCalendar)"),
                              "text/calendar", "ics");

  /* Translators: the suggested name of an exported year plan, before ".pdf":
   * the year and the council's name. */
  name = g_strdup_printf (_("Year Plan %d %s"), self->year, mv_council_get_name (council));
  g_strdelimit (name, "/\\:", '-');
  file_name = g_strconcat (name, ".pdf", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);

  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
mv_year_plan_page_show_meeting (MvYearPlanPage *self,
                                MvMeeting      *meeting)
{
  g_return_if_fail (MV_IS_YEAR_PLAN_PAGE (self));
  g_return_if_fail (MV_IS_MEETING (meeting));

  mv_meeting_page_set_meeting (self->meeting_page, meeting);
  gtk_stack_set_visible_child_name (self->outer_stack, "meeting");
  gtk_widget_grab_focus (GTK_WIDGET (self->meeting_page));
}

void
mv_year_plan_page_show_list (MvYearPlanPage *self)
{
  g_return_if_fail (MV_IS_YEAR_PLAN_PAGE (self));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->outer_stack), "plan") == 0)
    return;

  gtk_stack_set_visible_child_name (self->outer_stack, "plan");
  mv_meeting_page_set_meeting (self->meeting_page, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

MvMonthGrid *
mv_year_plan_page_get_month_grid (MvYearPlanPage *self,
                                  GDateMonth      month)
{
  g_return_val_if_fail (MV_IS_YEAR_PLAN_PAGE (self), NULL);
  g_return_val_if_fail (g_date_valid_month (month), NULL);

  return self->grids[month - 1];
}

GtkWidget *
mv_year_plan_page_get_meeting_page (MvYearPlanPage *self)
{
  g_return_val_if_fail (MV_IS_YEAR_PLAN_PAGE (self), NULL);

  return GTK_WIDGET (self->meeting_page);
}
