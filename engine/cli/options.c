/* options.c — option values shared by commands: sizes, the as-of date, the
 * default rule pack. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cli.h"

bool cli_parse_size(const char *s, size_t *out)
{
    char *end;
    errno = 0;
    if (!s || s[0] < '0' || s[0] > '9')
        return false;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end || v == 0 || v > SIZE_MAX / 2)
        return false;
    *out = (size_t)v;
    return true;
}

bool cli_as_of(const char *arg, ra_date *out)
{
    if (arg) {
        if (!ra_date_parse(arg, strlen(arg), out)) {
            fprintf(stderr, "recruitaudit: --as-of '%s' is not a date YYYY-MM-DD\n", arg);
            return false;
        }
        return true;
    }
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    if (sde && *sde) {
        char *end;
        errno = 0;
        long long secs = strtoll(sde, &end, 10);
        if (errno || *end || secs < 0) {
            fprintf(stderr, "recruitaudit: SOURCE_DATE_EPOCH '%s' is not a number of seconds\n",
                    sde);
            return false;
        }
        *out = ra_date_from_unix(secs);
        return true;
    }
    *out = ra_date_from_unix((int64_t)time(NULL));
    return true;
}

const char *cli_default_rules(void)
{
    const char *env = getenv("RA_RULES_DIR");
    if (env && *env)
        return env;
    struct stat st;
    if (stat("rules/core", &st) == 0 && S_ISDIR(st.st_mode))
        return "rules/core";
    return RA_SOURCE_RULES; /* the source tree this binary was built from */
}
