/* cmd_verify.c — `recruitaudit verify report.xlsx [--sig FILE] --ca CA.pem
 * [--inputs DIR] [--at-signing-time] [--json]`: is the report exactly what a
 * trusted signer signed (and made from these inputs)? Prints the signer, the
 * manifest and one reason line per failed check. Exit 0 only when every
 * check holds, 1 when the report is not authentic, 2 usage, 3 when the
 * report, CA file or inputs directory cannot be read. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "findings.h"
#include "verify.h"

typedef struct {
    const char *report, *sig, *ca, *inputs;
    bool at_signing_time, json;
} verify_args;

static int usage(const char *msg, const char *arg)
{
    fprintf(stderr, "recruitaudit verify: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
    fprintf(stderr, "usage: recruitaudit verify report.xlsx [--sig FILE] --ca CA.pem "
                    "[--inputs DIR] [--at-signing-time] [--json]\n");
    return RA_EXIT_USAGE;
}

static int parse_args(int argc, char **argv, verify_args *a)
{
    for (int i = 1; i < argc; i++) {
        const char *opt = argv[i];
        const char **dst = !strcmp(opt, "--sig")      ? &a->sig
                           : !strcmp(opt, "--ca")     ? &a->ca
                           : !strcmp(opt, "--inputs") ? &a->inputs
                                                      : NULL;
        if (dst) {
            if (i + 1 >= argc)
                return usage("missing value", opt);
            *dst = argv[++i];
        } else if (!strcmp(opt, "--at-signing-time")) {
            a->at_signing_time = true;
        } else if (!strcmp(opt, "--json")) {
            a->json = true;
        } else if (opt[0] == '-' && opt[1]) {
            return usage("unknown option", opt);
        } else if (a->report) {
            return usage("only one report", opt);
        } else {
            a->report = opt;
        }
    }
    if (!a->report)
        return usage("missing report", NULL);
    if (!a->ca)
        return usage("--ca CA.pem is required: the CA certificates you trust", NULL);
    return RA_EXIT_OK;
}

static const char *or_none(const char *s)
{
    return s && *s ? s : "(none)";
}

static void print_text(const verify_args *a, const ra_verify_result *r)
{
    printf("report:       %s\n", a->report);
    printf("signature:    %s\n", r->sig_path);
    if (r->signer_found) {
        printf("signer:       %s\n", r->subject);
        printf("issuer:       %s\n", r->issuer);
        printf("serial:       %s\n", r->serial);
        printf("sha256:       %s\n", r->sha256);
        printf("valid:        %s to %s\n", r->not_before, r->not_after);
        if (r->has_signing_time)
            printf("signing time: %s (the signer's own claim, from its clock)\n", r->signing_time);
        else
            printf("signing time: (none in the signature)\n");
        printf("checked at:   %s (%s)\n", r->checked_at,
               a->at_signing_time ? "the signing time, as the signer claims it" : "now");
        printf("ESS signing-certificate attribute: %s\n", r->has_ess ? "present" : "absent");
    }
    if (r->manifest_state == RA_MANIFEST_FOUND) {
        const ra_manifest *m = &r->manifest;
        printf("manifest (document properties of the report):\n");
        printf("  engine version  %s\n", or_none(m->engine_version));
        printf("  rules_sha256    %s\n", or_none(m->rules_sha256));
        printf("  profile         %s\n", or_none(m->profile));
        printf("  as-of           %s\n", or_none(m->as_of));
        if (m->rates_source[0])
            printf("  rates           %s (sha256 %s)\n", m->rates_source, or_none(m->rates_sha256));
        else
            printf("  rates           (none)\n");
        printf("  case            %s\n", or_none(m->case_ref));
        printf("  inspector       %s\n", or_none(m->inspector));
        if (m->signer_subject[0] || m->signer_sha256[0])
            printf("  signer          %s (sha256 %s)\n", or_none(m->signer_subject),
                   or_none(m->signer_sha256));
        else
            printf("  signer          (none recorded)\n");
        printf("  inputs          %zu\n", m->nfiles);
        for (size_t i = 0; i < m->nfiles; i++)
            printf("    %s %10llu  %s\n", m->files[i].sha256, (unsigned long long)m->files[i].size,
                   m->files[i].path);
    } else {
        printf("manifest:     %s\n", r->manifest_error);
    }
    if (a->inputs)
        printf("inputs:       %zu checked in %s\n", r->inputs_checked, a->inputs);
    for (size_t i = 0; i < r->nfailures; i++)
        printf("FAIL %s: %s\n", ra_verify_check_title(r->failures[i].check), r->failures[i].detail);
    if (r->authentic)
        printf("result: AUTHENTIC: the report is exactly what this signer signed, the signer "
               "chains to your CA%s\n",
               a->inputs ? ", and every input matches" : "");
    else if (r->report_authentic)
        printf("result: INPUTS DIFFER: the report itself is authentic and signed by this signer, "
               "but it was not made from these inputs (%zu failed check%s)\n",
               r->nfailures, r->nfailures == 1 ? "" : "s");
    else
        printf("result: NOT AUTHENTIC (%zu failed check%s)\n", r->nfailures,
               r->nfailures == 1 ? "" : "s");
}

static void json_key(const char *k, const char *v, bool comma)
{
    printf("%s", comma ? "," : "");
    ra_json_string(stdout, k);
    putchar(':');
    ra_json_string(stdout, v);
}

static void print_json(const verify_args *a, const ra_verify_result *r)
{
    printf("{");
    json_key("report", a->report, false);
    json_key("signature", r->sig_path, true);
    printf(",\"authentic\":%s,\"report_authentic\":%s,\"failures\":[",
           r->authentic ? "true" : "false", r->report_authentic ? "true" : "false");
    for (size_t i = 0; i < r->nfailures; i++) {
        printf("%s{", i ? "," : "");
        json_key("check", ra_verify_check_code(r->failures[i].check), false);
        json_key("title", ra_verify_check_title(r->failures[i].check), true);
        json_key("reason", r->failures[i].detail, true);
        printf("}");
    }
    printf("],\"signer\":");
    if (r->signer_found) {
        printf("{");
        json_key("subject", r->subject, false);
        json_key("issuer", r->issuer, true);
        json_key("serial", r->serial, true);
        json_key("sha256", r->sha256, true);
        json_key("not_before", r->not_before, true);
        json_key("not_after", r->not_after, true);
        json_key("signing_time", r->has_signing_time ? r->signing_time : NULL, true);
        printf(",\"signing_time_is_signer_claim\":true,\"ess_signing_certificate\":%s}",
               r->has_ess ? "true" : "false");
    } else {
        printf("null");
    }
    json_key("checked_at", r->checked_at, true);
    json_key("checked_at_kind", a->at_signing_time ? "signing-time" : "now", true);
    printf(",\"manifest\":");
    if (r->manifest_state == RA_MANIFEST_FOUND) {
        const ra_manifest *m = &r->manifest;
        printf("{");
        json_key("engine_version", m->engine_version, false);
        json_key("rules_sha256", m->rules_sha256, true);
        json_key("profile", m->profile, true);
        json_key("as_of", m->as_of, true);
        json_key("rates_source", m->rates_source[0] ? m->rates_source : NULL, true);
        json_key("rates_sha256", m->rates_sha256[0] ? m->rates_sha256 : NULL, true);
        json_key("case", m->case_ref[0] ? m->case_ref : NULL, true);
        json_key("inspector", m->inspector[0] ? m->inspector : NULL, true);
        json_key("signer_subject", m->signer_subject[0] ? m->signer_subject : NULL, true);
        json_key("signer_sha256", m->signer_sha256[0] ? m->signer_sha256 : NULL, true);
        printf(",\"inputs\":[");
        for (size_t i = 0; i < m->nfiles; i++) {
            printf("%s{", i ? "," : "");
            json_key("path", m->files[i].path, false);
            printf(",\"size\":%llu", (unsigned long long)m->files[i].size);
            json_key("sha256", m->files[i].sha256, true);
            printf("}");
        }
        printf("]}");
    } else {
        printf("null");
    }
    json_key("manifest_error", r->manifest_state == RA_MANIFEST_FOUND ? NULL : r->manifest_error,
             true);
    if (a->inputs)
        printf(",\"inputs_checked\":%zu", r->inputs_checked);
    else
        printf(",\"inputs_checked\":null");
    printf("}\n");
}

int cmd_verify(int argc, char **argv)
{
    verify_args a = {0};
    int code = parse_args(argc, argv, &a);
    if (code)
        return code;
    ra_verify_opts o = {.report = a.report,
                        .sig = a.sig,
                        .ca_file = a.ca,
                        .inputs_dir = a.inputs,
                        .at_signing_time = a.at_signing_time};
    ra_verify_result r;
    ra_error err;
    ra_error_clear(&err);
    ra_status st = ra_verify_report(&o, &r, &err);
    if (st != RA_OK) {
        char msg[RA_ERROR_MSG_MAX + RA_ERROR_FILE_MAX + 8];
        ra_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "error: %s\n", msg);
        ra_verify_result_free(&r);
        return ra_exit_for(st);
    }
    if (a.json)
        print_json(&a, &r);
    else
        print_text(&a, &r);
    code = r.authentic ? RA_EXIT_OK : RA_EXIT_NEGATIVE;
    ra_verify_result_free(&r);
    if (fflush(stdout) != 0 && code == RA_EXIT_OK)
        code = RA_EXIT_IO;
    return code;
}
