/* contract_sections.c — headings and the sentences under them. See
 * contract_sections.h. */
#include "contract_sections.h"

#include <string.h>

#include "ascii.h"

#define HEADING_WORDS_MAX 8
#define HEADING_BYTES_MAX 80
#define RUN_IN_WORDS_MAX 4 /* words of a run-in title in small letters */

static const char *const label_words[] = {"article",  "clause", "section", "pasal",   "part",
                                          "schedule", "annex",  "bab",     "chapter", "paragraph",
                                          "art",      "sec",    NULL};
static const char *const number_words[] = {
    "one",   "two",    "three",  "four",   "five",     "six",      "seven",   "eight",
    "nine",  "ten",    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
    "first", "second", "third",  "fourth", "fifth",    "sixth",    "seventh", "eighth",
    "ninth", "tenth",  "satu",   "dua",    "tiga",     "empat",    "lima",    NULL};
/* Words that make a short line a sentence, not a title. */
static const char *const verbs[] = {"shall", "will", "must",  "may",   "is",    "are",
                                    "was",   "be",   "has",   "have",  "can",   "agrees",
                                    "wajib", "akan", "harus", "dapat", "boleh", NULL};

/* A number of a label: digits with dots, a roman numeral, a number word,
 * any of them in brackets. Returns its length, or 0. */
static size_t label_number(const char *s, size_t n)
{
    size_t i = 0;
    bool paren = i < n && s[i] == '(';
    if (paren)
        i++;
    size_t start = i;
    while (i < n &&
           (ra_ascii_digit((unsigned char)s[i]) ||
            (s[i] == '.' && i > start && i + 1 < n && ra_ascii_digit((unsigned char)s[i + 1]))))
        i++;
    if (i == start) {
        while (i < n && ra_ascii_alpha((unsigned char)s[i]))
            i++;
        size_t len = i - start;
        bool roman = len > 0;
        for (size_t k = start; k < i && roman; k++)
            roman = strchr("IVXLivxl", s[k]) != NULL;
        if (!roman && !ra_ascii_in_list(s + start, len, number_words))
            return 0;
    }
    if (paren) {
        if (i >= n || s[i] != ')')
            return 0;
        i++;
    }
    return i;
}

static size_t skip_separators(const char *s, size_t n, size_t i)
{
    while (i < n && (s[i] == ' ' || s[i] == ':' || s[i] == '-' || s[i] == '.' || s[i] == ')'))
        i++;
    return i;
}

/* Length of an article label at the start of s ("ARTICLE XII -", "Article
 * (10):", "CLAUSE ELEVEN:", "Pasal 8", "11.", "FIRST:"), separators included. */
static size_t label_length(const char *s, size_t n)
{
    size_t w = 0;
    while (w < n && ra_ascii_alpha((unsigned char)s[w]))
        w++;
    if (w && ra_ascii_in_list(s, w, label_words)) {
        size_t i = w;
        if (i < n && s[i] == '.')
            i++;
        while (i < n && s[i] == ' ')
            i++;
        size_t num = label_number(s + i, n - i);
        return num ? skip_separators(s, n, i + num) : 0;
    }
    /* a bare number or ordinal ending in a separator: "11.", "IV.", "FIRST:" */
    size_t num = label_number(s, n);
    if (num && num < n && (s[num] == '.' || s[num] == ':' || s[num] == ')') &&
        (num + 1 == n || s[num + 1] == ' '))
        return skip_separators(s, n, num);
    return 0;
}

/* The topic of s: s without its article label and closing punctuation. */
static void topic_of(const char *s, size_t len, size_t label, const char **topic, size_t *topic_len)
{
    const char *t = s + label;
    size_t n = len - label;
    while (n && (t[n - 1] == '.' || t[n - 1] == ':' || t[n - 1] == ' '))
        n--;
    *topic = t;
    *topic_len = n;
}

bool ra_contract_is_heading(const char *s, size_t len, const char **topic, size_t *topic_len)
{
    size_t label = label_length(s, len);
    topic_of(s, len, label, topic, topic_len);
    const char *t = *topic;
    size_t n = *topic_len;
    if (n == 0)
        return label > 0; /* a label alone */
    if (n > HEADING_BYTES_MAX)
        return false;
    size_t words = 0, letters = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && !ra_ascii_alpha((unsigned char)t[i]) && !((unsigned char)t[i] >= 0x80))
            i++;
        size_t w = i;
        while (i < n && (ra_ascii_alpha((unsigned char)t[i]) || (unsigned char)t[i] >= 0x80 ||
                         t[i] == '\'' || t[i] == '-'))
            i++;
        if (i == w)
            continue;
        words++;
        letters += i - w;
        if (ra_ascii_in_list(t + w, i - w, verbs))
            return false;
        for (size_t k = w; k < i; k++)
            if (t[k] >= 'a' && t[k] <= 'z')
                return false; /* a heading in small letters is the cutter's to see */
    }
    return words > 0 && words <= HEADING_WORDS_MAX && letters >= 3;
}

/* Length of a key-term label ("Help line: ...", "Return ticket: ...", "Pay:")
 * at the start of a sentence that goes on after it: up to four words, the
 * first with a capital, then ':'. 0 when there is none. */
static size_t key_label(const char *s, size_t n)
{
    if (!n || !(s[0] >= 'A' && s[0] <= 'Z'))
        return 0;
    size_t words = 1;
    for (size_t i = 0; i < n && i < 40; i++) {
        if (s[i] == ':')
            return i + 1 < n ? i : 0;
        if (s[i] == ' ' && ++words > 4)
            return 0;
        if (!ra_ascii_alpha((unsigned char)s[i]) && s[i] != ' ' && s[i] != '-' && s[i] != '\'' &&
            (unsigned char)s[i] < 0x80)
            return 0;
    }
    return 0;
}

/* Words a short sentence opens with that make it a statement, not a title:
 * "No deposit. She may leave ...". */
static const char *const denials[] = {"no", "not", "never", "nothing", "none", "tidak", "bukan",
                                      NULL};

/* A run-in title in small letters: a short sentence with no verb that
 * opens a clause's line and is followed on the same line by the clause
 * ("4. Wages. HK$ 4,990 a month ...", "Clause Four - Security bond. The
 * Worker shall ..."), at most RUN_IN_WORDS_MAX words, the first with a
 * capital. *topic and *topic_len get it without its label. */
static bool run_in_title(const ra_contract_text *text, size_t k, const char **topic,
                         size_t *topic_len)
{
    const ra_sentence *s = &text->sentences[k];
    if (k + 1 >= text->n || text->sentences[k + 1].line != s->end_line || s->line != s->end_line ||
        (k && text->sentences[k - 1].end_line == s->line) || !ra_sentence_ends(s, '.'))
        return false;
    topic_of(s->text, s->len, label_length(s->text, s->len), topic, topic_len);
    const char *t = *topic;
    size_t n = *topic_len, words = 0;
    if (!n || n > HEADING_BYTES_MAX || !ra_ascii_upper((unsigned char)t[0]))
        return false;
    for (size_t i = 0; i < n;) {
        size_t w = ra_ascii_letters(t, n, i);
        if (!w) {
            i++;
            continue;
        }
        if (ra_ascii_in_list(t + i, w, verbs) || (!words && ra_ascii_in_list(t + i, w, denials)) ||
            ++words > RUN_IN_WORDS_MAX)
            return false;
        i += w;
    }
    return words > 0;
}

void ra_contract_headings(ra_contract_text *text)
{
    const char *heading = NULL;
    size_t heading_len = 0;
    for (size_t k = 0; k < text->n; k++) {
        ra_sentence *s = &text->sentences[k];
        const char *topic;
        size_t topic_len;
        /* A heading line the cutter saw (capitals, title case, an article
         * label), or a short sentence cut from the start of a clause's line
         * ("11. RETURN TRAVEL. The Sponsor bears ...", "4. Wages. HK$ ..."). */
        bool is = s->is_heading;
        if (is)
            topic_of(s->text, s->len, label_length(s->text, s->len), &topic, &topic_len);
        else
            is = ra_contract_is_heading(s->text, s->len, &topic, &topic_len) ||
                 run_in_title(text, k, &topic, &topic_len);
        if (is) {
            heading = topic_len ? topic : NULL;
            heading_len = topic_len;
        }
        /* A key term's label heads its own line only. */
        size_t label = key_label(s->text, s->len);
        s->heading = label ? s->text : heading;
        s->heading_len = label ? label : heading_len;
    }
}
