# -*- coding: utf-8 -*-
"""Hand-written clause variants for batch 6 (K-*), written from scratch.

Per type: 'en' long abusive sentences, 'short' abusive items (SMS lines,
checklists), 'id' Indonesian abusive sentences, 'row' cost-table rows
(Item | Amount | Paid by).  The same keys prefixed 'ok_' are compliant
look-alikes.  A leading 'F:' marks a female-only variant.  '^^' marks where
the abusive sentence starts when it is not at the start of the variant.
Placeholders: {E}/{TE} employer, {W}/{TW} worker, {A}/{TA} agency,
{S}/{TS} supervisor, {she} {She} {her} (possessive) {herO} (object),
{FEE} {FEE2} origin-currency amounts, {SAVE} wage-currency amount,
{LEVY} wage-currency amount, {DEST} {ORIG} {EMB} {HOTLINE} {partner};
Indonesian {P} employer, {K} worker, {AG} agency, {BIAYA}, {KBRI}.
"""

V = {}

V['CTR-001'] = dict(
    en=[
        "It is a condition of employment that the passport of {W} be handed to {E} on arrival and kept in the strongbox of {E} until the last day of service.",
        "{TW} hereby surrenders {her} passport, residence card and work pass to {A}, which shall keep hold of them for the duration of the engagement.",
        "Travel documents shall be impounded by {S} upon the arrival of {W} at the worksite and released only on the day of {her} departure.",
        "{TE} will take charge of the identity papers of {W}, including the passport and the alien registration card, as a protection against absconding.",
        "In consideration of the accommodation provided, {W} undertakes to leave {her} passport in the custody of {E} throughout the contract period.",
        "Failure to hand over the passport to {E} within three days of arrival will result in a written warning to {W}.",
        "Passports are collected by {S} on the first working day and kept in the site office safe; {W} may look at {her} passport on request, in the presence of {S}.",
        "Confiscation of the passport and work permit by {E} for safekeeping shall not be regarded as a breach of this Contract.",
        "{TW} shall not keep {her} own passport or identity card while in the service of {E}.",
        "Holding of the travel documents of {W} by {A}, as security for the processing support extended to {herO}, is hereby agreed to.",
        "Copies of the passport are given to {W} on request; ^^the original passport, however, remains with {E} for the whole term.",
    ],
    short=[
        "Passport: kept by {E} until end of contract",
        "Hand over passport + ID card to {S} on arrival",
        "Work permit card held in employer's office safe",
    ],
    id=[
        "Paspor dan kartu izin tinggal {K} diserahkan kepada {P} setibanya di negara penempatan dan disimpan oleh {P} sampai kontrak selesai.",
        "Selama masa kerja, dokumen perjalanan {K} dipegang oleh {AG} sebagai jaminan.",
        "{K} wajib menitipkan paspor aslinya kepada mandor asrama dan tidak diperkenankan membawanya keluar.",
    ],
    ok_en=[
        "{TE} shall at no time confiscate, impound or otherwise keep hold of the passport, identity card or work permit of {W}.",
        "Where the renewal of the work permit requires it, {E} may take the passport for that purpose only and shall give it back to {W} within five (5) working days, against a signed receipt.",
        "{TW} shall keep {her} own passport and identity papers; a lockable drawer to which only {she} holds the key is provided in {her} room.",
        "Photocopies of the travel documents may be retained by {A} for its files, while the originals remain with {W} at all times.",
        "No document belonging to {W} shall be held back by {E}, {A} or {S}, even with the consent of {W} and even for safekeeping.",
        "It is not a condition of employment that {W} hand over any identity document to anyone.",
        "{TA} hereby acknowledges that it does not keep, and will not ask to keep, the passport of {W}.",
        "Should {W} choose to deposit valuables in the safe of {E}, {she} may withdraw them at any time without giving reasons; passports are not accepted for deposit.",
        "Taking charge of a worker's passport, even briefly and even at the worker's request, is forbidden to {S}.",
    ],
    ok_short=[
        "Passport: stays with {W} (never held by {E})",
        "Own ID card kept by worker",
        "Employer keeps only photocopies of passport",
    ],
    ok_id=[
        "Paspor, kartu identitas dan izin kerja {K} tetap berada dalam penguasaan {K} sendiri dan tidak boleh ditahan oleh {P} maupun {AG}.",
        "{P} hanya boleh menyimpan fotokopi paspor {K}, sedangkan paspor asli dipegang oleh {K}.",
        "Apabila paspor diperlukan untuk perpanjangan izin kerja, {P} wajib mengembalikannya kepada {K} paling lambat lima hari kerja setelah diterima.",
        "Penahanan dokumen pribadi {K} oleh siapa pun dilarang, walaupun dengan persetujuan {K}.",
    ],
)

V['CTR-002'] = dict(
    en=[
        "A processing support charge of {FEE} shall be recovered from the wages of {W} in six equal monthly instalments.",
        "{TW} shall bear the costs of {her} visa, medical examination, trade test and airfare to {DEST}.",
        "The placement fee of {FEE} is for the account of {W} and is payable to {A} before departure.",
        "It is agreed that {E} may set off against the first four months' salary the service charges of {A}, amounting to {FEE}.",
        "{TE} shall not be responsible for the costs of the work visa, the pre-departure orientation or the insurance premium of {W}.",
        "No fee is charged to {W} save for the training fee and the documentation fee, which {she} shall settle with {A} prior to deployment.",
        "Deductions of one-third of the monthly wage shall be made by {E} until the recruitment costs advanced on behalf of {W} have been charged back in full.",
        "In consideration of {her} placement, {W} undertakes to pay {A} a commission equal to one month's salary.",
        "Charging back of the medical fee and of the air ticket to {W} by salary deduction is authorised by {herO} by signing below.",
        "{TE} pays the visa fee; ^^the placement fee of {FEE}, however, is payable by {W} to {A} before departure.",
    ],
    short=[
        "Agency fee {FEE}: paid by worker (salary deduction, 5 months)",
        "Medical + visa: worker pays",
        "Service charge deducted from 1st & 2nd salary",
    ],
    row=[
        "Placement fee | {FEE} | {W} (deducted from salary)",
        "Visa and medical examination | {FEE2} | {W}",
    ],
    id=[
        "Biaya penempatan sebesar {BIAYA} dibebankan kepada {K} dan dipotong dari gaji selama tujuh bulan pertama.",
        "Biaya pelatihan, pemeriksaan kesehatan dan tiket pesawat ditanggung sendiri oleh {K}.",
        "{P} tidak menanggung biaya visa kerja dan asuransi {K}.",
    ],
    ok_en=[
        "All recruitment fees and related costs, including the visa, medical examination, training, documentation and airfare, are borne by {E} and shall never be deducted from wages.",
        "{TA} shall not charge {W} any fee or cost, directly or indirectly, in whole or in part.",
        "Should it be found that {W} has paid any sum to obtain this employment, {E} shall reimburse {herO} in full within thirty (30) days.",
        "The outbound air ticket of {W} to {DEST} is paid for by {E}.",
        "{TW} has paid nothing to {A} or to any sub-agent for {her} placement, and nothing shall be charged back to {herO} later.",
        "No deduction shall be made from the wages of {W} on account of recruitment, processing support or training.",
        "Fees of the pre-departure orientation are for the account of {A}, and none of them are payable by {W}.",
        "It is not a condition of employment that {W} pay any placement or service charge.",
    ],
    ok_short=[
        "Placement fee: NONE (employer pays all costs)",
        "Visa, medical, ticket: paid by employer",
        "No salary deduction for agency costs",
    ],
    ok_row=[
        "Placement / service fee | nil | {E}",
        "Work visa and levy | {LEVY} | {E}",
        "Medical examination | {FEE2} | {E}",
    ],
    ok_id=[
        "{K} dibebaskan dari seluruh biaya penempatan, dan biaya tersebut ditanggung oleh {P}.",
        "Gaji {K} tidak boleh dipotong untuk membayar biaya perekrutan dalam bentuk apa pun.",
        "Biaya visa, pemeriksaan kesehatan, pelatihan dan tiket keberangkatan dibayar oleh {P}.",
        "Apabila {K} ternyata telah membayar biaya penempatan, {AG} wajib mengembalikannya secara penuh.",
    ],
)

V['CTR-003'] = dict(
    en=[
        "A conduct bond of {FEE} shall be lodged by the family of {W} with {A} and will be forfeited if {she} leaves before the end of the term.",
        "{TW} hereby acknowledges a debt of {FEE} owed to {A} for {her} deployment and undertakes to repay it, with interest at two per cent a month, out of {her} wages.",
        "Failure to complete twenty-four months of service will result in {W} reimbursing {E} for all recruitment and travel costs incurred.",
        "Two months' wages shall be withheld as a security deposit and returned only on satisfactory completion of the contract.",
        "Before departure, {W} shall sign a promissory note in favour of {A} for {FEE}, to be garnished from {her} salary.",
        "A guarantor nominated by {W} shall answer to {A} for any balance outstanding should {she} abandon {her} employment.",
        "Resigning within the first year, {W} shall pay {E} liquidated damages equal to three months' wages.",
        "Should {W} abscond, a fine of {FEE2} shall be payable by {her} family to {A}.",
        "{TW} may not resign while any part of the loan extended to {herO} by {A} remains unpaid.",
        "The cost of a replacement worker shall be charged back to {W} if {she} terminates this Contract for any reason before its expiry.",
        "Either party may end this Contract on one month's notice; ^^where {W} does so within the first year, {she} shall refund to {E} the full cost of {her} recruitment.",
    ],
    short=[
        "Security deposit: 1 month salary, refunded at end",
        "Leave before 2 yrs = pay back ticket + agency fee",
        "Sign loan paper {FEE} before flight",
    ],
    row=[
        "Conduct bond (refundable at end of contract) | {FEE2} | {W}",
        "Deployment loan (2% monthly interest) | {FEE} | {W}",
    ],
    id=[
        "{K} wajib menyerahkan uang jaminan sebesar {BIAYA} kepada {AG} yang akan dikembalikan setelah kontrak berakhir.",
        "Apabila {K} mengundurkan diri sebelum masa kontrak berakhir, {K} wajib mengganti seluruh biaya penempatan dan membayar denda sebesar tiga bulan gaji.",
        "{K} menandatangani surat pengakuan utang sebesar {BIAYA} yang dilunasi melalui pemotongan gaji bulanan.",
    ],
    ok_en=[
        "No deposit, bond, guarantee or collateral is required from {W} or from {her} family.",
        "{TW} shall not be asked to sign a promissory note, a blank cheque or any acknowledgement of debt.",
        "Either party may end this Contract on one month's written notice, or at once by paying one month's wages instead of notice, without any other penalty.",
        "Wages earned up to the last day of service shall be paid in full, however and whenever the employment ends.",
        "{TA} does not lend money to workers and does not refer them to any money lender.",
        "Should {W} ask for an advance on {her} pay, {E} may grant it free of interest, and repayment shall not exceed one tenth of any month's wage.",
        "Resignation by {W} with reasonable notice shall not give rise to any fine, damages or claim for recruitment costs.",
        "It is not a condition of employment that anyone stand as guarantor for {W}.",
    ],
    ok_short=[
        "Deposit / bond: none",
        "Can resign with 1 month notice, no penalty",
        "No loan, no promissory note",
    ],
    ok_row=[
        "Security deposit / bond | nil | not applicable",
    ],
    ok_id=[
        "Tidak ada uang jaminan, denda atau surat utang yang dibebankan kepada {K} maupun keluarganya.",
        "{K} dapat mengundurkan diri dengan pemberitahuan tertulis tiga puluh hari sebelumnya tanpa dikenakan denda apa pun.",
        "Gaji yang telah menjadi hak {K} dibayar penuh pada saat hubungan kerja berakhir, apa pun alasannya.",
    ],
)

V['CTR-004'] = dict(
    en=[
        "{TW} shall remain within the household at all times and may leave it only in the company of a member of {E}.",
        "Going out on rest days is not permitted unless {E} gives prior written permission.",
        "The gate of the workers' quarters is locked by {S} from 8:00 p.m. to 6:00 a.m., and no worker may leave the compound during those hours.",
        "The mobile telephone of {W} shall be taken charge of by {E} during the working week and returned on Sunday evening for one hour.",
        "{TW} shall be on call twenty-four hours a day to attend to the needs of the household.",
        "The weekly rest day may be forfeited at the discretion of {E} whenever the household has guests, without compensation.",
        "Working hours are as the needs of {E} require, including nights, Sundays and public holidays.",
        "Visitors, including relatives and friends of {W}, are not allowed at the residence, and {she} shall not converse with other domestic workers in the neighbourhood.",
        "It is a condition of employment that {W} does not leave the dormitory after work except in the group transport arranged by {S}.",
        "Rest days will be given when convenient to {E}, and any rest day not given may be paid in lieu.",
        "{TW} is entitled to a weekly rest day; ^^that day shall, however, be spent inside the residence unless {E} directs otherwise.",
    ],
    short=[
        "Day off: only when employer allows",
        "No going out alone. Phone kept by madam, given back Sunday",
        "Curfew 9pm, gate locked till morning",
    ],
    id=[
        "{K} tidak diperbolehkan keluar rumah tanpa izin dari {P}, termasuk pada hari libur.",
        "Hari libur mingguan dapat ditiadakan apabila {P} membutuhkan tenaga {K} dan diganti dengan uang.",
        "Telepon genggam {K} disimpan oleh {P} dan hanya boleh digunakan pada hari Minggu.",
    ],
    ok_en=[
        "Outside working hours and on {her} rest days, {W} may leave the household freely and come back at a reasonable hour of {her} own choosing.",
        "{TW} keeps and uses {her} own mobile telephone, and {E} shall not take charge of it at any time.",
        "The security guard records entry to the dormitory but may not prevent any resident from going out.",
        "Work on a rest day is voluntary and, if {W} agrees to it, shall be paid at double the daily rate.",
        "Overtime beyond the normal hours shall be voluntary and paid at one and one-half times the hourly rate.",
        "{TW} shall have at least eight consecutive hours of rest every night, during which {she} shall not be called upon to work.",
        "{TW} may receive visits from relatives and friends on {her} rest day in the common room of the premises.",
        "Nothing in the house rules shall be read as confining {W} to the premises.",
    ],
    ok_short=[
        "Day off: free to go out (no permission needed)",
        "Own phone: yes, keep it",
        "Overtime: voluntary, paid 1.5x",
    ],
    ok_id=[
        "Pada hari libur, {K} bebas meninggalkan rumah tanpa perlu meminta izin dari {P}.",
        "{K} berhak memegang dan menggunakan telepon genggamnya sendiri.",
        "Kerja lembur bersifat sukarela dan dibayar sesuai ketentuan yang berlaku di negara penempatan.",
    ],
)

V['CTR-005'] = dict(
    en=[
        "F:A negative pregnancy test shall be produced by {W} before departure and every six months thereafter as a condition of continued employment.",
        "F:This Contract shall terminate forthwith upon {W} being found to be pregnant, and {she} shall be repatriated at {her} own cost.",
        "{TW} shall undergo HIV testing on arrival, and a positive result shall entitle {E} to end the employment without notice.",
        "F:It is a condition of employment that {W} use contraception throughout the term of the contract.",
        "F:In the event of pregnancy, the services of {W} will be dispensed with and the contract treated as ended.",
        "F:Periodic medical examinations, to include a pregnancy test and an HIV test, shall be undergone by {W} at intervals fixed by {E}, failing which {she} may be dismissed.",
        "F:Pregnancy shall be a ground for immediate dismissal.",
        "F:{TW} consents to screening for pregnancy every quarter at the clinic chosen by {A}.",
        "Any worker found to be HIV-positive at the annual check-up shall be sent home and {her} contract cancelled.",
        "F:Medical check-ups are paid by {E}; ^^they shall include a pregnancy test, and a positive result ends the employment.",
    ],
    short=[
        "F:Pregnancy test every 6 months (must be negative)",
        "F:If pregnant: contract ends, go home",
        "HIV test on arrival; positive = termination",
    ],
    id=[
        "F:{K} wajib menjalani tes kehamilan setiap tiga bulan dan hasilnya harus negatif.",
        "F:Apabila {K} hamil selama masa kontrak, perjanjian ini berakhir dengan sendirinya dan {K} dipulangkan.",
        "Hasil tes HIV yang positif menjadi alasan pemutusan hubungan kerja tanpa pesangon.",
    ],
    ok_en=[
        "F:Pregnancy shall not be a ground for dismissal, and maternity protection under the law of {DEST} applies to {W}.",
        "No pregnancy test and no HIV test shall be required of {W}, whether for hiring or for keeping the job.",
        "Medical examinations are limited to fitness for the work, require the informed consent of {W} and remain confidential.",
        "F:Should {W} become pregnant, {she} shall be entitled to maternity leave and {her} employment shall continue.",
        "The HIV status of {W} shall not be used as a reason to refuse, end or alter {her} employment.",
        "F:{TE} shall meet the cost of antenatal care should {W} become pregnant during the term.",
        "F:It is not a condition of employment that {W} undergo any test for pregnancy.",
        "Results of any medical examination shall be disclosed to {W} and to no one else without {her} written consent.",
    ],
    ok_short=[
        "F:Pregnancy: not a reason to terminate",
        "No HIV / pregnancy test needed",
        "F:Maternity leave as per law",
    ],
    ok_id=[
        "F:Kehamilan tidak dapat dijadikan alasan pemutusan hubungan kerja {K}.",
        "{K} tidak diwajibkan menjalani tes kehamilan maupun tes HIV.",
        "Hasil pemeriksaan kesehatan {K} bersifat rahasia dan hanya diberitahukan kepada {K}.",
    ],
)

V['CTR-006'] = dict(
    en=[
        "{TW} shall not marry during the term of this Contract.",
        "Having a {partner}, whether in {DEST} or at home, is a ground for summary dismissal.",
        "It is a condition of employment that {W} remain single until the contract ends.",
        "F:{TW} undertakes not to become pregnant at any time during the engagement.",
        "Any romantic relationship with a co-worker or with a local national shall result in the immediate repatriation of {W}.",
        "Marriage of {W} during the contract period shall automatically terminate this agreement.",
        "Failure to refrain from courtship or dating will result in the termination of the services of {W}.",
        "{TW} hereby waives {her} right to marry or to enter into any relationship for so long as {she} is employed by {E}.",
        "Admirers are not to be entertained, and {W} shall keep no friendship of a romantic nature.",
    ],
    short=[
        "No {partner}. No marriage during contract",
        "Married during contract = sent home",
        "No dating co-workers (dismissal)",
    ],
    id=[
        "{K} dilarang menikah selama masa perjanjian kerja.",
        "{K} tidak boleh menjalin hubungan pacaran dengan siapa pun selama bekerja pada {P}.",
        "Apabila {K} menikah selama masa kontrak, perjanjian ini dianggap berakhir.",
    ],
    ok_en=[
        "The marital status and private life of {W} are not grounds for dismissal.",
        "Should {W} marry during the term, this Contract continues unaffected.",
        "{TE} shall not question {W} about {her} relationships or family plans.",
        "Harassment at the workplace, by anyone, is forbidden; this rule does not regulate the private life of {W}.",
        "{TW} may receive {her} spouse or partner as a visitor on {her} rest day.",
        "It is not a condition of employment that {W} be or remain unmarried.",
        "Nothing in this Contract restricts whom {W} may befriend, date or marry.",
    ],
    ok_short=[
        "Marriage: allowed, contract continues",
        "Private life: worker's own business",
        "Marital status is no ground for dismissal",
    ],
    ok_id=[
        "Status perkawinan {K} tidak mempengaruhi perjanjian ini.",
        "{P} tidak berhak mencampuri kehidupan pribadi {K}, termasuk hubungannya dengan siapa pun.",
        "{K} yang menikah selama masa kontrak tetap bekerja dengan hak yang sama.",
    ],
)

V['CTR-007'] = dict(
    en=[
        "One half of the monthly wage shall be kept by {E} as welfare savings and paid to {W} when {she} finally departs from {DEST}.",
        "Salaries shall be held back by {E} and settled in one lump sum at the end of the contract.",
        "The bank card and PIN for the payroll account of {W} shall be kept by {A}, which will make remittances on {her} behalf.",
        "Wages are paid to {A}, which shall pay them over to {W} every three months.",
        "Seventy per cent of each salary shall be remitted by {E} directly to the family of {W} in {ORIG}.",
        "It is a condition of employment that the salary passbook of {W} be placed in the keeping of {S}.",
        "{TW} hereby authorises {E} to withhold {her} salary for safekeeping until {she} asks for it in writing, and in any event until the end of the term.",
        "Compulsory savings of {SAVE} a month shall be garnished from the wage and held by {E} until the contract expires.",
        "The ATM card issued for the wages of {W} shall be impounded by {S} and returned upon completion of service.",
        "Wages are paid on the last day of each month; ^^{W} shall, however, leave {her} savings with {E}, who will hand them over at the end of the term.",
    ],
    short=[
        "Salary: employer keeps it, pays in full when going home",
        "ATM card kept by agency",
        "50% salary sent to family direct by employer",
    ],
    id=[
        "Gaji {K} disimpan oleh {P} dan dibayarkan sekaligus pada saat kepulangan.",
        "Kartu ATM dan buku tabungan {K} dipegang oleh {AG} selama masa kontrak.",
        "Lima puluh persen dari gaji {K} ditahan oleh {P} sebagai tabungan wajib.",
    ],
    ok_en=[
        "Wages shall be paid at least once a month, directly to {W} or into a bank account that {she} alone controls.",
        "The bank card and PIN of {W} remain with {herO} alone, and {E} shall not keep hold of them.",
        "Remittances to {her} family shall be made only on the written and revocable instruction of {W}.",
        "A payslip showing the wage and every deduction shall be given to {W} each month.",
        "No part of the wage shall be withheld as savings, as security or for safekeeping.",
        "Savings, if any, are a matter for {W}, who may open an account at a bank of {her} choice.",
        "It is not a condition of employment that any portion of the salary be remitted home through {A}.",
    ],
    ok_short=[
        "Salary: monthly, into worker's own account",
        "ATM card + PIN: with worker only",
        "Payslip every month",
    ],
    ok_id=[
        "Gaji dibayarkan setiap bulan langsung kepada {K} atau ke rekening atas nama {K} sendiri.",
        "Kartu ATM dan nomor PIN tetap dipegang oleh {K}.",
        "Pengiriman uang kepada keluarga hanya dilakukan atas permintaan tertulis {K}.",
    ],
)

V['CTR-008'] = dict(
    en=[
        "{TW} shall not transfer to another employer during the term of this Contract.",
        "{TW} may not terminate this Contract before its expiry for any reason whatsoever.",
        "A release letter or no-objection certificate shall not be issued to {W} under any circumstances.",
        "Should {W} leave the workplace without permission, {E} shall report {herO} to the police as an absconder.",
        "Exit from {DEST} requires the prior consent of {E}, which may be refused while the contract is in force.",
        "{TW} hereby surrenders any right to change employer or sponsor until {she} has completed two full years.",
        "Termination of this Contract is reserved to {E}, and {W} shall have no right of resignation.",
        "Any request by {W} for a transfer of employer shall be treated as a breach of this Contract.",
        "It is a condition of employment that {W} will serve {E} and no other until the contract ends.",
        "{TE} may end this Contract on one month's notice; ^^{W}, for {her} part, shall have no right to end it before expiry.",
    ],
    short=[
        "Change employer: not allowed",
        "Cannot resign before 2 yrs",
        "No release paper (NOC) given",
    ],
    id=[
        "{K} tidak diperbolehkan pindah majikan selama masa kontrak.",
        "{K} tidak berhak mengakhiri perjanjian ini sebelum jangka waktunya berakhir.",
        "Surat pelepasan tidak akan diberikan kepada {K} dalam keadaan apa pun.",
    ],
    ok_en=[
        "{TW} may change employer under the mobility rules of {DEST} without needing the permission of {E}.",
        "This Contract may be ended by either party on thirty (30) days' written notice.",
        "{TE} shall issue a release letter to {W} within seven (7) days of the end of the employment.",
        "{TW} may leave {DEST} at any time, subject only to the immigration law.",
        "{TE} shall not report {W} to any authority as having absconded.",
        "Should {W} wish to transfer to another employer, {A} shall assist {herO} free of charge.",
        "{TW} may resign by giving one month's notice or by paying one month's wages in lieu.",
    ],
    ok_short=[
        "Resign: 1 month notice",
        "Transfer to new employer: allowed, agency helps free",
        "Release letter given within 7 days",
    ],
    ok_id=[
        "{K} dapat pindah ke pemberi kerja lain sesuai peraturan negara penempatan tanpa izin {P}.",
        "Perjanjian ini dapat diakhiri oleh {K} maupun oleh {P} dengan pemberitahuan tertulis satu bulan sebelumnya.",
        "{P} wajib memberikan surat pelepasan kepada {K} paling lambat tujuh hari setelah hubungan kerja berakhir.",
    ],
)

V['CTR-009'] = dict(
    en=[
        "{TW} shall not lodge any complaint with the labour department, the police or the embassy of {ORIG}.",
        "Complaining to any outside body shall be treated as gross misconduct warranting dismissal.",
        "{TW} hereby waives {her} right to bring any claim before a labour court or tribunal.",
        "Any approach by {W} to a trade union, a non-governmental organisation or the media will result in the termination of this Contract.",
        "It is a condition of employment that {W} does not join or form any union or workers' association.",
        "All disputes shall be decided by {A}, whose decision shall be final, and no appeal shall lie to any court or labour office.",
        "In consideration of the benefits herein, {W} undertakes not to contact {her} consulate concerning any matter arising under this Contract.",
        "Reporting {E} to the authorities, by {W} or by anyone acting for {herO}, shall lead to the forfeiture of {her} end-of-service benefits.",
        "Grievances shall be raised with {S} only and not with any government office.",
        "Disputes shall first be talked over between the parties; ^^in no case shall {W} take a dispute to the Ministry or to {her} embassy.",
    ],
    short=[
        "No complaints to embassy / police",
        "Joining union = termination",
        "Problems: tell foreman only, not outside",
    ],
    id=[
        "{K} dilarang mengadukan {P} kepada kepolisian, dinas tenaga kerja atau perwakilan Republik Indonesia.",
        "{K} melepaskan haknya untuk mengajukan gugatan ke pengadilan atas perselisihan yang timbul dari perjanjian ini.",
        "{K} tidak boleh menjadi anggota serikat pekerja atau organisasi apa pun selama masa kontrak.",
    ],
    ok_en=[
        "{TW} may complain to {HOTLINE} or to {EMB} without fear of dismissal or other retaliation.",
        "Nothing in this Contract limits the right of {W} to go to the courts or to the labour authorities.",
        "{TW} is free to join a union or a workers' association of {her} choice.",
        "The confidentiality rules of {E} do not prevent {W} from reporting abuse or unpaid wages to the authorities.",
        "Any term by which {W} would give up a right to complain is void.",
        "{TE} shall not dismiss, punish or report {W} because {she} has made a complaint.",
        "It is not a condition of employment that {W} refrain from contacting {her} embassy.",
    ],
    ok_short=[
        "Can complain to embassy / labour office, no penalty",
        "Union: free to join",
        "Complaint is not a reason to dismiss",
    ],
    ok_id=[
        "{K} berhak menyampaikan pengaduan kepada {KBRI} atau kepada instansi ketenagakerjaan setempat tanpa ancaman sanksi.",
        "{K} bebas menjadi anggota serikat pekerja.",
        "{P} dilarang memberhentikan {K} karena {K} telah mengajukan pengaduan.",
    ],
)

TYPES = sorted(V)
