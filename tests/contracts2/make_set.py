#!/usr/bin/env python3
"""make_set.py — wrote the frozen held-out evaluation batch tests/contracts2/ ONCE.

Second, held-out batch for the contract clause rules CTR-001..CTR-011. Written
by a helper session that did NOT open rules/core/contracts.rules,
fixtures/cases/CTR-* or engine/: it worked only from SPEC section 2, REFERENCE
sections 4-5 and the file format of tests/contracts/. The clause variants below
are new hand-written phrasings (not copied from tests/contracts/).

Kept for provenance only. The texts and labels are the frozen set; do not
re-run this to "fix" results. Labels are computed from the construction: every
abusive sentence is tagged with a marker while the text is assembled, and its
line is the line on which the marker ends up after numbering, wrapping and
hyphenation (the marker is then removed). No scanner output is used.

Placeholders in English variants: {W}/{Wc} worker term (lower/capitalised),
{E}/{Ec} employer, {A}/{Ac} agency, {she}/{Shec}/{her}/{her_o} pronouns
(she/her/her; he/his/him for construction workers), {dest}, {city}, {home},
{idcard}, {fee}, {fee2}, {php}.  A '§' marks where the abusive sentence starts
when it is not the first sentence of its clause."""
import csv, os, random, re

R = random.Random(20260217)
HERE = os.path.dirname(os.path.abspath(__file__))
MARK = "\ue000"

# =========================================================== English: abusive
ABUSE_EN = {
"CTR-001": [
"Upon arrival in {city}, {W} shall surrender {her} passport and entry permit to {E}, who will hold them until the contract expires.",
"{Wc}'s travel documents, including the passport and visa, are to be kept in the custody of {A} for the duration of employment.",
"For safekeeping, the passport of {W} will remain with {E} throughout the term of this agreement.",
"{Wc} agrees, voluntarily and at {her} own request, to lodge {her} passport and {idcard} with {E} during the period of service.",
"{Wc} is not permitted to keep {her} own passport while this contract is in force.",
"{Ec} may retain the original passport, work pass and identity card of {W} in order to prevent absconding.",
"The {idcard} of {W} is held by {E}, and a photocopy is issued to {W} upon request.",
"[C]On {her} first working day {W} must hand over {her} passport to the HR office of {E}; it will be given back on final exit.",
"Passports of all workers shall be deposited with {A} as a guarantee of faithful performance of this contract.",
"{Ec} provides a personal locker for {W}'s belongings. §However, the passport and work permit shall be kept by {E} in a safe until {W} departs.",
"{Ec} shall not be obliged to return the passport of {W} before the full contract period has been completed.",
"ALL IDENTITY DOCUMENTS OF THE WORKER SHALL BE HELD BY THE SPONSOR DURING EMPLOYMENT.",
"{Wc}'s passport will be taken into safe custody by {E} and will be returned only after {she} has completed the full two-year term of employment.",
],
"CTR-002": [
"{Wc} shall pay {A} a placement fee equivalent to two months' salary, to be deducted from {her} wages in monthly instalments.",
"An agency service charge of {fee} will be withheld from {W}'s first three salaries.",
"The costs of the medical examination, visa processing and air ticket shall be borne by {W}.",
"{Ec} is not responsible for the recruitment fee, training fee or document processing costs of {W}.",
"No fee shall be collected from {W} other than the pre-departure training fee and the medical fee, which {she} settles before departure.",
"Recruitment expenses advanced by {A} will be recovered through salary deductions of {fee2} per month until fully repaid.",
"{Wc} agrees to reimburse {E} for the visa and work permit charges, which may be set off against {her} salary.",
"The agency commission for this placement is payable by the worker and amounts to one month of basic wage.",
"Airfare to {city} and the work permit levy are for the worker's own account.",
"{Wc} must settle the processing and documentation fees of {A} in full before {her} visa is stamped.",
"Salary is paid in cash on the last day of the month. §An amount of {fee2} shall be netted off each month's salary for eight months as payment of the agency's placement charge.",
"THE WORKER SHALL SHOULDER ALL RECRUITMENT AND PLACEMENT COSTS INCURRED IN THE COUNTRY OF ORIGIN.",
"A deployment cost of {php}, covering training, documentation and the agency's service, is chargeable to {W} and may be paid from {her} salary.",
],
"CTR-003": [
"Before departure {W} shall sign a promissory note in favour of {A} for {php} covering {her} deployment costs.",
"If {W} terminates this contract within the first eighteen months, {she} shall refund all recruitment and travel costs paid by {E}.",
"A security deposit of {php} is payable by {W} to {A} and will be forfeited if {she} fails to complete the contract.",
"{Wc} must provide a guarantor in {home} who shall be liable for any loss caused by {her} early departure.",
"Should {W} abscond, all outstanding wages and benefits shall be forfeited to {E}.",
"{Wc} shall pay liquidated damages of three months' salary if {she} resigns before the end of the contract term.",
"{Ac} will arrange a loan for {W} with its partner finance company, and {E} shall remit the monthly repayments from {her} salary.",
"A worker who leaves before the expiry of this agreement is liable to pay the cost of recruiting a replacement.",
"{Wc} undertakes to repay the advance of {fee}, together with interest of three percent per month, through deductions from {her} pay.",
"In case of breach of contract by {W}, {she} will be fined {fee} and shall bear the cost of {her} own repatriation.",
"THE WORKER SHALL EXECUTE A TRAINING BOND OF {fee}, PAYABLE IN FULL IF {SHE} LEAVES THE EMPLOYER BEFORE TWO YEARS.",
"{Ec} may grant unpaid leave for family emergencies. §Any cash advance given to {W} on such an occasion is a debt repayable with a service charge of ten percent.",
"Early termination by {W} for any reason obliges {her_o} to compensate {E} for the visa, ticket and agency costs.",
],
"CTR-004": [
"[H]{Wc} shall not go out of the house without {E}'s permission, including on {her} rest day.",
"{Wc}'s mobile telephone shall be kept by {E} on working days and returned only on the weekly rest day.",
"[H]{Wc} is expected to be available for work at any time of the day or night as the household requires.",
"[C]The main gate of the workers' accommodation is locked at 9 pm and no worker may leave the camp before 5 am.",
"[H]{Wc} may leave the residence only in the company of a member of {E}'s family.",
"[H]Receiving visitors or speaking with other helpers in the neighbourhood is forbidden.",
"[H]The weekly rest day may be cancelled at {E}'s discretion whenever the family requires {W}'s services.",
"During the first six months {W} shall not be allowed outside the premises of {E}.",
"[P]Working hours are flexible and shall extend as far as the needs of the elderly patient demand, with no fixed limit.",
"[P]{Wc} shall remain on call throughout the night to attend to the patient whenever required.",
"[H]{Ec} shall provide {W} with a separate room with a window. §The door of this room may be locked from the outside at night.",
"[H]ON REST DAYS THE WORKER IS NOT ALLOWED TO LEAVE THE HOUSE UNLESS ACCOMPANIED BY THE EMPLOYER.",
"[C]Workers are confined to the project site and the company camp for the whole contract period, except for trips organised by the company.",
],
"CTR-005": [
"{Wc} shall undergo a pregnancy test every six months, and a positive result shall be a ground for immediate termination.",
"Should {W} become pregnant during the contract, this agreement shall be terminated and {she} shall be repatriated at {her} own expense.",
"A negative HIV test certificate must be presented before {W} can begin work and renewed every year as a condition of continued employment.",
"Pregnancy of the worker is a just cause for dismissal without notice.",
"{Ec} reserves the right to terminate the employment of {W} if {she} is found to be pregnant.",
"Continued employment is conditional upon {W} testing negative for pregnancy at each medical examination.",
"If the medical examination shows that {W} is HIV positive, the contract ends and {A} shall arrange {her} deportation.",
"The contract of {W} will be cancelled forthwith if {she} is confirmed to be expecting a child.",
"Applicants must submit a negative pregnancy test and agree to repeat it whenever the employer demands.",
"{Ec} shall bear the cost of the statutory medical examinations. §A positive pregnancy test at any of these examinations shall end the employment.",
"IN THE EVENT OF PREGNANCY THE CONTRACT SHALL BE TERMINATED WITHOUT COMPENSATION.",
],
"CTR-006": [
"{Wc} shall refrain from getting married until this contract has run its full course.",
"[H]Any romantic relationship between {W} and another person, whether inside or outside the household, is prohibited and shall result in dismissal.",
"{Wc} undertakes to remain single for the whole period of employment.",
"[H]Having a boyfriend is considered serious misconduct that justifies summary dismissal.",
"Should {W} contract marriage while in {dest}, this agreement shall automatically come to an end.",
"Relationships with local nationals or with other foreign workers are strictly forbidden and will lead to immediate repatriation.",
"{Wc} may not get married or engaged without the written approval of {E}.",
"{Ec} may terminate this contract without notice if {W} is found to be in a relationship.",
"[H]{Wc} shall respect the privacy of the household. §{Wc} is further prohibited from dating or entering into any intimate relationship while employed.",
"MARRIAGE OF THE WORKER DURING THE CONTRACT PERIOD IS NOT PERMITTED.",
"Entering into marriage is a ground for termination of this contract.",
],
"CTR-007": [
"The monthly salary shall be retained by {E} and paid to {W} in a lump sum at the end of the contract.",
"{Ac} opens the payroll account of {W} and holds on to the debit card and PIN until the placement ends.",
"Seventy percent of each month's salary shall be remitted by {E} directly to {W}'s family in {home}, and only the balance paid to {W}.",
"The salary is paid to {A}, which shall hand it over to {W} once every three months.",
"Half of the monthly wage is kept by {E} as compulsory savings and released only upon {W}'s final departure.",
"{Ec} will keep {W}'s bank book and debit card in order to manage {her} savings on {her} behalf.",
"Salaries for the first six months shall be held in trust by {E} and paid together with the seventh month's salary.",
"Wages shall be credited to an account under the control of the employer until the worker completes the contract.",
"Payment is made in local currency. §{Ec} shall keep {W}'s earnings in a safe and release money to {her_o} only when {she} asks for it for a specific purpose.",
"THE EMPLOYER SHALL HOLD THE WORKER'S SALARY UNTIL THE END OF EACH YEAR OF SERVICE.",
"{Ec} may withhold payment of wages for up to three months to ensure {W}'s good conduct.",
],
"CTR-008": [
"{Wc} may not transfer to another employer during the contract period without a release letter from {E}.",
"{Wc} waives any right to change sponsor while this contract is in force.",
"{Wc} shall not resign or terminate this contract before the end of the two-year term.",
"Departure from {dest} before the end of the contract requires the written consent of {E}.",
"[H]Any attempt by {W} to seek employment with another household will be reported to the immigration authorities as absconding.",
"A no-objection certificate from the sponsor is required for any change of employer, and the sponsor may refuse it without giving reasons.",
"{Wc} is bound to serve {E} for the full contract period and may not seek other work in {dest}.",
"{Ac} will not process any request for transfer to a new employer before {W} has completed twenty-four months of service.",
"This contract is valid for two years. §During this period {W} is not allowed to end the employment or move to another employer under any circumstances.",
"THE WORKER CANNOT CHANGE EMPLOYER OR LEAVE THE COUNTRY WITHOUT THE SPONSOR'S APPROVAL.",
"The right to bring this contract to an early end belongs to {E} alone.",
],
"CTR-009": [
"{Wc} shall not lodge any complaint against {E} with the labour office, the police or {her} embassy.",
"All disputes arising from this contract shall be settled exclusively by {A}, whose decision is final and binding, and {W} waives the right to refer them to any authority or court.",
"Membership of a trade union or workers' association is prohibited during the contract.",
"Contacting the media, non-governmental organisations or the consulate about conditions of work will be treated as gross misconduct.",
"{Wc} hereby waives all claims against {E} and {A} arising from this employment.",
"{Wc} agrees not to seek the assistance of the Migrant Workers Office in any dispute with {E}.",
"Grievances may only be raised with {E}, and {W} shall not take them to any outside party.",
"A worker who files a complaint with the authorities shall be considered to have abandoned {her} employment.",
"The parties shall try to resolve disagreements amicably. §{Wc} shall not, however, bring any claim before the Labour Tribunal or the courts.",
"THE WORKER SHALL NOT JOIN, FORM OR TAKE PART IN ANY UNION OR ASSOCIATION.",
"{Wc} shall not visit or telephone {her} consulate without the prior permission of {E}.",
],
}

# ====================================================== English: look-alikes
LOOK_EN = {
"CTR-001": [
"{Ec} has no right to seize or withhold the passport, identity card or work permit of {W}.",
"{Wc} keeps {her} passport and identity documents in {her} own possession at all times.",
"{Ec} may ask for the passport only to renew the work visa and must give it back to {W} within three working days.",
"Withholding the passport or identity documents of {W} is prohibited and constitutes a breach of this contract by {E}.",
"{Ec} may keep a photocopy of the passport; the original stays with {W}.",
"{Ec} shall provide a lockable cabinet in which {W} may store {her} own passport and papers.",
"Neither {E} nor {A} shall ask {W} to deposit {her} passport or any other document as security.",
"Under no circumstances will the travel or identity documents of {W} be retained by {E} or {A}.",
],
"CTR-002": [
"{Ac} is prohibited from collecting any placement, processing or service fee from {W}, whether directly or indirectly.",
"All costs of recruitment, including the visa, medical examination, insurance and air travel, are borne by {E} and shall never be deducted from {W}'s wages.",
"{Wc} shall not be charged any recruitment fee or related cost at any stage.",
"If {W} is found to have paid any recruitment fee, {A} shall refund the full amount within thirty days.",
"No part of the salary may be withheld to recover recruitment or placement costs.",
"{Ec} pays the service fee of {A}; {W} owes nothing to {A}.",
"{Ec} bears the cost of the work permit levy, which may not be passed on to {W}.",
"Deductions from wages that are not authorised by law are null and void.",
],
"CTR-003": [
"Neither {W} nor any relative of {W} shall be asked to put up a deposit, bond, guarantee or collateral.",
"{Wc} may end this contract by giving one month's notice, or one month's wages in lieu of notice, without any other penalty.",
"Whatever the cause of termination, {W} receives every wage earned up to and including the final day of work.",
"{Ac} does not arrange, broker or collect loans for workers.",
"Resignation by {W} shall not give rise to any fine, forfeiture or claim for recruitment costs.",
"No promissory note or other acknowledgment of debt shall be signed by {W} in connection with this placement.",
"{Ec} shall not lend money to {W} or demand any security for the performance of this contract.",
"{Wc} is not liable for the cost of a replacement if the contract ends early.",
],
"CTR-004": [
"[H]{Wc} is free to leave the household outside working hours and during {her} rest days.",
"{Wc} may keep and use {her} own mobile phone outside working hours.",
"[H]{Ec} shall neither lock {W} inside the home nor curtail {her} freedom to come and go.",
"Any work beyond normal hours is by agreement only and earns an overtime premium of fifty percent.",
"{Wc} shall have at least eight consecutive hours of uninterrupted rest every night.",
"[C]Security guards at the accommodation may record entry and exit but shall not prevent any worker from leaving.",
"{Wc} may receive visitors and contact family and friends during {her} free time.",
"Work on the rest day is voluntary; if {W} agrees to work, {she} shall be paid double the daily rate or given a substitute day within the same month.",
],
"CTR-005": [
"Pregnancy is not a valid reason to end this contract, and {W} is entitled to maternity protection under the laws of {dest}.",
"No pregnancy test or HIV test shall be required as a condition of recruitment or of continued employment.",
"Health checks may only assess fitness for the duties of {W}; they need {her} informed consent, and no result may be disclosed to third parties.",
"{Ec} shall not dismiss {W} because {she} is pregnant or on maternity leave.",
"A worker who becomes pregnant keeps her job and may not be repatriated for that reason.",
"The HIV status of {W} shall not be tested, recorded or used in any employment decision.",
"Termination on account of pregnancy is prohibited.",
],
"CTR-006": [
"Marital status, marriage or a relationship in private life shall not affect the employment of {W}.",
"{Ec} shall respect the private life of {W}, including {her} right to marry.",
"Getting married during the contract is not a ground for dismissal.",
"This contract does not restrict whom {W} may marry or befriend.",
"[H]Rules against harassment at the workplace apply to all members of the household and do not regulate the private relationships of {W}.",
"{Wc} may marry during the contract period, and {her} employment continues unchanged.",
],
"CTR-007": [
"Wages shall be paid directly to {W}, in full, not later than seven days after the end of each wage period.",
"Salary is credited to a bank account in {W}'s own name, and only {W} may keep the bank card and PIN.",
"{Ec} shall not keep, manage or control the wages, savings or bank documents of {W}.",
"Money is sent to {W}'s family only on {her} written instruction, which {she} may withdraw at any time.",
"A payslip showing the wage and any lawful deduction shall be given to {W} every month.",
"Compulsory savings schemes are not permitted under this contract.",
"No part of the wages may be held back, delayed or paid to any third party without the written consent of {W}.",
],
"CTR-008": [
"After the probation period {W} may move to a new employer without any penalty or release letter.",
"{Wc} is free to depart from {dest} whenever {she} wishes, subject only to immigration formalities.",
"Either party may terminate this agreement by giving one month's written notice.",
"{Ec} shall not report {W} as absconding in order to prevent {her_o} from changing employer.",
"Nothing in this contract prevents {W} from transferring to another employer in accordance with the labour law of {dest}.",
"On termination {E} shall promptly issue any release or clearance document needed for the new employment of {W}.",
],
"CTR-009": [
"{Wc} has the right to become a member of a trade union or workers' association.",
"Nothing in this contract limits the right of {W} to approach the courts, the labour authorities or {her} consulate.",
"{Ec} shall not retaliate against {W} for making a complaint.",
"No clause of this agreement may be read as a waiver of the claims or rights of {W} under the law.",
"Contacting the consulate, a hotline or a non-governmental organisation for help is not misconduct.",
"{Wc} is entitled to take part in lawful association activities in {her} own time.",
],
"CTR-011": [
"Any later agreement that lowers the wage or benefits of {W} is void.",
"If the version signed in {home} and the version registered in {dest} differ, the one more favourable to {W} applies.",
"No amendment may be made after signing unless it is written, approved by the labour authorities and no less favourable to {W}.",
],
}

# ========================================== English: mandatory elements, other
WAGE_EN = [
"{Ec} shall pay {W} a monthly salary of {money}.",
"Basic wage: {money} per month, payable not later than the seventh day of the following month.",
"The salary of {W} is fixed at {money} a month, paid by bank transfer.",
"{Wc} shall receive {money} for each calendar month of service.",
"{Wc} is entitled to a monthly wage of {money_words}.",
"The monthly pay is {money}, payable at the end of each month.",
]
WAGE_MISSING_EN = [
"The salary of {W} is set out in the schedule attached to this contract.",
"{Wc} shall be paid the wage agreed between the parties.",
]
HOURS_EN = [
"Daily working time shall be capped at {hw} hours.",
"{Wc} shall work {hw} hours per day, with a one-hour meal break that is not counted as working time.",
"Hours of work: {h} hours daily and {week} hours a week.",
"The ordinary working time of {W} is limited to {hw} hours in any day.",
"{Wc}'s normal hours of work are {hw} ({h}) hours per day.",
]
REST_EN = [
"In every week {W} shall enjoy a rest period of at least twenty-four uninterrupted hours.",
"{Wc} shall have one full day off each week, normally on {day}.",
"Weekly rest: one day in every period of seven days.",
"[H]{Wc} shall be granted a weekly day of rest, which {she} may spend outside the household.",
"Every {day} is the weekly rest day of {W}.",
]
REST2_EN = [  # more rest (pairs)
"{Wc} is entitled to two rest days every week, normally {twodays}.",
]
REPAT_EN = [
"{Ec} shall provide {W} with a one-way economy air ticket to {home} upon expiry or termination of this contract.",
"Return airfare to {home} at the end of the contract is paid by {E}.",
"{Ec} bears the full cost of repatriating {W} to {home}, whatever the reason for the end of the contract.",
"On completion of the contract {E} shall provide free return passage to {home}.",
"Repatriation: {E} shall pay for the return journey of {W} to {home}, including transport to the airport.",
]
REPAT_MISSING_EN = [
"{Ec} shall pay the air ticket of {W} from {home} to {city}.",
]
COMPLAINT_EN = [
"{Wc} may bring any complaint to {auth} or to {consul} without fear of retaliation.",
"Grievances may be reported to {auth}; {W} may also seek help from {consul}.",
"Complaints about this contract may be filed with {auth}.",
"Should a dispute arise, {W} may refer it to {auth} or to the labour attaché at {consul}.",
"To report a problem or make a complaint, {W} may call {hotline}.",
]
JOB_EN = [
"{Wc} is employed as a {job} at {E}'s residence in {city}.",
"Position: {job}. Place of work: {city}, {dest}.",
"{Wc} shall perform the duties of a {job}, as described in Schedule 1.",
"{Ec} engages {W} as a {job} in {city}, {dest}.",
]
JOB_SITE_EN = [
"{Ec} engages {W} as a {job} on its projects in and around {city}, {dest}.",
"Position: {job}. Place of work: construction sites of {E} in {city}.",
]
DUR_EN = [
"This contract runs for {dur}, counted from the day {W} arrives in {dest}.",
"The term of employment is {dur}, starting on the date of arrival.",
"Duration: {dur} from the date {W} starts work.",
]
OTHER_EN = {
"accom": [
"{Ec} shall provide free, suitable accommodation with reasonable privacy and three meals a day.",
"Free food and lodging shall be provided by {E}.",
"{Ec} shall provide free accommodation, including a bed, bedding and a separate room or space with privacy.",
],
"accom_site": [
"{Ec} shall provide free accommodation in the company camp, transport to the site and safe drinking water.",
],
"accom_hk": [
"{Ec} shall provide free accommodation and free food, or a food allowance of HK$1,236 a month if no food is provided.",
],
"leave": [
"After every twelve months of service {W} earns fifteen days of paid holiday.",
"Paid vacation leave: {leave} days per year, in addition to the statutory holidays.",
"{Wc} shall enjoy paid annual leave in accordance with the law of {dest}.",
],
"medical": [
"{Ec} shall cover the cost of medical and dental treatment of {W}.",
"Free medical care, including hospital treatment, is provided by {E}.",
"{Ec} shall meet all medical expenses of {W} during the contract.",
],
"insurance": [
"{Ec} shall insure {W} against accident and illness for the whole contract period.",
"{Ec} shall take out employees' compensation insurance covering {W}.",
],
"law": [
"This agreement is subject to {law}.",
"The laws of {dest} apply to this contract.",
],
"language": [
"This contract was explained to {W} in {her} own language and a copy was given to {her_o} before departure.",
"{Wc} received a copy of this contract in English and Filipino before leaving {home}.",
],
"probation": [
"The first three months of employment are a probationary period.",
],
}

# ======================================================= Indonesian: abusive
ABUSE_ID = {
"CTR-001": [
"Paspor dan kartu identitas {P} disimpan oleh {E} selama masa kontrak demi keamanan.",
"{P} wajib menyerahkan paspornya kepada {A} setibanya di {city}, dan paspor tersebut baru dikembalikan pada saat {P} pulang ke Indonesia.",
"{P} tidak diperkenankan memegang paspor dan izin kerjanya sendiri selama bekerja pada {E}.",
"Atas permintaannya sendiri, {P} menitipkan paspornya kepada {E} sampai perjanjian ini berakhir.",
],
"CTR-002": [
"{P} wajib membayar biaya penempatan sebesar {fee} yang dipotong dari gaji tujuh bulan pertama.",
"Biaya pelatihan, pemeriksaan kesehatan dan tiket keberangkatan ditanggung oleh {P}.",
"{E} tidak bertanggung jawab atas biaya visa dan biaya pengurusan dokumen {P}.",
"Tidak ada biaya yang dibebankan kepada {P}, kecuali biaya pelatihan dan biaya administrasi {A}.",
],
"CTR-003": [
"{P} menandatangani surat pengakuan utang sebesar Rp 25.000.000 kepada lembaga keuangan yang ditunjuk oleh {A}, dan cicilannya dipotong dari gaji setiap bulan.",
"Apabila {P} mengakhiri perjanjian ini sebelum dua tahun, {P} wajib mengganti seluruh biaya perekrutan dan membayar denda sebesar dua bulan gaji.",
"Keluarga {P} di Indonesia bertindak sebagai penjamin dan menanggung seluruh kerugian apabila {P} melarikan diri dari rumah {E}.",
"Sebelum berangkat, {P} menyetor uang jaminan sebesar Rp 5.000.000 kepada {A} yang akan hangus apabila {P} tidak menyelesaikan kontrak.",
],
"CTR-004": [
"{P} tidak boleh keluar rumah tanpa izin {E}, termasuk pada hari libur.",
"Telepon genggam {P} disimpan oleh {E} dan hanya boleh dipakai pada hari Minggu selama satu jam.",
"{P} harus siap bekerja kapan saja, siang maupun malam, sesuai kebutuhan keluarga {E}.",
"{P} dilarang menerima tamu atau berhubungan dengan pekerja rumah tangga lain di lingkungan tempat tinggal {E}.",
],
"CTR-005": [
"{P} wajib menjalani tes kehamilan setiap enam bulan, dan hasil positif mengakibatkan pemutusan hubungan kerja seketika.",
"Apabila {P} hamil selama masa kontrak, perjanjian ini berakhir dengan sendirinya dan {P} dipulangkan atas biaya sendiri.",
"Hasil tes HIV yang negatif merupakan syarat agar {P} tetap dipekerjakan.",
],
"CTR-006": [
"Selama masa kontrak {P} dilarang menikah atau menjalin hubungan asmara dengan siapa pun.",
"{P} yang kedapatan mempunyai pacar dapat diberhentikan tanpa pesangon.",
"Apabila {P} menikah selama bekerja, hubungan kerja dianggap putus dengan sendirinya.",
],
"CTR-007": [
"Seluruh gaji {P} ditahan oleh {E} dan baru diserahkan dalam satu kali pembayaran ketika kontrak selesai.",
"Kartu ATM dan nomor PIN rekening gaji {P} dipegang oleh {A} selama masa penempatan.",
"Lima puluh persen gaji {P} setiap bulan dikirim langsung oleh {E} kepada keluarga {P} di Indonesia, dan sisanya baru diberikan kepada {P}.",
],
"CTR-008": [
"{P} tidak dapat berpindah majikan selama masa kontrak tanpa surat pelepasan dari {E}.",
"{P} tidak berhak mengundurkan diri sebelum masa kontrak dua tahun berakhir.",
"{P} yang meninggalkan rumah {E} untuk bekerja pada majikan lain akan dilaporkan kepada pihak imigrasi sebagai pekerja kabur.",
],
"CTR-009": [
"{P} melepaskan haknya untuk mengadukan {E} kepada {consul_id} atau {auth_id}.",
"{P} dilarang menjadi anggota serikat pekerja atau organisasi apa pun selama berada di {dest_id}.",
"Segala perselisihan diselesaikan oleh {A} dan keputusannya bersifat final; {P} tidak boleh membawa perselisihan tersebut kepada instansi pemerintah mana pun.",
"Mengadu kepada pihak luar, termasuk media dan LSM, dianggap sebagai pelanggaran berat.",
],
}

LOOK_ID = {
"CTR-001": [
"{E} dilarang menyimpan atau menguasai dokumen perjalanan dan identitas {P}, termasuk paspor dan izin kerja.",
"Paspor tetap dipegang oleh {P} sendiri selama masa kontrak.",
"Paspor hanya dapat diserahkan kepada {E} untuk keperluan perpanjangan visa kerja dan harus sudah kembali ke tangan {P} paling lambat tiga hari kerja kemudian.",
],
"CTR-002": [
"{P} dibebaskan dari segala bentuk biaya penempatan.",
"Biaya visa, tiket pesawat, pemeriksaan kesehatan dan biaya penempatan lainnya menjadi tanggungan {E} dan tidak boleh dibebankan melalui pemotongan upah.",
"{A} dilarang membebankan biaya penempatan kepada {P}, baik secara langsung maupun melalui potongan gaji.",
],
"CTR-003": [
"{P} tidak diwajibkan menyerahkan uang jaminan, agunan atau penjamin dalam bentuk apa pun.",
"{P} berhak memutuskan hubungan kerja kapan pun dengan memberi tahu {E} secara tertulis satu bulan sebelumnya, tanpa sanksi atau denda apa pun.",
"{A} tidak memberikan, mengatur atau menagih pinjaman untuk {P}.",
],
"CTR-004": [
"Pada hari libur {P} bebas meninggalkan rumah dan kembali sesuai keinginannya.",
"{P} berhak menyimpan dan menggunakan telepon genggamnya sendiri di luar jam kerja.",
],
"CTR-005": [
"Kehamilan tidak boleh dijadikan alasan pemutusan hubungan kerja.",
"Tidak ada tes kehamilan atau tes HIV yang disyaratkan untuk penempatan maupun untuk kelanjutan hubungan kerja.",
],
"CTR-006": [
"Status perkawinan {P} tidak berpengaruh terhadap keberlangsungan hubungan kerja.",
"Kehidupan pribadi {P}, termasuk pernikahan, bukan alasan untuk memutuskan hubungan kerja.",
],
"CTR-007": [
"Gaji dibayarkan penuh ke rekening atas nama {P} yang hanya dikuasai oleh {P} sendiri.",
"{E} tidak boleh menyimpan kartu ATM, buku tabungan atau gaji {P}.",
],
"CTR-008": [
"{P} boleh berganti majikan sesuai peraturan {dest_id} tanpa memerlukan izin {E}.",
"{P} dapat meninggalkan {dest_id} kapan saja dengan tunduk hanya pada peraturan keimigrasian.",
],
"CTR-009": [
"{P} berhak bergabung dengan serikat pekerja atau organisasi pekerja migran.",
"Tidak ada ketentuan dalam perjanjian ini yang membatasi hak {P} untuk mengadu kepada {consul_id}, {auth_id} atau pengadilan.",
],
"CTR-011": [
"Apabila terdapat perbedaan antara perjanjian yang ditandatangani di Indonesia dan di {dest_id}, berlaku ketentuan yang lebih menguntungkan {P}.",
],
}

WAGE_ID = [
"{E} membayar gaji {P} sebesar {money} per bulan.",
"Gaji pokok {P} ditetapkan sebesar {money} setiap bulan dan dibayarkan paling lambat tanggal 7 bulan berikutnya.",
"Upah bulanan {P} adalah {money}, dibayar tunai atau melalui transfer ke rekening atas nama {P}.",
"{P} berhak menerima gaji sebesar {money} untuk setiap bulan kerja.",
]
WAGE_MISSING_ID = ["Besaran gaji {P} tercantum dalam lampiran yang merupakan bagian tidak terpisahkan dari perjanjian ini."]
HOURS_ID = [
"Dalam sehari {P} bekerja tidak lebih dari {h_id} jam.",
"{P} bekerja {h_id} jam per hari dengan waktu istirahat makan yang tidak dihitung sebagai jam kerja.",
"Waktu kerja biasa tidak melebihi {h_id} jam dalam sehari.",
]
REST_ID = [
"Dalam setiap minggu {P} memperoleh istirahat paling sedikit 24 jam tanpa terputus.",
"Setiap hari Minggu adalah hari libur mingguan {P}.",
"{P} mendapat satu hari istirahat mingguan yang dapat digunakan di luar rumah.",
]
REPAT_ID = [
"{E} menyediakan dan membayar tiket pesawat bagi {P} untuk kembali ke {home} ketika masa kontrak berakhir atau apabila perjanjian diakhiri sebelum waktunya.",
"Biaya pemulangan {P} ke {home} sepenuhnya ditanggung oleh {E}.",
"Setelah kontrak selesai, {E} menyediakan tiket kepulangan ke {home} secara cuma-cuma.",
]
REPAT_MISSING_ID = ["{E} menanggung tiket keberangkatan {P} dari {home} ke {city}."]
COMPLAINT_ID = [
"{P} dapat menyampaikan pengaduan kepada {auth_id} atau {consul_id} tanpa takut mendapat sanksi.",
"Apabila terjadi perselisihan, {P} berhak mengadu kepada {auth_id}, {consul_id} atau layanan pengaduan BP2MI.",
"Pengaduan dapat disampaikan oleh {P} melalui {hotline_id} atau langsung ke {consul_id}.",
]
JOB_ID = [
"{P} dipekerjakan sebagai {job_id} di rumah {E} di {city}.",
"Jabatan: {job_id}; tempat kerja: {city}, {dest_id}.",
"{E} mempekerjakan {P} sebagai {job_id} di {city}, {dest_id}.",
]
DUR_ID = [
"Perjanjian ini berlaku selama {dur_id} terhitung sejak {P} tiba di {dest_id}.",
"Jangka waktu perjanjian kerja adalah {dur_id} sejak tanggal kedatangan {P}.",
]
OTHER_ID = {
"accom": ["{E} menyediakan tempat tinggal yang layak dengan privasi yang cukup serta makan tiga kali sehari secara cuma-cuma.",
          "{E} menyediakan kamar tidur yang layak dan makanan yang cukup tanpa memungut biaya."],
"leave": ["{P} berhak atas cuti tahunan dengan upah penuh sesuai peraturan yang berlaku di {dest_id}.",
          "Setelah bekerja dua belas bulan, {P} berhak atas cuti tahunan berbayar selama {leave_id} hari."],
"medical": ["{E} menanggung biaya pengobatan dan perawatan rumah sakit {P} selama masa kontrak."],
"insurance": ["{E} mengasuransikan {P} terhadap kecelakaan kerja dan sakit."],
"law": ["Perjanjian ini tunduk pada hukum {law_id}."],
"language": ["Perjanjian ini dibuat dalam Bahasa Indonesia dan Bahasa Inggris dan telah dijelaskan kepada {P} sebelum keberangkatan."],
}

# ================================================================ settings
DEST = {
"HK": dict(name="Hong Kong", name_id="Hong Kong", cur="HKD", cities=["Hong Kong", "Sha Tin", "Kowloon Tong", "Tsuen Wan"],
           wages={"domestic": [4990, 5000, 5100, 5200], "care": [5100, 5200, 5300]},
           auth="the Labour Department", hotline="the Labour Department hotline 2717 1771",
           consul="the Philippine Consulate General in Hong Kong", law="the laws of the Hong Kong Special Administrative Region",
           auth_id="Departemen Tenaga Kerja Hong Kong (Labour Department)", consul_id="KJRI Hong Kong",
           hotline_id="hotline Labour Department 2717 1771", law_id="Daerah Administratif Khusus Hong Kong",
           idcard="Hong Kong identity card", day="Sunday", day2="Saturday",
           employers=["Mrs Chan Wai Ling", "Mr Lee Ka Ho", "Ms Wong Siu Fong", "Mr and Mrs Cheung Tak Wing"]),
"SG": dict(name="Singapore", name_id="Singapura", cur="SGD", cities=["Singapore"],
           wages={"domestic": [600, 650, 700, 750], "care": [700, 750, 800], "construction": [1000, 1100, 1200]},
           auth="the Ministry of Manpower", hotline="the Centre for Domestic Employees helpline 1800 225 5233",
           consul="the Philippine Embassy in Singapore", law="the laws of the Republic of Singapore",
           auth_id="Kementerian Tenaga Kerja Singapura (MOM)", consul_id="KBRI Singapura",
           hotline_id="saluran bantuan Centre for Domestic Employees 1800 225 5233", law_id="Republik Singapura",
           idcard="work permit card", day="Sunday", day2="Saturday",
           employers=["Mdm Tan Bee Hoon", "Mr Lim Wei Ming", "Mrs Priya Nair"],
           companies=["Lion City Builders Pte Ltd", "Jurong Structural Works Pte Ltd"]),
"MY": dict(name="Malaysia", name_id="Malaysia", cur="MYR", cities=["Kuala Lumpur", "Johor Bahru", "Penang", "Shah Alam"],
           wages={"domestic": [1500, 1700, 1800], "care": [1800, 2000], "construction": [1700, 1800, 2000]},
           auth="the Labour Department (Jabatan Tenaga Kerja)", hotline="the Labour Department complaint line 03-8886 5000",
           consul="the Philippine Embassy in Kuala Lumpur", law="the laws of Malaysia",
           auth_id="Jabatan Tenaga Kerja Malaysia", consul_id="KBRI Kuala Lumpur",
           hotline_id="layanan pengaduan Jabatan Tenaga Kerja 03-8886 5000", law_id="Malaysia",
           idcard="work permit card", day="Sunday", day2="Saturday",
           employers=["Encik Ahmad bin Ismail", "Puan Siti Rahmah binti Yusof", "Mr Tan Chee Keong"],
           companies=["Syarikat Binaan Maju Sdn Bhd", "Perkasa Jaya Construction Sdn Bhd"]),
"SA": dict(name="the Kingdom of Saudi Arabia", cur="SAR", cities=["Riyadh", "Jeddah", "Dammam"],
           wages={"domestic": [1500, 1600, 1800], "care": [1800, 2000], "construction": [1800, 2000, 2200]},
           auth="the Labour Office of the Ministry of Human Resources and Social Development",
           hotline="the Ministry of Human Resources hotline 19911", consul="the Migrant Workers Office in Riyadh",
           law="the laws of the Kingdom of Saudi Arabia", idcard="iqama", day="Friday", day2="Saturday",
           employers=["Mr Abdullah Al-Harbi", "Mrs Hessa Al-Otaibi", "Mr Saad Al-Dosari"],
           companies=["Al-Rawabi Contracting Company", "Najd Building and Roads Est"]),
"AE": dict(name="the United Arab Emirates", cur="AED", cities=["Dubai", "Abu Dhabi", "Sharjah"],
           wages={"domestic": [1500, 1600, 1800], "care": [1800, 2000], "construction": [1400, 1600]},
           auth="the Ministry of Human Resources and Emiratisation (MOHRE)", hotline="the MOHRE call centre 80084",
           consul="the Philippine Embassy in Abu Dhabi", law="the laws of the United Arab Emirates",
           idcard="Emirates ID card", day="Friday", day2="Saturday",
           employers=["Mr Khalid Al-Mansoori", "Mrs Aisha Al-Suwaidi"],
           companies=["Gulf Star Building LLC", "Emirates Steelfix Contracting LLC"]),
"QA": dict(name="the State of Qatar", name_id="Qatar", cur="QAR", cities=["Doha", "Al Wakrah", "Al Rayyan"],
           wages={"domestic": [1500, 1600], "care": [1800], "construction": [1200, 1400]},
           auth="the Ministry of Labour", hotline="the Ministry of Labour hotline 16008",
           consul="the Philippine Embassy in Doha", law="the laws of the State of Qatar",
           auth_id="Kementerian Tenaga Kerja Qatar", consul_id="KBRI Doha",
           hotline_id="hotline Kementerian Tenaga Kerja Qatar 16008", law_id="Negara Qatar",
           idcard="Qatar ID card", day="Friday", day2="Saturday",
           employers=["Mrs Maryam Al-Kuwari", "Mr Hamad Al-Marri"],
           companies=["Doha Precast WLL", "Al Wakrah Civil Works WLL"]),
"KW": dict(name="the State of Kuwait", cur="KWD", cities=["Kuwait City", "Salmiya", "Jahra"],
           wages={"domestic": [110, 120, 130], "care": [130, 150]},
           auth="the Public Authority for Manpower", hotline="the Domestic Labour Department hotline 1888988",
           consul="the Philippine Embassy in Kuwait", law="the laws of the State of Kuwait",
           idcard="civil ID card", day="Friday", day2="Saturday",
           employers=["Mr Fahad Al-Mutairi", "Mrs Latifa Al-Sabah"]),
}
CUR_FMT_EN = {"HKD": ["HK${a}", "HKD {a}", "HKD {a}.00"], "SGD": ["SGD {a}", "S${a}"], "MYR": ["RM {a}", "MYR {a}"],
              "SAR": ["SAR {a}", "{a} Saudi riyals (SAR {a})"], "AED": ["AED {a}", "AED {a}.00"],
              "QAR": ["QAR {a}", "{a} Qatari riyals (QAR {a})"], "KWD": ["KWD {a}", "KD {a}"]}
CUR_FMT_ID = {"HKD": ["HKD {a}", "HK${a}"], "SGD": ["SGD {a}", "S${a}"], "MYR": ["RM {a}", "MYR {a}"],
              "QAR": ["QAR {a}"]}
CUR_NAME = {"HKD": "Hong Kong dollars", "SGD": "Singapore dollars", "MYR": "ringgit", "SAR": "Saudi riyals",
            "AED": "UAE dirhams", "QAR": "Qatari riyals", "KWD": "Kuwaiti dinars"}
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
NUM_WORD = {7: "seven", 8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}
NUM_ID = {7: "tujuh", 8: "delapan", 9: "sembilan", 10: "sepuluh", 11: "sebelas", 12: "dua belas"}

def words(n):
    def below1000(n):
        out = []
        if n >= 100:
            out.append(ONES[n // 100] + " hundred"); n %= 100
            if n: out.append("and")
        if n >= 20:
            out.append(TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else ""))
        elif n:
            out.append(ONES[n])
        return " ".join(out)
    if n >= 1000:
        return (below1000(n // 1000) + " thousand" + (" " + below1000(n % 1000) if n % 1000 else "")).strip()
    return below1000(n)

def fmt_en(a):
    return "{:,}".format(a)

def fmt_id(a):
    return "{:,}".format(a).replace(",", ".")

NAMES_EN_F = ["Maricel Santos", "Jocelyn Reyes", "Analyn Bautista", "Rowena Garcia", "Lorna Villanueva", "Cristina Mendoza",
              "Rosalie Dizon", "Marites Aquino", "Jennifer Ramos", "Leah Castillo", "Evangeline Torres", "Girlie Navarro",
              "Rhodora Flores", "Melanie Cruz", "Imelda Pascual", "Nenita Ocampo", "Josie Manalastas", "Aileen Tolentino",
              "Marivic Soriano", "Charmaine Lacson", "Divina Gutierrez", "Rachelle Buenaventura"]
NAMES_EN_M = ["Ramon Dela Pena", "Eduardo Manalo", "Rodel Santiago", "Arnel Ferrer", "Joel Macaraeg", "Dennis Salazar",
              "Ronaldo Pangilinan", "Jerome Abad"]
NAMES_ID = ["Siti Aminah", "Sri Wahyuni", "Dewi Lestari", "Nur Hidayah", "Eka Rahmawati", "Tri Wulandari", "Kartini",
            "Sumiati", "Lilis Suryani", "Yuyun Yuliana", "Ani Rohmah", "Puji Astuti", "Rukmini", "Endang Sulastri"]
AGENCIES_EN = ["Bright Horizon Manpower Services", "Luzon Overseas Placement Inc", "Mabuhay Global Recruitment Agency",
               "Pacific Star Manpower Corporation", "Visayas International Placement Services"]
AGENCIES_ID = ["PT Sinar Harapan Mandiri", "PT Cahaya Abadi Tenaga Kerja", "PT Bina Karya Nusantara"]
HOME_EN = ["Manila", "Cebu", "Iloilo", "Davao", "Clark"]
HOME_ID = ["Jakarta", "Surabaya", "Semarang", "Kupang"]
JOBS = {"domestic": ["domestic helper", "household service worker", "domestic worker", "housemaid"],
        "care": ["caregiver", "elderly caregiver", "home care worker"],
        "construction": ["mason", "steel fixer", "carpenter", "construction worker", "scaffolder"]}
JOBS_ID = {"domestic": ["pekerja rumah tangga", "penata laksana rumah tangga"],
           "care": ["pengasuh lansia", "perawat orang tua"], "construction": ["pekerja bangunan"]}

TITLES_EN = ["EMPLOYMENT CONTRACT", "CONTRACT OF EMPLOYMENT", "STANDARD EMPLOYMENT CONTRACT FOR DOMESTIC HELPERS",
             "EMPLOYMENT AGREEMENT", "MASTER EMPLOYMENT CONTRACT", "CONTRACT FOR OVERSEAS EMPLOYMENT"]
TITLES_ID = ["PERJANJIAN KERJA", "PERJANJIAN KERJA PEKERJA MIGRAN INDONESIA", "PERJANJIAN KERJA ANTARA PENGGUNA DAN PEKERJA"]
HYPH = {"employer": "em-ployer", "employment": "em-ployment", "passport": "pass-port", "agreement": "agree-ment",
        "household": "house-hold", "recruitment": "recruit-ment", "termination": "termi-nation",
        "accommodation": "accom-modation", "repatriation": "repa-triation", "immigration": "immi-gration",
        "perjanjian": "perjan-jian", "pekerjaan": "peker-jaan", "placement": "place-ment", "contract": "con-tract",
        "salary": "sal-ary", "documents": "docu-ments", "permission": "permis-sion"}


def roman(n):
    vals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    s = ""
    for v, r in vals:
        while n >= v:
            s += r; n -= v
    return s


def numbering(style, i, sec):
    return {"dot": "%d. " % i, "sec": "%d.%d " % (sec, i), "paren": "(%s) " % "abcdefghijklmnopqrstuvwxyz"[i - 1],
            "article": "Article %d. " % i, "clause": "Clause %d: " % i, "roman": "%s. " % roman(i),
            "rparen": "%d) " % i, "none": "", "pasal": "Pasal %d. " % i, "pasal_colon": "Pasal %d: " % i,
            "huruf": "%s. " % "abcdefghijklmnopqrstuvwxyz"[i - 1]}[style]


class Pool:
    """Cycles through shuffled variants so each is used about equally often."""
    def __init__(self):
        self.state = {}

    def take(self, key, items, sector=None):
        ok = lambda t: sector_ok(t, sector)
        assert any(ok(t) for t in items), (key, sector)
        for _ in range(2):
            if key not in self.state or not any(ok(items[i]) for i in self.state[key]):
                lst = list(range(len(items))); R.shuffle(lst); self.state[key] = lst
            lst = self.state[key]
            for k, idx in enumerate(lst):
                if ok(items[idx]):
                    return strip_tag(items[lst.pop(k)])
        raise AssertionError(key)


def sector_ok(t, sector):
    """[C] construction only, [H] household (domestic or care), [P] care only."""
    if sector is None or not t.startswith("["):
        return True
    tag = t[1]
    return {"C": sector == "construction", "H": sector in ("domestic", "care"), "P": sector == "care"}[tag]


def strip_tag(t):
    return t[3:] if t[:1] == "[" and t[2:3] == "]" else t

POOL = Pool()


def fill(s, ctx):
    t = s.format(**ctx)
    for c in ("Singapore", "Singapura", "Hong Kong"):
        t = t.replace("%s, %s" % (c, c), c)
    return t


def cap1(s):
    return s[:1].upper() + s[1:] if s else s


def wrap(line, width, indent, hyphen):
    """Greedy wrap at spaces; optionally split one known word with a hyphen at line end."""
    words = line.split(" ")
    out, cur = [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if len(cand) <= width or not cur or re.match(r"\(?[0-9A-Za-z]{1,4}[.):]", w):
            # (never start a continuation line with something that looks like a clause number)
            cur = cand
            continue
        key = w.rstrip(".,;:").lower()
        if hyphen[0] and key in HYPH and w.rstrip(".,;:").isalpha() and w[:1].islower():
            a, b = HYPH[key].split("-")
            tail = w[len(a):]
            if len(cur + " " + a + "-") <= width + 4:
                out.append(cur + " " + a + "-")
                cur = indent + tail
                hyphen[0] -= 1
                continue
        out.append(cur)
        cur = indent + w
    out.append(cur)
    return "\n".join(out)


def make_ctx(lang, sector, dest, wage, home, job, dur, h, rest_day):
    d = DEST[dest]
    ctx = {"dest": d["name"], "city": R.choice(d["cities"]) if not (lang == "id" and dest == "SG") else "Singapura", "home": home, "job": job, "h": str(h),
           "hw": NUM_WORD[h], "week": str(h * 6), "day": d["day"],
           "twodays": "Friday and Saturday" if d["day"] == "Friday" else "Saturday and Sunday", "idcard": d["idcard"],
           "auth": d["auth"], "hotline": d["hotline"], "consul": d["consul"], "law": d["law"],
           "leave": R.choice(["fifteen", "twenty-one", "fourteen"])}
    if lang == "id":
        ctx.update(dest_id=d["name_id"], auth_id=d["auth_id"], consul_id=d["consul_id"],
                   hotline_id=d["hotline_id"], law_id=d["law_id"], h_id=str(h) if R.random() < .5 else NUM_ID[h],
                   job_id=job, dur_id=dur, leave_id=R.choice(["12", "14", "dua belas"]),
                   P=R.choice(["Pekerja", "Pekerja", "PMI"]), E=R.choice(["Pemberi Kerja", "Pengguna", "Majikan"]),
                   A=R.choice(["P3MI", "Agensi", "Perusahaan Penempatan"]))
        cur = d["cur"]
        ctx["money"] = R.choice(CUR_FMT_ID[cur]).format(a=fmt_id(wage))
        ctx["fee"] = "%s %s" % (cur, fmt_id(int(round(wage * 1.6, -2))))
    else:
        male = sector == "construction"
        W = R.choice(["the Worker", "the Employee", "the worker"] + (["the Helper", "the helper"] if sector == "domestic" else [])
                     + (["the Caregiver"] if sector == "care" else []))
        E = R.choice(["the Employer", "the employer", "the Company"] if sector == "construction" else
                     ["the Employer", "the employer"] + (["the Sponsor"] if dest in ("SA", "KW", "QA") else []))
        A = R.choice(["the Agency", "the agency", "the Recruitment Agency", "the Placement Agency"])
        cur = d["cur"]
        money = R.choice(CUR_FMT_EN[cur]).format(a=fmt_en(wage))
        ctx.update(W=W, Wc=cap1(W), E=E, Ec=cap1(E), A=A, Ac=cap1(A), dur=dur,
                   she="he" if male else "she", Shec="He" if male else "She", SHE="HE" if male else "SHE",
                   her="his" if male else "her", her_o="him" if male else "her",
                   money=money, money_words="%s %s (%s)" % (words(wage), CUR_NAME[cur], money),
                   fee="%s %s" % (cur, fmt_en(int(round(wage * 1.5, -1)))),
                   fee2="%s %s" % (cur, fmt_en(int(round(wage * 0.25, -1)))),
                   php="PHP %s" % fmt_en(R.choice([45000, 60000, 75000, 90000, 120000])))
    return ctx


def build(cid, lang, sector, dest, wage, abuse, looks, missing=(), overrides=None, caps=False, rng_state=None,
          style=None, layout=None):
    """Returns (text, [(rule, line)], meta). overrides: dict for pairs (hours, rest2, dur, job, wage)."""
    ov = overrides or {}
    home = R.choice(HOME_ID if lang == "id" else HOME_EN)
    d = DEST[dest]
    jobs = JOBS_ID[sector] if lang == "id" else JOBS[sector]
    job = ov.get("job", R.choice(jobs))
    if lang == "id":
        dur = ov.get("dur", R.choice(["dua (2) tahun", "24 (dua puluh empat) bulan", "dua tahun"]))
    else:
        dur = ov.get("dur", R.choice(["two (2) years", "twenty-four (24) months", "two years"]))
    h = ov.get("h", 8 if sector == "construction" else R.choice([8, 9, 10]))
    ctx = make_ctx(lang, sector, dest, ov.get("wage", wage), home, job, dur, h, None)
    if "ctx" in ov:
        ctx.update(ov["ctx"])
    # ---------------------------------------------------------------- clauses
    clauses = []   # (text, rule or None)
    L = lang == "id"
    jobpool = JOB_ID if L else (JOB_SITE_EN if sector == "construction" else JOB_EN)
    if ov.get("job_variant") is not None:
        clauses.append((jobpool[ov["job_variant"]], None))
    else:
        clauses.append((POOL.take("job" + lang + sector, jobpool), None))
    clauses.append((POOL.take("dur" + lang, DUR_ID if L else DUR_EN), None))
    body = []
    elems = {
        "wage": (WAGE_MISSING_ID if L else WAGE_MISSING_EN) if "wage" in missing else (WAGE_ID if L else WAGE_EN),
        "hours": HOURS_ID if L else HOURS_EN,
        "rest": REST_ID if L else REST_EN,
        "repat": (REPAT_MISSING_ID if L else REPAT_MISSING_EN) if "repat" in missing else (REPAT_ID if L else REPAT_EN),
        "complaint": COMPLAINT_ID if L else COMPLAINT_EN,
    }
    for k in ("wage", "hours", "rest", "repat", "complaint"):
        if k in missing and k not in ("wage", "repat"):
            continue
        if k == "wage" and "wage" in missing and R.random() < 0.4:
            continue   # omitted altogether
        if k == "repat" and "repat" in missing and R.random() < 0.4:
            continue
        pool = elems[k]
        if k == "hours" and ov.get("hours_variant") is not None:
            body.append((pool[ov["hours_variant"]], None)); continue
        if k == "wage" and ov.get("wage_variant") is not None and "wage" not in missing:
            body.append((pool[ov["wage_variant"]], None)); continue
        t = POOL.take(k + lang + str(k in missing), pool, sector)
        if k == "rest" and ov.get("rest2"):
            t = REST2_EN[0]
        body.append((t, None))
    other = OTHER_ID if L else OTHER_EN
    okeys = ["accom", "leave", "medical", "insurance", "language"]
    if not L and sector == "construction":
        okeys[0] = "accom_site"
    elif not L and dest == "HK" and R.random() < 0.5 and "wage" not in missing:
        okeys[0] = "accom_hk"
    if not L and R.random() < 0.3:
        okeys.append("probation")
    R.shuffle(okeys)
    chosen = okeys[:R.randint(3, len(okeys))]
    if ov.get("leave_variant") is not None and "leave" not in chosen:
        chosen.append("leave")
    for k in chosen:
        if k == "leave" and ov.get("leave_variant") is not None:
            body.append((other[k][ov["leave_variant"]], None)); continue
        body.append((POOL.take("o" + lang + k, other[k], sector), None))
    looksrc = LOOK_ID if L else LOOK_EN
    for r in looks:
        body.append((POOL.take("look" + lang + r, looksrc[r], sector), "LOOK"))
    abusrc = ABUSE_ID if L else ABUSE_EN
    for r in abuse:
        body.append((POOL.take("abuse" + lang + r, abusrc[r], sector), r))
    R.shuffle(body)
    clauses += body
    clauses.append((POOL.take("law" + lang, other["law"]), None))
    # ---------------------------------------------------------------- layout
    if style is None:
        style = R.choice(["pasal", "pasal_colon", "dot", "huruf", "paren", "none"] if L else
                         ["dot", "dot", "sec", "paren", "article", "clause", "roman", "rparen", "none", "none"])
    lay = layout or {}
    width = lay.get("width", R.choice([88, 96, 104, 112, 120]))
    indent = lay.get("indent", R.choice(["", "", "", "    "]))
    blank_between = lay.get("blank", R.random() < 0.25) and len(clauses) <= 16
    hyphen = [lay.get("hyphen", 1 if R.random() < 0.3 else 0)]
    curly = lay.get("curly", (not L) and R.random() < 0.35)
    sec = R.randint(2, 9)
    rules_in_order = []
    lines = []
    title = lay.get("title", R.choice(TITLES_ID if L else TITLES_EN))
    if not L and sector == "care" and R.random() < 0.5 and "title" not in lay:
        title = "EMPLOYMENT CONTRACT FOR CAREGIVERS"
    lines += [title, ""]
    if L:
        emp = R.choice(d["employers"]) if sector != "construction" else R.choice(d["companies"])
        name = R.choice(NAMES_ID)
        parties = ("Perjanjian ini dibuat pada tanggal %d %s 2024 antara %s (selanjutnya disebut %s) dan %s "
                   "(selanjutnya disebut %s), melalui %s.") % (
            R.randint(1, 28), R.choice(["Januari", "Februari", "Maret", "April", "Mei", "Juni"]), emp, ctx["E"], name,
            ctx["P"], R.choice(AGENCIES_ID))
    else:
        if sector == "construction":
            emp = R.choice(d["companies"]); name = R.choice(NAMES_EN_M)
        else:
            emp = R.choice(d["employers"]); name = R.choice(NAMES_EN_F)
        q1, q2 = ("\u201c", "\u201d") if curly else ('"', '"')
        def role(t):
            base = t[4:] if t.lower().startswith("the ") else t
            base = " ".join(x[:1].upper() + x[1:] for x in base.split())
            return "the %s%s%s" % (q1, base, q2) if R.random() < 0.5 else "the " + base
        parties = ("This contract is made on %d %s 2024 between %s, of %s (%s), and %s, a citizen of the Philippines "
                   "(%s), through %s (%s).") % (
            R.randint(1, 28), R.choice(["January", "February", "March", "April", "May", "June"]), emp, ctx["city"],
            role(ctx["E"]), name, role(ctx["W"]), R.choice(AGENCIES_EN), role(ctx["A"]))
    lines.append(wrap(parties, width, "", [0]))
    lines.append("")
    if style != "none" and R.random() < 0.4:
        lines.append("Para pihak sepakat sebagai berikut:" if L else R.choice(["The parties agree as follows:",
                                                                              "TERMS AND CONDITIONS", "IT IS AGREED:"]))
    for i, (t, tag) in enumerate(clauses, 1):
        t = fill(t, ctx)
        if not L and (caps or (tag in (None, "LOOK") and R.random() < 0.04)):
            t = t.upper()
        assert t.endswith("."), t
        num = numbering(style, i, sec)
        if caps:
            num = num.upper()
        if tag and tag.startswith("CTR"):
            if "§" in t:
                a, b = t.split("§")
                full = num + a + MARK + b
            else:
                full = MARK + num + t
            rules_in_order.append(tag)
        else:
            assert "§" not in t
            full = num + t
        lines.append(wrap(full, width, indent, hyphen))
        if blank_between:
            lines.append("")
    if not blank_between:
        lines.append("")
    if L:
        lines += ["Tanda tangan %s: ____________" % ctx["E"], "Tanda tangan %s: ____________" % ctx["P"]]
    else:
        lines += ["Signed by %s: ____________" % ctx["E"].replace("the ", "").capitalize(),
                  "Signed by %s: ____________" % ctx["W"].replace("the ", "").capitalize()]
    text = "\n".join(lines) + "\n"
    if caps:
        text = text.upper()
    if curly:
        text = text.replace("'", "\u2019")
    # ---------------------------------------------------------------- labels
    found = []
    while MARK in text:
        idx = text.index(MARK)
        found.append(text[:idx].count("\n") + 1)
        text = text[:idx] + text[idx + 1:]
    assert len(found) == len(rules_in_order)
    labs = list(zip(rules_in_order, found))
    nlines = text.count("\n")
    return text, labs, dict(lines=nlines, ctx=ctx, style=style)


# ================================================================ assembly
def plan():
    ids = ["F-%03d" % i for i in range(1, 101)]
    lang = {c: ("id" if int(c[2:]) % 5 == 0 else "en") for c in ids}
    en = [c for c in ids if lang[c] == "en"]
    idl = [c for c in ids if lang[c] == "id"]
    R.shuffle(en); R.shuffle(idl)
    roles = {}
    def assign(lst, spec):
        k = 0
        for role, n in spec:
            for c in lst[k:k + n]:
                roles[c] = role
            k += n
        assert k == len(lst)
    assign(en, [("pair_less", 5), ("pair_eq", 5), ("missing", 8), ("clean", 16), ("abuse", 46)])
    assign(idl, [("pair_less", 1), ("pair_eq", 1), ("missing", 2), ("clean", 4), ("abuse", 12)])
    return ids, lang, roles


def main():
    ids, lang, roles = plan()
    tdir = os.path.join(HERE, "texts")
    os.makedirs(tdir, exist_ok=True)
    rules9 = ["CTR-%03d" % i for i in range(1, 10)]
    count = {r: 0 for r in rules9}
    contracts, labels, comp = [], [], []
    # abusive-clause counts per contract: en 14x1 16x2 16x3, id 4/4/4
    ab_en = [c for c in ids if roles[c] == "abuse" and lang[c] == "en"]
    ab_id = [c for c in ids if roles[c] == "abuse" and lang[c] == "id"]
    nab = {}
    ks = [1] * 14 + [2] * 16 + [3] * 16; R.shuffle(ks)
    for c, k in zip(ab_en, ks): nab[c] = k
    ks = [1] * 4 + [2] * 4 + [3] * 4; R.shuffle(ks)
    for c, k in zip(ab_id, ks): nab[c] = k
    miss_en = [("wage",), ("hours",), ("rest",), ("repat",), ("complaint",), ("wage", "rest"), ("hours", "repat"),
               ("complaint", "rest")]
    miss_id = [("repat",), ("hours", "complaint")]
    pair_less_en = ["wage", "hours", "rest", "dur", "job"]
    pair_eq_en = ["identical", "hours_down", "rest_up", "reformat", "leave_up"]
    caps_en = set(R.sample([c for c in ab_en + [c for c in ids if roles[c] == "clean" and lang[c] == "en"]], 3))
    sectors_en = {"domestic": ["HK", "SG", "MY", "SA", "AE", "QA", "KW"], "care": ["HK", "SG", "AE", "SA", "KW"],
                  "construction": ["SA", "AE", "QA", "MY", "SG"]}
    sectors_id = {"domestic": ["HK", "SG", "MY", "QA"], "care": ["HK", "SG", "MY"]}
    for cid in ids:
        L = lang[cid]; role = roles[cid]
        if L == "en":
            sector = R.choices(["domestic", "care", "construction"], [55, 22, 23])[0]
            dest = R.choice(sectors_en[sector])
        else:
            sector = R.choices(["domestic", "care"], [75, 25])[0]
            dest = R.choice(sectors_id[sector])
        abuse, looks, missing = [], [], ()
        allowed = [r for r in rules9 if not (sector == "construction" and r == "CTR-005")]
        note = ""
        if role == "abuse":
            k = nab[cid]
            cand = sorted(allowed, key=lambda r: (count[r], R.random()))
            abuse = cand[:k]
            for r in abuse: count[r] += 1
            lk = [r for r in allowed if r not in abuse]
            looks = R.sample(lk, R.choice([2, 2, 3]))
            note = ",".join(abuse)
        elif role == "clean":
            looks = R.sample(allowed + ["CTR-011"], R.choice([3, 3, 4]))
        elif role == "missing":
            missing = (miss_en if L == "en" else miss_id).pop(0)
            safe = [r for r in ["CTR-001", "CTR-002", "CTR-003", "CTR-005", "CTR-006", "CTR-008"] if r in allowed]
            looks = R.sample(safe, 2)
            note = "missing " + "+".join(missing)
        else:
            looks = R.sample(allowed, 2)
        wage = R.choice(DEST[dest]["wages"][sector])
        if role in ("pair_less", "pair_eq"):
            if role == "pair_less":
                kind = pair_less_en.pop(0) if L == "en" else "job_farm"
            else:
                kind = pair_eq_en.pop(0) if L == "en" else "identical"
            note = kind
            # the same random draws for both versions: snapshot RNG, build origin, restore, build destination
            ov_o, ov_d = {}, {}
            lay = {"width": R.choice([96, 104, 112]), "indent": "", "blank": False, "hyphen": 0, "curly": False,
                   "title": R.choice(TITLES_ID if L else ["EMPLOYMENT CONTRACT", "CONTRACT OF EMPLOYMENT"])}
            lay_d = dict(lay)
            style_o = R.choice(["pasal", "dot"] if L == "id" else ["dot", "article", "sec"])
            style_d = style_o
            if kind == "wage":
                if dest == "HK":
                    wage = 5200
                ov_d["wage"] = wage - {"HKD": 210, "SGD": 100, "MYR": 200, "SAR": 300, "AED": 300, "QAR": 300,
                                       "KWD": 20}[DEST[dest]["cur"]]
            elif kind == "hours":
                ov_o["h"] = 8; ov_d["h"] = 11; ov_o["hours_variant"] = ov_d["hours_variant"] = 4
            elif kind == "rest":
                ov_o["rest2"] = True
            elif kind == "dur":
                ov_o["dur"] = "two (2) years"; ov_d["dur"] = "three (3) years"
            elif kind == "job":
                sector = "care"; dest = "SG"; wage = 750
                ov_o["job_variant"] = ov_d["job_variant"] = 0
                ov_o["job"] = "caregiver for an elderly person"
                ov_d["job"] = "domestic worker for general household chores"
            elif kind == "job_farm":
                sector = "care"; dest = "MY"; wage = 1800
                ov_o["job_variant"] = ov_d["job_variant"] = 1
                ov_o["job"] = "pengasuh lansia"; ov_d["job"] = "pekerja kebun kelapa sawit"
            elif kind == "hours_down":
                ov_o["h"] = 10; ov_d["h"] = 9; ov_o["hours_variant"] = ov_d["hours_variant"] = 4
            elif kind == "rest_up":
                ov_d["rest2"] = True
            elif kind == "reformat":
                dest = "HK"; sector = "domestic"; wage = 4990
                ov_o["wage_variant"] = 0; ov_d["wage_variant"] = 4
                style_d = "roman"; lay_d["width"] = 88; lay_d["blank"] = True
            elif kind == "leave_up":
                ov_o["ctx"] = {"leave": "fifteen"}; ov_d["ctx"] = {"leave": "twenty-one"}
                ov_o["leave_variant"] = ov_d["leave_variant"] = 1
            if kind in ("job", "job_farm", "reformat", "wage") and looks:
                allowed = [r for r in rules9 if not (sector == "construction" and r == "CTR-005")]
                looks = [r for r in looks if r in allowed] or ["CTR-001", "CTR-009"]
            for o in (ov_o, ov_d):
                o.setdefault("h", ov_o.get("h", 8 if sector == "construction" else 9))
            state = R.getstate(); pstate = {k: list(v) for k, v in POOL.state.items()}
            # origin: leave clause guaranteed for leave_up by forcing ctx; both versions share draws
            text_o, labs_o, meta_o = build(cid, L, sector, dest, wage, [], looks, overrides=ov_o, style=style_o, layout=lay)
            R.setstate(state); POOL.state = pstate
            text_d, labs_d, meta_d = build(cid, L, sector, dest, wage, [], looks, overrides=ov_d, style=style_d, layout=lay_d)
            assert not labs_o and not labs_d
            if kind == "leave_up":
                assert "fifteen days per year" in text_o and "twenty-one days per year" in text_d
            if kind == "identical":
                assert text_o == text_d
            else:
                assert text_o != text_d, (cid, kind)
            open(os.path.join(tdir, cid + ".origin.txt"), "w", encoding="utf-8", newline="\n").write(text_o)
            open(os.path.join(tdir, cid + ".txt"), "w", encoding="utf-8", newline="\n").write(text_d)
            if role == "pair_less":
                labels.append((cid, L, "CTR-011", ""))
            nlines = meta_d["lines"]
        else:
            text, labs, meta = build(cid, L, sector, dest, wage, abuse, looks, missing=missing, caps=cid in caps_en)
            open(os.path.join(tdir, cid + ".txt"), "w", encoding="utf-8", newline="\n").write(text)
            for r, ln in labs:
                labels.append((cid, L, r, str(ln)))
            if missing:
                labels.append((cid, L, "CTR-010", ""))
            nlines = meta["lines"]
            if cid in caps_en:
                note = (note + " CAPITALS").strip()
        contracts.append((cid, L, str(wage), DEST[dest]["cur"]))
        comp.append((cid, L, role, sector, dest, note, " ".join(looks), nlines))
    with open(os.path.join(HERE, "contracts.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["contract", "language", "wage", "currency"])
        w.writerows(contracts)
    labels.sort(key=lambda x: (x[0], x[2] in ("CTR-010", "CTR-011"), int(x[3] or 0), x[2]))
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["contract", "language", "rule", "line"])
        w.writerows(labels)
    with open(os.path.join(HERE, "composition.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["contract", "language", "role", "sector", "destination", "detail", "lookalike_types", "lines"])
        w.writerows(comp)


if __name__ == "__main__":
    main()
