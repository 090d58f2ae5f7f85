/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-agenda-item.h"
#include "mv-columns.h"
#include "mv-document.h"
#include "mv-documents-page.h"

struct _MvDocumentsPage
{
  MvSectionPage  parent_instance;

  /* Template widgets */
  GtkColumnView *column_view;
  GtkStack      *stack;
};

G_DEFINE_FINAL_TYPE (MvDocumentsPage, mv_documents_page, MV_TYPE_SECTION_PAGE)

static char *
title_text (gpointer item,
            gpointer user_data)
{
  return g_strdup (mv_document_get_title (item));
}

static char *
file_name_text (gpointer item,
                gpointer user_data)
{
  return g_strdup (mv_document_get_file_name (item));
}

static char *
pages_text (gpointer item,
            gpointer user_data)
{
  int pages = mv_document_get_page_count (item);

  return pages > 0 ? g_strdup_printf ("%d", pages) : g_strdup ("");
}

static char *
size_text (gpointer item,
           gpointer user_data)
{
  return g_format_size (mv_document_get_size (item));
}

static char *
item_text (gpointer item,
           gpointer user_data)
{
  MvStore *store = mv_section_page_get_store (MV_SECTION_PAGE (user_data));
  MvAgendaItem *agenda_item;

  if (store == NULL)
    return NULL;

  agenda_item = mv_store_lookup (store, MV_TYPE_AGENDA_ITEM, mv_document_get_item_id (item));
  return agenda_item ? g_strdup (mv_agenda_item_get_title (agenda_item)) : NULL;
}

static int
compare_pages (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return mv_document_get_page_count ((MvDocument *) a) -
         mv_document_get_page_count ((MvDocument *) b);
}

static int
compare_sizes (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  gint64 size_a = mv_document_get_size ((MvDocument *) a);
  gint64 size_b = mv_document_get_size ((MvDocument *) b);

  return size_a < size_b ? -1 : size_a > size_b;
}

static void
mv_documents_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MV_TYPE_DOCUMENTS_PAGE);

  G_OBJECT_CLASS (mv_documents_page_parent_class)->dispose (object);
}

static void
mv_documents_page_class_init (MvDocumentsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mv_documents_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/medvirke/Medvirke/mv-documents-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MvDocumentsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, MvDocumentsPage, stack);
}

static void
mv_documents_page_init (MvDocumentsPage *self)
{
  GtkColumnViewColumn *title_column;

  gtk_widget_init_template (GTK_WIDGET (self));

  title_column =
    mv_column_view_add_text_column (self->column_view, _("Title"), title_text, self,
                                    mv_text_sorter_new (title_text, self), MV_COLUMN_EXPAND);
  mv_column_view_add_text_column (self->column_view, _("File Name"), file_name_text, self,
                                  mv_text_sorter_new (file_name_text, self), MV_COLUMN_DEFAULT);
  mv_column_view_add_text_column (self->column_view, _("Pages"), pages_text, self,
                                  GTK_SORTER (gtk_custom_sorter_new (compare_pages, NULL, NULL)),
                                  MV_COLUMN_NUMERIC);
  mv_column_view_add_text_column (self->column_view, _("Size"), size_text, self,
                                  GTK_SORTER (gtk_custom_sorter_new (compare_sizes, NULL, NULL)),
                                  MV_COLUMN_NUMERIC);
  mv_column_view_add_text_column (self->column_view, _("Item"), item_text, self,
                                  mv_text_sorter_new (item_text, self), MV_COLUMN_EXPAND);
  gtk_column_view_sort_by_column (self->column_view, title_column, GTK_SORT_ASCENDING);

  mv_section_page_set_view (MV_SECTION_PAGE (self), MV_TYPE_DOCUMENT, self->column_view,
                            self->stack);
}
