/* fuzz_contract.c — libFuzzer target: arbitrary bytes as a contract text,
 * normalised, cut into sentences, its party names read (contract_parties.h)
 * and its views matched against clause patterns with a negation window, as
 * an audit does. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "contract_parties.h"
#include "contract_views.h"
#include "contract_voice.h"
#include "contract_sections.h"
#include "contract_text.h"
#include "rules/regex.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static ra_regex *compile(const char *re)
{
    char msg[256];
    size_t off;
    ra_regex *r = ra_regex_compile(re, msg, sizeof msg, &off);
    if (!r) {
        fprintf(stderr, "bad fuzz pattern: %s\n", msg);
        abort();
    }
    return r;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static ra_pattern keep, neg;
    static ra_pattern_alt_c keep_alt, neg_alt;
    static ra_rx *rx;
    if (!rx) { /* compiled once: the patterns are the program, not the input */
        keep_alt.re = compile("\\b(employer|agency)\\b.{0,80}\\b(keep|retain|hold)\\w*\\b.{0,80}"
                              "\\b(passports?|documents?)\\b");
        neg_alt.re = compile("\\b(not|never|no)\\b");
        keep = (ra_pattern){"keep", &keep_alt, 1};
        neg = (ra_pattern){"neg", &neg_alt, 1};
        rx = ra_rx_new();
        if (!rx)
            abort();
    }
    ra_contract_text t;
    char why[256];
    if (ra_contract_text_parse((const char *)data, size, &t, why, sizeof why) != RA_CT_OK)
        return 0;
    ra_contract_headings(&t);
    ra_parties parties;
    ra_parties_find(&t, &parties);
    ra_voice *voices = malloc((t.n ? t.n : 1) * sizeof *voices);
    if (!voices)
        abort();
    ra_contract_voices(&t, &parties, voices);
    /* false when out of memory: views = texts */
    bool applied = ra_contract_views_build(&t, &parties, voices, size % 2 == 1);
    free(voices);
    for (size_t i = 0; i < t.n; i++) {
        const ra_sentence *s = &t.sentences[i];
        ra_rx_hit hit;
        ra_rx_find(rx, &keep, RA_CODE_NONE, s->view, s->view_len, &neg, 6, &hit);
        if (s->heading)
            ra_rx_find(rx, &keep, RA_CODE_NONE, s->heading, s->heading_len, NULL, 0, &hit);
        /* The line marks: in the view, in order, on lines the sentence spans. */
        ra_line_mark prev = {0, (uint32_t)s->line};
        for (size_t k = s->mark; applied && k < s->mark + s->nmarks; k++) {
            ra_line_mark m = t.marks[k];
            if (m.at < prev.at || m.at > s->view_len || m.line < prev.line ||
                m.line > s->end_line || ra_sentence_line_at(&t, s, m.at) < m.line)
                abort();
            prev = m;
        }
        if (ra_sentence_line_at(&t, s, 0) != s->line &&
            !(s->nmarks && t.marks[s->mark].at == 0))
            abort();
    }
    ra_contract_text_free(&t);
    return 0;
}
