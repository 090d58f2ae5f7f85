/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mv-error.h"
#include "mv-queries.h"
#include "mv-registers.h"
#include "mv-text.h"

/* What two names are compared by when the user types one: mv_text_fold(),
 * without blanks at the ends. */
static char *
fold (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));

  return mv_text_fold (stripped);
}

static char *
clean (const char *text)
{
  return g_strstrip (g_strdup (text ? text : ""));
}

static GPtrArray *
list_records (MvStore          *store,
              GType             type,
              GCompareFunc      compare)
{
  GListModel *model = mv_store_get_model (store, type);
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (records, g_list_model_get_item (model, i));
  g_ptr_array_sort (records, compare);
  return records;
}

/* --- Organisations -------------------------------------------------------- */

void
mv_organisation_fields_init (MvOrganisationFields *fields,
                             MvOrganisation       *organisation)
{
  g_return_if_fail (fields != NULL);
  g_return_if_fail (organisation == NULL || MV_IS_ORGANISATION (organisation));

  if (organisation == NULL)
    {
      *fields = (MvOrganisationFields) {
        .name = "",
        .short_name = "",
        .kind = MV_ORGANISATION_KIND_USER_ORGANISATION,
        .areas = "",
        .contact = "",
      };
      return;
    }

  fields->name = mv_organisation_get_name (organisation);
  fields->short_name = mv_organisation_get_short_name (organisation);
  fields->kind = mv_organisation_get_kind (organisation);
  fields->areas = mv_organisation_get_areas (organisation);
  fields->contact = mv_record_get_string (MV_RECORD (organisation), "contact");
}

/* The one list of an organisation's fields: a record not in the store that
 * holds them as they are saved, or %NULL when they are refused. */
static MvOrganisation *
organisation_from_fields (const MvOrganisationFields  *fields,
                          GError                     **error)
{
  g_autofree char *name = clean (fields->name);
  g_autofree char *short_name = clean (fields->short_name);
  g_autofree char *areas = clean (fields->areas);
  g_autofree char *contact = clean (fields->contact);

  if (*name == '\0')
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID, _("An organisation needs a name"));
      return NULL;
    }

  return g_object_new (MV_TYPE_ORGANISATION,
                       "name", name,
                       "short-name", short_name,
                       "kind", fields->kind,
                       "areas", areas,
                       "contact", contact,
                       NULL);
}

/* Another organisation of the file already called @wanted's name or short
 * name (without case): one organisation twice splits its members and
 * its seats in the coverage. Refused, naming it. */
static gboolean
check_unique (MvStore         *store,
              MvOrganisation  *wanted,
              MvOrganisation  *self,
              GError         **error)
{
  GListModel *model = mv_store_get_model (store, MV_TYPE_ORGANISATION);
  g_autofree char *name = fold (mv_organisation_get_name (wanted));
  g_autofree char *short_name = fold (mv_organisation_get_short_name (wanted));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MvOrganisation) other = g_list_model_get_item (model, i);
      g_autofree char *other_name = NULL;
      g_autofree char *other_short = NULL;

      if (other == self)
        continue;
      other_name = fold (mv_organisation_get_name (other));
      other_short = fold (mv_organisation_get_short_name (other));
      if (g_str_equal (name, other_name) ||
          (*short_name != '\0' && g_str_equal (short_name, other_short)))
        {
          g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                       _("“%s” is already in the register of organisations; use that one, "
                         "or give this one another name"),
                       mv_organisation_get_name (other));
          return FALSE;
        }
    }
  return TRUE;
}

MvOrganisation *
mv_organisations_insert (MvStore                     *store,
                         const MvOrganisationFields  *fields,
                         MvUndo                      *undo,
                         GError                     **error)
{
  g_autoptr(MvOrganisation) organisation = NULL;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (fields != NULL, NULL);

  if (!(organisation = organisation_from_fields (fields, error)) ||
      !check_unique (store, organisation, NULL, error) ||
      !mv_store_insert (store, organisation, error))
    return NULL;

  if (undo != NULL)
    mv_undo_note_new (undo, organisation);
  /* The store's list holds it from here on. */
  return organisation;
}

/**
 * mv_organisations_add:
 * @undo: (out) (optional): how to take the organisation away again
 *
 * Returns: (transfer none): the new organisation, held by the store's list,
 *   or %NULL with @error set (MV_ERROR_INVALID for a blank name)
 */
MvOrganisation *
mv_organisations_add (MvStore                     *store,
                      const MvOrganisationFields  *fields,
                      MvUndo                     **undo,
                      GError                     **error)
{
  g_autoptr(MvUndo) done = mv_undo_new ();
  MvOrganisation *organisation;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (fields != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!mv_store_begin (store, error))
    return NULL;
  if (!(organisation = mv_organisations_insert (store, fields, done, error)))
    {
      mv_store_rollback (store);
      return NULL;
    }
  if (!mv_store_commit (store, error))
    return NULL;

  if (undo != NULL)
    *undo = g_steal_pointer (&done);
  return organisation;
}

/**
 * mv_organisations_update:
 * @undo: (out) (optional): how to put the fields back
 *
 * Writes the fields that differ from @organisation's.
 */
gboolean
mv_organisations_update (MvStore                     *store,
                         MvOrganisation              *organisation,
                         const MvOrganisationFields  *fields,
                         MvUndo                     **undo,
                         GError                     **error)
{
  g_autoptr(MvOrganisation) wanted = NULL;
  g_autoptr(MvUndo) done = mv_undo_new ();

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_ORGANISATION (organisation), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(wanted = organisation_from_fields (fields, error)))
    return FALSE;

  if (!mv_store_begin (store, error))
    return FALSE;
  mv_undo_note_record (done, organisation);
  if (!check_unique (store, wanted, organisation, error) ||
      !mv_store_update_from (store, organisation, wanted, error))
    {
      mv_store_rollback (store);
      return FALSE;
    }
  if (!mv_store_commit (store, error))
    return FALSE;

  if (undo != NULL)
    *undo = g_steal_pointer (&done);
  return TRUE;
}

MvOrganisation *
mv_organisations_find (MvStore     *store,
                       const char  *id_or_name,
                       GError     **error)
{
  GListModel *model = mv_store_get_model (store, MV_TYPE_ORGANISATION);
  g_autofree char *key = fold (id_or_name);
  MvOrganisation *found = NULL;
  guint n_found = 0;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);

  if ((found = mv_store_lookup (store, MV_TYPE_ORGANISATION, id_or_name)) != NULL)
    return found;

  /* The short name first: it is what the lists show. */
  for (int pass = 0; pass < 2 && n_found == 0; pass++)
    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      {
        g_autoptr(MvOrganisation) organisation = g_list_model_get_item (model, i);
        g_autofree char *name = fold (pass == 0 ? mv_organisation_get_short_name (organisation)
                                                : mv_organisation_get_name (organisation));

        if (*key != '\0' && g_str_equal (name, key))
          {
            found = organisation;
            n_found++;
          }
      }

  if (n_found == 1)
    return found;

  if (n_found == 0)
    g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND,
                 _("No organisation has the id, short name or name “%s”"), id_or_name);
  else
    g_set_error (error, MV_ERROR, MV_ERROR_AMBIGUOUS,
                 _("%u organisations are called “%s”; name one by its id"), n_found, id_or_name);
  return NULL;
}

static int
compare_organisation_names (gconstpointer a,
                            gconstpointer b)
{
  return g_utf8_collate (mv_organisation_get_name (*(MvOrganisation **) a),
                         mv_organisation_get_name (*(MvOrganisation **) b));
}

GPtrArray *
mv_organisations_list (MvStore *store)
{
  g_return_val_if_fail (MV_IS_STORE (store), NULL);

  return list_records (store, MV_TYPE_ORGANISATION, compare_organisation_names);
}

/* --- User groups ---------------------------------------------------------- */

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  return mv_user_group_get_position (*(MvUserGroup **) a) -
         mv_user_group_get_position (*(MvUserGroup **) b);
}

GPtrArray *
mv_user_groups_list (MvStore *store)
{
  g_return_val_if_fail (MV_IS_STORE (store), NULL);

  return list_records (store, MV_TYPE_USER_GROUP, compare_positions);
}

static char *
user_group_name (const char  *name,
                 GError     **error)
{
  g_autofree char *clean_name = clean (name);

  if (*clean_name == '\0')
    {
      g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID, _("A user group needs a name"));
      return NULL;
    }
  return g_steal_pointer (&clean_name);
}

/**
 * mv_user_groups_add:
 * @undo: (out) (optional): how to take the group away again
 *
 * Adds a user group after the others.
 *
 * Returns: (transfer none): the new group, held by the store's list, or
 *   %NULL with @error set (MV_ERROR_INVALID for a blank name)
 */
MvUserGroup *
mv_user_groups_add (MvStore     *store,
                    const char  *name,
                    MvUndo     **undo,
                    GError     **error)
{
  g_autofree char *clean_name = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(MvUserGroup) group = NULL;
  g_autoptr(MvUndo) done = mv_undo_new ();
  int position = 0;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(clean_name = user_group_name (name, error)))
    return NULL;

  /* Inside the batch: the last position as the file has it now. */
  if (!mv_store_begin (store, error))
    return NULL;

  groups = mv_user_groups_list (store);
  if (groups->len > 0)
    position = mv_user_group_get_position (g_ptr_array_index (groups, groups->len - 1)) + 1;

  group = g_object_new (MV_TYPE_USER_GROUP, "name", clean_name, "position", position, NULL);
  if (!mv_store_insert (store, group, error))
    {
      mv_store_rollback (store);
      return NULL;
    }
  mv_undo_note_new (done, group);
  if (!mv_store_commit (store, error))
    return NULL;

  if (undo != NULL)
    *undo = g_steal_pointer (&done);
  return group;
}

/**
 * mv_user_groups_rename:
 * @undo: (out) (optional): how to give the old name back
 */
gboolean
mv_user_groups_rename (MvStore      *store,
                       MvUserGroup  *group,
                       const char   *name,
                       MvUndo      **undo,
                       GError      **error)
{
  g_autofree char *clean_name = NULL;
  g_autoptr(MvUndo) done = mv_undo_new ();

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_USER_GROUP (group), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(clean_name = user_group_name (name, error)))
    return FALSE;

  if (!mv_store_begin (store, error))
    return FALSE;
  mv_undo_note_record (done, group);
  if (!mv_store_set (store, group, error, "name", clean_name, NULL))
    {
      mv_store_rollback (store);
      return FALSE;
    }
  if (!mv_store_commit (store, error))
    return FALSE;

  if (undo != NULL)
    *undo = g_steal_pointer (&done);
  return TRUE;
}

/**
 * mv_organisations_delete:
 * @undo: (out) (optional): how to bring the organisation back
 *
 * Removes an organisation that no member (of any council in the file, also
 * a former one) belongs to; one with members is refused, naming them, as
 * their rows would lose where they come from.
 */
gboolean
mv_organisations_delete (MvStore         *store,
                         MvOrganisation  *organisation,
                         MvUndo         **undo,
                         GError         **error)
{
  g_autoptr(MvUndo) done = mv_undo_new ();
  g_autoptr(GString) names = g_string_new (NULL);
  GListModel *members;
  guint n = 0;

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_ORGANISATION (organisation), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mv_store_begin (store, error))
    return FALSE;

  members = mv_store_get_model (store, MV_TYPE_MEMBER);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(MvMember) member = g_list_model_get_item (members, i);

      if (g_strcmp0 (mv_member_get_organisation_id (member),
                     mv_record_get_id (MV_RECORD (organisation))) != 0)
        continue;
      if (n++ < 3)
        g_string_append_printf (names, "%s%s", names->len ? ", " : "",
                                mv_member_get_name (member));
    }
  if (n > 0)
    {
      mv_store_rollback (store);
      if (n > 3)
        /* Translators: the names are the first three of the members. */
        g_string_append_printf (names, _(" and %u more"), n - 3);
      g_set_error (error, MV_ERROR, MV_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s” cannot be removed: %u member belongs to it (%s). Give "
                                "them another organisation first.",
                                "“%s” cannot be removed: %u members belong to it (%s). Give "
                                "them another organisation first.", n),
                   mv_organisation_get_name (organisation), n, names->str);
      return FALSE;
    }

  mv_undo_note_record (done, organisation);
  if (!mv_store_delete (store, organisation, error))
    {
      mv_store_rollback (store);
      return FALSE;
    }
  if (!mv_store_commit (store, error))
    return FALSE;

  if (undo != NULL)
    *undo = g_steal_pointer (&done);
  return TRUE;
}

/**
 * mv_user_groups_delete:
 * @undo: (out) (optional): how to bring the group back
 *
 * Removes a user group (a soft delete); its members keep their links to it.
 */
gboolean
mv_user_groups_delete (MvStore      *store,
                       MvUserGroup  *group,
                       MvUndo      **undo,
                       GError      **error)
{
  g_autoptr(MvUndo) done = mv_undo_new ();

  g_return_val_if_fail (MV_IS_STORE (store), FALSE);
  g_return_val_if_fail (MV_IS_USER_GROUP (group), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  mv_undo_note_record (done, group);
  if (!mv_store_delete (store, group, error))
    return FALSE;

  if (undo != NULL)
    *undo = g_steal_pointer (&done);
  return TRUE;
}

MvUserGroup *
mv_user_groups_find (MvStore     *store,
                     const char  *id_or_name,
                     GError     **error)
{
  GListModel *model = mv_store_get_model (store, MV_TYPE_USER_GROUP);
  g_autofree char *key = fold (id_or_name);
  MvUserGroup *group;

  g_return_val_if_fail (MV_IS_STORE (store), NULL);

  if ((group = mv_store_lookup (store, MV_TYPE_USER_GROUP, id_or_name)) != NULL)
    return group;

  for (guint i = 0; i < g_list_model_get_n_items (model) && *key != '\0'; i++)
    {
      g_autoptr(MvUserGroup) candidate = g_list_model_get_item (model, i);
      g_autofree char *name = fold (mv_user_group_get_name (candidate));

      if (g_str_equal (name, key))
        return candidate;
    }

  g_set_error (error, MV_ERROR, MV_ERROR_NOT_FOUND,
               _("No user group has the id or name “%s”"), id_or_name);
  return NULL;
}
