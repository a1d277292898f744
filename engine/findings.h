/* findings.h — what an audit found: one record per finding with its
 * evidence, sorted into the SPEC section 3 order and written as JSON Lines.
 *
 * Memory is bounded: findings are kept in memory up to a budget; past it the
 * batch in memory is sorted and written to an unlinked temporary file (a
 * "run") and memory is reused. Reading them back (ra_findings_iter) merges
 * the runs, so a national audit with millions of findings needs memory for
 * one batch, not for all of them.
 *
 * A ra_findings owns its records, their strings and its temporary file; free
 * it with ra_findings_free. Records point at the pack (rules) and the
 * submission (ids), which must outlive it. Not thread-safe: one audit, one
 * ra_findings (iterators over a finished store may run side by side). */
#ifndef RA_FINDINGS_H
#define RA_FINDINGS_H

#include <stdint.h>
#include <stdio.h>

#include "arena.h"
#include "progress.h"
#include "rules/program.h"
#include "submission.h"

#define RA_NONE UINT32_MAX

/* Bytes of findings kept in memory before spilling, when the caller does
 * not choose (ra_audit_opts.findings_memory). */
#define RA_FINDINGS_MEMORY_DEFAULT ((size_t)16 << 20)

/* The strings of a finding, in the order of ra_finding.len. */
enum { RA_FS_FILE, RA_FS_FEE, RA_FS_CONTRACT, RA_FS_MESSAGE, RA_FS_EVIDENCE, RA_FS_COUNT };

typedef struct {
    uint32_t rule; /* index into the pack's rules */
    ra_scope scope;
    ra_severity severity;
    uint32_t agency;  /* index, or RA_NONE */
    uint32_t worker;  /* index, or RA_NONE */
    const char *file; /* relative to the submission, or NULL */
    long line;        /* 0 = null */
    const char *fee_id, *contract_id;
    const char *message;
    const char *evidence;      /* a JSON object */
    uint64_t seq;              /* set by ra_findings_add: emission order */
    uint32_t rule_rank;        /* set by ra_findings_add: the rule id's place in id order */
    uint32_t len[RA_FS_COUNT]; /* the byte lengths of file, fee_id, contract_id,
                                  message and evidence: a caller may give those it
                                  knows (0: ra_findings_add measures it), and
                                  ra_findings_add sets them all (0: NULL) */
} ra_finding;

typedef struct ra_findings_run ra_findings_run;
typedef struct ra_findings_early ra_findings_early;

typedef struct {
    size_t count;    /* findings added: in memory, spilled or written early */
    size_t *by_rule; /* findings added, per rule index */
    size_t early;    /* of them, written early (ra_findings_write_early) */
    /* private */
    ra_findings_early *early_writer;
    ra_scope early_until; /* scopes before it go to early_writer */
    const ra_pack *pack;
    uint32_t *rank; /* rule index -> rank of its id */
    ra_finding *mem;
    size_t nmem, cap;
    ra_arena arena;
    const char *last_file; /* the last file name copied into the arena */
    uint32_t last_file_len;
    size_t budget;
    int fd;          /* the spill file, when spill_open */
    bool spill_open; /* false in a zeroed store: freeing it closes nothing */
    uint64_t fd_size;
    ra_findings_run *runs;
    size_t nruns, cap_runs;
    int *adopted; /* spill files of adopted stores, which their runs read */
    size_t nadopted;
    int error; /* errno of a failed spill or out of memory (ENOMEM) */
    bool finished;
} ra_findings;

/* budget: bytes in memory before spilling (0 = RA_FINDINGS_MEMORY_DEFAULT).
 * false when out of memory (ra_findings_free is still safe). */
bool ra_findings_init(ra_findings *f, const ra_pack *pack, size_t budget);
void ra_findings_free(ra_findings *f);

/* Appends a copy of *item (strings are copied, a file name only when it
 * differs from the last one; seq, rule_rank and len are set).
 * false when out of memory or the spill file cannot be written: see
 * ra_findings_error. */
bool ra_findings_add(ra_findings *f, const ra_finding *item);

/* Moves every finding of src into f, as if each had been added to f: src is
 * finished, then its spilled runs and their temporary file change owner
 * without a copy (findings it kept in memory are copied; those it wrote
 * early, to a detached writer, are counted). src is left empty
 * and must still be freed. The two stores' findings must be about different
 * rows: none may tie with another in the order. false on error (see
 * ra_findings_error(f)). */
bool ra_findings_adopt(ra_findings *f, ra_findings *src);

/* Findings written as they are found. A national audit's fee and document
 * findings are most of its findings (5.4 of 7.3 million on the bench), and
 * they are found in the order of SPEC section 3 when fees.csv and
 * documents.csv list their rows worker by worker, in the order of
 * workers.csv, as exports from a database usually do. Kept, they cost
 * gigabytes of temporary file that is written and read back; an early
 * writer instead writes each one's JSON line to the findings file while
 * the audit runs. The lines of one row are held until the next row comes,
 * and put in rule-id order.
 *
 * A finding that comes before one already written cannot be taken back: the
 * writer then refuses it and every later one (ra_findings_add fails,
 * ra_findings_early_unordered is true), and the caller starts the file and
 * the audit over without an early writer.
 *
 * out is a regular file, written from its current position through its
 * descriptor; the caller keeps it open and owns it. new returns NULL with
 * errno set (ENOMEM; ESPIPE when out is not a regular file). The writer is
 * used by one thread at a time. */
ra_findings_early *ra_findings_early_new(const ra_pack *pack, FILE *out);

/* An early writer with no file, for another thread: it keeps the findings
 * put to it, a row's in rule-id order, until ra_findings_early_take moves
 * them to a writer that has a file, which makes their lines. NULL when out
 * of memory. Neither ra_findings_early_flush nor ra_findings_early_bind is
 * for it. */
ra_findings_early *ra_findings_early_detached(void);

/* Moves the findings kept by the detached writer from, since the last take,
 * to e, as if they had been put to e (they must come after e's in
 * the order; the first of them is checked, and a take out of order makes e
 * unordered). from is left empty, to be used again. false on an error of
 * either (e keeps the first). Both writers are used by one thread at a time. */
bool ra_findings_early_take(ra_findings_early *e, ra_findings_early *from);

/* The submission whose agency and worker ids the lines give: set once its
 * agencies and workers are loaded, before the first finding comes. */
void ra_findings_early_bind(ra_findings_early *e, const ra_submission *sub);

/* Writes the lines still held; false on a write error (errno set). After
 * it, the file's position is past the last line. */
bool ra_findings_early_flush(ra_findings_early *e);

/* True once a finding came out of order. */
bool ra_findings_early_unordered(const ra_findings_early *e);

/* errno of the write that failed, or 0. */
int ra_findings_early_error(const ra_findings_early *e);

void ra_findings_early_free(ra_findings_early *e);

/* From now on, fee and document findings added to f go to e and are only
 * counted in f: f then holds, and its iterators and ra_findings_write_jsonl
 * give, only the other findings. e is used until it is replaced; NULL keeps
 * every finding again. */
void ra_findings_write_early(ra_findings *f, ra_findings_early *e);

/* With an early writer: worker findings go to it as well (on), or not (off,
 * as ra_findings_write_early sets). For a caller that adds the worker
 * findings, or a first part of them, in the order of the file; false (and
 * nothing changed) when f has no early writer. */
bool ra_findings_early_workers(ra_findings *f, bool on);

/* Sorts by scope, agency, worker, file, line, rule id, then emission order
 * (the same order whatever the thread count or budget). Call once, after the
 * last add and before iterating. false on an error, as for add. */
bool ra_findings_finish(ra_findings *f);

/* errno of the failure that made add or finish return false; 0 if none. */
int ra_findings_error(const ra_findings *f);

/* True when some findings were written to the temporary file. */
bool ra_findings_spilled(const ra_findings *f);

/* Reads a finished store in order. next returns NULL at the end (or on a
 * read error); the record it returns stays valid until the next call.
 * ra_findings_iter_free returns false when a read error cut the iteration
 * short (errno is set). new returns NULL when out of memory. */
typedef struct ra_findings_iter ra_findings_iter;
ra_findings_iter *ra_findings_iter_new(const ra_findings *f);
const ra_finding *ra_findings_iter_next(ra_findings_iter *it);
bool ra_findings_iter_free(ra_findings_iter *it);

/* One JSON object per line (keys of SPEC section 3). false on a write or
 * read error (errno set). Advances progress (may be NULL) in
 * RA_STAGE_FINDINGS. */
bool ra_findings_write_jsonl(const ra_findings *f, const ra_pack *pack, const ra_submission *sub,
                             FILE *out, ra_progress *progress);

/* Writes a JSON string literal of s (NULL as null); invalid UTF-8 becomes
 * U+FFFD so the output always parses. */
void ra_json_string(FILE *out, const char *s);

#endif
