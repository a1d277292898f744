/* contract_lines.c — what one line of a contract is (contract_lines.h). */
#include "contract_lines.h"

#include <string.h>

#include "ascii.h"
#include "contract_records.h"

/* The words (runs of characters other than spaces) of s[0..n). */
size_t ra_line_words(const char *s, size_t n)
{
    size_t words = 0;
    for (size_t k = 0; k < n; k++)
        words += s[k] != ' ' && (k == 0 || s[k - 1] == ' ');
    return words;
}

/* Length of the dash at s[k]: 1 for '-', 3 for an en or em dash (UTF-8),
 * 0 for anything else. */
static size_t dash_at(const char *s, size_t n, size_t k)
{
    if (k < n && s[k] == '-')
        return 1;
    if (k + 2 < n && (unsigned char)s[k] == 0xE2 && (unsigned char)s[k + 1] == 0x80 &&
        ((unsigned char)s[k + 2] == 0x93 || (unsigned char)s[k + 2] == 0x94))
        return 3;
    return 0;
}

/* Length of the dash between spaces that ends at s[e) (" - ", " – ", " — "),
 * 0 when there is none. */
static size_t dash_before(const char *s, size_t e)
{
    if (e < 3 || s[e - 1] != ' ')
        return 0;
    if (dash_at(s, e, e - 2) == 1 && s[e - 3] == ' ')
        return 3;
    if (e >= 5 && dash_at(s, e, e - 4) == 3 && s[e - 5] == ' ')
        return 5;
    return 0;
}

/* A running footer of a title, a dash, a subtitle, a dash and the page
 * number: "Himalayan Bridge Overseas Pvt. Ltd. – Agreement with Worker – 1".
 * Two dashes, not one, so that a row ("Rest days a month - 4") is no footer. */
static bool titled_page_number(const char *s, size_t n)
{
    size_t e = n;
    while (e > 0 && ra_ascii_digit((unsigned char)s[e - 1]))
        e--;
    if (e == n || n - e > 3 || memchr(s, ':', n) || ra_line_words(s, n) > 14)
        return false;
    size_t d = dash_before(s, e);
    if (!d)
        return false;
    for (size_t k = e - d; k > 4; k--)
        if (dash_before(s, k))
            return true;
    return false;
}

/* The words that label an article: "Pasal 8", "Article 12", "Art. 6". */
static const char *const article_labels[] = {"pasal",    "article", "section", "clause", "artikel",
                                             "art",      "bab",     "part",    "schedule", "annex",
                                             "lampiran", "chapter", "ayat",    NULL};

/* Is the line an article label, alone or with a heading in capitals:
 * "Pasal 8", "Article 12.", "Section 9 — FEES AND CHARGES / KOS", "Clause IV: WAGES"?
 * It is a heading even when the line before left a sentence open (a "Pasal 8"
 * line, then "DOKUMEN", was read as the start of the clause's sentence). */
bool ra_line_article_label(const char *s, size_t n)
{
    size_t w = 0;
    while (w < n && ra_ascii_alpha((unsigned char)s[w]))
        w++;
    if (!ra_ascii_in_list(s, w, article_labels) || w >= n || s[w] != ' ')
        return false;
    size_t i = w + 1, digits = 0;
    while (i < n && (ra_ascii_digit((unsigned char)s[i]) || strchr("IVXivx", s[i])) && digits < 6)
        i++, digits++;
    if (!digits)
        return false;
    if (i < n && (s[i] == '.' || s[i] == ':'))
        i++; /* "Article 12." */
    /* After a dash or a colon, a short heading in sentence case: "Article 6
     * - Identity documents", "Clause 4: Rest days". */
    size_t j = i;
    bool sep = s[i - 1] == ':';
    while (j < n && s[j] == ' ')
        j++;
    if (j < n && s[j] == '-')
        sep = true, j++;
    while (j < n && s[j] == ' ')
        j++;
    if (sep && j < n && ra_ascii_upper((unsigned char)s[j]) &&
        !memchr(s + j, '.', n - j) && !memchr(s + j, ',', n - j) && !memchr(s + j, ';', n - j) &&
        ra_line_sentence_heading(s + j, n - j))
        return true;
    /* The rest: a short heading in capitals (at most 8 words, no sentence
     * punctuation), or nothing. A long line of capitals is a clause of a
     * contract written in capitals, not a label. */
    for (size_t k = i; k < n; k++)
        if ((s[k] >= 'a' && s[k] <= 'z') || s[k] == '.' || s[k] == ',' || s[k] == ';')
            return false;
    return ra_line_words(s + i, n - i) <= 8;
}

int ra_line_box(const char *s, size_t n)
{
    static const char *const ticked[] = {"[x]", "[X]", "[v]", "[V]", "[*]", "[/]", "[\xe2\x9c\x93]",
                                         "[\xe2\x9c\x94]", "\xe2\x98\x91", "\xe2\x98\x92", "\xe2\x9c\x93",
                                         "\xe2\x9c\x94", NULL};
    static const char *const empty[] = {"[ ]", "\xe2\x98\x90", NULL};
    for (size_t k = 0; ticked[k]; k++)
        if (n >= strlen(ticked[k]) && !memcmp(s, ticked[k], strlen(ticked[k])))
            return 1;
    for (size_t k = 0; empty[k]; k++)
        if (n >= strlen(empty[k]) && !memcmp(s, empty[k], strlen(empty[k])))
            return -1;
    return 0;
}

/* Length of a clause number at s ("7.2 ", "(b) ", "iv) ", "12. "), or 0. */
size_t ra_line_clause_number(const char *s, size_t n)
{
    size_t i = 0;
    /* A checklist box, "[x] " "[ ] " "[✓] ", or a bullet ("• " "☐ " "☑ "
     * "✓ " "- " "* "): each item is a clause of its own. */
    if (n >= 4 && s[0] == '[') {
        size_t k = 1;
        if (s[k] == ' ' || ra_ascii_alpha((unsigned char)s[k]) || s[k] == '*' || s[k] == '/')
            k++;
        else if (((unsigned char)s[k] & 0xF0) == 0xE0 && k + 3 < n)
            k += 3;
        if (k < n && s[k] == ']' && k + 1 < n && s[k + 1] == ' ')
            return k + 2;
        return 0;
    }
    /* A hyphen or asterisk bullet before a word or a number ("- have a
     * boyfriend", "- 3 days off"; a page number "- 2 -" is a page marker,
     * which callers test first) */
    if (n >= 3 && (s[0] == '-' || s[0] == '*') && s[1] == ' ' &&
        (ra_ascii_alpha((unsigned char)s[2]) || ra_ascii_digit((unsigned char)s[2]) ||
         s[2] == '"' || s[2] == '\'' || (unsigned char)s[2] >= 0x80))
        return 2;
    if (n >= 4 && (unsigned char)s[0] == 0xE2 && s[3] == ' ') {
        static const char *const bullets[] = {"\xe2\x80\xa2", "\xe2\x96\xaa", "\xe2\x98\x90",
                                              "\xe2\x98\x91", "\xe2\x98\x92", "\xe2\x9c\x93",
                                              "\xe2\x9c\x94", "\xe2\x9c\x97", "\xe2\x9c\x98"};
        for (size_t k = 0; k < sizeof bullets / sizeof *bullets; k++)
            if (memcmp(s, bullets[k], 3) == 0)
                return 4;
        return 0;
    }
    if (i < n && s[i] == '(') {
        i++;
        size_t k = 0;
        while (i < n &&
               (ra_ascii_alpha((unsigned char)s[i]) || ra_ascii_digit((unsigned char)s[i])) &&
               k < 4)
            i++, k++;
        if (k && i < n && s[i] == ')' && i + 1 < n && s[i + 1] == ' ')
            return i + 2;
        return 0;
    }
    if (i < n && ra_ascii_digit((unsigned char)s[i])) {
        /* "7." "7)" "7.2" "7.2.1." — but not "1500 SAR", an amount on a new line. */
        bool dot = false;
        while (i < n && (ra_ascii_digit((unsigned char)s[i]) || s[i] == '.')) {
            dot = dot || s[i] == '.';
            i++;
        }
        if (i < n && s[i] == ')') {
            dot = true;
            i++;
        }
        /* "7- Worker works ...": a dash right after a short number, then a word */
        if (!dot && i <= 3 && i + 2 < n && s[i] == '-' && s[i + 1] == ' ' &&
            ra_ascii_alpha((unsigned char)s[i + 2]))
            return i + 2;
        return dot && i < n && s[i] == ' ' ? i + 1 : 0;
    }
    /* An article's label before its text on the same line, after a dash or a
     * colon: "Article 3 - Working Hours: normally ...", "Clause 9: The Worker
     * ..." (not "Article 5 of the Labour Law", nor a label alone or with its
     * heading: "Section 9 - FEES AND CHARGES", "Article 6 - Identity documents") */
    size_t w = 0;
    while (w < n && ra_ascii_alpha((unsigned char)s[w]))
        w++;
    if (w && ra_ascii_in_list(s, w, article_labels) && !ra_line_article_label(s, n)) {
        size_t d = w + (w < n && s[w] == '.'); /* "Art. 6" */
        d = d < n && s[d] == ' ' ? d + 1 : 0;
        size_t e = d;
        while (d && e < n && ra_ascii_digit((unsigned char)s[e]) && e - d < 3)
            e++;
        size_t k = e;
        while (k < n && s[k] == ' ')
            k++;
        size_t sep = e > d ? (k < n && s[k] == ':' ? 1 : k > e ? dash_at(s, n, k) : 0) : 0;
        if (sep && k + sep + 1 < n && s[k + sep] == ' ' &&
            ra_ascii_alpha((unsigned char)s[k + sep + 1]))
            return k + sep + 1;
    }
    size_t k = 0;
    while (i < n && ra_ascii_alpha((unsigned char)s[i]) && k < 4)
        i++, k++;
    if (k && k <= 4 && i < n && s[i] == ')' && i + 1 < n && s[i + 1] == ' ')
        return i + 2;
    /* a small letter and a dot: "b. merokok di dalam kamar" (not an initial,
     * "J. Cruz", whose letter is a capital) */
    if (k == 1 && s[0] >= 'a' && s[0] <= 'z' && i + 1 < n && s[i] == '.' && s[i + 1] == ' ')
        return i + 2;
    return 0;
}

/* Skips spaces from s[*i]; then reads digits; true when there was at least one. */
static bool digits_at(const char *s, size_t n, size_t *i)
{
    while (*i < n && s[*i] == ' ')
        (*i)++;
    size_t k = *i;
    while (*i < n && ra_ascii_digit((unsigned char)s[*i]))
        (*i)++;
    return *i > k;
}

/* Is s (n bytes, trimmed) only a page marker: "- 2 -", "Page 2", "Page 2 of 5",
 * "Page 2/5   Initials: ___", "Halaman 2 dari 3", "Hal. 2/3 Paraf: ___",
 * "Halaman / Page 2 / 3   Paraf / Initials: ___"? */
bool ra_line_page_marker(const char *s, size_t n)
{
    size_t i = 0;
    if (titled_page_number(s, n))
        return true;
    if (n && s[0] == '-') {
        i = 1;
        if (!digits_at(s, n, &i))
            return false;
        while (i < n && s[i] == ' ')
            i++;
        return i + 1 == n && s[i] == '-';
    }
    /* a running footer that ends in the page number, after three spaces, a
     * tab, a dash or a bar: "Employment Agreement - Lusail Hotels W.L.L.
     * Page 2 of 3", "BH/PH/6663 - page 2/3", "Employment contract HK/ID/1002 |
     * p. 2 of 3", "PT Cahaya - Perjanjian Penempatan<tab>hal. 1" */
    for (size_t k = 3; k + 4 <= n; k++) { /* "p. 1" at the end: four bytes */
        bool gap = (s[k - 3] == ' ' && s[k - 1] == ' ' &&
                    (s[k - 2] == ' ' || s[k - 2] == '-' || s[k - 2] == '|')) ||
                   s[k - 1] == '\t';
        if (gap && s[k] != ' ' &&
            (ra_ascii_same_ci(s + k, "page ", 5) || ra_ascii_same_ci(s + k, "p. ", 3) ||
             ra_ascii_same_ci(s + k, "pg. ", 4) || ra_ascii_same_ci(s + k, "hlm. ", 5) ||
             ra_ascii_same_ci(s + k, "hal. ", 5) ||
             (n - k > 8 && ra_ascii_same_ci(s + k, "halaman ", 8))) &&
            ra_line_page_marker(s + k, n - k))
            return true;
    }
    static const char *const words[] = {"page", "halaman", "hal.", "hlm.", "p.", "pg.", NULL};
    size_t w = 0;
    while (w < n && ra_ascii_alpha((unsigned char)s[w]))
        w++;
    if (w < n && s[w] == '.')
        w++; /* "hal." */
    if (!ra_ascii_in_list(s, w, words) ||
        !(w == n || s[w] == ' ' || ra_ascii_digit((unsigned char)s[w])))
        return false;
    /* the word in two languages: "Halaman / Page 2 / 3" */
    if (w + 3 < n && !strncmp(s + w, " / ", 3)) {
        size_t k = w + 3, w2 = 0;
        while (k + w2 < n && ra_ascii_alpha((unsigned char)s[k + w2]))
            w2++;
        if (ra_ascii_in_list(s + k, w2, words))
            w = k + w2;
    }
    i = w;
    if (!digits_at(s, n, &i))
        return false;
    size_t j = i;
    while (j < n && s[j] == ' ')
        j++;
    if (j < n && s[j] == '/')
        j++;
    else if (j + 2 < n && (s[j] | 0x20) == 'o' && (s[j + 1] | 0x20) == 'f' && s[j + 2] == ' ')
        j += 2;
    else if (j + 4 < n && !strncmp(s + j, "dari ", 5))
        j += 4;
    else
        j = i;
    if (j > i && !digits_at(s, n, &j)) {
        /* "Page 2 of this document." */
        static const char *const of_what[] = {"this document", "this contract", "this agreement",
                                              "the contract", NULL};
        size_t k = j;
        while (k < n && s[k] == ' ')
            k++;
        bool named = false;
        for (size_t w2 = 0; of_what[w2] && !named; w2++) {
            size_t m = strlen(of_what[w2]);
            if (n - k >= m && ra_ascii_same_ci(s + k, of_what[w2], m) &&
                (k + m == n || s[k + m] == '.' || s[k + m] == ' ')) {
                named = true;
                j = k + m + (k + m < n && s[k + m] == '.');
            }
        }
        if (!named)
            return false;
    }
    while (j < n && s[j] == ' ')
        j++;
    if (j == n)
        return true;
    /* the initials of the parties after the number, or blanks for them:
     * "Initials: ____ / ____", "R14-032   Worker's initials: ______", "Paraf: ____" */
    return ra_ascii_has_word(s + j, n - j, "initials") ||
           ra_ascii_has_word(s + j, n - j, "paraf") ||
           (n - j >= 3 && !strncmp(s + n - 3, "___", 3));
}

/* Is s (n bytes, trimmed) a short heading in title case ("Costs of Deployment",
 * "NINTH: Personal Freedoms", "IX. Travel and Identity Documents"): at most 8
 * words and 80 bytes, no closing punctuation, a small letter somewhere, and every
 * word that starts with a letter starts with a capital, but for a few short
 * linking words (of, and, the, dan ...)? */
bool ra_line_title_heading(const char *s, size_t n)
{
    static const char *const small[] = {"of",   "and", "the", "for", "to", "on",  "in",   "or",
                                        "with", "by",  "a",   "an",  "at", "dan", "atau", "di"};
    if (n == 0 || n > 80 || strchr(".;,:", s[n - 1]) || !(s[0] >= 'A' && s[0] <= 'Z'))
        return false;
    size_t words = 0;
    bool lower = false;
    for (size_t k = 0; k < n;) {
        while (k < n && s[k] == ' ')
            k++;
        size_t w = k;
        while (k < n && s[k] != ' ')
            k++;
        if (k == w)
            break;
        words++;
        for (size_t j = w; j < k; j++)
            lower = lower || (s[j] >= 'a' && s[j] <= 'z');
        if (s[w] >= 'a' && s[w] <= 'z') {
            bool ok = false;
            for (size_t m = 0; m < sizeof small / sizeof *small && !ok; m++)
                ok = strlen(small[m]) == k - w && !memcmp(small[m], s + w, k - w);
            if (!ok)
                return false;
        }
    }
    return lower && words <= 8;
}

/* Words that cannot end a sentence or a heading: a line ending in one goes
 * on ("paid by the" / "Employer's mother"). */
static const char *const open_words[] = {"the", "a",     "an",   "of", "to",  "by",   "and",  "or",
                                         "for", "with",  "from", "in", "at",  "on",   "its",  "her",
                                         "his", "their", "your", "my", "our", "this", "that", NULL};

/* A short heading in sentence case: a capital, at most five words, no
 * closing punctuation, not ending in a word that leaves it open ("Ending
 * the contract", not "The Employer shall pay the"). */
bool ra_line_sentence_heading(const char *s, size_t n)
{
    /* besides the open words: a verb that needs its complement */
    static const char *const verbs[] = {"shall", "will", "may",  "must", "is",   "are", "dan",
                                        "atau",  "di",   "yang", "oleh", "akan", NULL};
    if (n == 0 || n > 60 || strchr(".;,:", s[n - 1]) || !(s[0] >= 'A' && s[0] <= 'Z'))
        return false;
    size_t words = 0, last = 0;
    for (size_t k = 0; k < n; k++)
        if (s[k] != ' ' && (k == 0 || s[k - 1] == ' ')) {
            words++;
            last = k;
        }
    return words <= 5 && !ra_ascii_in_list(s + last, n - last, open_words) &&
           !ra_ascii_in_list(s + last, n - last, verbs);
}

/* Does s[0..n) start with a label and its value: a capital, then at most
 * four words of letters, digits and ' / & + - . (no sentence end), ':',
 * spaces (one, or a run that aligns a column of values) and more text?
 * "Phone: kept by madam", "Rest day:     Sunday". */
/* A form field with its options in boxes or a blank: "Visa, medical and
 * insurance costs:  [ ] worker  [X] employer", "Passport / civil ID held
 * by: ___Sponsor___" (a longer label than a plain one). */
static bool form_field(const char *s, size_t n)
{
    const char *colon = memchr(s, ':', n < 120 ? n : 120);
    if (!colon || ra_line_words(s, (size_t)(colon - s)) > 12)
        return false;
    size_t v = (size_t)(colon - s) + 1;
    while (v < n && s[v] == ' ')
        v++;
    bool blank = v + 2 <= n && !memcmp(s + v, "__", 2);
    return v > (size_t)(colon - s) + 1 && (blank || ra_line_box(s + v, n - v) != 0);
}

bool ra_line_label(const char *s, size_t n)
{
    if (ra_record_key(s, n, false))
        return true; /* a field of a system export: "rest_days_per_week: 1" */
    if (!n || !(s[0] >= 'A' && s[0] <= 'Z'))
        return false;
    if (form_field(s, n))
        return true;
    size_t words = 1;
    for (size_t k = 1; k < n && k < 40; k++) {
        char c = s[k];
        if (c == ':') {
            size_t v = k + 1;
            while (v < n && s[v] == ' ')
                v++;
            return words <= 4 && v > k + 1 && v < n;
        }
        /* a dot leader: "AIR TICKET ....... FREE, TO SITE AND BACK", or a
         * short one of two dots between spaces: "DEPOSIT / BOND .. NONE" */
        if (c == '.' && k + 2 < n && s[k + 1] == '.' &&
            (s[k + 2] == '.' || (s[k + 2] == ' ' && s[k - 1] == ' '))) {
            size_t v = k;
            while (v < n && (s[v] == '.' || s[v] == ' '))
                v++;
            return words <= 4 && v < n;
        }
        if (c == ' ')
            words += s[k - 1] != ' ';
        else if (!ra_ascii_alpha((unsigned char)c) && !ra_ascii_digit((unsigned char)c) &&
                 !strchr("'/&+-.", c) && !((unsigned char)c & 0x80))
            return false;
        if (c == '.' && k + 1 < n && s[k + 1] == ' ')
            return false;
    }
    return false;
}

bool ra_line_open_word(const char *w, size_t n)
{
    return ra_ascii_in_list(w, n, open_words);
}
