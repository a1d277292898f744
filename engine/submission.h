/* submission.h — loading a submission directory (SPEC section 1) so that no
 * row is lost: every row is accepted or rejected with file:line, column and a
 * reason, and per file read = accepted + rejected.
 *
 * Agencies and workers are kept; fees and documents stream through the sink
 * (memory grows with workers, not fee rows). ra_submission_load allocates the
 * submission; the caller frees it with ra_submission_free. Every string and
 * record it holds lives until then. */
#ifndef RA_SUBMISSION_H
#define RA_SUBMISSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "csvread.h"
#include "error.h"
#include "intern.h"
#include "model.h"
#include "progress.h"
#include "schema.h"

typedef struct {
    ra_table_id table;
    long line;          /* first physical line of the row */
    const char *column; /* schema column name, or NULL (the whole row) */
    ra_errtype type;
    const char *reason; /* a sentence a person understands */
} ra_rejection;

/* Things that reject nothing but must be reported (DQ-001 and warnings). */
typedef enum {
    RA_NOTE_UNKNOWN_COLUMN, /* a header column no schema names: ignored */
    RA_NOTE_NO_RATE,        /* a valid currency with no exchange rate */
    RA_NOTE_RATE_MISMATCH,  /* submission rate > 5% away from the authority's */
    RA_NOTE_NO_WAGE         /* worker kept with no usable wage */
} ra_note_kind;

/* "unknown-column", "no-rate", "rate-mismatch", "no-wage". */
const char *ra_note_kind_name(ra_note_kind k);

typedef struct {
    ra_note_kind kind;
    ra_table_id table;
    long line; /* 0 when the note is about a whole file */
    const char *message;
} ra_note;

typedef struct {
    bool present;
    char path[4096]; /* as opened */
    ra_csv_stats csv;
    long read, accepted, rejected; /* rows after the header */
} ra_file_stats;

typedef struct ra_submission ra_submission;

/* Rows that stream past. ctx is the sink's; the records are valid only during
 * the call. Return 0 to go on; non-zero stops loading with RA_ERR_USAGE. */
typedef struct {
    void *ctx;
    int (*on_fee)(void *ctx, const ra_submission *sub, const ra_fee *fee);
    int (*on_document)(void *ctx, const ra_submission *sub, const ra_document *doc);
    /* Called when loading fails and the submission is about to be freed
     * (may be NULL): a sink that reads it from another thread stops here. */
    void (*on_abandon)(void *ctx);
} ra_load_sink;

typedef struct {
    const char *rates_file; /* the authority's table (--rates), or NULL */
    ra_csv_limits limits;
    const ra_load_sink *sink; /* may be NULL */
    ra_progress *progress;    /* advanced in RA_STAGE_LOAD (bytes of CSV), or NULL */
} ra_load_opts;

void ra_load_opts_default(ra_load_opts *opts);

typedef struct {
    ra_code currency;
    ra_rate usd_per_unit;
    bool from_authority;
} ra_rate_entry;

struct ra_submission {
    char dir[4096];
    ra_file_stats files[RA_TABLE_COUNT];
    /* The limits the files were read with: a reader that reads them again
     * (the report) must use these to see the same records. */
    ra_csv_limits limits;
    bool contracts_present;

    ra_agency *agencies;
    uint32_t nagencies;
    ra_worker *workers;
    uint32_t nworkers;

    ra_rejection *rejections;
    size_t nrejections;
    ra_note *notes;
    size_t nnotes;

    /* Rate per currency, indexed by ra_code; 0 = no rate. */
    ra_rate *rate_by_currency;
    char rates_source[4096]; /* the file the rates came from, "" if none */

    /* Private to the loader. */
    ra_arena arena;
    ra_strmap agency_ids, worker_ids, rejected_agencies, rejected_workers, fee_ids;
    size_t rejections_cap, notes_cap, agencies_cap, workers_cap;
};

/* Loads dir. Returns RA_OK when the submission is usable (rows may still have
 * been rejected); RA_ERR_INPUT when it is not (missing directory, required
 * file or column: err says which) — *out is then still set, when non-NULL on
 * return, so callers can show what was read; RA_ERR_IO / RA_ERR_NOMEM on
 * failure. */
ra_status ra_submission_load(const char *dir, const ra_load_opts *opts, ra_submission **out,
                             ra_error *err);

void ra_submission_free(ra_submission *sub);

/* USD value of an amount, when a rate is known for its currency. */
bool ra_submission_to_usd(const ra_submission *sub, ra_code currency, ra_money amount,
                          ra_money *usd);

/* Index of the worker with this id, if accepted. */
bool ra_submission_find_worker(const ra_submission *sub, const char *id, uint32_t *index);

#endif
