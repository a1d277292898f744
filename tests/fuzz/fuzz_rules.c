/* fuzz_rules.c — libFuzzer target: arbitrary bytes as a rule file, parsed and
 * checked (and, half the time, as a profile over a fixed rule file). Errors
 * are expected; crashes, leaks, hangs and sanitizer reports are bugs. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rules/check.h"
#include "rules/parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char BASE[] = "param cap = 1\n"
                           "param cats = [visa, medical]\n"
                           "rule T-001 \"t\" scope worker severity high cite \"x\"\n"
                           "  let paid = sum(fee.amount_usd where fee.worker_borne)\n"
                           "  when wage_usd > 0 and paid / wage_usd > cap\n"
                           "  message \"{worker_id} {paid:usd}\"\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bool as_profile = size && (data[0] & 1);
    ra_pack *pack = calloc(1, sizeof *pack);
    if (!pack)
        return 0;
    ra_arena_init(&pack->arena, 4096);
    pack->profile = "fuzz";
    ra_diags diags = {0};
    ra_ast_file files[2];
    const char *src = (const char *)data + (size ? 1 : 0);
    size_t len = size ? size - 1 : 0;
    if (as_profile) {
        if (ra_parse_file("base.rules", BASE, sizeof BASE - 1, false, &pack->arena, &files[0],
                          &diags) &&
            ra_parse_file("fuzz.profile", src, len, true, &pack->arena, &files[1], &diags))
            ra_check_pack(pack, files, 1, &files[1], "fuzz.profile", &diags);
    } else if (ra_parse_file("fuzz.rules", src, len, false, &pack->arena, &files[0], &diags)) {
        ra_check_pack(pack, files, 1, NULL, NULL, &diags);
    }
    ra_diags_free(&diags);
    ra_pack_free(pack);
    return 0;
}
