/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "mv-text.h"

/**
 * mv_text_fold:
 * @text: (nullable): any text
 *
 * What two texts are compared by: without case, and composed, so that a
 * name typed on a Mac ("a" and a combining ring) is the one typed on
 * Windows ("å"), and a ligature ("ﬁ") reads as its letters. Æ, Ø and Å stay
 * letters of their own, not a, o and a with a mark, as the document search
 * keeps them (its tokenizer removes no diacritics). Text that is not valid
 * UTF-8 is folded as g_utf8_make_valid() mends it.
 *
 * Returns: (transfer full): the folded text; "" for %NULL
 */
char *
mv_text_fold (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *composed = NULL;
  g_autofree char *folded = NULL;
  char *recomposed;

  if (text == NULL)
    return g_strdup ("");
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  composed = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  folded = g_utf8_casefold (composed, -1);
  /* Folding can leave a letter and its mark apart again ("ǰ"). */
  recomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  return recomposed ? recomposed : g_steal_pointer (&folded);
}

/**
 * mv_text_contains_folded:
 * @haystack: (nullable): the text searched
 * @folded_needle: what is looked for, from mv_text_fold()
 *
 * Returns: whether @haystack, folded, holds @folded_needle; %FALSE for no
 *   @haystack
 */
gboolean
mv_text_contains_folded (const char *haystack,
                         const char *folded_needle)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (folded_needle != NULL, FALSE);

  if (haystack == NULL)
    return FALSE;
  folded = mv_text_fold (haystack);
  return strstr (folded, folded_needle) != NULL;
}
