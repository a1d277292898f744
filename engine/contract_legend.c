/* contract_legend.c — the codes a record's legend explains. See
 * contract_legend.h. */
#include "contract_legend.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"

static bool token_char(char c)
{
    return ra_ascii_alpha((unsigned char)c) || ra_ascii_digit((unsigned char)c) || c == '-' ||
           c == '_';
}

/* The length of the code at s[i..n): two to 15 capitals, digits, '-' or
 * '_', a capital among them, not starting or ending with '-', a whole
 * token; else 0. */
static size_t code_len(const char *s, size_t n, size_t i)
{
    size_t k = i;
    bool capital = false;
    while (k < n && (ra_ascii_upper((unsigned char)s[k]) || ra_ascii_digit((unsigned char)s[k]) ||
                     s[k] == '-' || s[k] == '_')) {
        capital = capital || ra_ascii_upper((unsigned char)s[k]);
        k++;
    }
    if (k - i < 2 || k - i >= RA_LEGEND_CODE_MAX || !capital || s[i] == '-' || s[k - 1] == '-' ||
        (k < n && token_char(s[k])))
        return 0;
    return k - i;
}

/* An entry at s[i..n): a code, then ':', '=', " - ", a tab or two spaces or
 * more (or one space before a meaning in small letters), then its meaning.
 * Where the meaning starts, and the code's length in *clen; 0 when none. */
static size_t entry_at(const char *s, size_t n, size_t i, size_t *clen)
{
    size_t c = code_len(s, n, i);
    if (!c)
        return 0;
    size_t k = i + c, gap = 0;
    for (; k < n && (s[k] == ' ' || s[k] == '\t'); k++)
        gap += s[k] == '\t' ? 2 : 1;
    if (k < n && (s[k] == ':' || s[k] == '=')) {
        k++;
    } else if (gap && k + 1 < n && s[k] == '-' && s[k + 1] == ' ') {
        k += 2;
    } else if (gap < 2 && !(gap == 1 && k < n && s[k] >= 'a' && s[k] <= 'z')) {
        return 0;
    }
    while (k < n && (s[k] == ' ' || s[k] == '\t'))
        k++;
    if (k >= n)
        return 0;
    *clen = c;
    return k;
}

/* Appends s[0..n) to the meaning m after a space, spaces collapsed, as far
 * as it fits. */
static void append(char *m, const char *s, size_t n)
{
    size_t o = strlen(m);
    if (o && o + 1 < RA_LEGEND_MEANING_MAX)
        m[o++] = ' ';
    for (size_t k = 0; k < n && o + 1 < RA_LEGEND_MEANING_MAX; k++) {
        char c = s[k] == '\t' ? ' ' : s[k];
        if (c == ' ' && (o == 0 || m[o - 1] == ' '))
            continue;
        m[o++] = c;
    }
    while (o && m[o - 1] == ' ')
        o--;
    m[o] = '\0';
}

/* Is s[0..n) (trimmed) a legend's heading? */
static bool heading(const char *s, size_t n)
{
    if (n && s[n - 1] == ':')
        n--;
    static const char *const words[] = {"legend", "key",  "codes", "code list", "key to codes",
                                        "code key", "list of codes", NULL};
    for (const char *const *w = words; *w; w++)
        if (strlen(*w) == n && ra_ascii_same_ci(s, *w, n))
            return true;
    return false;
}

/* Adds the entries of the line s[0..n) (parts after ';' each an entry, or
 * more of the meaning before them); false when the line starts with none. */
static bool add_entries(ra_legend *l, const char *s, size_t n)
{
    size_t clen, m = entry_at(s, n, 0, &clen);
    if (!m)
        return false;
    for (size_t at = 0; at < n;) {
        const char *semi = memchr(s + at, ';', n - at);
        size_t end = semi ? (size_t)(semi - s) : n, p = at;
        while (p < end && (s[p] == ' ' || s[p] == '\t'))
            p++;
        m = entry_at(s, end, p, &clen);
        if (m && l->n < RA_LEGEND_MAX) {
            ra_legend_entry *e = &l->items[l->n++];
            memcpy(e->code, s + p, clen);
            e->code[clen] = '\0';
            e->meaning[0] = '\0';
            append(e->meaning, s + m, end - m);
        } else if (l->n) {
            char *mm = l->items[l->n - 1].meaning; /* "...; <more of it>" */
            size_t o = strlen(mm);
            if (o + 1 < RA_LEGEND_MEANING_MAX)
                mm[o] = ';', mm[o + 1] = '\0';
            append(mm, s + p, end - p);
        }
        at = semi ? end + 1 : n;
    }
    return true;
}

bool ra_legend_read(const char *data, size_t len, ra_legend *out)
{
    memset(out, 0, sizeof *out);
    bool in = false, blank = false;
    size_t indent = 0; /* of the last entry */
    long line = 1;
    for (size_t i = 0; i < len; line++) {
        const char *nl = memchr(data + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - data) : len, b = i;
        while (e > i && (data[e - 1] == '\r' || data[e - 1] == ' ' || data[e - 1] == '\t'))
            e--;
        while (b < e && (data[b] == ' ' || data[b] == '\t'))
            b++;
        const char *s = data + b;
        size_t n = e - b, ind = b - i;
        i = nl ? (size_t)(nl - data) + 1 : len;
        if (!in) {
            if (n && heading(s, n)) {
                if (!out->items && !(out->items = calloc(RA_LEGEND_MAX, sizeof *out->items)))
                    return false;
                in = true;
                blank = false;
                out->first_line = out->last_line = line;
            }
            continue;
        }
        if (!n) {
            blank = true;
            continue;
        }
        if (add_entries(out, s, n)) {
            indent = ind;
            blank = false;
        } else if (!blank && out->n && ind > indent) {
            /* the meaning goes on */
            append(out->items[out->n - 1].meaning, s, n);
        } else if (blank || !ind) {
            break; /* the legend ended */
        } else {
            continue; /* an indented line that explains no code ("W  held by ...") */
        }
        out->last_line = line;
    }
    if (out->n < 2)
        ra_legend_free(out);
    return true;
}

const ra_legend_entry *ra_legend_code_at(const ra_legend *legend, const char *s, size_t n,
                                         size_t i)
{
    if (!legend->n || (i && token_char(s[i - 1])))
        return NULL;
    size_t k = i;
    while (k < n && token_char(s[k]))
        k++;
    if (k - i < 2 || k - i >= RA_LEGEND_CODE_MAX)
        return NULL;
    for (size_t e = 0; e < legend->n; e++)
        if (!strncmp(legend->items[e].code, s + i, k - i) && !legend->items[e].code[k - i])
            return &legend->items[e];
    return NULL;
}

/* Where the values of s[0..n) start: after its first ':', '=', '|' or dot
 * leader (a key or a first cell is no code to read). */
static size_t values_at(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] == ':' || s[i] == '=' || s[i] == '|' ||
            (s[i] == '.' && i + 2 < n && s[i + 1] == '.' && s[i + 2] == '.'))
            return i + 1;
    return n;
}

size_t ra_legend_edits(const ra_legend *legend, const char *s, size_t len, ra_field_edit *edits,
                       size_t n)
{
    for (size_t i = values_at(s, len); i < len && n < RA_FIELD_EDITS_MAX; i++) {
        const ra_legend_entry *e = ra_legend_code_at(legend, s, len, i);
        if (!e)
            continue;
        size_t m = strlen(e->code), k = n;
        for (; k > 0 && edits[k - 1].at > i; k--)
            ;
        if ((k && edits[k - 1].at + edits[k - 1].len > i) || (k < n && edits[k].at < i + m)) {
            i += m - 1;
            continue; /* another edit took it */
        }
        memmove(edits + k + 1, edits + k, (n - k) * sizeof *edits);
        edits[k] = (ra_field_edit){i, m, e->meaning};
        n++;
        i += m - 1;
    }
    return n;
}

void ra_legend_free(ra_legend *legend)
{
    free(legend->items);
    memset(legend, 0, sizeof *legend);
}
