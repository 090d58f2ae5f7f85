/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gobject/gvaluecollector.h>

#include "mv-councils.h"
#include "mv-csv.h"
#include "mv-dates.h"
#include "mv-enum-types.h"
#include "mv-error.h"
#include "mv-queries.h"
#include "mv-year-plan.h"

/* The items every agenda starts with (DOMAIN.md), "any other business"
 * last; in Norwegian, as the council's papers print them. */
static const struct
{
  const char  *title;
  MvFixedKind  fixed_kind;
  MvItemKind   kind;
  int          minutes;
} default_fixed_items[] = {
  { "Godkjenning av innkalling og saksliste", MV_FIXED_KIND_APPROVE_NOTICE, MV_ITEM_KIND_FIXED, 5 },
  { "Godkjenning av referat fra forrige møte", MV_FIXED_KIND_APPROVE_MINUTES, MV_ITEM_KIND_FIXED, 5 },
  { "Orienteringer fra brukerorganisasjonene", MV_FIXED_KIND_REPORTS, MV_ITEM_KIND_FIXED, 20 },
  { "Eventuelt", MV_FIXED_KIND_AOB, MV_ITEM_KIND_AOB, 10 },
};

static MvUndo *
undo_if (MvUndo **undo)
{
  return undo != NULL ? mv_undo_new () : NULL;
}

static void
note_record (MvUndo   *undo,
             gpointer  record)
{
  if (undo != NULL)
    mv_undo_note_record (undo, record);
}

static void
note_new (MvUndo   *undo,
          gpointer  record)
{
  if (undo != NULL)
    mv_undo_note_new (undo, record);
}

static gboolean
insert_new (MvStore   *store,
            MvUndo    *undo,
            gpointer   record,
            GError   **error)
{
  g_autoptr(GObject) owned = record;

  if (!mv_store_insert (store, owned, error))
    return FALSE;
  note_new (undo, owned);
  return TRUE;
}

static gboolean
add_default_fixed_items (MvStore    *store,
                         MvCouncil  *council,
                         MvUndo     *undo,
                         GError    **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (default_fixed_items); i++)
    {
      if (!insert_new (store, undo,
                       g_object_new (MV_TYPE_FIXED_ITEM,
                                     "council-id", mv_record_get_id (MV_RECORD (council)),
                                     "position", i,
                                     "title", default_fixed_items[i].title,
                                     "fixed-kind", default_fixed_items[i].fixed_kind,
                                     "kind", default_fixed_items[i].kind,
                                     "duration-minutes", default_fixed_items[i].minutes,
                                     NULL),
                       error))
        return FALSE;
    }
  return TRUE;
}

/**
 * mv_council_add_default_fixed_items:
 *
 * Gives a council that was just inserted the fixed items of a new council.
 * Writes through the caller's batch: call between mv_store_begin() and
 * mv_store_commit().
 */
gboolean
mv_council_add_default_fixed_items (MvStore    *store,
                                    MvCouncil  *council,
                                    GError    **error)
{
  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_COUNCIL (council), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return add_default_fixed_items (store, council, NULL, error);
}

/**
 * mv_council_create:
 * @name: the council's name; must not be blank
 * @nav_unit: (nullable): the NAV office or unit
 * @undo: (out) (optional): how to take the council away again
 *
 * Makes a council with the fixed items every agenda starts with (DOMAIN.md).
 *
 * Returns: (transfer none): the council, held by the store's list, or
 *   %NULL with @error set
 */
MvCouncil *
mv_council_create (MvStore     *store,
                   const char  *name,
                   const char  *nav_unit,
                   MvUndo     **undo,
                   GError     **error)
{
  g_autoptr(MvCouncil) council = NULL;
  g_autoptr(MvUndo) before = undo_if (undo);
  g_autofree char *clean_name = g_strstrip (g_strdup (name ? name : ""));
  g_autofree char *clean_unit = g_strstrip (g_strdup (nav_unit ? nav_unit : ""));

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (*clean_name == '\0')
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID, _("The council needs a name"));
      return NULL;
    }

  council = g_object_new (MV_TYPE_COUNCIL, "name", clean_name, "nav-unit", clean_unit, NULL);

  if (!mv_store_begin (store, error))
    return NULL;
  if (!mv_store_insert (store, council, error))
    {
      mv_store_rollback (store);
      return NULL;
    }
  /* Played back last first: the fixed items go before their council. */
  note_new (before, council);
  if (!add_default_fixed_items (store, council, before, error) ||
      !mv_store_commit (store, error))
    {
      mv_store_rollback (store);
      return NULL;
    }

  if (undo != NULL)
    *undo = g_steal_pointer (&before);

  /* The store's list holds the council from here on. */
  return council;
}

/* --- The council's settings ------------------------------------------------ */

static gboolean
check_int (GParamSpec    *pspec,
           int            value,
           GError       **error)
{
  GParamSpecInt *range = G_PARAM_SPEC_INT (pspec);

  if (value >= range->minimum && value <= range->maximum)
    return TRUE;

  if (g_str_equal (pspec->name, "length-minutes"))
    g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                 _("A meeting lasts from %d to %d minutes, not %d"),
                 range->minimum, range->maximum, value);
  else if (g_str_equal (pspec->name, "deadline-days"))
    g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                 _("The case deadline is from %d to %d days before the meeting, not %d"),
                 range->minimum, range->maximum, value);
  else if (g_str_equal (pspec->name, "notice-days"))
    g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                 _("The notice goes out from %d to %d days before the meeting, not %d"),
                 range->minimum, range->maximum, value);
  else if (g_str_equal (pspec->name, "honorarium-rate"))
    g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                 _("The honorarium rate is from %d to %d kroner, not %d"),
                 range->minimum, range->maximum, value);
  else
    g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                 _("The setting “%s” takes a number from %d to %d, not %d"), pspec->name,
                 range->minimum, range->maximum, value);
  return FALSE;
}

/* The value as it is stored: strings without white space at their ends. */
static gboolean
clean_value (GParamSpec    *pspec,
             const GValue  *value,
             GValue        *clean,
             GError       **error)
{
  g_value_init (clean, pspec->value_type);

  if (G_VALUE_HOLDS_STRING (clean))
    {
      const char *text = G_VALUE_HOLDS_STRING (value) ? g_value_get_string (value) : NULL;
      int minute;

      g_return_val_if_fail (G_VALUE_HOLDS_STRING (value), FALSE);
      g_value_take_string (clean, g_strstrip (g_strdup (text ? text : "")));
      text = g_value_get_string (clean);

      if (g_str_equal (pspec->name, "name") && *text == '\0')
        {
          g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID, _("The council needs a name"));
          return FALSE;
        }
      if (g_str_equal (pspec->name, "secretariat-email") && *text != '\0' &&
          !mv_email_is_valid (text))
        {
          g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                       _("The secretariat’s e-mail: “%s” is not an e-mail address"), text);
          return FALSE;
        }
      if (g_str_equal (pspec->name, "start-time") && !mv_time_parse (text, &minute))
        {
          g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                       _("“%s” is not a time of day (HH:MM, such as 10:00)"), text);
          return FALSE;
        }
      return TRUE;
    }

  g_return_val_if_fail (g_value_type_transformable (G_VALUE_TYPE (value), pspec->value_type),
                        FALSE);
  g_value_transform (value, clean);

  if (G_VALUE_HOLDS_INT (clean))
    return check_int (pspec, g_value_get_int (clean), error);

  if (G_VALUE_HOLDS_ENUM (clean))
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (pspec->value_type);

      if (g_enum_get_value (enum_class, g_value_get_enum (clean)) == NULL)
        {
          g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                       _("The setting “%s” has no choice %d"), pspec->name,
                       g_value_get_enum (clean));
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * mv_council_update_values:
 * @names: (array length=n_values): column properties of #MvCouncil
 * @values: (array length=n_values): their new values
 * @undo: (out) (optional): how to put the settings back
 *
 * Changes the council's settings, all or none. Text is stored without
 * white space at its ends; the name must not be blank, the start time is
 * "HH:MM", and each number stays within its setting's range. Values that
 * are already so are not written.
 */
gboolean
mv_council_update_values (MvStore             *store,
                          MvCouncil           *council,
                          guint                n_values,
                          const char * const  *names,
                          const GValue        *values,
                          MvUndo             **undo,
                          GError             **error)
{
  g_autoptr(MvUndo) before = undo_if (undo);
  g_autoptr(GArray) clean = g_array_new (FALSE, TRUE, sizeof (GValue));
  g_autoptr(GPtrArray) pspecs = g_ptr_array_new ();
  GObjectClass *klass;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_COUNCIL (council), FALSE);
  g_return_val_if_fail (n_values == 0 || (names != NULL && values != NULL), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_array_set_clear_func (clean, (GDestroyNotify) g_value_unset);
  klass = G_OBJECT_GET_CLASS (council);

  /* Everything is checked before anything is written. */
  g_array_set_size (clean, n_values);
  for (guint i = 0; i < n_values; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (klass, names[i]);

      g_return_val_if_fail (pspec != NULL && pspec->owner_type == MV_TYPE_COUNCIL, FALSE);
      if (!clean_value (pspec, &values[i], &g_array_index (clean, GValue, i), error))
        return FALSE;
      g_ptr_array_add (pspecs, pspec);
    }

  if (!mv_store_begin (store, error))
    return FALSE;

  note_record (before, council);
  for (guint i = 0; i < n_values; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (pspecs, i);
      GValue *value = &g_array_index (clean, GValue, i);

      if (g_param_values_cmp (pspec, mv_record_peek (MV_RECORD (council), pspec), value) != 0 &&
          !mv_store_set_value (store, council, pspec->name, value, error))
        {
          mv_store_rollback (store);
          return FALSE;
        }
    }

  if (!mv_store_commit (store, error))
    return FALSE;

  if (undo != NULL)
    *undo = g_steal_pointer (&before);
  return TRUE;
}

/**
 * mv_council_update:
 * @first_property: the first column property, followed by its value, then
 *   more pairs, ended by %NULL – as g_object_set()
 *
 * mv_council_update_values() with the values as arguments.
 */
gboolean
mv_council_update (MvStore     *store,
                   MvCouncil   *council,
                   MvUndo     **undo,
                   GError     **error,
                   const char  *first_property,
                   ...)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  GObjectClass *klass;
  va_list args;

  g_return_val_if_fail (MV_IS_COUNCIL (council), FALSE);

  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);
  klass = G_OBJECT_GET_CLASS (council);

  va_start (args, first_property);
  for (const char *name = first_property; name != NULL; name = va_arg (args, const char *))
    {
      GParamSpec *pspec = g_object_class_find_property (klass, name);
      g_autofree char *collect_error = NULL;
      GValue value = G_VALUE_INIT;

      if (pspec == NULL)
        {
          va_end (args);
          g_return_val_if_reached (FALSE);
        }
      G_VALUE_COLLECT_INIT (&value, pspec->value_type, args, 0, &collect_error);
      if (collect_error != NULL)
        {
          va_end (args);
          g_critical ("%s: %s", G_STRFUNC, collect_error);
          return FALSE;
        }
      g_ptr_array_add (names, (gpointer) name);
      g_array_append_val (values, value);
    }
  va_end (args);

  return mv_council_update_values (store, council, names->len,
                                   (const char * const *) names->pdata,
                                   (const GValue *) values->data, undo, error);
}

/* --- Fixed items ------------------------------------------------------------ */

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  return mv_fixed_item_get_position (*(MvFixedItem **) a) -
         mv_fixed_item_get_position (*(MvFixedItem **) b);
}

/**
 * mv_council_list_fixed_items:
 *
 * Returns: (transfer full) (element-type MvFixedItem): the council's fixed
 *   items in their order
 */
GPtrArray *
mv_council_list_fixed_items (MvStore   *store,
                             MvCouncil *council)
{
  GListModel *model;
  GPtrArray *items;
  const char *id;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (MV_IS_COUNCIL (council), NULL);

  model = mv_store_get_model (store, MV_TYPE_FIXED_ITEM);
  items = g_ptr_array_new_with_free_func (g_object_unref);
  id = mv_record_get_id (MV_RECORD (council));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MvFixedItem) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (mv_fixed_item_get_council_id (item), id) == 0)
        g_ptr_array_add (items, g_steal_pointer (&item));
    }

  /* Stable: items that share a position keep the list's order. */
  g_ptr_array_sort (items, compare_positions);
  return items;
}

/* Positions 0 … n−1 in the order of @items. */
static gboolean
write_positions (MvStore    *store,
                 GPtrArray  *items,
                 MvUndo     *undo,
                 GError    **error)
{
  for (guint i = 0; i < items->len; i++)
    {
      MvFixedItem *item = g_ptr_array_index (items, i);

      if (mv_fixed_item_get_position (item) == (int) i)
        continue;
      note_record (undo, item);
      if (!mv_store_set (store, item, error, "position", (int) i, NULL))
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_title (const char  *title,
             GError     **error)
{
  if (!mv_is_blank (title))
    return TRUE;

  g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID, _("The item needs a title"));
  return FALSE;
}

static gboolean
check_minutes (int       minutes,
               GError  **error)
{
  if (minutes >= 0 && minutes <= 1440)
    return TRUE;

  g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
               _("%d minutes is not a length from 0 to 1440"), minutes);
  return FALSE;
}

static gboolean
check_kind (int       kind,
            GError  **error)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (MV_TYPE_ITEM_KIND);

  if (g_enum_get_value (enum_class, kind) != NULL)
    return TRUE;

  g_set_error (error, MV_ERROR, MV_ERROR_INVALID, _("%d is not a kind of item"), kind);
  return FALSE;
}

static gboolean
check_present (MvFixedItem  *item,
               GError      **error)
{
  if (!mv_record_is_deleted (MV_RECORD (item)))
    return TRUE;

  g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND,
               _("The fixed item “%s” has been removed"), mv_fixed_item_get_title (item));
  return FALSE;
}

/**
 * mv_council_add_fixed_item:
 * @title: must not be blank
 * @minutes: 0 to 1440
 * @undo: (out) (optional): how to take the item away again
 *
 * Adds a fixed item after the council's others; new meetings get it.
 *
 * Returns: (transfer none): the new item, held by the store's list, or
 *   %NULL with @error set
 */
MvFixedItem *
mv_council_add_fixed_item (MvStore     *store,
                           MvCouncil   *council,
                           const char  *title,
                           MvItemKind   kind,
                           int          minutes,
                           MvUndo     **undo,
                           GError     **error)
{
  g_autoptr(MvFixedItem) item = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *clean_title = NULL;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (MV_IS_COUNCIL (council), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_title (title, error) || !check_kind (kind, error) || !check_minutes (minutes, error))
    return NULL;
  clean_title = g_strstrip (g_strdup (title));

  if (!mv_store_begin (store, error))
    return NULL;

  /* After the others as the file has them now. */
  items = mv_council_list_fixed_items (store, council);
  item = g_object_new (MV_TYPE_FIXED_ITEM,
                       "council-id", mv_record_get_id (MV_RECORD (council)),
                       "position", (int) items->len,
                       "title", clean_title,
                       "fixed-kind", MV_FIXED_KIND_OTHER,
                       "kind", kind,
                       "duration-minutes", minutes,
                       NULL);
  g_ptr_array_add (items, g_object_ref (item));
  if (!mv_store_insert (store, item, error) ||
      !write_positions (store, items, NULL, error))
    {
      mv_store_rollback (store);
      return NULL;
    }
  if (!mv_store_commit (store, error))
    return NULL;

  if (undo != NULL)
    {
      *undo = mv_undo_new ();
      mv_undo_note_new (*undo, item);
    }
  /* The store's list holds the item from here on. */
  return item;
}

/**
 * mv_council_update_fixed_item:
 * @title: (nullable): the new title, not blank; %NULL keeps it
 * @kind: an #MvItemKind, or −1 to keep it
 * @minutes: 0 to 1440, or −1 to keep them
 * @undo: (out) (optional): how to put the item back
 *
 * Changes what meetings planned from now on get; agendas already made
 * keep their items as they are.
 */
gboolean
mv_council_update_fixed_item (MvStore      *store,
                              MvFixedItem  *item,
                              const char   *title,
                              int           kind,
                              int           minutes,
                              MvUndo      **undo,
                              GError      **error)
{
  g_autoptr(MvUndo) before = undo_if (undo);
  g_autofree char *clean_title = NULL;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_FIXED_ITEM (item), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((title != NULL && !check_title (title, error)) ||
      (kind != -1 && !check_kind (kind, error)) ||
      (minutes != -1 && !check_minutes (minutes, error)) ||
      !check_present (item, error))
    return FALSE;
  if (title != NULL)
    clean_title = g_strstrip (g_strdup (title));

  if (!mv_store_begin (store, error))
    return FALSE;

  note_record (before, item);
  if ((clean_title != NULL && g_strcmp0 (clean_title, mv_fixed_item_get_title (item)) != 0 &&
       !mv_store_set (store, item, error, "title", clean_title, NULL)) ||
      (kind != -1 && kind != (int) mv_fixed_item_get_kind (item) &&
       !mv_store_set (store, item, error, "kind", kind, NULL)) ||
      (minutes != -1 && minutes != mv_fixed_item_get_duration_minutes (item) &&
       !mv_store_set (store, item, error, "duration-minutes", minutes, NULL)))
    {
      mv_store_rollback (store);
      return FALSE;
    }
  if (!mv_store_commit (store, error))
    return FALSE;

  if (undo != NULL)
    *undo = g_steal_pointer (&before);
  return TRUE;
}

/**
 * mv_council_remove_fixed_item:
 * @undo: (out) (optional): how to bring the item back to its place
 *
 * Removes a fixed item (a soft delete) from what new meetings get; the
 * others close the gap.
 */
gboolean
mv_council_remove_fixed_item (MvStore      *store,
                              MvFixedItem  *item,
                              MvUndo      **undo,
                              GError      **error)
{
  g_autoptr(MvUndo) before = undo_if (undo);
  g_autoptr(GPtrArray) rest = NULL;
  MvCouncil *council;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_FIXED_ITEM (item), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_present (item, error))
    return FALSE;

  if (!mv_store_begin (store, error))
    return FALSE;

  council = mv_store_lookup (store, MV_TYPE_COUNCIL, mv_fixed_item_get_council_id (item));
  note_record (before, item);
  if (!mv_store_delete (store, item, error) ||
      (council != NULL &&
       (rest = mv_council_list_fixed_items (store, council)) != NULL &&
       !write_positions (store, rest, before, error)))
    {
      mv_store_rollback (store);
      return FALSE;
    }
  if (!mv_store_commit (store, error))
    return FALSE;

  if (undo != NULL)
    *undo = g_steal_pointer (&before);
  return TRUE;
}

/**
 * mv_council_reorder_fixed_items:
 * @order: (element-type MvFixedItem): the council's fixed items in their
 *   new order
 * @undo: (out) (optional): how to put the old order back
 *
 * Gives the items positions 0 … n−1 in the order of @order. The positions
 * are computed inside the batch, from the file as it is: an item another
 * program added meanwhile keeps its place after those of @order, and one
 * it removed is left out.
 */
gboolean
mv_council_reorder_fixed_items (MvStore     *store,
                                MvCouncil   *council,
                                GPtrArray   *order,
                                MvUndo     **undo,
                                GError     **error)
{
  g_autoptr(MvUndo) before = undo_if (undo);
  g_autoptr(GPtrArray) current = NULL;
  g_autoptr(GPtrArray) items = NULL;
  const char *council_id;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_COUNCIL (council), FALSE);
  g_return_val_if_fail (order != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  council_id = mv_record_get_id (MV_RECORD (council));
  for (guint i = 0; i < order->len; i++)
    {
      MvFixedItem *item = g_ptr_array_index (order, i);

      g_return_val_if_fail (MV_IS_FIXED_ITEM (item), FALSE);
      if (g_strcmp0 (mv_fixed_item_get_council_id (item), council_id) != 0)
        {
          g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                       _("The fixed item “%s” belongs to another council than “%s”"),
                       mv_fixed_item_get_title (item), mv_council_get_name (council));
          return FALSE;
        }
    }

  if (!mv_store_begin (store, error))
    return FALSE;

  current = mv_council_list_fixed_items (store, council);
  items = g_ptr_array_new ();
  for (guint i = 0; i < order->len; i++)
    {
      gpointer item = g_ptr_array_index (order, i);

      if (g_ptr_array_find (current, item, NULL) && !g_ptr_array_find (items, item, NULL))
        g_ptr_array_add (items, item);
    }
  for (guint i = 0; i < current->len; i++)
    if (!g_ptr_array_find (items, g_ptr_array_index (current, i), NULL))
      g_ptr_array_add (items, g_ptr_array_index (current, i));

  if (!write_positions (store, items, before, error))
    {
      mv_store_rollback (store);
      return FALSE;
    }
  if (!mv_store_commit (store, error))
    return FALSE;

  if (undo != NULL)
    *undo = g_steal_pointer (&before);
  return TRUE;
}
