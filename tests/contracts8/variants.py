# Hand-written clause variants for batch 8 (M-*), written from scratch.
# Placeholders: {E} employer, {W} worker, {A} agency (defined names or plain
# names), {s}/{o}/{p} worker pronoun (she/her/her or he/him/his), {wage},
# {fee} (origin currency), {ded} (monthly amount, destination currency),
# {dep} (one month's wage as a sum), {n} (number word), {dest}, {orig},
# {origcity}, {office} (labour authority), {emb} (embassy), {lang}.
# Forms: p prose sentence, i short item (key-terms sheet or house rules),
# d first-person declaration item, r cost-table row "item | amount | by",
# f definition entry, s notice message (SMS / WhatsApp style).
# "@" marks where the abusive part starts when a variant opens with a
# compliant or neutral part.  Flags before "|:" : F = women only, H = household
# (domestic / care) only, S = worksite / hostel only.

ABUSE = {
 'CTR-001': {
  'en': [
   ('p', "For the whole period of service the passport of {W} shall be lodged in the safe of {E}, and {W} may inspect it only in the presence of the office manager."),
   ('p', "{W} hereby authorises {A} to hold {p} original passport and birth certificate on file until every amount listed in the cost schedule has been settled."),
   ('p', "Custody of the travel document and residence card of {W} passes to {E} on the day of arrival and ends on the day of final departure."),
   ('p', "S|:Identity papers of all foreign staff are kept by the Human Resources section and are not released during employment, save for journeys approved by {E}."),
   ('p', "Should {W} need to open a bank account or buy a SIM card, {E} will provide a certified copy of the residence card, the card itself staying with {E} until the contract ends."),
   ('p', "S|:{E} provides a locker for clothing and personal effects; @the passport and work pass of {W} are, however, to be surrendered to the supervisor and remain with the company for the contract period."),
   ('i', "S|:Passports and ID cards: collected by the camp boss on arrival and kept in the site office."),
   ('d', "I have handed my passport to {E} and understand that it will be given back to me at the airport when I go home."),
   ('f', "\"Document Custody\" means the holding by {E} of the passport, work pass and identity card of {W} for the whole Term."),
   ('s', "S|:HR Dept: all new arrivals must hand in passport and iqama at the PRO desk this week. Documents stay with the company until final exit."),
  ],
  'id': [
   ('p', "Paspor dan Kartu Tanda Penduduk {W} disimpan oleh {E} selama masa perjanjian dan dikembalikan pada saat {W} pulang ke Indonesia."),
   ('i', "Paspor {W} dipegang oleh {A} sampai seluruh potongan biaya lunas."),
   ('p', "{W} menyetujui bahwa dokumen perjalanannya berada dalam penguasaan {E} hingga kontrak berakhir."),
  ]},
 'CTR-002': {
  'en': [
   ('p', "A placement charge of {fee} is payable by {W} to {A} in three instalments before the date of the flight."),
   ('p', "The first {n} monthly salaries of {W} will each be reduced by {ded} to reimburse {A} for the cost of bringing {o} to {dest}."),
   ('p', "The cost of the work visa, the medical screening in {orig} and the outward air ticket is to be met by {W}."),
   ('p', "{E} does not bear the service fee of the recruiting agent in {orig}, which remains for the personal account of {W}."),
   ('p', "Save for the trade test and language course charges of {fee}, nothing is charged to {W} for {p} recruitment."),
   ('r', "Agency service fee | {fee} | {W} (before departure)"),
   ('r', "Recovery of deployment costs, months 1 to {nd} | {ded} per month | deducted from the salary of {W}"),
   ('f', "\"Processing Charges\" means the visa, medical and documentation costs of {fee}, which are borne by {W}."),
   ('d', "I agree that {ded} will be taken from my wages every month for {n} months to pay my agency."),
   ('i', "Recruitment fee: {fee}, paid by the worker to the agency."),
   ('s', "Accounts: salary deduction for agency fee starts this month, {ded} per month until fully paid. Pls check your slip."),
  ],
  'id': [
   ('p', "Biaya penempatan sebesar {fee} ditanggung oleh {W} dan dibayar melalui pemotongan gaji selama {n} bulan pertama."),
   ('r', "Biaya jasa agensi | {fee} | {W}"),
   ('p', "Biaya visa kerja dan tiket berangkat bukan tanggungan {E} dan dibayar sendiri oleh {W}."),
  ]},
 'CTR-003': {
  'en': [
   ('p', "Before departure {W} shall sign a promissory note for {fee} in favour of {A}, payable on demand if {s} fails to complete the contract."),
   ('p', "A security deposit equal to one month's salary is retained by {E} out of the first pay and refunded only if {W} completes the full term."),
   ('p', "Should {W} resign or abandon the job before the end of the Term, {s} shall compensate {E} for every expense of recruitment, visa and travel incurred on {p} behalf."),
   ('p', "A relative of {W} in {orig} stands as guarantor for {p} good conduct and for any sum owed if {s} leaves {E}."),
   ('p', "Liquidated damages of {n2} months' basic salary become payable by {W} upon any termination by {o} within the first year."),
   ('p', "{A} will arrange a pre-departure loan of {fee} at three per cent monthly interest, to be repaid through salary deductions remitted by {E}."),
   ('r', "Bond, refundable at end of contract | {dep} | {W} (withheld from first salary)"),
   ('r', "Pre-departure loan and interest | {fee} | repaid by {W}"),
   ('d', "I accept that breaking this contract early makes me liable to {E} for the whole cost of bringing me here."),
   ('i', "Early resignation: worker forfeits final month's salary and refunds the airfare."),
   ('p', "{W} acknowledges owing {A} the sum of {fee}, being advances made for {p} training and travel, and agrees not to leave {p} employment until it is cleared."),
  ],
  'id': [
   ('p', "Apabila {W} mengakhiri perjanjian sebelum waktunya, {W} wajib mengganti seluruh biaya penempatan ditambah denda sebesar dua bulan gaji."),
   ('p', "{W} menandatangani surat pengakuan utang kepada {A} sebesar {fee} yang dilunasi dengan pemotongan gaji."),
   ('r', "Uang jaminan | {dep} | {W} (dipotong dari gaji pertama)"),
  ]},
 'CTR-004': {
  'en': [
   ('p', "H|:{W} shall not go outside the house unless accompanied by {E} or a member of the family."),
   ('p', "The weekly rest day is to be spent within the premises of {E}, and visitors may be received only with {E}'s approval."),
   ('p', "S|:The hostel gate is padlocked between 9.00 p.m. and 6.00 a.m., and residents may not pass it during those hours."),
   ('p', "H|:{W} agrees to be available whenever called upon by the household, including at night."),
   ('p', "H|:Days off may be postponed or cancelled by {E} according to the needs of the family, without a substitute day or additional pay."),
   ('i', "H|:Handphone: kept by the employer; calls home once a month from the house telephone."),
   ('i', "No going out alone. No visitors."),
   ('p', "S|:Meal breaks are taken at the workstation; @the working day ends only when all tasks set by the supervisor are finished, and no limit of hours applies."),
   ('d', "H|:I agree not to leave my employer's house on my own and to stay in on my day off."),
   ('s', "S|:Supervisor: from today nobody leaves the dormitory after work. Anyone found outside will be fined."),
  ],
  'id': [
   ('p', "{W} tidak diperkenankan keluar rumah tanpa izin dan harus didampingi anggota keluarga {E}."),
   ('i', "Libur mingguan dapat diganti dengan uang atas keputusan {E}."),
   ('p', "Jam kerja {W} disesuaikan dengan kebutuhan rumah tangga {E} setiap saat, siang maupun malam."),
  ]},
 'CTR-005': {
  'en': [
   ('p', "F|:A pregnancy test forms part of the pre-employment medical, and only candidates found not pregnant are deployed."),
   ('p', "F|:{E} may send {W} home at {p} own expense should {s} be found to be with child."),
   ('p', "F|:The six-monthly medical examination includes HIV and pregnancy screening, and a positive result in either ends the employment automatically."),
   ('p', "F|:{W} declares that {s} is not pregnant and accepts that a later finding of pregnancy will be treated as a false declaration justifying dismissal."),
   ('i', "F|:Pregnancy: immediate termination and repatriation."),
   ('d', "F|:I agree to take a pregnancy test whenever my employer asks, and to leave the job if it is positive."),
   ('p', "F|:Continued employment is conditional on {W} remaining free of HIV, hepatitis B and pregnancy, as shown by the annual check-up."),
   ('f', "F|:\"Medical Unfitness\" means any condition, including pregnancy or a reactive HIV test, that entitles {E} to terminate this Contract without notice."),
   ('p', "F|:{E} bears the cost of the arrival medical; @if the pregnancy test taken on that occasion is positive, {W} shall be repatriated on the next available flight."),
  ],
  'id': [
   ('p', "F|:{W} yang hamil selama masa kontrak dipulangkan ke Indonesia dan perjanjian ini berakhir dengan sendirinya."),
   ('p', "F|:Hasil tes kehamilan negatif merupakan syarat penempatan {W}."),
  ]},
 'CTR-006': {
  'en': [
   ('p', "{W} undertakes to remain single for the whole period of this contract."),
   ('p', "Romantic relationships of any kind, whether with co-workers or with persons outside the workplace, are forbidden and will lead to termination."),
   ('p', "Should {W} marry during the contract, {E} shall be entitled to end it without notice or compensation."),
   ('i', "No boyfriends. No marriage during contract."),
   ('d', "FH|:I promise not to marry or to have a boyfriend while I am working for this family."),
   ('p', "F|:{W} agrees to avoid pregnancy for as long as this contract lasts."),
   ('f', "\"Gross Misconduct\" includes theft, drunkenness, and entering into an engagement, a marriage or an intimate relationship while in service."),
   ('p', "Any worker discovered to have married a local national shall be repatriated forthwith at {p} own cost."),
   ('p', "{W} shall dress modestly at work; @friendships with persons of the opposite sex, inside or outside the accommodation, are not permitted."),
  ],
  'id': [
   ('p', "Selama masa perjanjian {W} dilarang menikah atau menjalin hubungan dengan lawan jenis."),
   ('i', "Dilarang berpacaran selama masa kontrak."),
  ]},
 'CTR-007': {
  'en': [
   ('p', "The salary of {W} shall be kept by {E} and paid to {o} in full on completion of the contract, together with any bonus."),
   ('p', "Wages are credited to an account opened in the name of {W} by {A}, the ATM card for which is held by {A} until the contract ends."),
   ('p', "{E} remits {pct} per cent of the monthly salary directly to the family of {W} in {orig}; the balance is paid in cash."),
   ('p', "To encourage saving, {E} shall retain {ded} from each month's wages, payable to {W} on final exit."),
   ('r', "Compulsory savings, released on departure | {ded} per month | kept by {E}"),
   ('d', "I agree that my employer keeps my bank card so that my savings are safe."),
   ('i', "Salary: paid in one sum every six months."),
   ('p', "The monthly salary is transferred by {E} to {A}, which disburses it to {W} less any sums owing to {A}."),
   ('p', "The first {n} months' wages are held back by {E} as an assurance of good performance and released with the salary for month twelve."),
   ('s', "H|:Office: salary cards of all helpers are collected by our staff on payday for safekeeping. Cash will be given on request."),
  ],
  'id': [
   ('p', "Gaji {W} disimpan oleh {E} dan dibayarkan sekaligus pada akhir masa kontrak."),
   ('i', "Kartu ATM dan buku tabungan {W} dipegang oleh {A}."),
  ]},
 'CTR-008': {
  'en': [
   ('p', "Transfer of the sponsorship of {W} to another employer requires a no-objection certificate, which {E} may withhold without giving reasons."),
   ('p', "{W} waives any right to end this contract before the expiry of the Term."),
   ('p', "Any departure of {W} from the workplace without leave shall be reported by {E} to the police and to immigration as absconding."),
   ('p', "{W} may leave {dest} during the contract only on an exit permit, which {E} may apply for or decline at {E}'s discretion."),
   ('i', "Change of employer: only if the sponsor agrees."),
   ('d', "I understand that I cannot change employer or go home before my two years are finished."),
   ('p', "A resignation tendered by {W} shall not be accepted during the first twenty-four months."),
   ('p', "{W} shall serve {E} for the full term and shall not seek a release to work for anyone else for any reason."),
   ('p', "Annual leave is granted after twelve months; @{W} may not take up work with any other employer in {dest} while this contract lasts, even if {E} consents."),
  ],
  'id': [
   ('p', "{W} tidak boleh pindah majikan selama masa kontrak tanpa persetujuan tertulis {E}."),
   ('p', "{W} tidak dapat mengakhiri perjanjian ini sebelum masa kontrak selesai."),
  ]},
 'CTR-009': {
  'en': [
   ('p', "{W} agrees that any disagreement about pay or treatment shall be raised only with {A}, whose ruling is binding, and not with any ministry or embassy."),
   ('p', "H|:Approaching the media, a labour office or an embassy about matters of the household is a ground for summary dismissal."),
   ('p', "{W} shall not become a member of any trade union, association or workers' group while in {dest}."),
   ('p', "By signing, {W} gives up every claim against {E} and {A} before the courts or labour authorities of {dest} and of {orig}."),
   ('i', "Complaints: to the agency only. Calling the embassy or the police is not allowed."),
   ('d', "I will not complain to any government office or to my embassy, and I will bring any problem only to the agency."),
   ('p', "S|:Grievances are resolved within the company; @any employee who takes a grievance to an outside body forfeits the end-of-service benefits."),
   ('f', "\"Serious Misconduct\" includes disobedience, theft and the making of any report about {E} to the police, a consulate or the press."),
   ('s', "Agency: reminder, do NOT call the hotline or the embassy. Any problem, message this number only."),
  ],
  'id': [
   ('p', "Segala perselisihan diselesaikan oleh {A}, dan {W} tidak boleh mengadu kepada kantor pemerintah maupun Perwakilan RI."),
   ('i', "Dilarang melapor ke polisi atau konsulat."),
  ]},
}

LOOK = {
 'CTR-001': {
  'en': [
   ('p', "{W} keeps {p} own passport, identity card and work permit at all times, and no other person may hold them."),
   ('p', "For storing {p} passport and other valuables, {W} is given a cabinet with {p} own padlock and combination."),
   ('p', "Any handing over of the passport for a visa or permit renewal shall be recorded in a receipt signed by both sides, and the passport returned within two working days."),
   ('p', "Taking or keeping the passport or residence card of a worker is an offence in {dest}, and neither {E} nor {A} shall do so."),
   ('p', "{A} may photocopy the passport of {W} for the visa application; the original never leaves {p} hands."),
   ('d', "I keep my passport and residence card myself; nobody has asked me to give them up."),
   ('i', "Passport and ID: kept by the worker."),
   ('p', "A request by {E} to hold identity documents, even with the agreement of {W}, is not permitted under this contract."),
   ('p', "Loss of the passport shall be reported by {W} to the police, and {E} shall bear the cost of the replacement."),
  ],
  'id': [
   ('p', "Paspor, KTP dan dokumen pribadi lainnya dipegang sendiri oleh {W} dan tidak boleh ditahan oleh {E} maupun {A}."),
   ('p', "{E} hanya boleh meminjam paspor untuk perpanjangan izin kerja dan wajib mengembalikannya paling lambat dua hari kerja."),
   ('i', "Paspor: disimpan oleh {W} sendiri."),
  ]},
 'CTR-002': {
  'en': [
   ('p', "{W} pays nothing, directly or indirectly, for {p} recruitment, visa, medical examination, training or travel."),
   ('p', "The fees of the recruitment agent are invoiced to and settled by {E} alone."),
   ('p', "Where it is found that {W} paid anything to a sub-agent or broker in {orig}, {E} shall refund that sum in full with the first salary."),
   ('r', "Agency service fee | {wage} | {E}"),
   ('r', "Medical examination and work visa | at cost | {E}"),
   ('p', "No part of the salary may be withheld to recover the costs of recruitment."),
   ('d', "I have not paid any fee to the agency or to anyone else to obtain this job."),
   ('i', "Recruitment costs: for the employer's account."),
   ('p', "The medical examination required for the visa is arranged and paid for by {A}, which recovers the cost from {E} and not from {W}."),
  ],
  'id': [
   ('p', "Seluruh biaya penempatan, termasuk visa, pemeriksaan kesehatan dan tiket pesawat, ditanggung oleh {E}."),
   ('p', "Gaji {W} tidak boleh dipotong untuk biaya perekrutan dalam bentuk apa pun."),
   ('r', "Biaya jasa agensi | {wage} | {E}"),
  ]},
 'CTR-003': {
  'en': [
   ('p', "Neither {W} nor any member of {p} family shall be asked to lodge money, sign a guarantee or provide security of any kind."),
   ('p', "{W} may resign at any time after giving thirty days' notice and loses no wages or benefits by doing so."),
   ('p', "Any salary advance requested by {W} is free of interest and is repaid only in instalments that {s} chooses."),
   ('r', "Security deposit or bond | nil | -"),
   ('d', "No one has asked me to sign a promissory note or to find a guarantor."),
   ('p', "{A} shall not lend money to {W} or introduce {o} to any lender."),
   ('i', "Bond / deposit: none."),
   ('p', "Training given by {E} is free of charge and creates no obligation to remain in service."),
   ('p', "Ending the contract early does not make {W} liable for any cost of {p} recruitment."),
  ],
  'id': [
   ('p', "{W} tidak diwajibkan menyerahkan uang jaminan, menandatangani surat utang atau menghadirkan penjamin."),
   ('p', "{W} dapat mengundurkan diri dengan pemberitahuan satu bulan tanpa dikenakan denda."),
   ('p', "Pemberian pinjaman oleh {A} kepada {W} dilarang."),
  ]},
 'CTR-004': {
  'en': [
   ('p', "Outside {p} working hours {W} is free to leave the premises and to spend {p} time as {s} wishes."),
   ('p', "{W} keeps {p} own mobile phone and may use it freely during breaks and rest periods."),
   ('p', "S|:Residents of the workers' accommodation may come and go at any hour; the gate guard is there for their safety, not to hold them in."),
   ('p', "Overtime beyond the normal hours is voluntary, agreed in advance and paid at one and a half times the hourly rate."),
   ('p', "If {W} agrees to work on {p} rest day, another full day off is given within the same month, and the choice of day remains {p}."),
   ('i', "S|:Visitors: welcome in the common room until 10 p.m."),
   ('d', "I can go out on my day off and I keep my own phone."),
   ('p', "No door of the room of {W} may be locked from the outside, and {W} holds a key to it."),
  ],
  'id': [
   ('p', "Di luar jam kerja dan pada hari libur, {W} bebas keluar rumah."),
   ('p', "{W} berhak menyimpan dan menggunakan telepon genggamnya sendiri."),
   ('p', "Kerja lembur hanya dilakukan dengan persetujuan {W} dan dibayar tambahan."),
  ]},
 'CTR-005': {
  'en': [
   ('p', "F|:Pregnancy shall not be a reason for ending this contract, and {W} is entitled to maternity leave under the law of {dest}."),
   ('p', "F|:The pre-employment medical covers fitness for the duties only; no pregnancy or HIV test is performed."),
   ('p', "F|:Medical information about {W} is confidential and may be disclosed to {E} only as \"fit\" or \"unfit for duties\"."),
   ('p', "F|:If {W} becomes pregnant, {E} shall adjust {p} duties to avoid heavy lifting and allow time for medical appointments."),
   ('p', "F|:{E} pays for the annual health check, and {W} may refuse any test not required by law."),
   ('d', "F|:Nobody asked me to take a pregnancy test to get this job."),
   ('i', "F|:Pregnancy: does not end the contract; maternity protection applies."),
   ('p', "F|:A worker who is pregnant keeps her post and her accommodation."),
  ],
  'id': [
   ('p', "F|:Kehamilan tidak menjadi alasan pemutusan hubungan kerja."),
   ('p', "F|:Pemeriksaan kesehatan hanya untuk menilai kemampuan kerja dan tidak termasuk tes kehamilan."),
  ]},
 'CTR-006': {
  'en': [
   ('p', "The marital status of {W}, and any change in it, has no effect on {p} employment."),
   ('p', "{E} shall respect the private life of {W} and shall not question {o} about {p} personal relationships."),
   ('p', "Unwelcome sexual conduct by any person at the workplace is prohibited, and {W} may report it to {A} or to the police without fear of dismissal."),
   ('p', "If {W} marries during the contract, {s} may ask for unpaid leave to attend the ceremony."),
   ('i', "Family visits: the worker's spouse may visit on rest days."),
   ('d', "My employer has not asked me whether I am married or plan to marry."),
   ('p', "Dismissal on the ground of marriage, engagement or family status is void."),
  ],
  'id': [
   ('p', "Status perkawinan {W} tidak mempengaruhi perjanjian ini."),
   ('p', "{E} menghormati kehidupan pribadi {W}."),
  ]},
 'CTR-007': {
  'en': [
   ('p', "Wages are paid into a bank account in the sole name of {W}, who alone holds the card and PIN."),
   ('p', "Money is sent home to the family of {W} only on {p} written instruction, which {s} may withdraw at any time."),
   ('p', "Every payment of wages is recorded in a payslip setting out each item paid and deducted, signed by both parties."),
   ('p', "{E} shall not keep any part of the wages for safekeeping, even at the request of {W}."),
   ('r', "Compulsory savings | nil | -"),
   ('d', "I receive my salary myself every month and keep my own bank card."),
   ('i', "Bank card: kept by the worker."),
   ('p', "At the request of {W}, {E} shall help to open a bank account, but shall have no access to it."),
  ],
  'id': [
   ('p', "Gaji dibayarkan setiap bulan ke rekening atas nama {W}, dan kartu ATM dipegang oleh {W} sendiri."),
   ('p', "Pengiriman uang kepada keluarga hanya dilakukan atas permintaan tertulis {W}."),
  ]},
 'CTR-008': {
  'en': [
   ('p', "{W} may change employer in accordance with the labour mobility rules of {dest}, and {E} shall not obstruct such a change."),
   ('p', "{W} may end this contract by giving one month's notice, in which case {E} shall cancel the permit without delay."),
   ('p', "{W} is free to leave {dest} at any time, subject only to the immigration rules."),
   ('p', "A worker who resigns with notice shall not be reported as absconding."),
   ('i', "Change of employer: permitted under the transfer rules of the Ministry."),
   ('d', "I know I can resign with notice and look for another employer."),
   ('p', "On expiry or termination, {E} shall issue the release letter within seven days at no cost to {W}."),
  ],
  'id': [
   ('p', "{W} dapat berpindah majikan sesuai peraturan negara penempatan."),
   ('p', "{W} berhak mengakhiri perjanjian dengan pemberitahuan tertulis satu bulan sebelumnya."),
  ]},
 'CTR-009': {
  'en': [
   ('p', "Nothing in this contract prevents {W} from complaining to the labour authorities, the police, a court or {p} embassy."),
   ('p', "{W} may join a trade union or association that is lawful in {dest}."),
   ('p', "The in-house complaint procedure is optional, and {W} may go directly to {office} at any stage."),
   ('p', "No disadvantage, dismissal or deduction shall follow from a complaint made in good faith by {W}."),
   ('p', "H|:The duty of discretion about family matters never stops {W} from telling an authority about {p} own pay or treatment."),
   ('i', "Complaints: the worker may contact the agency, the labour office or the embassy."),
   ('d', "I was told that I can call the labour hotline or my embassy if I have a problem."),
  ],
  'id': [
   ('p', "{W} berhak mengadu kepada instansi pemerintah, kepolisian atau Perwakilan RI tanpa sanksi apa pun."),
   ('p', "{W} boleh menjadi anggota serikat pekerja sesuai hukum negara penempatan."),
  ]},
}

# Look-alike texts that may not appear in a CTR-010 contract (they would
# state or hint at a missing element) are filtered by these words.
CTR010_BAD = ['rest', 'hour', 'return', 'ticket', 'authorit', 'complain', 'report',
              'labour', 'police', 'embassy', 'ministry', 'salary', 'wage', 'overtime',
              'day off', 'resign', 'notice', 'libur', 'jam', 'gaji', 'mengadu', 'pulang',
              'agency service fee', 'biaya jasa', 'tiket']
