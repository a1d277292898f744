/* eval.h — evaluating compiled expressions against one row and its related
 * rows, and maintaining aggregate accumulators while rows stream past.
 *
 * A ra_ctx is filled by the caller for each row; evaluation reads it and the
 * pack and writes nothing but the let slots the caller provides. Nothing
 * here allocates except ra_accs_init. */
#ifndef RA_RULES_EVAL_H
#define RA_RULES_EVAL_H

#include "contract_text.h"
#include "numvec.h"
#include "program.h"
#include "submission.h"

/* One data-quality event (submission scope): a rejection or a note. */
typedef struct {
    const char *kind, *file, *column, *type, *message;
    long line; /* 0 = none */
} ra_dq_event;

/* The contract at hand, for contract rules. */
typedef struct {
    const char *id;
    ra_code lang;                   /* the workers' contract_language, or none */
    const ra_contract_text *text;   /* contracts/<id>.txt */
    const ra_contract_text *origin; /* contracts/<id>.origin.txt, or NULL */
    uint32_t nworkers;
    const char *worker_id; /* when exactly one worker has it */
    ra_value wage;         /* the workers' wage when they agree, else null */
} ra_contract_view;

/* Where a pattern that hit a PCRE2 limit is recorded (scan incomplete). */
typedef struct {
    bool hit;
    const char *pattern;
    long line;
} ra_scan_note;

/* Aggregate state per owner (worker or agency) and aggregate, kept small
 * as there is one per worker and aggregate: the counts (12 bytes) for every
 * aggregate, and for sum, max and min the value's currency and flags (4
 * bytes) beside the value itself in a ra_numvec (16 bytes). */
typedef struct {
    uint32_t n;    /* rows that passed the filter */
    uint32_t seen; /* rows looked at */
    uint32_t rows; /* the last row remembered (pool index + 1), 0 none */
} ra_acc;

typedef struct {
    ra_code currency; /* money: currency of the value; USD once mixed */
    uint8_t flags;    /* ACC_* */
} ra_accval;

/* Evidence: the lines of the first RA_EVIDENCE_ROWS rows each accumulator
 * counted, as linked lists (newest first) in one pool of fixed-size blocks
 * (memory bounded by rows that pass a filter, at most RA_EVIDENCE_ROWS per
 * owner and aggregate; growing never copies). */
#define RA_EVIDENCE_ROWS 50
typedef struct {
    uint32_t line; /* physical line of the row in its file */
    uint32_t prev; /* pool index + 1 of the row remembered before, 0 = none */
} ra_row_ref;

#define RA_POOL_BLOCK_BITS 16

typedef struct {
    const ra_pack *pack;
    ra_acc **by_agg; /* by_agg[agg][owner index] */
    ra_accval **val; /* val[agg][owner index]; NULL for count, any and all */
    ra_numvec *num;  /* num[agg]: the values of val[agg] */
    uint32_t nworkers, nagencies;
    ra_row_ref **pool; /* blocks of 1 << RA_POOL_BLOCK_BITS */
    size_t npool, nblocks, cap_blocks;
    bool nomem;
} ra_accs;

/* The lines of the rows acc remembered, in the order they were counted:
 * fills at most RA_EVIDENCE_ROWS into lines and returns how many. */
size_t ra_acc_rows(const ra_accs *accs, const ra_acc *acc, uint32_t lines[RA_EVIDENCE_ROWS]);

typedef struct {
    const ra_pack *pack;
    const ra_submission *sub;
    ra_date as_of;
    const ra_fee *fee;
    const ra_document *doc;
    const ra_worker *worker;
    const ra_agency *agency;
    uint32_t worker_index, agency_index;
    const ra_dq_event *dq;
    const ra_accs *accs;
    const bool *contract_file;      /* per worker: contracts/<id>.txt exists, or NULL */
    const uint32_t *agency_workers; /* accepted workers per agency, or NULL */
    ra_value *lets;                 /* pack->max_lets slots */
    char (*scratch)[8];             /* RA_EVAL_SCRATCH buffers for codes ("PH", "PH-SA") */
    const ra_contract_view *contract;
    size_t sentence;    /* index in contract->text, for per-sentence rules */
    bool rows_sentence; /* a sentence is at hand (per-sentence rule or aggregate) */
    ra_rx *rx;          /* this thread's matcher */
    ra_scan_note *scan; /* set when a pattern hits a limit */
    /* When non-NULL: set to the start of each match a pattern finds in the
     * sentence's view (not in its heading), so that after a rule's condition
     * it holds where the last pattern that matched begins: in "topic and
     * (clause or clause ...)" the clause that decided, not the topic word
     * lines before it. The caller sets it to SIZE_MAX before each rule. */
    size_t *match_at;
} ra_ctx;

#define RA_EVAL_SCRATCH 96 /* ≥ the number of field ids */

ra_value ra_eval(const ra_cnode *n, const ra_ctx *cx);

/* The line of the sentence at hand where the last rule's match begins
 * (ra_ctx.match_at), else the sentence's first line; 0 without a sentence. */
long ra_ctx_sentence_line(const ra_ctx *cx);

/* A condition's truth: null counts as false (the rule does not fire). */
bool ra_eval_true(const ra_cnode *n, const ra_ctx *cx);

/* Allocates zeroed accumulators for every aggregate of the pack. */
bool ra_accs_init(ra_accs *accs, const ra_pack *pack, uint32_t nworkers, uint32_t nagencies);
void ra_accs_free(ra_accs *accs);

/* Feeds the row in cx (a fee, document or worker, per `over`) to every
 * aggregate over that kind of row. */
void ra_accs_update(ra_accs *accs, ra_row over, const ra_ctx *cx);

/* A parameter's value for a worker: its value, or the row of its table that
 * matches the worker's destination, origin, sector and sex (null if none). */
ra_value ra_param_for_worker(const ra_pack *pack, const ra_param *p, const ra_worker *w);

/* The accumulator of aggregate `agg` for the owner in cx. */
const ra_acc *ra_accs_get(const ra_accs *accs, size_t agg, const ra_ctx *cx);

#endif
