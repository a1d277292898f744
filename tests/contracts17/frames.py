"""Contract bodies and annexes of batch 17 (English, non-native English,
plain "you" English, Indonesian). Written from scratch for this batch.

A frame returns a list of blocks:
  ("p", first_prefix, next_prefix, text)   wrapped paragraph
  ("r", text)                               raw line, never wrapped
  ("b",)                                    blank line
Items handed in by make_set.py already carry their marker characters.
"""

COUNTRY = {"SA": "Saudi Arabia", "AE": "the United Arab Emirates",
           "QA": "Qatar", "KW": "Kuwait", "OM": "Oman", "BH": "Bahrain",
           "JO": "Jordan", "LB": "Lebanon", "MY": "Malaysia",
           "SG": "Singapore", "HK": "Hong Kong", "TW": "Taiwan",
           "NP": "Nepal", "PH": "the Philippines", "BD": "Bangladesh",
           "ID": "Indonesia", "KE": "Kenya", "LK": "Sri Lanka",
           "IN": "India", "PK": "Pakistan", "UG": "Uganda",
           "VN": "Vietnam", "MM": "Myanmar", "ET": "Ethiopia",
           "GH": "Ghana"}
CAPITAL = {"SA": "Riyadh", "AE": "Abu Dhabi", "QA": "Doha",
           "KW": "Kuwait City", "OM": "Muscat", "BH": "Manama",
           "JO": "Amman", "LB": "Beirut", "MY": "Kuala Lumpur",
           "SG": "Singapore", "HK": "Hong Kong", "TW": "Taipei"}
AUTH = {"SA": ("the Ministry of Human Resources and Social Development",
               "19911"),
        "AE": ("the Ministry of Human Resources and Emiratisation",
               "600590000"),
        "HK": ("the Labour Department", "2717 1771"),
        "TW": ("the Ministry of Labor", "1955"),
        "QA": ("the Ministry of Labour", None),
        "KW": ("the Public Authority for Manpower", None),
        "OM": ("the Ministry of Labour", None),
        "BH": ("the Labour Market Regulatory Authority", None),
        "JO": ("the Ministry of Labour", None),
        "LB": ("the Ministry of Labour", None),
        "MY": ("the Labour Department (JTK)", None),
        "SG": ("the Ministry of Manpower", None)}
TW_OFFICE = {"PH": "the Manila Economic and Cultural Office in Taipei",
             "VN": "the Vietnam Economic and Cultural Office in Taipei"}
AUTH_ID = {"MY": "Jabatan Tenaga Kerja (JTK)",
           "TW": "saluran pengaduan 1955 Kementerian Tenaga Kerja Taiwan",
           "HK": "Labour Department Hong Kong (telepon 2717 1771)"}
EMB_ID = {"MY": "KBRI Kuala Lumpur", "TW": "KDEI Taipei",
          "HK": "KJRI Hong Kong"}
DEST_ID = {"MY": "Malaysia", "TW": "Taiwan", "HK": "Hong Kong"}


def embassy(dest, origin):
    if dest == "TW":
        return TW_OFFICE[origin]
    if dest == "HK":
        return "the Consulate General of %s in Hong Kong" % COUNTRY[origin]
    return "the Embassy of %s in %s" % (COUNTRY[origin], CAPITAL[dest])


def P(text, p1="", p2=None):
    return ("p", p1, " " * len(p1) if p2 is None else p2, text)


def R(text):
    return ("r", text)


B = ("b",)


def f(s, c):
    return s.format(**c)


# ---------------------------------------------------------------- tables
def table(rows, header):
    """rows: tuples of cells (may carry zero-width markers)."""
    import re
    vis = lambda s: len(re.sub("[\ue000-\ue1ff]", "", s))
    allrows = [header] + rows
    n = len(header)
    w = [max(vis(r[i]) for r in allrows) for i in range(n)]
    out = []

    def line(r):
        cells = []
        for i, c in enumerate(r):
            cells.append(c + " " * (w[i] - vis(c)) if i < n - 1 else c)
        return " | ".join(cells).rstrip()
    out.append(R(line(header)))
    out.append(R("-+-".join("-" * x for x in w)))
    for r in rows:
        out.append(R(line(r)))
    return out


# ------------------------------------------------------ formal English body
def formal_body(c, style, wage_in_schedule=False, annex_note=""):
    """style 'dotted' or 'article'. c: context dict."""
    miss = c["missing"]
    hotline = " (hotline %s)" % c["hotline"] if c["hotline"] else ""
    sec = []
    sec.append(("PARTIES AND POSITION", [
        "This contract is made on 12 January 2026 between {ename} of "
        "{eaddr} (the \"{E}\") and {wname}, a national of {ocountry} "
        "holding passport no. {ppno} (the \"{W}\").",
        "The {W} is employed as {job} at {place}."]))
    sec.append(("TERM", [
        "This contract runs for {term} months from the day the {W} "
        "arrives in {dest}.",
        "It may be renewed by written agreement of both parties."]))
    w = []
    if "wage" not in miss:
        if wage_in_schedule:
            w.append("The {E} pays the {W} the basic wage shown in "
                     "Schedule 2, every month.")
        else:
            w.append("The {E} pays the {W} a basic wage of {wage} a month.")
    w.append("Wages are paid monthly, no later than the seventh day of "
             "the following month.")
    w.append("Work beyond normal hours is paid at 1.25 times the hourly "
             "rate.")
    sec.append(("PAY DAY AND OVERTIME" if "wage" in miss else "WAGES", w))
    h = []
    if wage_in_schedule:
        h.append("Working time is as shown in Schedule 3." if "rest" in miss
                 else "Working time and rest days are as shown in "
                 "Schedule 3.")
    else:
        if "hours" not in miss:
            h.append(c["hours_sentence"])
        if "rest" not in miss:
            h.append("The {W} has one rest day of at least 24 consecutive "
                     "hours every week, normally on {restday}.")
        h.append("Public holidays and paid annual leave are given as the "
                 "law of {dest} provides.")
    if "rest" in miss:
        htitle = "WORKING TIME AND LEAVE"
    elif "hours" in miss:
        htitle = "REST AND LEAVE"
    else:
        htitle = "HOURS AND REST"
    sec.append((htitle, h))
    t = []
    if wage_in_schedule:
        t.append("Travel, visa and other costs are borne as shown in "
                 "Schedule 1.")
    else:
        t.append("The {E} pays the {W}'s air ticket from {ocity} to "
                 "{dcity}.")
        t.append("The {E} applies for the entry visa and the work permit "
                 "of the {W}.")
        if "return" not in miss:
            t.append("When the contract ends, or if it ends early for any "
                     "reason, the {E} pays the {W}'s air ticket home to "
                     "{ocity}.")
    sec.append(("TRAVEL AND COSTS", t))
    sec.append(("ACCOMMODATION AND DOCUMENTS", [
        "The {E} provides the {W} with free accommodation and {food}.",
        "The {E} arranges the residence permit and renews it before it "
        "expires."]))
    sec.append(("CONDUCT", [
        "The {W} follows the reasonable instructions of the {E} and the "
        "safety rules of the workplace.",
        "The {W} keeps the private and business matters of the {E} "
        "confidential.",
        "The {W} attends the safety induction in the first week of "
        "work."]))
    sec.append(("ENDING THE CONTRACT", [
        "The {E} may dismiss the {W} for serious misconduct after a "
        "written warning.",
        "On the last day of employment the {E} pays all wages and leave "
        "pay due."]))
    if "complaint" not in miss:
        sec.append(("COMPLAINTS", [
            "The {W} may bring any complaint to {auth}" + hotline +
            " or to {emb}.",
            "The {W} may also raise a grievance with {internal}, who "
            "replies in writing within seven days."]))
    sec.append(("ANNEXES", [annex_note]))
    out = [R(f(c["title"], c)), B]
    if c.get("version"):
        out += [R(c["version"]), B]
    if c.get("defs"):
        out.append(P("In this contract:"))
        for i, (term, mean) in enumerate(c["defs"]):
            out.append(P("\"%s\" means %s" % (term, f(mean, c)),
                         "(%s) " % "abcdef"[i]))
        out.append(B)
    for n, (title, items) in enumerate(sec, 1):
        if style == "dotted":
            out.append(R("%d. %s" % (n, title)))
        else:
            out.append(R("ARTICLE %d - %s" % (n, title)))
        for k, it in enumerate(items, 1):
            out.append(P(f(it, c), "%d.%d " % (n, k)))
        out.append(B)
    out.append(R(f(c["signed"], c)))
    out.append(B)
    out.append(R(f("For the {E}: ____________________    "
                   "The {W}: ____________________", c)))
    return out


# -------------------------------------------------- 1. letter of variation
def variation_annex(c, items):
    out = [B, B, R("LETTER OF VARIATION"), B,
           R(f("{dcity}, 20 February 2026", c)),
           R(f("To: {wname}", c)), B,
           P(f("With effect from 1 March 2026 the terms of your contract "
               "of employment dated 12 January 2026 are varied as follows. "
               "All other terms stay as they are.", c)), B]
    for i, it in enumerate(items, 1):
        parts = it.split("\n")
        out.append(P(parts[0], "%d. " % i))
        for extra in parts[1:]:
            out.append(P(extra, "      "))
        out.append(B)
    out.append(P(f("Please sign below to show that you accept these "
                   "changes and return one copy to the office.", c)))
    out += [B, R(f("For the {E}: ____________________", c)), B,
            R(f("Accepted by the {W}: ____________________   "
                "Date: __________", c))]
    return out


# ------------------------------------------------ 2. manuals and handbooks
def handbook_annex(c, items, staff):
    lists = {"do": [], "dont": [], "rule": []}
    for lst, text in items:
        lists[lst].append(text)
    if staff:
        out = [B, B, R("ANNEX 1 - STAFF HANDBOOK (EXTRACT, SECTIONS 3 TO 5)"),
               B, P(f("This extract of the {ename} staff handbook applies "
                      "to every member of staff on a work permit.", c)), B,
               R("3. DO"), B]
    else:
        out = [B, B, R("ANNEX 1 - HOUSE MANUAL"), B,
               P("Welcome to our home. These notes explain how the house "
                 "runs. Read them with the agency's officer, and ask "
                 "about anything that is not clear."), B,
               R("DO:")]
    for t in lists["do"]:
        out.append(P(t, "  - ", "    "))
    out.append(B)
    out.append(R("4. DON'T" if staff else "DON'T:"))
    if staff:
        out.append(B)
    for t in lists["dont"]:
        out.append(P(t, "  - ", "    "))
    out.append(B)
    out.append(R("5. GENERAL RULES" if staff else "HOUSE RULES"))
    if staff:
        out.append(B)
    for i, t in enumerate(lists["rule"], 1):
        out.append(P(t, ("5.%d " % i) if staff else ("%d. " % i)))
    return out


# ------------------------------------------- 3. FAQ and briefing notes
def faq_annex(c, items, qstyle, heading):
    out = [B, B, R(heading), B]
    for i, (q, a) in enumerate(items, 1):
        if qstyle == "QA":
            out.append(P(q, "Q: "))
            out.append(P(a, "A: "))
        else:
            out.append(P(q, "%d. " % i))
            out.append(P(a, "    "))
        out.append(B)
    return out


# ----------------------------------------------- 4. money flows, schedules
def pay_annex(c, items):
    costs, slip, time = [], [], []
    for tbl, cells in items:
        {"costs": costs, "slip": slip, "time": time}[tbl].append(cells)
    base_costs = [("Entry visa and work permit", "{E}",
                   "applied for by the {E}"),
                  ("Air ticket to {dcity}", "{E}", "booked by the {E}")]
    if "return" not in c["missing"]:
        base_costs.append(("Air ticket home", "{E}",
                           "at contract end, or earlier if it ends early"))
    base_costs.append(("Medical insurance", "{E}", "as the law requires"))
    rows = [tuple(f(x, c) for x in r) for r in base_costs] + costs
    out = [B, B, R("SCHEDULE 1 - WHO PAYS WHAT"), B]
    out += table(rows, ("Item", "Paid by", "Notes"))
    out += [B, R("SCHEDULE 2 - SPECIMEN PAYSLIP, FIRST FULL MONTH"), B]
    rows = []
    if "wage" not in c["missing"]:
        rows.append(c["wage_row"])
    rows.append(("Overtime", "as worked", "1.25 x hourly rate"))
    rows.append(("DEDUCTIONS", "", ""))
    rows.append(("Unpaid leave", "0.00", "none this month"))
    rows += slip
    rows.append(("Paid on", "7th of next month", "by bank transfer"))
    out += table(rows, ("Item", "Amount", "Notes"))
    out += [B, R("SCHEDULE 3 - WORKING TIME"), B]
    rows = []
    if "hours" not in c["missing"]:
        rows.append(("Normal hours", "07.30 - 16.30",
                     "eight hours, with a one-hour lunch break"))
    if "rest" not in c["missing"]:
        rows.append(("Weekly rest day", f("{restday}", c),
                     "24 hours, paid"))
    rows += time
    rows.append(("Overtime", "up to 2 hours a day", "by agreement"))
    out += table(rows, ("Period", "Hours", "Notes"))
    return out


# ---------------------------------------------------- 5a. non-native body
def nn_body(c, slots):
    hotline = " on number %s" % c["hotline"] if c["hotline"] else ""
    ch = [
        ("THE WORK", [
            "Worker will work like {job} in {place} and will do only the "
            "works wich are related with this job.",
            "Contract duration is {term} months starting from the day when "
            "worker arrive in {dest}."], None),
        ("SALARY", [
            "Employer is paying to worker monthly wage {wage}, the payment "
            "is in the end of each month.",
            "Overtime work will be paid extra like the law of {dest} is "
            "saying."], "pay"),
        ("WORKING TIME AND REST", [
            "Worker is working maximum {hours} hours in the day and is "
            "having minimum 8 hours of continue rest in the night.",
            "Every week worker have one full day off of 24 hours, normally "
            "on {restday}."], "time"),
        ("TRAVEL AND COSTS", [
            "Employer pay the air ticket of worker for come to {dest} and "
            "also for return back to {ocountry} when contract is finish or "
            "is stop before."], "costs"),
        ("ROOM AND FOOD", [
            "Employer give to worker free room with bed and fan, and also "
            "three meal in every day or food allowance."], None),
        ("DOCUMENTS", [
            "Employer is arranging the residence card and the work visa of "
            "worker and renew them before expiry."], "docs"),
        ("PERSONAL MATTERS", [
            "Worker must respect the law and the customs of {dest}."],
         "personal"),
        ("FINISH OF CONTRACT", [
            "Employer can stop the contract if worker make a big fault, but "
            "before this he must give a written warning."], "ending"),
        ("COMPLAIN", [
            "If worker have some problem, {he} can make complain to "
            "{auth}" + hotline + " or to {emb}.",
            "Worker can also call the office of agency in {dcity}, "
            "telephone {agencyphone}."], "complaint"),
    ]
    out = [R(f(c["title"], c)), B]
    if c.get("version"):
        out += [R(c["version"]), B]
    out += [P(f("This contract is make between employer {ename}, living in "
                "{eaddr}, and the worker {wname} from {ocountry}, passport "
                "number {ppno}, in the date 12 January 2026.", c)), B]
    for n, (title, items, slot) in enumerate(ch, 1):
        out.append(R("CHAPTER %d - %s" % (n, title)))
        allitems = [f(x, c) for x in items] + slots.get(slot, [])
        for k, it in enumerate(allitems):
            out.append(P(it, "%d.%s " % (n, "abcdefgh"[k])))
        out.append(B)
    out.append(R(f(c["signed"], c)))
    out += [B, R("Employer sign: __________________    "
                 "Worker sign: __________________")]
    return out


# --------------------------------------------------- 5b. plain "you" body
def you_body(c, slots):
    miss = c["missing"]
    c = dict(c)
    c["live"] = ("You get your own room in our home, with a window and a "
                 "fan, and all your meals, free of charge."
                 if c["sector"] in ("domestic", "care") else
                 "You get a bed in a shared room and meals, or a food "
                 "allowance, free of charge.")
    hotline = " (hotline %s)" % c["hotline"] if c["hotline"] else ""
    secs = [
        ("Your job", [
            "You'll work as {job} at {place}. The contract lasts {term} "
            "months from the day you arrive in {dest}."], None),
        ("Your pay", [
            "We pay you {wage} a month, no later than the 7th of the "
            "following month."], "pay"),
        ("Your hours and days off", [
            "You work up to {hours} hours a day.",
            "You get one full day off every week, 24 hours in a row, "
            "usually on {restday}."], "time"),
        ("Travel and costs", [
            "We pay for your flight from {ocity} to {dcity}, and for your "
            "flight home when the contract ends, or earlier if it ends "
            "early for any reason."], "costs"),
        ("Where you live", [c["live"]], "live"),
        ("Your documents", [
            "We apply for your residence and work permits and renew them "
            "before they run out."], "docs"),
        ("Your private life", [
            "We respect your religion and give you time to pray."],
         "personal"),
        ("Ending the contract", [
            "We can end the contract for serious misconduct, but only "
            "after a written warning."], "ending"),
    ]
    if "complaint" not in miss:
        secs.append(("If something goes wrong", [
            "You can contact {auth}" + hotline + " or {emb} at any time."],
            "complaint"))
    out = [R(f(c["title"], c)), B]
    if c.get("version"):
        out += [R(c["version"]), B]
    out += [P(f("This contract is between you, {wname} (passport no. "
                "{ppno}), and us, {ename} of {eaddr}. It was agreed on 12 "
                "January 2026.", c)), B]
    for n, (title, items, slot) in enumerate(secs, 1):
        out.append(R("%d. %s" % (n, title)))
        out.append(B)
        for it in [f(x, c) for x in items] + slots.get(slot, []):
            out.append(P(it))
            out.append(B)
    out.append(R(f(c["signed"], c)))
    out += [B, R("You: ____________________    For us: ____________________")]
    return out


# --------------------------------------------------------- Indonesian body
def id_body(c, annex_note, pay_tables=False, extra=None):
    miss = c["missing"]
    ps = []
    ps.append(("PEKERJAAN DAN JANGKA WAKTU", [
        "{W} dipekerjakan sebagai {job} di {place}.",
        "Perjanjian ini berlaku selama {term} bulan sejak {W} tiba di "
        "{dest}."]))
    if pay_tables:
        ps.append(("UPAH", [
            "{E} membayar upah pokok sebagaimana tercantum dalam Tabel 2 "
            "setiap bulan.",
            "Upah dibayar paling lambat tanggal 10 bulan berikutnya."]))
        ps.append(("WAKTU KERJA DAN ISTIRAHAT", [
            "Waktu kerja dan hari libur diatur dalam Tabel 3."]))
        ps.append(("PERJALANAN DAN BIAYA", [
            "Biaya perjalanan, visa dan biaya lain ditanggung sesuai "
            "Tabel 1."]))
    else:
        ps.append(("UPAH", [
            "{E} membayar upah pokok sebesar {wage} setiap bulan.",
            "Upah dibayar paling lambat tanggal 7 bulan berikutnya.",
            "Kerja lembur dibayar sesuai peraturan yang berlaku di "
            "{dest}."]))
        w = []
        if "hours" not in miss:
            w.append("Waktu kerja normal paling lama {hours} jam sehari.")
        if "rest" not in miss:
            w.append("{W} berhak atas satu hari libur penuh selama 24 jam "
                     "berturut-turut setiap minggu, biasanya hari "
                     "{restday}.")
        w.append("Hari libur resmi dan cuti tahunan diberikan sesuai hukum "
                 "yang berlaku di {dest}.")
        ps.append(("WAKTU KERJA DAN ISTIRAHAT", w))
        t = ["{E} membayar tiket pesawat {W} dari {ocity} ke {dcity}."]
        if "return" not in miss:
            t.append("Pada akhir perjanjian, atau apabila perjanjian "
                     "berakhir lebih awal karena sebab apa pun, {E} "
                     "membayar tiket pulang {W} ke {ocity}.")
        ps.append(("PERJALANAN", t))
    ps.append(("TEMPAT TINGGAL DAN DOKUMEN", [
        "{E} menyediakan tempat tinggal dan makan tanpa biaya.",
        "{E} mengurus izin tinggal dan izin kerja {W} serta "
        "memperpanjangnya sebelum habis masa berlakunya."]))
    ps.append(("BERAKHIRNYA PERJANJIAN", [
        "{E} dapat memutuskan perjanjian karena pelanggaran berat setelah "
        "memberikan peringatan tertulis.",
        "Pada hari terakhir bekerja, {E} membayar seluruh upah dan uang "
        "cuti yang masih terutang."]))
    if "complaint" not in miss:
        ps.append(("PENGADUAN", [
            "{W} dapat menyampaikan pengaduan kepada {auth} atau kepada "
            "{emb}."]))
    ps.append(("LAMPIRAN", [annex_note]))
    out = [R(f(c["title"], c)), B]
    if c.get("version"):
        out += [R(c["version"]), B]
    out += [P(f("Perjanjian ini dibuat pada tanggal 12 Januari 2026 antara "
                "{ename}, beralamat di {eaddr} (selanjutnya disebut "
                "\"{E}\"), dan {wname}, warga negara Indonesia pemegang "
                "paspor nomor {ppno} (selanjutnya disebut \"{W}\").", c)), B]
    for n, (title, items) in enumerate(ps, 1):
        out.append(R("Pasal %d" % n))
        out.append(R(title))
        for k, it in enumerate(items, 1):
            out.append(P(f(it, c), "(%d) " % k))
        out.append(B)
    out.append(R(f(c["signed"], c)))
    out += [B, R(f("{E}: ____________________    "
                   "{W}: ____________________", c))]
    return out


def id_you_body(c, others):
    """Indonesian contract written to the worker as "Anda"."""
    ps = [
        ("PEKERJAAN", [c["job_line"],
                       "Perjanjian ini berlaku {term} bulan sejak Anda tiba "
                       "di {dest}."]),
        ("GAJI", ["Kami membayar gaji Anda {wage} setiap bulan.",
                  "Gaji dibayar paling lambat tanggal 5 bulan berikutnya."]),
        ("JAM KERJA DAN LIBUR", [
            "Anda bekerja paling lama {hours} jam sehari.",
            "Anda berhak atas satu hari libur penuh, 24 jam berturut-turut, "
            "setiap minggu, biasanya hari {restday}."]),
        ("PERJALANAN", [
            "Kami membayar tiket pesawat Anda dari {ocity} ke {dcity}, dan "
            "tiket pulang Anda ke {ocity} pada akhir perjanjian atau jika "
            "perjanjian berakhir lebih awal."]),
        ("TEMPAT TINGGAL", ["Anda mendapat kamar sendiri dan makan tanpa "
                            "biaya."]),
        ("CUTI", ["Anda mendapat hari libur resmi dan cuti tahunan berbayar "
                  "sesuai undang-undang Taiwan."]),
        ("BERAKHIRNYA PERJANJIAN", [
            "Kami dapat mengakhiri perjanjian karena pelanggaran berat "
            "setelah memberi peringatan tertulis.",
            "Pada hari terakhir bekerja, kami membayar seluruh gaji yang "
            "masih terutang."]),
        ("HAL LAIN", others),
        ("PENGADUAN", ["Jika ada masalah, Anda dapat menghubungi {auth} "
                       "atau {emb}."]),
    ]
    out = [R(f(c["title"], c)), B]
    if c.get("version"):
        out += [R(c["version"]), B]
    out += [P(f("Perjanjian ini dibuat pada tanggal 12 Januari 2026 antara "
                "kami, {ename}, beralamat di {eaddr}, dan Anda, {wname}, "
                "pemegang paspor nomor {ppno}.", c)), B]
    for n, (title, items) in enumerate(ps, 1):
        out.append(R("Pasal %d - %s" % (n, title)))
        for k, it in enumerate(items, 1):
            if it.startswith("\ue0ff") or it == c["job_line"]:
                out.append(R(f(it, c)))
            else:
                out.append(P(f(it, c), "(%d) " % k))
        out.append(B)
    out.append(R(f(c["signed"], c)))
    out += [B, R("Anda: ____________________    Kami: ____________________")]
    return out


def id_variation_annex(c, items):
    out = [B, B, R("SURAT PERUBAHAN SYARAT KERJA"), B,
           R(f("{dcity}, 20 Februari 2026", c)),
           R(f("Kepada: {wname}", c)), B,
           P("Terhitung mulai tanggal 1 Maret 2026, syarat perjanjian kerja "
             "Saudara tertanggal 12 Januari 2026 diubah sebagai berikut. "
             "Ketentuan lain tetap berlaku."), B]
    for i, it in enumerate(items, 1):
        parts = it.split("\n")
        out.append(P(parts[0], "%d. " % i))
        for extra in parts[1:]:
            out.append(P(extra, "      "))
        out.append(B)
    out.append(P("Harap tanda tangani surat ini sebagai tanda setuju dan "
                 "kembalikan satu salinan ke kantor."))
    out += [B, R(f("Untuk {E}: ____________________", c)), B,
            R(f("Disetujui oleh {W}: ____________________   "
                "Tanggal: __________", c))]
    return out


def id_handbook_annex(c, items):
    lists = {"do": [], "dont": [], "rule": []}
    for lst, text in items:
        lists[lst].append(text)
    out = [B, B, R("LAMPIRAN 1 - ATURAN RUMAH"), B,
           P("Selamat datang di rumah kami. Catatan ini menjelaskan cara "
             "rumah ini berjalan. Bacalah bersama petugas agensi dan "
             "tanyakan apa saja yang kurang jelas."), B, R("LAKUKAN:")]
    for t in lists["do"]:
        out.append(P(t, "  - ", "    "))
    out += [B, R("JANGAN:")]
    for t in lists["dont"]:
        out.append(P(t, "  - ", "    "))
    out += [B, R("ATURAN LAIN:")]
    for i, t in enumerate(lists["rule"], 1):
        out.append(P(t, "%d. " % i))
    return out


def id_faq_annex(c, items):
    out = [B, B, R("LAMPIRAN 1 - TANYA JAWAB"),
           R("(dari halaman web agensi, dicetak 5 Januari 2026)"), B]
    for q, a in items:
        out.append(P(q, "T: "))
        out.append(P(a, "J: "))
        out.append(B)
    return out


def id_pay_annex(c, items):
    costs, slip, time = [], [], []
    for tbl, cells in items:
        {"costs": costs, "slip": slip, "time": time}[tbl].append(cells)
    rows = [("Visa dan izin kerja", f("{E}", c), f("diurus oleh {E}", c)),
            (f("Tiket ke {dcity}", c), f("{E}", c), f("dipesan oleh {E}", c)),
            ("Tiket pulang", f("{E}", c),
             "akhir perjanjian, atau lebih awal jika berakhir lebih awal"),
            ("Asuransi kesehatan", f("{E}", c), "sesuai hukum")] + costs
    out = [B, B, R("TABEL 1 - SIAPA MEMBAYAR APA"), B]
    out += table(rows, ("Biaya", "Dibayar oleh", "Keterangan"))
    out += [B, R("TABEL 2 - CONTOH SLIP GAJI BULAN PERTAMA"), B]
    rows = [("Upah pokok", f("{wage}", c), "per bulan"),
            ("Lembur", "sesuai jam lembur", "menurut undang-undang Taiwan"),
            ("POTONGAN", "", ""),
            ("Asuransi kesehatan nasional", "bagian pekerja",
             "sesuai undang-undang")] + slip + [
            ("Dibayar", "tanggal 10", "transfer bank")]
    out += table(rows, ("Komponen", "Jumlah", "Keterangan"))
    out += [B, R("TABEL 3 - WAKTU KERJA"), B]
    rows = [("Jam kerja normal", "08.00 - 17.00",
             "8 jam sehari, istirahat 1 jam"),
            ("Hari libur mingguan", f("{restday}", c), "24 jam penuh, dibayar")
            ] + time + [
            ("Lembur", "paling lama 2 jam sehari", "dengan persetujuan")]
    out += table(rows, ("Waktu", "Jam", "Keterangan"))
    return out
