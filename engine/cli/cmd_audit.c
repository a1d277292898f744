/* cmd_audit.c — `recruitaudit audit DIR --findings F.jsonl ...`: loads the
 * rule pack and profile, audits the submission and writes the findings as
 * JSON Lines (atomically: a temporary file renamed into place), or to
 * standard output for `--findings -`, the summary then going to stderr. */
#include <errno.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "audit.h"
#include "cli.h"
#include "job.h"
#include "progress_bar.h"
#include "rules/pack.h"

typedef struct {
    const char *dir, *findings, *rules, *profile, *rates, *as_of, *fail_on, *explain;
    const char *case_ref, *inspector;
    const char *report, *key, *cert, *chain, *pass;
    ra_csv_limits limits;
} audit_args;

static int usage(const char *msg, const char *arg)
{
    fprintf(stderr, "recruitaudit audit: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
    fprintf(stderr,
            "usage: recruitaudit audit DIR [-o report.xlsx] [--findings F.jsonl] [--rules DIR]\n"
            "                          [--profile NAME] [--key KEY --cert CERT [--chain PEM]\n"
            "                          [--pass env:VAR|file:PATH]]\n"
            "                          [--rates FILE] [--as-of YYYY-MM-DD] [--fail-on SEVERITY]\n"
            "                          [--case REF] [--inspector NAME] [--explain "
            "WORKER_ID|FILE:LINE]\n"
            "findings: --findings - writes them to standard output, the summary then to stderr;\n"
            "      a file named - is written with --findings ./-\n"
            "exit: 0 done; 1 findings at or above --fail-on; 2 usage; 3 input unusable\n"
            "      (submission, rule pack); 4 output or I/O error; 70 internal error\n");
    return RA_EXIT_USAGE;
}

static int parse_args(int argc, char **argv, audit_args *a)
{
    ra_csv_limits_default(&a->limits);
    for (int i = 1; i < argc; i++) {
        const char *opt = argv[i];
        const char **dst = !strcmp(opt, "--findings")    ? &a->findings
                           : !strcmp(opt, "--rules")     ? &a->rules
                           : !strcmp(opt, "--profile")   ? &a->profile
                           : !strcmp(opt, "--rates")     ? &a->rates
                           : !strcmp(opt, "--as-of")     ? &a->as_of
                           : !strcmp(opt, "--fail-on")   ? &a->fail_on
                           : !strcmp(opt, "--explain")   ? &a->explain
                           : !strcmp(opt, "-o")          ? &a->report
                           : !strcmp(opt, "--key")       ? &a->key
                           : !strcmp(opt, "--cert")      ? &a->cert
                           : !strcmp(opt, "--chain")     ? &a->chain
                           : !strcmp(opt, "--pass")      ? &a->pass
                           : !strcmp(opt, "--case")      ? &a->case_ref
                           : !strcmp(opt, "--inspector") ? &a->inspector
                                                         : NULL;
        size_t *limit = !strcmp(opt, "--max-field-bytes") ? &a->limits.max_field_bytes
                        : !strcmp(opt, "--max-row-bytes") ? &a->limits.max_record_bytes
                        : !strcmp(opt, "--max-columns")   ? &a->limits.max_columns
                                                          : NULL;
        if (dst || limit) {
            if (i + 1 >= argc)
                return usage("missing value", opt);
            if (limit && !cli_parse_size(argv[i + 1], limit))
                return usage("expects a positive number", opt);
            if (dst)
                *dst = argv[i + 1];
            i++;
        } else if (opt[0] == '-' && opt[1]) {
            return usage("unknown option", opt);
        } else if (a->dir) {
            return usage("only one submission directory", opt);
        } else {
            a->dir = opt;
        }
    }
    if (!a->dir)
        return usage("missing submission directory", NULL);
    return RA_EXIT_OK;
}

static void print_by_rule(FILE *out, const ra_audit *audit, const ra_pack *pack)
{
    const size_t *count = audit->findings.by_rule;
    fprintf(out, "  by rule:");
    size_t shown = 0;
    for (size_t r = 0; r < pack->nrules; r++)
        if (count[r])
            fprintf(out, "%s %s %zu", shown++ ? "," : "", pack->rules[r].id, count[r]);
    fprintf(out, "%s\n", shown ? "" : " none");
}

static void print_sdg(FILE *out, const ra_indicators *ind)
{
    fprintf(out, "SDG 10.7.1 recruitment costs paid by workers, in months of wages "
                 "(mean, median, workers):\n");
    for (size_t i = 0; i < ind->ncells; i++) {
        const ra_sdg_cell *c = &ind->cells[i];
        char mean[64], median[64], label[48];
        ra_num_format(c->mean, 2, mean, sizeof mean);
        ra_num_format(c->median, 2, median, sizeof median);
        if (c->dim == RA_DIM_ALL)
            snprintf(label, sizeof label, "all");
        else
            snprintf(label, sizeof label, "%s %s", ra_sdg_dim_name(c->dim), c->key);
        fprintf(out, "  %-26s %8s %8s %8u\n", label, mean, median, c->n);
    }
    if (!ind->ncells)
        fprintf(out, "  (no worker with a usable wage)\n");
    fprintf(out,
            "  not averaged: %u no usable wage, %u zero wage, %u currency without exchange rate\n",
            ind->excluded[RA_SDG_NO_WAGE], ind->excluded[RA_SDG_ZERO_WAGE],
            ind->excluded[RA_SDG_NO_RATE]);
}

static void print_refunds(FILE *out, const ra_audit *audit)
{
    const ra_indicators *ind = &audit->indicators;
    const ra_submission *sub = audit->sub;
    fprintf(out, "refunds due (worker-borne costs the employer must pay):\n");
    size_t k = 0;
    bool any = false;
    for (uint32_t a = 0; a < sub->nagencies; a++) {
        bool has = false;
        char usd[64];
        if (ind->agency_refund_no_rate[a])
            snprintf(usd, sizeof usd, "unknown (a currency has no rate)");
        else
            ra_num_format(ind->agency_refund_usd[a], 2, usd, sizeof usd);
        for (; k < ind->nagency_refunds && ind->agency_refunds[k].owner == a; k++) {
            char amount[RA_MONEY_FMT_MAX], code[RA_CODE_STR_MAX];
            ra_money_format(ind->agency_refunds[k].amount, amount);
            ra_currency_str(ind->agency_refunds[k].currency, code);
            if (!has)
                fprintf(out, "  %-20s %s USD (", sub->agencies[a].id, usd);
            if (ind->agency_refunds[k].beyond_range) /* the sum in code is past ra_money */
                fprintf(out, "%s%s beyond range", has ? ", " : "", code);
            else
                fprintf(out, "%s%s %s", has ? ", " : "", amount, code);
            has = any = true;
        }
        if (has)
            fprintf(out, ")\n");
    }
    if (!any)
        fprintf(out, "  none\n");
}

static void summary(FILE *out, const audit_args *a, const ra_audit *audit, const ra_pack *pack,
                    ra_date as_of)
{
    const ra_submission *s = audit->sub;
    char date[RA_DATE_FMT_MAX];
    ra_date_format(as_of, date);
    fprintf(out, "audit of %s as of %s, profile %s, rules_sha256 %s\n", a->dir, date, pack->profile,
            pack->sha256);
    if (a->case_ref || a->inspector)
        fprintf(out, "case %s, inspector %s\n", a->case_ref ? a->case_ref : "-",
                a->inspector ? a->inspector : "-");
    for (int t = 0; t < RA_TABLE_COUNT; t++) {
        const ra_file_stats *f = &s->files[t];
        if (f->present)
            fprintf(out, "  %-14s read %ld = audited %ld + rejected %ld\n", ra_table_file(t),
                    f->read, f->accepted, f->rejected);
        else
            fprintf(out, "  %-14s absent\n", ra_table_file(t));
    }
    fprintf(out, "findings: %zu (critical %zu, high %zu, medium %zu, low %zu, info %zu)\n",
            audit->findings.count, audit->by_severity[RA_SEV_CRITICAL],
            audit->by_severity[RA_SEV_HIGH], audit->by_severity[RA_SEV_MEDIUM],
            audit->by_severity[RA_SEV_LOW], audit->by_severity[RA_SEV_INFO]);
    print_by_rule(out, audit, pack);
    print_sdg(out, &audit->indicators);
    print_refunds(out, audit);
}

/* Does path name the file standard output already is (/dev/stdout, or the
 * file the shell redirected stdout to)? Such a path is written as "-": not
 * replaced by a new file, which the shell's descriptor would not see. */
static bool is_stdout(const char *path)
{
    struct stat named, out;
    return stat(path, &named) == 0 && fstat(STDOUT_FILENO, &out) == 0 &&
           named.st_dev == out.st_dev && named.st_ino == out.st_ino;
}

int cmd_audit(int argc, char **argv)
{
#ifdef __GLIBC__
    /* One malloc arena for the audit's threads (tokeniser, rules, contracts,
     * JSONL writer): with one arena per thread, memory a thread frees stays
     * in its arena, and the national-scale audit's peak grew by about 15 MB
     * (531 MB against 516 MB, GNU time %M on /tmp/big1m). Their allocations
     * are few and large, so the shared lock costs no measurable time. */
    mallopt(M_ARENA_MAX, 1);
#endif
    audit_args a = {0};
    int code = parse_args(argc, argv, &a);
    if (code)
        return code;
    ra_severity fail_on = RA_SEV_CRITICAL;
    bool fail_set = false;
    if (a.fail_on) {
        if (!ra_severity_parse(a.fail_on, &fail_on))
            return usage("--fail-on takes info, low, medium, high or critical", a.fail_on);
        fail_set = true;
    }
    ra_audit_opts opts;
    ra_audit_opts_default(&opts);
    if (!cli_as_of(a.as_of, &opts.as_of))
        return RA_EXIT_USAGE;
    opts.load.limits = a.limits;
    opts.load.rates_file = a.rates;
    /* With the findings on stdout, everything else goes to stderr, so that
     * stdout is pure JSON Lines for jq or wc -l. */
    bool findings_to_stdout = a.findings && (!strcmp(a.findings, "-") || is_stdout(a.findings));
    FILE *text_out = findings_to_stdout ? stderr : stdout;
    opts.explain = a.explain;
    opts.explain_out = text_out;

    ra_pack *pack = NULL;
    ra_diags diags = {0};
    ra_error err;
    ra_error_clear(&err);
    ra_status st =
        ra_pack_load(a.rules ? a.rules : cli_default_rules(), a.profile, &pack, &diags, &err);
    for (size_t i = 0; i < diags.n; i++)
        ra_diag_print(stderr, &diags.items[i]);
    ra_diags_free(&diags);
    if (st != RA_OK) {
        char msg[RA_ERROR_MSG_MAX + RA_ERROR_FILE_MAX + 8];
        ra_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "error: %s; no audit runs on a rule pack that does not check\n", msg);
        return ra_exit_for(st);
    }
    if ((a.key || a.cert || a.chain || a.pass) && !(a.key && a.cert && a.report)) {
        ra_pack_free(pack);
        return usage("signing needs -o, --key and --cert together", NULL);
    }
    ra_signer *signer = NULL;
    if (a.key) {
        st = ra_signer_load(a.key, a.cert, a.chain, a.pass, &signer, &err);
        if (st != RA_OK) {
            char msg[RA_ERROR_MSG_MAX + RA_ERROR_FILE_MAX + 8];
            ra_error_format(&err, msg, sizeof msg);
            fprintf(stderr, "error: %s\n", msg);
            ra_pack_free(pack);
            return ra_exit_for(st);
        }
    }
    ra_job job = {
        .dir = a.dir,
        .pack = pack,
        .audit = opts,
        .case_ref = a.case_ref,
        .inspector = a.inspector,
        .report_path = a.report,
        .findings_path = findings_to_stdout ? NULL : a.findings,
        .findings_out = findings_to_stdout ? stdout : NULL,
        .signer = signer,
        .created = ra_job_created(opts.as_of),
    };
    /* --explain writes to stderr as the audit runs: no bar then. */
    cli_bar bar = {0};
    if (!a.explain)
        job.audit.load.progress = cli_bar_start(&bar);
    ra_audit audit;
    st = ra_job_run(&job, &audit, &err);
    cli_bar_stop(&bar);
    ra_signer_free(signer);
    if (st != RA_OK) {
        char msg[RA_ERROR_MSG_MAX + RA_ERROR_FILE_MAX + 8];
        ra_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "error: %s\n", msg);
        ra_audit_free(&audit);
        ra_pack_free(pack);
        return ra_exit_for(st);
    }
    if (a.explain && !audit.explained)
        fprintf(stderr, "warning: --explain %s matched no row (give a worker_id or FILE:LINE)\n",
                a.explain);
    code = RA_EXIT_OK;
    if (code == RA_EXIT_OK) {
        summary(text_out, &a, &audit, pack, opts.as_of);
        if (a.report)
            fprintf(text_out, "report: %s%s%s%s\n", a.report, a.key ? ", signature: " : "",
                    a.key ? a.report : "", a.key ? ".p7s" : "");
        if (fail_set)
            for (int s = fail_on; s <= RA_SEV_CRITICAL; s++)
                if (audit.by_severity[s])
                    code = RA_EXIT_NEGATIVE;
    }
    ra_audit_free(&audit);
    ra_pack_free(pack);
    if (fflush(stdout) != 0 && code == RA_EXIT_OK)
        code = RA_EXIT_IO;
    return code;
}
