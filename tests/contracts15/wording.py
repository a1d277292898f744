# -*- coding: utf-8 -*-
"""Compliant look-alike wording for batch 15 (hand-written for this batch).

Each variant: type (the rule it imitates), lang, voice, tags, text (or q/a).
voices: clause (third person, contract clause or addendum item), qa (question
and answer to the worker), rule (house / dormitory rule item), bullet (terms
at a glance), pasal / qa_id / rule_id (Indonesian).
tags: female (women only), company / household / dorm (setting), and the
mandatory elements a variant touches (wage, hours, rest, travel, channel),
which keep it out of CTR-010 contracts lacking that element.
Placeholders: {E} {TE} {W} {TW} {w} {Tw} {she} {She} {her} {him} {hers}
{country} {law} {AUTH} {AUTH_short} {EMB} {PK} {country_id}.
"""

def _c(t, lang, voice, text, tags=(), sec=None):
    return dict(type=t, lang=lang, voice=voice, text=text, tags=set(tags),
                sec=sec)


def _q(t, lang, voice, q, a, tags=()):
    return dict(type=t, lang=lang, voice=voice, q=q, a=a, tags=set(tags),
                sec=None)


LOOK = [
    # ---------------- CTR-001 documents ----------------
    _c('CTR-001', 'en', 'clause',
       "{TW} keeps {her} own passport, residence card and work permit "
       "throughout the Term, and no one may take them from {him}."),
    _c('CTR-001', 'en', 'clause',
       "Should {E} need {W}'s passport to renew a permit, {E} signs for it in "
       "the document register and gives it back to {W} within two working "
       "days."),
    _c('CTR-001', 'en', 'clause',
       "Neither {E} nor the Agency may hold, or ask {W} to lodge with them, "
       "any passport, identity card or other personal document of {hers}."),
    _q('CTR-001', 'en', 'qa', "Who keeps my passport?",
       "You do. Your employer or our staff may copy it, but the original goes "
       "back into your hands the same day."),
    _q('CTR-001', 'en', 'qa',
       "Will the agency hold my identity card while I am abroad?",
       "No. We copy it when we open your file and hand the original straight "
       "back; nobody holds your documents while you work."),
    _c('CTR-001', 'en', 'rule',
       "Residents keep their own passports and permits; the office does not "
       "accept documents for storage.", ('dorm',)),
    _c('CTR-001', 'en', 'rule',
       "{Tw} keeps {her} own passport and identity card in {her} room; the "
       "family does not hold them.", ('household',)),
    _c('CTR-001', 'en', 'bullet', "Passport and permit: kept by you at all times"),

    # ---------------- CTR-002 fees ----------------
    _c('CTR-002', 'en', 'clause',
       "Every cost of recruiting {W}, including the visa, work permit, medical "
       "examination and air fares, is met by {E}, and none of it is recovered "
       "from {her} salary.", ('travel',)),
    _c('CTR-002', 'en', 'clause',
       "{TE} confirms that the Agency has taken no placement fee or other "
       "charge from {W}; any such sum later found to have been paid is "
       "refunded to {him} in full within thirty days."),
    _c('CTR-002', 'en', 'clause',
       "The Agency's charges are invoiced to and settled by {E} alone, and {W} "
       "pays nothing towards {her} placement."),
    _q('CTR-002', 'en', 'qa', "Do I have to pay a placement fee?",
       "No. Your employer pays our service charge and the costs of your visa, "
       "medical test and flights. If anyone asks you for money for this job, "
       "refuse and tell us.", ('travel',)),
    _q('CTR-002', 'en', 'qa',
       "Will anything be taken from my salary for the agency?",
       "Nothing. Recruitment costs are never deducted from your wages, and "
       "your pay slip shows every deduction, so you can check."),
    _c('CTR-002', 'en', 'bullet',
       "Recruitment costs: paid by the employer; nothing deducted from your pay"),

    # ---------------- CTR-003 debt / deposit / penalty ----------------
    _c('CTR-003', 'en', 'clause',
       "{TW} is not asked, at any stage, to sign a promissory note, to lodge a "
       "bond or deposit, or to name a guarantor."),
    _c('CTR-003', 'en', 'clause',
       "If {W} resigns before the end of the Term, {she} gives one month's "
       "notice and owes {E} nothing for recruitment, training or travel "
       "costs.", ('travel',)),
    _c('CTR-003', 'en', 'clause',
       "Any advance on salary is made only at {W}'s written request, carries "
       "no interest and is repaid in instalments that {she} chooses."),
    _q('CTR-003', 'en', 'qa', "Will my family have to sign a guarantee?",
       "No. We do not ask you or your relatives for guarantors, deposits, "
       "post-dated cheques or signed loan papers."),
    _q('CTR-003', 'en', 'qa', "What if I decide to end my contract early?",
       "You can resign by giving one month's notice. You will not be fined, "
       "and no recruitment cost will be claimed back from you."),
    _c('CTR-003', 'en', 'rule',
       "No deposit is taken from residents for keys, bedding or lockers, and "
       "nobody is fined for leaving the hostel.", ('dorm',)),
    _c('CTR-003', 'en', 'bullet', "Deposit, bond or guarantor: none required"),

    # ---------------- CTR-004 movement / rest / hours ----------------
    _c('CTR-004', 'en', 'clause',
       "On {her} rest day and after working hours {W} is free to leave the "
       "premises and to spend the time as {she} wishes.", ('rest',)),
    _c('CTR-004', 'en', 'clause',
       "{TW} has the use of {her} own mobile telephone at all times outside "
       "working hours."),
    _c('CTR-004', 'en', 'clause',
       "Overtime is worked only with {W}'s agreement and is paid at one and a "
       "half times the normal hourly rate.", ('company',),
       sec='hours'),
    _q('CTR-004', 'en', 'qa', "Can I go out on my day off?",
       "Yes. Your rest day is yours: you can go out, meet friends and come "
       "back when you choose, and no one may keep you in.", ('rest',)),
    _q('CTR-004', 'en', 'qa', "Can I keep my mobile phone?",
       "Yes. Your phone stays with you. Your employer may ask you not to use "
       "it while you are working, but may not take it from you."),
    _c('CTR-004', 'en', 'rule',
       "The gate stays open day and night; the guard notes names but does not "
       "stop anyone from going out.", ('dorm',)),
    _c('CTR-004', 'en', 'rule',
       "On {her} day off {w} goes where {she} likes and comes back when {she} "
       "likes.", ('household', 'rest')),
    _c('CTR-004', 'en', 'bullet', "Going out: free on your rest day and after work",
       ('rest',)),

    # ---------------- CTR-005 pregnancy / HIV testing ----------------
    _c('CTR-005', 'en', 'clause',
       "No pregnancy test or HIV test is required of {W}, whether before "
       "departure or during the Term.", ('female',)),
    _c('CTR-005', 'en', 'clause',
       "Pregnancy does not bring this Contract to an end, and {W} keeps the "
       "maternity protection given by {law}.", ('female',)),
    _c('CTR-005', 'en', 'clause',
       "Any medical check during the Term concerns only {W}'s fitness for the "
       "work, takes place with {her} informed consent and is not disclosed to "
       "anyone else.", ('female',)),
    _q('CTR-005', 'en', 'qa', "Will I be tested for pregnancy?",
       "No. Pregnancy and HIV tests are not part of your medical examination, "
       "before departure or after arrival.", ('female',)),
    _q('CTR-005', 'en', 'qa', "What happens if I become pregnant?",
       "Tell your employer and us. You keep your job, and the maternity "
       "protection of the law of {country} applies to you.", ('female',)),
    _c('CTR-005', 'en', 'bullet',
       "Pregnancy or HIV test: not required, and never a reason for dismissal",
       ('female',)),

    # ---------------- CTR-006 marriage / relationships ----------------
    _c('CTR-006', 'en', 'clause',
       "Whom {W} marries or sees in {her} own time is a private matter and "
       "has no bearing on this Contract.", ('female',)),
    _c('CTR-006', 'en', 'clause',
       "{TW} may marry during the Term, and a marriage leaves {her} "
       "employment unchanged.", ('female',)),
    _q('CTR-006', 'en', 'qa', "Can I get married during my contract?",
       "Yes. Marriage is your own decision, and your contract carries on as "
       "before.", ('female',)),
    _q('CTR-006', 'en', 'qa', "Will my employer ask about my private life?",
       "No. Whether you are single, married or have a partner is your own "
       "business and can never be a reason to dismiss you.", ('female',)),
    _c('CTR-006', 'en', 'rule',
       "The family does not ask about {w}'s friendships or relationships; "
       "they are {her} own concern.", ('female', 'household')),
    _c('CTR-006', 'en', 'bullet',
       "Marriage and private life: your own choice, with no effect on this "
       "contract", ('female',)),

    # ---------------- CTR-007 wages / savings ----------------
    _c('CTR-007', 'en', 'clause',
       "The salary is paid to {W} personally and in full; where {she} opens a "
       "bank account, it is in {her} sole name and {she} alone operates it.",
       ('wage',)),
    _c('CTR-007', 'en', 'clause',
       "Money is sent to {W}'s family only on {her} written instruction, "
       "which {she} may change or withdraw at any time."),
    _c('CTR-007', 'en', 'clause',
       "No part of the salary is kept back by {E}, whether as savings, for "
       "safe keeping or for any other purpose.", ('wage',)),
    _q('CTR-007', 'en', 'qa', "Will my employer keep my salary for me?",
       "No. Your full salary is paid to you every month, and you decide how "
       "much to save and how much to send home.", ('wage',)),
    _q('CTR-007', 'en', 'qa',
       "Can my employer send my salary straight to my family?",
       "Only if you ask for it in writing, and you can stop the arrangement "
       "whenever you like."),
    _c('CTR-007', 'en', 'rule',
       "Wages are paid to each worker in person on pay day; the office holds "
       "no savings or cash for anyone.", ('dorm', 'wage')),
    _c('CTR-007', 'en', 'rule',
       "{Tw} receives {her} full salary in hand on pay day and keeps it as "
       "{she} wishes.", ('household', 'wage')),
    _c('CTR-007', 'en', 'bullet',
       "Salary: paid to you in full every month; nothing held back", ('wage',)),

    # ---------------- CTR-008 tied employment ----------------
    _c('CTR-008', 'en', 'clause',
       "Nothing in this Contract stops {W} from moving to a new employer when "
       "the law of {country} allows it, and {E} shall not oppose such a "
       "move."),
    _c('CTR-008', 'en', 'clause',
       "{TW} may resign at any time by giving {E} one month's written "
       "notice."),
    _c('CTR-008', 'en', 'clause',
       "{TE} shall not report {W} to the authorities as absconding when {she} "
       "leaves the job after giving notice."),
    _q('CTR-008', 'en', 'qa', "Can I change employer?",
       "Yes, within the rules of {country}. You do not need your present "
       "employer's agreement, and nobody may demand a release letter from "
       "you."),
    _q('CTR-008', 'en', 'qa', "Can I leave the country whenever I want?",
       "Yes. No exit permit or sponsor's consent is needed; you only need your "
       "passport and a ticket.", ('travel',)),
    _c('CTR-008', 'en', 'bullet',
       "Changing employer: allowed under the law of {country}; no release "
       "letter needed"),

    # ---------------- CTR-009 complaints ----------------
    _c('CTR-009', 'en', 'clause',
       "Nothing in this Contract prevents {W} from complaining to "
       "{AUTH_short}, to {EMB} or to a court, and no one may penalise {him} "
       "for doing so.", ('channel',)),
    _c('CTR-009', 'en', 'clause',
       "{TW} may join a workers' association or trade union, and membership "
       "is never a ground for any penalty."),
    _c('CTR-009', 'en', 'clause',
       "A complaint made in good faith is never treated as misconduct, and "
       "{E} takes no action against {W} because of it."),
    _q('CTR-009', 'en', 'qa', "Will I get into trouble if I complain?",
       "No. You may contact the labour authorities, your embassy or a lawyer "
       "at any time, and no one may punish you for it.", ('channel',)),
    _q('CTR-009', 'en', 'qa', "Can I join a union or a community group?",
       "Yes. Membership is your own choice and cannot be held against you."),
    _c('CTR-009', 'en', 'rule',
       "The telephone numbers of {AUTH_short} and of the embassies are posted "
       "by the door, and anyone may call them.", ('channel',)),
    _c('CTR-009', 'en', 'bullet',
       "Complaints: no penalty for contacting the authorities or your embassy",
       ('channel',)),

    # ---------------- Indonesian ----------------
    _c('CTR-001', 'id', 'pasal',
       "Paspor, kartu identitas dan izin kerja tetap dipegang oleh Pekerja "
       "sendiri, dan {PK} tidak boleh menahannya dengan alasan apa pun."),
    _c('CTR-002', 'id', 'pasal',
       "Seluruh biaya penempatan, termasuk visa, pemeriksaan kesehatan dan "
       "tiket pesawat, ditanggung oleh {PK} dan tidak dipotong dari gaji "
       "Pekerja.", ('travel',)),
    _c('CTR-003', 'id', 'pasal',
       "Pekerja tidak diwajibkan menyerahkan uang jaminan, menandatangani "
       "surat utang, atau menunjuk penjamin."),
    _c('CTR-004', 'id', 'pasal',
       "Di luar jam kerja dan pada hari libur, Pekerja bebas keluar dan "
       "menggunakan telepon genggamnya sendiri.", ('rest',)),
    _c('CTR-005', 'id', 'pasal',
       "Tidak ada tes kehamilan atau tes HIV yang disyaratkan, dan kehamilan "
       "bukan alasan untuk mengakhiri perjanjian ini.", ('female',)),
    _c('CTR-006', 'id', 'pasal',
       "Status perkawinan dan kehidupan pribadi Pekerja tidak memengaruhi "
       "perjanjian ini.", ('female',)),
    _c('CTR-007', 'id', 'pasal',
       "Gaji dibayarkan seluruhnya kepada Pekerja, dan tidak ada bagian gaji "
       "yang disimpan oleh {PK} atau Agensi.", ('wage',)),
    _c('CTR-008', 'id', 'pasal',
       "Pekerja dapat pindah majikan sesuai peraturan yang berlaku di "
       "{country_id} tanpa memerlukan persetujuan {PK}."),
    _c('CTR-009', 'id', 'pasal',
       "Pekerja bebas menyampaikan pengaduan kepada instansi pemerintah, "
       "Perwakilan RI atau serikat pekerja tanpa dikenai sanksi apa pun.",
       ('channel',)),
    _q('CTR-001', 'id', 'qa_id', "Siapa yang memegang paspor saya?",
       "Anda sendiri. Majikan atau agensi hanya boleh memfotokopinya dan harus "
       "langsung mengembalikan aslinya kepada Anda."),
    _q('CTR-002', 'id', 'qa_id', "Apakah saya harus membayar biaya penempatan?",
       "Tidak. Biaya visa, pemeriksaan kesehatan dan tiket ditanggung majikan, "
       "dan tidak ada potongan gaji untuk agensi.", ('travel',)),
    _q('CTR-003', 'id', 'qa_id', "Apakah keluarga saya harus menjadi penjamin?",
       "Tidak. Kami tidak meminta uang jaminan, surat utang atau penjamin dari "
       "Anda maupun keluarga Anda."),
    _q('CTR-005', 'id', 'qa_id', "Apakah ada tes kehamilan?",
       "Tidak ada. Tes kehamilan dan tes HIV tidak termasuk pemeriksaan "
       "kesehatan Anda, dan kehamilan bukan alasan pemutusan kontrak.",
       ('female',)),
    _q('CTR-006', 'id', 'qa_id', "Bolehkah saya menikah selama kontrak?",
       "Boleh. Pernikahan adalah urusan pribadi Anda dan tidak mengubah "
       "kontrak kerja Anda.", ('female',)),
    _q('CTR-007', 'id', 'qa_id', "Apakah majikan boleh menyimpan gaji saya?",
       "Tidak. Gaji dibayar penuh kepada Anda setiap bulan, dan Anda sendiri "
       "yang menentukan berapa yang ditabung atau dikirim ke keluarga.",
       ('wage',)),
    _q('CTR-008', 'id', 'qa_id', "Bisakah saya pindah majikan?",
       "Bisa, sesuai aturan yang berlaku di {country_id}. Anda tidak "
       "memerlukan surat pelepasan dari majikan lama."),
    _c('CTR-001', 'id', 'rule_id',
       "Paspor dan kartu identitas disimpan sendiri oleh Pekerja di kamarnya.",
       ('household',)),
    _c('CTR-007', 'id', 'rule_id',
       "Gaji diterima sendiri oleh Pekerja setiap bulan dan dipakai sesuai "
       "keinginannya.", ('household', 'wage')),
]
