"""Hand-written clause variants for contract batch 11 (Q-*).

Every sentence here was written from scratch for this batch.

Forms:
  p   third-person prose; works with role nouns ("the Worker") and with
      personal names ("Siti", "Mr. Rahman")
  y   second person, employer speaking as "we" (letters of appointment and
      question-and-answer terms); q is the question used in Q&A layouts
  i   first-person item of a worker's declaration
  r   item of house / site rules or staff notes
  t   row of a table: cost table ("cost") or documents table ("docs")
  id  Indonesian (no verb agreement, so one text serves role nouns, names,
      "Anda" and "kami"); q is the question used in the Q&A layout

Placeholders: {W} {Wc} {Wp} {Wpc} worker (reference, capitalised,
possessive, capitalised possessive); {E} {Ec} {Ep} {Epc} employer;
{A} {Ac} agency; {he} {He} {him} {his} {His} worker pronouns; {eit} {eits}
employer pronouns; amounts {wage} {fee} {fee2} {dep} {dep2} {ded}
{pocket}; places {home} {country} {city} {ocountry}; bodies {labour}
{labourc} {consulate} {hotline}; {dayoff}.

A "@" marks where the abusive sentence starts when a neutral lead comes
first (the label line is the line where "@" ends up).

Tags: hh (household sectors only), site (other sectors only), fam / co
(y-voice for a household "we" / a company "we"), wage (mentions wages, not
used where the wage element is missing), travel (mentions flights, not used
where return travel is missing), chan (names a complaint channel, not used
where the complaint channel is missing).
"""

# topic where a clause of each rule is placed by default
RULE_TOPIC = {
    "CTR-001": "docs", "CTR-002": "costs", "CTR-003": "costs",
    "CTR-004": "conduct", "CTR-005": "medical", "CTR-006": "conduct",
    "CTR-007": "pay", "CTR-008": "ending", "CTR-009": "complaints",
}


def V(rule, form, text, q=None, tags="", topic=None, cells=None, lead=None):
    return dict(rule=rule, form=form, text=text, q=q, tags=set(tags.split()),
                topic=topic or RULE_TOPIC[rule], cells=cells, lead=lead)


ABUSE = [
    # ---------------- CTR-001 documents kept ----------------
    V("CTR-001", "p", "{Wpc} passport and work permit are to be lodged with {E} on the first day of service and remain in {eits} custody until the final settlement of accounts."),
    V("CTR-001", "p", "Residence permits are renewed by {E} once a year. @Between renewals the permit card and the passport of {W} are kept in a safe to which only {E} has the key, and {W} is given photocopies to carry."),
    V("CTR-001", "p", "{Ec} may, at {eits} discretion, hold the identity documents of {W} for as long as {eit} considers necessary to secure the performance of this agreement."),
    V("CTR-001", "p", "Except where {W} is travelling home on approved leave, {his} passport is to be kept by {E}, who releases it only against a signed receipt."),
    V("CTR-001", "p", "Travel documents belonging to {W} will be taken into safekeeping by {A} before departure and passed to {E} on arrival, to be retained for the whole contract term."),
    V("CTR-001", "y", "Our HR team collects your passport when you arrive and stores it with your personnel file until you complete your contract; you may ask for a photocopy.", q="Who looks after my passport?", tags="co"),
    V("CTR-001", "y", "We will keep your passport and residence card for you for as long as you work for us, so that they cannot be lost or misused.", q="Do I keep my own documents?"),
    V("CTR-001", "y", "Please give your passport to us on your first day; we will hand it back to you at the airport when you leave for good.", q="What happens to my passport when I arrive?"),
    V("CTR-001", "i", "I agree that {E} will keep my passport and my work permit while I work in {country}."),
    V("CTR-001", "r", "Passports and ID cards: handed in at the camp office on arrival and given back on final exit.", tags="site"),
    V("CTR-001", "r", "Passport: kept by {E} in the bedroom safe; ask if you need a copy.", tags="hh"),
    V("CTR-001", "t", "", cells=["Passport (original)", "{Ec}", "handed back when the contract ends"], tags="docs"),
    V("CTR-001", "t", "", cells=["Work permit card", "{Ec}", "kept for the contract period"], tags="docs"),
    V("CTR-001", "id", "Paspor dan kartu identitas {W} disimpan oleh {E} selama masa kontrak dan baru dikembalikan pada saat {W} pulang.", q="Siapa yang menyimpan paspor saya?"),
    V("CTR-001", "id", "{Ec} berhak menahan paspor {W} sampai kontrak selesai, kecuali bila paspor itu diperlukan untuk perpanjangan izin tinggal.", q="Apakah paspor saya dipegang oleh majikan?"),

    # ---------------- CTR-002 worker-paid fees ----------------
    V("CTR-002", "p", "The placement charge of {fee} invoiced by {A} is to be settled by {W} before the date of departure."),
    V("CTR-002", "p", "{Ec} pays the salary at the end of each month. @An amount of {ded} is deducted from each of the first six salaries to recover the recruitment expenses paid by {E} to {A}.", topic="pay", tags="wage"),
    V("CTR-002", "p", "{Ec} is under no obligation to meet the cost of the medical examination, visa stamping or outbound flight of {W}, and those costs are therefore for {Wp} own account."),
    V("CTR-002", "p", "Apart from the training course and the trade test, which {W} pays for, no charge is made to {W} for the placement."),
    V("CTR-002", "p", "Service fees equal to one month's salary shall be recovered from {Wp} wages in the second and third months of employment.", topic="pay", tags="wage"),
    V("CTR-002", "p", "{Ac} may, at its discretion, ask {W} to contribute towards documentation and processing costs, up to a maximum of {fee}."),
    V("CTR-002", "y", "Before you fly you pay the agency's service charge of {fee}, and the agency gives you a receipt.", q="Do I pay anything to get this job?", lead="Yes."),
    V("CTR-002", "y", "We advance the cost of your visa and flight and take it back from your salary in four equal instalments.", q="Who pays for my visa and air ticket?"),
    V("CTR-002", "y", "Your medical test, training certificate and document fees are paid by you in {ocountry}.", q="What costs do I pay before I leave?"),
    V("CTR-002", "i", "I agree to pay the placement fee of {fee} to {A}, part now and the balance by deduction from my salary."),
    V("CTR-002", "t", "", cells=["Placement / service fee", "{fee}", "Worker", "paid to {A} before departure"], tags="cost"),
    V("CTR-002", "t", "", cells=["Work visa and permit", "at cost", "Worker", "deducted from first salary"], tags="cost"),
    V("CTR-002", "t", "", cells=["Pre-departure training", "{fee2}", "Worker", "paid in {ocountry} to the training centre"], tags="cost"),
    V("CTR-002", "id", "Biaya penempatan sebesar {fee} ditanggung oleh {W} dan dibayar melalui potongan gaji selama enam bulan pertama.", q="Apakah saya membayar biaya penempatan?"),
    V("CTR-002", "id", "Biaya pelatihan, pemeriksaan kesehatan dan tiket keberangkatan menjadi tanggungan {W}.", q="Siapa yang membayar pelatihan dan tiket?"),

    # ---------------- CTR-003 debt / deposit / bond / penalty ----------------
    V("CTR-003", "p", "As security for the due performance of this contract, {W} places a deposit of {dep} with {E}, which is forfeited if {he} leaves before the end of the term."),
    V("CTR-003", "p", "Before departure {W} shall sign an acknowledgement of debt to {A} in the sum of {fee}, bearing interest at two per cent a month until it is repaid."),
    V("CTR-003", "p", "Where {W} brings the employment to an end within the first eighteen months for any reason, liquidated damages equal to three months' basic wages are payable by {him} to {E}.", topic="ending"),
    V("CTR-003", "p", "A relative of {W} in {home} shall stand surety for {him} and shall make good any loss suffered by {E} if {W} deserts."),
    V("CTR-003", "p", "Unless {W} completes the full contract period, {E} may recover from {him} the whole cost of {his} recruitment, visa and air travel.", topic="ending"),
    V("CTR-003", "p", "A bond of {dep} is to be executed by {W} before deployment and will be called upon should {he} fail to finish the contract."),
    V("CTR-003", "y", "If you leave before your two years are up, you must pay back what it cost us to bring you here, which is {dep2}.", q="What happens if I leave early?", topic="ending"),
    V("CTR-003", "y", "We hold back {dep} from your first salary as a deposit, and you get it back only if you finish your contract.", q="Is there a deposit?", lead="Yes."),
    V("CTR-003", "y", "Before you travel, one of your parents signs a guarantee for {fee}, which we may claim if you run away.", q="Does my family have to sign anything?", lead="Yes."),
    V("CTR-003", "i", "I agree that if I break this contract I will pay {E} a penalty of {dep}."),
    V("CTR-003", "r", "Leaving before the end of the contract: a fine of two months' salary is payable."),
    V("CTR-003", "t", "", cells=["Security deposit", "{dep}", "Worker", "refunded on completion of contract"], tags="cost"),
    V("CTR-003", "t", "", cells=["Loan for travel and training", "{fee}", "Worker", "repaid with 10% interest by salary deduction"], tags="cost"),
    V("CTR-003", "id", "Apabila {W} memutuskan kontrak sebelum waktunya, {W} wajib membayar ganti rugi sebesar dua bulan gaji kepada {E}.", q="Apa akibatnya jika saya berhenti sebelum kontrak selesai?", topic="ending"),
    V("CTR-003", "id", "{Wc} menandatangani surat pengakuan utang kepada {A} sebesar {fee} yang dilunasi dengan cicilan dari gaji.", q="Apakah saya harus menandatangani surat utang?"),
    V("CTR-003", "id", "Orang tua {W} bertindak sebagai penjamin dan wajib mengganti semua kerugian {E} apabila {W} kabur.", q="Apakah keluarga saya menjadi penjamin?"),

    # ---------------- CTR-004 movement / rest / hours ----------------
    V("CTR-004", "p", "{Wc} shall remain within the premises of {E} at all times and may go out only in the company of a member of the family.", tags="hh"),
    V("CTR-004", "p", "Rest days may be postponed or cancelled by {E} whenever the household has guests or is travelling.", tags="hh", topic="rest"),
    V("CTR-004", "p", "{Wc} shall be at the disposal of {E} at any hour that the work of the household requires.", tags="hh", topic="hours"),
    V("CTR-004", "p", "Residents of the workers' hostel are not permitted to go beyond the compound gate except when transported to and from work by {E}.", tags="site"),
    V("CTR-004", "p", "The personal mobile phones of staff are kept by the supervisor during the working week and handed back on rest days only.", tags="site"),
    V("CTR-004", "p", "Weekly rest: one day off per month, the remaining rest days being paid out at the ordinary daily rate.", topic="rest"),
    V("CTR-004", "p", "Overtime shall be worked whenever required, and no upper limit on daily hours applies during the peak season.", tags="site", topic="hours"),
    V("CTR-004", "y", "You may not go out alone; when you need to go out, a member of our family will go with you.", q="Can I go out on my day off?", tags="fam"),
    V("CTR-004", "y", "Your day off is arranged around our family's plans, and we may move it or skip it when we need you.", q="When is my day off?", tags="fam", topic="rest"),
    V("CTR-004", "y", "During busy periods you will be expected to work every day until the job is done; the rest days you miss are given later in the year.", q="Will I get a day off every week?", tags="co", topic="rest"),
    V("CTR-004", "i", "I will stay at home unless {E} allows me to go out, and this applies on my days off as well.", tags="hh"),
    V("CTR-004", "r", "Curfew: all residents are indoors by 7 p.m., and the supervisor keeps the gate key overnight.", tags="site"),
    V("CTR-004", "r", "Going out: only together with {E} or a family member, Sundays included.", tags="hh"),
    V("CTR-004", "id", "{Wc} tidak diperkenankan keluar dari rumah {E} tanpa didampingi anggota keluarga {E}.", q="Bolehkah saya keluar rumah?", tags="hh"),
    V("CTR-004", "id", "Hari libur diberikan apabila pekerjaan rumah tangga sudah selesai dan atas persetujuan {E}.", q="Kapan saya mendapat hari libur?", tags="hh", topic="rest"),

    # ---------------- CTR-005 pregnancy / HIV testing, dismissal ----------------
    V("CTR-005", "p", "Employment is conditional upon {W} producing a negative pregnancy test on arrival and at each renewal of {his} work permit."),
    V("CTR-005", "p", "Should {W} be found to be with child, this agreement shall terminate forthwith and {he} shall be repatriated."),
    V("CTR-005", "p", "{Ec} may require {W} to undergo an HIV test at any time, and a reactive result entitles {E} to end the employment without notice."),
    V("CTR-005", "p", "A pregnancy test will be administered every three months, and a positive result will be treated as a ground for termination."),
    V("CTR-005", "p", "Unless {E} agrees otherwise in writing, a pregnancy during the term results in the cancellation of the work permit and the return of {W} to {home}."),
    V("CTR-005", "y", "You will have a pregnancy test at our clinic in your first week and again every quarter; if a test is positive, we will arrange your flight home.", q="Are there any medical tests?", tags="co"),
    V("CTR-005", "y", "Your offer depends on a clear HIV and pregnancy screening at the agency's clinic before you leave {ocountry}.", q="What medical checks do I need?"),
    V("CTR-005", "i", "I accept that if I become pregnant my employment will end and I will be sent home."),
    V("CTR-005", "id", "Apabila {W} hamil selama masa kontrak, perjanjian ini berakhir dan {W} dipulangkan atas biaya sendiri.", q="Bagaimana jika saya hamil?"),
    V("CTR-005", "id", "{Wc} wajib menjalani tes kehamilan dan tes HIV setiap tiga bulan; hasil positif menjadi alasan pemutusan hubungan kerja.", q="Apakah ada pemeriksaan kesehatan rutin?"),

    # ---------------- CTR-006 marriage / relationships / pregnancy ban ----------------
    V("CTR-006", "p", "Throughout the term {W} undertakes to remain single and not to enter into any engagement to marry."),
    V("CTR-006", "p", "{Wc} shall not have a boyfriend or receive male friends, whether in the house or elsewhere, while employed by {E}.", tags="hh"),
    V("CTR-006", "p", "It is a condition of this contract that {W} does not conceive a child during the contract period."),
    V("CTR-006", "p", "Romantic relationships between {W} and any person in {country}, co-workers included, are prohibited and will lead to dismissal."),
    V("CTR-006", "p", "Permission to marry during the contract will not be granted, and a marriage contracted without it may be treated by {E} as a breach."),
    V("CTR-006", "y", "While you work for us you must not marry or get engaged, and you must not become pregnant.", q="Can I get married during my contract?", lead="No."),
    V("CTR-006", "y", "Relationships with men are not allowed during your contract, on or off duty.", q="Can I have a boyfriend?"),
    V("CTR-006", "y", "Staff who marry while on contract are released and sent home at the end of the month.", q="Are there rules about my private life?", tags="co"),
    V("CTR-006", "r", "No boyfriends and no male visitors, here or outside, for the length of the contract."),
    V("CTR-006", "id", "Selama masa kontrak {W} dilarang menikah, bertunangan atau menjalin hubungan pacaran.", q="Bolehkah saya menikah selama kontrak?"),
    V("CTR-006", "id", "{Wc} berjanji tidak akan hamil selama bekerja pada {E}.", q="Apakah ada aturan tentang kehidupan pribadi saya?"),

    # ---------------- CTR-007 wages / savings / bank card held ----------------
    V("CTR-007", "p", "The monthly earnings of {W} are credited to a ledger kept by {E} and paid out in full on the day {he} leaves {country}."),
    V("CTR-007", "p", "The ATM card for the salary account of {W} shall be kept by {A}, which will withdraw cash for {him} on request."),
    V("CTR-007", "p", "A savings scheme applies: thirty per cent of each salary is kept back by {E} as security and released when the contract ends."),
    V("CTR-007", "p", "{Ec} may, at {eits} discretion, remit all or part of {Wp} salary directly to {his} parents in {home}."),
    V("CTR-007", "p", "Salaries of foreign staff are paid by bank transfer to an account in the name of {A}, which pays {W} every three months.", tags="site"),
    V("CTR-007", "y", "We pay your salary into a bank account that we open for you, and we keep the bank card and PIN so that the money stays safe.", q="How will I be paid?"),
    V("CTR-007", "y", "Each month we give you {pocket} as pocket money and keep the rest of your salary for you until you go home.", q="When do I get my salary?"),
    V("CTR-007", "y", "We send your wages straight to your family each month, apart from a small allowance that we pay you in cash.", q="Can my salary go to my family?"),
    V("CTR-007", "i", "I ask {E} to keep my salary for me and to pay it to me when I finish my contract."),
    V("CTR-007", "r", "Bank cards: kept in the office and given out on pay day for withdrawals, then handed back the same day."),
    V("CTR-007", "t", "", cells=["Compulsory savings", "25% of basic salary", "held by Employer", "paid out at end of contract"], tags="cost"),
    V("CTR-007", "id", "Gaji {W} disimpan oleh {E} dan dibayarkan sekaligus pada akhir masa kontrak.", q="Kapan gaji saya dibayar?"),
    V("CTR-007", "id", "Kartu ATM dan buku tabungan {W} dipegang oleh {A} selama masa penempatan.", q="Siapa yang memegang kartu ATM saya?"),

    # ---------------- CTR-008 tied employment ----------------
    V("CTR-008", "p", "{Wc} shall not seek or accept employment with any other person in {country} during the term, and a transfer requires a written release from {E}, which {E} may withhold."),
    V("CTR-008", "p", "{Wc} has no right to end this contract before its natural expiry."),
    V("CTR-008", "p", "If {W} quits without the agreement of {E}, {E} will file an absconding report with the immigration department."),
    V("CTR-008", "p", "Requests by {W} to be released to another employer shall not be entertained during the first two years."),
    V("CTR-008", "p", "{Ec} may at {eits} sole discretion refuse to cancel the work permit of {W}, in which case {he} may neither take up other work nor leave {country}."),
    V("CTR-008", "y", "You cannot resign during your contract; your visa is tied to us, and we will not agree to a transfer.", q="Can I change employer?", lead="No."),
    V("CTR-008", "y", "If you stop working for us before the end of your contract, we will report you to immigration as a runaway.", q="What happens if I stop working for you?"),
    V("CTR-008", "i", "I will not ask to transfer to another employer while this contract is running."),
    V("CTR-008", "i", "I understand that I cannot resign before my two years are completed."),
    V("CTR-008", "id", "{Wc} tidak boleh pindah majikan atau mengundurkan diri sebelum kontrak berakhir.", q="Bolehkah saya pindah majikan?"),
    V("CTR-008", "id", "Apabila {W} meninggalkan tempat kerja tanpa izin, {E} akan melaporkan {W} kepada pihak imigrasi sebagai pekerja kabur.", q="Apa akibatnya jika saya meninggalkan pekerjaan?"),

    # ---------------- CTR-009 complaints barred ----------------
    V("CTR-009", "p", "{Wc} waives any right to lodge a complaint concerning this employment with {labour} or with {consulate}."),
    V("CTR-009", "p", "Any dispute shall be referred exclusively to {A}, whose ruling binds {W} and may not be challenged before any authority."),
    V("CTR-009", "p", "{Wc} shall not become a member of, or attend meetings of, any labour union or migrant workers' organisation."),
    V("CTR-009", "p", "Contacting journalists, NGOs or the embassy about the affairs of {E} is a ground for summary dismissal."),
    V("CTR-009", "p", "No complaint may be made to an outside body unless {E} has first given written permission."),
    V("CTR-009", "y", "Please bring any problem to us and to nobody else. Going to the embassy or the labour office will end your contract.", q="What if I have a problem?"),
    V("CTR-009", "y", "Staff are not allowed to join unions or workers' groups while employed with us.", q="Can I join a union?", tags="co"),
    V("CTR-009", "i", "I will not complain about my employer to the police, the labour office or my embassy."),
    V("CTR-009", "r", "Problems: talk to {E} only. Do not contact outsiders, NGOs or reporters."),
    V("CTR-009", "id", "{Wc} tidak diperbolehkan mengadu kepada dinas tenaga kerja, konsulat atau LSM mengenai pekerjaan {W}.", q="Bolehkah saya mengadu ke konsulat?"),
    V("CTR-009", "id", "Segala perselisihan diselesaikan oleh {A} dan keputusannya bersifat final; {W} tidak akan membawanya ke instansi lain.", q="Bagaimana perselisihan diselesaikan?"),
]


LOOK = [
    # ---------------- CTR-001 ----------------
    V("CTR-001", "p", "If {W} asks in writing, {E} will keep {his} passport in the locked safe of the house; {W} may take it back at any time without giving a reason.", tags="hh"),
    V("CTR-001", "p", "{Ec} shall not keep, hold or take custody of the passport, identity card or work permit of {W}, not even for safekeeping."),
    V("CTR-001", "p", "For a permit renewal {W} may lend {his} passport to {E}, who signs for it and gives it back as soon as the immigration office has stamped it, and in any case within five days."),
    V("CTR-001", "p", "{Wc} retains possession of {his} own passport and residence card throughout the contract, and nobody else may ask to hold them."),
    V("CTR-001", "p", "A scanned copy of {Wp} passport is kept on file by {E}; the original stays with {W}."),
    V("CTR-001", "y", "Your passport is yours to keep, and we will never ask you to hand it over, not even for safekeeping.", q="Will you keep my passport?", lead="No."),
    V("CTR-001", "y", "You will need to lend us your passport only when your permit is renewed, and we return it to you the same evening.", q="Will I ever need to give you my passport?"),
    V("CTR-001", "y", "You keep your passport, your ID card and your bank card yourself; we only take photocopies for our records.", q="Who keeps my documents?", lead="You do."),
    V("CTR-001", "i", "I keep my passport myself, and nobody has asked me to hand it over."),
    V("CTR-001", "r", "Passport and ID card: keep them in your own locker; nobody may ask you for them."),
    V("CTR-001", "t", "", cells=["Passport (original)", "Worker", "a photocopy is kept on file"], tags="docs"),
    V("CTR-001", "id", "Paspor dan dokumen pribadi lainnya dipegang sendiri oleh {W}; {E} tidak boleh menahannya dengan alasan apa pun.", q="Siapa yang menyimpan paspor saya?"),
    V("CTR-001", "id", "Atas permintaan tertulis {W}, paspor dapat dititipkan di lemari besi {E} dan dapat diambil kembali kapan saja tanpa syarat.", q="Bolehkah paspor saya dititipkan?"),

    # ---------------- CTR-002 ----------------
    V("CTR-002", "p", "Every cost of recruiting {W}, including the agency's service charge, the visa, medical tests, training and flights, is met by {E}, and none of it is taken back from {his} pay.", tags="wage travel"),
    V("CTR-002", "p", "No part of any recruitment or placement fee shall be collected from {W}, whether directly, by deduction from wages or through a third party.", tags="wage"),
    V("CTR-002", "p", "Should it come to light that {W} paid anything to obtain this post, {E} will refund the full sum to {him} within one month of learning of it."),
    V("CTR-002", "p", "The expenses of the medical examination, visa stamping and trade test are borne by {E} and are not recoverable from {W}."),
    V("CTR-002", "p", "{Ac} charges {W} nothing; its fee is paid by {E} under a separate agreement, and no deduction for it is made from wages.", tags="wage"),
    V("CTR-002", "y", "We pay the agency, your visa, your medical test and your flights, and none of it comes out of your salary.", q="Do I pay anything to get this job?", tags="wage travel", lead="Nothing."),
    V("CTR-002", "y", "Nobody may charge you for this job; if anyone asks you for money, tell us, and we will pay you back anything you were made to pay.", q="Someone asked me for a fee. What do I do?"),
    V("CTR-002", "y", "We pay for the pre-departure training and the certificate; you are not charged for them.", q="Is the training course free?", lead="Yes."),
    V("CTR-002", "i", "I have not paid any fee or charge to {A} or to anybody else to get this job."),
    V("CTR-002", "t", "", cells=["Placement / service fee", "{fee}", "Employer", "not recovered from the worker"], tags="cost"),
    V("CTR-002", "id", "Seluruh biaya penempatan, termasuk visa, tiket dan pemeriksaan kesehatan, dibayar oleh {E} dan tidak dipotong dari gaji {W}.", q="Apakah saya membayar biaya penempatan?", tags="wage travel"),
    V("CTR-002", "id", "{Ac} tidak memungut biaya apa pun dari {W} untuk penempatan ini.", q="Apakah agensi memungut biaya?"),

    # ---------------- CTR-003 ----------------
    V("CTR-003", "p", "{Ec} requires neither a security deposit nor a surety from {W}, and {his} relatives sign nothing in connection with this employment."),
    V("CTR-003", "p", "{Wc} may end this contract by giving {E} thirty days' written notice, and owes nothing for doing so, whether as damages, penalty or recruitment costs.", topic="ending"),
    V("CTR-003", "p", "An advance on wages may be granted if {W} requests one; it carries no interest and is repaid only in amounts {W} agrees to in writing.", tags="wage", topic="pay"),
    V("CTR-003", "p", "Wages earned up to the day of leaving are paid in full whatever the reason the employment ends, and nothing is forfeited.", tags="wage", topic="ending"),
    V("CTR-003", "p", "No promissory note, bond or acknowledgement of debt may be required from {W} as a condition of this employment."),
    V("CTR-003", "y", "You may resign with one month's notice and you will not owe us anything, not even the cost of your flight here.", q="Do I pay anything if I leave early?", tags="travel", topic="ending", lead="No."),
    V("CTR-003", "y", "We do not ask for a deposit, and nobody in your family has to act as your guarantor.", q="Is there a deposit?"),
    V("CTR-003", "i", "I have not borrowed money or signed a promissory note or bond to get this job."),
    V("CTR-003", "t", "", cells=["Security deposit", "none", "-", "no deposit or bond is taken"], tags="cost"),
    V("CTR-003", "id", "Tidak ada uang jaminan, deposit atau penjamin yang diminta dari {W} atau keluarga {W}.", q="Apakah ada uang jaminan?"),
    V("CTR-003", "id", "{Wc} dapat mengakhiri perjanjian dengan pemberitahuan satu bulan sebelumnya tanpa membayar denda atau ganti rugi apa pun.", q="Bolehkah saya berhenti sebelum kontrak selesai?", topic="ending"),

    # ---------------- CTR-004 ----------------
    V("CTR-004", "p", "On {his} rest day and after working hours {W} is free to go wherever {he} wishes and need not say where {he} is going."),
    V("CTR-004", "p", "Personal phones stay with {W}; {he} may call or message whomever {he} likes during breaks and after work."),
    V("CTR-004", "p", "Work on a rest day happens only if {W} freely agrees, and then at twice the ordinary daily rate, with another day off given in the same month.", topic="rest"),
    V("CTR-004", "p", "The hostel gate is staffed around the clock so that residents can come and go at any hour; no permission is needed to leave.", tags="site"),
    V("CTR-004", "p", "{Wc} is not required to be available outside {his} agreed working hours, and a request to work extra hours may be refused.", topic="hours"),
    V("CTR-004", "y", "Your day off is yours to spend as you like, and you do not have to ask us before going out.", q="Can I go out on my day off?", lead="Yes."),
    V("CTR-004", "y", "Once your working day ends you are off duty, and we will not call on you until the next morning.", q="Do I have to be on call at night?", topic="hours", lead="No."),
    V("CTR-004", "y", "Your phone is yours, and you may use it whenever you are not working.", q="Can I keep my phone?", lead="Of course."),
    V("CTR-004", "i", "I understand that I may leave the accommodation freely after work and on my rest day."),
    V("CTR-004", "r", "Going out: free after work and on your rest day; please take your key with you."),
    V("CTR-004", "id", "Pada hari libur {W} bebas keluar rumah tanpa harus meminta izin {E}.", q="Bolehkah saya keluar pada hari libur?"),
    V("CTR-004", "id", "{Wc} boleh memegang dan menggunakan telepon genggam sendiri di luar jam kerja.", q="Bolehkah saya memegang telepon sendiri?"),

    # ---------------- CTR-005 ----------------
    V("CTR-005", "p", "The pre-employment medical covers fitness for the work only; pregnancy and HIV status are neither tested nor asked about."),
    V("CTR-005", "p", "A pregnancy of {W} is no reason to end this contract; {he} is entitled to paid antenatal visits and to maternity leave under the law of {country}."),
    V("CTR-005", "p", "Results of any health check belong to {W}: the clinic gives them to {him} and shares them with nobody without {his} written agreement."),
    V("CTR-005", "p", "Should {W} become pregnant, {E} shall not terminate the employment or send {him} home on that account."),
    V("CTR-005", "y", "We do not test for pregnancy or HIV, and being pregnant will never cost you your job.", q="Will I be tested for pregnancy?", lead="No."),
    V("CTR-005", "y", "If you become pregnant, you keep your job and you get paid maternity leave; tell us whenever you are ready.", q="What if I become pregnant?"),
    V("CTR-005", "i", "I was not asked to take a pregnancy or HIV test to get this job."),
    V("CTR-005", "id", "Kehamilan bukan alasan untuk memutus hubungan kerja; {W} berhak atas cuti melahirkan sesuai hukum setempat.", q="Bagaimana jika saya hamil?"),
    V("CTR-005", "id", "Pemeriksaan kesehatan hanya untuk menilai kelayakan kerja dan tidak mencakup tes kehamilan atau tes HIV.", q="Apakah ada tes kehamilan?"),

    # ---------------- CTR-006 ----------------
    V("CTR-006", "p", "Whether {W} marries, or with whom {he} forms a relationship, is {his} own affair and has no bearing on this contract."),
    V("CTR-006", "p", "{Wc} may take up to a week of unpaid leave, in addition to annual leave, for {his} own wedding."),
    V("CTR-006", "p", "Marriage or pregnancy of {W} during the term does not alter any right under this agreement."),
    V("CTR-006", "p", "No rule of this contract concerns {Wp} private life outside working hours."),
    V("CTR-006", "y", "Your private life is your own; getting married or engaged does not affect your job with us.", q="Can I get married during my contract?", lead="Yes."),
    V("CTR-006", "y", "Friends, including a boyfriend or girlfriend, may visit you on your day off in the common room.", q="Can friends visit me?", tags="co", lead="Yes."),
    V("CTR-006", "i", "I understand that my marital status and my private relationships are my own business."),
    V("CTR-006", "id", "Status perkawinan dan kehidupan pribadi {W} tidak mempengaruhi perjanjian ini.", q="Bolehkah saya menikah selama kontrak?"),
    V("CTR-006", "id", "{Wc} berhak atas cuti tiga hari dengan upah penuh untuk pernikahan {W} sendiri.", q="Apakah ada cuti untuk menikah?"),

    # ---------------- CTR-007 ----------------
    V("CTR-007", "p", "The full salary is paid into a bank account in the sole name of {W}, who alone keeps the card and PIN.", tags="wage"),
    V("CTR-007", "p", "{Ec} sends money home for {W} only if {he} fills in a remittance form each time; no standing arrangement is made without {him}."),
    V("CTR-007", "p", "Wages are paid no later than the seventh day of the following month and are never held back or paid in arrears as a lump sum.", tags="wage"),
    V("CTR-007", "p", "{Ec} shall not keep any part of {Wp} wages, savings or bank card on {his} behalf, even at {his} request.", tags="wage"),
    V("CTR-007", "y", "Your full salary goes into your own bank account on the last working day of each month, and only you hold the card and PIN.", q="How will I be paid?", tags="wage"),
    V("CTR-007", "y", "If you fill in our remittance form, we will send the amount you choose to your family; you can stop it at any time.", lead="Only if you ask.", q="Can my salary go to my family?"),
    V("CTR-007", "i", "I receive my whole salary myself every month, and I keep my own bank card.", tags="wage"),
    V("CTR-007", "r", "Bank cards and PINs: keep them yourself; staff will never ask for them."),
    V("CTR-007", "t", "", cells=["Savings", "none", "-", "no part of the salary is held back"], tags="cost"),
    V("CTR-007", "id", "Gaji dibayar setiap bulan ke rekening atas nama {W}; kartu ATM dan PIN hanya dipegang oleh {W}.", q="Bagaimana gaji saya dibayar?", tags="wage"),
    V("CTR-007", "id", "Pengiriman uang kepada keluarga {W} hanya dilakukan atas permintaan tertulis {W} dan dapat dibatalkan kapan saja.", q="Bisakah gaji saya dikirim ke keluarga?"),

    # ---------------- CTR-008 ----------------
    V("CTR-008", "p", "{Wc} may move to a new employer in {country} under the local transfer rules, and {E} shall neither obstruct the transfer nor ask anything for it."),
    V("CTR-008", "p", "{Ec} will sign whatever release the authorities need once {W} has given notice, so that {he} can take up other work."),
    V("CTR-008", "p", "{Wc} is free to resign; {he} need only tell {E} in writing a month before {his} last working day."),
    V("CTR-008", "p", "Nothing in this contract requires {W} to obtain the permission of {E} before leaving {country}."),
    V("CTR-008", "y", "Once you have told us a month in advance, you may move to another employer, and we will sign the release form.", q="Can I change employer?", lead="Yes."),
    V("CTR-008", "y", "You may leave {country} whenever you wish; we hold no exit permission over you.", q="Can I go home if I want to?"),
    V("CTR-008", "i", "I understand that I may resign with notice and look for another employer."),
    V("CTR-008", "id", "{Wc} dapat pindah ke majikan lain sesuai peraturan setempat, dan {E} wajib menandatangani surat pelepasan.", q="Bolehkah saya pindah majikan?"),
    V("CTR-008", "id", "{Wc} boleh mengundurkan diri dengan pemberitahuan tertulis satu bulan sebelumnya.", q="Bolehkah saya mengundurkan diri?"),

    # ---------------- CTR-009 ----------------
    V("CTR-009", "p", "{Wc} may join a trade union or workers' association of {his} choice, and no action will be taken against {him} for doing so."),
    V("CTR-009", "p", "{Wc} does not have to raise a problem with {E} before taking it to {labour} or to {consulate}.", tags="chan"),
    V("CTR-009", "p", "No term of this agreement stops {W} from seeking help from the police, a lawyer, a union or {his} embassy.", tags="chan"),
    V("CTR-009", "p", "{Ec} shall not dismiss, punish or threaten {W} for having complained to any authority."),
    V("CTR-009", "y", "You are free to join a union or a workers' group, and doing so will not affect your job.", q="Can I join a union?", lead="Yes."),
    V("CTR-009", "y", "You can talk to anyone you trust about a problem, including the embassy, the labour office or a union, and we will not hold it against you.", q="Will I get into trouble for complaining?", tags="chan", lead="No."),
    V("CTR-009", "i", "I know that I can complain to the labour office or to my embassy without being punished.", tags="chan"),
    V("CTR-009", "r", "Problems: tell the supervisor if you like, or call the labour hotline directly; either is fine.", tags="chan"),
    V("CTR-009", "id", "{Wc} bebas menyampaikan pengaduan kepada dinas tenaga kerja, konsulat atau serikat pekerja tanpa takut dihukum.", q="Bolehkah saya mengadu tanpa takut?", tags="chan"),
    V("CTR-009", "id", "{Wc} berhak menjadi anggota serikat pekerja atau organisasi pekerja migran.", q="Bolehkah saya ikut serikat pekerja?"),
]


# ---------------------------------------------------------------------------
# Mandatory elements. p / y / id as above; k = (label, value) for key-terms
# tables and particulars, with "kp" for role/name documents and "ky" for
# letters (employer = "we").
# ---------------------------------------------------------------------------

ELEM = {
    "wage": {
        "p": [
            "{Ec} shall pay {W} a monthly wage of {wage}.",
            "The remuneration of {W} is {wage} for each calendar month, payable not later than the fifth day of the following month.",
            "A basic salary of {wage} per month shall be paid to {W}.",
            "For {his} services {W} receives {wage} a month, in cash against a signed receipt or by bank transfer, as {he} chooses.",
            "{Wpc} pay is fixed at {wage} monthly for the whole term of this contract.",
            "{Wc} earns {wage} in respect of every calendar month of service.",
            "In return for {his} work {W} is paid {wage}, calculated by the month.",
        ],
        "y": [
            ("How much will I be paid?", "Your salary is {wage} every month, paid on the last working day."),
            ("What is my salary?", "We will pay you {wage} per month."),
            ("When and how am I paid?", "We pay you {wage} monthly by bank transfer, before any deductions the law allows."),
            ("What will I earn?", "You will earn {wage} for each month you work for us."),
        ],
        "kp": [("Monthly salary", "{wage}"), ("Basic pay", "{wage} per month"), ("Remuneration", "{wage} a month, paid monthly")],
        "ky": [("Your salary", "{wage} a month"), ("Monthly pay", "{wage}")],
        "id": [
            ("Berapa gaji saya?", "Gaji pokok {W} sebesar {wage} per bulan."),
            ("Kapan dan berapa upah saya dibayar?", "{Ec} membayar upah {W} sebesar {wage} setiap bulan, paling lambat tanggal tujuh bulan berikutnya."),
        ],
    },
    "hours": {
        "p": [
            "{Wpc} normal hours of work shall not exceed eight in a day and forty-eight in a week.",
            "Daily working time is limited to ten hours, and {W} has an uninterrupted rest of at least ten hours in every twenty-four.",
            "Ordinary working time is forty-four hours a week, worked over six days.",
        ],
        "p_hh": ["Work starts at 7.00 a.m. and finishes at 6.00 p.m., with a break of one hour at noon and another hour of rest in the afternoon.",
                 "The working day runs from 7 a.m. to 7 p.m., of which three hours are free for meals and rest."],
        "p_site": ["{Wc} works a nine-hour shift, from 08:00 to 17:00, including a one-hour meal break, six days a week.",
                   "Shifts are of eight hours, with a thirty-minute meal break, and no more than six shifts are worked in a week."],
        "y": [
            ("What are my working hours?", "You will work from 8 a.m. to 5 p.m., with an hour for lunch."),
            ("How long is my working day?", "Your working day is no longer than nine hours, and you have at least eleven hours of rest each night."),
            ("How many hours do I work?", "You work forty-four hours a week, spread over six days."),
            ("When do I start and finish?", "Your day starts at 7 a.m. and ends at 4 p.m., with one hour for lunch."),
        ],
        "kp": [("Working hours", "08:00-17:00, with a one-hour lunch break"), ("Normal hours", "8 per day, 48 per week"), ("Daily working time", "not more than 10 hours")],
        "ky": [("Working hours", "8 a day, 48 a week"), ("Your working day", "9 hours, with a one-hour break")],
        "id": [
            ("Berapa jam saya bekerja?", "Jam kerja normal {W} adalah delapan jam sehari atau empat puluh delapan jam seminggu."),
            ("Berapa lama saya bekerja setiap hari?", "{Wc} bekerja paling lama sepuluh jam sehari dan berhak atas istirahat malam sekurang-kurangnya sepuluh jam berturut-turut."),
        ],
    },
    "rest": {
        "p": [
            "Every {dayoff} is a rest day for {W}.",
            "{Wc} is entitled to one full day of rest, twenty-four hours in length, in each week.",
            "A weekly day off, normally {dayoff}, shall be allowed to {W} on full pay.",
            "One day in every seven is free of work.",
            "Six days on, one day off: the day off is {dayoff}.",
            "{Wc} does not work on {dayoff}s.",
        ],
        "y": [
            ("Do I get a day off?", "Every {dayoff} is your day off.", "Yes."),
            ("How many rest days do I have?", "You have one rest day each week, of at least twenty-four hours."),
            ("Which day is my day off?", "Your day off is {dayoff}, every week."),
        ],
        "kp": [("Weekly rest", "every {dayoff}"), ("Day off", "one per week, 24 hours")],
        "ky": [("Day off", "every {dayoff}"), ("Weekly rest day", "one full day each week")],
        "id": [
            ("Apakah saya mendapat hari libur?", "{Wc} berhak atas satu hari libur setiap minggu."),
            ("Kapan hari libur saya?", "Hari {dayoff_id} adalah hari libur mingguan {W}."),
        ],
    },
    "repat": {
        "p": [
            "At the end of the contract {E} shall provide {W} with an air ticket back to {home} at {eits} own expense.",
            "The return journey of {W} to {home} is paid for by {E}, whether the contract expires or is ended early by {E}.",
            "{Ec} bears the cost of the flight home to {home} when the employment ends.",
            "Repatriation of {W} to {home} on completion of service shall be at the cost of {E}.",
            "When the contract is over, {E} buys {W} a one-way ticket to {home}.",
            "A ticket for the journey back to {home} is provided at the close of the engagement, free of charge to {W}.",
        ],
        "y": [
            ("Who pays for my flight home?", "When your contract ends we will book and pay for your flight back to {home}.", "We do."),
            ("How do I get home at the end?", "We buy your ticket home to {home}."),
        ],
        "kp": [("Return travel", "air ticket to {home}, paid by the employer"), ("Flight home", "economy class to {home}, at the employer's cost")],
        "ky": [("Flight home", "to {home}, paid by us"), ("Return air ticket", "{home}, at our expense")],
        "id": [
            ("Siapa yang membayar tiket pulang saya?", "Tiket pulang {W} ke {home} ditanggung oleh {E} pada akhir masa kontrak."),
            ("Bagaimana saya pulang setelah kontrak selesai?", "{Ec} menanggung biaya pemulangan {W} ke {home} setelah kontrak selesai."),
        ],
    },
    "complaint": {
        "p": [
            "{Wc} may bring any complaint to {A}, to {labour} or to {consulate}.",
            "If a problem arises, {W} may call {hotline} free of charge, or write to {consulate}.",
            "Grievances may be raised with {E} or, if {W} prefers, directly with {labour}.",
            "Should {W} feel unfairly treated, {he} may turn to {labour}, which deals with such matters free of charge, or to {consulate}.",
        ],
        "y": [
            ("Who can I talk to if I have a problem?", "You can call {hotline} or contact {consulate}; you can also speak to {A}."),
            ("Where can I get help?", "{labourc} and {consulate} both help workers in your situation, and you may contact either of them at any time."),
        ],
        "kp": [("Help line", "{hotline}"), ("Complaints", "{labourc}; {consulate}")],
        "ky": [("Help line", "{hotline}"), ("If you need help", "{labourc} or {consulate}")],
        "id": [
            ("Ke mana saya mengadu jika ada masalah?", "Pengaduan dapat disampaikan kepada {A}, kepada {consulate_id} atau melalui {hotline_id}."),
            ("Siapa yang dapat membantu saya?", "{Wc} dapat meminta bantuan {consulate_id} atau menghubungi {hotline_id} kapan saja."),
        ],
    },
}

# Decoys: look like an element but state none (used where it is missing).
DECOY = {
    "wage": {
        "p": ["Wages are paid monthly by transfer to an account opened in the name of {W}.",
              "The salary attached to the post follows the pay scale of {E} and is confirmed in the first pay slip."],
        "y": [("How will I be paid?", "Your salary is paid monthly into your own bank account.")],
        "kp": [("Salary", "according to the grade of the post")],
        "ky": [("Salary", "according to the grade of the post, shown in your first pay slip")],
        "id": [("Bagaimana gaji saya dibayar?", "Gaji dibayarkan setiap bulan melalui transfer bank.")],
    },
    "hours": {
        "p": ["Overtime, if any, is voluntary and paid at one and a half times the normal hourly rate.",
              "{Wc} records the times worked in a notebook that both parties sign each week."],
        "y": [("Is overtime paid?", "Overtime is voluntary and is paid at 1.34 times your hourly rate for the first two hours.", "Yes."),
              ("Where do I find my shifts?", "The shift roster is posted on the notice board every Friday.")],
        "kp": [("Time sheet", "times worked recorded in a notebook signed weekly")],
        "ky": [("Overtime", "voluntary, paid at the legal rate")],
        "id": [("Bagaimana dengan lembur?", "Lembur bersifat sukarela dan dibayar sesuai peraturan.")],
    },
    "rest": {
        "p": ["{Wc} is entitled to an uninterrupted rest of at least eleven hours between two working days.",
              "The public holidays of {country} are paid holidays."],
        "y": [("Are public holidays paid?", "The public holidays of {country} are paid days off.", "Yes.")],
        "kp": [("Public holidays", "paid, as fixed by the government")],
        "ky": [("Public holidays", "paid")],
        "id": [("Apakah hari raya resmi dibayar?", "Hari raya resmi di {country_id} merupakan hari libur dengan upah penuh.")],
    },
    "repat": {
        "p": ["{Ec} pays the air ticket from {home} to {city} at the start of the contract.",
              "The insurance taken out by {E} covers the repatriation of mortal remains."],
        "y": [("Who pays for my flight here?", "We pay your ticket from {home} to {city}.")],
        "kp": [("Travel to {country}", "air ticket {home}-{city} paid by the employer")],
        "ky": [("Flight to {country}", "paid by us")],
        "id": [("Siapa yang membayar tiket berangkat?", "Tiket dari {home} ke {city} dibayar oleh {E}.")],
    },
    "complaint": {
        "p": ["This contract is governed by the laws of {country}.",
              "{Wc} reports to, and takes instructions from, the supervisor appointed by {E}.",
              "Notices under this contract are given in writing to the addresses shown above."],
        "y": [("Who is my supervisor?", "Your supervisor is the head of your section, who gives you your daily tasks.")],
        "kp": [("Reports to", "the supervisor appointed by the employer")],
        "ky": [("Reporting to", "your section head")],
        "id": [("Siapa atasan saya?", "{Wc} menerima perintah kerja dari {E}.")],
    },
}

# Ordinary (neutral) clauses by topic.
ORD = {
    "job": {
        "p": ["{Ec} engages {W} as {jobtitle} at {place}, and {W} accepts the engagement.",
              "The duties of {W} are {duties}.",
              "This contract runs for two years from the date on which {W} arrives in {country}.",
              "Duties other than those described here are assigned to {W} only with {his} agreement."],
        "y": [("What job will I do?", "You will work as {jobtitle} at {place}. Your duties are {duties}."),
              ("How long is my contract?", "Your contract lasts two years, starting on the day you arrive in {country}.")],
        "id": [("Apa pekerjaan saya?", "{Ec} mempekerjakan {W} sebagai {jobtitle_id} di {place_id}."),
               ("Berapa lama kontrak saya?", "Perjanjian ini berlaku selama dua tahun terhitung sejak {W} tiba di {country_id}.")],
    },
    "board": {
        "p": ["{Ec} shall provide {W} with {accom} and with three meals a day, or with a food allowance of {food} a month instead, free of charge."],
        "y": [("Where will I live?", "We provide {accom} free of charge, with meals or a food allowance of {food} a month.")],
        "id": [("Di mana saya tinggal?", "{Ec} menyediakan tempat tinggal yang layak serta makan tiga kali sehari tanpa biaya.")],
    },
    "medical": {
        "p": ["{Ec} pays for any medical treatment that {W} needs during the contract and insures {him} against accidents at work."],
        "y": [("What if I am ill or injured?", "We pay for your medical treatment, and our insurance covers you from your first day.")],
        "id": [("Bagaimana jika saya sakit?", "Biaya pengobatan {W} selama masa kontrak dan premi asuransi ditanggung oleh {E}.")],
    },
    "leave": {
        "p": ["After twelve months of service {W} is entitled to {al} days of paid annual leave."],
        "y": [("Do I get annual leave?", "You have {al} days of paid leave after each year of service.", "Yes.")],
        "id": [("Apakah saya mendapat cuti tahunan?", "Setelah bekerja dua belas bulan, {W} berhak atas cuti tahunan dua belas hari dengan upah penuh.")],
    },
    "ending": {
        "p": ["If {E} ends the employment before the term expires, other than for serious misconduct, {E} gives one month's notice or one month's wages instead.",
              "On the last working day {E} pays {W} all sums then due under this contract."],
        "y": [("Can you end my contract early?", "We may end your contract early only for a good reason, and then with one month's notice or one month's pay instead, together with everything we owe you.")],
        "id": [("Bisakah kontrak saya diakhiri lebih awal oleh majikan?", "Apabila {E} mengakhiri perjanjian sebelum waktunya tanpa kesalahan {W}, {E} membayar upah satu bulan sebagai pengganti pemberitahuan.")],
    },
    "general": {
        "p": ["This contract is governed by the law of {country}.",
              "Each party keeps a signed copy of this contract in English and in {lang}.",
              "Changes to these terms are valid only if made in writing and signed by both parties."],
        "y": [("Which law applies?", "The law of {country} applies, and you have a copy of these terms in {lang}.")],
        "id": [("Dalam bahasa apa perjanjian ini dibuat?", "Perjanjian ini dibuat dalam bahasa Indonesia dan bahasa Inggris; masing-masing pihak menerima satu salinan.")],
    },
}

# neutral items for declarations / rules / cost and document tables
DECL_NEUTRAL = [
    "I have read these terms in a language I understand, and they were explained to me before I signed.",
    "I received a copy of these terms before I left {home}.",
    "I am at least eighteen years old.",
    "The information I gave about my work experience is true.",
]
RULES_NEUTRAL = {
    "hh": ["Laundry: Mondays and Thursdays, unless agreed otherwise.",
           "Kitchen: please clean the stove after cooking your own meals.",
           "Recycling: glass and paper go in the boxes by the back door.",
           "Heating and air conditioning: switch off when leaving a room."],
    "site": ["Cooking is allowed in the shared kitchen until 10 p.m.",
             "Report broken equipment or leaking taps to the supervisor.",
             "Keep fire exits clear at all times.",
             "Separate recyclable waste into the blue bins."],
}
COST_NEUTRAL = [
    ["Work visa and residence permit", "at cost", "Employer", "-"],
    ["Outward flight {home}-{city}", "at cost", "Employer", "-"],
    ["Medical insurance", "at cost", "Employer", "-"],
    ["Pre-departure orientation", "free", "-", "-"],
]
DOCS_NEUTRAL = [
    ["Photocopy of passport", "Employer", "for the personnel file"],
    ["Signed copy of this contract", "both parties", "-"],
    ["Medical certificate", "Employer", "confidential"],
]
