/* summary.c — writing a batch summary folder and reading it back with the
 * engine's own CSV reader. */
#include "summary.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "csvread.h"

void ra_severity_weights(const ra_pack *pack, int64_t weights[RA_SEV_CRITICAL + 1])
{
    static const char *const names[] = {"weight_info", "weight_low", "weight_medium", "weight_high",
                                        "weight_critical"};
    static const int64_t defaults[] = {0, 1, 2, 5, 10};
    for (int s = 0; s <= RA_SEV_CRITICAL; s++) {
        weights[s] = defaults[s];
        const ra_param *p = pack ? ra_pack_param(pack, names[s]) : NULL;
        if (p && !p->is_table && p->value.kind == V_NUM && p->value.u.num.d == 1)
            weights[s] = (int64_t)p->value.u.num.n;
    }
}

/* ---- writing ------------------------------------------------------------------ */

static void field(FILE *f, const char *s, bool last)
{
    fputc('"', f);
    for (; s && *s; s++) {
        if (*s == '"')
            fputc('"', f);
        fputc(*s, f);
    }
    fputc('"', f);
    fputc(last ? '\n' : ',', f);
}

static void int128_text(__int128 v, char *buf, size_t size)
{
    char tmp[48];
    size_t n = 0;
    bool neg = v < 0;
    unsigned __int128 m = neg ? (unsigned __int128)(-v) : (unsigned __int128)v;
    do {
        tmp[n++] = (char)('0' + (int)(m % 10));
        m /= 10;
    } while (m && n < sizeof tmp - 1);
    size_t o = 0;
    if (neg && o + 1 < size)
        buf[o++] = '-';
    while (n && o + 1 < size)
        buf[o++] = tmp[--n];
    buf[o] = '\0';
}

static FILE *open_part(const char *dir, const char *name, ra_error *err)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (!f)
        ra_error_set(err, RA_ERR_IO, path, 0, 0, "cannot write: %s", strerror(errno));
    return f;
}

static ra_status close_part(FILE *f, const char *dir, const char *name, ra_error *err)
{
    bool ok = !ferror(f);
    ok = fclose(f) == 0 && ok;
    if (!ok)
        return ra_error_set(err, RA_ERR_IO, dir, 0, 0, "cannot write %s: %s", name,
                            strerror(errno));
    return RA_OK;
}

/* A read error of the findings' temporary file, as an error. */
static ra_status findings_read_error(const char *dir, ra_error *err)
{
    return ra_error_set(err, RA_ERR_IO, dir, 0, 0,
                        "cannot read the findings back from their temporary file: %s",
                        strerror(errno));
}

/* Findings per agency and severity: count[a * 5 + severity]. */
static ra_status agency_counts(const ra_audit *audit, uint32_t *count, const char *dir,
                               ra_error *err)
{
    ra_findings_iter *it = ra_findings_iter_new(&audit->findings);
    if (!it)
        return ra_error_set(err, RA_ERR_NOMEM, dir, 0, 0, "out of memory");
    for (const ra_finding *f; (f = ra_findings_iter_next(it));)
        if (f->agency < audit->sub->nagencies)
            count[(size_t)f->agency * (RA_SEV_CRITICAL + 1) + f->severity]++;
    return ra_findings_iter_free(it) ? RA_OK : findings_read_error(dir, err);
}

static ra_status write_meta(const char *dir, const char *name, const ra_audit *audit,
                            const ra_pack *pack, const ra_manifest *m, const char *report_sha256,
                            ra_error *err)
{
    FILE *f = open_part(dir, "meta.csv", err);
    if (!f)
        return RA_ERR_IO;
    char n[32];
    fputs("key,value\n", f);
    const char *pairs[][2] = {{"format", RA_SUMMARY_FORMAT},
                              {"name", name},
                              {"engine_version", m->engine_version},
                              {"rules_sha256", pack->sha256},
                              {"profile", pack->profile},
                              {"as_of", m->as_of}};
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        field(f, pairs[i][0], false);
        field(f, pairs[i][1], true);
    }
    snprintf(n, sizeof n, "%u", audit->sub->nworkers);
    field(f, "workers", false);
    field(f, n, true);
    snprintf(n, sizeof n, "%zu", audit->findings.count);
    field(f, "findings", false);
    field(f, n, true);
    if (report_sha256) {
        field(f, "report_sha256", false);
        field(f, report_sha256, true);
    }
    return close_part(f, dir, "meta.csv", err);
}

static ra_status write_inputs(const char *dir, const ra_manifest *m, ra_error *err)
{
    FILE *f = open_part(dir, "inputs.csv", err);
    if (!f)
        return RA_ERR_IO;
    fputs("path,size,sha256\n", f);
    for (size_t i = 0; i < m->nfiles; i++) {
        char size[32];
        snprintf(size, sizeof size, "%llu", (unsigned long long)m->files[i].size);
        field(f, m->files[i].path, false);
        field(f, size, false);
        field(f, m->files[i].sha256, true);
    }
    return close_part(f, dir, "inputs.csv", err);
}

static ra_status write_agencies(const char *dir, const ra_audit *audit, const ra_pack *pack,
                                ra_error *err)
{
    FILE *f = open_part(dir, "agencies.csv", err);
    if (!f)
        return RA_ERR_IO;
    int64_t w[RA_SEV_CRITICAL + 1];
    ra_severity_weights(pack, w);
    const ra_submission *sub = audit->sub;
    const ra_indicators *ind = &audit->indicators;
    uint32_t *workers = calloc(sub->nagencies ? sub->nagencies : 1, sizeof *workers);
    uint32_t *count =
        calloc((size_t)(sub->nagencies ? sub->nagencies : 1) * (RA_SEV_CRITICAL + 1), sizeof *count);
    ra_status st = workers && count ? agency_counts(audit, count, dir, err)
                                    : ra_error_set(err, RA_ERR_NOMEM, dir, 0, 0, "out of memory");
    if (st != RA_OK) {
        free(workers);
        free(count);
        fclose(f);
        return st;
    }
    for (uint32_t i = 0; i < sub->nworkers; i++)
        workers[sub->workers[i].agency]++;
    fputs("agency_id,name,workers,weighted,risk_score,critical,high,medium,low,info,"
          "refund_usd,refund_unknown\n",
          f);
    for (uint32_t a = 0; a < sub->nagencies; a++) {
        const uint32_t *sev = &count[(size_t)a * (RA_SEV_CRITICAL + 1)];
        int64_t weighted = 0;
        for (int s = RA_SEV_INFO; s <= RA_SEV_CRITICAL; s++)
            weighted += w[s] * sev[s];
        char nw[16], wt[32], score[64], refund[64], num[16];
        snprintf(nw, sizeof nw, "%u", workers[a]);
        snprintf(wt, sizeof wt, "%lld", (long long)weighted);
        if (workers[a])
            ra_num_format((ra_num){weighted, workers[a]}, 2, score, sizeof score);
        else
            snprintf(score, sizeof score, "%s", "");
        ra_num_format(ind->agency_refund_usd[a], 2, refund, sizeof refund);
        field(f, sub->agencies[a].id, false);
        field(f, sub->agencies[a].name, false);
        field(f, nw, false);
        field(f, wt, false);
        field(f, score, false);
        for (int s = RA_SEV_CRITICAL; s >= RA_SEV_INFO; s--) {
            snprintf(num, sizeof num, "%u", sev[s]);
            field(f, num, false);
        }
        field(f, refund, false);
        field(f, ind->agency_refund_no_rate[a] ? "yes" : "no", true);
    }
    free(workers);
    free(count);
    return close_part(f, dir, "agencies.csv", err);
}

static ra_status write_rules(const char *dir, const ra_audit *audit, const ra_pack *pack,
                             ra_error *err)
{
    FILE *f = open_part(dir, "rules.csv", err);
    if (!f)
        return RA_ERR_IO;
    fputs("rule,agency_id,count\n", f);
    const ra_submission *sub = audit->sub;
    size_t n = pack->nrules * ((size_t)sub->nagencies + 1);
    uint32_t *count = calloc(n ? n : 1, sizeof *count);
    if (!count) {
        fclose(f);
        return ra_error_set(err, RA_ERR_NOMEM, dir, 0, 0, "out of memory");
    }
    ra_findings_iter *it = ra_findings_iter_new(&audit->findings);
    for (const ra_finding *x; it && (x = ra_findings_iter_next(it));) {
        size_t a = x->agency == RA_NONE ? sub->nagencies : x->agency;
        if (x->rule < pack->nrules)
            count[x->rule * ((size_t)sub->nagencies + 1) + a]++;
    }
    if (!it || !ra_findings_iter_free(it)) {
        free(count);
        fclose(f);
        return it ? findings_read_error(dir, err)
                  : ra_error_set(err, RA_ERR_NOMEM, dir, 0, 0, "out of memory");
    }
    for (size_t r = 0; r < pack->nrules; r++)
        for (size_t a = 0; a <= sub->nagencies; a++) {
            uint32_t c = count[r * ((size_t)sub->nagencies + 1) + a];
            if (!c)
                continue;
            char num[16];
            snprintf(num, sizeof num, "%u", c);
            field(f, pack->rules[r].id, false);
            field(f, a < sub->nagencies ? sub->agencies[a].id : "", false);
            field(f, num, true);
        }
    free(count);
    return close_part(f, dir, "rules.csv", err);
}

static ra_status write_ratios(const char *dir, const ra_audit *audit, const ra_date as_of,
                              ra_error *err)
{
    FILE *f = open_part(dir, "ratios.csv", err);
    if (!f)
        return RA_ERR_IO;
    fputs("sex,age_group,corridor,sector,ratio\n", f);
    const ra_submission *sub = audit->sub;
    const ra_indicators *ind = &audit->indicators;
    for (uint32_t i = 0; i < sub->nworkers; i++) {
        if (ind->status[i] != RA_SDG_OK)
            continue;
        const ra_worker *w = &sub->workers[i];
        char o[RA_CODE_STR_MAX], d[RA_CODE_STR_MAX], corridor[8], n[48], den[48], ratio[100];
        ra_country_str(w->origin, o);
        ra_country_str(w->destination, d);
        snprintf(corridor, sizeof corridor, "%s-%s", o, d);
        const char *group = ra_age_group(w->birth_year, as_of);
        int128_text(ind->ratio[i].n, n, sizeof n);
        int128_text(ind->ratio[i].d, den, sizeof den);
        snprintf(ratio, sizeof ratio, "%s/%s", n, den);
        field(f, ra_sex_name(w->sex), false);
        field(f, group, false);
        field(f, corridor, false);
        field(f, ra_sector_name(w->sector), false);
        field(f, ratio, true);
    }
    return close_part(f, dir, "ratios.csv", err);
}

static ra_status write_excluded(const char *dir, const ra_audit *audit, ra_error *err)
{
    FILE *f = open_part(dir, "excluded.csv", err);
    if (!f)
        return RA_ERR_IO;
    fputs("reason,count\n", f);
    for (int s = RA_SDG_NO_WAGE; s <= RA_SDG_NO_RATE; s++) {
        char num[16];
        snprintf(num, sizeof num, "%u", audit->indicators.excluded[s]);
        field(f, ra_sdg_status_text((ra_sdg_status)s), false);
        field(f, num, true);
    }
    return close_part(f, dir, "excluded.csv", err);
}

ra_status ra_summary_write(const char *dir, const char *name, const ra_audit *audit,
                           const ra_pack *pack, const ra_manifest *manifest,
                           const char *report_sha256, ra_error *err)
{
    if (mkdir(dir, 0755) != 0 && errno != EEXIST)
        return ra_error_set(err, RA_ERR_IO, dir, 0, 0, "cannot create: %s", strerror(errno));
    ra_date as_of;
    if (!ra_date_parse(manifest->as_of, strlen(manifest->as_of), &as_of))
        return ra_error_set(err, RA_ERR_INTERNAL, dir, 0, 0, "bad as-of date in the manifest");
    ra_status st = write_meta(dir, name, audit, pack, manifest, report_sha256, err);
    if (st == RA_OK)
        st = write_inputs(dir, manifest, err);
    if (st == RA_OK)
        st = write_agencies(dir, audit, pack, err);
    if (st == RA_OK)
        st = write_rules(dir, audit, pack, err);
    if (st == RA_OK)
        st = write_ratios(dir, audit, as_of, err);
    if (st == RA_OK)
        st = write_excluded(dir, audit, err);
    return st;
}

/* ---- reading ------------------------------------------------------------------ */

typedef struct {
    ra_summary *s;
    int part;
    bool header_seen;
    ra_status st;
    ra_error *err;
    const char *file;
    size_t cap;
} reader;

enum { P_META, P_INPUTS, P_AGENCIES, P_RULES, P_RATIOS, P_EXCLUDED };

static void cell(const ra_csv_record *r, size_t i, char *out, size_t size)
{
    if (i < r->nstored)
        snprintf(out, size, "%.*s", (int)r->fields[i].len, r->fields[i].ptr);
    else if (size)
        out[0] = '\0';
}

static bool parse_ratio(const char *s, ra_num *out)
{
    const char *slash = strchr(s, '/');
    if (!slash)
        return false;
    ra_num n, d;
    if (!ra_num_parse(s, (size_t)(slash - s), &n) ||
        !ra_num_parse(slash + 1, strlen(slash + 1), &d) || ra_num_is_zero(d))
        return false;
    return ra_num_div(n, d, out);
}

static void *grow(reader *rd, void *arr, size_t n, size_t elem)
{
    if (n < rd->cap)
        return arr;
    size_t cap = rd->cap ? rd->cap * 2 : 64;
    void *na = realloc(arr, cap * elem);
    if (!na) {
        rd->st = ra_error_set(rd->err, RA_ERR_NOMEM, rd->file, 0, 0, "out of memory");
        return arr;
    }
    rd->cap = cap;
    return na;
}

static int on_row(void *ctx, const ra_csv_record *r)
{
    reader *rd = ctx;
    if (!rd->header_seen) {
        rd->header_seen = true;
        return 0;
    }
    if (r->defect != RA_CSV_REC_OK) {
        rd->st = ra_error_set(rd->err, RA_ERR_INPUT, rd->file, r->line, 0, "malformed row");
        return 1;
    }
    ra_summary *s = rd->s;
    char a[256], b[256], c[256];
    switch (rd->part) {
    case P_META:
        cell(r, 0, a, sizeof a);
        cell(r, 1, b, sizeof b);
        if (!strcmp(a, "format") && strcmp(b, RA_SUMMARY_FORMAT))
            rd->st = ra_error_set(rd->err, RA_ERR_INPUT, rd->file, r->line, 0, "not a %s summary",
                                  RA_SUMMARY_FORMAT);
        else if (!strcmp(a, "name"))
            snprintf(s->name, sizeof s->name, "%.255s", b);
        else if (!strcmp(a, "engine_version"))
            snprintf(s->engine_version, sizeof s->engine_version, "%.31s", b);
        else if (!strcmp(a, "rules_sha256"))
            snprintf(s->rules_sha256, sizeof s->rules_sha256, "%.64s", b);
        else if (!strcmp(a, "profile"))
            snprintf(s->profile, sizeof s->profile, "%.63s", b);
        else if (!strcmp(a, "as_of"))
            snprintf(s->as_of, sizeof s->as_of, "%.10s", b);
        else if (!strcmp(a, "report_sha256"))
            snprintf(s->report_sha256, sizeof s->report_sha256, "%.64s", b);
        break;
    case P_INPUTS: {
        s->manifest.files =
            grow(rd, s->manifest.files, s->manifest.nfiles, sizeof *s->manifest.files);
        if (rd->st)
            return 1;
        ra_manifest_file *f = &s->manifest.files[s->manifest.nfiles++];
        memset(f, 0, sizeof *f);
        cell(r, 0, f->path, sizeof f->path);
        cell(r, 1, a, sizeof a);
        f->size = strtoull(a, NULL, 10);
        cell(r, 2, f->sha256, sizeof f->sha256);
        break;
    }
    case P_AGENCIES: {
        s->agencies = grow(rd, s->agencies, s->nagencies, sizeof *s->agencies);
        if (rd->st)
            return 1;
        ra_summary_agency *g = &s->agencies[s->nagencies++];
        memset(g, 0, sizeof *g);
        cell(r, 0, g->agency_id, sizeof g->agency_id);
        cell(r, 1, g->name, sizeof g->name);
        cell(r, 2, a, sizeof a);
        g->workers = (uint32_t)strtoul(a, NULL, 10);
        cell(r, 3, a, sizeof a);
        g->weighted = strtoll(a, NULL, 10);
        for (int k = 0; k <= RA_SEV_CRITICAL; k++) {
            cell(r, 5 + (size_t)k, a, sizeof a);
            g->by_severity[RA_SEV_CRITICAL - k] = (uint32_t)strtoul(a, NULL, 10);
        }
        cell(r, 10, g->refund_usd, sizeof g->refund_usd);
        cell(r, 11, a, sizeof a);
        g->refund_unknown = !strcmp(a, "yes");
        break;
    }
    case P_RULES: {
        s->rules = grow(rd, s->rules, s->nrules, sizeof *s->rules);
        if (rd->st)
            return 1;
        ra_summary_rule *x = &s->rules[s->nrules++];
        cell(r, 0, x->rule, sizeof x->rule);
        cell(r, 1, x->agency_id, sizeof x->agency_id);
        cell(r, 2, a, sizeof a);
        x->count = (uint32_t)strtoul(a, NULL, 10);
        break;
    }
    case P_RATIOS: {
        s->ratios = grow(rd, s->ratios, s->nratios, sizeof *s->ratios);
        if (rd->st)
            return 1;
        ra_summary_ratio *x = &s->ratios[s->nratios++];
        cell(r, 0, x->sex, sizeof x->sex);
        cell(r, 1, x->age_group, sizeof x->age_group);
        cell(r, 2, x->corridor, sizeof x->corridor);
        cell(r, 3, x->sector, sizeof x->sector);
        cell(r, 4, c, sizeof c);
        if (!parse_ratio(c, &x->ratio))
            rd->st =
                ra_error_set(rd->err, RA_ERR_INPUT, rd->file, r->line, 0, "bad ratio '%.40s'", c);
        break;
    }
    case P_EXCLUDED:
        cell(r, 0, a, sizeof a);
        cell(r, 1, b, sizeof b);
        for (int k = RA_SDG_NO_WAGE; k <= RA_SDG_NO_RATE; k++)
            if (!strcmp(a, ra_sdg_status_text((ra_sdg_status)k)))
                s->excluded[k] = (uint32_t)strtoul(b, NULL, 10);
        break;
    }
    return rd->st != RA_OK;
}

ra_status ra_summary_read(const char *dir, ra_summary *out, ra_error *err)
{
    memset(out, 0, sizeof *out);
    static const char *const parts[] = {"meta.csv",  "inputs.csv", "agencies.csv",
                                        "rules.csv", "ratios.csv", "excluded.csv"};
    for (int p = 0; p < 6; p++) {
        char path[4200];
        snprintf(path, sizeof path, "%s/%s", dir, parts[p]);
        reader rd = {.s = out, .part = p, .err = err, .file = path};
        /* Each array grows from its own count: reset the capacity per part. */
        ra_csv_stats stats;
        ra_status st = ra_csv_read_file(path, path, NULL, on_row, &rd, &stats, err);
        if (st == RA_OK)
            st = rd.st;
        if (st == RA_OK && !rd.header_seen)
            st = ra_error_set(err, RA_ERR_INPUT, path, 0, 0, "empty summary file");
        if (st != RA_OK) {
            ra_summary_free(out);
            return st == RA_ERR_IO ? RA_ERR_INPUT : st;
        }
    }
    if (!out->as_of[0] || !out->rules_sha256[0])
        return ra_error_set(err, RA_ERR_INPUT, dir, 0, 0, "incomplete summary (meta.csv)");
    return RA_OK;
}

void ra_summary_free(ra_summary *s)
{
    ra_manifest_free(&s->manifest);
    free(s->agencies);
    free(s->rules);
    free(s->ratios);
    memset(s, 0, sizeof *s);
}
