/* ascii.h — byte tests and case-insensitive comparison for the ASCII
 * letters of contract text (UTF-8: bytes >= 0x80 are never letters here,
 * and never change case). Header-only, no state. */
#ifndef RA_ASCII_H
#define RA_ASCII_H

#include <stdbool.h>
#include <stddef.h>

static inline bool ra_ascii_alpha(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline bool ra_ascii_upper(unsigned char c)
{
    return c >= 'A' && c <= 'Z';
}

static inline bool ra_ascii_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static inline unsigned char ra_ascii_lower(unsigned char c)
{
    return ra_ascii_upper(c) ? (unsigned char)(c - 'A' + 'a') : c;
}

/* How many ASCII letters run from s[i] (s holds n bytes): the length of
 * the word that starts there, 0 when none does. */
static inline size_t ra_ascii_letters(const char *s, size_t n, size_t i)
{
    size_t k = i;
    while (k < n && ra_ascii_alpha((unsigned char)s[k]))
        k++;
    return k - i;
}

/* a and b hold the same n bytes, ASCII letters compared without case. */
static inline bool ra_ascii_same_ci(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (ra_ascii_lower((unsigned char)a[i]) != ra_ascii_lower((unsigned char)b[i]))
            return false;
    return true;
}

/* Is w[0..n) one of the words of list (NULL-terminated), ASCII letters
 * compared without case? */
static inline bool ra_ascii_in_list(const char *w, size_t n, const char *const *list)
{
    for (; *list; list++) {
        size_t k = 0;
        while (k < n && (*list)[k] &&
               ra_ascii_lower((unsigned char)w[k]) == ra_ascii_lower((unsigned char)(*list)[k]))
            k++;
        if (k == n && !(*list)[k])
            return true;
    }
    return false;
}

/* Part of a word: letters, digits, '_' and every byte of a non-ASCII
 * character. */
static inline bool ra_ascii_word_char(unsigned char c)
{
    return ra_ascii_alpha(c) || ra_ascii_digit(c) || c >= 0x80 || c == '_';
}

/* Does s[0..n) hold word w (ASCII letters compared without case, whole
 * words; w may hold spaces and dots: "national of", "l.l.c")? */
static inline bool ra_ascii_has_word(const char *s, size_t n, const char *w)
{
    size_t k = 0;
    while (w[k])
        k++;
    /* the first letter first: it turns most places down with one test */
    unsigned char first = k ? ra_ascii_lower((unsigned char)w[0]) : 0;
    for (size_t i = 0; i + k <= n; i++)
        if ((k == 0 || ra_ascii_lower((unsigned char)s[i]) == first) &&
            (i == 0 || !ra_ascii_word_char((unsigned char)s[i - 1])) &&
            ra_ascii_same_ci(s + i, w, k) &&
            (i + k == n || !ra_ascii_word_char((unsigned char)s[i + k]) ||
             !ra_ascii_word_char((unsigned char)w[k - 1])))
            return true;
    return false;
}

#endif
