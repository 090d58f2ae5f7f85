/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The council's typed fields checked as the member form checks its own:
 * when the user leaves a field, its reason shows at once – the row marked,
 * its accessible description set, and the words in the label under its
 * group – and a corrected field loses the mark as it is typed. Shared by
 * the council's settings and the first-run setup. */

/* Why @text cannot be the council's @property ("secretariat-email",
 * "start-time"), translated; NULL when it can. */
char       *mv_council_field_problem (const char  *property,
                                      const char  *text);

/* Checks @row (an AdwEntryRow for @property) when the focus leaves it;
 * @label lists the reasons of every row watched with it. */
void        mv_council_field_watch   (AdwEntryRow *row,
                                      const char  *property,
                                      GtkLabel    *label);
/* Checks @row now, as leaving it does; TRUE when it is fine. */
gboolean    mv_council_field_check   (AdwEntryRow *row);
/* The reason shown at @row, or NULL. */
const char *mv_council_field_get_error (AdwEntryRow *row);

G_END_DECLS
