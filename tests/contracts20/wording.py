# -*- coding: utf-8 -*-
"""Compliant look-alike wordings for the English contracts of batch 20, per
register, written for this batch.  Each variant is used in at most two
contracts (checked by make_set.py).  Transcript turns use {A} {W} {I} for
the speakers of the contract."""

POOLS = {}

# ------------------------------------------------------------------ redline
POOLS['redline'] = {
    'CTR-001': [
        "Passport. [deleted: The Employer keeps the passport for safekeeping.] The Employee "
        "holds {+her or his+} own passport and residence card at all times. Comment [AB5]: "
        "client asked to keep passports - refused, not lawful.",
        "Identity papers. The Employer may ask for the passport only to renew the residence "
        "permit and gives it back within [deleted: two weeks] [inserted: two working days], "
        "against a receipt.",
    ],
    'CTR-002': [
        "Costs of recruitment. All recruitment costs, including [inserted: the agency's "
        "service fee,] visa, medical tests and airfare, are met by the Employer; ~~part of "
        "these may be recovered from salary~~ nothing is recovered from the salary.",
        "Fees. [deleted: The Employee pays a processing fee of one month's salary.] No fee "
        "or charge of any kind is collected from the Employee by the Agency or the Employer.",
    ],
    'CTR-003': [
        "Deposits. No deposit, bond, promissory note or guarantor is asked of the Employee "
        "{+or of the Employee's family+}. Comment [KT2]: removed old bond wording.",
        "Ending the contract. Either side may end the contract on one month's notice. "
        "[deleted: An Employee leaving in the first year repays the visa cost.] No sum is "
        "payable by the Employee for leaving.",
    ],
    'CTR-004': [
        "Free time. ~~The Employee stays at the residence on rest days.~~ {+On rest days and "
        "after working hours the Employee may go out and come back as she or he "
        "chooses.+}",
        "Telephone. The Employee keeps [inserted: and uses] a personal mobile phone; the "
        "Employer does not take or lock it away.",
    ],
    'CTR-005': [
        "Maternity. [deleted: Pregnancy ends the contract.] Pregnancy is not a reason for "
        "dismissal, and the maternity protection of the host country's law applies.",
        "Medical tests. Pre-employment checks cover fitness for the job only; {+no "
        "pregnancy test is done, and+} results are kept confidential.",
    ],
    'CTR-006': [
        "Family status. ~~The Employee shall remain single during the contract.~~ {+Getting "
        "married or having a partner has no effect on this contract.+}",
        "Private life. The Employee's marital status and relationships outside work are not "
        "grounds for any disciplinary step [inserted: or for dismissal].",
    ],
    'CTR-007': [
        "Pay method. Salary is transferred to an account in the Employee's name; the "
        "Employee alone holds the card and its PIN. [deleted: The Employer keeps the card.]",
        "Remittances. Money is sent home only on the Employee's written instruction, "
        "{+which the Employee may withdraw at any time+}.",
    ],
    'CTR-008': [
        "Mobility. The Employee may move to a new employer as the labour law of the host "
        "country allows, ~~only with this Employer's consent~~ {+without needing this "
        "Employer's consent+}.",
        "Release letter. After notice is given, the Employer issues the release or "
        "cancellation papers [deleted: at its discretion] [inserted: within five working "
        "days and free of charge].",
    ],
    'CTR-009': [
        "No bar on complaints. [deleted: Complaints outside the Agency are not allowed.] "
        "Nothing in this contract limits the Employee's right to go to the courts, the "
        "labour authority or the embassy.",
        "Associations. The Employee may join a workers' association or union {+of her or "
        "his choice+} and take part in its activities outside working hours.",
    ],
}

# ------------------------------------------------------------------- export
POOLS['export'] = {
    'CTR-001': [
        {'t': '=passport_custody: WKR; employer_may_hold: N', 'sec': 'DOCUMENTS'},
        {'t': '=passport_custody: WKR\n>4|permit_renewal_handling: EMP may borrow, returns '
              'within 2 working days, receipt issued', 'sec': 'DOCUMENTS'},
    ],
    'CTR-002': [
        {'t': '=worker_paid_fees_total: 0; all_recruitment_costs_payer: EMP', 'sec': 'PAY'},
        {'t': '=payroll_deductions_for_recruitment: NIL', 'sec': 'PAY'},
    ],
    'CTR-003': [
        {'t': '=deposit_required: N; bond_required: N; guarantor_required: N', 'sec': 'CONDUCT'},
        {'t': '=early_termination_charge_to_worker: 0', 'sec': 'CONDUCT'},
    ],
    'CTR-004': [
        {'t': '=free_movement_on_rest_days: TRUE; curfew: NIL', 'sec': 'CONDUCT'},
        {'t': '=mobile_phone_kept_by: WKR', 'sec': 'CONDUCT'},
    ],
    'CTR-005': [
        {'t': '=pregnancy_screening: NOT_REQUIRED', 'sec': 'MEDICAL'},
        {'t': '=pregnancy_ground_for_termination: N; maternity_protection: PER_HOST_LAW',
         'sec': 'MEDICAL'},
    ],
    'CTR-006': [
        {'t': '=marital_status_condition: NIL', 'sec': 'CONDUCT'},
        {'t': '=relationship_restrictions: N', 'sec': 'CONDUCT'},
    ],
    'CTR-007': [
        {'t': '=salary_payout: DIR; bank_card_holder: WKR', 'sec': 'PAY'},
        {'t': '=compulsory_savings: N; remittance_only_on_worker_instruction: Y', 'sec': 'PAY'},
    ],
    'CTR-008': [
        {'t': '=employer_change_allowed: TRUE; release_letter: ISSUED_ON_REQUEST',
         'sec': 'CONDUCT'},
        {'t': '=exit_permission_needed_from_employer: N', 'sec': 'CONDUCT'},
    ],
    'CTR-009': [
        {'t': '=external_complaints_allowed: Y; retaliation_for_complaint: PROHIBITED',
         'sec': 'GRIEVANCE'},
        {'t': '=union_membership_allowed: Y', 'sec': 'GRIEVANCE'},
    ],
}

# --------------------------------------------------------------- transcript
POOLS['transcript'] = {
    'CTR-001': [
        "{W}: Who holds my passport over there?\n{A}: You. Nobody else touches it. If "
        "someone asks for it, you say no and you call us.",
        "{I}: And the passport after arrival?\n{A}: The worker keeps it. The employer "
        "borrows it only for the visa stamping and it comes back within two days.",
    ],
    'CTR-002': [
        "{W}: How much do I pay the agency?\n{A}: Zero. Really zero. The employer paid the "
        "visa, the medical, the ticket. If anyone asks you for money, report it.",
        "{I}: Any salary deduction for the placement?\n{A}: None at all. Full salary from "
        "month one.",
    ],
    'CTR-003': [
        "{I}: Any deposit or guarantee from her family?\n{A}: No deposit, no guarantor, "
        "no promissory note. We stopped all that.",
        "{W}: If I want to go home early, do I pay something?\n{A}: No penalty. You give "
        "one month's notice, that's all, and you get your salary up to the last day.",
    ],
    'CTR-004': [
        "{W}: On my day off, can I go out?\n{A}: Of course. Your day off is yours -- go "
        "out, see friends, come back in the evening.",
        "{I}: Will she keep her phone?\n{A}: Yes, her own phone, all the time. Nobody "
        "takes it.",
    ],
    'CTR-005': [
        "{W}: Is there a pregnancy test?\n{A}: No, only the normal medical for the work. "
        "And if you become pregnant there, they cannot dismiss you for that.",
        "{I}: What if she gets pregnant during the contract?\n{A}: Then maternity leave "
        "under their law. It is not a reason to end the contract.",
    ],
    'CTR-006': [
        "{W}: Can I get married while I'm there?\n{A}: That's your own life. Married or "
        "single, the contract is the same.",
        "{I}: Any rule about boyfriends?\n{A}: No rule. Private life is private.",
    ],
    'CTR-007': [
        "{W}: Who keeps my ATM card?\n{A}: You keep it, and the PIN. Salary goes straight "
        "to you.",
        "{I}: Is any part of the salary kept back as savings?\n{A}: No, nothing is held. "
        "She gets the full amount every month.",
    ],
    'CTR-008': [
        "{W}: If the employer is bad, can I transfer?\n{A}: Yes, you can change employer "
        "under their law. You don't need the old employer to agree.",
        "{I}: And a release letter if he resigns?\n{A}: The company gives it after the "
        "notice, free.",
    ],
    'CTR-009': [
        "{W}: Can I go to the embassy if there's trouble?\n{A}: Yes, anytime. Embassy, "
        "labour office, police -- you don't need our permission.",
        "{I}: Can workers there join a union?\n{A}: If the law there allows it, yes. We "
        "don't stop them.",
    ],
}

# ------------------------------------------------------ code-switch (Taglish)
POOLS['codeswitch-PH'] = {
    'CTR-001': ["Passport: ikaw ang hahawak ng passport at residence card mo. Hindi ito "
                "pwedeng kunin o itago ng employer o ng agency."],
    'CTR-002': ["Placement fee: walang babayaran ang worker. Sagot ng employer lahat ng "
                "gastos sa visa, medical at ticket, at walang kaltas sa sahod."],
    'CTR-003': ["Deposit o bond: wala. Walang pipirmahang promissory note at hindi "
                "kailangan ng guarantor sa pamilya."],
    'CTR-004': ["Paglabas: sa day off mo, pwede kang lumabas ng bahay at bumalik sa gabi, "
                "hindi kailangan ng kasama. Sa iyo ang cellphone mo."],
    'CTR-005': ["Pagbubuntis: walang pregnancy test, at hindi dahilan ang pagbubuntis para "
                "tanggalin ka sa trabaho."],
    'CTR-006': ["Personal na buhay: may asawa ka man o wala, pareho ang contract mo. Hindi "
                "pakikialaman ng employer ang relasyon mo."],
    'CTR-007': ["Sahod at ATM: ikaw ang may hawak ng ATM card at PIN. Walang sapilitang "
                "ipon na itatago ng employer."],
    'CTR-008': ["Paglipat: pwede kang lumipat ng employer ayon sa batas doon, kahit hindi "
                "pumayag ang dati mong amo."],
    'CTR-009': ["Karapatan magreklamo: pwede kang pumunta sa labour office, sa pulis o sa "
                "Embassy anumang oras. Walang blacklist dahil dito."],
}

# ---------------------------------------------- code-switch (Indonesian-English)
POOLS['codeswitch-ID'] = {
    'CTR-001': ["Passport: passport dan ID card dipegang worker sendiri. Majikan atau "
                "agency tidak boleh simpan, kecuali pinjam sebentar untuk perpanjang visa, "
                "kembali hari itu juga."],
    'CTR-002': ["Biaya: zero cost untuk worker. Placement fee, visa dan tiket dibayar "
                "majikan, tidak ada potong gaji."],
    'CTR-003': ["Jaminan: tidak ada deposit, tidak ada surat hutang, tidak perlu penjamin "
                "dari keluarga."],
    'CTR-004': ["Day off: waktu libur bebas keluar rumah, ketemu teman, ke masjid atau "
                "gereja. HP tetap dipegang worker."],
    'CTR-005': ["Kehamilan: no pregnancy test. Kalau hamil, kontrak tidak diputus; "
                "perlindungan maternity sesuai hukum setempat berlaku."],
    'CTR-006': ["Status: married or single, kontrak sama saja. Majikan tidak urus "
                "kehidupan pribadi worker."],
    'CTR-007': ["ATM & tabungan: kartu ATM dan buku tabungan dipegang worker. Tidak ada "
                "forced saving dari majikan."],
    'CTR-008': ["Pindah majikan: worker boleh ganti majikan sesuai aturan negara tujuan, "
                "tidak perlu izin majikan lama."],
    'CTR-009': ["Lapor: worker bebas lapor ke Labour Department, police, KJRI atau NGO, "
                "kapan saja, tanpa takut di-blacklist."],
}

# ---------------------------------------------------------------- reference
POOLS['reference'] = {
    'CTR-001': [{'t': "The Employee's passport and permit are handled as in {ROW0}.",
                 'rows': [('C', "Passport and permit | held by the Employee; produced to the "
                           "Employer only for a renewal and returned within 2 working days")]}],
    'CTR-002': [{'t': '', 'rows': [('T3', "Recruitment fees or costs | nil; all borne by the "
                                    "Employer | -")]},
                {'t': "No recruitment fee or cost is charged to the Employee, whether directly "
                      "or through Table 3."}],
    'CTR-003': [{'t': "Either party may end this Contract by the notice in {ROW0}, with no "
                      "other payment by the Employee.",
                 'rows': [('D', "Notice of termination | one month, or one month's wages "
                           "instead")]},
                {'t': '', 'rows': [('D', "Deposit, bond or guarantor | none required")]}],
    'CTR-004': [{'t': '', 'rows': [('B', "Free time | the Employee may leave the premises "
                                   "freely after work and on days off")]},
                {'t': "The Employee keeps a personal phone; see {ROW0}.",
                 'rows': [('C', "Personal phone | kept and used by the Employee")]}],
    'CTR-005': [{'t': '', 'rows': [('D', "Pregnancy | not a ground for termination; "
                                   "maternity protection as under the law of the host country")]}],
    'CTR-006': [{'t': "Clause 5 does not regulate the Employee's marital status or private "
                      "life."}],
    'CTR-007': [{'t': '', 'rows': [('A', "Savings or retention of wages | none; the whole "
                                   "salary is paid to the Employee's own account")]},
                {'t': "The Employee alone holds the bank card for the account in {REF:pay}."}],
    'CTR-008': [{'t': '', 'rows': [('D', "Change of employer | allowed as the host country's "
                                   "law provides; the Employer's consent is not required")]},
                {'t': "A release letter is issued within five working days of the notice in "
                      "{ROW0}.",
                 'rows': [('D', "Notice by the Employee | one month")]}],
    'CTR-009': [{'t': "Nothing in Schedule D prevents the Employee from going to a court, the "
                      "labour authority, the embassy or a union."},
                {'t': '', 'rows': [('D', "Complaints outside the company | allowed, "
                                   "without any sanction")]}],
}
