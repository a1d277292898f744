/* audit_internal.h — the audit driver's state, shared by audit.c (rows,
 * workers, agencies, data quality) and audit_contracts.c (contract texts).
 * Private to the engine. */
#ifndef RA_AUDIT_INTERNAL_H
#define RA_AUDIT_INTERNAL_H

#include <stdatomic.h>

#include "audit.h"
#include "rules/eval.h"

typedef struct audit_contract_job audit_contract_job;
typedef struct audit_stream audit_stream;

/* A clause rule that fired on a sentence (audit_repeated). */
typedef struct {
    uint32_t rule;
    size_t sentence;
} fired_clause;

/* The lines a clause rule's last finding on the contract being scanned
 * covers: from its sentence's first line to the last line of that sentence
 * and of the sentences folded into it (audit_repeated). */
typedef struct {
    long first, last;
} clause_reach;

/* The fields a row's messages have shown, as shown: the rules that fire on
 * one fee row mostly show its amount, in the same formats (FEE-001 twice in
 * one message). Kept for one row at a time, known by its file and line
 * (rows are copies whose addresses are reused). */
#define MSG_MEMO_ENTRIES 8
#define MSG_MEMO_TEXT 48

typedef struct {
    const char *file;
    long line;
    uint32_t n;
    struct {
        uint32_t key; /* row, field and format of the value */
        uint32_t len;
        char text[MSG_MEMO_TEXT];
    } e[MSG_MEMO_ENTRIES];
} msg_memo;

typedef struct {
    const ra_pack *pack;
    const ra_audit_opts *opts;
    ra_audit *out;
    ra_submission *sub;
    ra_accs accs;
    bool ready;
    bool *contract_file;
    uint32_t *agency_workers;
    ra_value *lets;
    char scratch[RA_EVAL_SCRATCH][8];
    bool nomem;
    /* --explain */
    const char *explain_file;
    long explain_line;
    /* contracts */
    ra_rx *rx;
    ra_dq_event *dq; /* data-quality events found while auditing (contracts) */
    size_t ndq, cap_dq;
    ra_arena arena;                   /* their strings */
    audit_contract_job *contract_job; /* contracts scanned on their own thread */
    const atomic_bool *cancel;        /* the contract thread stops when set */
    int findings_error;               /* errno of the contract thread's findings store */
    fired_clause *fired;              /* where the clause rules fired on the bilingual contract
                                         being scanned, in its own language */
    size_t nfired, cap_fired;
    clause_reach *reach;  /* one per rule of the pack, for the contract being
                             scanned; NULL before the first contract */
    audit_stream *stream; /* fee and document rules on their own thread */
    bool stream_nomem;    /* copying a row for that thread ran out of memory */
    msg_memo memo;        /* of the row whose findings are being made */
} auditor;

/* What a finding is about. */
typedef struct {
    uint32_t agency, worker;
    const char *file;
    long line; /* a sentence: its first line (a finding gets the match's) */
    const char *fee_id;
    const char *contract_id;
    const char *extra_evidence; /* JSON members appended to the evidence, or NULL */
    long end_line;              /* a sentence: its last line; else 0 */
} identity;

/* The evaluation context for the auditor's current state. */
ra_ctx audit_context(auditor *a);

/* Evaluates every enabled rule of scope on cx (and explains it when asked). */
void audit_run_rules(auditor *a, ra_scope scope, const ra_ctx *cx, const identity *id);

/* True when rule, which holds on the current sentence (cx) of a contract,
 * would only repeat a finding already given on that contract; otherwise it
 * records the finding about to be given and returns false. Two cases:
 * - The same clause: the sentence starts on a line that the rule's last
 *   finding already covers ("... lodge a deposit with Party A; the deposit
 *   shall be forfeited if ..."). The inspector reads those lines once; the
 *   finding's reach grows to this sentence's last line.
 * - A translation: a bilingual contract gives a clause in its own language
 *   and in another (ra_sentence.lang); its sentences are audited in two
 *   passes, its own language first. A rule that fired in the first pass on a
 *   sentence at most RA_TRANSLATION_SENTENCES away gives no second finding
 *   on the translation. */
#define RA_TRANSLATION_SENTENCES 4
bool audit_repeated(auditor *a, uint32_t rule, const ra_ctx *cx);

/* Records a data-quality event (strings are copied). */
void audit_dq(auditor *a, const char *kind, const char *file, long line, const char *message);

/* One streamed fee or document: its rules, the aggregates over it and the
 * indicators. Returns non-zero when out of memory (loading stops). */
int audit_fee(auditor *a, const ra_submission *sub, const ra_fee *fee);
int audit_document(auditor *a, const ra_submission *sub, const ra_document *doc);

/* Fees and documents audited on a thread of their own (audit_stream.c).
 * start returns false, and does nothing, when the options need the rows
 * audited inline (one thread asked for, or --explain). While it runs, the
 * caller hands rows over with audit_stream_fee / _document (non-zero: stop
 * loading) and must not touch the rule state; finish audits what is left
 * and joins the thread, stop drops it (a failed load); both are no-ops
 * without a stream, and one of them must run before the submission is
 * freed. */
bool audit_stream_start(auditor *a, const ra_submission *sub);
int audit_stream_fee(auditor *a, const ra_fee *fee);
int audit_stream_document(auditor *a, const ra_document *doc);
void audit_stream_finish(auditor *a);
void audit_stream_stop(auditor *a);

/* The aggregates over worker rows, then the worker rules; by default the
 * second half of the workers on a thread of its own (audit_workers.c). */
void audit_worker_phase(auditor *a);

/* Contracts: scans every contract the accepted workers name. Once the
 * workers are loaded, audit_contracts_start may begin the scan on a thread
 * of its own (it returns false, and does nothing, when the pack or the
 * options need the scan inline). audit_contract_phase then scans, on the
 * caller's thread, the contracts that thread has not claimed yet, waits for
 * it and adds its findings and data-quality events to a, in the order an
 * inline scan would have; without a thread it scans inline.
 * audit_contracts_stop cancels and joins a running scan, discarding it; it
 * must run before the submission is freed, on every path. */
bool audit_contracts_start(auditor *a);
void audit_contract_phase(auditor *a);
void audit_contracts_stop(auditor *a);

#endif
