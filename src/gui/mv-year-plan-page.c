/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-agenda-item.h"
#include "mv-columns.h"
#include "mv-enum-types.h"
#include "mv-meeting.h"
#include "mv-queries.h"
#include "mv-year-plan-page.h"

struct _MvYearPlanPage
{
  MvSectionPage  parent_instance;

  /* Template widgets */
  GtkColumnView *column_view;
  GtkStack      *stack;
};

G_DEFINE_FINAL_TYPE (MvYearPlanPage, mv_year_plan_page, MV_TYPE_SECTION_PAGE)

static char *
date_text (gpointer item,
           gpointer user_data)
{
  /* Translators: a meeting's date, for g_date_time_format();
   * "%a %-d. %b %Y" gives "tir. 8. des. 2026" in Norwegian. */
  return mv_format_date (mv_meeting_get_starts_at (item), _("%a %-d %b %Y"));
}

static char *
time_text (gpointer item,
           gpointer user_data)
{
  g_autofree char *start = mv_meeting_dup_start_time (item);
  g_autofree char *end = mv_meeting_dup_end_time (item);

  if (*end == '\0')
    return g_steal_pointer (&start);
  /* Translators: a meeting's time of day, from start to end: "10:00–13:00". */
  return g_strdup_printf (_("%s–%s"), start, end);
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
status_text (gpointer item,
             gpointer user_data)
{
  return g_strdup (mv_enum_to_label (MV_TYPE_MEETING_STATUS, mv_meeting_get_status (item)));
}

static guint
count_items (MvYearPlanPage *self,
             MvMeeting      *meeting)
{
  MvStore *store = mv_section_page_get_store (MV_SECTION_PAGE (self));
  GListModel *items;
  const char *id = mv_record_get_id (MV_RECORD (meeting));
  guint count = 0;

  if (store == NULL)
    return 0;

  items = mv_store_get_model (store, MV_TYPE_AGENDA_ITEM);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MvAgendaItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (mv_agenda_item_get_meeting_id (item), id) == 0)
        count++;
    }

  return count;
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

static void
mv_year_plan_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MV_TYPE_YEAR_PLAN_PAGE);

  G_OBJECT_CLASS (mv_year_plan_page_parent_class)->dispose (object);
}

static void
mv_year_plan_page_class_init (MvYearPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mv_year_plan_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/medvirke/Medvirke/mv-year-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MvYearPlanPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, MvYearPlanPage, stack);
}

static void
mv_year_plan_page_init (MvYearPlanPage *self)
{
  GtkColumnViewColumn *date_column;

  gtk_widget_init_template (GTK_WIDGET (self));

  date_column =
    mv_column_view_add_text_column (self->column_view, _("Date"), date_text, self,
                                    GTK_SORTER (gtk_custom_sorter_new (compare_dates, NULL, NULL)),
                                    MV_COLUMN_DEFAULT);
  mv_column_view_add_text_column (self->column_view, _("Time"), time_text, self,
                                  GTK_SORTER (gtk_custom_sorter_new (compare_dates, NULL, NULL)),
                                  MV_COLUMN_DEFAULT);
  mv_column_view_add_text_column (self->column_view, _("Place"), place_text, self,
                                  mv_text_sorter_new (place_text, self), MV_COLUMN_EXPAND);
  mv_column_view_add_text_column (self->column_view, _("Theme"), theme_text, self,
                                  mv_text_sorter_new (theme_text, self), MV_COLUMN_EXPAND);
  mv_column_view_add_text_column (self->column_view, _("Status"), status_text, self,
                                  GTK_SORTER (gtk_custom_sorter_new (compare_statuses, NULL, NULL)),
                                  MV_COLUMN_DEFAULT);
  mv_column_view_add_text_column (self->column_view, _("Items"), items_text, self,
                                  GTK_SORTER (gtk_custom_sorter_new (compare_item_counts, self,
                                                                     NULL)),
                                  MV_COLUMN_NUMERIC);
  gtk_column_view_sort_by_column (self->column_view, date_column, GTK_SORT_ASCENDING);

  mv_section_page_set_view (MV_SECTION_PAGE (self), MV_TYPE_MEETING, self->column_view,
                            self->stack);
}
