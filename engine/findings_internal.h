/* findings_internal.h — what the findings store (findings.c) and the JSON
 * Lines writer (findings_json.c) share. Private to the engine. */
#ifndef RA_FINDINGS_INTERNAL_H
#define RA_FINDINGS_INTERNAL_H

#include "findings.h"

/* Takes x (its seq, rule_rank and len set) from the store: holds its line
 * until its row is complete, or writes the row before it. false when x comes
 * before a line already taken (unordered) or a write failed (errno). */
bool ra_findings_early_put(ra_findings_early *e, const ra_finding *x);

#endif
