/* indicators.c — SDG 10.7.1 and refunds due, kept apart from the rule pack:
 * the indicator's definition is fixed by SPEC section 3, not by a profile. */
#include "indicators.h"

#include "intern.h"

#include "rules/eval.h"

#define RA_MEAN_DECIMALS 18
#define RA_MEAN_SCALE ((__int128)1000000000 * 1000000000)

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *ra_sdg_dim_name(ra_sdg_dim d)
{
    static const char *const names[RA_DIM_COUNT] = {"all", "sex", "age", "corridor", "sector"};
    return (unsigned)d < RA_DIM_COUNT ? names[d] : "?";
}

const char *ra_sdg_status_text(ra_sdg_status s)
{
    switch (s) {
    case RA_SDG_OK:
        return "averaged";
    case RA_SDG_NO_WAGE:
        return "no usable wage";
    case RA_SDG_ZERO_WAGE:
        return "zero wage";
    case RA_SDG_NO_RATE:
        return "currency without exchange rate";
    }
    return "?";
}

bool ra_indicators_init(ra_indicators *ind, const ra_pack *pack, uint32_t nworkers)
{
    memset(ind, 0, sizeof *ind);
    ind->nworkers = nworkers;
    size_t n = nworkers ? nworkers : 1;
    bool borne = ra_numvec_init(&ind->borne_usd, n), refund = ra_numvec_init(&ind->refund_usd, n);
    ind->fee_no_rate = calloc(n, sizeof *ind->fee_no_rate);
    ind->refund_no_rate = calloc(n, sizeof *ind->refund_no_rate);
    if (!borne || !refund || !ind->fee_no_rate || !ind->refund_no_rate) {
        ra_indicators_free(ind);
        return false;
    }
    ind->pack = pack;
    ind->employer_pays = pack ? ra_pack_param(pack, "employer_pays_categories") : NULL;
    return true;
}

void ra_indicators_free(ra_indicators *ind)
{
    ra_numvec_free(&ind->borne_usd);
    free(ind->fee_no_rate);
    ra_numvec_free(&ind->refund_usd);
    free(ind->refund_no_rate);
    free(ind->status);
    free(ind->ratio);
    free(ind->cells);
    free(ind->worker_refunds);
    free(ind->agency_refunds);
    free(ind->agency_refund_usd);
    free(ind->agency_refund_no_rate);
    free(ind->pending);
    memset(ind, 0, sizeof *ind);
}

/* Does the profile make the employer pay this category, for this worker? A
 * table (by destination, sector ...) is looked up with the worker; no
 * parameter means every category (the ILO baseline). */
static bool employer_pays(const ra_indicators *ind, const ra_worker *w, ra_fee_category c)
{
    if (!ind->employer_pays)
        return true;
    ra_value list = ra_param_for_worker(ind->pack, ind->employer_pays, w);
    if (list.kind != V_LIST)
        return false; /* null row: this worker's costs are not the employer's */
    ra_value v = ra_v_cstr(ra_category_name(c));
    return ra_value_in(&v, list.u.list);
}

void ra_indicators_add_fee(ra_indicators *ind, const ra_submission *sub, const ra_fee *fee)
{
    if (!fee->worker_borne || fee->worker >= ind->nworkers)
        return;
    uint32_t w = fee->worker;
    ra_num usd = ra_num_from_money(fee->amount_usd);
    ra_num sum;
    if (!fee->usd_known)
        ind->fee_no_rate[w] = true;
    else if (!ra_num_add(ra_numvec_get(&ind->borne_usd, w), usd, &sum))
        ind->fee_no_rate[w] = true; /* beyond range: not computable either */
    else if (!ra_numvec_set(&ind->borne_usd, w, sum))
        ind->nomem = true;
    if (!employer_pays(ind, &sub->workers[w], fee->category))
        return;
    if (!fee->usd_known || !ra_num_add(ra_numvec_get(&ind->refund_usd, w), usd, &sum))
        ind->refund_no_rate[w] = true;
    else if (!ra_numvec_set(&ind->refund_usd, w, sum))
        ind->nomem = true;
    /* A worker's fees usually come together: add to the last entry when it
     * is hers in the same currency (one entry per worker and currency, not
     * per fee row; an overflow leaves it to merge(): beyond range). */
    ra_refund *last = ind->npending ? &ind->pending[ind->npending - 1] : NULL;
    if (last && last->owner == w && last->currency == fee->currency &&
        ra_money_add(last->amount, fee->amount, &last->amount))
        return;
    if (ind->npending == ind->cap_pending) {
        size_t cap = ind->cap_pending ? ind->cap_pending * 2 : 256;
        ra_refund *p = realloc(ind->pending, cap * sizeof *p);
        if (!p) {
            ind->nomem = true;
            return;
        }
        ind->pending = p;
        ind->cap_pending = cap;
    }
    ind->pending[ind->npending++] = (ra_refund){w, fee->currency, fee->amount, false};
}

/* ---- SDG 10.7.1 --------------------------------------------------------------------- */

/* Workers in ratio order: one sort for every group (each group's members
 * are then picked out in that order, so its median needs no sort of its own). */
/* Is worker a before worker b in ratio order (ties: by index)? */
static bool ranks_before(const ra_num *ratio, uint32_t a, uint32_t b)
{
    int c = ra_num_cmp(ratio[a], ratio[b]);
    return c ? c < 0 : a < b;
}

/* Sorts the n worker indices of idx by their ratios: a bottom-up merge sort
 * through tmp (n entries), with exact comparisons only. The fallback of
 * sort_keys. */
static void sort_by_ratio(uint32_t *idx, uint32_t *tmp, size_t n, const ra_num *ratio)
{
    uint32_t *from = idx, *to = tmp;
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                to[k++] = ranks_before(ratio, from[j], from[i]) ? from[j++] : from[i++];
            while (i < mid)
                to[k++] = from[i++];
            while (j < hi)
                to[k++] = from[j++];
        }
        uint32_t *t = from;
        from = to;
        to = t;
    }
    if (from != idx)
        memcpy(idx, from, n * sizeof *idx);
}

/* A ratio's sort key: the bits of the nearest float, made to increase with
 * the value. Zero, and only zero, has KEY_ZERO. The double quotient is
 * within a few units of 2^-53 of the exact ratio, far below a float's step
 * (2^-24), and rounding to float is monotonic: two ratios whose keys differ
 * by 2 or more are in key order; only keys equal or next to each other
 * need the exact comparison. */
#define KEY_ZERO 0x80000000u

static uint32_t ratio_key(ra_num r)
{
    float f = (float)((double)r.n / (double)r.d);
    uint32_t b;
    memcpy(&b, &f, sizeof b);
    b &= 0x7fffffffu;       /* the magnitude's bits increase with it */
    if (r.n != 0 && b == 0) /* below the smallest float: not zero all the same */
        b = 1;
    return r.n < 0 ? KEY_ZERO - b : KEY_ZERO + b;
}

/* Sorts key[0..n) (a ratio key in the high half, a worker index in the low
 * half, indices increasing) into exact ratio order through tmp (n entries):
 * a stable radix sort by key (ties stay in index order), then an insertion
 * pass that compares exactly where keys are too close to tell. Should that
 * pass have much to move (many distinct ratios a float cannot tell apart),
 * the exact merge sort does the work instead. */
static void sort_keys(uint64_t *key, uint64_t *tmp, size_t n, const ra_num *ratio)
{
    uint64_t *from = key, *to = tmp;
    for (int shift = 32; shift < 64; shift += 8) {
        size_t count[257] = {0};
        for (size_t i = 0; i < n; i++)
            count[(from[i] >> shift & 0xff) + 1]++;
        for (int b = 0; b < 256; b++)
            count[b + 1] += count[b];
        for (size_t i = 0; i < n; i++)
            to[count[from[i] >> shift & 0xff]++] = from[i];
        uint64_t *t = from;
        from = to;
        to = t;
    }
    /* four passes: the sorted keys are back in key */
    size_t moved = 0;
    for (size_t j = 1; j < n && moved <= 4 * n; j++) {
        uint64_t x = key[j];
        uint32_t kx = (uint32_t)(x >> 32);
        size_t m = j;
        while (m > 0) {
            uint64_t y = key[m - 1];
            uint32_t ky = (uint32_t)(y >> 32);
            if (kx - ky > 1 || (kx == KEY_ZERO && ky == KEY_ZERO) ||
                !ranks_before(ratio, (uint32_t)x, (uint32_t)y))
                break;
            key[m] = y;
            m--;
        }
        key[m] = x;
        moved += j - m;
    }
    if (moved > 4 * n) {
        uint32_t *idx = (uint32_t *)tmp, *spare = idx + n;
        for (size_t i = 0; i < n; i++)
            idx[i] = (uint32_t)key[i];
        sort_by_ratio(idx, spare, n, ratio);
        for (size_t i = 0; i < n; i++)
            key[i] = idx[i];
    }
}

typedef struct {
    ra_sdg_dim dim;
    char key[16];
    uint32_t n, start, fill;
    __int128 sum;  /* of its members' ratios rounded to RA_MEAN_DECIMALS */
    bool overflow; /* the sum did not fit */
} group;

static int cmp_group(const void *pa, const void *pb)
{
    const group *a = pa, *b = pb;
    if (a->dim != b->dim)
        return a->dim < b->dim ? -1 : 1;
    return strcmp(a->key, b->key);
}

/* The age groups of SPEC section 1, by index (0: no birth year). */
static const char *const AGE_GROUPS[] = {"unknown", "under 15", "15-24", "25-34",
                                         "35-44",   "45-54",    "55+"};

static unsigned age_index(int birth_year, ra_date as_of)
{
    if (!birth_year)
        return 0;
    int age = ra_date_year(as_of) - birth_year;
    return age < 15 ? 1 : age <= 24 ? 2 : age <= 34 ? 3 : age <= 44 ? 4 : age <= 54 ? 5 : 6;
}

const char *ra_age_group(int birth_year, ra_date as_of)
{
    return AGE_GROUPS[age_index(birth_year, as_of)];
}

/* key = s, cut to 15 bytes (keys are short codes and names). */
static void key_set(char key[16], const char *s)
{
    size_t n = strnlen(s, 15);
    memcpy(key, s, n);
    key[n] = '\0';
}

/* The worker's group in one dimension. Runs for every worker and dimension,
 * so without snprintf. */
static void key_for(ra_sdg_dim dim, const ra_worker *w, ra_date as_of, char key[16])
{
    char o[RA_CODE_STR_MAX], d[RA_CODE_STR_MAX];
    switch (dim) {
    case RA_DIM_ALL:
        key_set(key, "all");
        break;
    case RA_DIM_SEX:
        key_set(key, ra_sex_name(w->sex));
        break;
    case RA_DIM_AGE:
        key_set(key, ra_age_group(w->birth_year, as_of));
        break;
    case RA_DIM_CORRIDOR: {
        ra_country_str(w->origin, o);
        ra_country_str(w->destination, d);
        size_t no = strnlen(o, RA_CODE_STR_MAX - 1), nd = strnlen(d, RA_CODE_STR_MAX - 1);
        memcpy(key, o, no);
        key[no] = '-';
        memcpy(key + no + 1, d, nd);
        key[no + 1 + nd] = '\0';
        break;
    }
    default:
        key_set(key, ra_sector_name(w->sector));
    }
}

/* The worker's group in one dimension as a number: two workers have the
 * same number exactly when key_for gives them the same key (the names of
 * sexes, age groups and sectors are distinct, and so are two countries'
 * codes). Finding a group by it spares building the key for every worker
 * and dimension. */
static uint64_t group_number(ra_sdg_dim dim, const ra_worker *w, ra_date as_of)
{
    switch (dim) {
    case RA_DIM_ALL:
        return 0;
    case RA_DIM_SEX:
        return (uint64_t)w->sex;
    case RA_DIM_AGE:
        return age_index(w->birth_year, as_of);
    case RA_DIM_CORRIDOR:
        return (uint64_t)w->origin << 16 | w->destination;
    default:
        return (uint64_t)w->sector;
    }
}

/* One worker's ratio, or why there is none. */
static ra_sdg_status worker_ratio(const ra_indicators *ind, const ra_submission *sub, uint32_t i,
                                  ra_num *ratio)
{
    const ra_worker *w = &sub->workers[i];
    if (!w->wage_usable)
        return RA_SDG_NO_WAGE;
    if (w->monthly_wage == 0)
        return RA_SDG_ZERO_WAGE;
    ra_num wage_usd;
    if (!ra_money_in_usd(ra_num_from_money(w->monthly_wage), w->wage_currency,
                         sub->rate_by_currency, &wage_usd) ||
        ind->fee_no_rate[i])
        return RA_SDG_NO_RATE;
    if (!ra_num_div(ra_numvec_get(&ind->borne_usd, i), wage_usd, ratio))
        return RA_SDG_NO_RATE;
    return RA_SDG_OK;
}

/* Mean and median of one group, whose members (worker indices) are in
 * ratio order. The mean of many fractions: each is rounded to 18 decimals
 * first, so that the sum (g->sum, added up as the groups were formed) keeps
 * one denominator (exact sums of thousands of different denominators
 * overflow); medians stay exact. */
static bool summarise(ra_sdg_cell *c, const group *g, const uint32_t *members, const ra_num *ratio)
{
    if (g->overflow)
        return false;
    ra_num sum = {g->sum, RA_MEAN_SCALE};
    c->dim = g->dim;
    memcpy(c->key, g->key, sizeof c->key);
    c->n = g->n;
    if (!ra_num_div(sum, ra_num_int((int64_t)g->n), &c->mean))
        return false;
    const ra_num *lo = &ratio[members[(g->n - 1) / 2]], *hi = &ratio[members[g->n / 2]];
    if (g->n % 2) {
        c->median = *lo;
        return true;
    }
    return ra_num_add(*lo, *hi, &c->median) && ra_num_div(c->median, ra_num_int(2), &c->median);
}

/* The groups of the averaged workers: found by (dimension, group number),
 * through a table for the small numbers (sex, age group, sector) and a map
 * for the rest (corridors). */
#define SMALL_GROUPS 64

typedef struct {
    group *v;
    size_t n, cap;
    uint32_t small[RA_DIM_COUNT][SMALL_GROUPS]; /* index + 1, 0: none yet */
    ra_strmap large;
} group_set;

/* The worker's group in dimension d, made when new; false: out of memory. */
static bool group_of(group_set *G, ra_sdg_dim d, const ra_worker *w, ra_date as_of, uint32_t *g)
{
    uint64_t number = group_number(d, w, as_of);
    char name[1 + sizeof(uint64_t)]; /* the dimension, then its group's number */
    if (number < SMALL_GROUPS && G->small[d][number]) {
        *g = G->small[d][number] - 1;
        return true;
    }
    if (number >= SMALL_GROUPS) {
        name[0] = (char)d;
        memcpy(name + 1, &number, sizeof number);
        if (ra_strmap_get(&G->large, name, sizeof name, g))
            return true;
    }
    if (G->n == G->cap) {
        size_t cap = G->cap ? G->cap * 2 : 64;
        group *v = realloc(G->v, cap * sizeof *v);
        if (!v)
            return false;
        G->v = v;
        G->cap = cap;
    }
    *g = (uint32_t)G->n++;
    G->v[*g] = (group){.dim = d};
    key_for(d, w, as_of, G->v[*g].key);
    if (number < SMALL_GROUPS) {
        G->small[d][number] = *g + 1;
        return true;
    }
    return ra_strmap_put(&G->large, name, sizeof name, *g, NULL, NULL) >= 0;
}

static bool sdg(ra_indicators *ind, const ra_submission *sub, ra_date as_of)
{
    uint32_t nw = sub->nworkers;
    size_t cap = nw ? nw : 1;
    ind->status = calloc(cap, sizeof *ind->status);
    ind->ratio = calloc(cap, sizeof *ind->ratio);
    uint32_t *gid = malloc(cap * RA_DIM_COUNT * sizeof *gid); /* by worker and dimension */
    uint64_t *key = malloc(cap * sizeof *key), *tmp = malloc(cap * sizeof *tmp);
    uint32_t *members = NULL;
    group_set G = {0};
    ra_strmap_init(&G.large);
    size_t n = 0; /* averaged workers */
    bool ok = ind->status && ind->ratio && gid && key && tmp;
    /* In worker order: each ratio, its sort key, its groups, and the sums of
     * the groups' rounded ratios (rounded once a worker). */
    for (uint32_t i = 0; ok && i < nw; i++) {
        ind->status[i] = worker_ratio(ind, sub, i, &ind->ratio[i]);
        ind->excluded[ind->status[i]]++;
        if (ind->status[i] != RA_SDG_OK)
            continue;
        key[n++] = (uint64_t)ratio_key(ind->ratio[i]) << 32 | i;
        ra_num rounded;
        bool round_ok = ra_num_round(ind->ratio[i], RA_MEAN_DECIMALS, &rounded);
        for (int d = 0; ok && d < RA_DIM_COUNT; d++) {
            uint32_t g;
            ok = group_of(&G, (ra_sdg_dim)d, &sub->workers[i], as_of, &g);
            if (ok) {
                gid[(size_t)i * RA_DIM_COUNT + (size_t)d] = g;
                G.v[g].n++;
                G.v[g].overflow |=
                    !round_ok || __builtin_add_overflow(G.v[g].sum, rounded.n, &G.v[g].sum);
            }
        }
    }
    ra_strmap_free(&G.large);
    if (ok && n)
        sort_keys(key, tmp, n, ind->ratio);
    free(tmp);
    /* The worker indices in ratio order, in the first half of key (each
     * index lands below the keys still to read), and that half kept. */
    uint32_t *order = (uint32_t *)key;
    for (size_t k = 0; ok && k < n; k++)
        order[k] = (uint32_t)key[k];
    if (ok) {
        uint32_t *shrunk = realloc(order, (n ? n : 1) * sizeof *order);
        order = shrunk ? shrunk : order;
    }
    /* Each group's members, in ratio order (a counting sort by group). */
    members = ok ? malloc((n ? n : 1) * RA_DIM_COUNT * sizeof *members) : NULL;
    ok = ok && members;
    uint32_t at = 0;
    for (size_t g = 0; ok && g < G.n; g++) {
        G.v[g].start = at;
        at += G.v[g].n;
    }
    for (size_t k = 0; ok && k < n; k++) {
        uint32_t i = order[k];
        for (int d = 0; d < RA_DIM_COUNT; d++) {
            group *g = &G.v[gid[(size_t)i * RA_DIM_COUNT + (size_t)d]];
            members[g->start + g->fill++] = i;
        }
    }
    if (ok && G.n) {
        /* Cells by dimension, then key; member lists stay where they are. */
        qsort(G.v, G.n, sizeof *G.v, cmp_group);
        ind->cells = calloc(G.n, sizeof *ind->cells);
        ok = ind->cells != NULL;
        for (size_t g = 0; ok && g < G.n; g++)
            ok = summarise(&ind->cells[ind->ncells++], &G.v[g], members + G.v[g].start, ind->ratio);
    }
    free(order);
    free(gid);
    free(G.v);
    free(members);
    return ok;
}

/* ---- refunds ------------------------------------------------------------------------ */

static int cmp_refund(const void *pa, const void *pb)
{
    const ra_refund *a = pa, *b = pb;
    if (a->owner != b->owner)
        return a->owner < b->owner ? -1 : 1;
    return a->currency < b->currency ? -1 : a->currency > b->currency;
}

/* Sorts the n rows by (owner, currency). They usually come owner by owner
 * already (a worker's fees together, workers in file order, and so their
 * agencies): then only the rows of each owner are sorted, by currency. */
static void sort_refunds(ra_refund *rows, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (rows[i].owner < rows[i - 1].owner) {
            qsort(rows, n, sizeof *rows, cmp_refund);
            return;
        }
    for (size_t lo = 0, hi; lo < n; lo = hi) {
        for (hi = lo + 1; hi < n && rows[hi].owner == rows[lo].owner; hi++)
            ;
        if (hi - lo > 1)
            qsort(rows + lo, hi - lo, sizeof *rows, cmp_refund);
    }
}

/* Sorts the n rows by (owner, currency) and adds up equal keys in place;
 * returns how many rows are left. A sum past what ra_money holds is beyond
 * range, and so is any sum with a part that is. */
static size_t merge(ra_refund *rows, size_t n)
{
    sort_refunds(rows, n);
    size_t out = 0;
    for (size_t i = 0; i < n; i++) {
        ra_refund *last = out ? &rows[out - 1] : NULL;
        if (!last || last->owner != rows[i].owner || last->currency != rows[i].currency) {
            rows[out++] = rows[i];
        } else if (!last->beyond_range &&
                   (rows[i].beyond_range ||
                    !ra_money_add(last->amount, rows[i].amount, &last->amount))) {
            last->beyond_range = true;
            last->amount = 0;
        }
    }
    return out;
}

/* rows cut down to n entries (a failed shrink keeps the larger block). */
static ra_refund *shrink(ra_refund *rows, size_t n)
{
    ra_refund *r = realloc(rows, (n ? n : 1) * sizeof *rows);
    return r ? r : rows;
}

static bool refunds(ra_indicators *ind, const ra_submission *sub)
{
    /* The pending rows, merged in place, become the worker refunds. */
    size_t n = merge(ind->pending, ind->npending);
    ind->worker_refunds = shrink(ind->pending, n);
    ind->nworker_refunds = n;
    ind->pending = NULL;
    ind->npending = ind->cap_pending = 0;
    /* Agency totals: the same rows, owned by the worker's agency. */
    ra_refund *by_agency = malloc((n ? n : 1) * sizeof *by_agency);
    uint32_t na = sub->nagencies ? sub->nagencies : 1;
    ind->agency_refund_usd = calloc(na, sizeof *ind->agency_refund_usd);
    ind->agency_refund_no_rate = calloc(na, sizeof *ind->agency_refund_no_rate);
    if (!by_agency || !ind->agency_refund_usd || !ind->agency_refund_no_rate) {
        free(by_agency);
        return false;
    }
    for (uint32_t a = 0; a < na; a++)
        ind->agency_refund_usd[a] = ra_num_int(0);
    for (size_t i = 0; i < n; i++) {
        by_agency[i] = ind->worker_refunds[i];
        by_agency[i].owner = sub->workers[ind->worker_refunds[i].owner].agency;
    }
    size_t nagency = merge(by_agency, n);
    ind->agency_refunds = shrink(by_agency, nagency);
    ind->nagency_refunds = nagency;
    for (uint32_t w = 0; w < sub->nworkers; w++) {
        uint32_t a = sub->workers[w].agency;
        if (ind->refund_no_rate[w])
            ind->agency_refund_no_rate[a] = true;
        else if (!ra_num_add(ind->agency_refund_usd[a], ra_numvec_get(&ind->refund_usd, w),
                             &ind->agency_refund_usd[a]))
            ind->agency_refund_no_rate[a] = true;
    }
    return true;
}

bool ra_indicators_finish(ra_indicators *ind, const ra_submission *sub, ra_date as_of)
{
    if (ind->nomem)
        return false;
    return sdg(ind, sub, as_of) && refunds(ind, sub);
}
