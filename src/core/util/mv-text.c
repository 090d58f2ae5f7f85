/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mv-error.h"
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

/* A count as the locale groups its digits: "1 048 576" in Norwegian. */
static char *
format_count (glong n)
{
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat"
  return g_strdup_printf ("%'ld", n);
#pragma GCC diagnostic pop
}

/**
 * mv_text_length_problem:
 * @label: the field's name as the user sees it, translated
 * @value: (nullable): the text
 * @max_chars: the most characters allowed
 *
 * Counts characters, not bytes: "Å" is one. The whole text is counted
 * (a megabyte takes a millisecond), because the message says how long it
 * was.
 *
 * Returns: (transfer full) (nullable): why @value is too long, naming
 *   @label and the limit, or %NULL when it is not
 */
char *
mv_text_length_problem (const char *label,
                        const char *value,
                        glong       max_chars)
{
  g_autofree char *has = NULL;
  g_autofree char *may = NULL;
  glong n;

  g_return_val_if_fail (label != NULL, NULL);

  if (value == NULL || (n = g_utf8_strlen (value, -1)) <= max_chars)
    return NULL;

  has = format_count (n);
  may = format_count (max_chars);
  /* Translators: the first %s is a field, such as “Name”; then two numbers
   * of characters, e.g. “Name” is too long: 1 048 576 characters, at most 300 */
  return g_strdup_printf (_("“%s” is too long: %s characters, at most %s"), label, has, may);
}

/**
 * mv_text_check_length:
 *
 * mv_text_length_problem() as an error (MV_ERROR_INVALID).
 *
 * Returns: %TRUE when @value has at most @max_chars characters
 */
gboolean
mv_text_check_length (const char  *label,
                      const char  *value,
                      glong        max_chars,
                      GError     **error)
{
  g_autofree char *problem = mv_text_length_problem (label, value, max_chars);

  if (problem == NULL)
    return TRUE;
  g_set_error_literal (error, MV_ERROR, MV_ERROR_INVALID, problem);
  return FALSE;
}
