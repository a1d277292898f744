# -*- coding: utf-8 -*-
"""Mandatory elements, ordinary clauses and substitutes for missing elements
(batch 6, written from scratch).  Same placeholders as variants.py plus
{WAGE} {CUR} {HRS} {T0} {T1} {BRK} {JOB} {TERM} {REST} {HK}."""

EL = {
    'wage': dict(
        en=[
            "{TE} shall pay {W} a monthly salary of {WAGE}, not later than the seventh day of the following month.",
            "Remuneration is {WAGE} per calendar month, payable in arrears by bank transfer.",
            "For every month of service {W} earns {WAGE}, paid on the last working day of that month.",
            "The basic wage is {WAGE} a month and is paid in {CUR} on or before the 5th day of each month.",
            "The salary of {W} is fixed at {WAGE} monthly, settled in cash against a signed pay slip.",
        ],
        short=["Pay: {WAGE} / month, paid by the 7th", "Salary {WAGE} monthly (paid end of month)"],
        id=[
            "{P} membayar gaji {K} sebesar {WAGE} per bulan, paling lambat tanggal 7 bulan berikutnya.",
            "Upah bulanan {K} ditetapkan sebesar {WAGE} dan dibayarkan melalui transfer bank.",
            "Gaji pokok sebesar {WAGE} setiap bulan dibayarkan pada hari kerja terakhir bulan berjalan.",
        ],
    ),
    'hours': dict(
        en=[
            "Normal hours of work are {HRS} hours a day, from {T0} to {T1}, with {BRK} for meals and rest.",
            "{TW} shall work not more than {HRS} hours in any day, between {T0} and {T1}, breaks of {BRK} included in that span but not counted as work.",
            "The working day consists of {HRS} hours of actual work, falling between {T0} and {T1}; the remaining {BRK} are rest breaks.",
            "Daily working time is limited to {HRS} hours ({T0} - {T1}, less {BRK} of breaks).",
        ],
        short=["Hours: {HRS} a day, {T0}-{T1} (breaks {BRK})"],
        id=[
            "Waktu kerja normal {K} adalah {HRS} jam sehari, mulai pukul {T0} sampai pukul {T1}, dengan waktu istirahat {BRK}.",
            "Jam kerja {K} tidak melebihi {HRS} jam per hari, antara pukul {T0} dan pukul {T1}, termasuk istirahat {BRK} yang tidak dihitung sebagai waktu kerja.",
        ],
    ),
    'rest': dict(
        en=[
            "{TW} is entitled to {REST} every week, of not less than twenty-four consecutive hours each.",
            "Each week {W} shall have {REST}, with full pay.",
            "{REST_CAP} of rest shall be given to {W} every week, on days agreed between the parties.",
            "After every period of work of one week, {W} shall enjoy {REST} free of all duties.",
        ],
        short=["Rest: {REST} every week (24 hrs, paid)"],
        id=[
            "{K} berhak atas {REST_ID} setiap minggu, masing-masing selama dua puluh empat jam berturut-turut.",
            "Setiap minggu {K} mendapat {REST_ID} dengan upah penuh.",
        ],
    ),
    'repat': dict(
        en=[
            "At the end of the contract, {E} shall provide {W} with an economy-class air ticket back to {ORIG} at the cost of {E}.",
            "Return travel of {W} to the point of hire in {ORIG} shall be paid for by {E}, however and whenever the employment ends.",
            "The cost of repatriating {W} to {ORIG} on completion or termination of this Contract shall be borne by {E}.",
            "{TE} bears the airfare home of {W} at the close of the term, together with the cost of transport to the airport.",
        ],
        short=["Ticket home at end: paid by employer"],
        id=[
            "Biaya pemulangan {K} ke Indonesia pada akhir masa kontrak ditanggung oleh {P}.",
            "{P} menyediakan tiket pesawat kepulangan {K} ke daerah asal atas biaya {P} sendiri.",
        ],
    ),
    'complaint': dict(
        en=[
            "Any grievance may be brought by {W} to {HOTLINE}, and {she} may also seek the help of {EMB}.",
            "Complaints may be made to {A}, to the labour attach\u00e9 at {EMB} or to {HOTLINE}, in the language of {W}.",
            "If a dispute cannot be resolved between the parties, {W} may refer it to {HOTLINE}.",
            "{TW} has been given the telephone numbers of {HOTLINE} and of {EMB}, to be used for any complaint.",
        ],
        short=["Problems? Call {HOTLINE} or contact {EMB}"],
        id=[
            "Apabila terjadi perselisihan, {K} dapat menyampaikan pengaduan kepada {KBRI} atau ke layanan pengaduan BP2MI.",
            "Pengaduan dapat disampaikan {K} kepada atase ketenagakerjaan {KBRI} atau kepada dinas tenaga kerja setempat.",
        ],
    ),
}

# substitutes used in CTR-010 contracts (state no element)
MISSING = {
    'wage': dict(
        en="Remuneration follows the pay scale of {E} for the position, as communicated to {W} on arrival.",
        id="Gaji {K} mengikuti skala upah yang berlaku pada {P} untuk jabatan tersebut.",
    ),
    'hours': dict(en=None, id=None),  # omitted
    'rest': dict(
        en="{TW} shall be entitled to fourteen (14) days of paid annual leave after each completed year of service.",
        id="{K} berhak atas cuti tahunan selama dua belas hari kerja setelah bekerja satu tahun.",
    ),
    'repat': dict(
        en="{TE} shall provide the air ticket of {W} from {ORIG} to {DEST} at the start of the employment.",
        id="{P} menyediakan tiket keberangkatan {K} dari Indonesia ke negara penempatan.",
    ),
    'complaint': dict(
        en="This Contract is governed by the laws of {DEST}.",
        id="Perjanjian ini tunduk pada hukum yang berlaku di negara penempatan.",
    ),
}

ORD = {
    'job': dict(
        en=["{TW} is engaged as {JOB} and shall work at the address of {E} in {DEST}.",
            "The position offered is that of {JOB}; the place of work is the premises of {E} in {DEST}.",
            "{TW} shall serve as {JOB} at the site designated by {E} in {DEST}."],
        id=["{K} dipekerjakan sebagai {JOB} dan bekerja di alamat {P} di negara penempatan.",
            "Jabatan {K} adalah {JOB}, dengan tempat kerja di kediaman atau lokasi usaha {P}."],
    ),
    'term': dict(
        en=["This Contract runs for {TERM} from the date on which {W} arrives in {DEST}.",
            "The period of employment is {TERM}, counted from arrival at the place of work.",
            "The engagement shall last {TERM} and may be renewed by mutual agreement in writing."],
        id=["Perjanjian ini berlaku selama {TERM_ID} sejak {K} tiba di negara penempatan.",
            "Jangka waktu perjanjian kerja adalah {TERM_ID} terhitung sejak tanggal kedatangan."],
    ),
    'leave': dict(
        en=["{TW} shall have paid annual leave of fifteen (15) days and all public holidays of {DEST}.",
            "Statutory holidays are paid days off, and annual leave is granted as provided by the law of {DEST}."],
        id=["{K} berhak atas cuti tahunan dengan upah dan libur pada hari raya resmi negara penempatan."],
    ),
    'lodging': dict(
        en=["Suitable accommodation with reasonable privacy, and three meals a day, are provided free of charge.",
            "{TE} provides a furnished room, bedding, drinking water and food, or a food allowance, at no cost to {W}.",
            "Board and lodging are free; the room has a door that can be locked from the inside."],
        id=["{P} menyediakan tempat tinggal yang layak dan makan tiga kali sehari tanpa biaya.",
            "Akomodasi dan makanan disediakan oleh {P} secara cuma-cuma."],
    ),
    'medical': dict(
        en=["Medical and dental treatment of {W}, including hospital care, is paid by {E}, and {W} is covered by accident and life insurance.",
            "Sick leave with pay is granted on a doctor's certificate, and the cost of treatment is met by {E}.",
            "{TE} shall insure {W} against work accidents and illness for the whole term of the contract."],
        id=["Biaya pengobatan dan perawatan rumah sakit {K} ditanggung oleh {P}, dan {K} diikutsertakan dalam program asuransi.",
            "{K} yang sakit berhak atas cuti sakit dengan upah berdasarkan surat keterangan dokter."],
    ),
    'cause': dict(
        en=["{TE} may end the employment without notice for serious misconduct, proved after {W} has been heard.",
            "Theft, violence or wilful damage established after a fair hearing is just cause for dismissal."],
        id=["{P} dapat mengakhiri perjanjian apabila {K} melakukan pelanggaran berat yang terbukti."],
    ),
    'remains': dict(
        en=["In the event of death, the remains and personal belongings of {W} shall be sent home at the expense of {E}."],
        id=["Apabila {K} meninggal dunia, jenazah dan barang pribadinya dipulangkan atas biaya {P}."],
    ),
    'cert': dict(
        en=["On leaving, {W} shall receive a certificate of employment stating the period and nature of the work."],
        id=["Pada akhir hubungan kerja {K} menerima surat keterangan kerja."],
    ),
    'law': dict(
        en=["This Contract is governed by the law of {DEST}, and the standard terms approved by the authorities of {ORIG} form part of it.",
            "The laws of {DEST} apply, without prejudice to any more favourable term of this Contract."],
        id=["Perjanjian ini tunduk pada hukum negara penempatan dan peraturan perundang-undangan Republik Indonesia."],
    ),
    'lang': dict(
        en=["A copy of this Contract in a language {W} understands was given to {herO} before {she} left {ORIG}."],
        id=["Perjanjian ini dibuat dalam bahasa Indonesia dan bahasa Inggris, dan salinannya diterima {K} sebelum keberangkatan."],
    ),
}
