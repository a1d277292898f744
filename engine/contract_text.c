/* contract_text.c — one pass over the text, line by line: clause numbers and
 * blank lines end a sentence, so do '.', '!', '?' and ';' before a space
 * (unless they end a known abbreviation or an initial); sentences are
 * collected with the lines they came from. What kind of line each one is
 * (a heading, a page marker, a label) is contract_lines.c's to say. */
#include "contract_text.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "arena.h"
#include "ascii.h"
#include "contract_lines.h"
#include "contract_records.h"
#include "contract_table.h"
#include "utf8.h"

typedef struct {
    ra_contract_text *t;
    size_t cap_sent, cap_buf, buf_len;
    size_t cap_marks;
    size_t mark0; /* the sentence being built has t->marks[mark0 .. t->nmarks) */
    char *cur;    /* the sentence being built */
    size_t cur_len;
    long cur_line, cur_end;
    bool nomem;
    bool blank;   /* a blank line was seen since the last text line */
    bool page;    /* ... and a page marker ("Page 2 of 5", "- 2 -") among them */
    bool header;  /* the line after a page marker may be a running header */
    bool table;   /* the last line was a table row or a table's separator line */
    bool spaced;  /* the last line was a row of a table laid out with spaces */
    size_t gap_col; /* the last line had two cells: where its second starts; or 0 */
    bool gap_tab;   /* ... after a tab */
    bool record;    /* the last line was a field of a system export (contract_records.h) */
    bool coded;     /* the text has a legend of codes: it is such an export */
    bool heading; /* the sentence being built is a heading line */
    signed char box; /* ... starts with a checklist box (ra_line_box) */
    bool bulleted;   /* ... starts with a bullet or a box */
} builder;

static void flush(builder *b)
{
    size_t n = b->cur_len;
    while (n && b->cur[n - 1] == ' ')
        n--;
    size_t start = 0;
    while (start < n && b->cur[start] == ' ')
        start++;
    /* the bar that closes a table row is no sentence */
    size_t k = start;
    while (k < n && (b->cur[k] == '|' || b->cur[k] == ' '))
        k++;
    if (k == n)
        start = n;
    b->t->nmarks = n > start ? b->t->nmarks : b->mark0;
    if (n > start && !b->nomem) {
        ra_contract_text *t = b->t;
        size_t len = n - start;
        if (!ra_grow((void **)&t->sentences, &b->cap_sent, t->n + 1, sizeof *t->sentences) ||
            !ra_grow((void **)&t->buf, &b->cap_buf, b->buf_len + len + 1, 1)) {
            b->nomem = true;
            return;
        }
        /* its line marks, as offsets in the trimmed text */
        size_t kept = b->mark0;
        for (size_t m = b->mark0; m < t->nmarks; m++)
            if (t->marks[m].at > start && t->marks[m].at < n)
                t->marks[kept++] =
                    (ra_line_mark){(uint32_t)(t->marks[m].at - start), t->marks[m].line};
        t->nmarks = kept;
        memcpy(t->buf + b->buf_len, b->cur + start, len);
        t->buf[b->buf_len + len] = '\0';
        /* buf may still move: text pointers are set once it is complete. */
        t->sentences[t->n++] = (ra_sentence){.len = len,
                                             .line = b->cur_line,
                                             .end_line = b->cur_end,
                                             .offset = b->buf_len,
                                             .view_len = len,
                                             .is_heading = b->heading,
                                             .box = b->box,
                                             .bulleted = b->bulleted,
                                             .mark = b->mark0,
                                             .nmarks = kept - b->mark0};
        b->heading = false;
        b->buf_len += len + 1;
    }
    b->mark0 = b->t->nmarks; /* == mark0 when no sentence was added: marks dropped */
    b->box = 0;
    b->bulleted = false;
    b->cur_len = 0;
    b->cur_line = 0;
}

/* The sentence being built goes on with a byte from another line. */
static void mark_line(builder *b, long line)
{
    ra_contract_text *t = b->t;
    if (!ra_grow((void **)&t->marks, &b->cap_marks, t->nmarks + 1, sizeof *t->marks)) {
        b->nomem = true;
        return;
    }
    t->marks[t->nmarks++] = (ra_line_mark){(uint32_t)b->cur_len, (uint32_t)line};
}

static void put(builder *b, char c, long line)
{
    if (c == ' ' && (b->cur_len == 0 || b->cur[b->cur_len - 1] == ' '))
        return; /* collapse runs of spaces, none at the start */
    /* A bounded subject for every pattern, cut between characters. */
    if (b->cur_len >= RA_SENTENCE_MAX - 4 && ((unsigned char)c & 0xC0) != 0x80)
        flush(b);
    if (b->cur_len == 0)
        b->cur_line = line;
    else if (line != b->cur_end)
        mark_line(b, line);
    b->cur[b->cur_len++] = c;
    b->cur_end = line;
}

/* Abbreviations after which '.' does not end a sentence. */
static bool abbreviation_before(const builder *b)
{
    static const char *const abbr[] = {"e.g", "i.e", "no",  "art", "arts", "para", "mr",   "mrs",
                                       "ms",  "dr",  "st",  "vs",  "rs",   "etc",  "mdm",  "sdn",
                                       "bhd", "co",  "pte", "pvt", "maks", "max",  "min",  "approx",
                                       "hrs", "yrs", "mos", "tel", "emp",  "mth",  "mths", NULL};
    size_t end = b->cur_len - 1; /* the '.' */
    size_t start = end;
    while (start > 0 && b->cur[start - 1] != ' ')
        start--;
    /* a form's blank or a bracket before the word: "___max. 10 a day", "(approx. 3 km)" */
    while (start < end && (b->cur[start] == '_' || b->cur[start] == '(' || b->cur[start] == '['))
        start++;
    size_t n = end - start;
    if (n == 1 && ra_ascii_alpha((unsigned char)b->cur[start]))
        return true; /* an initial: "J. Cruz" */
    if (start == 0 && n >= 2 && n <= 3 && strchr("QAJTP", b->cur[0]) &&
        ra_ascii_digit((unsigned char)b->cur[1]) && ra_ascii_digit((unsigned char)b->cur[n - 1]))
        return true; /* a numbered question or answer: "Q8. Can I ...", "A8. Not allowed." */
    size_t dots = 0;
    while (dots < n && b->cur[start + dots] == '.')
        dots++;
    if (n >= 1 && dots == n)
        return true; /* a dot leader between a label and its value: "Monthly wage: ...... S$700;",
                      * "DEPOSIT / BOND .. NONE" */
    return ra_ascii_in_list(b->cur + start, n, abbr);
}

/* Does the text end in a word of exactly three dots ("...")? */
static bool three_dots_before(const builder *b)
{
    size_t n = b->cur_len;
    return n >= 3 && !memcmp(b->cur + n - 3, "...", 3) && (n == 3 || b->cur[n - 4] == ' ');
}

/* Does the text end in "a.m." or "p.m." (the '.' just put)? */
static bool time_of_day_before(const builder *b)
{
    if (b->cur_len < 4)
        return false;
    const char *e = b->cur + b->cur_len - 4; /* "a.m." */
    bool start = b->cur_len == 4 || e[-1] == ' ' || ra_ascii_digit((unsigned char)e[-1]);
    return start && ((e[0] | 0x20) == 'a' || (e[0] | 0x20) == 'p') && e[1] == '.' &&
           (e[2] | 0x20) == 'm' && e[3] == '.';
}

/* Is a clause number at the start of a line ("(24) ", "28.590 ") in fact the
 * middle of the sentence the previous line left open? It is when that
 * sentence ends in a word, an amount or a currency sign (not ':' or other
 * punctuation, which introduce a list), the "number" is made of digits only
 * (letters, "(b)", are list items), and a lower-case word follows it: a
 * number written out and then in figures, or an amount wrapped to the next
 * line. */
static bool continues_sentence(const builder *b, const char *s, size_t num, size_t n)
{
    if (b->cur_len == 0)
        return false;
    unsigned char prev = (unsigned char)b->cur[b->cur_len - 1];
    if (!ra_ascii_alpha(prev) && !ra_ascii_digit(prev) && prev != '$')
        return false;
    for (size_t k = 0; k + 1 < num; k++)
        if (!ra_ascii_digit((unsigned char)s[k]) && s[k] != '(' && s[k] != ')' && s[k] != '.' &&
            s[k] != ',')
            return false;
    return num < n && s[num] >= 'a' && s[num] <= 'z';
}

/* Does the pending sentence end in a word that cannot end one ("paid by
 * the", "a copy of")? Then the next line continues it, whatever it looks like. */
static bool open_word_before(const builder *b)
{
    size_t e = b->cur_len, k = e;
    while (k && ra_ascii_alpha((unsigned char)b->cur[k - 1]))
        k--;
    return k < e && (k == 0 || b->cur[k - 1] == ' ') && ra_line_open_word(b->cur + k, e - k);
}

/* Appends one line (no LF) to the sentences, applying the normalisation.
 * next is the first character of the next line (0 when it is blank or there
 * is none). */
/* The length of the text before a running footer that ends the line s[0..n)
 * after a gap of two spaces or more, or 0 when there is none. */
static size_t trailing_footer(const char *s, size_t n)
{
    if (!n || !ra_ascii_digit((unsigned char)s[n - 1]))
        return 0; /* a footer ends in its page number */
    for (size_t e = 1; e + 2 < n; e++) {
        if (s[e] != ' ' || s[e + 1] != ' ' || s[e - 1] == ' ')
            continue;
        size_t f = e;
        while (f < n && s[f] == ' ')
            f++;
        /* the footer: at most ten words, the page number last ("Worker's
         * initials: ______        page 1") */
        if (f < n && ra_line_words(s + f, n - f) <= 10 && ra_line_page_marker(s + f, n - f))
            return e;
    }
    return 0;
}

static bool has_small_letter(const char *s, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (s[k] >= 'a' && s[k] <= 'z')
            return true;
    return false;
}

/* Is s[0..n) running text, not a title: two words or more in small letters,
 * or a last word in small letters ("Instruct the sponsor that the
 * housekeeper must", "The Worker must"; not "Employment Agreement - Lusail
 * Hotels W.L.L." or "Worker's initials: ______")? */
static bool running_text(const char *s, size_t n)
{
    size_t small = 0, last = 0;
    for (size_t k = 0; k < n; k++)
        if (k == 0 || s[k - 1] == ' ') {
            last = k;
            small += s[k] >= 'a' && s[k] <= 'z';
        }
    return small >= 2 || (n && s[last] >= 'a' && s[last] <= 'z');
}

/* A gap between the cells of a table laid out with spaces or tabs, at s[k]
 * after a cell's text: a tab, or three spaces or more. Where the next cell
 * starts (0 when there is no gap, or no cell after it); *tab: the gap holds
 * a tab. */
static size_t gap_end(const char *s, size_t n, size_t k, bool *tab)
{
    if (k == 0 || s[k - 1] == ' ' || s[k - 1] == '\t' ||
        !(s[k] == '\t' || (k + 3 < n && s[k] == ' ' && s[k + 1] == ' ' && s[k + 2] == ' ')))
        return 0;
    size_t e = k;
    *tab = false;
    for (; e < n && (s[e] == ' ' || s[e] == '\t'); e++)
        *tab = *tab || s[e] == '\t';
    return e < n ? e : 0;
}

static void add_line(builder *b, const char *s, size_t n, long line, char next, bool caps_end,
                     bool next_starts)
{
    while (n && (s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    /* The marks of an e-mail's quoted text ("> ", ">> "): the text as if
     * unquoted, so that a quoted sentence wrapped over lines is one; a line
     * of marks alone is a blank line. */
    if (i < n && s[i] == '>' && (i + 1 == n || s[i + 1] == ' ' || s[i + 1] == '>')) {
        while (i < n && (s[i] == '>' || s[i] == ' ' || s[i] == '\t'))
            i++;
    }
    /* A frame drawn around a paragraph ("|   dismissed because you are
     * pregnant.   |"): the text inside it, as if unframed. */
    if (n - i >= 2 && s[i] == '|' && s[n - 1] == '|' && !memchr(s + i + 1, '|', n - i - 2)) {
        i++;
        n--;
        while (n > i && (s[n - 1] == ' ' || s[n - 1] == '\t'))
            n--;
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
    }
    if (i == n) {
        b->blank = true; /* a blank line ends a paragraph (see below) */
        return;
    }
    /* A page marker ("Page 2 of 5", "- 2 -") is dropped, and so is a short
     * running header on the next line ("Contract Ref. QA-4116", followed by a
     * blank line): a sentence cut by a page break goes on when the text after
     * the break starts with a small letter. */
    /* A running footer left at the end of a line of running text, after a
     * gap ("... the housekeeper must   SOP / contract 014 - page 1"): the
     * text, then a page break. (A footer's own title before the page,
     * "Employment Agreement - Lusail Hotels W.L.L.     Page 2 of 3", is no
     * running text: the whole line is the marker.) */
    size_t text_len = trailing_footer(s + i, n - i);
    if (text_len && running_text(s + i, text_len)) {
        add_line(b, s, i + text_len, line, next, caps_end, next_starts);
        b->page = b->header = true;
        return;
    }
    if (ra_line_page_marker(s + i, n - i)) {
        b->page = b->header = true;
        return;
    }
    if (b->header && b->blank && next == 0 && n - i <= 60 && !strchr(".;:,?!", s[n - 1]) &&
        s[i] >= 'A' && s[i] <= 'Z') {
        if (ra_line_words(s + i, n - i) <= 6) {
            b->header = false;
            return;
        }
    }
    /* Running headers in capitals right after the page marker, while the
     * page break left a sentence in small letters open (in a text all in
     * capitals such a line may go on with the sentence): "8. Disputes. The Worker shall refer
     * any grievance solely to the Agency's" / "Page 1 of 2" / "GOLDEN CREST
     * MANPOWER AGENCY INC." / "- CONFIDENTIAL -" / "coordinator in Riyadh
     * ...". */
    if (b->header && b->cur_len && !strchr(".;:?!", b->cur[b->cur_len - 1]) && n - i <= 60 &&
        !strchr(";,?!", s[n - 1]) && ra_line_words(s + i, n - i) <= 6 &&
        !has_small_letter(s + i, n - i) && has_small_letter(b->cur, b->cur_len)) {
        b->page = true;
        return;
    }
    /* A running header in any case, right after the page marker, between
     * the two halves of a sentence the break left open: it starts with a
     * capital, the next line goes on in small letters ("... may be held back"
     * / "Page 1 of 3" / "Domestic Worker Employment Contract – Ref. RYD-0418"
     * / "by the First Party ..."), with no blank line since the text (after
     * one, a label line such as "Return ticket: paid by the" starts anew). */
    if (b->header && !b->blank && b->cur_len && !strchr(".;:?!", b->cur[b->cur_len - 1]) &&
        n - i <= 80 && !strchr(".;:,?!", s[n - 1]) && ra_line_words(s + i, n - i) <= 10 &&
        s[i] >= 'A' && s[i] <= 'Z' && next >= 'a' && next <= 'z') {
        b->header = false;
        b->page = true;
        return;
    }
    b->header = false;
    /* ... and so does one the page break left open by a word like "the" */
    if (b->blank && !(b->page && ((s[i] >= 'a' && s[i] <= 'z') || open_word_before(b))))
        flush(b);
    b->blank = b->page = false;
    /* A table: its separator line ("--- | --- | ---") is dropped, and each row
     * ("Placement fee | PHP 58,000 | the Worker") is a sentence of its own, so
     * that rows written without a full stop are not read as one sentence. A
     * row has two cell bars " | ", or one right after a separator or another
     * row (a text in two columns was split before it got here). */
    size_t bars = 0;
    bool rule_line = true;
    for (size_t k = i; k < n; k++) {
        bars += s[k] == '|' && (k == i || s[k - 1] == ' ') && (k + 1 == n || s[k + 1] == ' ');
        rule_line = rule_line && strchr("-|:+= ", s[k]) != NULL;
    }
    /* "-----+------+---" and "|-----|-----|" rule a table too */
    bool ruled = rule_line && memchr(s + i, '-', n - i) &&
                 (memchr(s + i, '+', n - i) || memchr(s + i, '|', n - i));
    if (rule_line && (bars || ruled)) {
        flush(b);
        b->table = true;
        return;
    }
    /* A table laid out with spaces or tabs: a line with two gaps (three
     * spaces or more, or a tab) between its cells ("Pre-departure loan   PHP
     * 58,000   Repaid by the Worker"), or one such gap right after another
     * such line, is a row too; so is a line of two cells right after another
     * whose second cell starts in the same column (or after a tab), as in a
     * table of terms and their values ("Monthly salary     MYR 1,700" /
     * "Rest day           Sunday"). */
    size_t gaps = 0, col = 0;
    bool tabbed = false;
    for (size_t k = i + 1; k < n; k++) {
        bool tab;
        size_t e = gap_end(s, n, k, &tab);
        if (!e)
            continue;
        if (!gaps++) {
            col = e;
            tabbed = tab;
        }
        k = e;
    }
    bool two_cells = gaps == 1 && b->gap_col && (tabbed ? b->gap_tab : col == b->gap_col);
    /* a term and its value, which may wrap onto lines indented to the
     * value's column: the row ends with its line only as a label line does */
    bool wide = gaps >= 2 || (gaps == 1 && b->spaced); /* a row of three cells or more */
    bool pair = two_cells && !wide;
    bool spaced = wide || pair;
    b->spaced = wide && !bars;
    /* a value wrapped onto a line indented to its column keeps the column
     * for the row after it ("Passport      stays with the worker; the" /
     * "              company does not collect passports" / "Early departure
     * a worker who ...") */
    b->gap_col = gaps == 1 && !bars ? col : !gaps && b->gap_col && i == b->gap_col ? b->gap_col : 0;
    b->gap_tab = tabbed;
    bool row = bars >= 2 || (bars && b->table) || (spaced && !bars);
    b->table = row && bars;
    if (row)
        flush(b);
    /* A "label: value" line ("Phone: kept by madam", "Rest day: Sunday") starts
     * a sentence: offer sheets and forms leave such lines without a full stop.
     * Not after a lead-in ending in ':' ("The Worker pays the following:"),
     * whose first item belongs to it. */
    /* a record's field ("rest_days_per_week: 1"; a plain "curfew: NIL"
     * among fields, or in a text with a legend) is a label line too */
    bool field = ra_record_key(s + i, n - i, b->record || b->coded) > 0;
    bool label = !row && (field || ra_line_label(s + i, n - i));
    b->record = field;
    if (label && b->cur_len && b->cur[b->cur_len - 1] != ':' && !open_word_before(b))
        flush(b);
    /* A heading in capitals ("WAGES", "HOURS OF WORK") is a clause of its own:
     * a short line of capitals (at most 8 words, no closing punctuation) that
     * starts a clause. In a contract written all in capitals, a line that
     * continues an unfinished sentence is not a heading, however short. */
    bool upper = false, lower = false;
    size_t words = 0;
    for (size_t k = i; k < n && n - i < 120; k++) {
        upper = upper || (s[k] >= 'A' && s[k] <= 'Z');
        lower = lower || (s[k] >= 'a' && s[k] <= 'z');
        words += s[k] != ' ' && (k == i || s[k - 1] == ' ');
    }
    char last = s[n - 1];
    size_t num = ra_line_clause_number(s + i, n - i);
    if (num && continues_sentence(b, s + i, num, n - i))
        num = 0; /* "twenty-four\n(24) consecutive hours", "NT$\n28.590 per bulan" */
    /* A long line of capitals whose sentence ends on the next line, also in
     * capitals, is the first line of a wrapped sentence, not a heading:
     * "BIAYA PELATIHAN, PEMERIKSAAN KESEHATAN DAN TIKET PESAWAT DITANGGUNG" /
     * "SENDIRI OLEH PEKERJA." in a contract written all in capitals. */
    bool wrapped = caps_end && n - i >= 40;
    bool heading = (upper && !lower && n - i < 120 && words <= 8 && last != '.' && last != ';' &&
                    last != ',' && last != ':' && (num || b->cur_len == 0) && !wrapped) ||
                   ra_line_article_label(s + i, n - i);
    /* The label of a list in capitals, right above its first item: "DON'T:" /
     * "- have a boyfriend", "JANGAN:" / "• keluar rumah sendirian". */
    if (!heading && upper && !lower && words <= 4 && last == ':' && !num &&
        (next == '-' || next == '*' || next == '[' || (unsigned char)next == 0xE2))
        heading = true;
    /* A short line in title case that starts a clause and is not followed by a
     * small letter (which would continue it) is a heading too: "9. Costs of
     * Deployment", "H. Personal Freedoms", "Section 8 - Recruitment Costs". */
    if (!heading && (num || b->cur_len == 0) && !(next >= 'a' && next <= 'z'))
        heading = ra_line_title_heading(s + i + num, n - i - num);
    /* A numbered line in sentence case with a clause starting on the next
     * line: "9. Ending the contract" / "If you stop ...", "7. Biaya
     * penempatan". */
    if (!heading && num && next >= 'A' && next <= 'Z')
        heading = ra_line_sentence_heading(s + i + num, n - i - num);
    if (heading) {
        flush(b);
        b->heading = true; /* the sentences know which lines were headings */
    }
    if (num) {
        flush(b);
        b->box = (signed char)ra_line_box(s + i, num);
        /* a list item: a bullet, a box or a letter ("- ", "• ", "[x] ", "(b) ",
         * "c. "), not a number ("7.", "(2)") */
        b->bulleted = !ra_ascii_digit((unsigned char)s[i]) &&
                      !(s[i] == '(' && ra_ascii_digit((unsigned char)s[i + 1]));
        i += num;
    } else if (b->cur_len >= 2 && b->cur[b->cur_len - 1] == '-' &&
               ra_ascii_alpha((unsigned char)b->cur[b->cur_len - 2]) && s[i] >= 'a' &&
               s[i] <= 'z') {
        b->cur_len--; /* "deduc-" + "tion": one word again */
    } else {
        put(b, ' ', line);
    }
    /* the cells of a row laid out with spaces are written as a table's,
     * between bars ("Placement fee | SGD 2,400 | Worker") */
    bool cells = row && spaced && !bars;
    for (; i < n && !b->nomem; i++) {
        unsigned char c = (unsigned char)s[i];
        bool tab;
        size_t e = cells && i && s[i - 1] != ':' ? gap_end(s, n, i, &tab) : 0;
        if (e) {
            put(b, ' ', line);
            put(b, '|', line);
            put(b, ' ', line);
            i = e - 1;
            continue;
        }
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
            unsigned char d = (unsigned char)s[i + 2];
            char r = d == 0x98 || d == 0x99 || d == 0x9B ? '\''
                     : d == 0x9C || d == 0x9D            ? '"'
                     : (d >= 0x90 && d <= 0x95)          ? '-'
                                                         : 0;
            if (r) {
                put(b, r, line);
                i += 2;
                continue;
            }
        }
        if (c == 0xEF && i + 2 < n && (unsigned char)s[i + 1] == 0xAC &&
            (unsigned char)s[i + 2] <= 0x84) {
            /* a ligature from a PDF: "ﬁxed", "ﬂight", "oﬀice" */
            static const char *const lig[] = {"ff", "fi", "fl", "ffi", "ffl"};
            for (const char *l = lig[(unsigned char)s[i + 2] - 0x80]; *l; l++)
                put(b, *l, line);
            i += 2;
            continue;
        }
        if ((c == '0' || c == '1') && b->cur_len && i + 1 < n &&
            ra_ascii_alpha((unsigned char)b->cur[b->cur_len - 1]) &&
            ra_ascii_alpha((unsigned char)s[i + 1]) &&
            (c == '0' || (b->cur[b->cur_len - 1] >= 'a' && s[i + 1] >= 'a'))) {
            /* a letter read as a digit inside a word: "examinati0n", "Ind0nesia",
             * "emp1oyer" */
            put(b, c == '0' ? 'o' : 'l', line);
            continue;
        }
        if (c == 0xC2 && i + 1 < n && ((unsigned char)s[i + 1] == 0xA0)) {
            put(b, ' ', line); /* no-break space */
            i++;
            continue;
        }
        if (c == 0xC2 && i + 1 < n && ((unsigned char)s[i + 1] == 0xAD)) {
            i++; /* soft hyphen */
            continue;
        }
        put(b, c == '\t' ? ' ' : (char)c, line);
        /* marks that close what the sentence opened go with it: '."', ".)",
         * the ".+}" of a tracked insertion, the ".~~" of a struck passage */
        bool stop = c == '.' || c == '!' || c == '?' || c == ';';
        size_t close = i + 1;
        while (stop && close < n && close < i + 4 && strchr("\")]}'~+", s[close]))
            close++;
        bool end = stop && (close == n || s[close] == ' ' || s[close] == '\t');
        if (end && c == '.' && abbreviation_before(b))
            end = false;
        if (end && c == '.' && time_of_day_before(b) && i + 2 < n &&
            !(s[i + 2] >= 'A' && s[i + 2] <= 'Z'))
            end = false; /* "from 8 a.m. to 5 p.m." (a capital after it starts a sentence) */
        if (end && c == '.' && i + 1 < n && three_dots_before(b))
            end = false; /* a short leader with its value after it: "Penalty ... none;" */
        if (end) {
            for (; i + 1 < close; i++)
                put(b, s[i + 1], line);
            flush(b);
        }
    }
    /* ... and ends with its line when the next line plainly starts a sentence
     * (another label, or "The", "Your", "She" ...), unless it is left open by a
     * word like "the" ("Duties: caring for the" / "Employer's mother"). */
    if (heading || (row && !pair) || ((label || pair) && next_starts && !open_word_before(b)))
        flush(b);
}

/* Is the line starting at i the end of a sentence in capitals: no small
 * letter, no clause number, not a page marker, ending in '.' or ';'? */
static bool caps_sentence_end(const char *data, size_t i, size_t len)
{
    while (i < len && (data[i] == ' ' || data[i] == '\t'))
        i++;
    size_t e = i;
    bool upper = false;
    while (e < len && data[e] != '\n' && data[e] != '\r') {
        if (data[e] >= 'a' && data[e] <= 'z')
            return false;
        upper = upper || (data[e] >= 'A' && data[e] <= 'Z');
        e++;
    }
    while (e > i && (data[e - 1] == ' ' || data[e - 1] == '\t'))
        e--;
    return upper && (data[e - 1] == '.' || data[e - 1] == ';') &&
           ra_line_clause_number(data + i, e - i) == 0 && !ra_line_page_marker(data + i, e - i);
}

/* Does the line starting at i plainly start a sentence: a label line, or a
 * first word such as "The", "Your", "She", "No" followed by a space? */
static bool starts_sentence(const char *data, size_t i, size_t len)
{
    static const char *const first[] = {"the",   "a",   "an",  "this", "these", "her", "his",
                                        "your",  "you", "she", "he",   "we",    "it",  "its",
                                        "their", "our", "all", "each", "every", "no",  "any",
                                        "if",    "in",  "on",  NULL};
    while (i < len && (data[i] == ' ' || data[i] == '\t'))
        i++;
    size_t e = i;
    while (e < len && data[e] != '\n' && data[e] != '\r')
        e++;
    if (i == e || !(data[i] >= 'A' && data[i] <= 'Z'))
        return false;
    if (ra_line_label(data + i, e - i))
        return true;
    size_t k = i;
    while (k < e && ra_ascii_alpha((unsigned char)data[k]))
        k++;
    return k < e && data[k] == ' ' && ra_ascii_in_list(data + i, k - i, first);
}

/* The first character of the line starting at i, after spaces and tabs; 0 when
 * the line is blank or there is none. */
static char next_start(const char *data, size_t i, size_t len)
{
    while (i < len && (data[i] == ' ' || data[i] == '\t'))
        i++;
    return i < len && data[i] != '\n' && data[i] != '\r' ? data[i] : 0;
}

/* The one column separator of a line: a '|' with a space on each side, the
 * only '|' of the line, at least 20 characters in; or NULL. */
static const char *column_bar(const char *s, size_t n)
{
    const char *bar = memchr(s, '|', n);
    if (!bar || memchr(bar + 1, '|', n - (size_t)(bar - s) - 1))
        return NULL;
    size_t at = (size_t)(bar - s), chars = 0;
    for (size_t k = 0; k < at; k++)
        chars += ((unsigned char)s[k] & 0xC0) != 0x80;
    bool spaced = at > 0 && s[at - 1] == ' ' && (at + 1 == n || s[at + 1] == ' ');
    return spaced && chars >= 20 ? bar : NULL;
}

/* Is the text laid out in two columns: at least 10 lines, and 40% of the
 * lines that are not blank, hold one column separator? (A table of labels
 * and values in a schedule is a small part of a contract; a table of three
 * columns has two bars a line.) */
static bool two_columns(const char *data, size_t start, size_t len)
{
    size_t lines = 0, split = 0;
    for (size_t i = start; i < len;) {
        const char *lf = memchr(data + i, '\n', len - i);
        size_t end = lf ? (size_t)(lf - data) : len;
        size_t k = i;
        while (k < end && (data[k] == ' ' || data[k] == '\t' || data[k] == '\r'))
            k++;
        if (k < end) {
            lines++;
            split += column_bar(data + i, end - i) != NULL;
        }
        i = end + 1;
    }
    return split >= 10 && split * 10 >= lines * 4;
}

/* Narrows [*from, *to) to the left (pass 0) or right (pass 1) column of a
 * line; a line without a separator belongs to the left column whole, and is
 * blank in the right one. */
static void column_part(const char *data, size_t *from, size_t *to, int pass)
{
    const char *bar = column_bar(data + *from, *to - *from);
    if (!bar) {
        if (pass == 1)
            *to = *from;
        return;
    }
    size_t at = (size_t)(bar - data);
    if (pass == 0)
        *to = at;
    else
        *from = at + 1;
}

void ra_contract_text_free(ra_contract_text *t)
{
    free(t->buf);
    free(t->vbuf);
    free(t->sentences);
    free(t->marks);
    ra_legend_free(&t->legend);
    memset(t, 0, sizeof *t);
}

long ra_sentence_line_at(const ra_contract_text *t, const ra_sentence *s, size_t at)
{
    long line = s->line;
    for (size_t k = s->mark; k < s->mark + s->nmarks && t->marks[k].at <= at; k++)
        line = t->marks[k].line;
    return line;
}

ra_ct_status ra_contract_text_parse(const char *data, size_t len, ra_contract_text *out, char *why,
                                    size_t whysize)
{
    memset(out, 0, sizeof *out);
    out->bytes = len;
    if (memchr(data, '\0', len)) {
        if (why)
            snprintf(why, whysize, "holds a NUL byte: binary data, not text");
        return RA_CT_BINARY;
    }
    size_t bad = ra_utf8_check((const unsigned char *)data, len);
    if (bad != len) {
        if (why)
            snprintf(why, whysize, "is not valid UTF-8 (byte %zu)", bad + 1);
        return RA_CT_BINARY;
    }
    size_t start = len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3) ? 3 : 0;
    builder b = {.t = out};
    if (!ra_legend_read(data + start, len - start, &out->legend)) {
        if (why)
            snprintf(why, whysize, "out of memory");
        return RA_CT_IO;
    }
    b.coded = out->legend.n > 0;
    b.cur = malloc(RA_SENTENCE_MAX + 8);
    /* a table row whose cells wrap, joined (contract_table.h) */
    char *row = malloc(RA_SENTENCE_MAX);
    if (!b.cur || !row) {
        free(b.cur);
        free(row);
        ra_legend_free(&out->legend);
        if (why)
            snprintf(why, whysize, "out of memory");
        return RA_CT_IO;
    }
    /* A text in two columns ("English | Indonesia") is read as two texts, the
     * left column and then the right one, each line keeping its number. */
    bool columns = two_columns(data, start, len);
    for (int pass = 0; pass < (columns ? 2 : 1) && !b.nomem; pass++) {
        long line = 1;
        for (size_t i = start; i < len && !b.nomem;) {
            size_t row_len, after,
                spanned = columns ? 0
                                  : ra_table_row_join(data, i, len, row, RA_SENTENCE_MAX, &row_len,
                                                      &after);
            if (spanned) {
                size_t before = out->n;
                add_line(&b, row, row_len, line, next_start(data, after, len),
                         caps_sentence_end(data, after, len), starts_sentence(data, after, len));
                if (out->n > before) /* the row's last sentence ends on its last line */
                    out->sentences[out->n - 1].end_line = line + (long)spanned - 1;
                line += (long)spanned;
                i = after;
                continue;
            }
            const char *lf = memchr(data + i, '\n', len - i);
            size_t end = lf ? (size_t)(lf - data) : len;
            /* A lone CR (old Mac line ends) also ends a line. */
            const char *cr = memchr(data + i, '\r', end - i);
            size_t next = end + 1;
            if (cr && (size_t)(cr - data) + 1 < end)
                next = (end = (size_t)(cr - data)) + 1;
            size_t from = i, to = end;
            if (columns)
                column_part(data, &from, &to, pass);
            add_line(&b, data + from, to - from, line++, columns ? 0 : next_start(data, next, len),
                     !columns && caps_sentence_end(data, next, len),
                     !columns && starts_sentence(data, next, len));
            i = next;
        }
        flush(&b);
        b.blank = b.page = b.header = false;
    }
    free(b.cur);
    free(row);
    if (b.nomem) {
        ra_contract_text_free(out);
        if (why)
            snprintf(why, whysize, "out of memory");
        return RA_CT_IO;
    }
    for (size_t k = 0; k < out->n; k++)
        out->sentences[k].text = out->sentences[k].view = out->buf + out->sentences[k].offset;
    out->bytes = len;
    return RA_CT_OK;
}

ra_ct_status ra_contract_text_load(const char *path, ra_contract_text *out, char *why,
                                   size_t whysize)
{
    memset(out, 0, sizeof *out);
    struct stat st;
    /* lstat: a symbolic link is not followed (it could point outside). */
    if (lstat(path, &st) != 0) {
        if (why)
            snprintf(why, whysize, "%s",
                     errno == ENOENT ? "no such contract file" : strerror(errno));
        return RA_CT_MISSING;
    }
    if (!S_ISREG(st.st_mode)) {
        if (why)
            snprintf(why, whysize, "%s",
                     S_ISLNK(st.st_mode) ? "is a symbolic link: not followed"
                                         : "is not a regular file");
        return RA_CT_MISSING;
    }
    if (st.st_size > RA_CONTRACT_MAX) {
        if (why)
            snprintf(why, whysize, "is %lld bytes, over the %d MiB contract limit: not scanned",
                     (long long)st.st_size, RA_CONTRACT_MAX / (1024 * 1024));
        return RA_CT_TOO_LARGE;
    }
    FILE *f = fopen(path, "rb");
    char *data = f ? malloc((size_t)st.st_size + 1) : NULL;
    size_t n = data ? fread(data, 1, (size_t)st.st_size, f) : 0;
    bool ok = f && data && !ferror(f) && n == (size_t)st.st_size;
    if (f)
        fclose(f);
    if (!ok) {
        free(data);
        if (why)
            snprintf(why, whysize, "cannot be read: %s", strerror(errno));
        return RA_CT_IO;
    }
    ra_ct_status s = ra_contract_text_parse(data, n, out, why, whysize);
    free(data);
    return s;
}
