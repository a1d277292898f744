/* eval_internal.h — what eval.c and eval_fields.c share. Private to
 * engine/rules. */
#ifndef RA_RULES_EVAL_INTERNAL_H
#define RA_RULES_EVAL_INTERNAL_H

#include "eval.h"

/* The packed code of USD. */
ra_code ra_usd_code(void);

/* The value of a CN_FIELD node for the row(s) in cx. */
ra_value ra_eval_field(const ra_cnode *n, const ra_ctx *cx);

/* A CN_ENUM_IN node: an enum field's value index tested against a mask. */
ra_value ra_eval_enum_in(const ra_cnode *n, const ra_ctx *cx);

#endif
