/* cmd_rules.c — `recruitaudit rules list|check|test`: show a rule pack with a
 * profile, check it (every error, every profile), and run its test cases. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "audit.h"
#include "cli.h"
#include "rules/pack.h"

typedef struct {
    const char *rules, *profile, *cases;
} rules_opts;

static int usage(const char *msg, const char *arg)
{
    fprintf(stderr, "recruitaudit rules: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
    fprintf(stderr, "usage: recruitaudit rules list|check|test [--rules DIR] [--profile NAME] "
                    "[--cases DIR]\n");
    return RA_EXIT_USAGE;
}

static void print_diags(const ra_diags *d)
{
    for (size_t i = 0; i < d->n; i++)
        ra_diag_print(stderr, &d->items[i]);
    if (d->nomem)
        fprintf(stderr, "(more errors were not recorded: out of memory)\n");
}

/* Loads the pack; on failure prints why and returns the exit code. */
static int load(const rules_opts *o, const char *profile, ra_pack **pack)
{
    ra_diags d = {0};
    ra_error err;
    ra_error_clear(&err);
    ra_status st = ra_pack_load(o->rules, profile, pack, &d, &err);
    if (st != RA_OK) {
        print_diags(&d);
        char msg[RA_ERROR_MSG_MAX + RA_ERROR_FILE_MAX + 8];
        ra_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "error: %s\n", msg);
    }
    ra_diags_free(&d);
    return st == RA_OK ? RA_EXIT_OK : ra_exit_for(st);
}

static void print_param(const ra_pack *pack, const ra_param *p)
{
    char val[256];
    if (p->is_table) {
        const ra_table *t = &pack->tables[p->table];
        printf("  %-28s table by", p->name);
        for (size_t k = 0; k < t->nkeys; k++)
            printf("%s %s", k ? "," : "", t->keys[k]);
        printf(" (%zu rows)", t->nrows);
    } else {
        ra_value_format(&p->value, val, sizeof val);
        printf("  %-28s %s", p->name, val);
    }
    printf("   [%s%s%s]\n", p->origin, p->cite ? "; " : "", p->cite ? p->cite : "");
}

static int cmd_list(const rules_opts *o)
{
    ra_pack *pack;
    int code = load(o, o->profile, &pack);
    if (code)
        return code;
    printf("rule pack %s, profile %s%s%s%s, rules_sha256 %s\n", o->rules, pack->profile,
           pack->profile_title ? " (" : "", pack->profile_title ? pack->profile_title : "",
           pack->profile_title ? ")" : "", pack->sha256);
    printf("%-9s %-9s %-10s %s\n", "id", "severity", "scope", "title / citation");
    for (size_t i = 0; i < pack->nrules; i++) {
        const ra_rule *r = &pack->rules[i];
        printf("%-9s %-9s %-10s %s%s\n", r->id, ra_severity_name(r->severity),
               ra_scope_name(r->scope), r->title, r->enabled ? "" : "  [disabled by profile]");
        printf("%-30s %s\n", "", r->citation);
        if (r->profile_cite)
            printf("%-30s profile %s: %s\n", "", pack->profile, r->profile_cite);
    }
    printf("parameters:\n");
    for (size_t i = 0; i < pack->nparams; i++)
        print_param(pack, &pack->params[i]);
    ra_pack_free(pack);
    return RA_EXIT_OK;
}

#define PATH_BUF 4096

/* dir/name into out; false (and out empty) when it does not fit. */
static bool path_join(char *out, size_t size, const char *dir, const char *name)
{
    size_t a = strlen(dir), b = strlen(name);
    if (a + b + 2 > size) {
        out[0] = '\0';
        return false;
    }
    memcpy(out, dir, a);
    out[a] = '/';
    memcpy(out + a + 1, name, b + 1);
    return true;
}

/* The profiles beside the pack, <rules>/../profiles/NAME.profile, sorted. */
static size_t list_profiles(const char *rules, char names[][64], size_t max)
{
    char dir[PATH_BUF];
    path_join(dir, sizeof dir, rules, "../profiles");
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(d)) && n < max) {
        size_t len = strlen(de->d_name);
        if (len > 8 && len < 60 && !strcmp(de->d_name + len - 8, ".profile") &&
            de->d_name[0] != '.')
            snprintf(names[n++], 64, "%.*s", (int)(len - 8), de->d_name);
    }
    closedir(d);
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
            char tmp[64];
            memcpy(tmp, names[j], 64);
            memcpy(names[j], names[j - 1], 64);
            memcpy(names[j - 1], tmp, 64);
        }
    return n;
}

static int cmd_check(const rules_opts *o)
{
    char names[128][64];
    size_t n = 0;
    if (o->profile)
        snprintf(names[n++], 64, "%s", o->profile);
    else
        n = list_profiles(o->rules, names, 128);
    if (n == 0)
        snprintf(names[n++], 64, "baseline");
    int worst = RA_EXIT_OK;
    for (size_t i = 0; i < n; i++) {
        ra_pack *pack;
        int code = load(o, names[i], &pack);
        if (code) {
            fprintf(stderr, "rules check: profile %s: FAILED\n", names[i]);
            if (code > worst)
                worst = code;
            continue;
        }
        size_t enabled = 0;
        for (size_t k = 0; k < pack->nrules; k++)
            enabled += pack->rules[k].enabled;
        printf("ok: %s with profile %s: %zu rules (%zu enabled), %zu parameters, "
               "rules_sha256 %s\n",
               o->rules, names[i], pack->nrules, enabled, pack->nparams, pack->sha256);
        ra_pack_free(pack);
    }
    return worst;
}

/* ---- rules test ----------------------------------------------------------------------- */

typedef struct {
    char rule[32], profile[64], rates[256];
    char as_of[16];
    char expected[64][80]; /* file:line */
    size_t nexpected;
    bool none;
} case_expect;

static bool read_expect(const char *path, case_expect *e, char *why, size_t whysize)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(why, whysize, "cannot open %.300s", path);
        return false;
    }
    char line[512];
    int lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        if (!line[0] || line[0] == '#')
            continue;
        char *colon = strchr(line, ':');
        char *val = colon ? colon + 1 : NULL;
        while (val && *val == ' ')
            val++;
        if (!strcmp(line, "none")) {
            e->none = true;
        } else if (colon && !strncmp(line, "rule:", 5)) {
            snprintf(e->rule, sizeof e->rule, "%s", val);
        } else if (colon && !strncmp(line, "as-of:", 6)) {
            snprintf(e->as_of, sizeof e->as_of, "%s", val);
        } else if (colon && !strncmp(line, "profile:", 8)) {
            snprintf(e->profile, sizeof e->profile, "%s", val);
        } else if (colon && !strncmp(line, "rates:", 6)) {
            snprintf(e->rates, sizeof e->rates, "%s", val);
        } else if (colon && !strncmp(line, "finding:", 8)) {
            if (e->nexpected == 64) {
                snprintf(why, whysize, "%.300s: more than 64 findings expected", path);
                fclose(f);
                return false;
            }
            snprintf(e->expected[e->nexpected++], 80, "%s", val);
        } else {
            snprintf(why, whysize, "%.300s:%d: unknown line '%.60s'", path, lineno, line);
            fclose(f);
            return false;
        }
    }
    fclose(f);
    ra_date d;
    if (!e->as_of[0] || !ra_date_parse(e->as_of, strlen(e->as_of), &d)) {
        snprintf(why, whysize, "%.300s: no valid 'as-of: YYYY-MM-DD' line", path);
        return false;
    }
    if (e->none == (e->nexpected > 0)) {
        snprintf(why, whysize, "%.300s: give either 'none' or 'finding:' lines", path);
        return false;
    }
    return true;
}

static int cmp_line(const void *a, const void *b)
{
    return strcmp((const char *)a, (const char *)b);
}

/* Runs one case directory; prints ok/FAIL; returns true when it passed. */
static bool run_case(const rules_opts *o, const char *dir, const char *name,
                     const char *default_rule)
{
    char path[PATH_BUF], why[512] = "";
    case_expect e = {0};
    snprintf(e.rule, sizeof e.rule, "%s", default_rule);
    path_join(path, sizeof path, dir, "expect");
    if (!read_expect(path, &e, why, sizeof why)) {
        printf("FAIL %s: %s\n", name, why);
        return false;
    }
    ra_pack *pack;
    const char *profile = e.profile[0] ? e.profile : o->profile;
    if (load(o, profile, &pack)) {
        printf("FAIL %s: the rule pack does not load with profile %s\n", name,
               profile ? profile : "baseline");
        return false;
    }
    ra_audit_opts opts;
    ra_audit_opts_default(&opts);
    ra_date_parse(e.as_of, strlen(e.as_of), &opts.as_of);
    char rates[PATH_BUF];
    if (e.rates[0]) {
        path_join(rates, sizeof rates, dir, e.rates);
        opts.load.rates_file = rates;
    }
    ra_audit audit;
    ra_error err;
    ra_error_clear(&err);
    bool passed = false;
    if (ra_audit_run(dir, pack, &opts, &audit, &err) != RA_OK) {
        char msg[RA_ERROR_MSG_MAX + RA_ERROR_FILE_MAX + 8];
        ra_error_format(&err, msg, sizeof msg);
        printf("FAIL %s: the audit failed: %s\n", name, msg);
    } else {
        bool known_rule = false;
        for (size_t i = 0; i < pack->nrules; i++)
            known_rule = known_rule || !strcmp(pack->rules[i].id, e.rule);
        char got[65][80];
        size_t ngot = 0;
        ra_findings_iter *it = ra_findings_iter_new(&audit.findings);
        for (const ra_finding *f; it && ngot < 65 && (f = ra_findings_iter_next(it));) {
            if (strcmp(pack->rules[f->rule].id, e.rule))
                continue;
            if (f->line)
                snprintf(got[ngot++], 80, "%s:%ld", f->file ? f->file : "-", f->line);
            else
                snprintf(got[ngot++], 80, "%s", f->file ? f->file : "-");
        }
        bool readable = it != NULL;
        readable = ra_findings_iter_free(it) && readable;
        /* The same findings, as many times each: compare sorted lists. */
        qsort(got, ngot, sizeof got[0], cmp_line);
        qsort(e.expected, e.nexpected, sizeof e.expected[0], cmp_line);
        bool same = ngot == e.nexpected;
        for (size_t i = 0; same && i < ngot; i++)
            same = !strcmp(got[i], e.expected[i]);
        if (!readable) {
            printf("FAIL %s: cannot read the findings back\n", name);
        } else if (!known_rule) {
            printf("FAIL %s: rule %s is not in the pack\n", name, e.rule);
        } else if (same) {
            printf("ok %s\n", name);
            passed = true;
        } else {
            printf("FAIL %s: %s expected", name, e.rule);
            for (size_t i = 0; i < e.nexpected; i++)
                printf(" %s", e.expected[i]);
            printf("%s, got", e.nexpected ? "" : " nothing");
            for (size_t i = 0; i < ngot; i++)
                printf(" %s", got[i]);
            printf("%s\n", ngot ? "" : " nothing");
        }
    }
    ra_audit_free(&audit);
    ra_pack_free(pack);
    return passed;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted subdirectory names of dir (caller frees each and the array). */
static char **subdirs(const char *dir, size_t *n)
{
    *n = 0;
    DIR *d = opendir(dir);
    if (!d)
        return NULL;
    char **names = NULL;
    size_t cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.')
            continue;
        char path[PATH_BUF];
        struct stat st;
        if (!path_join(path, sizeof path, dir, de->d_name))
            continue;
        if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
            continue;
        if (*n == cap) {
            cap = cap ? cap * 2 : 32;
            char **nn = realloc(names, cap * sizeof *nn);
            if (!nn)
                break;
            names = nn;
        }
        if (!(names[*n] = strdup(de->d_name)))
            break;
        (*n)++;
    }
    closedir(d);
    if (names)
        qsort(names, *n, sizeof *names, by_name);
    return names;
}

static int cmd_test(const rules_opts *o)
{
    size_t nrules;
    char **rule_dirs = subdirs(o->cases, &nrules);
    if (!rule_dirs || nrules == 0) {
        fprintf(stderr, "rules test: no cases in %s\n", o->cases);
        free(rule_dirs);
        return RA_EXIT_INPUT;
    }
    size_t passed = 0, failed = 0;
    for (size_t i = 0; i < nrules; i++) {
        char rdir[PATH_BUF];
        path_join(rdir, sizeof rdir, o->cases, rule_dirs[i]);
        size_t ncases;
        char **cases = subdirs(rdir, &ncases);
        for (size_t k = 0; k < ncases; k++) {
            char cdir[PATH_BUF], name[512];
            path_join(cdir, sizeof cdir, rdir, cases[k]);
            path_join(name, sizeof name, rule_dirs[i], cases[k]);
            if (run_case(o, cdir, name, rule_dirs[i]))
                passed++;
            else
                failed++;
            free(cases[k]);
        }
        free(cases);
        free(rule_dirs[i]);
    }
    free(rule_dirs);
    printf("%zu passed, %zu failed\n", passed, failed);
    return failed ? RA_EXIT_NEGATIVE : RA_EXIT_OK;
}

int cmd_rules(int argc, char **argv)
{
    if (argc < 2)
        return usage("missing list, check or test", NULL);
    const char *verb = argv[1];
    rules_opts o = {cli_default_rules(), NULL, "fixtures/cases"};
    for (int i = 2; i < argc; i++) {
        const char **dst = !strcmp(argv[i], "--rules")     ? &o.rules
                           : !strcmp(argv[i], "--profile") ? &o.profile
                           : !strcmp(argv[i], "--cases")   ? &o.cases
                                                           : NULL;
        if (!dst)
            return usage("unknown option", argv[i]);
        if (i + 1 >= argc)
            return usage("missing value", argv[i]);
        *dst = argv[++i];
    }
    if (!strcmp(verb, "list"))
        return cmd_list(&o);
    if (!strcmp(verb, "check"))
        return cmd_check(&o);
    if (!strcmp(verb, "test"))
        return cmd_test(&o);
    return usage("unknown verb", verb);
}
