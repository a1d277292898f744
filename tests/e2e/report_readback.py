"""report_readback.py OUT SRC — reads back the reports test_report leaves in
OUT (demo.xlsx for SRC/fixtures/demo, tricky.xlsx for OUT/tricky, written
with 5 rows per sheet) with openpyxl and checks them against the inputs:
sheet names and header rows, row counts and cell text equal to the CSV files,
every rejected row, the Manifest and the custom document properties, no
formula anywhere, formula-like input kept as text, numbers as numbers.

Run with Debian's /usr/bin/python3 (python3-openpyxl). Prints one line per
failed check and `N passed, N failed`; exits 1 when a check failed."""

import csv
import datetime
import hashlib
import io
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

import openpyxl

OUT, SRC = sys.argv[1], sys.argv[2]
passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL: " + what)
    return ok


def excel_text(v):
    """A cell's text as Excel shows it: OOXML's _xHHHH_ escapes decoded
    (openpyxl 3.0 leaves them in inline strings)."""
    if not isinstance(v, str):
        return v
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), v)


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def parts(wb, base):
    """The sheet and its continuations: base, "base (2)", ..."""
    out = [wb[base]] if base in wb.sheetnames else []
    k = 2
    while "%s (%d)" % (base, k) in wb.sheetnames:
        out.append(wb["%s (%d)" % (base, k)])
        k += 1
    return out


def header(ws):
    return [c.value for c in next(ws.iter_rows(min_row=1, max_row=1))]


def data_rows(wb, base):
    """Data rows over all parts (cells), without the "None: ..." row of an
    empty sheet."""
    rows = []
    for ws in parts(wb, base):
        for row in ws.iter_rows(min_row=2):
            if all(c.value is None for c in row):
                continue
            rows.append(row)
    if len(rows) == 1 and isinstance(rows[0][0].value, str) and rows[0][0].value.startswith("None:"):
        return []
    return rows


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        recs = [r for r in csv.reader(f) if r]
    return recs[0], recs[1:]


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def custom_props(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("docProps/custom.xml"))
    out = {}
    for p in root:
        vals = list(p)
        out[p.get("name")] = vals[0].text or "" if vals else ""
    return out


def raw_formulas(path):
    with zipfile.ZipFile(path) as z:
        return [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")
                and re.search(rb"<f[ >]", z.read(n))]


SEV_RANK = {"critical": 0, "high": 1, "medium": 2, "low": 3, "info": 4}
FINDINGS_HEADER = ["Severity", "Rule", "Title", "Agency", "Worker", "File:line", "Message",
                   "Evidence", "Citation"]
CONTRACTS_HEADER = ["Contract file", "Line", "Severity", "Rule", "Title", "Workers", "Sentence",
                    "Message", "Citation"]
REJECTED_HEADER = ["File", "Line", "Column", "Type", "Reason"]
MANIFEST_HEADER = ["Item", "Value", "Size (bytes)", "SHA-256"]
DERIVED = {
    "workers.csv": ["Audited", "Wage (USD)", "Worker-borne costs (USD)",
                    "Months of wages paid (SDG 10.7.1)", "Refund due (USD)",
                    "Refund due (as paid)", "Findings", "Rules"],
    "fees.csv": ["Audited", "Amount (number)", "Amount (USD)", "Findings", "Rules"],
    "documents.csv": ["Audited", "Findings", "Rules"],
}
MARK = "cut here: the text has"


def check_report(name, xlsx, subdir, jsonl, continued):
    print("== %s" % name)
    wb = openpyxl.load_workbook(xlsx)
    findings = [json.loads(l) for l in open(jsonl, encoding="utf-8") if l.strip()]

    # Sheet names and their order.
    bases = ["Summary", "Findings", "Workers", "Fees", "Documents", "Contracts", "Rejected rows",
             "Manifest"]
    want = []
    for b in bases:
        want += [ws.title for ws in parts(wb, b)]
    check(wb.sheetnames == want and all(b in wb.sheetnames for b in bases),
          "%s: sheets %r" % (name, wb.sheetnames))
    check(("Findings (2)" in wb.sheetnames) == continued,
          "%s: Findings (2) %s expected" % (name, "is" if continued else "is not"))

    # Header rows, on every part.
    for base, hdr in (("Findings", FINDINGS_HEADER), ("Contracts", CONTRACTS_HEADER),
                      ("Rejected rows", REJECTED_HEADER), ("Manifest", MANIFEST_HEADER)):
        for ws in parts(wb, base):
            check(header(ws) == hdr, "%s: %s header %r" % (name, ws.title, header(ws)))

    # No formula anywhere (cells and raw XML).
    formulas = [(ws.title, c.coordinate) for ws in wb.worksheets for row in ws.iter_rows()
                for c in row if c.data_type == "f"]
    check(not formulas, "%s: formula cells %r" % (name, formulas[:5]))
    check(not raw_formulas(xlsx), "%s: <f> elements in %r" % (name, raw_formulas(xlsx)))

    # Findings: one row per finding, by severity then the JSONL order.
    rows = data_rows(wb, "Findings")
    order = sorted(range(len(findings)), key=lambda i: (SEV_RANK[findings[i]["severity"]], i))
    check(len(rows) == len(findings), "%s: %d finding rows, %d findings" % (name, len(rows),
                                                                            len(findings)))
    bad = 0
    for row, i in zip(rows, order):
        f = findings[i]
        where = (f["file"] or "") + (":%d" % f["line"] if f["line"] else "")
        got = [excel_text(c.value) for c in row[:9]]
        exp = [f["severity"], f["rule"], f["title"], f["agency_id"], f["worker_id"], where or None,
               f["message"], None, f["citation"]]
        for k in (0, 1, 2, 3, 4, 5, 6, 8):
            if (got[k] or None) != (exp[k] or None):
                bad += 1
                if bad < 4:
                    print("   finding %d col %d: %r != %r" % (i, k, got[k], exp[k]))
    check(bad == 0, "%s: %d finding cells differ from the JSONL" % (name, bad))

    # Contracts: the contract findings.
    cf = [f for f in findings if f["scope"] == "contract"]
    crow = data_rows(wb, "Contracts")
    check(len(crow) == len(cf), "%s: %d contract rows, %d contract findings" % (name, len(crow),
                                                                               len(cf)))
    for row, f in zip(crow, cf):
        check(row[0].value == f["file"] and row[3].value == f["rule"],
              "%s: contract row %r" % (name, [c.value for c in row[:4]]))
        sentence = (f["evidence"] or {}).get("sentence")
        if sentence:
            check(excel_text(row[6].value) == sentence,
                  "%s: contract sentence %r != %r" % (name, row[6].value, sentence))

    # Input files as given: Workers, Fees, Documents.
    for base, fname in (("Workers", "workers.csv"), ("Fees", "fees.csv"),
                        ("Documents", "documents.csv")):
        path = os.path.join(subdir, fname)
        if not os.path.exists(path):
            continue
        hdr, recs = read_csv(path)
        for ws in parts(wb, base):
            check(header(ws)[:len(hdr) + len(DERIVED[fname])] == hdr + DERIVED[fname],
                  "%s: %s header %r" % (name, ws.title, header(ws)))
        rows = data_rows(wb, base)
        check(len(rows) == len(recs), "%s: %s has %d rows, %s %d" % (name, base, len(rows), fname,
                                                                      len(recs)))
        bad = 0
        for row, rec in zip(rows, recs):
            for k, want in enumerate(rec[:len(hdr)]):
                cell = row[k] if k < len(row) else None
                got = excel_text(cell.value) if cell is not None else None
                if utf16_len(want) > 32767:
                    ok = (isinstance(got, str) and MARK in got and utf16_len(got) <= 32767
                          and want.startswith(got[:got.index(" [")]))
                else:
                    ok = (got or "") == want and (cell is None or cell.value is None
                                                  or cell.data_type == "s")
                if not ok:
                    bad += 1
                    if bad < 4:
                        print("   %s %s col %d: %r != %r" % (base, cell.coordinate if cell else "?",
                                                             k, (got or "")[:60], want[:60]))
        check(bad == 0, "%s: %d %s cells differ from %s" % (name, bad, base, fname))

    # Summary: counts are numbers; rejected rows match the Rejected rows sheet.
    ws = wb["Summary"]
    files = {}
    for row in ws.iter_rows():
        if isinstance(row[0].value, str) and row[0].value.endswith(".csv") and \
                row[1].value in ("present", "absent"):
            files[row[0].value] = [c.value for c in row[2:6]]
    check(set(files) == {"agencies.csv", "workers.csv", "rates.csv", "fees.csv", "documents.csv"},
          "%s: Summary input files %r" % (name, sorted(files)))
    nums = [v for vals in files.values() for v in vals if v is not None]
    check(nums and all(isinstance(v, (int, float)) for v in nums),
          "%s: Summary counts are not numbers: %r" % (name, nums))
    rejected = sum((vals[2] or 0) for vals in files.values())
    rrows = data_rows(wb, "Rejected rows")
    check(len(rrows) == rejected, "%s: %d rejected rows listed, Summary says %d" % (name,
                                                                                  len(rrows),
                                                                                  rejected))
    for fname in ("workers.csv", "fees.csv", "documents.csv"):
        if fname in files and files[fname][0] is not None:
            hdr, recs = read_csv(os.path.join(subdir, fname))
            check(files[fname][0] == len(recs), "%s: Summary %s read %r, file has %d" % (
                name, fname, files[fname][0], len(recs)))
    labels = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    for label in ("SDG 10.7.1 — all", "SDG 10.7.1 — women"):
        check(label in labels, "%s: Summary has no %r" % (name, label))
    check(any("Risk score = Σ severity weight" in l for l in labels),
          "%s: Summary states no risk-score formula" % name)
    check(any("approximates the survey indicator" in l for l in labels),
          "%s: Summary lacks the SDG approximation note" % name)

    # Manifest and custom properties.
    man = data_rows(wb, "Manifest")
    items = [(r[0].value, r[1].value, r[2].value, r[3].value) for r in man]
    inputs = [i for i in items if i[0] == "Input file"]
    present = [f for f in ("agencies.csv", "workers.csv", "rates.csv", "fees.csv",
                           "documents.csv") if os.path.exists(os.path.join(subdir, f))]
    check([i[1] for i in inputs][:len(present)] == present,
          "%s: Manifest input files %r" % (name, [i[1] for i in inputs]))
    for _, path, size, digest in inputs:
        full = os.path.join(subdir, path)
        check(os.path.exists(full) and size == os.path.getsize(full) and digest == sha256(full)
              and isinstance(size, int),
              "%s: Manifest %s: size %r, sha256 %r" % (name, path, size, digest))
    rules_sha = findings[0]["rules_sha256"] if findings else None
    kv = {i[0]: i for i in items}
    check(kv.get("Rules (rules_sha256)", (0, 0, 0, None))[3] == rules_sha,
          "%s: Manifest rules_sha256 %r" % (name, kv.get("Rules (rules_sha256)")))
    check(kv.get("As-of date", (0, None))[1] == "2025-12-01", "%s: Manifest as-of" % name)
    check(str(kv.get("Engine version", (0, ""))[1]).startswith("recruitaudit "),
          "%s: Manifest engine version %r" % (name, kv.get("Engine version")))
    props = custom_props(xlsx)
    check(props.get("recruitaudit.rules_sha256") == rules_sha,
          "%s: custom property rules_sha256 %r" % (name, props.get("recruitaudit.rules_sha256")))
    check(props.get("recruitaudit.as_of") == "2025-12-01", "%s: custom property as_of" % name)
    check("recruitaudit " + props.get("recruitaudit.engine_version", "?") ==
          kv.get("Engine version", (0, ""))[1], "%s: custom property engine_version" % name)
    check(props.get("recruitaudit.inputs") == str(len(inputs)),
          "%s: custom property inputs %r for %d files" % (name, props.get("recruitaudit.inputs"),
                                                          len(inputs)))
    for n, (_, path, size, digest) in enumerate(inputs, 1):
        check(props.get("recruitaudit.input.%d" % n) == "%s %d %s" % (digest, size, path),
              "%s: custom property input.%d %r" % (name, n, props.get("recruitaudit.input.%d" % n)))
    check(all(len(v) <= 255 for v in props.values()), "%s: a custom property over 255" % name)
    check(wb.properties.created == datetime.datetime(2025, 12, 1, 0, 0, 0),
          "%s: created %r" % (name, wb.properties.created))
    return wb, items, props


def cells(wb, base):
    return [c for ws in parts(wb, base) for row in ws.iter_rows(min_row=2) for c in row]


def main():
    demo = os.path.join(SRC, "fixtures", "demo")
    check_report("demo", os.path.join(OUT, "demo.xlsx"), demo, os.path.join(OUT, "demo.jsonl"),
                 False)

    tricky = os.path.join(OUT, "tricky")
    wb, items, props = check_report("tricky", os.path.join(OUT, "tricky.xlsx"), tricky,
                                    os.path.join(OUT, "tricky.jsonl"), True)
    for base in ("Workers", "Fees", "Rejected rows", "Manifest"):
        check(len(parts(wb, base)) > 1, "tricky: %s did not continue on a next sheet" % base)
    for ws in wb.worksheets:
        check(ws.max_row <= 5 or ws.title == "Summary", "tricky: %s has %d rows, limit 5" % (
            ws.title, ws.max_row))

    # Formula-like input stays text, exactly.
    texts = {}
    for base in ("Workers", "Fees", "Documents", "Findings", "Contracts"):
        for c in cells(wb, base):
            if isinstance(c.value, str):
                texts.setdefault(excel_text(c.value), c)
    for want in ("=1+1", "+CMD", "-2", "@SUM(A1)", "007", "0012", "line one\nline two",
                 "kept\nfor visa", 'quote "here" ü€😀', "_x0041_"):
        c = texts.get(want)
        check(c is not None and c.data_type == "s", "tricky: %r not found as text" % want)
    summary = [excel_text(c.value) for row in wb["Summary"].iter_rows() for c in row
               if isinstance(c.value, str)]
    check(any('=HYPERLINK("http://example.com","x")' in s for s in summary),
          "tricky: the agency name is not on the Summary as text")
    check(any(s.startswith("=cmd|") for s in texts), "tricky: the contract sentence is missing")

    # The 40,000-character cell is cut and marked.
    cut = [t for t in texts if MARK in t]
    check(len(cut) == 1 and utf16_len(cut[0]) <= 32767 and "40000 characters" in cut[0],
          "tricky: long cell %r" % [t[-80:] for t in cut])

    # Numbers as numbers, at full precision.
    fees_hdr = header(wb["Fees"])
    ia, iu = fees_hdr.index("Amount (number)"), fees_hdr.index("Amount (USD)")
    f3 = [r for ws in parts(wb, "Fees") for r in ws.iter_rows(min_row=2) if r[0].value == "F-3"]
    check(len(f3) == 1 and f3[0][ia].value == 1000.1234 and f3[0][ia].data_type == "n",
          "tricky: F-3 amount %r" % (f3[0][ia].value if f3 else None))
    check(len(f3) == 1 and f3[0][iu].value == 128.5159, "tricky: F-3 USD %r" % (
        f3[0][iu].value if f3 else None))
    w_hdr = header(wb["Workers"])
    iw, im = w_hdr.index("Wage (USD)"), w_hdr.index("Months of wages paid (SDG 10.7.1)")
    wrows = {r[0].value: r for ws in parts(wb, "Workers") for r in ws.iter_rows(min_row=2)}
    check(wrows.get("W-2") is not None and wrows["W-2"][iw].value == 533.4 and
          wrows["W-2"][iw].data_type == "n", "tricky: W-2 wage USD")
    check(wrows.get("007") is not None and str(wrows["007"][im].value).startswith("not computed"),
          "tricky: 007's SDG ratio should not be computed (a fee in JPY)")
    check(wrows.get("W-4") is not None and str(wrows["W-4"][len(w_hdr) - 8].value).startswith("no:"),
          "tricky: W-4 should be marked rejected")

    # Every rejected row, with file:line (the physical line where the row
    # starts: 007's workers and documents rows take two lines).
    rej = {(r[0].value, r[1].value) for r in data_rows(wb, "Rejected rows")}
    for want in (("workers.csv", 6), ("workers.csv", 7), ("fees.csv", 6), ("fees.csv", 7),
                 ("documents.csv", 4)):
        check(want in rej, "tricky: rejected row %s:%d not listed" % want)

    # Manifest: case, inspector, signer; and their properties.
    kv = {i[0]: i for i in items}
    check(kv.get("Case reference", (0, None))[1] == "CASE =2+2 / 007", "tricky: case reference")
    check(kv.get("Inspector", (0, None))[1] == 'Inspector Ñoño "Q"', "tricky: inspector")
    signer = kv.get("Signer (certificate SHA-256)")
    check(signer is not None and signer[1] == "CN=Test Signer,O=Labour Inspectorate" and
          signer[3] == "0" * 63 + "7", "tricky: signer %r" % (signer,))
    check(props.get("recruitaudit.case") == "CASE =2+2 / 007", "tricky: case property")
    check(props.get("recruitaudit.signer_subject") == "CN=Test Signer,O=Labour Inspectorate",
          "tricky: signer property")

    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
