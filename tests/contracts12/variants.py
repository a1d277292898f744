# -*- coding: utf-8 -*-
"""Hand-written wording of contract batch 12 (R-*).

Written from scratch for this batch.  Placeholders are filled by make_set.py:
  {E} {Ec}  employer reference ("the Employer" / "The Employer")
  {W} {Wc}  worker reference   ("the Worker" / "The Worker")
  {A} {Ac}  agency reference
  {sh} {Sh} {hr} {hm}  she/he, her/his (possessive), her/him (object)
  {wage} {dest} {dcity} {origin} {ocity} {emp} {agency} {chan} {emb} ...
  {ref:key}  number of another clause of the same contract
A "^" inside a run-on sentence marks where its abusive part starts (the
label goes there); without "^" the label goes where the clause starts.

Forms: g govform sub-clause, a agency-agreement sub-clause, p prose clause
(any numbered body), r handbook / code item, c chat message, t telegraphic
row ("KEY|value") or note, o run-on sentence, b bilingual (en, id) pair,
ip Indonesian clause (ayat), ic Indonesian chat message, ir Indonesian rule
item, it Indonesian telegraphic row.
"""

# ---------------------------------------------------------------------------
# Abusive clauses: every entry is used exactly once, in the plan entry whose
# key starts its name (g1_008 -> plan entry g1).  sect: topic section.
# ---------------------------------------------------------------------------
ABUSE = {
    # ---- government standard forms (sub-clauses with cross-references)
    'g1_008': dict(rule='CTR-008', form='g', sect='term', text=
        "Notwithstanding clause {ref:notice}, {W} shall not during the first "
        "twenty-four months of service seek or accept a transfer of {hr} "
        "sponsorship to another employer, and any application to that end made "
        "without the countersignature of {E} shall be of no effect."),
    'g2_001': dict(rule='CTR-001', form='g', sect='docs', text=
        "Custody of {W}'s passport, civil identification card and residence "
        "permit shall vest in {E} for the whole term of this contract, subject "
        "only to clause {ref:docs_formal}."),
    'g2_004': dict(rule='CTR-004', form='g', sect='time', text=
        "The weekly rest day under clause {ref:rest} may be deferred by {E} "
        "whenever the needs of the household so require, and a deferred rest "
        "day that has not been taken by the end of the calendar month shall "
        "lapse."),
    'g3_002': dict(rule='CTR-002', form='g', sect='costs', text=
        "Subject to clause {ref:cost_receipt}, the monthly service fee of the "
        "placement broker, being NT$1,800 in the first year, NT$1,700 in the "
        "second year and NT$1,500 in the third year, is payable by {W} and may "
        "be collected by {E} out of {hr} wage each month."),
    'g3_005': dict(rule='CTR-005', form='g', sect='health', text=
        "A medical examination that includes a pregnancy test shall be "
        "undergone by {W} at the sixth, eighteenth and thirtieth months of "
        "service, and an unfavourable result shall entitle {E} to terminate "
        "this contract under clause {ref:summary}."),
    'g3_009': dict(rule='CTR-009', form='g', sect='griev', text=
        "No matter may be referred to an authority mentioned in clause "
        "{ref:complaint} unless it has first been submitted to the placement "
        "broker, and a referral made without the broker's written clearance "
        "constitutes a breach of this contract by {W}."),
    'g4_007': dict(rule='CTR-007', form='g', sect='pay', text=
        "An amount equal to fifteen per cent of the basic wage shall be withheld "
        "each month and credited to a retention account administered by {E}, "
        "the balance of which becomes payable to {W} on completion of the "
        "contract in accordance with clause {ref:completion}."),
    'g5_003': dict(rule='CTR-003', form='g', sect='term', text=
        "Where this contract is ended by {W} before the expiry of the period "
        "stated in clause {ref:duration}, otherwise than under clause "
        "{ref:summary_worker}, {W} shall indemnify {E} for the recruitment "
        "expenses incurred, which the parties agree to fix at JOD 1,200."),
    'g5_006': dict(rule='CTR-006', form='g', sect='private', text=
        "{Wc} undertakes that no marriage will be contracted by {hm}, in "
        "Jordan or elsewhere, before the expiry of the term."),

    # ---- employment contract + handbook / household code
    'h1_004': dict(rule='CTR-004', form='r', sect='living', text=
        "Residents remain within the dormitory compound on working days; on "
        "the rest day they may sign out between 10 a.m. and 6 p.m., with the "
        "written permission of the dormitory supervisor."),
    'h2_006': dict(rule='CTR-006', form='r', sect='personal', text=
        "Personal relationships. Romantic involvement of any kind, whether with "
        "a colleague, a guest or any other person and whether inside or "
        "outside the hotel, is incompatible with employment under this "
        "contract and leads to dismissal."),
    'h2_007': dict(rule='CTR-007', form='p', sect='pay', text=
        "Of each month's salary, AED 300 is kept back by {E} and paid out, "
        "without interest, only when {W} finally leaves the United Arab "
        "Emirates."),
    'h2_009': dict(rule='CTR-009', form='r', sect='concerns', text=
        "Staff members shall not approach the Ministry, the police or any "
        "consulate about matters of employment; all such matters are dealt "
        "with exclusively by Human Resources."),
    'h3_001': dict(rule='CTR-001', form='r', sect='personal', text=
        "Passports are surrendered to the Estate Manager on arrival and stay in "
        "the estate strongroom until the worker's final departure; a laminated "
        "copy is issued for use in the field."),
    'h4_002': dict(rule='CTR-002', form='p', sect='pay', text=
        "The agency fee of S$2,400 which {E} paid on {W}'s behalf shall be "
        "recovered by salary deductions of S$400 a month over the first six "
        "months of employment."),
    'h4_008': dict(rule='CTR-008', form='r', sect='leaving', text=
        "Resignation is not accepted during the first 24 months of the Work "
        "Permit, save on medical grounds certified by the Company's doctor."),
    'h5_005': dict(rule='CTR-005', form='r', sect='personal', text=
        "Health: the helper agrees to a pregnancy check whenever the employer "
        "asks for one, and a positive result ends the employment."),
    'h5_003': dict(rule='CTR-003', form='p', sect='pay', text=
        "{Wc} shall place with {E}, on the first pay day, a good-conduct bond "
        "of HK$3,000, which is forfeited should {sh} leave the employment "
        "before two years have passed."),

    # ---- recruitment-agency service agreements signed by the worker
    'a1_001': dict(rule='CTR-001', form='a', sect='docs', text=
        "Retention of {W}'s passport by {E} for the period of the placement is "
        "hereby authorised by {W}, and {A} shall not be answerable for its "
        "return."),
    'a1_002': dict(rule='CTR-002', form='a', sect='costs', key='charges', text=
        "In consideration of the services described in clause {ref:services}, "
        "{W} shall pay {A} a placement charge of KES 95,000, of which "
        "KES 40,000 falls due on signature of this Agreement and the remainder "
        "before the air ticket is issued."),
    'a1_003': dict(rule='CTR-003', form='a', sect='costs', after='charges', text=
        "As security for the balance referred to in clause {ref:charges}, {W} "
        "shall execute a promissory note in favour of {A}, countersigned by a "
        "guarantor resident in Kenya."),
    'a2_009': dict(rule='CTR-009', form='a', sect='griev', text=
        "Differences arising out of the placement shall be submitted "
        "exclusively to {A}'s welfare officer, and {W} renounces any recourse "
        "to the Department of Foreign Employment, the labour courts of Qatar or "
        "the Embassy of Nepal in respect of them."),
    'a3_007': dict(rule='CTR-007', form='a', sect='place', text=
        "{Ec} shall remit {W}'s salary each month to {A}'s account in Addis "
        "Ababa, and {A} shall release the accumulated amount to {W}, or to a "
        "relative nominated by {hm}, upon {hr} return."),
    'a3_008': dict(rule='CTR-008', form='a', sect='term', text=
        "{Wc} acknowledges that {sh} may not leave the service of {E} before "
        "the end of the placement, and that {A} will notify the General "
        "Security that {sh} has absconded if {sh} does so."),
    'a4_005': dict(rule='CTR-005', form='a', sect='welfare', text=
        "The placement is conditional on a negative pregnancy test taken within "
        "seven days before departure, and {A} will withdraw {W} from the "
        "placement, at {hr} own cost, should a pregnancy be confirmed after "
        "arrival."),
    'a5_006': dict(rule='CTR-006', form='a', sect='welfare', text=
        "{Wc} shall not enter into any engagement to marry, nor into any "
        "courtship, while in the employ of {E}."),
    'a5_004': dict(rule='CTR-004', form='a', sect='welfare', text=
        "Free time is to be spent within {E}'s residence unless {E} arranges "
        "an outing."),

    # ---- contracts with chat confirmations quoted in an annex
    'c1_002': dict(rule='CTR-002', form='c', spk='A', text=
        "About the cost, placement money is Rp 38.000.000. Company pays it "
        "first, then cut NT$4,000 from your wage every month until finish."),
    'c2_001': dict(rule='CTR-001', form='c', spk='E', text=
        "Your passport I will keep in my drawer for the 2 years, safer that "
        "way. You can have a photocopy."),
    'c2_006': dict(rule='CTR-006', form='p', sect='private', text=
        "It is a term of this contract that {W} remains single throughout its "
        "duration, and a marriage entered into during the term entitles {E} "
        "to end the contract without notice."),
    'c3_003': dict(rule='CTR-003', form='c', spk='A', text=
        "One more thing, you give a cheque of AED 5,000 to the company as "
        "guarantee. If you run before 2 years they will cash it."),
    'c3_004': dict(rule='CTR-004', form='p', sect='time', text=
        "{Wc} is transported between the labour camp and the site by {E} and "
        "shall not otherwise leave the camp without a gate pass issued by the "
        "camp boss."),
    'c3_008': dict(rule='CTR-008', form='c', spk='A', text=
        "And no changing company. Visa is under them, if you go to another "
        "company they cancel and report you absent from work."),
    'c4_007': dict(rule='CTR-007', form='c', spk='E', text=
        "Your pay I will bank for you in the POSB account I opened. Passbook "
        "and card stay with me, just ask me when you need cash."),
    'c5_005': dict(rule='CTR-005', form='c', spk='A', text=
        "Before flying you must do the medical again with pregnancy and HIV. "
        "If positive the employer will not accept you."),
    'c5_009': dict(rule='CTR-009', form='c', spk='A', text=
        "If any problem in Kuwait you call only us. Not embassy, not police. "
        "If you call them your contract is finished."),

    # ---- contracts with a long definitions section (defs: added terms)
    'd1_004': dict(rule='CTR-004', form='p', sect='time', defs=['ops'], text=
        "Hours worked in excess of the Normal Working Hours are not capped and "
        "shall be worked whenever the Operational Requirements call for them."),
    'd1_007': dict(rule='CTR-007', form='p', sect='pay', defs=['deferred'], text=
        "{Ec} shall retain the Deferred Portion of each month's Basic Wage and "
        "pay the accumulated amount to {W} on the Completion Date."),
    'd1_009': dict(rule='CTR-009', form='p', sect='griev', defs=['external'], text=
        "{Wc} shall refrain from raising any Grievance with an External Body "
        "during the Term."),
    'd2_003': dict(rule='CTR-003', form='p', sect='term', key='edc', defs=['edc'], text=
        "An Early Departure Charge equal to two months of Basic Wage is "
        "payable by {W} to {E} if the Employment ends before the Completion "
        "Date at the instance of {W}."),
    'd3_001': dict(rule='CTR-001', form='p', sect='docs', defs=['traveldocs', 'safekeeping'], text=
        "The Travel Documents shall be held by {E} in Safekeeping throughout "
        "the Term."),
    'd3_005': dict(rule='CTR-005', form='p', sect='health', defs=['incapacity'], text=
        "Pregnancy of {W} during the Term constitutes Medical Incapacity and "
        "entitles {E} to terminate the Employment and to repatriate {W}."),
    'd3_008': dict(rule='CTR-008', form='p', sect='term', defs=['transfer'], text=
        "{Wc} may not request, and {E} shall not be obliged to consider, any "
        "Transfer of Sponsorship before the Completion Date."),
    'd4_002': dict(rule='CTR-002', form='p', sect='pay', defs=['reccosts'], text=
        "The Recruitment Costs shall be borne by {W} and may be set off by {E} "
        "against the Basic Wage in instalments not exceeding one third of the "
        "Basic Wage in any month."),

    # ---- terse telegraphic offer sheets
    'o1_006': dict(rule='CTR-006', form='t', text=
        "STATUS|SINGLE; TO REMAIN SINGLE FOR DURATION OF CONTRACT, NO MARRIAGE "
        "/ NO BOYFRIEND"),
    'o2_008': dict(rule='CTR-008', form='t', text=
        "RELEASE / NOC|NOT GRANTED BEFORE END OF 2 YRS SERVICE"),
    'o2_007': dict(rule='CTR-007', form='t', text=
        "SALARY HELD|2 MTHS SALARY KEPT BY CO. AS SECURITY, PAID ON FINAL EXIT"),
    'o3_004': dict(rule='CTR-004', form='t', replaces='rest', text=
        "Weekly off|1 day (Friday), to be spent at employer's home"),
    'o4_002': dict(rule='CTR-002', form='t', text=
        "AGENT FEE + LEVY|DEDUCTED FROM SALARY, RM 250/MTH X 8 MTHS"),
    'o4_003': dict(rule='CTR-003', form='t', text=
        "BOND|NPR 150,000 SIGNED BY FAMILY, PAYABLE IF WORKER BREAKS CONTRACT"),

    # ---- deeds drafted in long run-on sentences
    'r1_002': dict(rule='CTR-002', form='o', text=
        "{Ec} shall provide {W} with lodging of a reasonable standard, shall "
        "pay for the work permit and each renewal of it and shall meet the cost "
        "of medical insurance for the whole engagement, ^while the agency "
        "commission, the trade test fee and the air fare to Doha, which {E} "
        "advances, are to be made good by {W} out of {hr} first three months' "
        "wages, whether or not the engagement continues beyond them."),
    'r1_004': dict(rule='CTR-004', form='o', text=
        "The normal hours of work being eight in any day and the weekly rest "
        "falling on Friday, it is nevertheless understood that, when the "
        "contracts of {E} so require and for as long as they so require, "
        "^{W} shall work on the rest day and beyond the normal hours without "
        "any limit, and no request by {hm} for the rest day to be restored "
        "shall be entertained until the contract concerned is finished."),
    'r2_009': dict(rule='CTR-009', form='o', text=
        "In the event of any difference between the parties, whether it "
        "concerns wages, hours, lodging or any other matter, {W} shall first "
        "raise it with the site supervisor, who shall answer within seven days, "
        "^and {W} further agrees that no such difference shall at any time be "
        "taken by {hm} to the Labour Department, to a trade union or to the "
        "Embassy of Nepal, on pain of immediate termination."),
    'r3_003': dict(rule='CTR-003', form='o', text=
        "Should {W}, having accepted this engagement and having been brought to "
        "the United Arab Emirates at the expense of {E}, decide for any reason "
        "other than a default of {E} to return home before the second "
        "anniversary of {hr} arrival, {sh} shall reimburse {E} the sum of "
        "AED 8,000 representing the recruitment and visa expenses, which {E} "
        "may recover from any amount then owing to {hm}."),
    'r3_005': dict(rule='CTR-005', form='o', text=
        "{Wc} having declared {hm}self fit for work, and {E} having paid for "
        "the medical examination required by the immigration authorities, it "
        "is further agreed that ^{W} shall submit to a pregnancy test at the "
        "end of every six months of service and that, if {sh} is found to be "
        "pregnant, {E} may cancel {hr} residence and send {hm} home."),
    'r3_009': dict(rule='CTR-009', form='o', text=
        "{Wc}, who shall obey the lawful and reasonable instructions of {E} and "
        "of the spouse of {E}, who shall respect the customs of the household "
        "and who shall keep its affairs private, ^shall also abstain from "
        "complaining about the household to any government office, embassy or "
        "association, {E} undertaking in return to hear {hr} concerns in "
        "person."),
    'r4_001': dict(rule='CTR-001', form='o', text=
        "For the purposes of the residence visa, the labour card and the annual "
        "renewal of both, and for any other purpose {E} considers appropriate, "
        "^the passport of {W} shall remain in the keeping of {E} from the day "
        "of {hr} arrival until the day of {hr} final departure, a certified "
        "photocopy being supplied to {hm} to carry."),
    'r5_006': dict(rule='CTR-006', form='o', text=
        "{Wc}, being unmarried at the date of this agreement as {sh} has "
        "declared, ^agrees that {sh} shall remain so, that {sh} shall not "
        "become pregnant and that {sh} shall not keep company with a male "
        "friend, at the residence or elsewhere, during the two years for which "
        "this agreement runs, failing which {E} may terminate it."),
    'r5_008': dict(rule='CTR-008', form='o', text=
        "Whereas {E} has borne the cost of bringing {W} to Hong Kong, ^{W} "
        "shall not during the currency of this agreement give notice of "
        "termination, nor seek a release to work for another employer, except "
        "with the prior written consent of {E}, which {E} may withhold."),

    # ---- bilingual (English line, Indonesian line)
    'b1_005': dict(rule='CTR-005', form='b', sect='health', text=(
        "If the Worker is found to be pregnant at any time, her employment "
        "ends on that day and she is flown home.",
        "Apabila Pekerja diketahui hamil kapan pun, hubungan kerjanya berakhir "
        "pada hari itu dan ia dipulangkan dengan pesawat.")),
    'b1_006': dict(rule='CTR-006', form='b', sect='private', text=(
        "The Worker agrees not to marry and not to take a partner while this "
        "agreement is in force.",
        "Pekerja setuju untuk tidak menikah dan tidak menjalin hubungan dengan "
        "pasangan selama perjanjian ini berlaku.")),

    # ---- Indonesian
    'p1_001': dict(rule='CTR-001', form='ip', sect='docs', text=
        "Paspor dan Kartu Izin Tinggal (ARC) Pekerja disimpan oleh Pemberi "
        "Kerja selama masa Perjanjian dan baru diserahkan kepada Pekerja pada "
        "saat kepulangan."),
    'p1_003': dict(rule='CTR-003', form='ip', sect='costs', text=
        "Pekerja wajib menandatangani surat sanggup bayar senilai "
        "Rp 25.000.000 sebagai jaminan bahwa Pekerja akan menyelesaikan masa "
        "Perjanjian."),
    'p1_009': dict(rule='CTR-009', form='ip', sect='griev', text=
        "Pekerja dilarang mengadukan Pemberi Kerja kepada Kementerian Tenaga "
        "Kerja Taiwan, KDEI atau media massa tanpa izin tertulis dari Agensi."),
    'p2_005': dict(rule='CTR-005', form='ip', sect='term', text=
        "Tanpa mengurangi ketentuan {ref:summary}, kehamilan Pekerja selama "
        "masa Perjanjian menjadi alasan bagi Pemberi Kerja untuk mengakhiri "
        "Perjanjian ini dan memulangkan Pekerja."),
    'w1_007': dict(rule='CTR-007', form='ic', spk='A', text=
        "Gaji kamu dikirim majikan ke rekening PT tiap bulan ya, nanti kami "
        "yang transfer ke keluarga. Kartu ATM kami yang pegang."),
    'w1_004': dict(rule='CTR-004', form='ic', spk='A', text=
        "Di sana tidak boleh keluar rumah sendiri, hari libur juga di dalam "
        "rumah saja."),
    'tt1_006': dict(rule='CTR-006', form='ir', sect='pribadi', text=
        "Selama masa kontrak, pekerja dilarang menikah maupun berpacaran, baik "
        "di dalam maupun di luar asrama."),
    'tt1_008': dict(rule='CTR-008', form='ir', sect='berhenti', text=
        "Pekerja tidak dibenarkan pindah majikan atau berhenti sebelum kontrak "
        "dua tahun selesai; yang melanggar dilaporkan ke Imigresen sebagai "
        "pekerja kabur."),
    'tt2_001': dict(rule='CTR-001', form='ir', sect='pribadi', text=
        "Paspor dan buku pelaut seluruh ABK disimpan oleh nakhoda, baik selama "
        "berlayar maupun selama kapal bersandar."),
    'tw1_002': dict(rule='CTR-002', form='it', text=
        "Potongan agen|S$ 550 x 6 bulan, dipotong dari gaji"),
    'tw1_007': dict(rule='CTR-007', form='it', text=
        "Tabungan wajib|S$ 100/bulan ditahan majikan, dibayar saat pulang"),
}

# Definitions added to the definitions block when an abusive clause uses them
# (neutral on their own; only the operative clause is labelled).
EXTRA_DEFS = {
    'ops': "“Operational Requirements” means the needs of the business of the "
           "Employer as determined by the Employer from time to time.",
    'deferred': "“Deferred Portion” means one quarter of the Basic Wage.",
    'external': "“External Body” means any ministry, court, police station, "
                "embassy, trade union, non-governmental organisation or "
                "journalist.",
    'edc': "“Early Departure Charge” means the sum specified in clause "
           "{ref:edc}.",
    'traveldocs': "“Travel Documents” means the passport of the Employee, "
                  "the residence permit (iqama) and any exit and re-entry visa.",
    'safekeeping': "“Safekeeping” means storage in the office safe of the "
                   "Employer.",
    'incapacity': "“Medical Incapacity” means a condition which, in the opinion "
                  "of the physician of the Employer, prevents the Employee from "
                  "performing her duties.",
    'transfer': "“Transfer of Sponsorship” means the transfer of the residence "
                "and work authorisation of the Employee to another employer.",
    'reccosts': "“Recruitment Costs” means the foreign worker levy, the visa "
                "and medical screening charges, the agency service charge and "
                "the air fare incurred in bringing the Employee to Malaysia.",
}

# ---------------------------------------------------------------------------
# Compliant look-alikes.  tags: wage / travel / complaint / hours / rest (the
# element a look-alike touches: never used where that element is missing),
# hh (household only), co (company only), f (women only).
# sect: topic section for p / ip forms; annex group for r / ir forms.
# ---------------------------------------------------------------------------
LOOK = [
    # ---------------- CTR-001 documents
    dict(id='L001p1', rule='CTR-001', form='p', sect='docs', text=
        "Retention of {W}'s passport, identity card or work permit by {E} or "
        "by anyone acting for {E} is prohibited, whatever reason is given."),
    dict(id='L001p2', rule='CTR-001', form='p', sect='docs', text=
        "Where {E} needs {W}'s passport to renew the residence permit, the "
        "passport shall be handed back to {W} no later than the day after the "
        "renewal is stamped, against {hr} signature in the document register."),
    dict(id='L001p3', rule='CTR-001', form='p', sect='docs', text=
        "{Wc} keeps {hr} passport and residence card in {hr} own possession; "
        "{E} may ask to see them only when an inspector requires it and may "
        "not keep them afterwards."),
    dict(id='L001p4', rule='CTR-001', form='p', sect='docs', text=
        "Holding the identity documents of a worker as security for a debt or "
        "to deter departure is not permitted under this contract, and {E} "
        "confirms that none are held."),
    dict(id='L001r', rule='CTR-001', form='r', sect='personal', text=
        "Documents. Your passport stays with you. A photocopy is taken on your "
        "first day and the original is not asked for again unless Immigration "
        "requires it, in which case it is returned the same day."),
    dict(id='L001c', rule='CTR-001', form='c', spk='A', text=
        "Passport is yours, keep it with you always. Employer only needs a "
        "copy for the file."),
    dict(id='L001t', rule='CTR-001', form='t', text=
        "Passport|kept by worker (copy to employer)"),
    dict(id='L001o', rule='CTR-001', form='o', text=
        "Although {E} may, for the renewal of the work permit, the registration "
        "of the address of {W} or any similar formality, borrow the passport of "
        "{W}, it is agreed that the passport shall be returned within three "
        "working days of each such formality and that at no other time shall "
        "{E} hold it, even at the request of {W}."),
    dict(id='L001b', rule='CTR-001', form='b', sect='docs', text=(
        "The Employer shall not hold the Worker's passport, identity card or "
        "visa at any time.",
        "Pemberi Kerja tidak boleh menahan paspor, kartu identitas atau visa "
        "Pekerja kapan pun.")),
    dict(id='L001i1', rule='CTR-001', form='ip', sect='docs', text=
        "Pemberi Kerja dilarang menyimpan atau menahan paspor Pekerja; paspor "
        "hanya dipinjam untuk perpanjangan izin dan dikembalikan pada hari yang "
        "sama."),
    dict(id='L001i2', rule='CTR-001', form='ip', sect='docs', text=
        "Seluruh dokumen pribadi Pekerja, termasuk paspor dan kartu izin "
        "tinggal, tetap dipegang oleh Pekerja sendiri."),
    dict(id='L001ic', rule='CTR-001', form='ic', spk='A', text=
        "Paspor tetap kamu pegang ya, majikan cuma minta fotokopinya."),
    dict(id='L001ir', rule='CTR-001', form='ir', sect='pribadi', text=
        "Dokumen pribadi (paspor, kartu identitas) disimpan sendiri oleh "
        "pekerja; kantor hanya menyimpan fotokopi."),
    dict(id='L001it', rule='CTR-001', form='it', text=
        "Paspor|dipegang pekerja sendiri"),

    # ---------------- CTR-002 fees
    dict(id='L002p1', rule='CTR-002', form='p', sect='costs', tags='travel', text=
        "{Ec} bears every cost of bringing {W} to {dest}, including the "
        "charges of the agency, the visa, the medical screening and the flight, "
        "and recovers none of it from {hm}."),
    dict(id='L002p2', rule='CTR-002', form='p', sect='pay', tags='wage', text=
        "Deductions from wages are limited to those required by law and are "
        "itemised on the payslip; no recruitment cost is among them."),
    dict(id='L002p3', rule='CTR-002', form='p', sect='costs', text=
        "If it emerges that {W} was asked for money by any intermediary in "
        "connection with this job, {E} shall reimburse {hm} the amount in full "
        "and report the intermediary to the licensing authority."),
    dict(id='L002p4', rule='CTR-002', form='p', sect='costs', text=
        "The placement fee due to the recruitment agency is payable by {E} "
        "alone under the service agreement between them."),
    dict(id='L002r', rule='CTR-002', form='r', sect='money', tags='complaint co', text=
        "Money. Nobody in the Company or at the agency may ask you for payment "
        "to get, keep or renew this job. Tell HR if anyone does."),
    dict(id='L002rh', rule='CTR-002', form='r', sect='money', tags='hh', text=
        "Money. The helper is never asked to pay anything to the household or "
        "to the agency for this job."),
    dict(id='L002c', rule='CTR-002', form='c', spk='A', tags='travel', text=
        "No fee from your side, the employer already paid us everything, even "
        "the ticket."),
    dict(id='L002t', rule='CTR-002', form='t', text=
        "Placement fee|nil to worker (paid by employer)"),
    dict(id='L002o', rule='CTR-002', form='o', tags='travel', text=
        "The costs of the visa, medical screening, insurance and air passage of "
        "{W}, together with the fee of the recruiting agency, all of which are "
        "for {E} to bear, shall not be charged to {W} in any form, whether as a "
        "deduction, as an advance to be repaid or as a payment to a third "
        "party."),
    dict(id='L002b', rule='CTR-002', form='b', sect='costs', tags='wage', text=(
        "All recruitment costs are paid by the Employer; none is deducted from "
        "the Worker's salary.",
        "Seluruh biaya penempatan dibayar oleh Pemberi Kerja; tidak ada yang "
        "dipotong dari gaji Pekerja.")),
    dict(id='L002i1', rule='CTR-002', form='ip', sect='costs', text=
        "Pekerja tidak dibebani biaya penempatan dalam bentuk apa pun; seluruh "
        "biaya ditanggung Pemberi Kerja."),
    dict(id='L002i2', rule='CTR-002', form='ip', sect='costs', tags='wage', text=
        "Biaya pelatihan, pemeriksaan kesehatan dan visa tidak dipotong dari "
        "gaji Pekerja."),
    dict(id='L002ic', rule='CTR-002', form='ic', spk='A', tags='wage', text=
        "Tidak ada potongan gaji untuk biaya agen ya, semua sudah dibayar "
        "majikan."),
    dict(id='L002ir', rule='CTR-002', form='ir', sect='uang', text=
        "Karyawan tidak boleh dimintai uang oleh siapa pun untuk memperoleh "
        "atau memperpanjang pekerjaan."),
    dict(id='L002it', rule='CTR-002', form='it', text=
        "Biaya agen|ditanggung majikan (tidak dipotong)"),

    # ---------------- CTR-003 debt / deposit / bond / penalty
    dict(id='L003p1', rule='CTR-003', form='p', sect='costs', text=
        "{Ec} shall not demand from {W} or from {hr} family any deposit, "
        "guarantee cheque, surety or promissory note."),
    dict(id='L003p2', rule='CTR-003', form='p', sect='pay', tags='wage', text=
        "A salary advance may be given if {W} asks for one in writing; it is "
        "free of interest and is repaid in instalments agreed by both parties, "
        "never exceeding one tenth of a month's wage."),
    dict(id='L003p3', rule='CTR-003', form='p', sect='term', text=
        "Ending the contract early does not make {W} liable to {E} for any sum, "
        "whether described as damages, replacement cost or reimbursement of "
        "recruitment expenses."),
    dict(id='L003p4', rule='CTR-003', form='p', sect='costs', text=
        "No bond is to be signed by {W}, or by a guarantor in {origin}, in "
        "connection with this employment."),
    dict(id='L003r', rule='CTR-003', form='r', sect='money', tags='co', text=
        "Loans. The Company does not lend money to employees and does not "
        "arrange loans with money lenders on their behalf."),
    dict(id='L003rh', rule='CTR-003', form='r', sect='money', tags='hh', text=
        "Loans. The household makes no loans to the helper and keeps no "
        "deposit from her."),
    dict(id='L003c', rule='CTR-003', form='c', spk='A', text=
        "No need for guarantee or cheque, nothing to sign for that. If you "
        "want to go home early you just give one month notice."),
    dict(id='L003t', rule='CTR-003', form='t', text="Deposit / bond|none"),
    dict(id='L003o', rule='CTR-003', form='o', tags='wage', text=
        "If either party wishes to end this agreement before its term, that "
        "party shall give the other one month's notice or, in the case of {E}, "
        "pay one month's wages in lieu, and {W} shall in no event be required "
        "to repay any part of the costs incurred in recruiting {hm}, to forfeit "
        "any wages earned or to pay any sum by way of penalty."),
    dict(id='L003b', rule='CTR-003', form='b', sect='costs', text=(
        "The Worker signs no bond or promissory note, and her family is asked "
        "for no guarantee.",
        "Pekerja tidak menandatangani jaminan atau surat sanggup bayar, dan "
        "keluarganya tidak dimintai jaminan apa pun.")),
    dict(id='L003i1', rule='CTR-003', form='ip', sect='costs', text=
        "Pekerja tidak diwajibkan membayar uang jaminan, menyerahkan sertifikat "
        "tanah atau menandatangani surat utang."),
    dict(id='L003i2', rule='CTR-003', form='ip', sect='term', text=
        "Apabila Pekerja mengakhiri Perjanjian lebih awal, Pekerja tidak "
        "dikenakan denda atau ganti rugi."),
    dict(id='L003ic', rule='CTR-003', form='ic', spk='A', text=
        "Tidak ada uang jaminan dan tidak ada denda kalau kamu pulang lebih "
        "cepat."),
    dict(id='L003it', rule='CTR-003', form='it', text=
        "Uang jaminan|tidak ada, tanpa denda bila pulang lebih awal"),
    dict(id='L003ir', rule='CTR-003', form='ir', sect='uang', tags='wage', text=
        "Perusahaan tidak meminjamkan uang kepada pekerja dan tidak memotong "
        "gaji untuk pinjaman."),

    # ---------------- CTR-004 movement / rest / hours
    dict(id='L004p1', rule='CTR-004', form='p', sect='time', tags='hours', text=
        "Outside {hr} working hours {W} is free to go where {sh} likes, and "
        "{E} shall not ask {hm} to account for that time."),
    dict(id='L004p2', rule='CTR-004', form='p', sect='time', tags='rest', text=
        "Work on the weekly rest day is voluntary; {W} may decline without "
        "giving a reason, and work accepted on that day is paid at double the "
        "daily rate and replaced by another day off in the same week."),
    dict(id='L004p3', rule='CTR-004', form='p', sect='living', tags='co', text=
        "The hostel has a night porter whose task is to let residents in after "
        "midnight; residents come and go as they please."),
    dict(id='L004p4', rule='CTR-004', form='p', sect='living', text=
        "{Ec} shall not take, lock away or inspect the mobile phone of {W}."),
    dict(id='L004r', rule='CTR-004', form='r', sect='living', text=
        "Going out. You may leave the premises freely when off duty. Signing "
        "out is not required."),
    dict(id='L004c', rule='CTR-004', form='c', spk='E', tags='hh rest', text=
        "Your day off is fully yours, go where you like and see your friends."),
    dict(id='L004t', rule='CTR-004', form='t', tags='hours', text=
        "Free time|worker free to go out outside duty hrs"),
    dict(id='L004o', rule='CTR-004', form='o', tags='hours rest', text=
        "Although {E} may, in an emergency affecting the safety of persons in "
        "the household, ask {W} to work beyond {hr} usual finishing time, such "
        "extra work shall not exceed two hours on any day, shall be paid at one "
        "and a half times the normal rate and shall never be required on the "
        "weekly rest day, which remains {hr} own to spend outside the house as "
        "{sh} pleases."),
    dict(id='L004b', rule='CTR-004', form='b', sect='time', tags='rest', text=(
        "On her rest day the Worker may leave the house and return when she "
        "chooses.",
        "Pada hari liburnya Pekerja boleh keluar rumah dan kembali kapan saja "
        "ia mau.")),
    dict(id='L004i1', rule='CTR-004', form='ip', sect='time', tags='rest', text=
        "Pada hari libur Pekerja bebas keluar rumah tanpa harus meminta izin."),
    dict(id='L004i2', rule='CTR-004', form='ip', sect='time', tags='rest', text=
        "Pekerja tidak boleh dipekerjakan pada hari liburnya kecuali atas "
        "kemauannya sendiri dan dengan upah lembur."),
    dict(id='L004ic', rule='CTR-004', form='ic', spk='E', tags='rest', text=
        "Hari Minggu bebas, mau keluar silakan, HP juga pegang sendiri."),
    dict(id='L004it', rule='CTR-004', form='it', tags='rest', text=
        "Keluar rumah|bebas pada hari libur, tanpa izin"),
    dict(id='L004ir', rule='CTR-004', form='ir', sect='asrama', tags='co', text=
        "Gerbang asrama tidak dikunci; penghuni boleh keluar masuk kapan saja."),

    # ---------------- CTR-005 pregnancy / HIV testing (women only)
    dict(id='L005p1', rule='CTR-005', form='p', sect='health', tags='f', text=
        "{Ec} shall not require {W} to take a pregnancy test, nor to say "
        "whether {sh} is pregnant, at any stage of the employment."),
    dict(id='L005p2', rule='CTR-005', form='p', sect='health', tags='f', text=
        "Should {W} become pregnant, {sh} keeps {hr} post and is entitled to "
        "maternity leave and pay as the law of {dest} provides."),
    dict(id='L005p3', rule='CTR-005', form='p', sect='health', tags='f', text=
        "The medical examination before employment covers only fitness for the "
        "work described in this contract, and its results are disclosed to "
        "nobody other than {W} and the examining doctor."),
    dict(id='L005p4', rule='CTR-005', form='p', sect='health', tags='f', text=
        "A positive HIV test result is not a ground for refusing, suspending "
        "or ending the employment."),
    dict(id='L005r', rule='CTR-005', form='r', sect='personal', tags='f', text=
        "Health. Medical checks at work are limited to fitness for the job. "
        "Nobody is asked about pregnancy or tested for it."),
    dict(id='L005c', rule='CTR-005', form='c', spk='A', tags='f', text=
        "The medical is only general check-up, no pregnancy test and no HIV "
        "test, don't worry."),
    dict(id='L005t', rule='CTR-005', form='t', tags='f', text=
        "Medical test|fitness check only, no pregnancy test"),
    dict(id='L005o', rule='CTR-005', form='o', tags='f wage', text=
        "Should {W} fall ill, be injured or become pregnant during the term, "
        "{E} shall arrange and pay for {hr} treatment or antenatal care, shall "
        "continue to pay {hr} wages as the law requires, and shall not for any "
        "of those reasons bring the agreement to an end or send {hm} home."),
    dict(id='L005b', rule='CTR-005', form='b', sect='health', tags='f', text=(
        "Pregnancy does not end this agreement and is never a reason to send "
        "the Worker home.",
        "Kehamilan tidak mengakhiri perjanjian ini dan tidak pernah menjadi "
        "alasan untuk memulangkan Pekerja.")),
    dict(id='L005i1', rule='CTR-005', form='ip', sect='health', tags='f', text=
        "Pemberi Kerja tidak boleh mewajibkan tes kehamilan atau tes HIV "
        "sebagai syarat bekerja."),
    dict(id='L005i2', rule='CTR-005', form='ip', sect='health', tags='f', text=
        "Apabila Pekerja hamil, hubungan kerja tetap berlanjut dan Pekerja "
        "berhak atas cuti melahirkan sesuai hukum setempat."),
    dict(id='L005ic', rule='CTR-005', form='ic', spk='A', tags='f', text=
        "Tes hamil tidak ada ya Mbak, medical cuma cek umum."),
    dict(id='L005it', rule='CTR-005', form='it', tags='f', text=
        "Tes kehamilan|tidak dipersyaratkan"),
    dict(id='L005ir', rule='CTR-005', form='ir', sect='pribadi', tags='f', text=
        "Pemeriksaan kesehatan berkala hanya untuk kelayakan kerja dan tidak "
        "mencakup tes kehamilan."),

    # ---------------- CTR-006 marriage / relationships (women only)
    dict(id='L006p1', rule='CTR-006', form='p', sect='private', tags='f', text=
        "The marital status of {W}, and any change in it during the term, is "
        "of no concern to {E} and has no effect on this contract."),
    dict(id='L006p2', rule='CTR-006', form='p', sect='private', tags='f', text=
        "{Ec} shall not ask {W} about {hr} relationships, plans to marry or "
        "plans to have children."),
    dict(id='L006p3', rule='CTR-006', form='p', sect='private', tags='f', text=
        "Pregnancy and marriage are matters for {W} alone and may not be made "
        "the subject of any undertaking under this contract."),
    dict(id='L006p4', rule='CTR-006', form='p', sect='private', tags='f', text=
        "Rules on conduct between colleagues, including the ban on harassment, "
        "do not regulate the private life of {W} outside working hours."),
    dict(id='L006r', rule='CTR-006', form='r', sect='personal', tags='f', text=
        "Private life. What you do in your free time, including who you see, "
        "is your own business, provided the law is respected."),
    dict(id='L006c', rule='CTR-006', form='c', spk='E', tags='f hh', text=
        "If you get married during the 2 years that's your business, the "
        "contract continues."),
    dict(id='L006t', rule='CTR-006', form='t', tags='f', text=
        "Marital status|not a condition of employment"),
    dict(id='L006o', rule='CTR-006', form='o', tags='f', text=
        "{Wc} may, without asking anyone's permission, marry, have a child or "
        "form any relationship during the term, and {E}, who is not entitled "
        "to be told of any of these matters, shall not treat them as grounds "
        "for ending the agreement."),
    dict(id='L006b', rule='CTR-006', form='b', sect='private', tags='f', text=(
        "The Worker's marriage or relationships have no bearing on this "
        "agreement.",
        "Pernikahan atau hubungan pribadi Pekerja tidak berpengaruh terhadap "
        "perjanjian ini.")),
    dict(id='L006i1', rule='CTR-006', form='ip', sect='private', tags='f', text=
        "Status perkawinan Pekerja tidak memengaruhi Perjanjian ini."),
    dict(id='L006i2', rule='CTR-006', form='ip', sect='private', tags='f', text=
        "Pekerja boleh menikah selama masa Perjanjian tanpa kehilangan "
        "pekerjaannya."),
    dict(id='L006ic', rule='CTR-006', form='ic', spk='E', tags='f', text=
        "Kalau mau nikah ya silakan, kontrak jalan terus."),
    dict(id='L006it', rule='CTR-006', form='it', tags='f', text=
        "Status nikah|bukan syarat kerja, boleh menikah"),
    dict(id='L006ir', rule='CTR-006', form='ir', sect='pribadi', tags='f', text=
        "Urusan pribadi karyawan di luar jam kerja, termasuk berpacaran atau "
        "menikah, tidak diatur oleh peraturan ini."),

    # ---------------- CTR-007 wages / savings / bank card
    dict(id='L007p1', rule='CTR-007', form='p', sect='pay', tags='wage', text=
        "The whole wage of {W} is paid to {hm} on or before the seventh day of "
        "the following month, and no part of it is retained by {E} for any "
        "purpose."),
    dict(id='L007p2', rule='CTR-007', form='p', sect='pay', text=
        "The bank card, personal identification number and account passbook of "
        "{W} remain in {hr} sole possession."),
    dict(id='L007p3', rule='CTR-007', form='p', sect='pay', text=
        "{Ec} may transfer money to the family of {W} only on a written "
        "instruction signed by {W} for that transfer, and {W} may cancel a "
        "standing instruction at any time."),
    dict(id='L007p4', rule='CTR-007', form='p', sect='pay', text=
        "Savings schemes are optional; {W} decides whether to join and may "
        "withdraw the whole balance whenever {sh} wishes."),
    dict(id='L007r', rule='CTR-007', form='r', sect='money', tags='wage co', text=
        "Pay. Wages go into your own bank account by the 5th of each month. "
        "Nobody from the Company will ask for your card or PIN."),
    dict(id='L007rh', rule='CTR-007', form='r', sect='money', tags='hh wage', text=
        "Pay. The salary is transferred on the last day of each month to the "
        "helper's own account; her bank card stays with her."),
    dict(id='L007c', rule='CTR-007', form='c', spk='A', tags='wage', text=
        "Salary goes to your own account, card is with you, we don't hold "
        "anything."),
    dict(id='L007t', rule='CTR-007', form='t', tags='wage', text=
        "Salary payment|monthly to worker's own a/c (card with worker)"),
    dict(id='L007o', rule='CTR-007', form='o', tags='wage', text=
        "{Ec} shall pay the wages of {W} each month into an account held in "
        "the name of {W} alone, the card and code of which shall be kept by {W}, "
        "and shall not hold back any part of those wages as savings, as "
        "security or otherwise, even at the request of {W}."),
    dict(id='L007b', rule='CTR-007', form='b', sect='pay', tags='wage', text=(
        "Wages are paid monthly into an account in the Worker's name, and her "
        "bank card stays with her.",
        "Gaji dibayar setiap bulan ke rekening atas nama Pekerja, dan kartu "
        "banknya tetap dipegang Pekerja.")),
    dict(id='L007i1', rule='CTR-007', form='ip', sect='pay', tags='wage', text=
        "Seluruh gaji dibayarkan kepada Pekerja tanpa ditahan sebagian pun oleh "
        "Pemberi Kerja."),
    dict(id='L007i2', rule='CTR-007', form='ip', sect='pay', text=
        "Buku tabungan dan kartu ATM dipegang oleh Pekerja sendiri."),
    dict(id='L007ic', rule='CTR-007', form='ic', spk='A', tags='wage', text=
        "Gaji langsung masuk ke rekening kamu, ATM kamu pegang sendiri."),
    dict(id='L007it', rule='CTR-007', form='it', tags='wage', text=
        "Pembayaran gaji|ke rekening sendiri, kartu ATM dipegang pekerja"),
    dict(id='L007ir', rule='CTR-007', form='ir', sect='uang', tags='wage', text=
        "Gaji dibayar penuh setiap bulan; perusahaan tidak menahan gaji sebagai "
        "tabungan."),

    # ---------------- CTR-008 tied employment
    dict(id='L008p1', rule='CTR-008', form='p', sect='term', tags='wage', text=
        "{Wc} may end this contract by giving one month's notice in writing, "
        "without stating a reason and without any deduction from {hr} final "
        "pay."),
    dict(id='L008p2', rule='CTR-008', form='p', sect='term', text=
        "{Ec} shall not report {W} to the immigration or police authorities as "
        "having absconded merely because {sh} has left the employment."),
    dict(id='L008p3', rule='CTR-008', form='p', sect='term', text=
        "{Ec} shall sign any document the authorities require for the transfer "
        "of {W} to a new employer once this contract has ended or been lawfully "
        "terminated."),
    dict(id='L008p4', rule='CTR-008', form='p', sect='term', text=
        "Nothing in this contract prevents {W} from changing employer in "
        "accordance with the rules of {dest} on labour mobility."),
    dict(id='L008r', rule='CTR-008', form='r', sect='leaving', text=
        "Resigning. You may resign at any time by giving the notice stated in "
        "your contract. Your release papers are issued within 3 days."),
    dict(id='L008c', rule='CTR-008', form='c', spk='A', text=
        "If you want to change employer after your contract, we help you with "
        "the release, no problem."),
    dict(id='L008t', rule='CTR-008', form='t', text=
        "Transfer|allowed as per local law; release not withheld"),
    dict(id='L008o', rule='CTR-008', form='o', tags='wage', text=
        "{Wc} may bring this agreement to an end at any time by one month's "
        "notice in writing, or without notice where {E} has failed to pay {hr} "
        "wages or has ill-treated {hm}, and in either case {E} shall sign {hr} "
        "release and shall not describe {hr} departure to any authority as "
        "absconding."),
    dict(id='L008b', rule='CTR-008', form='b', sect='term', text=(
        "The Worker may resign with one month's notice and move to another "
        "employer as the law allows.",
        "Pekerja boleh mengundurkan diri dengan pemberitahuan satu bulan dan "
        "pindah ke majikan lain sesuai hukum yang berlaku.")),
    dict(id='L008i1', rule='CTR-008', form='ip', sect='term', text=
        "Pekerja berhak mengakhiri Perjanjian ini dengan pemberitahuan tertulis "
        "satu bulan sebelumnya."),
    dict(id='L008i2', rule='CTR-008', form='ip', sect='term', text=
        "Pemberi Kerja tidak boleh melaporkan Pekerja sebagai kabur hanya "
        "karena Pekerja berhenti bekerja."),
    dict(id='L008ic', rule='CTR-008', form='ic', spk='A', text=
        "Kalau nanti mau pindah majikan kami bantu urus, tidak ada denda."),
    dict(id='L008it', rule='CTR-008', form='it', text=
        "Pindah majikan|boleh sesuai aturan setempat"),
    dict(id='L008ir', rule='CTR-008', form='ir', sect='berhenti', text=
        "Karyawan boleh berhenti dengan pemberitahuan satu bulan; surat "
        "pelepasan diberikan dalam tiga hari."),

    # ---------------- CTR-009 complaints
    dict(id='L009p1', rule='CTR-009', form='p', sect='griev', tags='complaint', text=
        "{Wc} may take any complaint to the labour authorities, the police, a "
        "trade union or {emb} without first informing {E}, and shall suffer no "
        "disadvantage for doing so."),
    dict(id='L009p2', rule='CTR-009', form='p', sect='griev', tags='complaint', text=
        "{Wc} may join a workers' association or union and take part in its "
        "activities outside working hours."),
    dict(id='L009p3', rule='CTR-009', form='p', sect='griev', tags='complaint', text=
        "Raising a complaint in good faith, whether inside or outside the "
        "workplace, is never treated as misconduct."),
    dict(id='L009p4', rule='CTR-009', form='p', sect='griev', tags='complaint', text=
        "Any internal procedure for concerns is optional; {W} may go directly "
        "to the authorities named in this contract."),
    dict(id='L009r', rule='CTR-009', form='r', sect='concerns', tags='complaint co', text=
        "Complaints. You can raise a concern with your supervisor, with HR, or "
        "straight with the Ministry of Labour or your embassy. You choose."),
    dict(id='L009rh', rule='CTR-009', form='r', sect='concerns', tags='hh complaint', text=
        "Complaints. The helper may take any problem to the labour "
        "authorities, the agency or her consulate without telling the "
        "household first."),
    dict(id='L009c', rule='CTR-009', form='c', spk='A', tags='complaint', text=
        "If any problem you can call us, or the embassy, or the labour hotline, "
        "all free."),
    dict(id='L009t', rule='CTR-009', form='t', tags='complaint', text=
        "Union / embassy|free to join union and contact embassy"),
    dict(id='L009o', rule='CTR-009', form='o', tags='complaint wage', text=
        "{Wc} may at any time bring a complaint about {hr} treatment to the "
        "labour office, the police, {emb} or any organisation that assists "
        "migrant workers, and {E}, who shall not ask {hm} to withdraw it, "
        "shall neither dismiss {hm} nor reduce {hr} wages on account of it."),
    dict(id='L009b', rule='CTR-009', form='b', sect='griev', tags='complaint', text=(
        "The Worker may complain to the Labour Department or to the Consulate "
        "without asking the Employer first.",
        "Pekerja boleh mengadu kepada Departemen Tenaga Kerja atau Konsulat "
        "tanpa meminta izin Pemberi Kerja terlebih dahulu.")),
    dict(id='L009i1', rule='CTR-009', form='ip', sect='griev', tags='complaint', text=
        "Pekerja bebas menyampaikan pengaduan kepada instansi pemerintah, "
        "serikat pekerja atau Perwakilan RI tanpa izin siapa pun."),
    dict(id='L009i2', rule='CTR-009', form='ip', sect='griev', tags='complaint', text=
        "Pengaduan yang diajukan Pekerja tidak boleh menjadi alasan pemutusan "
        "hubungan kerja."),
    dict(id='L009ic', rule='CTR-009', form='ic', spk='A', tags='complaint', text=
        "Kalau ada masalah boleh lapor ke Perwakilan RI atau BP2MI langsung, "
        "tidak usah lewat kami."),
    dict(id='L009it', rule='CTR-009', form='it', tags='complaint', text=
        "Serikat / konsulat|bebas bergabung dan mengadu"),
    dict(id='L009ir', rule='CTR-009', form='ir', sect='pribadi', tags='complaint', text=
        "Karyawan boleh menjadi anggota serikat pekerja."),
]

# Worker's question in a chat annex before a message on a topic.
CHAT_Q = {
    'CTR-001': ["What about my passport, who will keep it?",
                "I want to ask about my passport."],
    'CTR-002': ["How much do I need to pay?", "Is there any fee for me?"],
    'CTR-003': ["Do I need to give any guarantee?",
                "My cousin said some agency ask for cheque, true?"],
    'CTR-004': ["Can I go out on my day off?", "On my off day can I go out?"],
    'CTR-005': ["What medical do I need to do?", "About medical, what tests?"],
    'CTR-006': ["Maybe I will get married next year, is that ok?",
                "Is it ok if I marry during contract?"],
    'CTR-007': ["How will I receive my salary?", "How is the salary paid?"],
    'CTR-008': ["If I want to change employer later?",
                "Can I transfer if not happy?"],
    'CTR-009': ["If I have problem there who do I call?",
                "If there is problem who can help me?"],
}
CHAT_Q_ID = {
    'CTR-001': "Bu, paspor nanti siapa yang pegang?",
    'CTR-002': "Ada biaya yang harus saya bayar tidak, Bu?",
    'CTR-003': "Perlu uang jaminan tidak?",
    'CTR-004': "Kalau hari libur boleh keluar?",
    'CTR-005': "Medical nanti tes apa saja, Bu?",
    'CTR-006': "Kalau saya menikah di sana bagaimana?",
    'CTR-007': "Gaji nanti dibayar bagaimana, Bu?",
    'CTR-008': "Kalau mau pindah majikan bisa?",
    'CTR-009': "Kalau ada masalah lapor ke mana?",
}
