#!/usr/bin/env python3
"""Generate evaluation batch 17 (W-001 .. W-040).

    python3 make_set.py [outdir]      (default: this folder)

Python 3 standard library only. Every random choice comes from a
random.Random seeded with a string built from SEED and the contract id, so
the output does not depend on PYTHONHASHSEED. Labels come from
construction: each abusive clause carries a private-use marker (U+E000+n
at its start, U+E100+n at its end) through filling, wrapping, numbering,
tables, page footers, typographic quotes and upper-casing; the label line
is the line where the start marker ends up. The changed term of a pair
carries U+E0FF in both versions. All markers are removed before writing.
"""
import csv
import io
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import frames as F          # noqa: E402
import specs as S           # noqa: E402
import wording as WD        # noqa: E402

SEED = 20261717
MARK = re.compile("[\ue000-\ue1ff]")
PAIR_MARK = "\ue0ff"
TYPES = ["CTR-%03d" % i for i in range(1, 10)]

VOICE = {"var": "var", "hbh": "hbh", "hbs": "hbs", "faq": "faq",
         "pay": "pay", "nn": "nn", "you": "you"}
POV = {"var": "roles", "hbh": "you", "hbs": "you", "faq": "you",
       "pay": "roles", "nn": "roles", "you": "you", "id-var": "peran",
       "id-pay": "peran", "id-hb": "anda", "id-faq": "anda",
       "id-you": "anda"}
NUMBERING = {"var": "dotted", "pay": "dotted", "hbh": "article",
             "hbs": "article", "faq": "article", "nn": "chapter",
             "you": "plain"}
SCHEDULE = {"var": "variation", "hbh": "handbook", "hbs": "handbook",
            "faq": "faq", "pay": "payments", "nn": "none", "you": "none"}

ID_HB_NEUTRAL = {
    "do": ["cuci tangan sebelum menyiapkan makanan",
           "siram tanaman di balkon dua hari sekali"],
    "dont": ["memakai pemutih di lantai kayu",
             "membukakan pintu untuk penjual yang datang ke rumah"],
    "rule": ["Mesin cuci hanya dipakai pagi hari karena tetangga di "
             "bawah."]}
ID_FAQ_NEUTRAL = [
    ("Berapa lama penerbangan ke Kuala Lumpur?",
     "Sekitar dua jam dari Jakarta."),
    ("Apa yang perlu saya bawa?",
     "Pakaian secukupnya, sandal rumah, dan obat pribadi dengan surat "
     "dokter.")]
ID_VAR_NEUTRAL = ("Pasal 5 ayat (1) diubah: Pekerja ditempatkan di asrama "
                  "baru Blok B, satu kamar untuk paling banyak empat orang.")

FOOTERS = [
    "Page {p} of {n}     Initials: ______  ______",
    "{ref} - page {p}/{n}",
    "- {p} -",
    "Employment contract {ref}   |   p. {p} of {n}",
]
ID_FOOTERS = ["Hal. {p}/{n}    Paraf Pemberi Kerja ____   Paraf Pekerja ____",
              "{ref} - hal. {p}/{n}"]


def vis(s):
    return len(MARK.sub("", s))


def wrap(p1, p2, text, width):
    lines, cur, empty = [], p1, True
    for w in text.split():
        cand = cur + w if empty else cur + " " + w
        if not empty and vis(cand) > width:
            lines.append(cur)
            cur = p2 + w
        else:
            cur = cand
        empty = False
    lines.append(cur)
    return [l.rstrip() for l in lines]


def render(blocks, width):
    out = []
    for b in blocks:
        if b[0] == "b":
            out.append("")
        elif b[0] == "r":
            out.append(b[1])
        else:
            out.extend(wrap(b[1], b[2], b[3], width))
    # collapse runs of more than two blank lines
    res = []
    for l in out:
        if l == "" and len(res) >= 2 and res[-1] == "" and res[-2] == "":
            continue
        res.append(l)
    while res and res[-1] == "":
        res.pop()
    return res


def add_footers(lines, rng, lang, ref, forced=()):
    """Footers every 46-54 lines; a forced break (inside a chosen clause)
    is added, and regular breaks within 25 lines of it are dropped."""
    style = rng.choice(ID_FOOTERS if lang == "id" else FOOTERS)
    cuts, pos = [], 0
    while True:
        k = rng.randint(46, 54)
        if pos + k >= len(lines):
            break
        pos += k
        cuts.append(pos)
    for fc in forced:
        cuts = [x for x in cuts if abs(x - fc) > 25] + [fc]
    cuts = sorted(set(cuts))
    n = len(cuts) + 1
    out, prev, footer_at = [], 0, []
    for p, cut in enumerate(cuts, 1):
        out.extend(lines[prev:cut])
        footer_at.append(len(out))
        out.append(style.format(p=p, n=n, ref=ref))
        out.append("")
        prev = cut
    out.extend(lines[prev:])
    out.append("")
    footer_at.append(len(out))
    out.append(style.format(p=n, n=n, ref=ref))
    return out, footer_at


def typographic(lines):
    out, opened = [], False
    for l in lines:
        l = l.replace("'", "\u2019")
        s = []
        for ch in l:
            if ch == '"':
                s.append("\u201d" if opened else "\u201c")
                opened = not opened
            else:
                s.append(ch)
        out.append("".join(s))
    return out


def context(sp, version):
    c = dict(sp)
    org, dst = sp["origin"], sp["dest"]
    c["ocity"] = sp.get("ocity", S.ORIGIN_CITY[org])
    c["ocountry"] = F.COUNTRY[org].replace("the ", "") if sp["reg"] == "nn" \
        else F.COUNTRY[org]
    if sp["lang"] == "id":
        c["dest"] = F.DEST_ID[dst]
        c["auth"] = F.AUTH_ID[dst]
        c["emb"] = F.EMB_ID[dst]
        c["hotline"] = None
    else:
        c["dest"] = F.COUNTRY[dst]
        c["auth"], c["hotline"] = F.AUTH[dst]
        c["emb"] = F.embassy(dst, org)
    fem = sp["sex"] == "f"
    c.update({"he": "she" if fem else "he", "his": "her" if fem else "his",
              "him": "her" if fem else "him", "He": "She" if fem else "He",
              "His": "Her" if fem else "His"})
    rng = random.Random("%s:%s:ppno" % (SEED, sp["id"]))
    c["ppno"] = "%s%07d" % (rng.choice("ABCEPNK"), rng.randint(1000000,
                                                               9999999))
    hours = sp["hours"]
    if sp.get("pair") and sp["pair"]["kind"] == "hours" and version == "dest":
        hours = sp["pair"]["dest_hours"]
    if sp["sector"] in ("domestic", "care"):
        hs = "The {W} works no more than %d hours a day." % hours
    elif "rest" in sp["missing"]:
        hs = "Normal working hours are %d hours a day." % hours
    else:
        hs = ("Normal working hours are %d hours a day and %d hours a "
              "week." % (hours, hours * 6))
    if sp.get("pair") and sp["pair"]["kind"] == "hours":
        hs = PAIR_MARK + hs
    c["hours_sentence"] = hs
    wage = sp["wage"]
    if sp.get("pair") and sp["pair"]["kind"] == "wage-table":
        if version == "dest":
            wage = sp["pair"]["dest_wage"]
        c["wage_row"] = (PAIR_MARK + "Basic wage", wage, "per month")
    else:
        c["wage_row"] = ("Basic wage", wage, "per month")
    if sp.get("pair") and sp["pair"]["kind"] == "job":
        c["job_line"] = PAIR_MARK + sp["pair"][
            "dest_line" if version == "dest" else "origin_line"]
    else:
        c["job_line"] = ""
    if sp["lang"] == "id":
        c["title"] = ("PERJANJIAN KERJA PERAWAT" if sp["reg"] == "id-you"
                      else "PERJANJIAN KERJA")
    elif sp["reg"] == "nn":
        c["title"] = "WORK CONTRACT FOR " + sp["job"].upper()
    elif sp["reg"] == "you":
        c["title"] = "YOUR EMPLOYMENT CONTRACT"
    elif sp["sector"] in ("domestic", "care"):
        c["title"] = "EMPLOYMENT CONTRACT FOR A DOMESTIC OR CARE WORKER"
    else:
        c["title"] = "CONTRACT OF EMPLOYMENT"
    date = "12 January 2026"
    place = c["ocity"]
    c["version"] = None
    if sp.get("pair"):
        if version == "dest":
            date, place = "3 March 2026", sp["dcity"]
        else:
            date = "14 January 2026"
        if sp["lang"] == "id":
            c["version"] = ("Naskah: ditandatangani di %s %s" % (
                place, "setelah kedatangan" if version == "dest"
                else "sebelum keberangkatan"))
        else:
            c["version"] = "Version: signed in %s %s" % (
                place, "after arrival" if version == "dest"
                else "before departure")
    if sp["lang"] == "id":
        iddate = date.replace("January", "Januari").replace("March", "Maret")
        c["signed"] = "Ditandatangani di %s pada tanggal %s." % (place,
                                                                 iddate)
    elif sp["reg"] == "nn":
        c["signed"] = "Sign in %s at %s." % (place, date)
    elif sp["reg"] == "you":
        c["signed"] = "Agreed at %s on %s." % (place, date)
    else:
        c["signed"] = "Signed at %s on %s." % (place, date)
    c["ref"] = "%s/%s/%d" % (dst, org, random.Random(
        "%s:%s:ref" % (SEED, sp["id"])).randint(1000, 9999))
    return c


# ------------------------------------------------------ look-alike choice
def choose_lookalikes(specs):
    count = {"en": {t: 0 for t in TYPES}, "id": {t: 0 for t in TYPES}}
    used = {}
    for sp in specs:
        if sp["lang"] == "id":
            sp["looks"] = list(sp["id_look"])
            for t, _ in sp["looks"]:
                count["id"][t] += 1
            continue
        rng = random.Random("%s:%s:looks" % (SEED, sp["id"]))
        own = {t for t, _ in sp["abuses"]}
        if sp["role"] == "clean":
            n = 6
        elif sp["role"] == "abuse":
            n = 3 if len(sp["abuses"]) == 1 else 2
        else:
            n = 2
        allowed = [t for t in TYPES if t not in own]
        if sp["sex"] == "m" or sp["dest"] == "SG":
            allowed = [t for t in allowed if t not in ("CTR-005", "CTR-006")]
        if set(sp["missing"]) & {"hours", "rest"}:
            allowed.remove("CTR-004") if "CTR-004" in allowed else None
        if "complaint" in sp["missing"] and "CTR-009" in allowed:
            allowed.remove("CTR-009")
        if "wage" in sp["missing"] and "CTR-007" in allowed:
            allowed.remove("CTR-007")
        pool = WD.VOICES[VOICE[sp["reg"]]]
        cands = []
        for t in allowed:
            keys = [k for k in pool if k.split("/")[0] == t
                    and used.get((sp["reg"], k), 0) < 2]
            if keys:
                cands.append(t)
        cands.sort(key=lambda t: (count["en"][t], rng.random()))
        pick = sorted(cands[:n], key=TYPES.index)
        if len(pick) < n:
            raise SystemExit("not enough look-alikes for " + sp["id"])
        looks = []
        for t in pick:
            keys = [k for k in pool if k.split("/")[0] == t
                    and used.get((sp["reg"], k), 0) < 2]
            keys.sort(key=lambda k: used.get((sp["reg"], k), 0))
            k = keys[0]
            used[(sp["reg"], k)] = used.get((sp["reg"], k), 0) + 1
            count["en"][t] += 1
            looks.append((t, pool[k], k))
        sp["looks"] = [(t, v) for t, v, _ in looks]
        sp["look_keys"] = [k for _, _, k in looks]
    return count, used


# ------------------------------------------------------------ marking
def fill(x, c):
    if isinstance(x, str):
        return x.format(**c)
    return tuple(fill(y, c) for y in x)


def mark_text(t, i):
    s, e = chr(0xE000 + i), chr(0xE100 + i)
    if "^" in t:
        t = t.replace("^", s, 1)
    else:
        t = s + t
    return t + e


def mark_item(reg, item, i):
    if reg in ("var", "id-var", "id-you"):
        return mark_text(item, i)
    if reg in ("faq", "id-faq"):
        return (item[0], mark_text(item[1], i))
    if reg in ("pay", "id-pay"):
        tbl, cells = item
        cells = list(cells)
        cells[0] = chr(0xE000 + i) + cells[0]
        cells[-1] = cells[-1] + chr(0xE100 + i)
        return (tbl, tuple(cells))
    lst, text = item
    return (lst, mark_text(text, i))


def ref_key(item):
    t = MARK.sub("", item)
    m = re.match(r"Clause (\d+)\.(\d+)", t)
    if m:
        return (int(m.group(1)), int(m.group(2)))
    m = re.match(r"Pasal (\d+)\D*\((\d+)\)", t)
    return (int(m.group(1)), int(m.group(2)))


def build(sp, version):
    rng = random.Random("%s:%s" % (SEED, sp["id"]))
    width = rng.randint(68, 78)
    c = context(sp, version)
    reg = sp["reg"]
    abuses = [mark_item(reg, fill(it, c), i)
              for i, (_, it) in enumerate(sp["abuses"], 1)]
    looks = [fill(it, c) for _, it in sp["looks"]]
    decoys = [fill(it, c) for it in sp["decoys"]]
    items = abuses + looks + decoys
    if reg == "var":
        neutral = [fill(x, c) for x in (
            WD.VAR_NEUTRAL_HOUSE if sp["sector"] in ("domestic", "care")
            else WD.VAR_NEUTRAL)]
        items += rng.sample(neutral, rng.randint(1, 2))
        rng.shuffle(items)
        items.sort(key=ref_key)
        blocks = F.formal_body(c, "dotted", annex_note=(
            "Any letter of variation issued under this contract and signed "
            "by both parties forms part of it."))
        blocks += F.variation_annex(c, items)
    elif reg in ("hbh", "hbs"):
        pool = WD.HB_STAFF_NEUTRAL if reg == "hbs" else WD.HB_HOUSE_NEUTRAL
        for lst in ("do", "dont", "rule"):
            items += [(lst, fill(x, c)) for x in rng.sample(pool[lst], 2)]
        rng.shuffle(items)
        note = ("Annex 1 (extract of the Staff Handbook) forms part of this "
                "contract." if reg == "hbs" else
                "Annex 1 (House Manual) forms part of this contract, and "
                "the {W} keeps a copy of it.".format(**c))
        blocks = F.formal_body(c, "article", annex_note=note)
        blocks += F.handbook_annex(c, items, reg == "hbs")
    elif reg == "faq":
        items += rng.sample(WD.FAQ_NEUTRAL, 2)
        rng.shuffle(items)
        heading = rng.choice([
            "ANNEX 1 - PRE-DEPARTURE BRIEFING NOTES (QUESTIONS AND ANSWERS)",
            "ANNEX 1 - FREQUENTLY ASKED QUESTIONS (agency web page, printed "
            "5 January 2026)"])
        blocks = F.formal_body(c, "article", annex_note=(
            "Annex 1 reproduces the agency's questions and answers as given "
            "to the {W} at the pre-departure briefing on 5 January 2026; "
            "the answers form part of this contract.".format(**c)))
        blocks += F.faq_annex(c, items, sp["qstyle"], heading)
    elif reg == "pay":
        rng.shuffle(items)
        blocks = F.formal_body(c, "dotted", wage_in_schedule=True,
                               annex_note="Schedules 1 to 3 form part of "
                               "this contract.")
        blocks += F.pay_annex(c, items)
    elif reg in ("nn", "you"):
        rng.shuffle(items)
        slots = {}
        for slot, text in items:
            slots.setdefault(slot, []).append(text)
        blocks = (F.nn_body if reg == "nn" else F.you_body)(c, slots)
    elif reg == "id-var":
        items += [ID_VAR_NEUTRAL]
        rng.shuffle(items)
        items.sort(key=ref_key)
        blocks = F.id_body(c, "Setiap surat perubahan yang dikeluarkan "
                           "berdasarkan perjanjian ini dan ditandatangani "
                           "kedua pihak merupakan bagian dari perjanjian ini.")
        blocks += F.id_variation_annex(c, items)
    elif reg == "id-hb":
        for lst in ("do", "dont", "rule"):
            items += [(lst, x) for x in ID_HB_NEUTRAL[lst]]
        rng.shuffle(items)
        blocks = F.id_body(c, "Lampiran 1 (Aturan Rumah) merupakan bagian "
                           "yang tidak terpisahkan dari perjanjian ini.")
        blocks += F.id_handbook_annex(c, items)
    elif reg == "id-faq":
        items += ID_FAQ_NEUTRAL
        rng.shuffle(items)
        blocks = F.id_body(c, "Lampiran 1 memuat tanya jawab agensi yang "
                           "diberikan kepada {W} pada pembekalan akhir "
                           "pemberangkatan tanggal 5 Januari 2026 dan "
                           "merupakan bagian dari perjanjian ini.".format(**c))
        blocks += F.id_faq_annex(c, items)
    elif reg == "id-pay":
        rng.shuffle(items)
        blocks = F.id_body(c, "Tabel 1 sampai 3 merupakan bagian yang tidak "
                           "terpisahkan dari perjanjian ini.",
                           pay_tables=True)
        blocks += F.id_pay_annex(c, items)
    elif reg == "id-you":
        rng.shuffle(items)
        blocks = F.id_you_body(c, items)
    lines = render(blocks, width)
    forced = [[k for k, l in enumerate(lines) if chr(0xE000 + i) in l][0] + 1
              for i in sp.get("split", [])]
    lines, footer_at = add_footers(lines, rng, sp["lang"], c["ref"], forced)
    if sp["typo"]:
        lines = typographic(lines)
    if sp["caps"]:
        lines = [l.upper() for l in lines]
    labels = []
    for i in range(1, len(sp["abuses"]) + 1):
        s, e = chr(0xE000 + i), chr(0xE100 + i)
        ls = [k for k, l in enumerate(lines) if s in l]
        le = [k for k, l in enumerate(lines) if e in l]
        assert len(ls) == 1 and len(le) == 1, (sp["id"], i)
        col = lines[ls[0]].index(s)
        pre = MARK.sub("", lines[ls[0]][:col]).strip()
        pre = pre if re.search(r"[A-Za-z]{3,}", pre) else ""
        split = any(ls[0] < fa < le[0] for fa in footer_at)
        labels.append(dict(rule=sp["abuses"][i - 1][0], line=ls[0] + 1,
                           col=col, mid=bool(pre), split=split,
                           nlines=le[0] - ls[0] + 1))
    pair_line = None
    pl = [k for k, l in enumerate(lines) if PAIR_MARK in l]
    if pl:
        pair_line = pl[0] + 1
    clean = [MARK.sub("", l).rstrip() for l in lines]
    return clean, labels, pair_line, width


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    os.makedirs(os.path.join(out, "texts"), exist_ok=True)
    specs = S.C
    count, used = choose_lookalikes(specs)
    rep = io.StringIO()
    lab_rows, con_rows, comp_rows = [], [], []
    for sp in specs:
        cid, lang = sp["id"], sp["lang"]
        lines, labels, pline, width = build(sp, "dest")
        text = "\n".join(lines) + "\n"
        with open(os.path.join(out, "texts", cid + ".txt"), "w",
                  encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        rep.write("== %s %s %s %s %s width %d, %d lines; look-alikes %s\n" % (
            cid, lang, sp["reg"], sp["role"], sp["sector"], width,
            len(lines), " ".join(sp.get("look_keys",
                                        [t for t, _ in sp["looks"]]))))
        for lb in sorted(labels, key=lambda d: d["line"]):
            n = lb["line"]
            rep.write("  %s line %d col %d%s%s (%d lines)\n" % (
                lb["rule"], n, lb["col"], " MID-LINE" if lb["mid"] else "",
                " SPLIT-BY-FOOTER" if lb["split"] else "", lb["nlines"]))
            rep.write("    %4d| %s\n    %4d| %s\n" % (
                n - 1, lines[n - 2], n, lines[n - 1]))
            lab_rows.append((cid, lang, lb["rule"], n))
        if sp["role"] == "ctr010":
            lab_rows.append((cid, lang, "CTR-010", ""))
            rep.write("  CTR-010 missing: %s\n" % " ".join(sp["missing"]))
        if sp.get("pair"):
            olines, _, opl, _ = build(sp, "origin")
            with open(os.path.join(out, "texts", cid + ".origin.txt"), "w",
                      encoding="utf-8", newline="\n") as fh:
                fh.write("\n".join(olines) + "\n")
            assert len(olines) == len(lines), cid
            diff = [k + 1 for k in range(len(lines)) if lines[k] != olines[k]]
            rep.write("  pair %s: lines differing %s; changed term line "
                      "%s/%s\n" % (sp["pair"]["kind"], diff, opl, pline))
            for k in diff:
                rep.write("    origin %4d| %s\n    dest   %4d| %s\n" % (
                    k, olines[k - 1], k, lines[k - 1]))
            if sp["pair"]["kind"] != "identical":
                lab_rows.append((cid, lang, "CTR-011", pline))
        con_rows.append((cid, lang, sp["wage_num"], sp["cur"]))
        reg = sp["reg"]
        if sp["role"] == "abuse":
            det = " ".join(lb["rule"] for lb in sorted(
                labels, key=lambda d: d["line"]))
        elif sp["role"] == "ctr010":
            det = " ".join(sp["missing"])
        elif sp["role"] == "pair":
            det = sp["pair"]["kind"]
        else:
            det = ""
        base = reg[3:] if reg.startswith("id-") else reg
        comp_rows.append((
            cid, lang, sp["role"], sp["sector"], sp["dest"], sp["origin"],
            det, " ".join(sorted(t for t, _ in sp["looks"])), POV[reg],
            "pasal" if lang == "id" else NUMBERING[reg], sp["caps"],
            sp["typo"], 0,
            SCHEDULE.get(base, "none") if base != "hb" else "handbook",
            1 if sp["defs"] else 0, 0, len(lines)))
    lab_rows.sort(key=lambda r: (r[0], r[3] if r[3] != "" else 10 ** 6,
                                 r[2]))

    def wcsv(name, header, rows):
        with open(os.path.join(out, name), "w", encoding="utf-8",
                  newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)
    wcsv("labels.csv", ("contract", "language", "rule", "line"), lab_rows)
    wcsv("contracts.csv", ("contract", "language", "wage", "currency"),
         con_rows)
    wcsv("composition.csv", (
        "contract", "language", "role", "sector", "destination", "origin",
        "detail", "lookalike_types", "pov", "numbering", "caps_all",
        "typographic", "hyphenation", "schedule", "definitions",
        "bilingual", "lines"), comp_rows)
    rep.write("\nlook-alike types used (en): %s\n" % count["en"])
    rep.write("look-alike types used (id): %s\n" % count["id"])
    rep.write("variant uses: %s\n" % sorted(
        "%s:%s=%d" % (r, k, n) for (r, k), n in used.items()))
    sys.stdout.write(rep.getvalue())


if __name__ == "__main__":
    main()
