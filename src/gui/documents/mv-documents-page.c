/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mv-agenda-item.h"
#include "mv-columns.h"
#include "mv-dates.h"
#include "mv-document-actions.h"
#include "mv-document.h"
#include "mv-enum-types.h"
#include "mv-documents-page-private.h"
#include "mv-gui-util.h"
#include "mv-meeting-util.h"
#include "mv-meeting.h"
#include "mv-text.h"

/* Wide enough for a title of 100 characters on three lines. */
#define TITLE_COLUMN_WIDTH 260

typedef enum
{
  ACCESS_ALL,
  ACCESS_PUBLIC,
  ACCESS_EXEMPT,
} Access;

struct _MvDocumentsPage
{
  MvSectionPage      parent_instance;

  gboolean           syncing_public;
  MvDocument        *selected;

  /* Template widgets */
  GtkDropDown       *access_dropdown;
  GtkColumnView     *column_view;
  GtkSearchEntry    *filter_entry;
  MvDocumentPreview *preview;
  GtkCheckButton    *public_check;
  GtkDropDown       *basis_dropdown;
  GtkStack          *stack;
  GtkLabel          *title_label;
  GtkWidget         *toolbar;
};

G_DEFINE_FINAL_TYPE (MvDocumentsPage, mv_documents_page, MV_TYPE_SECTION_PAGE)

static MvStore *
get_store (MvDocumentsPage *self)
{
  return mv_section_page_get_store (MV_SECTION_PAGE (self));
}

static MvAgendaItem *
item_of (MvDocumentsPage *self,
         MvDocument      *document)
{
  MvStore *store = get_store (self);

  return store ? mv_store_lookup (store, MV_TYPE_AGENDA_ITEM, mv_document_get_item_id (document))
               : NULL;
}

/* A document's own meeting, or its item's. */
static MvMeeting *
meeting_of (MvDocumentsPage *self,
            MvDocument      *document)
{
  MvStore *store = get_store (self);
  MvAgendaItem *item = item_of (self, document);
  const char *meeting_id = mv_document_get_meeting_id (document);

  if (meeting_id == NULL && item != NULL)
    meeting_id = mv_agenda_item_get_meeting_id (item);

  return store && meeting_id ? mv_store_lookup (store, MV_TYPE_MEETING, meeting_id) : NULL;
}

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
  MvAgendaItem *agenda_item = item_of (user_data, item);

  return agenda_item ? g_strdup (mv_agenda_item_get_title (agenda_item)) : NULL;
}

static char *
meeting_text (gpointer item,
              gpointer user_data)
{
  MvMeeting *meeting = meeting_of (user_data, item);

  return meeting ? mv_meeting_dup_label (meeting) : NULL;
}

static char *
meeting_sort_key (gpointer item,
                  gpointer user_data)
{
  MvMeeting *meeting = meeting_of (user_data, item);

  return meeting ? g_strdup (mv_meeting_get_starts_at (meeting)) : NULL;
}

static char *
added_text (gpointer item,
            gpointer user_data)
{
  return mv_date_format_user (mv_record_get_created_at (item), MV_DATE_STYLE_DIGITS);
}

static char *
added_sort_key (gpointer item,
                gpointer user_data)
{
  return g_strdup (mv_record_get_created_at (item));
}

static char *
public_text (gpointer item,
             gpointer user_data)
{
  return g_strdup (mv_document_get_public (item)
                   ? _("Public")
                   /* Translators: a document exempt from public access. */
                   : _("Exempt"));
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

static gboolean
mv_documents_page_filter (MvSectionPage *page,
                          MvRecord      *record)
{
  MvDocumentsPage *self = MV_DOCUMENTS_PAGE (page);
  MvDocument *document = MV_DOCUMENT (record);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->filter_entry));
  Access access = gtk_drop_down_get_selected (self->access_dropdown);
  g_autofree char *needle = NULL;
  g_autofree char *item = NULL;
  g_autofree char *meeting = NULL;

  if ((access == ACCESS_PUBLIC && !mv_document_get_public (document)) ||
      (access == ACCESS_EXEMPT && mv_document_get_public (document)))
    return FALSE;

  if (text == NULL || *text == '\0')
    return TRUE;

  needle = mv_text_fold (text);
  item = item_text (document, self);
  meeting = meeting_text (document, self);
  return mv_text_contains_folded (mv_document_get_title (document), needle) ||
         mv_text_contains_folded (mv_document_get_file_name (document), needle) ||
         mv_text_contains_folded (item, needle) ||
         mv_text_contains_folded (meeting, needle);
}

static void
filter_changed_cb (MvDocumentsPage *self)
{
  mv_section_page_refilter (MV_SECTION_PAGE (self));
}

static void
update_toolbar (MvDocumentsPage *self)
{
  MvStore *store = get_store (self);
  gboolean writable = store != NULL && !mv_store_get_read_only (store);
  gboolean selected = self->selected != NULL;

  gtk_widget_set_visible (self->toolbar, selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "documents.open", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "documents.save-copy", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "documents.remove", selected && writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->public_check), selected && writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->basis_dropdown), selected && writable);

  if (!selected)
    return;

  gtk_label_set_label (self->title_label, mv_document_get_title (self->selected));
  self->syncing_public = TRUE;
  gtk_check_button_set_active (self->public_check, mv_document_get_public (self->selected));
  /* An exempt document says on which legal basis, beside the box. */
  gtk_drop_down_set_selected (self->basis_dropdown, mv_document_get_exempt_basis (self->selected));
  gtk_widget_set_visible (GTK_WIDGET (self->basis_dropdown),
                          !mv_document_get_public (self->selected));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->basis_dropdown),
                               mv_enum_to_label (MV_TYPE_EXEMPT_BASIS,
                                                 mv_document_get_exempt_basis (self->selected)));
  self->syncing_public = FALSE;
}

static void
selected_document_notify_cb (MvDocumentsPage *self)
{
  update_toolbar (self);
}

static void
selection_changed_cb (MvDocumentsPage *self)
{
  GtkSelectionModel *model = gtk_column_view_get_model (self->column_view);
  MvDocument *document = NULL;

  if (GTK_IS_SINGLE_SELECTION (model))
    document = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (model));

  if (document == self->selected)
    return;

  if (self->selected != NULL)
    g_signal_handlers_disconnect_by_func (self->selected, selected_document_notify_cb, self);
  g_set_object (&self->selected, document);
  if (document != NULL)
    g_signal_connect_swapped (document, "notify", G_CALLBACK (selected_document_notify_cb), self);

  mv_document_preview_set_document (self->preview, get_store (self), document);
  update_toolbar (self);
}

static void
model_changed_cb (MvDocumentsPage *self)
{
  GtkSelectionModel *model = gtk_column_view_get_model (self->column_view);

  if (model != NULL)
    g_signal_connect_object (model, "notify::selected-item", G_CALLBACK (selection_changed_cb),
                             self, G_CONNECT_SWAPPED);
  selection_changed_cb (self);
}

static void
public_toggled_cb (MvDocumentsPage *self)
{
  if (self->syncing_public || self->selected == NULL || get_store (self) == NULL)
    return;

  if (!mv_document_set_public (GTK_WIDGET (self), get_store (self), self->selected,
                               gtk_check_button_get_active (self->public_check)))
    update_toolbar (self);
}

static void
basis_changed_cb (MvDocumentsPage *self)
{
  if (self->syncing_public || self->selected == NULL || get_store (self) == NULL)
    return;

  if (!mv_document_set_exempt_basis (GTK_WIDGET (self), get_store (self), self->selected,
                                     gtk_drop_down_get_selected (self->basis_dropdown)))
    update_toolbar (self);
}

static void
activate_cb (MvDocumentsPage *self,
             guint            position)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (self->column_view));
  g_autoptr(MvDocument) document = g_list_model_get_item (model, position);

  if (document != NULL && get_store (self) != NULL)
    mv_document_open (GTK_WIDGET (self), get_store (self), document);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MvDocumentsPage *self = MV_DOCUMENTS_PAGE (widget);

  if (self->selected != NULL)
    mv_document_open (widget, get_store (self), self->selected);
}

static void
save_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MvDocumentsPage *self = MV_DOCUMENTS_PAGE (widget);

  if (self->selected != NULL)
    mv_document_save_copy (widget, get_store (self), self->selected);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MvDocumentsPage *self = MV_DOCUMENTS_PAGE (widget);
  MvStore *store = get_store (self);

  if (self->selected != NULL && store != NULL && !mv_store_get_read_only (store))
    mv_document_remove (widget, store, self->selected);
}

static void
mv_documents_page_dispose (GObject *object)
{
  MvDocumentsPage *self = MV_DOCUMENTS_PAGE (object);
  GtkWidget *child;

  if (self->selected != NULL)
    g_signal_handlers_disconnect_by_func (self->selected, selected_document_notify_cb, self);
  g_clear_object (&self->selected);
  g_signal_handlers_disconnect_by_func (self->column_view, model_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (object), MV_TYPE_DOCUMENTS_PAGE);
  /* The paned, which no field holds. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (mv_documents_page_parent_class)->dispose (object);
}

static void
mv_documents_page_class_init (MvDocumentsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  MvSectionPageClass *page_class = MV_SECTION_PAGE_CLASS (klass);

  object_class->dispose = mv_documents_page_dispose;
  page_class->filter = mv_documents_page_filter;

  g_type_ensure (MV_TYPE_DOCUMENT_PREVIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/medvirke/Medvirke/mv-documents-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MvDocumentsPage, access_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MvDocumentsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, MvDocumentsPage, filter_entry);
  gtk_widget_class_bind_template_child (widget_class, MvDocumentsPage, preview);
  gtk_widget_class_bind_template_child (widget_class, MvDocumentsPage, basis_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MvDocumentsPage, public_check);
  gtk_widget_class_bind_template_child (widget_class, MvDocumentsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MvDocumentsPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, MvDocumentsPage, toolbar);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, basis_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, public_toggled_cb);

  gtk_widget_class_install_action (widget_class, "documents.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "documents.save-copy", NULL, save_copy_action);
  gtk_widget_class_install_action (widget_class, "documents.remove", NULL, remove_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "documents.remove", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "documents.save-copy", NULL);
}

static void
basis_label_setup_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (ellipsize))
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
    }
  gtk_list_item_set_child (item, label);
}

static void
basis_label_bind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (string));
}

/* The sections' names are long: shortened on the button, so that the
 * toolbar keeps its width, and in full in the list (and the tooltip). */
static GtkListItemFactory *
basis_factory (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (basis_label_setup_cb),
                    GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (basis_label_bind_cb), NULL);
  return factory;
}

static void
mv_documents_page_init (MvDocumentsPage *self)
{
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *column;
  g_autoptr(GtkStringList) bases = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  mv_widget_plain_mnemonics (GTK_WIDGET (self));

  for (int basis = MV_EXEMPT_BASIS_OFFL_13_FVL_13; basis <= MV_EXEMPT_BASIS_OFFL_25; basis++)
    gtk_string_list_append (bases, mv_enum_to_label (MV_TYPE_EXEMPT_BASIS, basis));
  self->syncing_public = TRUE;
  {
    g_autoptr(GtkListItemFactory) button = basis_factory (TRUE);
    g_autoptr(GtkListItemFactory) list = basis_factory (FALSE);

    gtk_drop_down_set_factory (self->basis_dropdown, button);
    gtk_drop_down_set_list_factory (self->basis_dropdown, list);
  }
  gtk_drop_down_set_model (self->basis_dropdown, G_LIST_MODEL (bases));
  self->syncing_public = FALSE;

  /* The title first and whole, on three lines if need be, in the room the
   * list has beside the preview; the other columns scroll sideways then,
   * each as wide as its usual text. */
  title_column =
    mv_column_view_add_text_column (self->column_view, _("Title"), title_text, self,
                                    mv_text_sorter_new (title_text, self),
                                    MV_COLUMN_EXPAND | MV_COLUMN_WRAP);
  gtk_column_view_column_set_fixed_width (title_column, TITLE_COLUMN_WIDTH);
  column = mv_column_view_add_text_column (self->column_view, _("File Name"), file_name_text, self,
                                           mv_text_sorter_new (file_name_text, self),
                                           MV_COLUMN_DEFAULT);
  gtk_column_view_column_set_fixed_width (column, 160);
  column = mv_column_view_add_text_column (self->column_view, _("Item"), item_text, self,
                                           mv_text_sorter_new (item_text, self), MV_COLUMN_WRAP);
  gtk_column_view_column_set_fixed_width (column, 200);
  column = mv_column_view_add_text_column (self->column_view, _("Meeting"), meeting_text, self,
                                           mv_text_sorter_new (meeting_sort_key, self),
                                           MV_COLUMN_DEFAULT);
  gtk_column_view_column_set_fixed_width (column, 110);
  mv_column_view_add_text_column (self->column_view, _("Pages"), pages_text, self,
                                  GTK_SORTER (gtk_custom_sorter_new (compare_pages, NULL, NULL)),
                                  MV_COLUMN_NUMERIC);
  mv_column_view_add_text_column (self->column_view, _("Size"), size_text, self,
                                  GTK_SORTER (gtk_custom_sorter_new (compare_sizes, NULL, NULL)),
                                  MV_COLUMN_NUMERIC);
  mv_column_view_add_text_column (self->column_view, _("Added"), added_text, self,
                                  mv_text_sorter_new (added_sort_key, self), MV_COLUMN_NUMERIC);
  mv_column_view_add_text_column (self->column_view, _("Public"), public_text, self,
                                  mv_text_sorter_new (public_text, self), MV_COLUMN_DEFAULT);
  gtk_column_view_sort_by_column (self->column_view, title_column, GTK_SORT_ASCENDING);

  g_signal_connect_object (self->column_view, "notify::model", G_CALLBACK (model_changed_cb),
                           self, G_CONNECT_SWAPPED);

  mv_section_page_set_view (MV_SECTION_PAGE (self), MV_TYPE_DOCUMENT, self->column_view,
                            self->stack);
  model_changed_cb (self);
  update_toolbar (self);
}

/**
 * mv_documents_page_show_document:
 * @page: from 0, the page to show in the preview
 *
 * Selects @document's row, clearing the filters when they hide it, and
 * shows @page of it.
 *
 * Returns: whether the document is shown
 */
gboolean
mv_documents_page_show_document (MvDocumentsPage *self,
                                 MvDocument      *document,
                                 int              page)
{
  GtkSelectionModel *model;

  g_return_val_if_fail (MV_IS_DOCUMENTS_PAGE (self), FALSE);
  g_return_val_if_fail (MV_IS_DOCUMENT (document), FALSE);

  for (int attempt = 0; attempt < 2; attempt++)
    {
      model = gtk_column_view_get_model (self->column_view);
      for (guint i = 0; model != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
        {
          g_autoptr(MvDocument) row = g_list_model_get_item (G_LIST_MODEL (model), i);

          if (row != document)
            continue;

          gtk_selection_model_select_item (model, i, TRUE);
          for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
               child != NULL;
               child = gtk_widget_get_next_sibling (child))
            if (GTK_IS_LIST_VIEW (child))
              gtk_widget_activate_action (child, "list.scroll-to-item", "u", i);
          mv_document_preview_set_page (self->preview, page);
          gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
          return TRUE;
        }

      /* Hidden by the filters: show all and look again. */
      gtk_editable_set_text (GTK_EDITABLE (self->filter_entry), "");
      gtk_drop_down_set_selected (self->access_dropdown, ACCESS_ALL);
      mv_section_page_refilter (MV_SECTION_PAGE (self));
    }

  return FALSE;
}

MvDocumentPreview *
mv_documents_page_get_preview (MvDocumentsPage *self)
{
  return self->preview;
}

GtkEditable *
mv_documents_page_get_filter_entry (MvDocumentsPage *self)
{
  return GTK_EDITABLE (self->filter_entry);
}

GtkCheckButton *
mv_documents_page_get_public_check (MvDocumentsPage *self)
{
  return self->public_check;
}

GtkDropDown *
mv_documents_page_get_basis_dropdown (MvDocumentsPage *self)
{
  return self->basis_dropdown;
}

/**
 * mv_documents_page_mark_words:
 * @text: (nullable): what the search looked for
 *
 * Marks @text's words on the pages of the document shown, where the
 * search found them.
 */
void
mv_documents_page_mark_words (MvDocumentsPage *self,
                              const char      *text)
{
  g_return_if_fail (MV_IS_DOCUMENTS_PAGE (self));

  mv_document_preview_mark_words (self->preview, text);
}
