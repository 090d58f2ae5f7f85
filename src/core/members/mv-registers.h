/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mv-organisation.h"
#include "mv-store.h"
#include "mv-undo.h"
#include "mv-user-group.h"

G_BEGIN_DECLS

/* The two registers beside the members: the organisations members come
 * from and the user groups they speak for. Both belong to the file, not to
 * one council. Every change runs in one batch and can hand back an MvUndo.
 *
 * Organisations ---------------------------------------------------------- */

/* An organisation's fields as the caller has them; the strings are
 * borrowed. Text is saved without blanks at its ends; the name must not be
 * blank, nor the name or short name another organisation's (without
 * case). */
typedef struct
{
  const char         *name;
  const char         *short_name;
  MvOrganisationKind  kind;
  const char         *areas;
  const char         *contact;
} MvOrganisationFields;

/* @organisation: (nullable): whose fields to start from; %NULL for a new
 *   user organisation without a name */
void            mv_organisation_fields_init (MvOrganisationFields        *fields,
                                             MvOrganisation              *organisation);

MvOrganisation *mv_organisations_add        (MvStore                     *store,
                                             const MvOrganisationFields  *fields,
                                             MvUndo                     **undo,
                                             GError                     **error);
gboolean        mv_organisations_update     (MvStore                     *store,
                                             MvOrganisation              *organisation,
                                             const MvOrganisationFields  *fields,
                                             MvUndo                     **undo,
                                             GError                     **error);

gboolean        mv_organisations_delete     (MvStore                     *store,
                                             MvOrganisation              *organisation,
                                             MvUndo                     **undo,
                                             GError                     **error);

/* mv_organisations_add() through the caller's batch (between
 * mv_store_begin() and mv_store_commit()), noting the new record in @undo
 * when it is not %NULL. */
MvOrganisation *mv_organisations_insert     (MvStore                     *store,
                                             const MvOrganisationFields  *fields,
                                             MvUndo                      *undo,
                                             GError                     **error);

/* An organisation by its id, its short name or its name (without case).
 * Returns: (transfer none): the organisation, or %NULL with MV_ERROR_NOT_FOUND
 *   or MV_ERROR_AMBIGUOUS naming @id_or_name */
MvOrganisation *mv_organisations_find       (MvStore                     *store,
                                             const char                  *id_or_name,
                                             GError                     **error);

/* Returns: (transfer full) (element-type MvOrganisation): every organisation,
 *   by name */
GPtrArray      *mv_organisations_list       (MvStore                     *store);

/* User groups ------------------------------------------------------------
 *
 * In the order the secretary gave them (position 0, 1, …): a new one goes
 * last. The name must not be blank. A removed group (a soft delete) keeps
 * its members' links, so that Undo brings it back whole. */

MvUserGroup    *mv_user_groups_add          (MvStore                     *store,
                                             const char                  *name,
                                             MvUndo                     **undo,
                                             GError                     **error);
gboolean        mv_user_groups_rename       (MvStore                     *store,
                                             MvUserGroup                 *group,
                                             const char                  *name,
                                             MvUndo                     **undo,
                                             GError                     **error);
gboolean        mv_user_groups_delete       (MvStore                     *store,
                                             MvUserGroup                 *group,
                                             MvUndo                     **undo,
                                             GError                     **error);

/* A user group by its id or its name (without case).
 * Returns: (transfer none): the group, or %NULL with MV_ERROR_NOT_FOUND
 *   naming @id_or_name */
MvUserGroup    *mv_user_groups_find         (MvStore                     *store,
                                             const char                  *id_or_name,
                                             GError                     **error);

/* Returns: (transfer full) (element-type MvUserGroup): every user group, in
 *   order */
GPtrArray      *mv_user_groups_list         (MvStore                     *store);

G_END_DECLS
