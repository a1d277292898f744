/* verify_manifest.c — reading the manifest back out of a report: the
 * recruitaudit.* custom document properties in the xlsx's
 * docProps/custom.xml, parsed without an XML library (the file is
 * libxlsxwriter's simple, flat format; anything else is refused as
 * unreadable, never guessed at). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unzip.h>

#include "manifest.h"
#include "utf8.h"
#include "verify_internal.h"

#define CUSTOM_XML_MAX (32u << 20)       /* docProps/custom.xml, uncompressed */
#define CUSTOM_XML "docProps/custom.xml" /* where xlsx keeps custom properties */

/* ---- docProps/custom.xml ------------------------------------- */

static bool xml_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static const char *skip_space(const char *p, const char *end)
{
    while (p < end && xml_space(*p))
        p++;
    return p;
}

static const char *find(const char *p, const char *end, const char *needle)
{
    size_t n = strlen(needle);
    for (; p && (size_t)(end - p) >= n; p++) {
        p = memchr(p, needle[0], (size_t)(end - p));
        if (!p || (size_t)(end - p) < n)
            return NULL;
        if (!memcmp(p, needle, n))
            return p;
    }
    return NULL;
}

/* Decodes XML character data [p, end) (entities and character references)
 * into out, NUL-terminated and cut at size - 1 bytes. false on a bad entity
 * or markup inside the text. */
static bool xml_text(const char *p, const char *end, char *out, size_t size)
{
    size_t n = 0;
    while (p < end) {
        char buf[4];
        const char *rep = buf;
        size_t rl = 1;
        if (*p == '<') {
            return false;
        } else if (*p == '&') {
            const char *semi = memchr(p, ';', (size_t)(end - p));
            if (!semi || semi - p > 12)
                return false;
            const char *e = p + 1;
            size_t el = (size_t)(semi - e);
            if (el == 3 && !memcmp(e, "amp", 3))
                buf[0] = '&';
            else if (el == 2 && !memcmp(e, "lt", 2))
                buf[0] = '<';
            else if (el == 2 && !memcmp(e, "gt", 2))
                buf[0] = '>';
            else if (el == 4 && !memcmp(e, "quot", 4))
                buf[0] = '"';
            else if (el == 4 && !memcmp(e, "apos", 4))
                buf[0] = '\'';
            else if (el >= 2 && e[0] == '#') {
                bool hexa = e[1] == 'x';
                const char *d = e + 1 + hexa;
                unsigned long cp = 0;
                if (d == semi)
                    return false;
                for (; d < semi; d++) {
                    int v = *d >= '0' && *d <= '9'           ? *d - '0'
                            : hexa && *d >= 'a' && *d <= 'f' ? *d - 'a' + 10
                            : hexa && *d >= 'A' && *d <= 'F' ? *d - 'A' + 10
                                                             : -1;
                    if (v < 0)
                        return false;
                    cp = cp * (hexa ? 16 : 10) + (unsigned long)v;
                    if (cp > 0x10FFFF)
                        return false;
                }
                if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF))
                    return false;
                rl = ra_utf8_encode(cp, buf);
            } else {
                return false;
            }
            p = semi + 1;
        } else {
            rep = p++;
        }
        if (n + rl >= size)
            break; /* cut: longer than any property may be */
        memcpy(out + n, rep, rl);
        n += rl;
    }
    out[n] = '\0';
    return true;
}

typedef struct {
    ra_verify_result *r;
    size_t ours; /* properties named recruitaudit.* */
    bool have_count;
    char why[RA_ERROR_MSG_MAX];
} prop_ctx;

static void take_property(prop_ctx *pc, const char *name, const char *value)
{
    if (strncmp(name, RA_MANIFEST_PREFIX, strlen(RA_MANIFEST_PREFIX)))
        return;
    pc->ours++;
    if (!strcmp(name, RA_MANIFEST_PREFIX "inputs")) {
        char *end;
        errno = 0;
        unsigned long long n = strtoull(value, &end, 10);
        if (errno || *end || end == value || n > 1000000) {
            if (!pc->why[0])
                snprintf(pc->why, sizeof pc->why, "%.200s: not a count: '%.100s'", name, value);
        } else {
            pc->r->manifest_inputs = (size_t)n;
            pc->have_count = true;
        }
        return;
    }
    ra_error e;
    ra_error_clear(&e);
    if (ra_manifest_set(&pc->r->manifest, name, value, &e) != RA_OK && !pc->why[0])
        snprintf(pc->why, sizeof pc->why, "%.200s: %.300s", name, e.msg);
}

/* Finds each <property name="..."><vt:TYPE>value</vt:TYPE></property> (any
 * namespace prefix) and hands it to take_property. false when the XML is not
 * of that form. */
static bool parse_custom_xml(const char *p, const char *end, prop_ctx *pc)
{
    char value[4096], name[512];
    for (;;) {
        const char *t = find(p, end, "<property");
        if (!t)
            return true;
        const char *q = t + 9;
        if (q >= end)
            return false;
        if (!xml_space(*q) && *q != '>' && *q != '/') {
            p = q;
            continue;
        }
        bool have_name = false, empty = false;
        for (;;) { /* attributes */
            q = skip_space(q, end);
            if (q >= end)
                return false;
            if (*q == '>') {
                q++;
                break;
            }
            if (*q == '/' && q + 1 < end && q[1] == '>') {
                empty = true;
                q += 2;
                break;
            }
            const char *an = q;
            while (q < end && *q != '=' && !xml_space(*q) && *q != '>' && *q != '/')
                q++;
            size_t anl = (size_t)(q - an);
            q = skip_space(q, end);
            if (q >= end || *q != '=')
                return false;
            q = skip_space(q + 1, end);
            if (q >= end || (*q != '"' && *q != '\''))
                return false;
            const char *ae = memchr(q + 1, *q, (size_t)(end - q - 1));
            if (!ae)
                return false;
            if (anl == 4 && !memcmp(an, "name", 4)) {
                if (!xml_text(q + 1, ae, name, sizeof name))
                    return false;
                have_name = true;
            }
            q = ae + 1;
        }
        if (empty) {
            p = q;
            continue;
        }
        /* The value element: <vt:lpwstr>text</vt:lpwstr> or <vt:lpwstr/>. */
        q = skip_space(q, end);
        if (q >= end || *q != '<' || q + 1 >= end || q[1] == '/' || q[1] == '!')
            return false;
        const char *en = q + 1, *ee = en;
        while (ee < end && !xml_space(*ee) && *ee != '>' && *ee != '/')
            ee++;
        size_t enl = (size_t)(ee - en);
        if (!enl || enl > 100)
            return false;
        const char *gt = memchr(ee, '>', (size_t)(end - ee));
        if (!gt)
            return false;
        if (gt[-1] == '/') {
            value[0] = '\0';
            q = gt + 1;
        } else {
            char close[110];
            snprintf(close, sizeof close, "</%.*s>", (int)enl, en);
            const char *ce = find(gt + 1, end, close);
            if (!ce || !xml_text(gt + 1, ce, value, sizeof value))
                return false;
            q = ce + strlen(close);
        }
        const char *pe = find(q, end, "</property>");
        if (!pe)
            return false;
        p = pe + 11;
        if (have_name)
            take_property(pc, name, value);
    }
}

static void manifest_invalid(ra_verify_result *r, const char *fmt, const char *arg)
{
    r->manifest_state = RA_MANIFEST_INVALID;
    snprintf(r->manifest_error, sizeof r->manifest_error, fmt, arg);
}

void ra_verify_read_manifest(const char *report, ra_verify_result *r)
{
    unzFile uf = unzOpen64(report);
    if (!uf) {
        manifest_invalid(r, "%s is not an xlsx file (not a zip archive)", report);
        return;
    }
    if (unzLocateFile(uf, CUSTOM_XML, 1) != UNZ_OK) {
        unzClose(uf);
        r->manifest_state = RA_MANIFEST_ABSENT;
        snprintf(r->manifest_error, sizeof r->manifest_error,
                 "the report has no custom document properties (%s)", CUSTOM_XML);
        return;
    }
    unz_file_info64 info;
    char *xml = NULL;
    int rc = unzGetCurrentFileInfo64(uf, &info, NULL, 0, NULL, 0, NULL, 0);
    if (rc != UNZ_OK || info.uncompressed_size > CUSTOM_XML_MAX) {
        unzClose(uf);
        manifest_invalid(r, "%s is unreadable or too large", CUSTOM_XML);
        return;
    }
    size_t want = (size_t)info.uncompressed_size, got = 0;
    xml = malloc(want + 1);
    if (!xml || unzOpenCurrentFile(uf) != UNZ_OK) {
        free(xml);
        unzClose(uf);
        manifest_invalid(r, "cannot read %s", CUSTOM_XML);
        return;
    }
    int n = 0;
    while (got < want && (n = unzReadCurrentFile(uf, xml + got, (unsigned)(want - got))) > 0)
        got += (size_t)n;
    char extra;
    bool whole = n >= 0 && got == want && unzReadCurrentFile(uf, &extra, 1) == 0;
    rc = unzCloseCurrentFile(uf); /* UNZ_CRCERROR when the data is damaged */
    unzClose(uf);
    if (!whole || rc != UNZ_OK) {
        free(xml);
        manifest_invalid(r, "%s is damaged (size or CRC does not match)", CUSTOM_XML);
        return;
    }
    xml[got] = '\0';
    prop_ctx pc = {.r = r};
    bool ok = parse_custom_xml(xml, xml + got, &pc);
    free(xml);
    if (!ok) {
        manifest_invalid(r, "%s is not well-formed custom properties XML", CUSTOM_XML);
        return;
    }
    if (!pc.ours) {
        r->manifest_state = RA_MANIFEST_ABSENT;
        snprintf(r->manifest_error, sizeof r->manifest_error,
                 "the report carries no recruitaudit.* document properties");
        return;
    }
    if (pc.why[0]) {
        manifest_invalid(r, "%s", pc.why);
        return;
    }
    if (!pc.have_count) {
        manifest_invalid(r, "%s", "the property " RA_MANIFEST_PREFIX "inputs is missing");
        return;
    }
    if (r->manifest.nfiles != r->manifest_inputs) {
        char msg[160];
        snprintf(msg, sizeof msg, "%zu inputs recorded but %zu listed", r->manifest_inputs,
                 r->manifest.nfiles);
        manifest_invalid(r, "%s", msg);
        return;
    }
    for (size_t i = 0; i < r->manifest.nfiles; i++)
        if (!r->manifest.files[i].sha256[0] || !r->manifest.files[i].path[0]) {
            char msg[120];
            snprintf(msg, sizeof msg, "the property " RA_MANIFEST_PREFIX "input.%zu is missing",
                     i + 1);
            manifest_invalid(r, "%s", msg);
            return;
        }
    r->manifest_state = RA_MANIFEST_FOUND;
}
