/* fuzz_verify.c — libFuzzer target: arbitrary bytes as the signature (CMS
 * DER parsing) or as the report (zip and docProps/custom.xml parsing of the
 * manifest), checked against the demo CA with --inputs. Verification must
 * fail cleanly; crashes, leaks and hangs are bugs. Files live in a folder
 * made once per process. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "verify.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[64];

static void put(const char *name, const uint8_t *data, size_t size)
{
    char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    if (size && fwrite(data, 1, size, f) != size)
        abort();
    fclose(f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!dir[0]) {
        snprintf(dir, sizeof dir, "/tmp/ra_fuzz_verify_XXXXXX");
        if (!mkdtemp(dir))
            abort();
    }
    static const uint8_t report[] = "not really a workbook";
    bool as_sig = size && (data[0] & 1);
    const uint8_t *body = size ? data + 1 : data;
    size_t n = size ? size - 1 : 0;
    if (as_sig) {
        put("report.xlsx", report, sizeof report - 1);
        put("report.xlsx.p7s", body, n);
    } else {
        put("report.xlsx", body, n);
        put("report.xlsx.p7s", report, sizeof report - 1);
    }
    char rep[128];
    snprintf(rep, sizeof rep, "%s/report.xlsx", dir);
    const char *ca = getenv("RA_FUZZ_CA");
    ra_verify_opts o = {
        .report = rep, .ca_file = ca ? ca : "fixtures/keys/ca.pem", .inputs_dir = dir};
    ra_verify_result r;
    ra_error err;
    memset(&r, 0, sizeof r);
    if (ra_verify_report(&o, &r, &err) == RA_OK)
        ra_verify_result_free(&r);
    return 0;
}
