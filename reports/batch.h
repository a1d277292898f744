/* batch.h — what `batch` and `merge` share: shards, the list of
 * submissions, the resume check, and the national outputs.
 *
 * Shards: a submission belongs to shard 1 + SHA-256(name) mod N (the whole
 * 256-bit digest as a big-endian number), the same on every machine. */
#ifndef RA_BATCH_H
#define RA_BATCH_H

#include <stdbool.h>
#include <stddef.h>

#include "rules/program.h"
#include "sign.h"

/* K and N from --shard "K/N", else from a job-array scheduler's environment
 * (Slurm: SLURM_ARRAY_TASK_ID - SLURM_ARRAY_TASK_MIN + 1 of
 * SLURM_ARRAY_TASK_COUNT; Kubernetes Indexed Jobs: JOB_COMPLETION_INDEX + 1
 * of shard_count), else 1/1. false with a reason when inconsistent. */
bool ra_batch_shard(const char *arg, unsigned shard_count, unsigned *k, unsigned *n, char *why,
                    size_t whysize);

/* 1 + SHA-256(name) mod n. */
unsigned ra_batch_shard_of(const char *name, unsigned n);

/* The subdirectories of root in shard k of n, sorted by name (caller frees
 * each and the array); *total counts all of them. NULL on error (why). */
char **ra_batch_list(const char *root, unsigned k, unsigned n, size_t *total, size_t *count,
                     char *why, size_t whysize);

/* Are the outputs in dir those an audit of sub would write now (engine
 * version, rules_sha256, profile, as-of date, every input file's SHA-256,
 * the report's SHA-256, the signature present when signing)? */
bool ra_batch_outputs_current(const char *sub, const char *dir, const ra_pack *pack, ra_date as_of,
                              bool signed_reports);

/* National figures from OUTDIR/<name>/summary for each name (failed ones from
 * failed.txt): writes national_csv and, when national_xlsx is non-NULL, the
 * workbook (signed when signer is). Prints a short summary. Exit code. */
int ra_batch_national(const char *const *outdirs, size_t noutdirs, const char *national_csv,
                      const char *national_xlsx, const ra_signer *signer, unsigned min_cell);

#endif
