/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mv-columns.h"

typedef struct
{
  MvCellTextFunc func;
  gpointer       user_data;
  MvColumnFlags  flags;
  GHashTable    *bound;  /* the list items that show a record now */
} CellText;

static void
cell_text_free (gpointer data)
{
  CellText *cell = data;

  g_clear_pointer (&cell->bound, g_hash_table_unref);
  g_free (cell);
}

static CellText *
cell_text_new (MvCellTextFunc func,
               gpointer       user_data,
               MvColumnFlags  flags)
{
  CellText *cell = g_new0 (CellText, 1);

  cell->func = func;
  cell->user_data = user_data;
  cell->flags = flags;
  cell->bound = g_hash_table_new (NULL, NULL);
  return cell;
}

static int
max_width_chars (CellText *cell)
{
  return (cell->flags & MV_COLUMN_EXPAND) ? 12 : 16;
}

/* A text cut to the column's width is whole in the tooltip. */
static gboolean
query_tooltip_cb (GtkWidget  *label,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  if (!pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))))
    return FALSE;

  gtk_tooltip_set_text (tooltip, gtk_label_get_text (GTK_LABEL (label)));
  return TRUE;
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            CellText                 *cell)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), (cell->flags & MV_COLUMN_NUMERIC) ? 1.0 : 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (cell->flags & MV_COLUMN_WRAP)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), 3);
    }
  /* A column asks for no more than this, so that the width left over goes
   * to the columns that expand rather than to the longest texts. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), max_width_chars (cell));
  if (cell->flags & MV_COLUMN_NUMERIC)
    gtk_widget_add_css_class (label, "numeric");
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  gtk_list_item_set_child (list_item, label);
}

static void
fill_cell (GtkListItem *list_item)
{
  CellText *cell = g_object_get_data (G_OBJECT (list_item), "mv-cell-text");
  GtkWidget *label = gtk_list_item_get_child (list_item);
  gpointer item = gtk_list_item_get_item (list_item);
  g_autofree char *text = NULL;

  if (item == NULL)
    return;

  text = cell->func (item, cell->user_data);
  gtk_label_set_text (GTK_LABEL (label), text ? text : "");
}

static void
item_notify_cb (GObject     *item,
                GParamSpec  *pspec,
                GtkListItem *list_item)
{
  fill_cell (list_item);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           CellText                 *cell)
{
  gpointer item = gtk_list_item_get_item (list_item);

  g_object_set_data (G_OBJECT (list_item), "mv-cell-text", cell);
  g_hash_table_add (cell->bound, list_item);
  fill_cell (list_item);

  /* An edit saved through the store changes the record in place. */
  if (G_IS_OBJECT (item))
    g_signal_connect_object (item, "notify", G_CALLBACK (item_notify_cb), list_item, 0);
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             CellText                 *cell)
{
  gpointer item = gtk_list_item_get_item (list_item);

  g_hash_table_remove (cell->bound, list_item);
  if (G_IS_OBJECT (item))
    g_signal_handlers_disconnect_by_func (item, item_notify_cb, list_item);
}

static void
teardown_cell (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               CellText                 *cell)
{
  g_hash_table_remove (cell->bound, list_item);
}

/**
 * mv_column_view_add_text_column:
 * @func: makes the cell's text from the row's record
 * @sorter: (transfer full) (nullable): sorts the rows when the user clicks
 *   the column's header
 *
 * Appends a column of one-line labels that are filled by @func and follow
 * later changes to the row's record.
 *
 * Returns: (transfer none): the new column
 */
GtkColumnViewColumn *
mv_column_view_add_text_column (GtkColumnView  *view,
                                const char     *title,
                                MvCellTextFunc  func,
                                gpointer        user_data,
                                GtkSorter      *sorter,
                                MvColumnFlags   flags)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  CellText *cell = cell_text_new (func, user_data, flags);
  GtkColumnViewColumn *column;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);
  g_return_val_if_fail (func != NULL, NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), cell);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), cell);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), cell);
  g_signal_connect (factory, "teardown", G_CALLBACK (teardown_cell), cell);
  g_object_set_data_full (G_OBJECT (factory), "mv-cell-text", cell, cell_text_free);

  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, (flags & MV_COLUMN_EXPAND) != 0);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (sorter != NULL)
    {
      gtk_column_view_column_set_sorter (column, sorter);
      g_object_unref (sorter);
    }

  gtk_column_view_append_column (view, column);
  g_object_unref (column);

  return column;
}

/**
 * mv_column_view_column_refresh:
 * @column: made by mv_column_view_add_text_column()
 *
 * Fills the column's cells again, for a text that depends on more than the
 * row's own record (another record that refers to it, say).
 */
void
mv_column_view_column_refresh (GtkColumnViewColumn *column)
{
  GtkListItemFactory *factory;
  CellText *cell;
  GHashTableIter iter;
  gpointer list_item;

  g_return_if_fail (GTK_IS_COLUMN_VIEW_COLUMN (column));

  factory = gtk_column_view_column_get_factory (column);
  cell = factory ? g_object_get_data (G_OBJECT (factory), "mv-cell-text") : NULL;
  g_return_if_fail (cell != NULL);

  g_hash_table_iter_init (&iter, cell->bound);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    fill_cell (list_item);
}

static int
compare_text (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  CellText *cell = data;
  g_autofree char *text_a = cell->func ((gpointer) a, cell->user_data);
  g_autofree char *text_b = cell->func ((gpointer) b, cell->user_data);

  /* Empty cells last, whichever way the column is sorted first. */
  if ((text_a == NULL || *text_a == '\0') != (text_b == NULL || *text_b == '\0'))
    return (text_a == NULL || *text_a == '\0') ? 1 : -1;

  return g_utf8_collate (text_a ? text_a : "", text_b ? text_b : "");
}

/**
 * mv_text_sorter_new:
 *
 * Returns: (transfer full): a sorter by the text @func makes, as the
 *   user's language orders words
 */
GtkSorter *
mv_text_sorter_new (MvCellTextFunc func,
                    gpointer       user_data)
{
  return GTK_SORTER (gtk_custom_sorter_new (compare_text, cell_text_new (func, user_data, 0),
                                            cell_text_free));
}

/**
 * mv_column_view_set_records:
 * @records: the store's live list
 * @filter: (transfer full): picks the records the view shows
 *
 * Shows @records through @filter, sorted by the column the user picked,
 * with one selected row.
 *
 * Returns: (transfer none): the filtered list, to count the rows shown
 */
GtkFilterListModel *
mv_column_view_set_records (GtkColumnView *view,
                            GListModel    *records,
                            GtkFilter     *filter)
{
  GtkFilterListModel *filtered;
  GtkSortListModel *sorted;
  g_autoptr(GtkSingleSelection) selection = NULL;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (records), NULL);

  filtered = gtk_filter_list_model_new (g_object_ref (records), filter);
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered),
                                    g_object_ref (gtk_column_view_get_sorter (view)));
  selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);

  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (selection));

  return filtered;
}
