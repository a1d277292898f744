/* audit_contracts.c — contract rules: each contract named by the accepted
 * workers is read once (contracts/<id>.txt, and <id>.origin.txt when it
 * exists), cut into sentences, and given to the contract rules; a contract
 * shared by several workers gives one finding that lists them. Problems
 * (unsafe id, missing or binary file, a pattern at its PCRE2 limit) become
 * data-quality events, and the audit goes on. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "audit_internal.h"
#include "contract_text.h"
#include "intern.h"

#define WORKER_IDS_MAX 50 /* evidence lists the first 50 workers of a contract */

typedef struct {
    const char *id;
    uint32_t first_worker, last_worker, nworkers;
    bool one_agency, one_wage;
} contract_info;

static bool regular_file(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Contracts in the order their first worker appears in workers.csv. */
static contract_info *collect(auditor *a, uint32_t *next, size_t *n)
{
    const ra_submission *sub = a->sub;
    ra_strmap ids;
    ra_strmap_init(&ids);
    contract_info *list = NULL;
    size_t cap = 0;
    *n = 0;
    for (uint32_t i = 0; i < sub->nworkers; i++) {
        const ra_worker *w = &sub->workers[i];
        if (!w->contract_id)
            continue;
        uint32_t k;
        int r = ra_strmap_put(&ids, w->contract_id, strlen(w->contract_id), (uint32_t)*n, &k, NULL);
        if (r < 0)
            goto nomem;
        if (r == 1) {
            if (*n == cap) {
                cap = cap ? cap * 2 : 64;
                contract_info *nl = realloc(list, cap * sizeof *nl);
                if (!nl)
                    goto nomem;
                list = nl;
            }
            list[*n] = (contract_info){w->contract_id, i, i, 1, true, true};
            (*n)++;
            continue;
        }
        contract_info *c = &list[k];
        next[c->last_worker] = i + 1; /* the workers of a contract, chained */
        c->last_worker = i;
        const ra_worker *first = &sub->workers[c->first_worker];
        c->nworkers++;
        c->one_agency = c->one_agency && first->agency == w->agency;
        c->one_wage = c->one_wage && first->wage_usable == w->wage_usable &&
                      first->monthly_wage == w->monthly_wage &&
                      first->wage_currency == w->wage_currency;
    }
    ra_strmap_free(&ids);
    return list;
nomem:
    ra_strmap_free(&ids);
    free(list);
    a->nomem = true;
    *n = 0;
    return NULL;
}

/* "worker_count":N,"worker_ids":["W-1",...] for a shared contract; next
 * chains the workers of each contract (index + 1, 0 = end). */
static char *worker_ids_json(const auditor *a, const contract_info *c, const uint32_t *next)
{
    size_t size = 64 + (size_t)WORKER_IDS_MAX * 140;
    char *out = malloc(size);
    if (!out)
        return NULL;
    size_t n = (size_t)snprintf(out, size, "\"worker_count\":%u,\"worker_ids\":[", c->nworkers);
    uint32_t listed = 0;
    for (uint32_t i = c->first_worker + 1; i && listed < WORKER_IDS_MAX; i = next[i - 1]) {
        const ra_worker *w = &a->sub->workers[i - 1];
        n += (size_t)snprintf(out + n, size - n, "%s\"", listed ? "," : "");
        for (const char *p = w->id; *p && n + 8 < size; p++) {
            unsigned char ch = (unsigned char)*p;
            if (ch == '"' || ch == '\\')
                out[n++] = '\\';
            if (ch < 0x20)
                n += (size_t)snprintf(out + n, size - n, "\\u%04x", ch);
            else
                out[n++] = (char)ch;
        }
        n += (size_t)snprintf(out + n, size - n, "\"");
        listed++;
    }
    snprintf(out + n, size - n, "]");
    return out;
}

static void evaluate(auditor *a, const ra_contract_view *view, const contract_info *c,
                     const char *file, const char *extra)
{
    const ra_submission *sub = a->sub;
    const ra_worker *first = &sub->workers[c->first_worker];
    ra_scan_note scan = {0};
    ra_ctx cx = audit_context(a);
    cx.contract = view;
    cx.rx = a->rx;
    cx.scan = &scan;
    if (c->one_agency) {
        cx.agency = &sub->agencies[first->agency];
        cx.agency_index = first->agency;
    }
    identity id = {c->one_agency ? first->agency : RA_NONE,
                   c->nworkers == 1 ? c->first_worker : RA_NONE,
                   file,
                   0,
                   NULL,
                   c->id,
                   extra};
    /* Contract-level rules (line null), then each sentence. */
    cx.rows_sentence = false;
    audit_run_rules(a, RA_SCOPE_CONTRACT, &cx, &id);
    cx.rows_sentence = true;
    for (size_t s = 0; s < view->text->n && !a->nomem; s++) {
        cx.sentence = s;
        id.line = view->text->sentences[s].line;
        audit_run_rules(a, RA_SCOPE_CONTRACT, &cx, &id);
    }
}

static bool has_contract_rules(const ra_pack *pack)
{
    for (size_t i = 0; i < pack->nrules; i++)
        if (pack->rules[i].scope == RA_SCOPE_CONTRACT && pack->rules[i].enabled)
            return true;
    return false;
}

void audit_contract_phase(auditor *a)
{
    const ra_submission *sub = a->sub;
    if (!has_contract_rules(a->pack))
        return;
    if (!a->rx && !(a->rx = ra_rx_new())) {
        a->nomem = true;
        return;
    }
    size_t n;
    uint32_t *next = calloc(sub->nworkers ? sub->nworkers : 1, sizeof *next);
    if (!next) {
        a->nomem = true;
        return;
    }
    contract_info *list = collect(a, next, &n);
    for (size_t i = 0; i < n && !a->nomem; i++) {
        contract_info *c = &list[i];
        const ra_worker *first = &sub->workers[c->first_worker];
        char file[512], msg[1024], why[256];
        snprintf(file, sizeof file, "contracts/%.400s.txt", c->id);
        if (!ra_contract_id_safe(c->id)) {
            snprintf(msg, sizeof msg,
                     "contract_id '%.100s' cannot name a file in contracts/ (letters, digits, "
                     "'.', '_' and '-' only, not starting with '.'): not scanned",
                     c->id);
            audit_dq(a, "contract-problem", "workers.csv", first->line, msg);
            continue;
        }
        if (!sub->contracts_present)
            continue; /* the report says contracts/ is absent */
        char path[4700];
        snprintf(path, sizeof path, "%s/%s", sub->dir, file);
        ra_contract_text text, origin;
        ra_ct_status st = ra_contract_text_load(path, &text, why, sizeof why);
        if (st != RA_CT_OK) {
            snprintf(msg, sizeof msg, "%s %s", file, why);
            audit_dq(a, "contract-problem", st == RA_CT_MISSING ? "workers.csv" : file,
                     st == RA_CT_MISSING ? first->line : 0, msg);
            continue;
        }
        char opath[4700];
        snprintf(opath, sizeof opath, "%s/contracts/%s.origin.txt", sub->dir, c->id);
        bool has_origin = regular_file(opath);
        if (has_origin && ra_contract_text_load(opath, &origin, why, sizeof why) != RA_CT_OK) {
            snprintf(msg, sizeof msg, "contracts/%.200s.origin.txt %s", c->id, why);
            audit_dq(a, "contract-problem", file, 0, msg);
            has_origin = false;
        }
        ra_contract_view view = {
            .id = c->id,
            .lang = first->contract_language,
            .text = &text,
            .origin = has_origin ? &origin : NULL,
            .nworkers = c->nworkers,
            .worker_id = c->nworkers == 1 ? first->id : NULL,
            .wage = c->one_wage && first->wage_usable
                        ? ra_v_money(first->monthly_wage, first->wage_currency)
                        : RA_NULL,
        };
        char *extra = c->nworkers > 1 ? worker_ids_json(a, c, next) : NULL;
        if (c->nworkers > 1 && !extra)
            a->nomem = true;
        else
            evaluate(a, &view, c, file, extra);
        free(extra);
        ra_contract_text_free(&text);
        if (has_origin)
            ra_contract_text_free(&origin);
    }
    free(list);
    free(next);
}
