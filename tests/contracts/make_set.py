#!/usr/bin/env python3
"""make_set.py — wrote the frozen evaluation set in tests/contracts/ ONCE.

Written before the patterns (rules/core/contracts.rules) were seen and never
tuned against them. Kept for provenance only: the texts and labels in texts/,
labels.csv and contracts.csv are the frozen set; do not regenerate them to fit
results. Clause variants are hand-written; this script only assembles them
into contracts (fixed seed) and records where each abusive clause starts."""
import csv, os, random

R = random.Random(20251201)
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- English
ABUSE_EN = {
"CTR-001": [
"On arrival the worker shall hand over her passport to the employer, who will keep it until the end of the contract.",
"The Employee's passport and residence permit (iqama) shall be retained by the Employer for safekeeping during the\nwhole period of employment.",
"Original travel documents are deposited with the Agency as security until the placement balance is fully paid.",
"To prevent absconding, the sponsor may hold the worker's passport and work permit.",
"THE EMPLOYER SHALL KEEP THE PASSPORT OF THE WORKER IN SAFE CUSTODY FOR THE DURATION OF THIS CONTRACT.",
"The worker agrees, voluntarily and for her own protection, to surrender her passport to the Employer upon arrival.",
"The company holds residence cards and work permits in safe custody; photocopies are given on request.",
"The worker shall not keep her passport or identity card while in the service of the Employer.",
"All identity documents of the worker, including her passport and national ID card, will be\nkept by the agency until the expiry of this agreement.",
"The worker\u2019s ATM card and PIN shall remain with the Employer, who manages her remittances.",
"Passports of domestic helpers are lodged with the recruitment office in the host country and\nreturned only at the airport on final exit.",
"The Employee undertakes to submit her passport to the Company, which shall retain it as a guarantee of\ncompletion of the contract.",
"Upon arrival the helper's passport will be taken into the custody of the employer.",
],
"CTR-002": [
"The worker shall bear the cost of the visa, the medical examination and the airfare to the place of work.",
"Four (4) months of salary will be withheld in equal parts to settle the Agency's placement charges.",
"Training and processing costs advanced by the agency shall be repaid from the worker's first wages.",
"The Employer may set recruitment expenses off against the salary and the end-of-service benefit.",
"A non-refundable service fee of USD 300 is payable by the worker upon signing this contract.",
"No fee is payable by the worker except the medical examination and pre-departure training costs.",
"The employer is not responsible for the visa and ticket costs of the worker.",
"A PLACEMENT FEE EQUIVALENT TO ONE MONTH'S SALARY SHALL BE DEDUCTED FROM THE FIRST SALARY OF THE WORKER.",
"The recruitment agency's commission shall be\ndeducted from the worker's monthly salary in six instalments.",
"Costs of documentation, medical tests and skills training are to be shouldered by the employee.",
"The worker shall reimburse the Employer for the recruitment costs paid to the Agency, by deduction from wages.",
"Deployment costs of SAR 2,000 shall be recovered from the Employee's salary over the first five months.",
"The processing fee charged by the local agency is for the account of the worker.",
],
"CTR-003": [
"The worker shall sign a promissory note for PHP 80,000, repayable by monthly deduction from her salary.",
"Two months' wages shall be held as a deposit and returned only when the contract is completed.",
"The worker's guarantor in the home country shall answer for any outstanding balance if she leaves before the end\nof the contract.",
"If the Employee terminates this contract before completing 24 months, she shall reimburse all recruitment costs incurred by the Employer.",
"Absconding shall result in the forfeiture of all unpaid salary and of the security deposit.",
"Resignation during the first year of service shall incur a penalty equal to three months' wages.",
"A worker who leaves for any reason before the end of the term shall pay for her replacement.",
"The worker may not resign while any part of the advance remains unpaid.",
"The agency arranges a loan for the worker with a partner lender, and the Employer shall remit the instalments from her salary.",
"IN CASE OF EARLY TERMINATION BY THE WORKER, LIQUIDATED DAMAGES OF SAR 5,000 SHALL BE PAYABLE TO THE EMPLOYER.",
"A training bond of USD 1,500 is payable by the employee should she leave the company within two years.",
"A cash bond of PHP 50,000 shall be lodged by the worker's family with the agency\nas a guarantee that she completes the contract.",
"Should the worker break the contract, she shall compensate the employer for all expenses of recruitment and travel.",
],
"CTR-004": [
"The worker may not leave the residence without the permission of the employer, including on rest days.",
"Mobile phones shall be surrendered to the employer and returned at the end of service.",
"Dormitory gates are locked from 8 pm and residents shall remain inside until morning.",
"The worker may go out only when accompanied by a member of the employer's family.",
"Contact with other domestic workers or visitors is not allowed.",
"The worker is on call day and night; rest days are given when convenient to the family.",
"The helper shall be available for work at any hour of the day or night.",
"Rest days are granted at the employer's discretion.",
"The worker works seven days a week and rest days are paid in lieu.",
"Working hours: as the household requires.",
"THE WORKER SHALL NOT GO OUT OF THE HOUSE UNLESS AUTHORISED BY THE SPONSOR.",
"The employee shall stay within the company compound at all times outside working\nhours and may leave only with a written pass.",
"There is no weekly day off during the first six months of the contract.",
],
"CTR-005": [
"The employer may terminate this contract immediately if the helper becomes pregnant.",
"Applicants must present a negative pregnancy test and repeat it every six months.",
"A positive HIV test result at any time shall lead to dismissal and repatriation at the worker's cost.",
"PREGNANCY SHALL BE A GROUND FOR IMMEDIATE TERMINATION OF THIS CONTRACT.",
"The worker shall undergo pregnancy and HIV screening every six months, and continued employment depends on\nnegative results.",
"Should the worker be found pregnant, this agreement is cancelled and she shall be sent home at her own expense.",
"Employment is conditional upon a medical certificate showing that the worker is not pregnant.",
"A pregnant employee will be dismissed without notice.",
"The worker agrees to an HIV test before deployment; a positive result voids this contract.",
"In the event of pregnancy, the contract shall be terminated\nand the worker repatriated.",
"Periodic pregnancy tests are mandatory and the Employer may end the employment if a test is positive.",
],
"CTR-006": [
"The worker shall remain unmarried and may not form any relationship during the contract.",
"Having a boyfriend justifies summary dismissal.",
"Any relationship with a local national leads to immediate repatriation.",
"Marriage during service terminates this agreement automatically.",
"The worker undertakes not to become pregnant during the contract period.",
"THE WORKER SHALL NOT MARRY DURING THE TERM OF THIS CONTRACT.",
"The employee is prohibited from entering into any romantic relationship or marriage while employed.",
"Dating, marriage or cohabitation during the contract period is forbidden and shall be cause\nfor termination.",
"The worker shall not get married or become pregnant during her employment.",
"The worker must stay single and without children for the duration of the contract.",
"Female workers are not allowed to have a boyfriend or husband in the host country.",
],
"CTR-007": [
"The salary shall be paid into an account opened by the agency, which keeps the bank card.",
"Wages are held by the employer and paid in one sum at the end of the contract.",
"80% of the monthly salary is sent by the employer directly to the worker's family.",
"The salary is remitted to the recruiting agent, who pays the worker net of its charges.",
"Half of each salary shall be retained as compulsory savings until departure.",
"THE EMPLOYER SHALL KEEP THE WORKER'S SALARY FOR SAFEKEEPING UNTIL SHE RETURNS HOME.",
"The worker's savings shall be deposited with the employer and released only on final exit.",
"The salary for the first three months shall be withheld by the employer and paid upon completion of the contract.",
"The Employer will hold the worker's bank card and withdraw her salary on her behalf.",
"Wages shall be paid to the worker's agency in the country of origin, which\nshall release them to the worker after her return.",
"The employee receives pocket money of SAR 200 per month and the balance of her wages is kept by the employer.",
],
"CTR-008": [
"The worker may not move to another employer without the sponsor's written release (NOC).",
"Leaving the workplace without permission will be reported to the authorities as absconding.",
"Exit from the country requires the prior consent of the sponsor.",
"The worker gives up any right to change employer during the contract.",
"The employee shall not transfer her sponsorship to another employer for the duration of this contract.",
"THE WORKER MAY NOT TERMINATE THIS CONTRACT BEFORE ITS EXPIRY.",
"The worker has no right to resign or to seek other employment during the contract period.",
"Transfer to a new employer is not permitted under any circumstances.",
"The domestic worker shall not work for any other person and may not change her employer\nwithout the approval of the first employer.",
"Only the employer may end this contract before its expiry; the worker may not.",
"An exit and re-entry visa will be issued only at the employer's discretion.",
],
"CTR-009": [
"All disputes shall be settled by the agency alone and its decision shall be final.",
"The worker waives any right to complain to government offices or to her embassy.",
"Complaining to outsiders is treated as serious misconduct.",
"The worker may not join any association or trade union.",
"THE WORKER SHALL NOT CONTACT THE EMBASSY, THE POLICE OR ANY GOVERNMENT AUTHORITY WITHOUT THE EMPLOYER'S CONSENT.",
"The employee agrees not to file any claim against the employer before the labour court or any other authority.",
"Any grievance must be raised only with the sponsor, and the worker renounces recourse to the labour office.",
"Membership of a union or workers' association shall be a ground for dismissal.",
"The worker shall not speak to the media, non-governmental organisations or her consulate about her employment.",
"By signing, the worker releases the agency from all claims and undertakes not to bring any complaint\nbefore the authorities of either country.",
"Complaints to the Migrant Workers Office are forbidden during the contract.",
],
}

LOOK_EN = {
"CTR-001": [
"The Employer shall not keep, hold or confiscate the worker's passport, identity card or work permit.",
"The worker shall keep her own passport and identity documents at all times.",
"The employer may handle the worker's passport only to renew the residence permit and shall return it within\nthree working days.",
"A lockable locker is provided in the worker's room; only the worker holds its key.",
"Under no circumstances may the Agency or the Employer retain the passport or travel documents of the worker.",
"THE WORKER'S PASSPORT REMAINS IN THE WORKER'S POSSESSION.",
"The worker keeps her own bank card and PIN; no one else may use them.",
"Neither the employer nor the agency shall ask the worker to surrender her passport, visa or iqama.",
],
"CTR-002": [
"All recruitment fees and related costs, including visa, medical examination, travel and documents, are paid by\nthe Employer and shall never be deducted from wages.",
"The agency shall not charge the worker any fee or cost, directly or indirectly.",
"Any recruitment fee the worker is found to have paid shall be reimbursed to her in full within 30 days.",
"No deduction shall be made from the wage except income tax and social security contributions required by law.",
"The Employer shall bear the cost of the visa, work permit, medical examination and airfare.",
"NO PLACEMENT FEE SHALL BE COLLECTED FROM THE WORKER.",
"The worker is not required to pay for training, medical tests or any document needed for her employment.",
],
"CTR-003": [
"No deposit, bond or guarantee shall be required from the worker or her family.",
"The agency does not refer workers to, or collect repayments for, any money lender.",
"Wages earned up to the last day of work shall be paid in full however the contract ends.",
"The worker may resign with reasonable notice without any financial penalty.",
"The worker shall not be required to sign any promissory note, loan agreement or guarantee.",
"If the worker ends the contract early, she shall not be asked to repay recruitment or travel costs.",
"No penalty or liquidated damages apply if the worker terminates this contract.",
],
"CTR-004": [
"Outside working hours and on rest days the worker may leave the household freely.",
"The worker keeps and uses her own mobile phone.",
"Guards record entry to the dormitory but may not stop residents from leaving.",
"Overtime is voluntary and shall be paid at 1.5 times the hourly rate.",
"The employer shall not lock the worker in the house or restrict her movement.",
"The worker may receive visitors and communicate freely with her family.",
"The worker shall not be required to work on her weekly rest day.",
],
"CTR-005": [
"Pregnancy shall not be a ground for dismissal; maternity protection under the applicable law applies.",
"Medical examinations are limited to fitness for the job, require the worker's informed consent and remain\nconfidential.",
"No pregnancy or HIV test is required to be hired or to keep the job.",
"A pregnant worker is entitled to maternity leave and may not be dismissed on account of her pregnancy.",
"The employer shall not require the worker to take a pregnancy test.",
],
"CTR-006": [
"Marital status and private life are not grounds for dismissal.",
"Marriage does not affect this contract.",
"The worker's private life, including marriage and relationships, is her own affair.",
"The employer shall not interfere with the worker's decision to marry or to have children.",
"Sexual harassment by any member of the household is prohibited and may be reported to the authorities.",
],
"CTR-007": [
"Wages shall be paid at least monthly to the worker or into an account that only she controls.",
"Transfers to the worker's family are made only on her written, revocable instruction.",
"A payslip itemising every deduction shall be given to the worker each pay period.",
"The employer shall not keep the worker's wages, savings or bank card.",
"The salary is paid directly into the worker's own bank account no later than the 5th day of each month.",
],
"CTR-008": [
"The worker may change employer under the host country's labour mobility rules without the current employer's\npermission.",
"The worker may leave the country at any time, subject only to immigration law.",
"The employer shall not report the worker as absconding when she leaves her employment.",
"The worker is free to end this contract and to seek another employer.",
"The employer shall issue an exit visa at the worker's request within seven days.",
],
"CTR-009": [
"Nothing in this contract limits the worker's access to the courts or to the labour authorities.",
"The worker is free to join a trade union or association of her choice.",
"The employer shall not punish the worker for making a complaint to any authority or to her embassy.",
"The worker shall not be asked to waive any right to file a complaint.",
],
}

def mand_en(wage, cur, hours="eight (8) hours per day", rest="one rest day of 24 consecutive hours every week",
            origin="Manila"):
    return {
        "wage": R.choice([
            f"The Employer shall pay the worker a monthly salary of {cur} {wage:,}, payable not later than the last day of each month.",
            f"Monthly salary: {cur} {wage:,}, paid in cash or by bank transfer at the end of each calendar month.",
            f"The basic monthly wage is {cur} {wage:,} and is paid on or before the last working day of the month.",
        ]),
        "hours": R.choice([
            f"Normal working hours shall not exceed {hours}.",
            f"The worker's normal hours of work are limited to {hours}, with meal breaks.",
        ]),
        "rest": R.choice([
            f"The worker is entitled to {rest}.",
            f"Weekly rest: {rest}.",
        ]).replace("Weekly rest: one rest day", "Weekly rest: one day").replace("Weekly rest: two rest days", "Weekly rest: two days"),
        "repat": R.choice([
            f"The Employer shall provide a free return air ticket to {origin} at the end of the contract or on its earlier termination.",
            f"Repatriation: the Employer bears the cost of the worker's return journey to {origin} however the contract ends.",
        ]),
        "complaint": R.choice([
            "The worker may complain to the Ministry of Human Resources hotline (19911) or to the Migrant Workers Office of\nthe Embassy of the Philippines without retaliation.",
            "Complaints may be lodged with the labour office of the host country, the Philippine consulate or the agency's\ngrievance officer, whose contact details are in Annex B.",
            "The worker may complain to the labour office, the hotline or her consulate without retaliation; contact details\nare in Annex B in her language.",
        ]),
    }

OTHER_EN = [
"The worker shall perform household duties at the Employer's residence in Riyadh.",
"This contract is valid for two (2) years from the date of the worker's arrival in the Kingdom of Saudi Arabia.",
"The Employer shall provide free, suitable and sanitary living quarters and adequate food, or a food allowance.",
"The worker is entitled to fifteen (15) days of paid leave for every year of service.",
"The Employer shall provide free medical and dental care, including emergency treatment.",
"The worker shall respect the customs and laws of the host country.",
"This contract is governed by the labour law of the Kingdom of Saudi Arabia.",
"The worker shall take proper care of the Employer's property.",
"The Employer shall insure the worker against accidents at work.",
"Any amendment to this contract must be in writing, approved by the labour attach\u00e9 and at least as favourable to\nthe worker.",
]

# ---------------------------------------------------------------- Indonesian
ABUSE_ID = {
"CTR-001": [
"Paspor Pekerja disimpan oleh Pengguna selama masa berlakunya perjanjian ini.",
"Setibanya di negara penempatan, Pekerja wajib menyerahkan paspor dan kartu identitasnya kepada Agensi untuk disimpan\nsampai kontrak berakhir.",
"PASPOR DAN IQAMA PEKERJA DITAHAN OLEH MAJIKAN SEBAGAI JAMINAN.",
"Pekerja tidak boleh memegang paspornya sendiri selama bekerja pada Pengguna.",
],
"CTR-002": [
"Biaya penempatan sebesar dua bulan gaji dipotong dari gaji Pekerja secara angsuran.",
"Pekerja menanggung biaya visa, pemeriksaan kesehatan dan tiket pesawat.",
"Biaya pelatihan dan pengurusan dokumen yang ditalangi oleh Perusahaan akan dibayar kembali dari gaji pertama Pekerja.",
"Tidak ada biaya yang dibebankan kepada Pekerja kecuali biaya pemeriksaan kesehatan dan pelatihan.",
],
"CTR-003": [
"Pekerja wajib menandatangani surat pengakuan utang sebesar Rp 15.000.000 yang dibayar melalui potongan gaji.",
"Apabila Pekerja mengundurkan diri sebelum masa kontrak berakhir, Pekerja wajib mengganti seluruh biaya perekrutan.",
"Pekerja yang melarikan diri kehilangan seluruh gaji yang belum dibayar dan uang jaminannya.",
"Keluarga Pekerja wajib menyerahkan uang jaminan sebesar Rp 5.000.000 kepada Perusahaan.",
],
"CTR-004": [
"Pekerja tidak boleh keluar rumah tanpa izin Pengguna, termasuk pada hari libur.",
"Telepon genggam Pekerja disimpan oleh Pengguna dan dikembalikan pada akhir kontrak.",
"Pekerja harus siap bekerja kapan saja, siang maupun malam.",
"Hari libur diberikan sesuai kebijakan Pengguna.",
],
"CTR-005": [
"Pengguna dapat memutuskan perjanjian ini apabila Pekerja hamil.",
"Pekerja wajib menjalani tes kehamilan setiap enam bulan sebagai syarat kelanjutan kerja.",
"Hasil tes HIV yang positif mengakibatkan pemutusan hubungan kerja dan pemulangan atas biaya Pekerja.",
],
"CTR-006": [
"Pekerja dilarang menikah selama masa kontrak.",
"Pekerja tidak boleh mempunyai pacar atau menjalin hubungan asmara selama bekerja.",
"Pernikahan selama masa kerja mengakibatkan berakhirnya perjanjian ini secara otomatis.",
],
"CTR-007": [
"Gaji Pekerja disimpan oleh Pengguna dan dibayarkan sekaligus pada akhir kontrak.",
"Kartu ATM dan PIN Pekerja dipegang oleh Agensi.",
"Separuh gaji setiap bulan ditahan sebagai tabungan wajib sampai Pekerja pulang.",
],
"CTR-008": [
"Pekerja tidak boleh pindah majikan tanpa surat pelepasan dari Pengguna.",
"Pekerja tidak berhak mengakhiri perjanjian ini sebelum masa kontrak selesai.",
"Pekerja yang meninggalkan rumah Pengguna tanpa izin akan dilaporkan kepada polisi sebagai kabur.",
],
"CTR-009": [
"Pekerja tidak boleh mengadu kepada KBRI, polisi atau instansi pemerintah.",
"Segala perselisihan diselesaikan oleh Agensi dan keputusannya bersifat final.",
"Pekerja melepaskan haknya untuk mengajukan pengaduan kepada pihak yang berwenang.",
],
}
LOOK_ID = {
"CTR-001": ["Pengguna dilarang menahan paspor, kartu identitas atau izin kerja Pekerja.",
            "Paspor dan dokumen perjalanan tetap dipegang oleh Pekerja sendiri.",
            "Pengguna hanya boleh meminjam paspor untuk perpanjangan izin tinggal dan wajib mengembalikannya dalam waktu\ntiga hari kerja."],
"CTR-002": ["Pekerja tidak dibebani biaya penempatan dalam bentuk apa pun.",
            "Seluruh biaya penempatan, termasuk visa, tiket dan pemeriksaan kesehatan, ditanggung oleh Pengguna dan tidak\nboleh dipotong dari gaji.",
            "Tidak ada potongan gaji selain pajak yang diwajibkan oleh undang-undang."],
"CTR-003": ["Pekerja dan keluarganya tidak diwajibkan memberikan uang jaminan, deposit atau agunan apa pun.",
            "Pekerja dapat mengundurkan diri dengan pemberitahuan satu bulan tanpa denda apa pun.",
            "Gaji yang telah diperoleh sampai hari terakhir bekerja dibayar penuh."],
"CTR-004": ["Di luar jam kerja dan pada hari libur, Pekerja bebas keluar rumah.",
            "Pekerja boleh memiliki dan menggunakan telepon genggamnya sendiri.",
            "Lembur bersifat sukarela dan dibayar sesuai ketentuan."],
"CTR-005": ["Kehamilan bukan alasan untuk pemutusan hubungan kerja.",
            "Tidak ada tes kehamilan atau tes HIV yang diwajibkan untuk diterima bekerja."],
"CTR-006": ["Status perkawinan dan kehidupan pribadi Pekerja bukan alasan pemutusan hubungan kerja.",
            "Pernikahan tidak mempengaruhi perjanjian ini."],
"CTR-007": ["Gaji dibayarkan setiap bulan langsung ke rekening bank atas nama Pekerja sendiri.",
            "Pengguna tidak boleh menyimpan gaji, tabungan atau kartu ATM Pekerja."],
"CTR-008": ["Pekerja boleh pindah majikan sesuai peraturan negara penempatan tanpa izin Pengguna.",
            "Masing-masing pihak dapat mengakhiri perjanjian ini dengan pemberitahuan tertulis satu bulan sebelumnya."],
"CTR-009": ["Tidak ada ketentuan dalam perjanjian ini yang membatasi hak Pekerja untuk menghubungi pihak yang berwenang.",
            "Pengguna tidak boleh menghukum Pekerja karena mengajukan pengaduan kepada KBRI atau instansi pemerintah."],
}

def mand_id(wage, cur, hours="delapan jam sehari", rest="satu hari libur selama 24 jam berturut-turut setiap minggu"):
    return {
        "wage": R.choice([f"Pengguna membayar gaji Pekerja sebesar {cur} {wage:,} per bulan, paling lambat pada hari terakhir setiap bulan.".replace(f"{wage:,}", f"{wage:,}".replace(",", ".")),
                          f"Gaji bulanan Pekerja adalah {cur} {wage:,} dan dibayarkan setiap akhir bulan.".replace(f"{wage:,}", f"{wage:,}".replace(",", "."))]),
        "hours": f"Jam kerja normal paling lama {hours}.",
        "rest": f"Pekerja berhak atas {rest}.",
        "repat": "Pengguna menanggung tiket pulang ke Indonesia pada akhir kontrak atau apabila kontrak berakhir lebih awal.",
        "complaint": R.choice(["Pekerja dapat mengadu kepada KBRI Riyadh, Atase Ketenagakerjaan atau hotline BP2MI tanpa\nmendapat pembalasan.",
                               "Pengaduan dapat disampaikan kepada kantor tenaga kerja setempat, KBRI atau Konsulat Jenderal RI."]),
    }
OTHER_ID = [
"Pekerja melaksanakan pekerjaan rumah tangga di kediaman Pengguna di Riyadh.",
"Perjanjian ini berlaku selama dua (2) tahun sejak tanggal kedatangan Pekerja di Arab Saudi.",
"Pengguna menyediakan tempat tinggal yang layak dan makanan yang cukup secara cuma-cuma.",
"Pekerja berhak atas cuti tahunan berbayar selama lima belas (15) hari.",
"Pengguna menanggung biaya pengobatan dan perawatan kesehatan Pekerja.",
"Pengguna wajib mengikutsertakan Pekerja dalam program asuransi kecelakaan kerja.",
]

# ---------------------------------------------------------------- assembly
def numberer(style):
    n = [0]
    def f(i, sec):
        if style == "dot": return f"{i}. "
        if style == "sub": return f"{sec}.{i} "
        if style == "paren": return f"({chr(96 + i)}) " if i <= 26 else f"({i}) "
        if style == "article": return f"Article {i}. "
        if style == "pasal": return f"Pasal {i}. "
        return ""
    return f

NAMES_EN = ["Maria Santos", "Josephine Reyes", "Ana Dela Cruz", "Rowena Bautista", "Liza Mendoza", "Gemma Villanueva",
            "Cristina Ramos", "Marites Garcia", "Evelyn Aquino", "Jocelyn Torres"]
NAMES_ID = ["Siti Aminah", "Dewi Lestari", "Nur Hasanah", "Sri Wahyuni", "Rina Marlina", "Yuliani"]
EMPLOYERS = ["Mr. Abdullah Al-Harbi", "Mrs. Noura Al-Qahtani", "Al-Faisal Household Services", "Mr. Khalid Al-Otaibi"]

def pop(pools, key, lang):
    lst = pools[(lang, key)]
    if not lst[1]:
        lst[1] = lst[0][:]
        R.shuffle(lst[1])
    return lst[1].pop()

def build(cid, lang, abuse, looks, missing, mand, caps=False):
    """Returns (text, [(rule, line)])."""
    if lang == "en":
        title = R.choice(["STANDARD EMPLOYMENT CONTRACT FOR DOMESTIC WORKERS", "EMPLOYMENT CONTRACT", "CONTRACT OF EMPLOYMENT \u2014 HOUSEHOLD SERVICE WORKER"])
        parties = [f"This contract is made between {R.choice(EMPLOYERS)} (the Employer) and {R.choice(NAMES_EN)} (the Worker),",
                   "through the licensed recruitment agency named below (the Agency)."]
        sign = ["Signed by the Employer: ____________", "Signed by the Worker: ____________"]
        style = R.choice(["dot", "sub", "paren", "article", "none", "dot"])
        others = OTHER_EN
    else:
        title = R.choice(["PERJANJIAN KERJA PEKERJA MIGRAN INDONESIA", "PERJANJIAN KERJA"])
        parties = [f"Perjanjian ini dibuat antara {R.choice(EMPLOYERS)} (Pengguna) dan {R.choice(NAMES_ID)} (Pekerja),",
                   "melalui perusahaan penempatan yang terdaftar (Perusahaan)."]
        sign = ["Tanda tangan Pengguna: ____________", "Tanda tangan Pekerja: ____________"]
        style = R.choice(["dot", "pasal", "paren", "none"])
        others = OTHER_ID
    body = []  # (text, rule or None)
    for k in ["wage", "hours", "rest", "repat", "complaint"]:
        if k not in missing:
            body.append((mand[k], None))
    for o in R.sample(others, R.randint(2, 4)):
        body.append((o, None))
    for rule, t in abuse:
        body.append((t, rule))
    for t in looks:
        body.append((t, None))
    head, tail = body[:2], body[2:]
    R.shuffle(tail)
    body = head + tail
    lines = [title, ""] + parties + [""]
    labels = []
    num = numberer(style)
    sec = R.randint(2, 9)
    for i, (t, rule) in enumerate(body, 1):
        tl = t.split("\n")
        tl[0] = num(i, sec) + tl[0]
        if rule:
            labels.append((rule, len(lines) + 1))
        lines.extend(tl)
    lines += [""] + sign
    if caps:
        lines = [l.upper() for l in lines]
    return "\n".join(lines) + "\n", labels

def main():
    pools = {}
    for lang, A, L in (("en", ABUSE_EN, LOOK_EN), ("id", ABUSE_ID, LOOK_ID)):
        for k, v in A.items(): pools[(lang, "A" + k)] = [v, []]
        for k, v in L.items(): pools[(lang, "L" + k)] = [v, []]
    rules = [f"CTR-00{i}" for i in range(1, 10)]
    rows, labels, rr = [], [], 0
    N_EN, N_ID = 132, 22
    plan = []
    # role per contract: 'abuse', 'clean', 'missing', 'pair-less', 'pair-eq'
    for i in range(N_EN + N_ID):
        lang = "en" if i < N_EN else "id"
        j = i if lang == "en" else i - N_EN
        n = N_EN if lang == "en" else N_ID
        if j % 11 == 3: role = "missing"
        elif j % 11 == 7: role = "pair-less" if (j // 11) % 2 == 0 else "pair-eq"
        elif j % 11 == 9 and lang == "en": role = "pair-less" if (j // 11) % 3 != 2 else "pair-eq"
        elif j % 4 == 1: role = "clean"
        else: role = "abuse"
        plan.append((lang, role))
    for idx, (lang, role) in enumerate(plan, 1):
        cid = f"E-{idx:03d}"
        cur, wage = R.choice([("SAR", 1500), ("USD", 400), ("SAR", 1600), ("SAR", 1800), ("USD", 450)])
        mk = mand_en if lang == "en" else mand_id
        abuse, looks, missing = [], [], []
        if role == "abuse":
            k = R.choice([1, 1, 2, 2, 3])
            for _ in range(k):
                rule = rules[rr % 9]; rr += 1
                if rule in [a[0] for a in abuse]: continue
                abuse.append((rule, pop(pools, "A" + rule, lang)))
        nl = {"abuse": R.choice([1, 1, 2]), "clean": R.choice([2, 3, 3]), "missing": 1}.get(role, R.choice([1, 2]))
        # a contract missing a mandatory element gets look-alikes that cannot
        # stand in for any mandatory element (documents, pregnancy, marriage, pay custody)
        lpool = ["CTR-001", "CTR-005", "CTR-006", "CTR-007"] if role == "missing" else rules
        for r in R.sample(lpool, nl):
            looks.append(pop(pools, "L" + r, lang))
        if role == "missing":
            missing = R.sample(["wage", "hours", "rest", "repat", "complaint"], R.choice([1, 1, 2]))
            if "wage" in missing:
                # no other money amounts in looks for a wage-less contract is not needed; keep as is
                pass
        caps = (lang == "en" and idx % 23 == 0)
        path = os.path.join(HERE, "texts", cid + ".txt")
        if role.startswith("pair"):
            if lang == "en":
                base = dict(hours="eight (8) hours per day", rest="one rest day of 24 consecutive hours every week")
            else:
                base = dict(hours="delapan jam sehari", rest="satu hari libur selama 24 jam berturut-turut setiap minggu")
            dest = dict(base); dwage = wage
            kind = ""
            if role == "pair-less":
                kind = R.choice(["wage", "hours", "rest", "wage"])
                if kind == "wage": dwage = wage - (300 if cur == "SAR" else 100)
                if kind == "hours": dest["hours"] = "twelve (12) hours per day" if lang == "en" else "dua belas jam sehari"
                if kind == "rest": dest["rest"] = "one rest day every month" if lang == "en" else "satu hari libur setiap bulan"
            else:
                kind = R.choice(["same", "same", "hours", "rest"])
                if kind == "hours": dest["hours"] = "seven (7) hours per day" if lang == "en" else "tujuh jam sehari"
                if kind == "rest": dest["rest"] = "two rest days every week" if lang == "en" else "dua hari libur setiap minggu"
            st = R.getstate()
            otext, _ = build(cid, lang, [], looks, [], mk(wage, cur, **base))
            R.setstate(st)
            dtext, _ = build(cid, lang, [], looks, [], mk(dwage, cur, **dest))
            open(os.path.join(HERE, "texts", cid + ".origin.txt"), "w", encoding="utf-8").write(otext)
            open(path, "w", encoding="utf-8").write(dtext)
            if role == "pair-less":
                labels.append((cid, lang, "CTR-011", ""))
            rows.append((cid, lang, wage, cur, role + ":" + kind))
            continue
        text, labs = build(cid, lang, abuse, looks, missing, mk(wage, cur), caps)
        open(path, "w", encoding="utf-8").write(text)
        for rule, line in labs:
            labels.append((cid, lang, rule, str(line)))
        if missing:
            labels.append((cid, lang, "CTR-010", ""))
        rows.append((cid, lang, wage, cur, role + (":" + "+".join(missing) if missing else "")))
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(["contract", "language", "rule", "line"])
        for l in sorted(labels, key=lambda x: (x[0], x[2], int(x[3] or 0))): w.writerow(l)
    with open(os.path.join(HERE, "contracts.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(["contract", "language", "wage", "currency"])
        for r in rows: w.writerow(r[:4])
    with open("/tmp/ra_eval_roles.txt", "w") as f:
        for r in rows: f.write(f"{r[0]} {r[1]} {r[4]}\n")

if __name__ == "__main__":
    main()
