/* isocodes_data.h — private to isocodes.c: the constant tables that
 * tools/gen_isocodes.py generates into isocodes_data.c.
 *
 * Each bitmap is indexed by a code's letters read as base-26 digits
 * (countries "AA".."ZZ", currencies "AAA".."ZZZ", languages "aa".."zz"):
 * bit i is (bits[i / 8] >> (i % 8)) & 1. The packed ra_code is index + 1. */
#ifndef RA_ISOCODES_DATA_H
#define RA_ISOCODES_DATA_H

#include <stddef.h>
#include <stdint.h>

#include "isocodes.h"

#define RA_ISO_COUNTRY_CODES (26 * 26)
#define RA_ISO_CURRENCY_CODES (26 * 26 * 26)
#define RA_ISO_LANGUAGE_CODES (26 * 26)

#define RA_ISO_COUNTRY_BITS_BYTES ((RA_ISO_COUNTRY_CODES + 7) / 8)
#define RA_ISO_CURRENCY_BITS_BYTES ((RA_ISO_CURRENCY_CODES + 7) / 8)
#define RA_ISO_LANGUAGE_BITS_BYTES ((RA_ISO_LANGUAGE_CODES + 7) / 8)

typedef struct {
    ra_code code;     /* packed country code (index + 1) */
    const char *name; /* English short name, UTF-8 */
} ra_iso_country_name;

extern const uint8_t ra_iso_country_bits[RA_ISO_COUNTRY_BITS_BYTES];
extern const uint8_t ra_iso_currency_bits[RA_ISO_CURRENCY_BITS_BYTES];
extern const uint8_t ra_iso_language_bits[RA_ISO_LANGUAGE_BITS_BYTES];

/* Number of codes set in each bitmap. */
extern const size_t ra_iso_country_count;
extern const size_t ra_iso_currency_count;
extern const size_t ra_iso_language_count;

/* One entry per country, sorted by code. */
extern const ra_iso_country_name ra_iso_country_names[];
extern const size_t ra_iso_country_names_count;

#endif
