/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-agenda-item.h"
#include "mv-columns.h"
#include "mv-enum-types.h"
#include "mv-items-page.h"
#include "mv-meeting.h"
#include "mv-queries.h"

struct _MvItemsPage
{
  MvSectionPage  parent_instance;

  /* Template widgets */
  GtkColumnView *column_view;
  GtkStack      *stack;
};

G_DEFINE_FINAL_TYPE (MvItemsPage, mv_items_page, MV_TYPE_SECTION_PAGE)

static MvMeeting *
lookup_meeting (MvItemsPage  *self,
                MvAgendaItem *item)
{
  MvStore *store = mv_section_page_get_store (MV_SECTION_PAGE (self));

  if (store == NULL)
    return NULL;
  return mv_store_lookup (store, MV_TYPE_MEETING, mv_agenda_item_get_meeting_id (item));
}

static char *
number_text (gpointer item,
             gpointer user_data)
{
  g_autofree char *number = mv_agenda_item_dup_number (item);

  if (*number == '\0')
    return g_steal_pointer (&number);
  /* Translators: an agenda item's number, "07/26" being the seventh item
   * of 2026; in Norwegian "Sak %s". */
  return g_strdup_printf (_("Item %s"), number);
}

static char *
title_text (gpointer item,
            gpointer user_data)
{
  return g_strdup (mv_agenda_item_get_title (item));
}

static char *
kind_text (gpointer item,
           gpointer user_data)
{
  return g_strdup (mv_enum_to_label (MV_TYPE_ITEM_KIND, mv_agenda_item_get_kind (item)));
}

static char *
meeting_text (gpointer item,
              gpointer user_data)
{
  MvMeeting *meeting = lookup_meeting (user_data, item);

  if (meeting == NULL)
    /* Translators: where an item not yet put on a meeting's agenda waits. */
    return g_strdup (_("Backlog"));
  /* Translators: a meeting's date, for g_date_time_format();
   * "%-d. %b %Y" gives "8. des. 2026" in Norwegian. */
  return mv_format_date (mv_meeting_get_starts_at (meeting), _("%-d %b %Y"));
}

static char *
presenter_text (gpointer item,
                gpointer user_data)
{
  return g_strdup (mv_agenda_item_get_presenter (item));
}

static char *
minutes_text (gpointer item,
              gpointer user_data)
{
  /* Translators: the time set aside for an item, in minutes. */
  return g_strdup_printf (_("%d min"), mv_agenda_item_get_minutes (item));
}

/* Items without a number last. */
static int
compare_numbers (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  MvAgendaItem *item_a = (MvAgendaItem *) a;
  MvAgendaItem *item_b = (MvAgendaItem *) b;
  int number_a = mv_agenda_item_get_number (item_a);
  int number_b = mv_agenda_item_get_number (item_b);

  if ((number_a <= 0) != (number_b <= 0))
    return number_a <= 0 ? 1 : -1;
  if (mv_agenda_item_get_number_year (item_a) != mv_agenda_item_get_number_year (item_b))
    return mv_agenda_item_get_number_year (item_a) - mv_agenda_item_get_number_year (item_b);
  return number_a - number_b;
}

static int
compare_kinds (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return (int) mv_agenda_item_get_kind ((MvAgendaItem *) a) -
         (int) mv_agenda_item_get_kind ((MvAgendaItem *) b);
}

/* In agenda order, meeting by meeting; the backlog last. */
static int
compare_meetings (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  MvAgendaItem *item_a = (MvAgendaItem *) a;
  MvAgendaItem *item_b = (MvAgendaItem *) b;
  MvMeeting *meeting_a = lookup_meeting (user_data, item_a);
  MvMeeting *meeting_b = lookup_meeting (user_data, item_b);
  int cmp;

  if ((meeting_a == NULL) != (meeting_b == NULL))
    return meeting_a == NULL ? 1 : -1;

  if (meeting_a != NULL && meeting_a != meeting_b)
    {
      cmp = g_strcmp0 (mv_meeting_get_starts_at (meeting_a), mv_meeting_get_starts_at (meeting_b));
      if (cmp != 0)
        return cmp;
    }

  return mv_agenda_item_get_position (item_a) - mv_agenda_item_get_position (item_b);
}

static int
compare_minutes (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return mv_agenda_item_get_minutes ((MvAgendaItem *) a) -
         mv_agenda_item_get_minutes ((MvAgendaItem *) b);
}

static void
mv_items_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MV_TYPE_ITEMS_PAGE);

  G_OBJECT_CLASS (mv_items_page_parent_class)->dispose (object);
}

static void
mv_items_page_class_init (MvItemsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mv_items_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/medvirke/Medvirke/mv-items-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MvItemsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, MvItemsPage, stack);
}

static void
mv_items_page_init (MvItemsPage *self)
{
  GtkColumnViewColumn *meeting_column;

  gtk_widget_init_template (GTK_WIDGET (self));

  mv_column_view_add_text_column (self->column_view, _("Number"), number_text, self,
                                  GTK_SORTER (gtk_custom_sorter_new (compare_numbers, NULL, NULL)),
                                  MV_COLUMN_DEFAULT);
  mv_column_view_add_text_column (self->column_view, _("Title"), title_text, self,
                                  mv_text_sorter_new (title_text, self), MV_COLUMN_EXPAND);
  mv_column_view_add_text_column (self->column_view, _("Kind"), kind_text, self,
                                  GTK_SORTER (gtk_custom_sorter_new (compare_kinds, NULL, NULL)),
                                  MV_COLUMN_DEFAULT);
  meeting_column =
    mv_column_view_add_text_column (self->column_view, _("Meeting"), meeting_text, self,
                                    GTK_SORTER (gtk_custom_sorter_new (compare_meetings, self,
                                                                       NULL)),
                                    MV_COLUMN_DEFAULT);
  mv_column_view_add_text_column (self->column_view, _("Presenter"), presenter_text, self,
                                  mv_text_sorter_new (presenter_text, self), MV_COLUMN_DEFAULT);
  mv_column_view_add_text_column (self->column_view, _("Minutes"), minutes_text, self,
                                  GTK_SORTER (gtk_custom_sorter_new (compare_minutes, NULL, NULL)),
                                  MV_COLUMN_NUMERIC);
  gtk_column_view_sort_by_column (self->column_view, meeting_column, GTK_SORT_ASCENDING);

  mv_section_page_set_view (MV_SECTION_PAGE (self), MV_TYPE_AGENDA_ITEM, self->column_view,
                            self->stack);
}
