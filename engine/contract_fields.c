/* contract_fields.c — the options chosen in filled-in form fields, and what
 * a draft's tracked changes leave. See contract_fields.h. */
#include "contract_fields.h"

#include <string.h>

#include "ascii.h"
#include "contract_lines.h"

/* Boxes and fields one sentence may hold; more and it is read as written. */
#define BOXES_MAX 24
#define FIELDS_MAX 12
/* A label is looked for in at most this many bytes before its ':'. */
#define LABEL_MAX 160

typedef struct {
    size_t at, len; /* the box */
    bool ticked;
    size_t end; /* the end of its option's text */
} box;

typedef struct {
    size_t label, colon; /* the label s[label, colon) */
    size_t first, n;     /* boxes[first, first + n) */
} field;

/* Length of the box at s[i] (a box starts a word and a space or the end
 * follows it), 0 when there is none; *ticked says which kind. */
static size_t box_at(const char *s, size_t len, size_t i, bool *ticked)
{
    if (i && s[i - 1] != ' ')
        return 0;
    int b = ra_line_box(s + i, len - i);
    if (!b)
        return 0;
    size_t n = 3; /* "☐", "☑", "✓": three bytes of UTF-8 */
    if (s[i] == '[') {
        const char *close = memchr(s + i, ']', len - i < 6 ? len - i : 6);
        if (!close)
            return 0;
        n = (size_t)(close - (s + i)) + 1;
    }
    if (i + n < len && s[i + n] != ' ')
        return 0;
    *ticked = b > 0;
    return n;
}

/* Length of the filled-in blank at s[i] ("___Sponsor___", "__0__": a run
 * of two or more '_' with a word on either side), 0 when there is none. */
static size_t blank_at(const char *s, size_t len, size_t i)
{
    if (s[i] != '_' || (i && s[i - 1] == '_'))
        return 0;
    size_t e = i;
    while (e < len && s[e] == '_')
        e++;
    bool filled = (i && s[i - 1] != ' ') || (e < len && s[e] != ' ');
    return e - i >= 2 && filled ? e - i : 0;
}

static size_t skip_spaces(const char *s, size_t len, size_t i)
{
    while (i < len && s[i] == ' ')
        i++;
    return i;
}

/* ---- tracked changes ------------------------------------------------------------------ */

/* The marks a document exported with its changes shows: "[deleted: not]",
 * "~~struck text~~", "{-removed-}", and "[inserted: ...]", "{+added+}" whose
 * text stays. */
static bool starts_ci(const char *s, size_t len, size_t i, const char *w)
{
    size_t m = strlen(w);
    return i + m <= len && ra_ascii_same_ci(s + i, w, m);
}

static size_t find_from(const char *s, size_t len, size_t i, const char *w)
{
    for (size_t m = strlen(w); i + m <= len; i++)
        if (!memcmp(s + i, w, m))
            return i;
    return len;
}

/* Edits that read s[0..len) after its tracked changes, in order of at; a
 * deletion open at the sentence's end runs to it. A margin comment
 * ("Comment [AB1]: removed old bond wording.") is no term: all of it goes. */
static size_t redlines(const char *s, size_t len, ra_field_edit *out)
{
    size_t n = 0;
    if (starts_ci(s, len, 0, "comment [")) {
        out[n++] = (ra_field_edit){0, len, ""};
        return n;
    }
    for (size_t i = 0; i < len && n + 2 <= RA_FIELD_EDITS_MAX; i++) {
        size_t end = 0;
        if (starts_ci(s, len, i, "[deleted:") || starts_ci(s, len, i, "[deleted ")) {
            end = find_from(s, len, i, "]");
            end += end < len;
        } else if (starts_ci(s, len, i, "~~")) {
            end = find_from(s, len, i + 2, "~~");
            end += end < len ? 2 : 0;
        } else if (starts_ci(s, len, i, "{-")) {
            end = find_from(s, len, i + 2, "-}");
            end += end < len ? 2 : 0;
        } else if (starts_ci(s, len, i, "[inserted:") || starts_ci(s, len, i, "{+")) {
            bool brace = s[i] == '{';
            size_t open = brace ? 2 : strlen("[inserted:");
            size_t close = find_from(s, len, i + open, brace ? "+}" : "]");
            out[n++] = (ra_field_edit){i, skip_spaces(s, len, i + open) - i, ""};
            if (close < len)
                out[n++] = (ra_field_edit){close, brace ? 2 : 1, ""};
            i = close < len ? close + (brace ? 1 : 0) : len;
            continue;
        }
        if (end) {
            out[n++] = (ra_field_edit){i, skip_spaces(s, len, end) - i, ""};
            i = end - 1;
        }
    }
    return n;
}

bool ra_fields_any(const char *s, size_t len)
{
    bool ticked;
    for (size_t i = 0; i < len; i++) {
        char c = s[i], d = i + 1 < len ? s[i + 1] : 0;
        if (c == '_' ? blank_at(s, len, i) != 0
            : c == '~' ? d == '~'
            : c == '{' ? d == '+' || d == '-'
            : c == '[' ? starts_ci(s, len, i, "[deleted") || starts_ci(s, len, i, "[inserted:") ||
                             (i && box_at(s, len, i, &ticked))
            : (unsigned char)c == 0xE2 && i && box_at(s, len, i, &ticked))
            return true;
    }
    return starts_ci(s, len, 0, "comment [");
}

static size_t word_end(const char *s, size_t len, size_t i)
{
    while (i < len && s[i] != ' ')
        i++;
    return i;
}

/* The first word in s[from, to) that starts with a capital, after skip
 * words; to when there is none. */
static size_t capital_word(const char *s, size_t from, size_t to, int skip)
{
    for (size_t i = skip_spaces(s, to, from); i < to; i = skip_spaces(s, to, word_end(s, to, i))) {
        if (skip-- > 0)
            continue;
        if (ra_ascii_upper((unsigned char)s[i]))
            return i;
    }
    return to;
}

/* Where the label that ends at colon starts: the first capitalised word
 * after what stands before it (the start, a box and its option's first
 * word, a blank "___", another label's ':'). */
static size_t label_start(const char *s, size_t colon, const box *boxes, size_t nboxes)
{
    size_t floor = colon > LABEL_MAX ? colon - LABEL_MAX : 0;
    size_t stop = floor;
    int skip = 0;
    for (size_t k = nboxes; k-- > 0;)
        if (boxes[k].at + boxes[k].len <= colon) {
            if (boxes[k].at + boxes[k].len > stop) {
                stop = boxes[k].at + boxes[k].len;
                skip = 1; /* the option the box stands for */
            }
            break;
        }
    for (size_t i = colon; i-- > stop;)
        if (s[i] == ':' || (i >= 2 && s[i] == '_' && s[i - 1] == '_' && s[i - 2] == '_')) {
            stop = i + 1;
            skip = 0;
            break;
        }
    size_t at = capital_word(s, stop, colon, skip);
    return at < colon ? at : skip_spaces(s, colon, stop);
}

/* Does a label ("Household members:") start at s[i]: a capitalised word,
 * and a ':' that ends one of its first eight words, before to? */
static bool label_at(const char *s, size_t i, size_t to)
{
    if (!ra_ascii_upper((unsigned char)s[i]))
        return false;
    for (int w = 0; w < 8 && i < to; w++) {
        size_t e = word_end(s, to, i);
        if (s[e - 1] == ':')
            return true;
        i = skip_spaces(s, to, e);
    }
    return false;
}

/* The end of the last option of a field, which starts at from: before to,
 * a blank, a dash, a bracket or a note ("[handwritten: ..."), the word after a ',' or ';', or a label
 * after its first word ("[ ] M Household members: ...", "[ ] paid by
 * Sponsor - recovered from salary"). */
static size_t option_end(const char *s, size_t from, size_t to)
{
    size_t i = skip_spaces(s, to, from);
    if (i < to)
        i = skip_spaces(s, to, word_end(s, to, i));
    for (; i < to; i = skip_spaces(s, to, word_end(s, to, i))) {
        char c = s[i], before = s[i - 1] == ' ' ? s[i - 2] : s[i - 1];
        if (c == '_' || c == '-' || c == '(' || c == '[' || before == ',' || before == ';' || label_at(s, i, to))
            return i;
    }
    return to;
}

/* Does a box at to give the next option of the field whose box ends at
 * from: an option of a few words between them, with no note, label or full
 * stop ("[X] employer [ ] helper", not "[ ] helper [handwritten: ...] Tick
 * [X] where applicable")? */
static bool next_option(const char *s, size_t from, size_t to)
{
    if (ra_line_words(s + from, to - from) > 6)
        return false;
    for (size_t i = from; i < to; i++)
        if (s[i] == '[' || s[i] == ':' || s[i] == '.')
            return false;
    return true;
}

/* Is the first word of s[i..) word (any case)? */
static bool first_word_is(const char *s, size_t len, size_t i, const char *word)
{
    size_t n = strlen(word);
    return i + n <= len && ra_ascii_same_ci(s + i, word, n) &&
           (i + n == len || !ra_ascii_word_char((unsigned char)s[i + n]));
}

static const char *const modals_en[] = {"may",  "can",  "must", "shall", "will", "should",
                                        "would", "could", "is",  "are",   "has",  "have",
                                        "does", "do",    NULL};
static const char *const modals_id[] = {"boleh", "dapat",     "bisa",          "harus", "wajib",
                                        "akan",  "perlu",     "diizinkan",     "diperbolehkan",
                                        "berhak", "diperkenankan", NULL};

/* The label's negation, as one edit: "not " after its first modal (in
 * Indonesian "tidak " before it), else "Not " / "Tidak ada " before it
 * ("Not Pregnancy test required": not "No pregnancy", which is a ban). */
static ra_field_edit negation(const char *s, size_t label, size_t colon, bool indonesian)
{
    const char *const *modals = indonesian ? modals_id : modals_en;
    for (size_t i = label; i < colon; i = skip_spaces(s, colon, word_end(s, colon, i))) {
        size_t e = word_end(s, colon, i);
        if (!ra_ascii_in_list(s + i, e - i, modals))
            continue;
        if (indonesian)
            return (ra_field_edit){i, 0, "tidak "};
        return (ra_field_edit){skip_spaces(s, colon, e), 0, "not "};
    }
    return (ra_field_edit){label, 0, indonesian ? "Tidak ada " : "Not "};
}

/* A yes/no field: two options, "yes" and "no" ("ya" and "tidak"), one
 * ticked. *yes is the index of the yes option. */
static bool yes_no(const char *s, size_t len, const box *b, bool indonesian, size_t *yes)
{
    const char *y = indonesian ? "ya" : "yes", *n = indonesian ? "tidak" : "no";
    if (b[0].ticked == b[1].ticked)
        return false;
    size_t o0 = skip_spaces(s, len, b[0].at + b[0].len), o1 = skip_spaces(s, len, b[1].at + b[1].len);
    if (first_word_is(s, len, o0, y) && first_word_is(s, len, o1, n))
        *yes = 0;
    else if (first_word_is(s, len, o0, n) && first_word_is(s, len, o1, y))
        *yes = 1;
    else
        return false;
    return true;
}

/* Words that open an option saying no: "[X] not permitted during the
 * contract", "[X] none", "[X] tidak ada libur". */
static const char *const no_words[] = {"no",        "not",   "never", "none",   "nil",
                                       "prohibited", "forbidden", "tidak", "dilarang", "tanpa",
                                       "bukan",     NULL};

/* Is the one ticked option of the n boxes at b one that says no? */
static bool chose_no(const char *s, size_t len, const box *b, size_t n)
{
    size_t ticked = n;
    for (size_t k = 0; k < n; k++)
        if (b[k].ticked) {
            if (ticked < n)
                return false;
            ticked = k;
        }
    if (ticked == n)
        return false;
    size_t o = skip_spaces(s, len, b[ticked].at + b[ticked].len), e = o;
    while (e < len && ra_ascii_alpha((unsigned char)s[e]))
        e++;
    return ra_ascii_in_list(s + o, e - o, no_words);
}

size_t ra_field_edits(const char *s, size_t len, bool indonesian, ra_field_edit *out)
{
    box boxes[BOXES_MAX];
    size_t nboxes = 0;
    for (size_t i = 1; i < len; i++) {
        bool ticked;
        size_t n = (s[i] == '[' || (unsigned char)s[i] == 0xE2) ? box_at(s, len, i, &ticked) : 0;
        if (!n)
            continue;
        if (nboxes == BOXES_MAX)
            return 0;
        boxes[nboxes++] = (box){i, n, ticked, len};
        i += n - 1;
    }
    /* Fields: a box right after a ':' opens one, the boxes after it join it. */
    field fields[FIELDS_MAX];
    size_t nfields = 0;
    for (size_t k = 0; k < nboxes; k++) {
        size_t c = boxes[k].at;
        while (c > 0 && s[c - 1] == ' ')
            c--;
        if (c > 0 && s[c - 1] == ':') {
            if (nfields == FIELDS_MAX)
                return 0;
            fields[nfields++] = (field){label_start(s, c - 1, boxes, k), c - 1, k, 1};
        } else if (nfields && fields[nfields - 1].first + fields[nfields - 1].n == k &&
                   next_option(s, boxes[k - 1].at + boxes[k - 1].len, boxes[k].at)) {
            fields[nfields - 1].n++;
        }
    }
    /* Where each option ends: at the next box of its field; the last one
     * where its words stop (option_end) or the next field's label starts. */
    for (size_t f = 0; f < nfields; f++) {
        const field *d = &fields[f];
        for (size_t k = d->first; k + 1 < d->first + d->n; k++)
            boxes[k].end = option_end(s, boxes[k].at + boxes[k].len, boxes[k + 1].at);
        box *last = &boxes[d->first + d->n - 1];
        last->end = option_end(s, last->at + last->len, f + 1 < nfields ? fields[f + 1].label : len);
    }
    size_t n = 0;
    for (size_t f = 0; f < nfields; f++) {
        const field *d = &fields[f];
        const box *b = &boxes[d->first];
        size_t yes;
        bool yn = d->n == 2 && yes_no(s, len, b, indonesian, &yes);
        if ((yn && !b[yes].ticked) || (!yn && chose_no(s, len, b, d->n)))
            out[n++] = negation(s, d->label, d->colon, indonesian);
        for (size_t k = 0; k < d->n; k++) {
            if (n == RA_FIELD_EDITS_MAX)
                return 0;
            size_t to = b[k].at + b[k].len;
            if (yn) /* the box and its yes or no */
                to = word_end(s, len, skip_spaces(s, len, to));
            else if (!b[k].ticked) /* the box and its option */
                to = b[k].end;
            out[n++] = (ra_field_edit){b[k].at, skip_spaces(s, len, to) - b[k].at, ""};
        }
    }
    /* The underscores of filled-in blanks go ("held by: ___Sponsor___"),
     * unless an option that goes takes them with it. */
    size_t nbox_edits = n;
    for (size_t i = 0; i < len; i++) {
        size_t m = blank_at(s, len, i);
        if (!m)
            continue;
        bool inside = false;
        for (size_t k = 0; k < nbox_edits && !inside; k++)
            inside = i >= out[k].at && i < out[k].at + out[k].len;
        if (inside)
            continue;
        if (n == RA_FIELD_EDITS_MAX)
            return 0;
        /* in order of at: after the edits before i */
        size_t k = n++;
        for (; k > 0 && out[k - 1].at > i; k--)
            out[k] = out[k - 1];
        out[k] = (ra_field_edit){i, m, ""};
        i += m - 1;
    }
    /* Tracked changes: what was deleted goes, with the field edits inside it. */
    ra_field_edit red[RA_FIELD_EDITS_MAX];
    size_t nred = redlines(s, len, red);
    for (size_t r = 0; r < nred; r++) {
        size_t w = 0;
        for (size_t k = 0; k < n; k++)
            if (!(red[r].len && out[k].at >= red[r].at && out[k].at < red[r].at + red[r].len))
                out[w++] = out[k];
        n = w;
        if (n == RA_FIELD_EDITS_MAX)
            return 0;
        size_t k = n++;
        for (; k > 0 && out[k - 1].at > red[r].at; k--)
            out[k] = out[k - 1];
        out[k] = red[r];
    }
    return n;
}
