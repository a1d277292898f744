/* national.c — merging audit summaries into national figures, with
 * primary and secondary suppression of small cells. */
#include "national.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "intern.h"

#define ALL "*"

typedef struct {
    uint16_t k[RA_NAT_DIMS]; /* value indexes per dimension; 0 = "*" */
    ra_num ratio;
} sample;

typedef struct {
    ra_strmap values[RA_NAT_DIMS]; /* value → index (1-based) */
    const char **names[RA_NAT_DIMS];
    size_t nnames[RA_NAT_DIMS], cap[RA_NAT_DIMS];
} dictionary;

static uint16_t intern_value(dictionary *d, int dim, const char *v, bool *nomem)
{
    uint32_t idx;
    if (ra_strmap_get(&d->values[dim], v, strlen(v), &idx))
        return (uint16_t)idx;
    if (d->nnames[dim] >= 65000) {
        *nomem = true;
        return 0;
    }
    idx = (uint32_t)d->nnames[dim] + 1;
    const char *key = NULL;
    if (ra_strmap_put(&d->values[dim], v, strlen(v), idx, NULL, &key) < 0) {
        *nomem = true;
        return 0;
    }
    if (d->nnames[dim] == d->cap[dim]) {
        size_t cap = d->cap[dim] ? d->cap[dim] * 2 : 32;
        const char **n = realloc(d->names[dim], cap * sizeof *n);
        if (!n) {
            *nomem = true;
            return 0;
        }
        d->names[dim] = n;
        d->cap[dim] = cap;
    }
    d->names[dim][d->nnames[dim]++] = key;
    return (uint16_t)idx;
}

static const char *value_name(const dictionary *d, int dim, uint16_t k)
{
    return k ? d->names[dim][k - 1] : ALL;
}

static int cmp_sample(const void *pa, const void *pb)
{
    const sample *a = pa, *b = pb;
    for (int i = 0; i < RA_NAT_DIMS; i++)
        if (a->k[i] != b->k[i])
            return a->k[i] < b->k[i] ? -1 : 1;
    return ra_num_cmp(a->ratio, b->ratio);
}

/* ---- cells ----------------------------------------------------------------------- */

typedef struct {
    ra_nat_cell *cells;
    size_t n, cap;
    unsigned *mask;  /* per cell: which dimensions are set */
    ra_strmap index; /* "mask|k0|k1|k2|k3" → cell */
} cellset;

static void cell_key(unsigned mask, const char keys[RA_NAT_DIMS][24], char *out, size_t size)
{
    snprintf(out, size, "%u|%s|%s|%s|%s", mask, keys[0], keys[1], keys[2], keys[3]);
}

static bool add_cell(cellset *cs, unsigned mask, const ra_nat_cell *c)
{
    if (cs->n == cs->cap) {
        size_t cap = cs->cap ? cs->cap * 2 : 256;
        ra_nat_cell *nc = realloc(cs->cells, cap * sizeof *nc);
        if (!nc)
            return false;
        cs->cells = nc;
        unsigned *nm = realloc(cs->mask, cap * sizeof *nm);
        if (!nm)
            return false;
        cs->mask = nm;
        cs->cap = cap;
    }
    char key[160];
    cell_key(mask, c->key, key, sizeof key);
    if (ra_strmap_put(&cs->index, key, strlen(key), (uint32_t)cs->n, NULL, NULL) < 0)
        return false;
    cs->cells[cs->n] = *c;
    cs->mask[cs->n] = mask;
    cs->n++;
    return true;
}

/* Means and medians of every group of one mask. */
static bool summarise_mask(cellset *cs, const dictionary *d, sample *s, size_t n, unsigned mask)
{
    if (n)
        qsort(s, n, sizeof *s, cmp_sample);
    for (size_t i = 0; i < n;) {
        size_t j = i;
        /* As for one audit (indicators.c): ratios rounded to 18 decimals are
         * summed over one denominator; medians are exact. */
        ra_num sum = {0, (__int128)1000000000 * 1000000000}, r;
        while (j < n && !memcmp(s[j].k, s[i].k, sizeof s[i].k)) {
            if (!ra_num_round(s[j].ratio, 18, &r) || __builtin_add_overflow(sum.n, r.n, &sum.n))
                return false;
            j++;
        }
        size_t m = j - i;
        ra_nat_cell c = {.n = (uint32_t)m};
        for (int k = 0; k < RA_NAT_DIMS; k++)
            snprintf(c.key[k], sizeof c.key[k], "%s", value_name(d, k, s[i].k[k]));
        if (!ra_num_div(sum, ra_num_int((int64_t)m), &c.mean))
            return false;
        if (m % 2)
            c.median = s[i + m / 2].ratio;
        else if (!ra_num_add(s[i + m / 2 - 1].ratio, s[i + m / 2].ratio, &c.median) ||
                 !ra_num_div(c.median, ra_num_int(2), &c.median))
            return false;
        if (!add_cell(cs, mask, &c))
            return false;
        i = j;
    }
    return true;
}

/* Secondary suppression: while some published total has exactly one
 * suppressed child along a dimension, suppress that child's smallest
 * published sibling too (or the total, if it has no other child), so the
 * suppressed figure cannot be derived by subtraction. Linear per pass: each
 * cell knows its parent along each of its dimensions. */
static bool secondary(cellset *cs)
{
    size_t n = cs->n;
    size_t *parent = malloc((n ? n : 1) * RA_NAT_DIMS * sizeof *parent);
    size_t *supp = malloc((n ? n : 1) * RA_NAT_DIMS * sizeof *supp);
    size_t *smallest = malloc((n ? n : 1) * RA_NAT_DIMS * sizeof *smallest);
    if (!parent || !supp || !smallest) {
        free(parent);
        free(supp);
        free(smallest);
        return false;
    }
    for (size_t c = 0; c < n; c++)
        for (int d = 0; d < RA_NAT_DIMS; d++) {
            parent[c * RA_NAT_DIMS + d] = SIZE_MAX;
            if (!(cs->mask[c] & (1u << d)))
                continue;
            char keys[RA_NAT_DIMS][24], key[160];
            memcpy(keys, cs->cells[c].key, sizeof keys);
            snprintf(keys[d], sizeof keys[d], "%s", ALL);
            cell_key(cs->mask[c] & ~(1u << d), keys, key, sizeof key);
            uint32_t p;
            if (ra_strmap_get(&cs->index, key, strlen(key), &p))
                parent[c * RA_NAT_DIMS + d] = p;
        }
    bool changed = true;
    while (changed) {
        changed = false;
        for (size_t i = 0; i < n * RA_NAT_DIMS; i++) {
            supp[i] = 0;
            smallest[i] = SIZE_MAX;
        }
        for (size_t c = 0; c < n; c++)
            for (int d = 0; d < RA_NAT_DIMS; d++) {
                size_t p = parent[c * RA_NAT_DIMS + d];
                if (p == SIZE_MAX)
                    continue;
                size_t slot = p * RA_NAT_DIMS + (size_t)d;
                if (cs->cells[c].suppressed)
                    supp[slot]++;
                else if (smallest[slot] == SIZE_MAX || cs->cells[c].n < cs->cells[smallest[slot]].n)
                    smallest[slot] = c;
            }
        for (size_t p = 0; p < n; p++)
            for (int d = 0; d < RA_NAT_DIMS; d++) {
                size_t slot = p * RA_NAT_DIMS + (size_t)d;
                if (cs->cells[p].suppressed || supp[slot] != 1)
                    continue;
                size_t victim = smallest[slot] != SIZE_MAX ? smallest[slot] : p;
                cs->cells[victim].suppressed = true;
                changed = true;
            }
    }
    free(parent);
    free(supp);
    free(smallest);
    return true;
}

static int general_first(const void *pa, const void *pb)
{
    const ra_nat_cell *a = pa, *b = pb;
    int sa = 0, sb = 0;
    for (int k = 0; k < RA_NAT_DIMS; k++) {
        sa += strcmp(a->key[k], ALL) == 0;
        sb += strcmp(b->key[k], ALL) == 0;
    }
    if (sa != sb)
        return sa > sb ? -1 : 1;
    for (int k = 0; k < RA_NAT_DIMS; k++) {
        int c = strcmp(a->key[k], b->key[k]);
        if (c)
            return c;
    }
    return 0;
}

static ra_status build_cells(const ra_summary *const *sums, size_t nsum, uint32_t k,
                             ra_national *out, ra_error *err)
{
    dictionary d;
    memset(&d, 0, sizeof d);
    for (int i = 0; i < RA_NAT_DIMS; i++)
        ra_strmap_init(&d.values[i]);
    cellset cs;
    memset(&cs, 0, sizeof cs);
    ra_strmap_init(&cs.index);
    size_t total = 0;
    for (size_t s = 0; s < nsum; s++)
        total += sums[s]->nratios;
    sample *base = malloc((total ? total : 1) * sizeof *base);
    sample *work = malloc((total ? total : 1) * sizeof *work);
    bool nomem = !base || !work;
    size_t n = 0;
    for (size_t s = 0; s < nsum && !nomem; s++)
        for (size_t i = 0; i < sums[s]->nratios && !nomem; i++) {
            const ra_summary_ratio *r = &sums[s]->ratios[i];
            const char *v[RA_NAT_DIMS] = {r->sex, r->age_group, r->corridor, r->sector};
            for (int dim = 0; dim < RA_NAT_DIMS; dim++)
                base[n].k[dim] = intern_value(&d, dim, v[dim], &nomem);
            base[n].ratio = r->ratio;
            n++;
        }
    for (unsigned mask = 0; mask < (1u << RA_NAT_DIMS) && !nomem; mask++) {
        for (size_t i = 0; i < n; i++) {
            work[i] = base[i];
            for (int dim = 0; dim < RA_NAT_DIMS; dim++)
                if (!(mask & (1u << dim)))
                    work[i].k[dim] = 0;
        }
        nomem = !summarise_mask(&cs, &d, work, n, mask);
    }
    for (size_t c = 0; c < cs.n && !nomem; c++)
        if (cs.cells[c].n < k)
            cs.cells[c].suppressed = cs.cells[c].primary = true;
    if (!nomem && !secondary(&cs))
        nomem = true;
    free(base);
    free(work);
    for (int i = 0; i < RA_NAT_DIMS; i++) {
        ra_strmap_free(&d.values[i]);
        free(d.names[i]);
    }
    ra_strmap_free(&cs.index);
    free(cs.mask);
    if (nomem) {
        free(cs.cells);
        return ra_error_set(err, RA_ERR_NOMEM, NULL, 0, 0, "out of memory (national figures)");
    }
    if (cs.n)
        qsort(cs.cells, cs.n, sizeof *cs.cells, general_first);
    out->cells = cs.cells;
    out->ncells = cs.n;
    return RA_OK;
}

/* ---- agencies and rules ------------------------------------------------------------------ */

static int by_risk(const void *pa, const void *pb)
{
    const ra_nat_agency *a = pa, *b = pb;
    int c = ra_num_cmp(b->risk, a->risk);
    if (c)
        return c;
    c = strcmp(a->name, b->name);
    return c ? c : strcmp(a->agency_id, b->agency_id);
}

static int by_spread(const void *pa, const void *pb)
{
    const ra_nat_rule *a = pa, *b = pb;
    if (a->agencies != b->agencies)
        return a->agencies > b->agencies ? -1 : 1;
    if (a->findings != b->findings)
        return a->findings > b->findings ? -1 : 1;
    return strcmp(a->rule, b->rule);
}

static ra_status build_agencies(const ra_summary *const *sums, size_t nsum, ra_national *out,
                                ra_error *err)
{
    size_t n = 0;
    for (size_t s = 0; s < nsum; s++)
        n += sums[s]->nagencies;
    out->agencies = calloc(n ? n : 1, sizeof *out->agencies);
    if (!out->agencies)
        return ra_error_set(err, RA_ERR_NOMEM, NULL, 0, 0, "out of memory");
    for (size_t s = 0; s < nsum; s++)
        for (size_t i = 0; i < sums[s]->nagencies; i++) {
            const ra_summary_agency *g = &sums[s]->agencies[i];
            ra_nat_agency *a = &out->agencies[out->nagencies++];
            snprintf(a->name, sizeof a->name, "%s", sums[s]->name);
            snprintf(a->agency_id, sizeof a->agency_id, "%s", g->agency_id);
            snprintf(a->agency_name, sizeof a->agency_name, "%s", g->name);
            a->workers = g->workers;
            a->weighted = g->weighted;
            a->risk = g->workers ? (ra_num){g->weighted, g->workers} : ra_num_int(0);
            memcpy(a->by_severity, g->by_severity, sizeof a->by_severity);
            snprintf(a->refund_usd, sizeof a->refund_usd, "%s", g->refund_usd);
            a->refund_unknown = g->refund_unknown;
        }
    if (out->nagencies)
        qsort(out->agencies, out->nagencies, sizeof *out->agencies, by_risk);

    size_t cap = 0;
    for (size_t s = 0; s < nsum; s++)
        for (size_t i = 0; i < sums[s]->nrules; i++) {
            const ra_summary_rule *r = &sums[s]->rules[i];
            ra_nat_rule *x = NULL;
            for (size_t k = 0; k < out->nrules && !x; k++)
                if (!strcmp(out->rules[k].rule, r->rule))
                    x = &out->rules[k];
            if (!x) {
                if (out->nrules == cap) {
                    cap = cap ? cap * 2 : 32;
                    ra_nat_rule *nr = realloc(out->rules, cap * sizeof *nr);
                    if (!nr)
                        return ra_error_set(err, RA_ERR_NOMEM, NULL, 0, 0, "out of memory");
                    out->rules = nr;
                }
                x = &out->rules[out->nrules++];
                memset(x, 0, sizeof *x);
                snprintf(x->rule, sizeof x->rule, "%s", r->rule);
            }
            x->findings += r->count;
            if (r->agency_id[0])
                x->agencies++; /* one row per rule and agency in a summary */
        }
    if (out->nrules)
        qsort(out->rules, out->nrules, sizeof *out->rules, by_spread);
    return RA_OK;
}

ra_status ra_national_build(const ra_summary *const *summaries, size_t n,
                            const ra_nat_failure *failures, size_t nfailures, uint32_t min_cell,
                            ra_national *out, ra_error *err)
{
    memset(out, 0, sizeof *out);
    out->min_cell = min_cell;
    out->submissions = n + nfailures;
    for (size_t s = 0; s < n; s++)
        for (int k = 0; k < 4; k++)
            out->excluded[k] += summaries[s]->excluded[k];
    if (nfailures) {
        out->failures = malloc(nfailures * sizeof *out->failures);
        if (!out->failures)
            return ra_error_set(err, RA_ERR_NOMEM, NULL, 0, 0, "out of memory");
        memcpy(out->failures, failures, nfailures * sizeof *failures);
        out->nfailures = nfailures;
    }
    ra_status st = build_cells(summaries, n, min_cell, out, err);
    if (st == RA_OK)
        st = build_agencies(summaries, n, out, err);
    if (st != RA_OK)
        ra_national_free(out);
    return st;
}

void ra_national_free(ra_national *nat)
{
    free(nat->cells);
    free(nat->agencies);
    free(nat->rules);
    free(nat->failures);
    memset(nat, 0, sizeof *nat);
}

ra_status ra_national_write_csv(const ra_national *nat, const char *path, ra_error *err)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return ra_error_set(err, RA_ERR_IO, path, 0, 0, "cannot write: %s", strerror(errno));
    fprintf(f, "sex,age_group,corridor,sector,workers,mean_months,median_months,suppressed\n");
    for (size_t i = 0; i < nat->ncells; i++) {
        const ra_nat_cell *c = &nat->cells[i];
        fprintf(f, "%s,%s,%s,%s,", c->key[0], c->key[1], c->key[2], c->key[3]);
        if (c->suppressed) {
            fprintf(f, ",,,%s\n", c->primary ? "primary" : "secondary");
            continue;
        }
        char mean[64], median[64];
        ra_num_format(c->mean, 4, mean, sizeof mean);
        ra_num_format(c->median, 4, median, sizeof median);
        fprintf(f, "%u,%s,%s,\n", c->n, mean, median);
    }
    bool ok = !ferror(f);
    ok = fclose(f) == 0 && ok;
    if (!ok)
        return ra_error_set(err, RA_ERR_IO, path, 0, 0, "cannot write: %s", strerror(errno));
    return RA_OK;
}
