/* gen.c — deterministic generator of benchmark submissions (SPEC sections 1 and 6).
 *
 * Writes agencies, workers, fees, documents, rates and contract texts with realistic
 * corridors, sectors, wages and fees, plus ~0.1% deliberately bad rows so that the
 * rejection paths are measured too. Each concern (agencies, the worker stream, each
 * contract) has its own fixed-seed PRNG stream, so the output is a pure function of
 * the arguments; money and dates are integers, never floating point. libc + POSIX. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#define PATH_LEN 4096
#define NO_DATE INT32_MIN
#define MAX_WORKERS UINT64_C(100000000)
#define MAX_AGENCIES UINT64_C(100000)
#define MAX_CONTRACTS UINT64_C(10000000)

static void usage(FILE *f)
{
    fputs("usage: ra_gen --workers N [--agencies A] [--fees-per-worker F] [--docs-per-worker D]\n"
          "              [--contracts C] [--split K] [--seed S] OUTDIR\n"
          "\n"
          "Writes a deterministic recruitaudit submission into OUTDIR (new or empty):\n"
          "agencies.csv, workers.csv, fees.csv, documents.csv, rates.csv, contracts/.\n"
          "  --workers N           workers, 1..100000000 (required)\n"
          "  --agencies A          agencies (default N/2000, at least min(N, 3))\n"
          "  --fees-per-worker F   mean fee rows per worker (default 8; decimals allowed)\n"
          "  --docs-per-worker D   mean document rows per worker (default 1.2)\n"
          "  --contracts C         contract texts (default N/100, at least 1)\n"
          "  --split K             K directories OUTDIR/agency-0001.. of one agency each\n"
          "                        (the same dataset partitioned; K = A)\n"
          "  --seed S              PRNG seed (default 1)\n"
          "Same arguments give byte-identical output.\n",
          f);
}

static void die_usage(const char *msg, const char *arg)
{
    fprintf(stderr, "ra_gen: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
    usage(stderr);
    exit(2);
}

/* This is a command-line tool: an I/O failure ends it here, with the path. */
static void die_io(const char *what, const char *path, int err)
{
    fprintf(stderr, "ra_gen: cannot %s %s: %s\n", what, path, err ? strerror(err) : "I/O error");
    exit(1);
}

/* ---- PRNG: xoshiro256** seeded through splitmix64 ------------------------------ */

typedef struct {
    uint64_t s[4];
} rng;

static uint64_t mix64(uint64_t z)
{
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

static uint64_t splitmix64(uint64_t *x)
{
    *x += UINT64_C(0x9E3779B97F4A7C15);
    return mix64(*x);
}

/* Independent streams: (seed, stream, index) picks the state. */
static void rng_seed(rng *r, uint64_t seed, uint64_t stream, uint64_t index)
{
    uint64_t x = mix64(seed ^ UINT64_C(0x5241474E5F53454E)) ^ mix64((stream << 56) ^ index);
    for (int i = 0; i < 4; i++)
        r->s[i] = splitmix64(&x);
}

static uint64_t rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

static uint64_t rng_next(rng *r)
{
    uint64_t *s = r->s;
    uint64_t result = rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

/* Uniform in [0, n), n >= 1 (multiply-shift; bias below 2^-32). */
static uint32_t rng_below(rng *r, uint32_t n)
{
    return (uint32_t)(((rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

static int32_t rng_between(rng *r, int32_t lo, int32_t hi)
{
    return lo + (int32_t)rng_below(r, (uint32_t)(hi - lo) + 1);
}

static bool rng_ppm(rng *r, uint32_t ppm)
{
    return rng_below(r, 1000000) < ppm;
}

static int rng_pick(rng *r, const uint16_t *w, int n)
{
    uint32_t sum = 0;
    for (int i = 0; i < n; i++)
        sum += w[i];
    uint32_t x = rng_below(r, sum);
    for (int i = 0; i < n; i++) {
        if (x < w[i])
            return i;
        x -= w[i];
    }
    return n - 1;
}

/* ---- dates: days since 1970-01-01 (proleptic Gregorian) ------------------------ */

static int32_t days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153u * (unsigned)(m > 2 ? m - 3 : m + 9) + 2) / 5 + (unsigned)d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int32_t)doe - 719468;
}

static void civil_from_days(int32_t z, int *y, int *m, int *d)
{
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)yoe + era * 400 + (*m <= 2);
}

static int year_of(int32_t days)
{
    int y, m, d;
    civil_from_days(days, &y, &m, &d);
    return y;
}

static const char *const bad_dates[] = {"2024-02-30", "2023-02-29", "2024-04-31",
                                        "2024-13-01", "2023-06-31", "2022-11-31"};
#define NBAD_DATES (sizeof bad_dates / sizeof bad_dates[0])

/* ---- buffered CSV output ------------------------------------------------------- */

#define OUT_CAP ((size_t)1 << 20)
#define ROW_MAX ((size_t)8192) /* no generated row comes near this */

typedef struct {
    FILE *f;
    char *buf;
    size_t len;
    char path[PATH_LEN];
} outf;

static void out_flush(outf *o)
{
    if (o->len && fwrite(o->buf, 1, o->len, o->f) != o->len)
        die_io("write", o->path, errno);
    o->len = 0;
}

static void out_open(outf *o, const char *dir, const char *name)
{
    if (snprintf(o->path, sizeof o->path, "%s/%s", dir, name) >= (int)sizeof o->path)
        die_io("create", dir, ENAMETOOLONG);
    o->f = fopen(o->path, "wb");
    if (!o->f)
        die_io("create", o->path, errno);
    o->buf = malloc(OUT_CAP);
    if (!o->buf)
        die_io("allocate a buffer for", o->path, ENOMEM);
    o->len = 0;
}

static void out_close(outf *o)
{
    out_flush(o);
    errno = 0;
    if (ferror(o->f))
        die_io("write", o->path, errno);
    if (fclose(o->f) != 0)
        die_io("close", o->path, errno);
    free(o->buf);
    o->f = NULL;
    o->buf = NULL;
}

/* Called before each row: guarantees ROW_MAX bytes of room. */
static void out_row(outf *o)
{
    if (o->len > OUT_CAP - ROW_MAX)
        out_flush(o);
}

static void put_n(outf *o, const char *s, size_t n)
{
    memcpy(o->buf + o->len, s, n);
    o->len += n;
}

static void put_s(outf *o, const char *s)
{
    put_n(o, s, strlen(s));
}

static void put_c(outf *o, char c)
{
    o->buf[o->len++] = c;
}

/* RFC 4180: quote only when the field holds a comma, quote or line break. */
static void put_csv(outf *o, const char *s)
{
    if (!strpbrk(s, ",\"\r\n")) {
        put_s(o, s);
        return;
    }
    put_c(o, '"');
    for (; *s; s++) {
        if (*s == '"')
            put_c(o, '"');
        put_c(o, *s);
    }
    put_c(o, '"');
}

static void put_uint(outf *o, uint64_t v, int width)
{
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n < width)
        tmp[n++] = '0';
    while (n)
        put_c(o, tmp[--n]);
}

static void put_id(outf *o, char prefix, uint64_t v, int width)
{
    put_c(o, prefix);
    put_uint(o, v, width);
}

static void put_date(outf *o, int32_t days)
{
    if (days == NO_DATE)
        return;
    int y, m, d;
    civil_from_days(days, &y, &m, &d);
    put_uint(o, (uint64_t)y, 4);
    put_c(o, '-');
    put_uint(o, (uint64_t)m, 2);
    put_c(o, '-');
    put_uint(o, (uint64_t)d, 2);
}

/* m4 is in ten-thousandths of a unit, already rounded to `dec` decimals. A whole
 * amount is written without decimals when `whole` (an agency's habit). */
static void put_money(outf *o, int64_t m4, int dec, bool whole)
{
    static const int64_t div[5] = {10000, 1000, 100, 10, 1};
    int64_t frac = m4 % 10000;
    put_uint(o, (uint64_t)(m4 / 10000), 1);
    if (dec == 0 || (frac == 0 && whole))
        return;
    put_c(o, '.');
    put_uint(o, (uint64_t)(frac / div[dec]), dec);
}

/* ---- reference tables ---------------------------------------------------------- */

enum {
    CUR_PHP,
    CUR_IDR,
    CUR_NPR,
    CUR_BDT,
    CUR_LKR,
    CUR_INR,
    CUR_MMK,
    CUR_KHR,
    CUR_VND,
    CUR_ETB,
    CUR_KES,
    CUR_UGX,
    CUR_USD,
    CUR_SAR,
    CUR_AED,
    CUR_QAR,
    CUR_KWD,
    CUR_HKD,
    CUR_SGD,
    CUR_MYR,
    CUR_JPY,
    CUR_KRW,
    CUR_EUR,
    NCUR
};

typedef struct {
    const char *code;
    const char *name;         /* plural, as written in contracts */
    int64_t per_usd_milli;    /* units per USD × 1000, to size amounts */
    const char *usd_per_unit; /* rates.csv value; NULL: deliberately no rate */
    int dec;                  /* decimals in use */
    int64_t step;             /* rounding step of "nice" amounts, ten-thousandths */
} currency;

static const currency currencies[NCUR] = {
    {"PHP", "Philippine pesos", 57000, "0.0175", 2, 500000},
    {"IDR", "Indonesian rupiah", 15900000, "0.000063", 0, 500000000},
    {"NPR", "Nepalese rupees", 133000, "0.0075", 2, 1000000},
    {"BDT", "Bangladeshi taka", 119000, "0.0084", 2, 1000000},
    {"LKR", "Sri Lankan rupees", 303000, "0.0033", 2, 5000000},
    {"INR", "Indian rupees", 83300, "0.012", 2, 1000000},
    {"MMK", "Myanmar kyat", 2100000, "0.000476", 0, 50000000},
    {"KHR", "Cambodian riel", 4100000, NULL, 0, 100000000},
    {"VND", "Vietnamese dong", 25300000, "0.0000395", 0, 1000000000},
    {"ETB", "Ethiopian birr", 120000, "0.0083", 2, 500000},
    {"KES", "Kenyan shillings", 130000, "0.0077", 2, 1000000},
    {"UGX", "Ugandan shillings", 3700000, "0.00027", 0, 100000000},
    {"USD", "US dollars", 1000, "1", 2, 100000},
    {"SAR", "Saudi riyals", 3750, "0.2666", 2, 500000},
    {"AED", "UAE dirhams", 3673, "0.2723", 2, 500000},
    {"QAR", "Qatari riyals", 3640, "0.2747", 2, 500000},
    {"KWD", "Kuwaiti dinars", 308, "3.25", 3, 50000},
    {"HKD", "Hong Kong dollars", 7800, "0.1282", 2, 500000},
    {"SGD", "Singapore dollars", 1350, "0.74", 2, 100000},
    {"MYR", "ringgit", 4550, "0.22", 2, 100000},
    {"JPY", "yen", 151500, "0.0066", 0, 10000000},
    {"KRW", "won", 1370000, "0.00073", 0, 100000000},
    {"EUR", "euros", 926, "1.08", 2, 100000},
};

enum {
    SEC_DOMESTIC,
    SEC_CARE,
    SEC_CONSTRUCTION,
    SEC_AGRICULTURE,
    SEC_MANUFACTURING,
    SEC_HOSPITALITY,
    SEC_FISHING,
    SEC_OTHER,
    NSEC
};

static const char *const sector_name[NSEC] = {"domestic_work", "care",          "construction",
                                              "agriculture",   "manufacturing", "hospitality",
                                              "fishing",       "other"};

/* Sex by sector, per mille: F, M, X, U. */
static const char *const sex_code[4] = {"F", "M", "X", "U"};
static const uint16_t sex_w[NSEC][4] = {{950, 45, 1, 4},  {850, 145, 1, 4}, {30, 965, 1, 4},
                                        {380, 615, 1, 4}, {560, 435, 1, 4}, {600, 395, 1, 4},
                                        {20, 975, 1, 4},  {450, 545, 1, 4}};

#define NOCC 6
static const char *const occupations[NSEC][NOCC] = {
    {"Domestic worker", "Household service worker", "Domestic helper", "Nanny",
     "Cook, private household", "Domestic worker"},
    {"Caregiver", "Nursing aide", "Elderly care worker", "Care worker, nursing home", "Nurse",
     "Caregiver"},
    {"Mason", "Carpenter", "Steel fixer", "Electrician", "Construction labourer", "Welder"},
    {"Farm worker", "Plantation worker, palm oil", "Greenhouse worker", "Livestock worker",
     "Date farm labourer", "Farm worker"},
    {"Production operator", "Machine operator", "Assembler, electronics", "Garment sewer",
     "Food processing worker", "Quality inspector"},
    {"Waiter", "Room attendant", "Kitchen helper", "Cook", "Housekeeping staff", "Barista"},
    {"Fisher", "Deckhand", "Fish processing worker", "Fisher", "Deckhand", "Net mender"},
    {"Cleaner", "Security guard", "Driver", "Warehouse worker", "Sales assistant",
     "Labourer, general"},
};

enum { D_SA, D_AE, D_QA, D_KW, D_HK, D_SG, D_MY, D_JP, D_KR, D_IT, NDEST };

typedef struct {
    const char *code;
    const char *name;
    int cur;
    uint16_t sector_w[NSEC];
    /* monthly wage ranges in whole units: low-skill, mid-skill, domestic work */
    int32_t low_lo, low_hi, mid_lo, mid_hi, dom_lo, dom_hi, step, dom_step;
    const char *cities[4];
    const char *family[6];
    const char *suffix; /* company form */
    bool gulf;
} destination;

/* clang-format off */
static const destination dests[NDEST] = {
    {"SA", "Saudi Arabia", CUR_SAR, {50, 3, 20, 5, 5, 7, 2, 8},
     900, 2000, 1200, 3200, 1000, 1800, 50, 50,
     {"Riyadh", "Jeddah", "Dammam", "Mecca"},
     {"Al-Rashid", "Al-Otaibi", "Al-Harbi", "Al-Qahtani", "Al-Dosari", "Al-Ghamdi"}, "Est.", true},
    {"AE", "United Arab Emirates", CUR_AED, {40, 3, 25, 1, 8, 15, 1, 7},
     800, 2000, 1200, 3500, 1000, 1800, 50, 50,
     {"Dubai", "Abu Dhabi", "Sharjah", "Al Ain"},
     {"Al-Mansouri", "Al-Nuaimi", "Al-Falasi", "Al-Suwaidi", "Al-Mazrouei", "Al-Ketbi"}, "LLC", true},
    {"QA", "Qatar", CUR_QAR, {35, 2, 35, 1, 5, 14, 1, 7},
     1000, 2200, 1300, 3500, 1000, 1800, 50, 50,
     {"Doha", "Al Wakrah", "Al Khor", "Lusail"},
     {"Al-Kuwari", "Al-Thani", "Al-Marri", "Al-Sulaiti", "Al-Kaabi", "Al-Hajri"}, "W.L.L.", true},
    {"KW", "Kuwait", CUR_KWD, {60, 2, 15, 2, 5, 8, 1, 7},
     60, 150, 100, 300, 70, 130, 5, 5,
     {"Kuwait City", "Hawalli", "Al Ahmadi", "Jahra"},
     {"Al-Sabah", "Al-Mutairi", "Al-Enezi", "Al-Ajmi", "Al-Rashidi", "Al-Shammari"}, "Co. W.L.L.", true},
    {"HK", "Hong Kong", CUR_HKD, {92, 3, 1, 0, 1, 2, 0, 1},
     9000, 16000, 12000, 20000, 4730, 5200, 500, 10,
     {"Kowloon", "Sha Tin", "Tsuen Wan", "Causeway Bay"},
     {"Chan", "Wong", "Leung", "Lam", "Cheung", "Ho"}, "Ltd.", false},
    {"SG", "Singapore", CUR_SGD, {45, 5, 25, 0, 10, 8, 2, 5},
     600, 1400, 1400, 2600, 500, 800, 50, 10,
     {"Singapore", "Singapore", "Singapore", "Singapore"},
     {"Tan", "Lim", "Lee", "Ng", "Goh", "Chua"}, "Pte. Ltd.", false},
    {"MY", "Malaysia", CUR_MYR, {20, 2, 22, 20, 28, 5, 1, 2},
     1200, 2200, 1500, 2800, 1200, 1800, 50, 50,
     {"Kuala Lumpur", "Johor Bahru", "Penang", "Shah Alam"},
     {"Abdullah", "Lim", "Tan", "Rahman", "Ismail", "Wong"}, "Sdn. Bhd.", false},
    {"JP", "Japan", CUR_JPY, {0, 30, 12, 10, 35, 8, 3, 2},
     150000, 220000, 170000, 260000, 150000, 220000, 1000, 1000,
     {"Tokyo", "Osaka", "Nagoya", "Fukuoka"},
     {"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito"}, "Co., Ltd.", false},
    {"KR", "Republic of Korea", CUR_KRW, {0, 3, 12, 20, 50, 3, 10, 2},
     1900000, 2300000, 2060000, 2800000, 1900000, 2300000, 10000, 10000,
     {"Seoul", "Busan", "Incheon", "Gimhae"},
     {"Kim", "Lee", "Park", "Choi", "Jung", "Kang"}, "Co., Ltd.", false},
    {"IT", "Italy", CUR_EUR, {40, 45, 2, 8, 1, 2, 0, 2},
     900, 1500, 1000, 1800, 900, 1400, 10, 10,
     {"Milano", "Roma", "Napoli", "Torino"},
     {"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano"}, "S.r.l.", false},
};
/* clang-format on */

enum { O_PH, O_ID, O_NP, O_BD, O_LK, O_IN, O_MM, O_KH, O_VN, O_ET, O_KE, O_UG, NORIG };

typedef struct {
    const char *code;
    const char *name;
    int cur;
    const char *lang[4];
    uint16_t lang_w[4];
    uint16_t dest_w[NDEST]; /* SA AE QA KW HK SG MY JP KR IT */
    const char *place;      /* for agency names */
    const char *suffix;     /* company form */
    const char *licence;    /* printf format taking two unsigned numbers */
    const char *capital;
} origin;

/* clang-format off */
static const uint16_t origin_w[NORIG] = {22, 15, 10, 12, 5, 11, 5, 3, 7, 4, 3, 3};

static const origin origins[NORIG] = {
    {"PH", "Philippines", CUR_PHP, {"tl", "en", NULL, NULL}, {62, 38, 0, 0},
     {30, 20, 10, 8, 12, 8, 2, 4, 2, 4}, "Dasmariñas", "Inc.", "DMW-%03u-LB-%06u", "Manila"},
    {"ID", "Indonesia", CUR_IDR, {"id", "jv", NULL, NULL}, {85, 15, 0, 0},
     {12, 2, 2, 0, 25, 10, 35, 8, 6, 0}, "Nusantara", "PT", "KEP.%u/%u/PPTKIS", "Jakarta"},
    {"NP", "Nepal", CUR_NPR, {"ne", NULL, NULL, NULL}, {100, 0, 0, 0},
     {20, 22, 30, 5, 0, 0, 15, 3, 5, 0}, "Everest", "Pvt. Ltd.", "%u/%u/DoFE", "Kathmandu"},
    {"BD", "Bangladesh", CUR_BDT, {"bn", NULL, NULL, NULL}, {100, 0, 0, 0},
     {45, 12, 10, 8, 0, 10, 15, 0, 2, 0}, "Padma", "Ltd.", "RL-%04u/%u", "Dhaka"},
    {"LK", "Sri Lanka", CUR_LKR, {"si", "ta", NULL, NULL}, {75, 25, 0, 0},
     {25, 15, 15, 30, 0, 0, 0, 0, 10, 5}, "Lanka", "(Pvt) Ltd.", "SLBFE/%04u/%u", "Colombo"},
    {"IN", "India", CUR_INR, {"hi", "ml", "ta", "te"}, {40, 25, 15, 20},
     {30, 40, 15, 10, 0, 5, 0, 0, 0, 0}, "Kerala", "Pvt. Ltd.", "B-%04u/PER/1000+/%u", "Kochi"},
    {"MM", "Myanmar", CUR_MMK, {"my", NULL, NULL, NULL}, {100, 0, 0, 0},
     {0, 0, 0, 0, 5, 15, 45, 20, 10, 0}, "Mandalay", "Co., Ltd.", "OEA-%03u/%u", "Yangon"},
    {"KH", "Cambodia", CUR_KHR, {"km", NULL, NULL, NULL}, {100, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 30, 35, 35, 0}, "Mekong", "Co., Ltd.", "MLVT-%03u/%u", "Phnom Penh"},
    {"VN", "Viet Nam", CUR_VND, {"vi", NULL, NULL, NULL}, {100, 0, 0, 0},
     {5, 0, 0, 0, 0, 0, 5, 60, 25, 0}, "Sài Gòn", "JSC", "%03u/LĐTBXH-GP/%u", "Hà Nội"},
    {"ET", "Ethiopia", CUR_ETB, {"am", "om", NULL, NULL}, {80, 20, 0, 0},
     {60, 15, 5, 15, 0, 0, 0, 0, 0, 0}, "Addis", "PLC", "MoLS-%04u/%u", "Addis Ababa"},
    {"KE", "Kenya", CUR_KES, {"sw", "en", NULL, NULL}, {60, 40, 0, 0},
     {45, 25, 20, 10, 0, 0, 0, 0, 0, 0}, "Nairobi", "Ltd.", "NEA/%04u/%u", "Nairobi"},
    {"UG", "Uganda", CUR_UGX, {"en", "lg", NULL, NULL}, {70, 30, 0, 0},
     {70, 20, 10, 0, 0, 0, 0, 0, 0, 0}, "Kampala", "Ltd.", "EEA-%04u/%u", "Kampala"},
};
/* clang-format on */

enum {
    CAT_RECRUITMENT,
    CAT_SERVICE,
    CAT_PLACEMENT,
    CAT_MEDICAL,
    CAT_INSURANCE,
    CAT_SKILLS,
    CAT_TRAINING,
    CAT_EQUIPMENT,
    CAT_TRAVEL,
    CAT_LODGING,
    CAT_VISA,
    CAT_PASSPORT,
    CAT_WORK_PERMIT,
    CAT_ADMIN,
    CAT_DEPOSIT,
    CAT_BOND,
    CAT_LOAN_INTEREST,
    CAT_OTHER,
    NCAT
};

static const char *const category_name[NCAT] = {
    "recruitment_fee", "service_fee",    "placement_fee", "medical", "insurance",     "skills_test",
    "training",        "equipment",      "travel",        "lodging", "visa",          "passport",
    "work_permit",     "administrative", "deposit",       "bond",    "loan_interest", "other"};

/* Typical cost in whole USD, and how often each category appears (per tier). */
static const int32_t category_usd[NCAT][2] = {
    {200, 2500}, {100, 1500}, {200, 2000}, {30, 150},   {20, 120}, {20, 150},
    {50, 600},   {20, 200},   {150, 1200}, {50, 400},   {50, 600}, {20, 120},
    {100, 900},  {10, 200},   {200, 2000}, {300, 3000}, {50, 800}, {10, 300}};
static const uint16_t category_w[3][NCAT] = {
    {8, 7, 6, 12, 8, 5, 9, 3, 11, 4, 9, 6, 7, 6, 1, 1, 1, 4},
    {8, 7, 6, 12, 8, 5, 9, 3, 11, 4, 9, 6, 7, 6, 2, 2, 2, 4},
    {8, 7, 6, 12, 8, 5, 9, 3, 11, 4, 9, 6, 7, 6, 5, 5, 5, 4}};

enum { TIER_GOOD, TIER_MIXED, TIER_BAD };
static const uint16_t tier_w[3] = {50, 35, 15};

/* ---- contracts: abusive clauses and missing elements ---------------------------- */

enum {
    AB_PASSPORT,
    AB_FEE,
    AB_DEBT,
    AB_PENALTY,
    AB_NOREST,
    AB_ONCALL,
    AB_CONFINE,
    AB_PREGTEST,
    AB_MARRIAGE,
    AB_WAGEHOLD,
    AB_NOTRANSFER,
    AB_NOCOMPLAINT,
    NABUSE
};
static const uint32_t abuse_ppm[NABUSE][3] = {
    {10000, 80000, 350000}, {10000, 100000, 400000}, {5000, 40000, 200000},  {10000, 80000, 300000},
    {5000, 60000, 250000},  {5000, 50000, 250000},   {5000, 60000, 250000},  {2000, 30000, 150000},
    {2000, 20000, 100000},  {3000, 40000, 150000},   {10000, 80000, 300000}, {2000, 20000, 100000}};

enum { MI_WAGE, MI_HOURS, MI_REST, MI_REPAT, MI_COMPLAINT, NMISSING };
static const uint32_t missing_ppm[3] = {20000, 50000, 120000};

#define HAS(mask, bit) (((mask) >> (bit)) & 1u)

typedef struct {
    uint32_t agency;
    uint8_t dest, sector, occ, months, hours;
    uint16_t abuse;  /* bit AB_* */
    uint8_t missing; /* bit MI_* */
    int64_t wage4;
    int64_t origin_wage4; /* 0: no <id>.origin.txt */
} contract;

typedef struct {
    uint32_t index;
    int origin, tier;
    bool whole_money; /* writes 1500 rather than 1500.00 */
    int ndest;
    int dest[4];
    uint16_t dest_w[4];
    int32_t lic_from, lic_until;
    char name[128];
    char licence[48];
    uint64_t w_first, w_count, c_first, c_count;
} agency;

typedef struct {
    uint64_t workers, agencies, contracts, split;
    uint32_t fees_milli, docs_milli;
    uint64_t seed;
    const char *outdir;
} options;

typedef struct {
    options opt;
    agency *ag;
    contract *ct;
    rng wr; /* the worker stream: workers, their fees and documents, in order */
    uint64_t fee_seq;
    int32_t recruit_lo, recruit_hi;
    int32_t extract; /* the day the agency exported its records: no later date */
} gen;

typedef struct {
    outf agencies, workers, fees, docs;
    char dir[PATH_LEN];
} subdir;

/* ---- sizing ---------------------------------------------------------------------- */

static int64_t round_step(int64_t m4, int64_t step)
{
    int64_t r = (m4 + step / 2) / step * step;
    return r > 0 ? r : step;
}

/* A monthly wage in ten-thousandths of the destination currency. */
static int64_t wage_for(rng *r, int dest, int sector)
{
    const destination *d = &dests[dest];
    int32_t lo = d->low_lo, hi = d->low_hi, step = d->step;
    if (sector == SEC_DOMESTIC) {
        lo = d->dom_lo;
        hi = d->dom_hi;
        step = d->dom_step;
    } else if (sector == SEC_CARE || sector == SEC_MANUFACTURING || sector == SEC_HOSPITALITY) {
        lo = d->mid_lo;
        hi = d->mid_hi;
    }
    int64_t units = lo + (int64_t)step * rng_below(r, (uint32_t)((hi - lo) / step) + 1);
    int64_t m4 = units * 10000;
    if (currencies[d->cur].dec == 3 && rng_below(r, 10) == 0)
        m4 += 5000; /* KWD 120.500 */
    return m4;
}

/* An amount of about `usd_cents` in currency `cur`: usually a round figure. */
static int64_t amount_in(rng *r, int64_t usd_cents, int cur)
{
    const currency *c = &currencies[cur];
    int64_t m4 = usd_cents * c->per_usd_milli / 10;
    if (rng_below(r, 5) != 0)
        return round_step(m4, c->step);
    static const int64_t unit[4] = {10000, 1000, 100, 10};
    m4 = m4 / unit[c->dec] * unit[c->dec];
    return m4 > 0 ? m4 : unit[c->dec];
}

static void build_agency(rng *r, agency *a)
{
    static const char *const adj[] = {"Golden", "Sunrise", "Pacific", "Global",  "Eastern",
                                      "Royal",  "Bright",  "Silver",  "Unity",   "Harmony",
                                      "Lotus",  "Summit",  "Pearl",   "Horizon", "Prime"};
    static const char *const noun[] = {"Bridge", "Star",  "Link",  "Gate",  "Way",
                                       "Path",   "Hands", "Light", "Crown", "Field"};
    static const char *const kind[] = {"Manpower",          "Overseas Employment", "Recruitment",
                                       "Placement",         "Human Resources",     "Workforce",
                                       "Employment Agency", "Manpower Services"};
    a->origin = rng_pick(r, origin_w, NORIG);
    const origin *o = &origins[a->origin];
    a->tier = rng_pick(r, tier_w, 3);
    a->whole_money = rng_below(r, 2) == 0;

    int nd = 1 + (int)rng_below(r, 4);
    uint16_t w[NDEST];
    memcpy(w, o->dest_w, sizeof w);
    a->ndest = 0;
    for (int i = 0; i < nd; i++) {
        uint32_t sum = 0;
        for (int j = 0; j < NDEST; j++)
            sum += w[j];
        if (!sum)
            break;
        int d = rng_pick(r, w, NDEST);
        a->dest[a->ndest] = d;
        a->dest_w[a->ndest] = (uint16_t)(w[d] * (1 + rng_below(r, 3)));
        a->ndest++;
        w[d] = 0;
    }

    const char *ad = adj[rng_below(r, sizeof adj / sizeof adj[0])];
    const char *nn = noun[rng_below(r, sizeof noun / sizeof noun[0])];
    const char *kd = kind[rng_below(r, sizeof kind / sizeof kind[0])];
    switch (rng_below(r, 4)) {
    case 0:
        snprintf(a->name, sizeof a->name, "%s %s %s, %s", ad, nn, kd, o->suffix);
        break;
    case 1:
        snprintf(a->name, sizeof a->name, "%s %s %s %s", o->place, ad, kd, o->suffix);
        break;
    case 2:
        snprintf(a->name, sizeof a->name, "%s%s %s", ad, nn, kd);
        break;
    default:
        snprintf(a->name, sizeof a->name, "%s %s %s %s", ad, nn, kd, o->suffix);
    }
    if (a->origin == O_ID)
        snprintf(a->name, sizeof a->name, "PT %s %s %s", ad, nn, kd);

    /* The current licence: most cover the whole period; some expired, started late,
     * are open-ended, or are missing (an unlicensed agency). */
    unsigned n1 = 1 + rng_below(r, 999), n2 = rng_below(r, 999999);
    int32_t v = rng_between(r, 0, 99);
    int32_t from = days_from_civil(2012, 1, 1) + rng_between(r, 0, 8 * 365);
    if (v < 85) {
        a->lic_from = from;
        a->lic_until = from + 4 * 365 + rng_between(r, 0, 6 * 365);
        if (a->lic_until < days_from_civil(2026, 1, 1))
            a->lic_until += 6 * 365;
    } else if (v < 93) {
        a->lic_from = from;
        a->lic_until = days_from_civil(2023, 1, 1) + rng_between(r, 0, 700);
    } else if (v < 97) {
        a->lic_from = from;
        a->lic_until = NO_DATE;
    } else {
        a->lic_from = days_from_civil(2022, 1, 1) + rng_between(r, 0, 500);
        a->lic_until = a->lic_from + 4 * 365;
    }
    if (v < 2)
        a->licence[0] = '\0';
    else if (a->origin == O_PH)
        snprintf(a->licence, sizeof a->licence, o->licence, n1, n2);
    else
        snprintf(a->licence, sizeof a->licence, o->licence, n1, (unsigned)year_of(a->lic_from));
}

/* Agency weights are heavy-tailed: a few agencies place most workers. */
static void size_agencies(gen *g, rng *r)
{
    uint64_t na = g->opt.agencies, n = g->opt.workers, nc = g->opt.contracts;
    uint64_t *w = malloc(na * sizeof *w);
    if (!w)
        die_io("allocate", "agency table", ENOMEM);
    uint64_t total = 0;
    for (uint64_t i = 0; i < na; i++) {
        w[i] = 1000000 / (10 + rng_below(r, 1000));
        total += w[i];
    }
    uint64_t base = n >= na ? 1 : 0, rest = n - base * na, cum = 0, placed = 0;
    for (uint64_t i = 0; i < na; i++) {
        cum += w[i];
        uint64_t upto = base * (i + 1) + rest * cum / total;
        g->ag[i].w_first = placed;
        g->ag[i].w_count = upto - placed;
        placed = upto;
    }
    for (uint64_t i = 0; i < na; i++) {
        agency *a = &g->ag[i];
        a->c_first = nc * a->w_first / n;
        a->c_count = nc * (a->w_first + a->w_count) / n - a->c_first;
    }
    free(w);
}

static void build_contract(gen *g, uint64_t k, uint32_t agency_ix)
{
    rng r;
    rng_seed(&r, g->opt.seed, 2, k);
    const agency *a = &g->ag[agency_ix];
    contract *c = &g->ct[k];
    c->agency = agency_ix;
    c->dest = (uint8_t)a->dest[rng_pick(&r, a->dest_w, a->ndest)];
    c->sector = (uint8_t)rng_pick(&r, dests[c->dest].sector_w, NSEC);
    c->occ = (uint8_t)rng_below(&r, NOCC);
    c->months = (uint8_t)(rng_below(&r, 5) == 0 ? 12 : rng_below(&r, 6) == 0 ? 36 : 24);
    c->wage4 = wage_for(&r, c->dest, c->sector);
    c->abuse = 0;
    for (int i = 0; i < NABUSE; i++)
        if (rng_ppm(&r, abuse_ppm[i][a->tier]))
            c->abuse |= (uint16_t)(1u << i);
    c->missing = 0;
    for (int i = 0; i < NMISSING; i++)
        if (rng_ppm(&r, missing_ppm[a->tier]))
            c->missing |= (uint8_t)(1u << i);
    c->hours = (uint8_t)(a->tier == TIER_GOOD ? 8 : 8 + rng_below(&r, a->tier == TIER_BAD ? 5 : 3));
    c->origin_wage4 = 0;
    if (rng_below(&r, 100) < 15) {
        int32_t step = c->sector == SEC_DOMESTIC ? dests[c->dest].dom_step : dests[c->dest].step;
        int64_t up = c->wage4 * (110 + rng_below(&r, 26)) / 100;
        c->origin_wage4 = round_step(up, (int64_t)step * 10000);
        if (c->origin_wage4 <= c->wage4)
            c->origin_wage4 = c->wage4 + (int64_t)step * 10000;
    }
}

/* ---- contract text ---------------------------------------------------------------- */

typedef struct {
    char text[32768];
    size_t len;
    char para[4096];
    size_t plen;
    int width;  /* wrap column; 0 = one line per paragraph */
    bool curly; /* typographic apostrophes, as pasted from a word processor */
} textb;

static void tb_raw(textb *t, const char *s, size_t n)
{
    for (size_t i = 0; i < n && t->len + 4 < sizeof t->text; i++) {
        if (s[i] == '\'' && t->curly) {
            memcpy(t->text + t->len, "\xE2\x80\x99", 3);
            t->len += 3;
        } else {
            t->text[t->len++] = s[i];
        }
    }
}

static void tb_add(textb *t, const char *fmt, ...)
{
    if (t->plen > 0 && t->plen < sizeof t->para - 1)
        t->para[t->plen++] = ' ';
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(t->para + t->plen, sizeof t->para - t->plen, fmt, ap);
    va_end(ap);
    if (n > 0)
        t->plen += (size_t)n;
    if (t->plen >= sizeof t->para)
        t->plen = sizeof t->para - 1;
}

static void tb_end(textb *t)
{
    if (!t->plen)
        return;
    size_t i = 0;
    while (i < t->plen) {
        size_t n = t->plen - i;
        if (t->width && n > (size_t)t->width) {
            n = (size_t)t->width;
            while (n > 0 && t->para[i + n] != ' ')
                n--;
            if (n == 0)
                n = (size_t)t->width;
        }
        tb_raw(t, t->para + i, n);
        tb_raw(t, "\n", 1);
        i += n;
        while (i < t->plen && t->para[i] == ' ')
            i++;
    }
    tb_raw(t, "\n", 1);
    t->plen = 0;
}

static void tb_line(textb *t, const char *s)
{
    tb_end(t);
    tb_raw(t, s, strlen(s));
    tb_raw(t, "\n", 1);
}

/* "SAR 1,500.00", "SAR 1500" or "1,500 Saudi riyals (SAR)". */
static void human_money(char *out, size_t size, int cur, int64_t m4, int style)
{
    const currency *c = &currencies[cur];
    char units[32], grouped[48];
    snprintf(units, sizeof units, "%llu", (unsigned long long)(m4 / 10000));
    size_t n = strlen(units), j = 0;
    for (size_t i = 0; i < n; i++) {
        if (i && (n - i) % 3 == 0)
            grouped[j++] = ',';
        grouped[j++] = units[i];
    }
    grouped[j] = '\0';
    char frac[8] = "";
    if (c->dec == 2)
        snprintf(frac, sizeof frac, ".%02u", (unsigned)(m4 % 10000 / 100));
    else if (c->dec == 3)
        snprintf(frac, sizeof frac, ".%03u", (unsigned)(m4 % 10000 / 10));
    if (style == 0)
        snprintf(out, size, "%s %s%s", c->code, grouped, frac);
    else if (style == 1)
        snprintf(out, size, "%s %s%s", c->code, units, m4 % 10000 ? frac : "");
    else
        snprintf(out, size, "%s%s %s (%s)", grouped, m4 % 10000 ? frac : "", c->name, c->code);
}

static void long_date(char *out, size_t size, int32_t days)
{
    static const char *const month[12] = {"January",   "February", "March",    "April",
                                          "May",       "June",     "July",     "August",
                                          "September", "October",  "November", "December"};
    int y, m, d;
    civil_from_days(days, &y, &m, &d);
    snprintf(out, size, "%d %s %d", d, month[m - 1], y);
}

/* Each section draws exactly one number so that the origin version, built from the
 * same stream, differs from the destination version only where it is meant to. */
static void contract_text(const gen *g, uint64_t k, bool origin_version, textb *t)
{
    const contract *c = &g->ct[k];
    const agency *a = &g->ag[c->agency];
    const destination *d = &dests[c->dest];
    const origin *o = &origins[a->origin];
    rng rr, *r = &rr;
    rng_seed(r, g->opt.seed, 3, k);

    uint32_t abuse = c->abuse;
    int64_t wage = c->wage4;
    int hours = c->hours;
    if (origin_version) {
        abuse &= ~((1u << AB_NOREST) | (1u << AB_ONCALL) | (1u << AB_PASSPORT));
        wage = c->origin_wage4;
        hours = 8;
    }
    t->len = 0;
    t->plen = 0;
    t->width = rng_below(r, 3) ? 76 : 0;
    t->curly = rng_below(r, 5) == 0;
    int style = (int)rng_below(r, 3);
    const char *family = d->family[rng_below(r, 6)];
    const char *city = d->cities[rng_below(r, 4)];
    int32_t date = days_from_civil(2020, 9, 1) + rng_between(r, 0, 1300);
    uint32_t v;
    char money[64], money2[64], when[32], employer[160], cid[16];
    snprintf(cid, sizeof cid, "C%06llu", (unsigned long long)(k + 1));
    long_date(when, sizeof when, date);
    bool household = c->sector == SEC_DOMESTIC || (c->sector == SEC_CARE && d->gulf);
    static const char *const trade[NSEC] = {
        "",           "Care Services",    "Contracting",     "Farms",
        "Industries", "Hotels & Resorts", "Marine Products", "General Services"};
    if (household)
        snprintf(employer, sizeof employer, "Mr. and Mrs. %s", family);
    else
        snprintf(employer, sizeof employer, "%s %s %s", family, trade[c->sector], d->suffix);
    const char *job = occupations[c->sector][c->occ];
    human_money(money, sizeof money, d->cur, wage, style);
    int sec = 1;

    v = rng_below(r, 720720);
    static const char *const title[3] = {"EMPLOYMENT CONTRACT", "CONTRACT OF EMPLOYMENT",
                                         "STANDARD EMPLOYMENT CONTRACT"};
    tb_line(t, title[v % 3]);
    tb_line(t, "");
    tb_add(t, "Contract No. %s", cid);
    tb_end(t);
    tb_add(t,
           "This contract is made on %s between %s, of %s, %s (the \"Employer\"), and the "
           "worker named in Annex A (the \"Worker\"), through %s, licence %s (the \"Agency\").",
           when, employer, city, d->name, a->name, a->licence[0] ? a->licence : "pending");
    if (origin_version)
        tb_add(t, "This is the version of the contract signed in %s before departure.", o->name);
    tb_end(t);

    v = rng_below(r, 720720);
    if (v % 2)
        tb_add(t, "%d. Position. The Employer engages the Worker as %s at %s, %s.", sec++, job,
               city, d->name);
    else
        tb_add(t,
               "%d. Position. The Worker shall work as %s for the Employer in %s and shall "
               "perform the duties listed in Annex B.",
               sec++, job, city);
    tb_end(t);

    v = rng_below(r, 720720);
    if (v % 2)
        tb_add(t,
               "%d. Duration. This contract is valid for %d months from the date of the "
               "Worker's arrival in %s.",
               sec++, c->months, d->name);
    else
        tb_add(t,
               "%d. Duration. The term of employment is %d months, starting on the Worker's "
               "arrival at the worksite, and may be renewed by mutual agreement.",
               sec++, c->months);
    tb_end(t);

    v = rng_below(r, 720720);
    tb_add(t, "%d. Wages.", sec++);
    if (!HAS(c->missing, MI_WAGE)) {
        if (v % 3 == 0)
            tb_add(t,
                   "The Employer shall pay the Worker a basic monthly salary of %s, not later "
                   "than the seventh day of each month.",
                   money);
        else if (v % 3 == 1)
            tb_add(t,
                   "The monthly wage is %s, paid in full by bank transfer to an account in the "
                   "Worker's own name.",
                   money);
        else
            tb_add(t,
                   "Salary: %s per month, payable monthly in cash against the Worker's "
                   "signature on a payslip.",
                   money);
    } else {
        tb_add(t, "The Worker shall be paid the wage agreed with the Employer.");
    }
    int64_t fee_usd_cents = (300 + (int64_t)(v % 13) * 100) * 100;
    human_money(
        money2, sizeof money2, o->cur,
        round_step(fee_usd_cents * currencies[o->cur].per_usd_milli / 10, currencies[o->cur].step),
        style);
    if (HAS(abuse, AB_FEE)) {
        if (v % 4 == 0)
            tb_add(t,
                   "The placement fee of %s shall be deducted from the Worker's salary in %u "
                   "equal monthly instalments.",
                   money2, 3 + v % 6);
        else if (v % 4 == 1)
            tb_add(t,
                   "The Worker shall pay the recruitment fee of %s to the Agency before "
                   "departure.",
                   money2);
        else if (v % 4 == 2)
            tb_add(t, "The Worker agrees that the costs of recruitment will be deducted from the "
                      "wages.");
        else
            tb_add(t, "A service charge equal to one month's salary is payable by the Worker to "
                      "the Agency.");
    } else if ((v / 16) % 100 < 60) {
        if (v % 2)
            tb_add(t, "No recruitment fee or placement fee shall be charged to the Worker, and no "
                      "such cost shall be deducted from the Worker's wages.");
        else
            tb_add(t, "The Worker shall not pay any recruitment fee; all recruitment costs are "
                      "borne by the Employer.");
    }
    if (HAS(abuse, AB_WAGEHOLD)) {
        if (v % 2)
            tb_add(t, "The Employer shall keep the Worker's salary in safekeeping and pay it in "
                      "full at the end of the contract.");
        else
            tb_add(t, "The Employer will hold the Worker's ATM card and bank book for "
                      "safekeeping.");
    } else if ((v / 1600) % 100 < 30) {
        tb_add(t, "The Employer shall not withhold the Worker's wages or keep the Worker's bank "
                  "card.");
    }
    tb_end(t);

    v = rng_below(r, 720720);
    if (HAS(abuse, AB_ONCALL)) {
        tb_add(t, "%d. Hours of work. %s", sec++,
               v % 2 ? "Working hours are as required by the Employer; the Worker shall be on "
                       "call at all times."
                     : "The Worker shall be available for work at any time of the day or night "
                       "as required by the household.");
        tb_end(t);
    } else if (!HAS(c->missing, MI_HOURS)) {
        tb_add(t,
               "%d. Hours of work. Normal hours of work shall not exceed %d hours per day and "
               "%d hours per week.",
               sec++, hours, hours * 6);
        if (v % 2)
            tb_add(t, "Overtime shall be paid at 125 percent of the hourly rate.");
        tb_end(t);
    }

    v = rng_below(r, 720720);
    if (HAS(abuse, AB_NOREST)) {
        if (v % 3 == 0)
            tb_add(t,
                   "%d. Rest. The Worker shall not be entitled to a weekly rest day during the "
                   "first %u months.",
                   sec++, 3 + v % 4);
        else if (v % 3 == 1)
            tb_add(t,
                   "%d. Rest. No day off will be given; rest days may be compensated in cash at "
                   "the Employer's discretion.",
                   sec++);
        else
            tb_add(t, "%d. Rest. The Worker shall work seven days a week.", sec++);
        tb_end(t);
    } else if (!HAS(c->missing, MI_REST)) {
        tb_add(t,
               "%d. Rest and leave. The Worker is entitled to one rest day of at least 24 "
               "consecutive hours every week, and to %u days of paid annual leave.",
               sec++, 14 + v % 3 * 7);
        tb_end(t);
    }

    v = rng_below(r, 720720);
    if (HAS(abuse, AB_PASSPORT)) {
        static const char *const keep[3] = {
            "The Employer shall keep the Worker's passport and residence permit for safekeeping "
            "during the contract period.",
            "The Worker shall surrender the passport to the Agency upon signing this contract.",
            "The Employer will hold the Worker's passport and identity documents until the end of "
            "the contract."};
        tb_add(t, "%d. Documents. %s", sec++, keep[v % 3]);
        tb_end(t);
    } else if ((v / 16) % 100 < 65) {
        tb_add(t, "%d. Documents. %s", sec++,
               v % 2 ? "The Employer shall not retain the Worker's passport or other identity "
                       "documents; they remain in the Worker's possession at all times."
                     : "The Worker's passport shall not be kept by the Employer or the Agency.");
        tb_end(t);
    }

    v = rng_below(r, 720720);
    if (HAS(abuse, AB_DEBT) || HAS(abuse, AB_PENALTY) || (v / 16) % 100 < 40) {
        tb_add(t, "%d. Costs and termination.", sec++);
        if (HAS(abuse, AB_DEBT))
            tb_add(t,
                   v % 2 ? "The Worker acknowledges a loan of %s advanced by the Agency, to be "
                           "repaid through salary deductions, and signs a promissory note for "
                           "this amount."
                         : "Before departure the Worker shall provide a guarantor and a "
                           "security deposit of %s.",
                   money2);
        if (HAS(abuse, AB_PENALTY))
            tb_add(t, v % 2 ? "If the Worker terminates this contract before the end of its term, "
                              "the Worker shall reimburse the Employer for all recruitment costs "
                              "and the air fare."
                            : "A penalty of two months' salary shall be paid by the Worker for "
                              "leaving the employment before completing the contract.");
        if (!HAS(abuse, AB_DEBT) && !HAS(abuse, AB_PENALTY))
            tb_add(t, "The Worker shall not be required to pay any deposit, bond or penalty for "
                      "terminating this contract.");
        tb_end(t);
    }

    v = rng_below(r, 720720);
    if (HAS(abuse, AB_CONFINE))
        tb_add(t, "%d. Conduct. %s", sec++,
               v % 2 ? "The Worker shall not leave the Employer's premises without the "
                       "Employer's written permission."
                     : "The Worker is not allowed to go out alone on rest days.");
    else
        tb_add(t, "%d. Conduct. %s", sec++,
               (v / 16) % 100 < 40 ? "The Worker is free to leave the household during rest days "
                                     "and off-duty hours."
                                   : "The Worker shall observe the lawful instructions of the "
                                     "Employer and the laws and customs of the host country.");
    if (HAS(abuse, AB_PREGTEST))
        tb_add(t, v % 2 ? "The Worker shall undergo a pregnancy test every six months; a Worker "
                          "found pregnant will be repatriated at her own cost."
                        : "A negative HIV test is a condition of continued employment.");
    if (HAS(abuse, AB_MARRIAGE))
        tb_add(t, v % 2 ? "The Worker shall not marry or have a boyfriend during the contract "
                          "period."
                        : "The Worker agrees not to become pregnant during the term of this "
                          "contract.");
    if (!HAS(abuse, AB_PREGTEST) && !HAS(abuse, AB_MARRIAGE) && (v / 1600) % 100 < 30)
        tb_add(t, "The Employer shall not require pregnancy testing and shall not terminate the "
                  "contract because of pregnancy or marriage.");
    tb_end(t);

    v = rng_below(r, 720720);
    tb_add(t, "%d. Accommodation and care. %s", sec++,
           v % 3 == 0   ? "The Employer shall provide free and decent accommodation, food and "
                          "medical care."
           : v % 3 == 1 ? "The Employer shall provide a private room with a lock, three meals a "
                          "day and free medical treatment."
                        : "The Employer shall provide accommodation and shall insure the Worker "
                          "against work accidents and illness.");
    tb_end(t);

    v = rng_below(r, 720720);
    tb_add(t, "%d. Termination.", sec++);
    if (HAS(abuse, AB_NOTRANSFER))
        tb_add(t, v % 2 ? "The Worker may not change employer or terminate this contract before "
                          "its expiry."
                        : "The Worker shall not transfer to another employer without the consent "
                          "of the sponsor.");
    else
        tb_add(t, "Either party may terminate this contract by giving one month's written notice.");
    if (!HAS(c->missing, MI_REPAT))
        tb_add(t,
               v % 2 ? "At the end of the contract, or on its termination for any reason, the "
                       "Employer shall pay the Worker's air fare back to %s."
                     : "The Employer shall bear the cost of the Worker's return to %s.",
               o->name);
    tb_end(t);

    v = rng_below(r, 720720);
    if (!HAS(c->missing, MI_COMPLAINT) || HAS(abuse, AB_NOCOMPLAINT)) {
        tb_add(t, "%d. Complaints.", sec++);
        if (!HAS(c->missing, MI_COMPLAINT))
            tb_add(t,
                   "The Worker may bring any complaint to the labour authorities of %s, to the "
                   "embassy or consulate of %s, or to the hotline of the %s Migrant Workers "
                   "Office, without retaliation.",
                   d->name, o->name, o->name);
        if (HAS(abuse, AB_NOCOMPLAINT))
            tb_add(t, v % 2 ? "The Worker waives the right to file any complaint with the "
                              "authorities, the embassy or any workers' organisation."
                            : "The Worker shall not join a trade union or contact the consulate "
                              "without the Employer's approval.");
        tb_end(t);
    }

    v = rng_below(r, 720720);
    tb_add(t,
           "%d. Governing law. This contract is governed by the laws of %s. Any dispute shall "
           "be settled amicably or, failing that, by the competent authority.",
           sec++, d->name);
    tb_end(t);
    if (v % 2)
        tb_add(t, "Signed at %s on %s.", city, when);
    else
        tb_add(t, "Signed at %s, %s, on %s, before the Worker's departure.", o->capital, o->name,
               when);
    tb_end(t);
    tb_line(t, "For the Employer: ______________________");
    tb_line(t, "The Worker: ______________________");
    tb_line(t, "");
    tb_add(t, "Witnessed by the Agency: %s", a->name);
    tb_end(t);
}

static void write_file(const char *path, const char *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        die_io("create", path, errno);
    if (fwrite(data, 1, n, f) != n)
        die_io("write", path, errno);
    errno = 0;
    if (fclose(f) != 0)
        die_io("close", path, errno);
}

static void write_contracts(const gen *g, const agency *a, const char *dir)
{
    static textb t;
    char path[PATH_LEN];
    for (uint64_t k = a->c_first; k < a->c_first + a->c_count; k++) {
        contract_text(g, k, false, &t);
        snprintf(path, sizeof path, "%s/contracts/C%06llu.txt", dir, (unsigned long long)(k + 1));
        write_file(path, t.text, t.len);
        if (g->ct[k].origin_wage4) {
            contract_text(g, k, true, &t);
            snprintf(path, sizeof path, "%s/contracts/C%06llu.origin.txt", dir,
                     (unsigned long long)(k + 1));
            write_file(path, t.text, t.len);
        }
    }
}

/* ---- rows ------------------------------------------------------------------------- */

static void write_agency_row(outf *o, const agency *a)
{
    out_row(o);
    put_id(o, 'A', a->index + 1, 4);
    put_c(o, ',');
    put_csv(o, a->name);
    put_c(o, ',');
    put_s(o, a->licence);
    put_c(o, ',');
    put_date(o, a->lic_from);
    put_c(o, ',');
    put_date(o, a->lic_until);
    put_c(o, ',');
    put_s(o, origins[a->origin].code);
    put_c(o, '\n');
}

static void write_rates(const char *dir)
{
    outf o;
    out_open(&o, dir, "rates.csv");
    put_s(&o, "currency,usd_per_unit\n");
    for (int i = 0; i < NCUR; i++) {
        if (!currencies[i].usd_per_unit)
            continue; /* a currency in use with no rate: DQ-001 must name it */
        put_s(&o, currencies[i].code);
        put_c(&o, ',');
        put_s(&o, currencies[i].usd_per_unit);
        put_c(&o, '\n');
    }
    out_close(&o);
}

typedef struct {
    uint64_t id;
    int origin, dest, sector, lang, tier, wage_cur;
    int32_t recruited, deployed;
    int64_t wage4;
    bool whole_money;
} worker;

enum { PAY_WORKER, PAY_EMPLOYER, PAY_AGENCY, PAY_GOVERNMENT, PAY_OTHER, NPAYER };
enum { M_CASH, M_BANK, M_DEDUCTION, M_LOAN, M_OTHER, M_NONE, NMETHOD };

static void write_fee(gen *g, subdir *s, const agency *a, const worker *w)
{
    rng *r = &g->wr;
    outf *o = &s->fees;
    int cat = rng_pick(r, category_w[a->tier], NCAT);
    static const uint32_t worker_ppm[3] = {30000, 200000, 550000};
    uint32_t p = worker_ppm[a->tier];
    if (cat <= CAT_PLACEMENT)
        p = p * 3 / 2;
    else if (cat >= CAT_DEPOSIT && cat <= CAT_LOAN_INTEREST && p < 600000)
        p = 600000;
    /* paid_by: worker, employer, agency, government, other */
    int payer =
        rng_ppm(r, p) ? PAY_WORKER : rng_pick(r, (const uint16_t[]){0, 925, 50, 10, 15}, NPAYER);
    static const char *const payer_name[NPAYER] = {"worker", "employer", "agency", "government",
                                                   "other"};
    static const char *const method_name[NMETHOD] = {"cash", "bank_transfer", "salary_deduction",
                                                     "loan", "other",         ""};
    static const uint16_t method_w[NPAYER][NMETHOD] = {{45, 30, 10, 5, 3, 7},
                                                       {10, 65, 8, 0, 3, 8},
                                                       {40, 50, 0, 0, 0, 10},
                                                       {0, 90, 0, 0, 0, 10},
                                                       {30, 20, 0, 50, 0, 0}};
    uint16_t mw[NMETHOD];
    memcpy(mw, method_w[payer], sizeof mw);
    if (payer == PAY_EMPLOYER) /* advanced by the employer, recovered from wages */
        mw[M_DEDUCTION] = (uint16_t)(a->tier == TIER_GOOD ? 1 : a->tier == TIER_MIXED ? 8 : 20);
    if (payer == PAY_WORKER && a->tier == TIER_BAD)
        mw[M_LOAN] = 10;
    int method = rng_pick(r, mw, NMETHOD);
    bool borne = payer == PAY_WORKER || method == M_DEDUCTION; /* SPEC: worker-borne */

    int cur;
    if (method == M_DEDUCTION)
        cur = w->wage_cur;
    else {
        static const uint16_t cur_w[NPAYER][3] = {/* origin, USD, destination */
                                                  {65, 20, 15},
                                                  {20, 10, 70},
                                                  {80, 20, 0},
                                                  {80, 20, 0},
                                                  {80, 20, 0}};
        int c = rng_pick(r, cur_w[payer], 3);
        cur = c == 0 ? origins[w->origin].cur : c == 1 ? CUR_USD : dests[w->dest].cur;
    }
    int64_t cents = (int64_t)rng_between(r, category_usd[cat][0] * 100, category_usd[cat][1] * 100);
    int64_t amount = rng_below(r, 500) == 0 ? 0 : amount_in(r, cents, cur);

    int32_t paid_on;
    if (method == M_DEDUCTION) {
        int32_t start = w->deployed != NO_DATE ? w->deployed : w->recruited + 60;
        paid_on = start + rng_between(r, 30, 360);
    } else {
        int32_t span =
            w->deployed != NO_DATE && w->deployed > w->recruited ? w->deployed - w->recruited : 60;
        paid_on = w->recruited + rng_between(r, -10, span);
    }
    if (paid_on > g->extract)
        paid_on = g->extract - (paid_on - g->extract) % 60;
    if (rng_below(r, 25) == 0)
        paid_on = NO_DATE;

    static const uint16_t yes_no_empty[4][3] = {
        {70, 15, 15}, {40, 30, 30}, {20, 45, 35}, {80, 5, 15}};
    static const uint16_t disclosed_w[4][3] = {
        {70, 10, 20}, {35, 30, 35}, {15, 45, 40}, {60, 5, 35}};
    static const char *const yne[3] = {"yes", "no", ""};
    int receipt = rng_pick(r, yes_no_empty[borne ? a->tier : 3], 3);
    int disclosed = rng_pick(r, disclosed_w[borne ? a->tier : 3], 3);

    uint32_t bad = rng_below(r, 10000); /* ~0.1% of fee rows are bad on purpose */
    g->fee_seq++;

    out_row(o);
    if (rng_below(r, 200) != 0)
        put_id(o, 'F', g->fee_seq, 8);
    put_c(o, ',');
    if (bad < 5) /* a worker_id that does not exist */
        put_id(o, 'W', g->opt.workers + 1 + rng_below(r, 100000), 7);
    else
        put_id(o, 'W', w->id, 7);
    put_c(o, ',');
    put_id(o, 'A', a->index + 1, 4);
    put_c(o, ',');
    put_s(o, category_name[cat]);
    put_c(o, ',');
    if (bad >= 8 && bad < 10) {
        static const char *const bad_amount[4] = {"12e3", "\"1,250.00\"", "-50.00", "1250.50505"};
        put_s(o, bad_amount[rng_below(r, 4)]);
    } else {
        put_money(o, amount, currencies[cur].dec, w->whole_money);
    }
    put_c(o, ',');
    put_s(o, currencies[cur].code);
    put_c(o, ',');
    put_s(o, payer_name[payer]);
    put_c(o, ',');
    if (bad >= 5 && bad < 8)
        put_s(o, bad_dates[bad % NBAD_DATES]);
    else
        put_date(o, paid_on);
    put_c(o, ',');
    put_s(o, method_name[method]);
    put_c(o, ',');
    put_s(o, yne[receipt]);
    put_c(o, ',');
    put_s(o, yne[disclosed]);
    put_c(o, '\n');
}

enum { DOC_PASSPORT, DOC_NATIONAL_ID, DOC_VISA, DOC_WORK_PERMIT, DOC_BIRTH, DOC_BANK, DOC_OTHER };
static const char *const document_name[7] = {
    "passport", "national_id", "visa", "work_permit", "birth_certificate", "bank_card", "other"};

enum { H_WORKER, H_AGENCY, H_EMPLOYER, H_AUTHORITY, NHOLDER };

static void write_document(gen *g, subdir *s, const agency *a, const worker *w, bool first)
{
    rng *r = &g->wr;
    outf *o = &s->docs;
    int doc = first ? (rng_below(r, 25) ? DOC_PASSPORT : DOC_NATIONAL_ID)
                    : 1 + rng_pick(r, (const uint16_t[]){15, 30, 30, 8, 10, 7}, 6);
    static const uint16_t holder_w[3][NHOLDER] = {{92, 3, 3, 2}, {70, 12, 15, 3}, {35, 30, 33, 2}};
    uint16_t hw[NHOLDER];
    memcpy(hw, holder_w[a->tier], sizeof hw);
    if (doc == DOC_WORK_PERMIT || doc == DOC_BANK)
        hw[H_EMPLOYER] = (uint16_t)(hw[H_EMPLOYER] * 2); /* employers keep permits, cards */
    if (doc == DOC_WORK_PERMIT)
        hw[H_AUTHORITY] = (uint16_t)(hw[H_AUTHORITY] * 3);
    int holder = rng_pick(r, hw, NHOLDER);
    static const char *const holder_name[NHOLDER] = {"worker", "agency", "employer", "authority"};
    int32_t dep = w->deployed != NO_DATE ? w->deployed : w->recruited + 60;
    int32_t from, until = NO_DATE;
    int consent = 2;
    const char *reason = "";
    static const char *const reasons[] = {"visa processing",
                                          "medical examination",
                                          "work permit application",
                                          "safekeeping",
                                          "safekeeping, at employer's request",
                                          "employer policy",
                                          "\"for safety\" per employer",
                                          "deployment processing",
                                          "",
                                          ""};
    static const uint16_t returned_w[2][3][3] = {/* returned within 1-7 days, later, still held */
                                                 {{60, 30, 10}, {35, 40, 25}, {15, 35, 50}},
                                                 {{40, 40, 20}, {20, 40, 40}, {5, 30, 65}}};
    static const uint16_t consent_w[3][3] = {{60, 10, 30}, {30, 30, 40}, {10, 50, 40}};
    uint32_t x = rng_below(r, 720720);
    switch (holder) {
    case H_WORKER: /* since the document was issued */
        from = w->recruited - rng_between(r, 30, 2500);
        consent = x % 10 ? 2 : 0;
        break;
    case H_AGENCY:
    case H_EMPLOYER: {
        bool ag = holder == H_AGENCY;
        from = ag ? w->recruited + rng_between(r, 0, 30) : dep + rng_between(r, 0, 5);
        int ret = rng_pick(r, returned_w[ag ? 0 : 1][a->tier], 3);
        if (ret == 0)
            until = from + rng_between(r, 1, 7);
        else if (ret == 1)
            until = from + rng_between(r, 8, ag ? 120 : 720);
        consent = rng_pick(r, consent_w[a->tier], 3);
        reason = reasons[x % (sizeof reasons / sizeof reasons[0])];
        break;
    }
    default: /* an authority, for stamping */
        from = w->recruited + rng_between(r, 5, 30);
        if (x % 10)
            until = from + rng_between(r, 3, 20);
        reason = x % 2 ? "visa stamping" : "work permit processing";
    }
    if (until != NO_DATE && until > g->extract)
        until = NO_DATE; /* not returned yet */
    static const char *const yne[3] = {"yes", "no", ""};
    uint32_t bad = rng_below(r, 10000);

    out_row(o);
    put_id(o, 'W', w->id, 7);
    put_c(o, ',');
    put_id(o, 'A', a->index + 1, 4);
    put_c(o, ',');
    put_s(o, bad < 5 ? "Passport" : document_name[doc]);
    put_c(o, ',');
    put_s(o, holder_name[holder]);
    put_c(o, ',');
    if (bad >= 5 && bad < 10)
        put_s(o, bad_dates[bad % NBAD_DATES]);
    else
        put_date(o, from);
    put_c(o, ',');
    put_date(o, until);
    put_c(o, ',');
    put_s(o, yne[consent]);
    put_c(o, ',');
    put_csv(o, reason);
    put_c(o, '\n');
}

/* A count with the requested mean (milli-units): base + Bernoulli(frac), jittered. */
static uint32_t count_with_mean(rng *r, uint32_t milli, uint32_t jitter)
{
    uint32_t base = milli / 1000, n = base + (rng_below(r, 1000) < milli % 1000);
    if (jitter > base)
        jitter = base;
    if (jitter)
        n = n - jitter + rng_below(r, 2 * jitter + 1);
    return n;
}

static void write_worker(gen *g, subdir *s, const agency *a, uint64_t wi)
{
    rng *r = &g->wr;
    outf *o = &s->workers;
    worker w;
    w.id = wi + 1;
    w.tier = a->tier;
    w.whole_money = a->whole_money;
    w.origin = rng_below(r, 100) < 97 ? a->origin : rng_pick(r, origin_w, NORIG);
    const origin *og = &origins[w.origin];
    w.lang = rng_pick(r, og->lang_w, 4);

    /* contract: one of the agency's texts, a reference to a missing file, or none */
    int64_t ck = -1;
    uint32_t cx = rng_below(r, 1000);
    if (a->c_count && cx < 880)
        ck = (int64_t)(a->c_first + rng_below(r, (uint32_t)a->c_count));
    else if (cx >= 995)
        ck = (int64_t)(g->opt.contracts + rng_below(r, 1000)); /* no such file */
    const contract *c = ck >= 0 && (uint64_t)ck < g->opt.contracts ? &g->ct[ck] : NULL;

    int occ;
    if (c) {
        w.dest = c->dest;
        w.sector = c->sector;
        occ = c->occ;
        w.wage4 = c->wage4;
        w.wage_cur = dests[w.dest].cur;
        if (rng_below(r, 100) < 7) {
            int32_t step = w.sector == SEC_DOMESTIC ? dests[w.dest].dom_step : dests[w.dest].step;
            int64_t delta = (int64_t)step * 10000 * (1 + rng_below(r, 4));
            w.wage4 = rng_below(r, 2) || w.wage4 <= delta ? w.wage4 + delta : w.wage4 - delta;
        }
    } else {
        w.dest = a->dest[rng_pick(r, a->dest_w, a->ndest)];
        w.sector = rng_pick(r, dests[w.dest].sector_w, NSEC);
        occ = (int)rng_below(r, NOCC);
        w.wage4 = wage_for(r, w.dest, w.sector);
        w.wage_cur = dests[w.dest].cur;
        if (rng_below(r, 50) == 0) { /* wage agreed in US dollars */
            w.wage4 = round_step(w.wage4 * 1000 / currencies[w.wage_cur].per_usd_milli, 100000);
            w.wage_cur = CUR_USD;
        }
    }
    int sex = rng_pick(r, sex_w[w.sector], 4);

    w.recruited = rng_between(r, g->recruit_lo, g->recruit_hi);
    int32_t dx = rng_between(r, 0, 999);
    if (dx < 10)
        w.deployed = w.recruited - rng_between(r, 0, 10); /* entry error: not after recruitment */
    else
        w.deployed = w.recruited + 21 + rng_between(r, 0, 150) + rng_between(r, 0, 60);
    if (dx >= 980 || (w.recruited > g->recruit_hi - 120 && dx >= 500))
        w.deployed = NO_DATE; /* not deployed (yet) */

    int age = 18 + rng_between(r, 0, 7) + rng_between(r, 0, 9) + rng_between(r, 0, 9) +
              rng_between(r, 0, 7);
    uint32_t ax = rng_below(r, 1000);
    if (ax < 3)
        age = 17;
    else if (ax < 33)
        age = rng_between(r, 45, 59);
    int birth_year = year_of(w.recruited) - age - (int)rng_below(r, 2);

    int32_t signed_on = NO_DATE;
    const char *clang = "";
    if (ck >= 0) {
        uint32_t sx = rng_below(r, 100);
        int32_t span =
            w.deployed != NO_DATE && w.deployed > w.recruited + 3 ? w.deployed - w.recruited : 30;
        if (sx < 91)
            signed_on = w.recruited + rng_between(r, 3, span);
        else if (sx < 95 && w.deployed != NO_DATE)
            signed_on = w.deployed + rng_between(r, 1, 45); /* signed after deployment */
        if (signed_on != NO_DATE && signed_on > g->extract)
            signed_on = g->extract;
        uint32_t lx = rng_below(r, 100);
        clang = lx < 75                         ? "en"
                : lx < 90                       ? og->lang[w.lang]
                : lx < 95 && dests[w.dest].gulf ? "ar"
                : lx < 95                       ? "en"
                                                : "";
    }
    uint32_t wx = rng_below(r, 1000); /* 1.5% no usable wage */
    uint32_t bad = rng_below(r, 10000);

    out_row(o);
    put_id(o, 'W', w.id, 7);
    put_c(o, ',');
    put_id(o, 'A', a->index + 1, 4);
    put_c(o, ',');
    if (bad < 5) {
        static const char *const bad_sex[4] = {"Female", "female", "W", "Male"};
        put_s(o, bad_sex[bad % 4]);
    } else {
        put_s(o, sex_code[sex]);
    }
    put_c(o, ',');
    if (rng_below(r, 100))
        put_uint(o, (uint64_t)birth_year, 4);
    put_c(o, ',');
    put_s(o, og->code);
    put_c(o, ',');
    put_s(o, dests[w.dest].code);
    put_c(o, ',');
    put_s(o, sector_name[w.sector]);
    put_c(o, ',');
    if (rng_below(r, 33))
        put_csv(o, occupations[w.sector][occ]);
    put_c(o, ',');
    if (wx >= 15)
        put_money(o, w.wage4, currencies[w.wage_cur].dec, w.whole_money);
    put_c(o, ',');
    if (wx >= 6)
        put_s(o, currencies[w.wage_cur].code);
    put_c(o, ',');
    if (rng_below(r, 33))
        put_s(o, og->lang[w.lang]);
    put_c(o, ',');
    if (ck >= 0)
        put_id(o, 'C', (uint64_t)ck + 1, 6);
    put_c(o, ',');
    put_s(o, clang);
    put_c(o, ',');
    int32_t dates[3] = {signed_on, w.recruited, w.deployed};
    for (int i = 0; i < 3; i++) {
        if (bad >= 5 && bad < 10 && (int)(bad % 3) == i)
            put_s(o, bad_dates[bad % NBAD_DATES]);
        else
            put_date(o, dates[i]);
        put_c(o, i < 2 ? ',' : '\n');
    }

    uint32_t nf = count_with_mean(r, g->opt.fees_milli, 3);
    for (uint32_t i = 0; i < nf; i++)
        write_fee(g, s, a, &w);
    uint32_t nd = count_with_mean(r, g->opt.docs_milli, 0);
    for (uint32_t i = 0; i < nd; i++)
        write_document(g, s, a, &w, i == 0);
}

/* ---- directories ------------------------------------------------------------------ */

static void make_dir(const char *path)
{
    if (mkdir(path, 0777) != 0 && errno != EEXIST)
        die_io("create directory", path, errno);
}

/* OUTDIR may exist only if empty, so no stale file from another run survives. */
static void prepare_outdir(const char *path)
{
    char tmp[PATH_LEN];
    if (snprintf(tmp, sizeof tmp, "%s", path) >= (int)sizeof tmp)
        die_io("create directory", path, ENAMETOOLONG);
    for (char *p = tmp + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        make_dir(tmp);
        *p = '/';
    }
    make_dir(tmp);
    DIR *d = opendir(path);
    if (!d)
        die_io("open directory", path, errno);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
            closedir(d);
            fprintf(stderr, "ra_gen: %s is not empty; give a new or empty directory\n", path);
            exit(1);
        }
    }
    closedir(d);
}

static void sub_open(subdir *s, const char *dir)
{
    char path[PATH_LEN];
    snprintf(s->dir, sizeof s->dir, "%s", dir);
    make_dir(dir);
    if (snprintf(path, sizeof path, "%s/contracts", dir) >= (int)sizeof path)
        die_io("create directory", dir, ENAMETOOLONG);
    make_dir(path);
    out_open(&s->agencies, dir, "agencies.csv");
    out_open(&s->workers, dir, "workers.csv");
    out_open(&s->fees, dir, "fees.csv");
    out_open(&s->docs, dir, "documents.csv");
    put_s(&s->agencies, "agency_id,name,licence_no,licence_valid_from,licence_valid_until,"
                        "country\n");
    put_s(&s->workers, "worker_id,agency_id,sex,birth_year,origin_country,destination_country,"
                       "sector,occupation,monthly_wage,wage_currency,language,contract_id,"
                       "contract_language,contract_signed_on,recruited_on,deployed_on\n");
    put_s(&s->fees, "fee_id,worker_id,agency_id,category,amount,currency,paid_by,paid_on,method,"
                    "receipt,disclosed\n");
    put_s(&s->docs, "worker_id,agency_id,document,holder,held_from,held_until,consent,reason\n");
    write_rates(dir);
}

static void sub_close(subdir *s)
{
    out_close(&s->agencies);
    out_close(&s->workers);
    out_close(&s->fees);
    out_close(&s->docs);
}

static void write_agency(gen *g, subdir *s, const agency *a)
{
    write_agency_row(&s->agencies, a);
    write_contracts(g, a, s->dir);
    for (uint64_t i = 0; i < a->w_count; i++)
        write_worker(g, s, a, a->w_first + i);
}

/* ---- arguments ---------------------------------------------------------------------- */

static uint64_t parse_u64(const char *opt, const char *s, uint64_t lo, uint64_t hi)
{
    if (!s)
        die_usage("missing value for", opt);
    uint64_t v = 0;
    if (!*s)
        die_usage("empty value for", opt);
    for (const char *p = s; *p; p++) {
        if (*p < '0' || *p > '9' || v > (UINT64_MAX - 9) / 10)
            die_usage("not a whole number in range", s);
        v = v * 10 + (uint64_t)(*p - '0');
    }
    if (v < lo || v > hi)
        die_usage("value out of range", s);
    return v;
}

/* "1.2" → 1200: up to three decimals, no floating point. */
static uint32_t parse_milli(const char *opt, const char *s, uint32_t max_milli)
{
    if (!s)
        die_usage("missing value for", opt);
    uint64_t v = 0;
    int decimals = -1;
    if (!*s || *s == '.')
        die_usage("not a number", s);
    for (const char *p = s; *p; p++) {
        if (*p == '.' && decimals < 0) {
            decimals = 0;
            continue;
        }
        if (*p < '0' || *p > '9' || decimals >= 3 || v > 1000000000)
            die_usage("not a number with at most three decimals", s);
        v = v * 10 + (uint64_t)(*p - '0');
        if (decimals >= 0)
            decimals++;
    }
    if (decimals == 0)
        die_usage("not a number", s);
    for (int i = decimals < 0 ? 0 : decimals; i < 3; i++)
        v *= 10;
    if (v > max_milli)
        die_usage("value out of range", s);
    return (uint32_t)v;
}

static options parse_args(int argc, char **argv)
{
    options o = {0, 0, 0, 0, 8000, 1200, 1, NULL};
    bool have_agencies = false, have_contracts = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *val = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            exit(0);
        } else if (!strcmp(a, "--workers")) {
            o.workers = parse_u64(a, val, 1, MAX_WORKERS);
            i++;
        } else if (!strcmp(a, "--agencies")) {
            o.agencies = parse_u64(a, val, 1, MAX_AGENCIES);
            have_agencies = true;
            i++;
        } else if (!strcmp(a, "--fees-per-worker")) {
            o.fees_milli = parse_milli(a, val, 1000000);
            i++;
        } else if (!strcmp(a, "--docs-per-worker")) {
            o.docs_milli = parse_milli(a, val, 100000);
            i++;
        } else if (!strcmp(a, "--contracts")) {
            o.contracts = parse_u64(a, val, 0, MAX_CONTRACTS);
            have_contracts = true;
            i++;
        } else if (!strcmp(a, "--split")) {
            o.split = parse_u64(a, val, 1, MAX_AGENCIES);
            i++;
        } else if (!strcmp(a, "--seed")) {
            o.seed = parse_u64(a, val, 0, UINT64_MAX);
            i++;
        } else if (a[0] == '-' && a[1]) {
            die_usage("unknown option", a);
        } else if (o.outdir) {
            die_usage("more than one OUTDIR", a);
        } else {
            o.outdir = a;
        }
    }
    if (!o.workers)
        die_usage("--workers N is required", NULL);
    if (!o.outdir)
        die_usage("OUTDIR is required", NULL);
    if (o.split) {
        if (have_agencies && o.agencies != o.split)
            die_usage("--split K writes one agency per directory, so it needs --agencies K "
                      "(or no --agencies)",
                      NULL);
        o.agencies = o.split;
    } else if (!have_agencies) {
        o.agencies = o.workers / 2000;
        uint64_t floor_a = o.workers < 3 ? o.workers : 3;
        if (o.agencies < floor_a)
            o.agencies = floor_a;
        if (o.agencies > MAX_AGENCIES)
            o.agencies = MAX_AGENCIES;
    }
    if (!have_contracts)
        o.contracts = o.workers / 100 ? o.workers / 100 : 1;
    return o;
}

int main(int argc, char **argv)
{
    gen g;
    memset(&g, 0, sizeof g);
    g.opt = parse_args(argc, argv);
    g.recruit_lo = days_from_civil(2021, 1, 4);
    g.recruit_hi = days_from_civil(2024, 12, 31);
    g.extract = days_from_civil(2025, 9, 30);
    g.ag = calloc(g.opt.agencies, sizeof *g.ag);
    g.ct = calloc(g.opt.contracts ? g.opt.contracts : 1, sizeof *g.ct);
    if (!g.ag || !g.ct)
        die_io("allocate", "tables", ENOMEM);

    rng ar;
    rng_seed(&ar, g.opt.seed, 0, 0);
    for (uint64_t i = 0; i < g.opt.agencies; i++) {
        g.ag[i].index = (uint32_t)i;
        build_agency(&ar, &g.ag[i]);
    }
    size_agencies(&g, &ar);
    for (uint64_t i = 0; i < g.opt.agencies; i++)
        for (uint64_t k = g.ag[i].c_first; k < g.ag[i].c_first + g.ag[i].c_count; k++)
            build_contract(&g, k, (uint32_t)i);
    rng_seed(&g.wr, g.opt.seed, 1, 0);

    prepare_outdir(g.opt.outdir);
    static subdir s;
    if (!g.opt.split) {
        sub_open(&s, g.opt.outdir);
        for (uint64_t i = 0; i < g.opt.agencies; i++)
            write_agency(&g, &s, &g.ag[i]);
        sub_close(&s);
    } else {
        char dir[PATH_LEN];
        for (uint64_t i = 0; i < g.opt.agencies; i++) {
            if (snprintf(dir, sizeof dir, "%s/agency-%04llu", g.opt.outdir,
                         (unsigned long long)(i + 1)) >= (int)sizeof dir)
                die_io("create directory", g.opt.outdir, ENAMETOOLONG);
            sub_open(&s, dir);
            write_agency(&g, &s, &g.ag[i]);
            sub_close(&s);
        }
    }
    free(g.ag);
    free(g.ct);
    return 0;
}
