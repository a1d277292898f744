# Batch 13 hand-written clause variants (written from scratch for this batch).
# Each variant: (form, section, tag, text)
#   form: c = numbered clause sentence, h = house-rule item, s = cost-schedule
#         row ("item | payer | note"), d = worker's declaration item
#   section (form c only): key of the contract part the sentence goes into
#   tag: any / home (household only) / firm (company, hostel, site only)
#   text: placeholders {E} {Ec} {W} {Wc} {Ws} {Wsc} {pro} {pos} {cur}
#         {country} {city} {home} {agency} {feecur}; "^" marks where the
#         abusive sentence starts when a neutral sentence precedes it.
# Index 5 of each abusive list (CTR-001..008) is the Indonesian variant.

ABUSE = {
    "CTR-001": [
        ("c", "docs", "any", "Upon reporting for duty, {Ws} passport, together with the residence permit once issued, shall be lodged with the personnel office of {E}, where both remain until {Ws} final departure; a certified copy is supplied on request."),
        ("h", None, "firm", "Passports of all staff are held in the company safe. A staff member who needs a passport for a bank or remittance matter may look at it in the presence of the supervisor."),
        ("d", None, "any", "I consent to my passport being kept by my employer for as long as I am employed, for my own protection against loss or theft."),
        ("c", "docs", "any", "Save where an immigration officer directs otherwise, the travel document of {W} is in the custody of {E} from the day of arrival until the day of exit."),
        ("c", "docs", "any", "{Ec} attends to every renewal of the work permit. ^For that reason the original passport of {W} is retained by {E} while this Contract lasts and is released only at the airport on {Ws} final departure."),
        ("c", "docs", "any", "Paspor {W} diserahkan kepada {E} setibanya di negara penempatan dan disimpan oleh {E} selama Perjanjian ini berlaku."),
    ],
    "CTR-002": [
        ("s", None, "any", "Placement fee | Worker | {cur} 4,200, recovered by the Employer from wages at {cur} 700 per month"),
        ("c", "wages", "any", "An administration charge equal to one month's basic wage is payable by {W} to {agency} and will be taken out of the first salary."),
        ("d", None, "any", "I understand that the training and medical costs of my recruitment, advanced by {agency}, are to be paid back by me out of my salary in the first four months."),
        ("c", "travel", "any", "Neither {E} nor the agency charges {W} for recruitment, other than the pre-departure orientation, the trade test and the visa stamping, which {W} settles before the flight."),
        ("c", "travel", "any", "{Ec} is not responsible for the cost of {Ws} medical examination, entry visa or air ticket to {city}."),
        ("s", None, "any", "Biaya penempatan | Pekerja | Rp 21.000.000, dipotong dari gaji selama tujuh bulan"),
    ],
    "CTR-003": [
        ("c", "ending", "any", "Should {W} bring this Contract to an end before the expiry of the first eighteen months, a sum equal to two months' basic wage becomes due from {W} to {E} as compensation for the cost of a replacement."),
        ("s", None, "any", "Security deposit | Worker | one month's basic wage, paid on signing and returned only on completion of the full term"),
        ("d", None, "any", "I have signed a promissory note for {feecur} in favour of {agency}, and my brother has signed it as my guarantor."),
        ("h", None, "firm", "A staff member who walks out before the end of the contract forfeits the accommodation bond of {cur} 500 collected at induction."),
        ("c", "wages", "any", "The agency has obtained for {W} a loan from its partner finance company to cover the pre-departure costs; the instalments of that loan are paid by {E} to the lender out of {Ws} monthly salary until it is cleared."),
        ("c", "ending", "any", "{Wc} wajib menyerahkan uang jaminan sebesar Rp 5.000.000 kepada {E}, yang hangus apabila {W} berhenti sebelum masa Perjanjian berakhir."),
    ],
    "CTR-004": [
        ("h", None, "home", "{Wc} does not leave the house on her own; on her day off she may go out with Madam or with the family driver."),
        ("c", "hours", "any", "Given the nature of care work, {W} shall remain available to the patient at all hours, and the weekly rest day of {W} may be put off by {E} when no relief carer can be found."),
        ("c", "hours", "any", "The mobile phone of {W} is handed to {E} at 9 a.m. each day and given back after the evening meal."),
        ("h", None, "home", "Visitors are not received at the house, and {W} is not to talk with the helpers of neighbouring houses."),
        ("c", "hours", "any", "The rest day is to be spent inside the residence of {E}, for {Ws} own safety."),
        ("h", None, "home", "Pada hari libur {W} tetap berada di rumah {E} kecuali diajak bepergian oleh keluarga {E}."),
    ],
    "CTR-005": [
        ("d", None, "any", "I confirm that I am not pregnant, and I accept that my contract will be cancelled and I will be sent home at my own expense if a pregnancy is discovered."),
        ("c", "medical", "any", "Every six months {W} is to attend a clinic nominated by {E} for a urine test for pregnancy, and {E} may end this Contract forthwith if the result is positive."),
        ("c", "medical", "any", "Continued employment is conditional on {W} remaining free of HIV, and {E} may call for a blood test for this purpose at any time."),
        ("c", "medical", "any", "{Wc} agrees to receive a contraceptive injection before departure and to keep it up to date throughout the service, at the cost of {E}."),
        ("h", None, "home", "A helper who turns out to be expecting a child will be handed back to the agency within the same week."),
        ("c", "ending", "any", "Apabila {W} hamil selama masa kerja, Perjanjian ini berakhir dengan sendirinya dan {W} dipulangkan ke Indonesia."),
    ],
    "CTR-006": [
        ("c", "general", "any", "During the currency of this Contract {W} shall not enter into marriage, whether in {country} or elsewhere."),
        ("h", None, "home", "No boyfriends. A helper seen in the company of a man who is not a relative will be dismissed."),
        ("d", None, "any", "I promise that I will not get pregnant while I am working under this contract."),
        ("c", "general", "any", "It is a condition of service that {W} neither marries nor begins a romantic relationship with any person for as long as this Contract runs; breach of this condition is serious misconduct."),
        ("c", "general", "any", "{Ec} provides a room for the sole use of {W}. ^Pregnancy during the period of service is not permitted."),
        ("c", "general", "any", "Selama masa Perjanjian, {W} tidak boleh menikah dan tidak boleh mempunyai pacar."),
    ],
    "CTR-007": [
        ("c", "wages", "any", "One third of the monthly wage is paid to {W} in cash; the balance is kept by {E} and handed over in a single sum when {W} leaves {country} at the end of the contract."),
        ("h", None, "firm", "Salary ATM cards are kept by the Admin Department. They are handed to the worker on pay day for the withdrawal and returned to Admin the same day."),
        ("s", None, "any", "Compulsory savings | Worker | {cur} 200 a month, held by the Employer as security and paid out on final exit"),
        ("c", "wages", "any", "The salary of {W} shall be remitted by {E} each month to the agency, which pays it over to {W} after deducting any amount owing."),
        ("d", None, "any", "I agree that my wages for the first three months will be kept by my employer and paid to me together with my final salary."),
        ("c", "wages", "any", "Gaji {W} ditransfer ke rekening yang dibuka oleh Agensi; buku tabungan dan kartu ATM disimpan oleh Agensi sampai Perjanjian selesai."),
    ],
    "CTR-008": [
        ("c", "ending", "any", "{Wc} may not resign during the first two years, and no release letter for a change of employer will be issued by {E} before the Term is completed."),
        ("h", None, "any", "A worker who stays away from the accommodation for more than one night without leave will be reported to the Immigration Department as a runaway."),
        ("d", None, "any", "I understand that I am not allowed to transfer to another employer in {country} while this contract runs."),
        ("c", "ending", "any", "Should {W} leave the service of {E} without the agreement of {E}, {E} shall file an absconding report with the police and the immigration authorities."),
        ("c", "ending", "any", "{Wc} shall not depart from {country} before the Term expires unless the sponsor has first signed an exit clearance for {W}."),
        ("c", "ending", "any", "{Wc} tidak dapat pindah majikan maupun mengakhiri Perjanjian ini sebelum masa kerja dua tahun selesai."),
    ],
    "CTR-009": [
        ("c", "general", "any", "Any dispute arising under this Contract shall be settled between {W} and {E} alone, and {W} shall not bring it before the labour office or an embassy."),
        ("h", None, "any", "Workers shall not join, or take part in the activities of, any union or workers' association."),
        ("d", None, "any", "I will not contact my embassy, the media or any NGO about my employment unless the agency has first agreed."),
        ("c", "general", "firm", "An employee who takes grievances about the Company to persons or bodies outside the Company, government offices included, commits gross misconduct."),
        ("c", "complaints", "any", "The decision of the agency on any disagreement between the parties binds {W}, who gives up the right to refer that disagreement to any court or tribunal."),
        ("h", None, "any", "Calling outside hotlines, or posting complaints about work on social media, is not permitted."),
    ],
}

# Compliant look-alikes. Indonesian ones have lang "id".
LOOK = {
    "CTR-001": [
        ("en", "c", "docs", "any", "{Wc} keeps {pos} own passport and residence card. Where {E} needs one of them to renew a permit, it is given back to {W}, against signature, no later than two working days afterwards."),
        ("en", "h", None, "firm", "Every room has lockers with a personal key; the management keeps no spare key and does not collect passports."),
        ("en", "d", None, "any", "I have been told that nobody, including my employer and the agency, may hold my passport or identity card."),
        ("en", "c", "docs", "any", "Neither {E} nor any person acting for {E} shall take custody of {Ws} passport, identity card or work permit, even if {W} asks."),
        ("id", "c", "docs", "any", "Paspor dan dokumen pribadi lainnya dipegang sendiri oleh {W} dan tidak boleh ditahan oleh {E} maupun Agensi."),
    ],
    "CTR-002": [
        ("en", "s", None, "any", "Placement or service fee | Employer | no part of it may be charged to or recovered from the Worker"),
        ("en", "c", "wages", "any", "No recruitment fee or related cost, whether called a service charge, a processing fee or a training fee, shall be collected from {W} or deducted from {Ws} wages."),
        ("en", "d", None, "any", "I have not paid anyone to obtain this job. If I am asked for money, I can report it to the hotline given in this contract."),
        ("en", "c", "travel", "any", "If it is found that {W} paid a placement charge to any sub-agent, {E} shall refund the full amount within thirty days of learning of it."),
        ("id", "c", "wages", "any", "{Wc} tidak dibebani biaya penempatan dalam bentuk apa pun, dan gaji {W} tidak boleh dipotong untuk biaya tersebut."),
    ],
    "CTR-003": [
        ("en", "s", None, "any", "Deposit, bond or guarantee | none | not required from the Worker or the Worker's family"),
        ("en", "c", "ending", "any", "Either party may end this Contract by giving one month's notice in writing; no damages, fine or replacement cost can be claimed from {W} for doing so."),
        ("en", "c", "wages", "any", "At {Ws} own request {E} may lend {W} up to one month's wage for an emergency at home; no interest is charged and it is repaid over not less than six months."),
        ("en", "h", None, "any", "No fines are deducted for lateness or breakages; discipline is by warning only."),
        ("id", "c", "ending", "any", "{Wc} tidak diminta menyetor jaminan dalam bentuk apa pun, dan pengakhiran Perjanjian oleh {W} tidak menimbulkan denda."),
    ],
    "CTR-004": [
        ("en", "h", None, "home", "On rest days and after working hours {W} is free to go out and come back as she wishes; she is asked only to say roughly when she expects to return."),
        ("en", "c", "hours", "any", "{Wc} keeps {pos} own mobile phone and may use it freely outside working time."),
        ("en", "c", "hours", "any", "Overtime is voluntary, is paid at one and a half times the hourly rate and shall not exceed two hours a day."),
        ("en", "h", None, "firm", "A night watchman signs residents in after 11 p.m.; residents come and go freely at all hours."),
        ("id", "h", None, "any", "Pada hari libur {W} bebas keluar dan menggunakan telepon genggamnya sendiri."),
    ],
    "CTR-005": [
        ("en", "c", "medical", "any", "{Ec} shall not require a pregnancy or HIV test, either before {W} is taken on or during the employment."),
        ("en", "c", "medical", "any", "If {W} becomes pregnant, the employment continues and maternity leave and pay are given as the law of {country} provides."),
        ("en", "d", None, "any", "I was told that the medical check before departure covers only my fitness for the work and that its results are confidential."),
        ("id", "c", "medical", "any", "Kehamilan tidak menjadi alasan pemutusan hubungan kerja; {W} berhak atas cuti melahirkan sesuai hukum setempat."),
    ],
    "CTR-006": [
        ("en", "c", "general", "any", "The marital status of {W}, and any marriage or relationship during the Term, has no effect on this Contract."),
        ("en", "h", None, "home", "{Wc} may meet her husband, a boyfriend or friends on her rest day outside the house; her private life is her own."),
        ("en", "d", None, "any", "I understand that I may marry during the contract and that doing so will not cost me my job."),
        ("id", "c", "general", "any", "{Wc} boleh menikah selama masa Perjanjian dan hal itu tidak mempengaruhi hubungan kerja."),
    ],
    "CTR-007": [
        ("en", "c", "wages", "any", "Wages are paid on or before the 7th of each month into a bank account in {Ws} sole name; the bank card, passbook and PIN stay with {W}."),
        ("en", "h", None, "any", "Nobody working for the employer or the agency may ask for or keep a worker's ATM card or PIN."),
        ("en", "c", "wages", "any", "Money is sent to the family of {W} only on a written instruction of {W}, which {W} may cancel at any time."),
        ("en", "s", None, "any", "Savings scheme | optional | the Worker may join or leave at any time and withdraw the balance on request"),
        ("id", "c", "wages", "any", "Gaji dibayarkan langsung ke rekening atas nama {W}; buku tabungan dan kartu ATM dipegang oleh {W} sendiri."),
    ],
    "CTR-008": [
        ("en", "c", "ending", "any", "{Wc} may resign at any time by giving one month's written notice, and {E} shall then sign any release the authorities require for a new job."),
        ("en", "c", "ending", "any", "Leaving the job is not treated as absconding, and no absconding complaint shall be lodged against {W} for it."),
        ("en", "d", None, "any", "I was informed that the law of {country} lets me move to a new employer and that my present employer's consent is not needed."),
        ("id", "c", "ending", "any", "{Wc} dapat mengakhiri Perjanjian dan berpindah majikan sesuai peraturan yang berlaku tanpa persetujuan {E}."),
    ],
    "CTR-009": [
        ("en", "c", "complaints", "any", "Nothing in this Contract prevents {W} from going to the labour office, a court, a union or {pos} embassy, and no action shall be taken against {W} for doing so."),
        ("en", "h", None, "any", "Workers are free to join a union or a community group; membership is never a reason for discipline."),
        ("en", "d", None, "any", "I was given the hotline numbers of the labour authority and of my embassy, and I can call them without telling my employer."),
        ("id", "c", "complaints", "any", "{Wc} berhak menyampaikan pengaduan kepada KBRI, dinas tenaga kerja setempat, atau serikat pekerja tanpa izin {E}."),
    ],
}
