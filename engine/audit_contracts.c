/* audit_contracts.c — contract rules: each contract named by the accepted
 * workers is read once (contracts/<id>.txt, and <id>.origin.txt when it
 * exists), cut into sentences, and given to the contract rules; a contract
 * shared by several workers gives one finding that lists them. Problems
 * (unsafe id, missing or binary file, a pattern at its PCRE2 limit) become
 * data-quality events, and the audit goes on. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "audit_internal.h"
#include "contract_language.h"
#include "contract_parties.h"
#include "contract_views.h"
#include "contract_voice.h"
#include "contract_sections.h"
#include "contract_text.h"
#include "intern.h"
#include "isocodes.h"

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

/* *out = the contracts in the order their first worker appears in
 * workers.csv (NULL when there are none); false when out of memory. */
static bool collect(auditor *a, uint32_t *next, contract_info **out, size_t *n)
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
    *out = list;
    return true;
nomem:
    ra_strmap_free(&ids);
    free(list);
    *n = 0;
    return false;
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

static bool cancelled(const auditor *a)
{
    return a->cancel && atomic_load_explicit(a->cancel, memory_order_relaxed);
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
    identity id = {.agency = c->one_agency ? first->agency : RA_NONE,
                   .worker = c->nworkers == 1 ? c->first_worker : RA_NONE,
                   .file = file,
                   .contract_id = c->id,
                   .extra_evidence = extra};
    /* Contract-level rules (line null), then each sentence. */
    cx.rows_sentence = false;
    audit_run_rules(a, RA_SCOPE_CONTRACT, &cx, &id);
    cx.rows_sentence = true;
    size_t match_at;
    cx.match_at = &match_at;
    /* The sentences in the contract's language, then those in the other
     * language of a bilingual text (audit_repeated). */
    const ra_contract_text *text = view->text;
    a->nfired = 0;
    if (!a->reach &&
        !(a->reach = calloc(a->pack->nrules ? a->pack->nrules : 1, sizeof *a->reach))) {
        a->nomem = true;
        return;
    }
    memset(a->reach, 0, a->pack->nrules * sizeof *a->reach);
    for (int pass = 0; pass < (text->bilingual ? 2 : 1); pass++) {
        for (size_t s = 0; s < text->n && !a->nomem && !cancelled(a); s++) {
            if ((text->sentences[s].lang != RA_CODE_NONE) != (pass == 1))
                continue;
            cx.sentence = s;
            id.line = text->sentences[s].line;
            id.end_line = text->sentences[s].end_line;
            audit_run_rules(a, RA_SCOPE_CONTRACT, &cx, &id);
        }
    }
}

/* The translation case of audit_repeated. */
static bool translated(auditor *a, uint32_t rule, const ra_ctx *cx)
{
    if (!cx->contract->text->bilingual)
        return false;
    size_t k = cx->sentence;
    if (cx->contract->text->sentences[k].lang == RA_CODE_NONE) {
        /* the first pass: remember where the rule fired */
        if (!ra_grow((void **)&a->fired, &a->cap_fired, a->nfired + 1, sizeof *a->fired)) {
            a->nomem = true;
            return false;
        }
        a->fired[a->nfired++] = (fired_clause){rule, k};
        return false;
    }
    for (size_t i = 0; i < a->nfired; i++)
        if (a->fired[i].rule == rule &&
            (a->fired[i].sentence > k ? a->fired[i].sentence - k : k - a->fired[i].sentence) <=
                RA_TRANSLATION_SENTENCES)
            return true;
    return false;
}

bool audit_repeated(auditor *a, uint32_t rule, const ra_ctx *cx)
{
    if (!cx->rows_sentence || !cx->contract || !cx->contract->text || !a->reach)
        return false;
    if (translated(a, rule, cx))
        return true;
    const ra_sentence *s = &cx->contract->text->sentences[cx->sentence];
    clause_reach *r = &a->reach[rule];
    if (r->first && s->line >= r->first && s->line <= r->last) {
        if (s->end_line > r->last)
            r->last = s->end_line;
        return true;
    }
    *r = (clause_reach){s->line, s->end_line};
    return false;
}

/* What the rules see besides the sentences: the heading each stands under,
 * and the parties' own names and the first person read as the sides' words. */
static bool prepare_text(ra_contract_text *text, ra_code lang)
{
    ra_contract_languages(text, lang);
    ra_contract_headings(text);
    ra_parties parties;
    ra_parties_find(text, &parties);
    ra_voice *voices = malloc((text->n ? text->n : 1) * sizeof *voices);
    if (!voices)
        return false;
    ra_contract_voices(text, &parties, voices);
    bool ok = ra_contract_views_build(text, &parties, voices, lang == ra_language_lookup("id", 2));
    free(voices);
    return ok;
}

static bool has_contract_rules(const ra_pack *pack)
{
    for (size_t i = 0; i < pack->nrules; i++)
        if (pack->rules[i].scope == RA_SCOPE_CONTRACT && pack->rules[i].enabled)
            return true;
    return false;
}

/* The contracts to scan, and the next one to claim: the contract thread
 * claims them one by one, and the auditor's own thread joins in when it is
 * done with the rest of the audit. A contract is scanned whole by one
 * thread, so its findings keep their order; findings of two contracts never
 * tie in the order of the findings file (their files differ). */
typedef struct {
    contract_info *list;
    size_t n;
    uint32_t *next; /* the workers of each contract, chained (collect) */
    atomic_size_t claimed;
} contract_plan;

static bool plan_make(auditor *a, contract_plan *plan)
{
    const ra_submission *sub = a->sub;
    plan->n = 0;
    plan->list = NULL;
    atomic_init(&plan->claimed, 0);
    plan->next = calloc(sub->nworkers ? sub->nworkers : 1, sizeof *plan->next);
    if (plan->next && collect(a, plan->next, &plan->list, &plan->n))
        return true;
    free(plan->next);
    plan->next = NULL;
    return false;
}

static void plan_free(contract_plan *plan)
{
    free(plan->list);
    free(plan->next);
}

/* Scans the i-th contract of the plan. */
static void scan_one(auditor *a, const contract_plan *plan, size_t i)
{
    const ra_submission *sub = a->sub;
    const contract_info *c = &plan->list[i];
    const ra_worker *first = &sub->workers[c->first_worker];
    char file[512], msg[1024], why[256];
    snprintf(file, sizeof file, "contracts/%.400s.txt", c->id);
    if (!ra_contract_id_safe(c->id)) {
        snprintf(msg, sizeof msg,
                 "contract_id '%.100s' cannot name a file in contracts/ (letters, digits, "
                 "'.', '_' and '-' only, not starting with '.'): not scanned",
                 c->id);
        audit_dq(a, "contract-problem", "workers.csv", first->line, msg);
        return;
    }
    if (!sub->contracts_present)
        return; /* the report says contracts/ is absent */
    char path[4700];
    snprintf(path, sizeof path, "%s/%s", sub->dir, file);
    ra_contract_text text, origin;
    ra_ct_status st = ra_contract_text_load(path, &text, why, sizeof why);
    if (st != RA_CT_OK) {
        snprintf(msg, sizeof msg, "%s %s", file, why);
        audit_dq(a, "contract-problem", st == RA_CT_MISSING ? "workers.csv" : file,
                 st == RA_CT_MISSING ? first->line : 0, msg);
        return;
    }
    char opath[4700];
    snprintf(opath, sizeof opath, "%s/contracts/%s.origin.txt", sub->dir, c->id);
    bool has_origin = regular_file(opath);
    if (has_origin && ra_contract_text_load(opath, &origin, why, sizeof why) != RA_CT_OK) {
        snprintf(msg, sizeof msg, "contracts/%.200s.origin.txt %s", c->id, why);
        audit_dq(a, "contract-problem", file, 0, msg);
        has_origin = false;
    }
    /* Each version is read with the party names it defines itself. */
    ra_code lang = first->contract_language;
    if (!prepare_text(&text, lang) || (has_origin && !prepare_text(&origin, lang)))
        a->nomem = true;
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
    char *extra = c->nworkers > 1 ? worker_ids_json(a, c, plan->next) : NULL;
    if (c->nworkers > 1 && !extra)
        a->nomem = true;
    else
        evaluate(a, &view, c, file, extra);
    free(extra);
    ra_contract_text_free(&text);
    if (has_origin)
        ra_contract_text_free(&origin);
}

/* Scans the contracts of the plan not yet claimed, claiming each. */
static void scan_claimed(auditor *a, contract_plan *plan)
{
    if (!a->rx && !(a->rx = ra_rx_new())) {
        a->nomem = true;
        return;
    }
    for (;;) {
        if (a->nomem || cancelled(a))
            break;
        size_t i = atomic_fetch_add(&plan->claimed, 1);
        if (i >= plan->n)
            break;
        scan_one(a, plan, i);
    }
    ra_rx_forget(a->rx); /* the sentences they repeat are done with */
}

static void scan_contracts(auditor *a)
{
    if (!has_contract_rules(a->pack))
        return;
    contract_plan plan;
    if (!plan_make(a, &plan)) {
        a->nomem = true;
        return;
    }
    scan_claimed(a, &plan);
    plan_free(&plan);
}

/* ---- the scan on a thread of its own ------------------------------------------------- */

/* The thread audits with an auditor of its own: its own regex state, lets,
 * scratch, data-quality list and findings store; it shares only what stays
 * fixed once the workers are loaded (the pack, the options, the agencies,
 * the workers, the rates and the per-worker tables prepare() built). */
struct audit_contract_job {
    pthread_t thread;
    auditor a;
    ra_audit out; /* the thread's findings and counts */
    atomic_bool cancel;
    /* The plan, made by whichever of the two threads comes first. */
    pthread_mutex_t mu;
    contract_plan plan;
    bool planned, plan_failed;
};

/* The job's plan, made now by t if the other thread has not made it; NULL
 * when it could not be made. */
static contract_plan *job_plan(audit_contract_job *job, auditor *t)
{
    pthread_mutex_lock(&job->mu);
    if (!job->planned && !job->plan_failed) {
        job->planned = plan_make(t, &job->plan);
        job->plan_failed = !job->planned;
    }
    contract_plan *plan = job->planned ? &job->plan : NULL;
    pthread_mutex_unlock(&job->mu);
    return plan;
}

/* Contract rules that read aggregates over fees or documents would race
 * with the loader, and --explain prints in row order: both scan inline. */
static bool can_run_alone(const auditor *a)
{
    if (a->opts->inline_rules || a->opts->explain || !has_contract_rules(a->pack))
        return false;
    for (size_t i = 0; i < a->pack->nrules; i++)
        if (a->pack->rules[i].scope == RA_SCOPE_CONTRACT && a->pack->rules[i].naggs)
            return false;
    return true;
}

static void *contract_thread(void *p)
{
    audit_contract_job *job = p;
    contract_plan *plan = job_plan(job, &job->a);
    if (plan)
        scan_claimed(&job->a, plan);
    else
        job->a.nomem = true;
    return NULL;
}

static void job_free(audit_contract_job *job)
{
    auditor *t = &job->a;
    ra_rx_free(t->rx);
    free(t->dq);
    ra_arena_free(&t->arena);
    free(t->lets);
    free(t->fired);
    free(t->reach);
    ra_findings_free(&job->out.findings);
    if (job->planned)
        plan_free(&job->plan);
    pthread_mutex_destroy(&job->mu);
    free(job);
}

bool audit_contracts_start(auditor *a)
{
    if (a->contract_job || !can_run_alone(a))
        return false;
    audit_contract_job *job = calloc(1, sizeof *job);
    if (!job)
        return false; /* the scan runs inline, where running out is reported */
    atomic_init(&job->cancel, false);
    if (pthread_mutex_init(&job->mu, NULL) != 0) {
        free(job);
        return false;
    }
    auditor *t = &job->a;
    *t = (auditor){
        .pack = a->pack,
        .opts = a->opts,
        .out = &job->out,
        .sub = a->sub,
        .ready = true,
        .contract_file = a->contract_file,
        .agency_workers = a->agency_workers,
        .lets = calloc(a->pack->max_lets ? a->pack->max_lets : 1, sizeof *t->lets),
        .cancel = &job->cancel,
    };
    ra_arena_init(&t->arena, 16 * 1024);
    /* A sixteenth of the findings budget: contract findings are few (about
     * one per contract in a national audit), and a larger store only adds
     * to the audit's peak memory. */
    size_t budget =
        a->opts->findings_memory ? a->opts->findings_memory : RA_FINDINGS_MEMORY_DEFAULT;
    if (!t->lets || !ra_findings_init(&job->out.findings, a->pack, budget / 16 ? budget / 16 : 1) ||
        pthread_create(&job->thread, NULL, contract_thread, job) != 0) {
        job_free(job);
        return false;
    }
    a->contract_job = job;
    return true;
}

void audit_contracts_stop(auditor *a)
{
    audit_contract_job *job = a->contract_job;
    if (!job)
        return;
    atomic_store(&job->cancel, true);
    pthread_join(job->thread, NULL);
    job_free(job);
    a->contract_job = NULL;
}

/* A failure of the thread's findings store (its temporary file, or memory)
 * is reported as one of the audit's own. */
static void note_store_error(auditor *a, int err)
{
    if (err && err != ENOMEM)
        a->findings_error = err;
    else
        a->nomem = true;
}

/* Adds the thread's findings and events to a. Its findings come back in
 * sorted order, and sorting is by scope first: among the contract findings,
 * which tie only with each other, the order of an inline scan is kept. */
static void merge(auditor *a, audit_contract_job *job)
{
    auditor *t = &job->a;
    ra_findings *mine = &job->out.findings;
    if (t->nomem) {
        note_store_error(a, ra_findings_error(mine));
        return;
    }
    if (a->nomem)
        return;
    if (!ra_findings_finish(mine)) {
        note_store_error(a, ra_findings_error(mine));
        return;
    }
    ra_findings_iter *it = ra_findings_iter_new(mine);
    if (!it) {
        a->nomem = true;
        return;
    }
    const ra_finding *f;
    while (!a->nomem && (f = ra_findings_iter_next(it)) != NULL)
        if (!ra_findings_add(&a->out->findings, f))
            a->nomem = true; /* the main store keeps its own error */
    if (!ra_findings_iter_free(it))
        note_store_error(a, errno);
    for (int s = 0; s <= RA_SEV_CRITICAL; s++)
        a->out->by_severity[s] += job->out.by_severity[s];
    for (size_t i = 0; i < t->ndq && !a->nomem; i++)
        audit_dq(a, t->dq[i].kind, t->dq[i].file, t->dq[i].line, t->dq[i].message);
}

void audit_contract_phase(auditor *a)
{
    audit_contract_job *job = a->contract_job;
    if (!job) {
        scan_contracts(a);
        return;
    }
    /* The contracts the thread has not claimed yet are scanned here too:
     * this thread is done with everything else. */
    if (!a->nomem) {
        contract_plan *plan = job_plan(job, a);
        if (plan)
            scan_claimed(a, plan);
        else
            a->nomem = true;
    }
    pthread_join(job->thread, NULL);
    merge(a, job);
    job_free(job);
    a->contract_job = NULL;
}
