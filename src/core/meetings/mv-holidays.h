/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Norwegian public holidays (lov om 1. og 17. mai som høgtidsdager,
 * helligdagsfredloven): New Year's Day, Maundy Thursday, Good Friday,
 * Easter Sunday, Easter Monday, 1 May, 17 May, Ascension Day, Whit Sunday,
 * Whit Monday, Christmas Day and Boxing Day. Easter follows the Gregorian
 * calendar (years from 1583). The July holiday (fellesferie) is no public
 * holiday, but nobody meets then: it has a check of its own. */

void        mv_easter_sunday        (int          year,
                                     GDate       *date);
const char *mv_holiday_name         (const GDate *date);
gboolean    mv_date_in_july_holiday (const GDate *date);

G_END_DECLS
