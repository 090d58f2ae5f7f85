/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mv-agenda-item.h"
#include "mv-search-bar-private.h"

struct _MvSearchBar
{
  GtkWidget       parent_instance;

  MvContext      *context;

  /* Template widgets */
  GtkSearchEntry *entry;
  GtkListBox     *results;
  GtkRevealer    *results_revealer;
  GtkSearchBar   *search_bar;
};

G_DEFINE_FINAL_TYPE (MvSearchBar, mv_search_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SEARCH_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static MvStore *
get_store (MvSearchBar *self)
{
  return self->context != NULL ? mv_context_get_store (self->context) : NULL;
}

static MvCouncil *
get_council (MvSearchBar *self)
{
  return self->context != NULL ? mv_context_get_council (self->context) : NULL;
}

enum {
  RESULT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_results (MvSearchBar *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results))) != NULL)
    gtk_list_box_remove (self->results, child);
}

static GtkWidget *
result_row_new (MvSearchBar          *self,
                const MvSearchResult *result)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = gtk_label_new (result->title);
  GtkWidget *snippet = gtk_label_new (NULL);
  g_autofree char *snippet_text = NULL;
  g_autofree char *page_text = NULL;
  g_autofree char *accessible = NULL;
  MvAgendaItem *item = NULL;

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (top), title);

  if (result->kind == MV_SEARCH_KIND_DOCUMENT)
    {
      GtkWidget *where;

      if (result->item_id != NULL && get_store (self) != NULL)
        item = mv_store_lookup (get_store (self), MV_TYPE_AGENDA_ITEM, result->item_id);
      if (item != NULL)
        {
          where = gtk_label_new (mv_agenda_item_get_title (item));
          gtk_label_set_ellipsize (GTK_LABEL (where), PANGO_ELLIPSIZE_END);
          gtk_widget_add_css_class (where, "dim-label");
          gtk_widget_add_css_class (where, "caption");
          gtk_box_append (GTK_BOX (top), where);
        }

      /* Translators: the page of a document where a search found its words. */
      page_text = g_strdup_printf (_("Page %d"), result->page);
      {
        GtkWidget *page = gtk_label_new (page_text);

        gtk_widget_add_css_class (page, "caption");
        gtk_widget_add_css_class (page, "numeric");
        gtk_box_append (GTK_BOX (top), page);
      }
    }
  gtk_box_append (GTK_BOX (box), top);

  gtk_label_set_markup (GTK_LABEL (snippet), result->snippet ? result->snippet : "");
  gtk_label_set_xalign (GTK_LABEL (snippet), 0);
  gtk_label_set_wrap (GTK_LABEL (snippet), TRUE);
  gtk_label_set_lines (GTK_LABEL (snippet), 2);
  gtk_label_set_ellipsize (GTK_LABEL (snippet), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (snippet, "mv-snippet");
  gtk_box_append (GTK_BOX (box), snippet);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  snippet_text = g_strdup (gtk_label_get_text (GTK_LABEL (snippet)));
  accessible = page_text
               /* Translators: a document found by a search, read out: title, page, words. */
               ? g_strdup_printf (_("%s, %s: %s"), result->title, page_text, snippet_text)
               /* Translators: an item found by a search, read out: title, words. */
               : g_strdup_printf (_("%s: %s"), result->title, snippet_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);

  g_object_set_data (G_OBJECT (row), "kind", GINT_TO_POINTER (result->kind));
  g_object_set_data_full (G_OBJECT (row), "id", g_strdup (result->id), g_free);
  g_object_set_data (G_OBJECT (row), "page", GINT_TO_POINTER (result->page));
  return row;
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  int kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "kind"));
  GtkWidget *header;

  if (before != NULL && GPOINTER_TO_INT (g_object_get_data (G_OBJECT (before), "kind")) == kind)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_label_new (kind == MV_SEARCH_KIND_ITEM ? _("Agenda Items") : _("Documents"));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_top (header, 6);
  gtk_widget_set_margin_bottom (header, 3);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_list_box_row_set_header (row, header);
}

static void
search_changed_cb (MvSearchBar *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  MvSearchOptions options = {
    .open_marker = "<b>",
    .close_marker = "</b>",
    .escape_markup = TRUE,
  };
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *query = mv_search_build_query (text);

  clear_results (self);

  if (query == NULL || get_store (self) == NULL || get_council (self) == NULL)
    {
      gtk_revealer_set_reveal_child (self->results_revealer, FALSE);
      return;
    }

  results = mv_search (get_store (self), mv_record_get_id (MV_RECORD (get_council (self))), text, &options,
                       &error);
  if (results == NULL)
    {
      GtkWidget *label = gtk_label_new (error->message);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "error");
      gtk_list_box_append (self->results, label);
    }
  else
    {
      /* Items first, then documents, each best first. */
      for (int kind = MV_SEARCH_KIND_ITEM; kind <= MV_SEARCH_KIND_DOCUMENT; kind++)
        for (guint i = 0; i < results->len; i++)
          {
            MvSearchResult *result = g_ptr_array_index (results, i);

            if ((int) result->kind == kind)
              gtk_list_box_append (self->results, result_row_new (self, result));
          }
    }

  gtk_revealer_set_reveal_child (self->results_revealer, TRUE);
}

static void
row_activated_cb (MvSearchBar   *self,
                  GtkListBoxRow *row)
{
  const char *id = g_object_get_data (G_OBJECT (row), "id");

  if (id == NULL)
    return;

  g_signal_emit (self, signals[RESULT_ACTIVATED], 0,
                 GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "kind")),
                 id,
                 GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "page")));
}

static void
entry_activate_cb (MvSearchBar *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->results, 0);

  if (first != NULL)
    row_activated_cb (self, first);
}

static gboolean
entry_key_pressed_cb (MvSearchBar           *self,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      GtkEventControllerKey *controller)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->results, 0);

  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) || first == NULL)
    return FALSE;

  gtk_widget_grab_focus (GTK_WIDGET (first));
  return TRUE;
}

static void
search_mode_notify_cb (MvSearchBar *self)
{
  gboolean search_mode = gtk_search_bar_get_search_mode (self->search_bar);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autofree char *query = mv_search_build_query (text);

  gtk_revealer_set_reveal_child (self->results_revealer, search_mode && query != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE]);
}

static void
mv_search_bar_dispose (GObject *object)
{
  MvSearchBar *self = MV_SEARCH_BAR (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), MV_TYPE_SEARCH_BAR);

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_func (self->context, search_changed_cb, self);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (mv_search_bar_parent_class)->dispose (object);
}

static void
mv_search_bar_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MvSearchBar *self = MV_SEARCH_BAR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_SEARCH_MODE:
      g_value_set_boolean (value, mv_search_bar_get_search_mode (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mv_search_bar_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MvSearchBar *self = MV_SEARCH_BAR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      mv_search_bar_set_context (self, g_value_get_object (value));
      break;

    case PROP_SEARCH_MODE:
      mv_search_bar_set_search_mode (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mv_search_bar_class_init (MvSearchBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mv_search_bar_dispose;
  object_class->get_property = mv_search_bar_get_property;
  object_class->set_property = mv_search_bar_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, MV_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SEARCH_MODE] =
    g_param_spec_boolean ("search-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MvSearchBar::result-activated:
   * @kind: an #MvSearchKind
   * @id: the item's or the document's id
   * @page: the document's page, from 1; 0 for an item
   */
  signals[RESULT_ACTIVATED] =
    g_signal_new ("result-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_INT, G_TYPE_STRING, G_TYPE_INT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/medvirke/Medvirke/mv-search-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, MvSearchBar, entry);
  gtk_widget_class_bind_template_child (widget_class, MvSearchBar, results);
  gtk_widget_class_bind_template_child (widget_class, MvSearchBar, results_revealer);
  gtk_widget_class_bind_template_child (widget_class, MvSearchBar, search_bar);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_mode_notify_cb);
}

/* The button of @widget's tree (the search bar's own close button, which
 * GtkSearchBar makes without a name), or NULL. */
static GtkWidget *
find_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = find_button (child);

      if (button != NULL)
        return button;
    }
  return NULL;
}

static void
mv_search_bar_init (MvSearchBar *self)
{
  GtkWidget *close_button;

  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->entry));
  gtk_list_box_set_header_func (self->results, header_func, NULL, NULL);

  /* GTK 4.8 gives the close button only an icon; a screen reader would
   * announce a nameless button. The entry has none of its own, so the one
   * button beside it is the close button. */
  close_button = find_button (GTK_WIDGET (self->search_bar));
  if (close_button != NULL)
    {
      gtk_widget_set_tooltip_text (close_button, _("Close the Search"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (close_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Close the search"), -1);
    }
}

/* Searches @context's council, again when it or its file changes. */
void
mv_search_bar_set_context (MvSearchBar *self,
                           MvContext   *context)
{
  g_return_if_fail (MV_IS_SEARCH_BAR (self));
  g_return_if_fail (context == NULL || MV_IS_CONTEXT (context));

  if (self->context == context)
    return;

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_func (self->context, search_changed_cb, self);
  g_set_object (&self->context, context);
  if (context != NULL)
    {
      g_signal_connect_swapped (context, "notify::store", G_CALLBACK (search_changed_cb), self);
      g_signal_connect_swapped (context, "notify::council", G_CALLBACK (search_changed_cb), self);
    }

  search_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

gboolean
mv_search_bar_get_search_mode (MvSearchBar *self)
{
  g_return_val_if_fail (MV_IS_SEARCH_BAR (self), FALSE);

  return gtk_search_bar_get_search_mode (self->search_bar);
}

/**
 * mv_search_bar_set_search_mode:
 *
 * Shows the bar with the focus in its entry, or hides it.
 */
void
mv_search_bar_set_search_mode (MvSearchBar *self,
                               gboolean     search_mode)
{
  g_return_if_fail (MV_IS_SEARCH_BAR (self));

  gtk_search_bar_set_search_mode (self->search_bar, search_mode);
  if (search_mode)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->entry));
      gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
    }
}

/**
 * mv_search_bar_get_text:
 *
 * Returns: what the user searched for
 */
const char *
mv_search_bar_get_text (MvSearchBar *self)
{
  g_return_val_if_fail (MV_IS_SEARCH_BAR (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->entry));
}

GtkEditable *
mv_search_bar_get_entry (MvSearchBar *self)
{
  return GTK_EDITABLE (self->entry);
}

GtkListBox *
mv_search_bar_get_results (MvSearchBar *self)
{
  return self->results;
}

GtkWidget *
mv_search_bar_get_close_button (MvSearchBar *self)
{
  return find_button (GTK_WIDGET (self->search_bar));
}
