# -*- coding: utf-8 -*-
"""Hand-written wording for batch 14 (recruitaudit contract clause set).

Everything here was written from scratch for this batch.  Placeholders in
braces are filled by make_set.py (see make_ctx there).  "^" inside an
abusive clause marks where the abusive sentence starts when a neutral
sentence precedes it.
"""

# ---------------------------------------------------------------- places
DEST = {
    'HK': dict(country='Hong Kong', city='Hong Kong', iso='HKD',
               labour='the Labour Department of Hong Kong (hotline 2717 1771)',
               labour_id='Departemen Tenaga Kerja Hong Kong (telepon 2717 1771)',
               law='the Employment Ordinance', rest='Sunday'),
    'SG': dict(country='Singapore', city='Singapore', iso='SGD',
               labour='the Ministry of Manpower (helpline 1800 339 5505)',
               law='the Employment of Foreign Manpower Act', rest='Sunday'),
    'TW': dict(country='Taiwan', city='Taipei', iso='TWD',
               labour='the 1955 Labour Consultation and Complaint Hotline of the Ministry of Labor',
               labour_id='Saluran Pengaduan 1955 Kementerian Tenaga Kerja Taiwan',
               law='the Labor Standards Act', rest='Sunday'),
    'MY': dict(country='Malaysia', city='Kuala Lumpur', iso='MYR',
               labour='the Labour Department of Peninsular Malaysia (Jabatan Tenaga Kerja)',
               labour_id='Jabatan Tenaga Kerja Semenanjung Malaysia',
               law='the Employment Act 1955', rest='Sunday'),
    'SA': dict(country='Saudi Arabia', city='Riyadh', iso='SAR',
               labour='the Ministry of Human Resources and Social Development (call centre 19911)',
               law='the Saudi Labour Law', rest='Friday'),
    'AE': dict(country='the United Arab Emirates', city='Dubai', iso='AED',
               labour='the Ministry of Human Resources and Emiratisation (600 590000)',
               law='the UAE labour law', rest='Friday'),
    'QA': dict(country='Qatar', city='Doha', iso='QAR',
               labour='the Ministry of Labour of Qatar (hotline 16008)',
               law='the Qatari Labour Law', rest='Friday'),
    'KW': dict(country='Kuwait', city='Kuwait City', iso='KWD',
               labour='the Public Authority for Manpower (hotline 128)',
               law='the law of Kuwait', rest='Friday'),
    'OM': dict(country='Oman', city='Muscat', iso='OMR',
               labour='the Ministry of Labour of Oman (hotline 80077000)',
               law='the Omani Labour Law', rest='Friday'),
    'BH': dict(country='Bahrain', city='Manama', iso='BHD',
               labour='the Labour Market Regulatory Authority (LMRA, 17506055)',
               law='the Bahraini Labour Law', rest='Friday'),
    'JO': dict(country='Jordan', city='Amman', iso='JOD',
               labour='the Ministry of Labour of Jordan (hotline 06 580 2666)',
               law='the Jordanian Labour Law', rest='Friday'),
    'LB': dict(country='Lebanon', city='Beirut', iso='USD',
               labour='the Ministry of Labour of Lebanon (hotline 1740)',
               law='the law of Lebanon', rest='Sunday'),
}

ORIG = {
    'PH': dict(country='the Philippines', city='Manila', nat='Philippine',
               auth='the Department of Migrant Workers (hotline 1348)',
               office='the Migrant Workers Office'),
    'ID': dict(country='Indonesia', city='Jakarta', nat='Indonesian',
               auth='the Ministry for the Protection of Indonesian Migrant Workers (KP2MI)',
               office='the Indonesian Consulate'),
    'NP': dict(country='Nepal', city='Kathmandu', nat='Nepalese',
               auth='the Department of Foreign Employment in Kathmandu',
               office='the Labour Desk of the Nepalese Embassy'),
    'BD': dict(country='Bangladesh', city='Dhaka', nat='Bangladeshi',
               auth='the Bureau of Manpower, Employment and Training (BMET) in Dhaka',
               office='the Labour Wing of the Bangladesh Embassy'),
    'LK': dict(country='Sri Lanka', city='Colombo', nat='Sri Lankan',
               auth='the Sri Lanka Bureau of Foreign Employment (hotline 1989)',
               office='the Labour Welfare Section of the Sri Lankan Embassy'),
    'IN': dict(country='India', city='Kochi', nat='Indian',
               auth='the MADAD grievance portal of the Government of India',
               office='the Community Welfare Wing of the Indian Embassy'),
    'MM': dict(country='Myanmar', city='Yangon', nat='Myanmar',
               auth='the Department of Labour in Yangon',
               office='the labour attache of the Myanmar Embassy'),
    'KE': dict(country='Kenya', city='Nairobi', nat='Kenyan',
               auth='the National Employment Authority in Nairobi',
               office='the labour attache of the Kenyan Embassy'),
    'UG': dict(country='Uganda', city='Entebbe', nat='Ugandan',
               auth='the External Employment Unit of the Ministry of Gender, Labour and Social Development',
               office='the Ugandan Embassy'),
    'ET': dict(country='Ethiopia', city='Addis Ababa', nat='Ethiopian',
               auth='the Ministry of Labour and Skills in Addis Ababa',
               office='the Ethiopian Consulate'),
}

# ------------------------------------------- ordinary text, third person
# keyed by part; each value a list of alternatives, some parts with
# sector-specific lists ('dom' = domestic/care, 'co' = company)
ORD = {
    'job': {
        'dom': [
            "{Ec} engages {W} as a {job} to work and live at {workplace}.",
            "{Wc} carries out {duties}.",
            "{Wc} is not sent to work at any other address or for any person outside the household.",
        ],
        'co': [
            "{Ec} engages {W} as a {job} at {workplace}.",
            "{Wc} carries out {duties}, and other tasks that are reasonable for the post.",
            "{Wc} is not hired out to, or placed with, any other company.",
        ],
    },
    'term': [
        "This Contract starts on the day {W} arrives in {dest} and runs for {dur_words} ({dur_num} months).",
        "It may be renewed for a further period by a new written contract signed by both parties.",
    ],
    'wage': {
        'dom': [
            "{WAGE}",
            "The wage is paid by the seventh day of the following month, and {W} receives a written statement of the amount paid.",
            "The wage is reviewed once a year.",
        ],
        'co': [
            "{WAGE}",
            "Pay day is the final working day of every month; a payslip sets out the gross pay, any statutory contribution and the net amount.",
            "Overtime worked at {E}'s request is paid at one and a quarter times the normal hourly rate.",
        ],
    },
    'hours': [
        "{HOURS}",
        "{REST}",
        "Work done on the rest day at {E}'s request, with {W}'s agreement, is paid at double the daily rate or replaced by another day off in the same month.",
    ],
    'leave': [
        "{Wc} has {al} days of paid annual leave for each completed year of service.",
        "{Wc} is paid for the public holidays of {dest} and, on a doctor's certificate, for days of sickness as {law} provides.",
    ],
    'board': {
        'dom': [
            "{Ec} provides free meals and a private room with a bed, a fan, a cupboard and a door that {W} can close.",
            "Toiletries and work clothes are supplied without charge.",
        ],
        'co': [
            "{Ec} provides free accommodation in a hostel approved by the authorities, with not more than six persons to a room, and {food}.",
            "Transport between the accommodation and the workplace is provided free of charge.",
        ],
    },
    'medical': [
        "{Ec} pays for all medical and dental treatment {W} needs during the term, including any stay in hospital.",
        "{Ec} insures {W} against accidents at work and illness and pays the premiums in full.",
    ],
    'travel': [
        "{RETURN}",
        "Should {W} die while in service, {E} pays for the return of the remains to {origin}.",
    ],
    'costs': [
        "The work permit, the visa, the levy and every renewal of them are arranged by {E} and paid for by {E}.",
    ],
    'docs': [
        "{Ec} applies for {W}'s work permit and residence card and renews them in good time.",
        "{Wc} gives {E} the particulars needed for those applications.",
    ],
    'conduct': [
        "{Wc} performs the work carefully and honestly and follows the reasonable instructions of {E}.",
        "{Wc} respects the laws and customs of {dest}.",
        "{Ec} treats {W} with respect and protects {obj} from any abuse, harassment or violence.",
    ],
    'termination': [
        "{Ec} may terminate this Contract only for a valid reason given in writing, after hearing {W}'s explanation.",
        "Wages, leave pay and any end-of-service benefit due are paid in full on the last day of service.",
    ],
    'complaints': [
        "{COMPLAINT}",
        "Any disagreement is first discussed between the parties in good faith.",
    ],
    'general': [
        "Each party has received a copy of this Contract signed by both.",
        "An amendment to this Contract binds the parties only when it is written down and signed by each of them.",
    ],
}

HEAD = {  # (clause heading, article heading, flat run-in)
    'job': ['POSITION AND PLACE OF WORK', 'EMPLOYMENT', 'DUTIES AND PLACE OF WORK'],
    'term': ['DURATION', 'PERIOD OF CONTRACT', 'TERM'],
    'wage': ['WAGES', 'REMUNERATION', 'SALARY'],
    'wage_missing': ['PAYMENT', 'PAYMENT ARRANGEMENTS', 'PAYMENT'],
    'hours': ['HOURS OF WORK AND REST', 'WORKING TIME AND REST DAYS', 'HOURS AND REST'],
    'hours_missing': ['DAILY ARRANGEMENTS', 'ORGANISATION OF WORK', 'DAILY ARRANGEMENTS'],
    'hours_norest': ['HOURS OF WORK', 'WORKING TIME', 'HOURS OF WORK'],
    'leave': ['LEAVE AND HOLIDAYS', 'ANNUAL LEAVE', 'LEAVE'],
    'board': ['ACCOMMODATION AND FOOD', 'BOARD AND LODGING', 'ACCOMMODATION'],
    'medical': ['MEDICAL CARE AND INSURANCE', 'HEALTH AND INSURANCE', 'MEDICAL CARE'],
    'travel': ['TRAVEL AND REPATRIATION', 'AIR TRAVEL AND RETURN', 'TRAVEL'],
    'travel_missing': ['TRAVEL', 'JOURNEY TO THE WORKPLACE', 'TRAVEL'],
    'costs': ['RECRUITMENT COSTS', 'COSTS OF RECRUITMENT', 'COSTS'],
    'docs': ['PASSPORT AND PERMITS', 'DOCUMENTS', 'PERMITS AND DOCUMENTS'],
    'conduct': ['CONDUCT', 'OBLIGATIONS OF THE PARTIES', 'CONDUCT'],
    'termination': ['TERMINATION', 'ENDING THE CONTRACT', 'TERMINATION'],
    'complaints': ['COMPLAINTS AND DISPUTES', 'GRIEVANCES', 'COMPLAINTS'],
    'general': ['GENERAL PROVISIONS', 'FINAL PROVISIONS', 'GENERAL'],
}

# ------------------------------------------------ letter of appointment
LET = {
    'job': [
        "You are appointed as {job} and will work at {workplace}.",
        "Your duties are {duties}.",
    ],
    'term': [
        "Your appointment begins on the day you arrive in {dest} and is for {dur_words} ({dur_num} months).",
    ],
    'wage': [
        "{WAGE}",
        "Each payment is made against a pay statement that you sign and keep a copy of.",
    ],
    'hours': ["{HOURS}", "{REST}"],
    'leave': [
        "You will have {al} days of paid annual leave a year, the public holidays of {dest} and paid sick leave on a doctor's certificate.",
    ],
    'board': {
        'dom': ["Meals and a room of your own with a lockable door are provided free of charge."],
        'co': ["Accommodation in the staff hostel and {food} are provided free of charge, with transport to and from work."],
    },
    'medical': [
        "Medical and dental treatment, hospital care and accident insurance are paid for by us throughout your appointment.",
    ],
    'travel': ["{RETURN}"],
    'costs': [
        "Your work permit, visa and their renewals are applied for and paid for by us.",
    ],
    'docs': [
        "We will apply for your work permit and residence card and renew them before they expire.",
    ],
    'conduct': [
        "We expect you to do your work carefully and honestly, and you can expect to be treated with courtesy and respect.",
    ],
    'termination': [
        "We may end your appointment only for a valid reason given to you in writing.",
        "On the last day you will be paid all wages and leave pay due to you.",
    ],
    'complaints': ["{COMPLAINT}"],
}
LET_HEAD = {
    'job': 'Position', 'term': 'Commencement and duration', 'wage': 'Salary',
    'wage_missing': 'Payment', 'hours': 'Hours of work and rest days',
    'hours_missing': 'Your working day', 'leave': 'Holidays and leave',
    'board': 'Accommodation and meals', 'medical': 'Medical care',
    'travel': 'Travel', 'costs': 'Recruitment costs', 'docs': 'Passport and permits',
    'conduct': 'Conduct', 'termination': 'Ending the appointment',
    'complaints': 'Help and complaints',
}

# ---------------------------------- placement / recruitment service agreement
AGR = {
    'defs': [
        "In this Agreement, \"Employer\" means {emp_name} of {dcity}, {dest}; \"Placement\" means the deployment of the Worker to the Employer; and \"Term\" means the period of employment stated in clause {n_job}.",
    ],
    'services': [
        "The Agency shall find suitable employment for the Worker abroad, process the work visa and the other travel documents, and arrange the pre-departure orientation and the flight.",
        "The Agency shall keep in touch with the Worker during the Term through {Ad}, its partner agency in {dest}.",
    ],
    'job': [],   # filled with the terms list by make_set
    'costs': [
        "The Agency keeps a written record of every cost of the Placement and shows it to the Worker on request.",
    ],
    'docs': [
        "The Worker shall supply a valid passport, birth certificate and school certificates for the visa application.",
        "The Agency issues a dated receipt for every document it receives.",
    ],
    'training': [
        "The Worker attends the pre-departure orientation seminar and a medical examination at a clinic accredited by the authorities of {dest}.",
        "The Agency gives the Worker a copy of the medical report.",
    ],
    'obligations': [
        "The Worker shall give true information in the application and report any change in {pos} circumstances before departure.",
        "The Worker shall respect the laws and customs of {dest}.",
    ],
    'remit': [
        "The Agency provides information on sending money home through licensed banks and remittance companies.",
    ],
    'withdrawal': [
        "If the Employer withdraws the job offer before departure, the Agency shall try to find the Worker another placement on terms no less favourable.",
    ],
    'welfare': [
        "{COMPLAINT}",
        "The Agency's welfare officer can be reached by telephone on {agency_phone}.",
    ],
    'general': [
        "This Agreement is governed by the law of {origin}.",
        "Each party keeps a signed copy of this Agreement and of the employment contract attached to it.",
    ],
}
AGR_HEAD = {
    'defs': 'DEFINITIONS', 'services': 'SERVICES OF THE AGENCY',
    'job': 'TERMS OF THE OVERSEAS EMPLOYMENT', 'costs': 'FEES AND COSTS',
    'docs': 'DOCUMENTS', 'training': 'MEDICAL EXAMINATION AND ORIENTATION',
    'obligations': 'OBLIGATIONS OF THE WORKER', 'remit': 'SALARY AND REMITTANCES',
    'withdrawal': 'WITHDRAWAL AND CANCELLATION', 'welfare': 'WELFARE AND COMPLAINTS',
    'general': 'GOVERNING LAW AND COPIES',
}

# ---------------------------------------------------------------- annexes
UNDERTAKING = [
    "I will carry out the work described in the contract with care and honesty.",
    "I will respect the religion, customs and privacy of the family and of the people of {dest}.",
    "I will look after the property entrusted to me and report any breakage promptly.",
    "I will tell my employer at once if I feel unwell or am injured.",
    "I have read this contract in a language I understand and have kept a copy.",
]
UNDERTAKING_CO = [
    "I will carry out the work described in the contract with care and honesty.",
    "I will follow the safety instructions given at the workplace and wear the protective equipment supplied.",
    "I will respect the laws and customs of {dest}.",
    "I will tell my supervisor at once if I am unwell or injured.",
    "I have read this contract in a language I understand and have kept a copy.",
]
HOUSE_DOM = [
    "Shoes are left at the door of the house.",
    "The helper's uniform is washed separately from the family's clothes.",
    "The gas cooker is switched off after every use.",
    "Medicines for the children or for the elderly are given only as the parents or the doctor instruct.",
    "Breakages are reported on the same day; they are not charged to the helper.",
    "Guests of the family are served in the sitting room.",
]
HOUSE_CO = [
    "Rooms are kept clean and aired; inspection takes place on the first Saturday of each month.",
    "Cooking is allowed only in the common kitchen.",
    "Smoking is not allowed inside the building.",
    "Noise is kept low after 10 p.m. so that the night shift can sleep.",
    "Damaged fittings are reported to the warden, who arranges the repair.",
    "Fire exits are kept clear at all times.",
]

# ------------------------------------------------------ compliant look-alikes
# (type, voice, text, tags).  voice: body, you, agency, I, rule, id, id_saya
# tags: W = only for women workers (and not Singapore); wage/hours/rest/
# return/complaint = text touches that mandatory element (never used in a
# CTR-010 contract that lacks it).
LOOK = [
    # CTR-001
    ('CTR-001', 'body', "{Wc} keeps {pos} own passport, identity card and work permit; neither {E} nor any agency may take them from {obj} for any purpose.", ''),
    ('CTR-001', 'body', "When the permit is renewed, {E} borrows the passport for that purpose only and hands it back to {W} on the day the new permit is stamped, and {W} signs the document log to confirm its return.", ''),
    ('CTR-001', 'body', "Personal papers and valuables can be stored in the steel cabinet in {pos} room, to which there is one key, kept by {W}.", ''),
    ('CTR-001', 'agency', "The Agency hands the passport back to the Worker as soon as the visa has been stamped and keeps no original document of hers after that date.", ''),
    ('CTR-001', 'you', "Your passport and identity card stay in your own hands at all times, and nobody is permitted to hold them for you.", ''),
    ('CTR-001', 'docsack', "The documents listed above were seen and copied by {E} on the dates shown and handed back to {W} on the same day; {W} keeps them.", ''),
    ('CTR-001', 'I', "I keep my passport and certificates myself; they were given back to me by the agency once my visa was ready.", ''),
    ('CTR-001', 'rule', "Keep your passport and identity card in your own locker; the warden does not hold residents' documents.", 'co'),
    ('CTR-001', 'rule', "The helper keeps her passport and identity card in her own room; the family does not look after them.", 'dom'),
    ('CTR-001', 'id', "Paspor, KTP dan dokumen lain milik Pekerja tetap berada di tangan Pekerja sendiri dan tidak boleh ditahan oleh siapa pun.", ''),
    # CTR-002
    ('CTR-002', 'body', "{Wc} has paid nothing to obtain this job and will pay nothing for it: the agency's service charge, the visa and the medical check are invoiced to {E}.", ''),
    ('CTR-002', 'body', "No sum is taken from {pos} wages for recruitment, placement, training or processing.", 'wage'),
    ('CTR-002', 'body', "Money demanded from {W} by a broker or sub-agent for this job, if any, is refunded by {E} within a month of {W} reporting it.", ''),
    ('CTR-002', 'agency', "The Agency charges the Worker no fee or cost of any kind; its service fee is paid by the Employer under a separate agreement.", ''),
    ('CTR-002', 'you', "You will not be charged for your visa, your medical examination, your training or your journey; we pay for all of them.", 'return'),
    ('CTR-002', 'I', "I confirm that I have paid no money to the agency, or to anyone acting for it, to obtain this job.", ''),
    ('CTR-002', 'id', "Pekerja tidak dibebani biaya penempatan dalam bentuk apa pun, dan gajinya tidak dipotong untuk biaya tersebut.", 'wage'),
    # CTR-003
    ('CTR-003', 'body', "{Wc} lodges no security money and signs no note of debt in order to take up this job, and no relative of {pos} is asked to stand as guarantor.", ''),
    ('CTR-003', 'body', "{Wc} can resign at one month's notice without owing anything to {E} or to any agency.", ''),
    ('CTR-003', 'body', "At {pos} own written request {E} may advance up to one month's wage, free of interest, repaid in instalments of not more than one tenth of the monthly wage.", 'wage'),
    ('CTR-003', 'agency', "This Agreement involves no loan to the Worker, no bond and no pledge of land or other property by the Worker's family.", ''),
    ('CTR-003', 'you', "If you decide to leave before the end of your appointment, you will not be asked to pay back any recruitment cost or any penalty.", ''),
    ('CTR-003', 'I', "I have not signed any promissory note, bond or guarantee in connection with this placement.", ''),
    ('CTR-003', 'id', "Pekerja dapat mengakhiri perjanjian ini dengan pemberitahuan satu bulan sebelumnya tanpa dikenakan denda atau ganti rugi apa pun.", ''),
    # CTR-004
    ('CTR-004', 'body', "On rest days, and whenever off duty, {W} may go out, to meet friends and to attend religious services, and need not say where {pro} is going.", 'rest'),
    ('CTR-004', 'body', "Overtime is voluntary; {W} may refuse it, and when {pro} accepts it {pro} is paid one and a half times the hourly rate.", 'hours'),
    ('CTR-004', 'body', "{Wc} keeps {pos} mobile phone and may use it freely outside working hours.", ''),
    ('CTR-004', 'you', "Your day off is yours to spend as you choose, inside or outside the home, and you keep your own phone.", 'rest'),
    ('CTR-004', 'I', "I understand that I may go out on my day off and that my phone stays with me.", 'rest'),
    ('CTR-004', 'rule', "Visitors may be received in the common room until 10 p.m.; residents themselves may enter and leave at any hour.", 'co'),
    ('CTR-004', 'rule', "On her day off the helper goes out and comes back as she pleases.", 'dom rest'),
    ('CTR-004', 'id', "Pada hari libur Pekerja bebas keluar rumah, dan telepon genggam tetap dipegang serta digunakan oleh Pekerja sendiri.", 'rest'),
    # CTR-005 (women only)
    ('CTR-005', 'body', "{Ec} will not ask {W} to undergo a pregnancy or HIV test at any stage, and the result of any test she chooses to take is her own private matter.", 'W'),
    ('CTR-005', 'body', "If {W} becomes pregnant the Contract continues, and she has the maternity leave and protection provided by the law of {dest}.", 'W'),
    ('CTR-005', 'agency', "The pre-departure medical examination covers fitness for the job only; it includes no pregnancy test, and no worker is refused placement because she is pregnant.", 'W'),
    ('CTR-005', 'you', "Pregnancy will not cost you your job; you will be given the maternity leave provided by law.", 'W'),
    ('CTR-005', 'I', "I have been told that I will not be tested for pregnancy or HIV and that a pregnancy is no reason to end my contract.", 'W'),
    ('CTR-005', 'rule', "A resident who becomes pregnant keeps her bed in the dormitory and may ask for lighter duties.", 'W co'),
    ('CTR-005', 'rule', "A helper who becomes pregnant keeps her job, and the family gives her time off for her antenatal visits.", 'W dom'),
    ('CTR-005', 'id', "Kehamilan tidak menjadi alasan pemutusan hubungan kerja, dan Pekerja berhak atas cuti melahirkan sesuai hukum yang berlaku.", 'W'),
    # CTR-006 (women only)
    ('CTR-006', 'body', "Whether {W} is single or married, or marries during the term, makes no difference to this Contract.", 'W'),
    ('CTR-006', 'body', "{Ec} does not regulate {W}'s private life, friendships or family relationships outside working hours.", 'W'),
    ('CTR-006', 'agency', "The Worker's marital status played no part in her selection and will not affect her placement.", 'W'),
    ('CTR-006', 'you', "Your private life, including any relationship or marriage, is your own affair and has no bearing on this appointment.", 'W'),
    ('CTR-006', 'I', "I understand that I remain free to marry and that my private life is not part of this contract.", 'W'),
    ('CTR-006', 'rule', "Residents may receive members of their family, husbands included, in the visitors' room.", 'W co'),
    ('CTR-006', 'rule', "The helper's friendships and family life outside the house are her own business.", 'W dom'),
    ('CTR-006', 'id', "Status perkawinan Pekerja tidak mempengaruhi perjanjian ini, dan Pekerja bebas menikah selama masa kerja.", 'W'),
    # CTR-007
    ('CTR-007', 'body', "Pay goes each month into a bank account in {W}'s sole name, and the card and PIN of that account remain with {obj}.", ''),
    ('CTR-007', 'body', "{Ec} transfers part of the wage to {pos} family only on a remittance form signed by {W}, and stops doing so as soon as {pro} withdraws the form.", 'wage'),
    ('CTR-007', 'body', "No part of the wage is held back by {E} or by the agency, whether as savings or for any other purpose.", 'wage'),
    ('CTR-007', 'agency', "The Agency does not receive or hold any part of the Worker's salary, which the Employer pays directly to the Worker.", ''),
    ('CTR-007', 'you', "Your salary is paid to you in full each month, and no part of it will be kept by us on your behalf.", 'wage'),
    ('CTR-007', 'I', "I receive my whole salary myself every month and have not asked anyone to keep it for me.", 'wage'),
    ('CTR-007', 'rule', "Residents keep their own money and bank cards; the office stores no cash for anyone.", 'co'),
    ('CTR-007', 'id', "Gaji dibayarkan langsung ke rekening atas nama Pekerja, dan buku tabungan serta kartu ATM-nya dipegang oleh Pekerja sendiri.", ''),
    # CTR-008
    ('CTR-008', 'body', "After giving one month's notice {W} may take up work with another employer, and {E} signs the transfer papers without delay.", ''),
    ('CTR-008', 'body', "{Ec} will not file an absconding report against {W} because {pro} has resigned or left the job.", ''),
    ('CTR-008', 'body', "No exit permission from {E} is needed for {W} to travel home, on leave or for good.", ''),
    ('CTR-008', 'agency', "Once in {dest}, the Worker is free to move to another employer as the rules there allow, and the Agency will neither object to nor hinder the move.", ''),
    ('CTR-008', 'you', "You are free to resign on one month's notice and to take another job in {dest} if the law there allows it.", ''),
    ('CTR-008', 'I', "I know that I can move to another employer as the law of the host country allows, without the agency's permission.", ''),
    ('CTR-008', 'id', "Pekerja dapat berpindah majikan sesuai peraturan negara penempatan tanpa memerlukan persetujuan agensi.", ''),
    # CTR-009
    ('CTR-009', 'body', "Nothing in this Contract stops {W} from taking a complaint to the labour authorities, to a court, to {pos} embassy or to a trade union.", 'complaint'),
    ('CTR-009', 'body', "{Wc} may join a workers' association or union of {pos} choice and take part in its activities.", ''),
    ('CTR-009', 'body', "{Ec} shall not punish, dismiss or send home {W} because {pro} has made a complaint to anyone.", 'complaint'),
    ('CTR-009', 'agency', "The Worker may take any complaint about the Agency or the Employer directly to the authorities or to the embassy, without first going through the Agency.", 'complaint'),
    ('CTR-009', 'you', "You may speak to your embassy or the labour office at any time, and you will not be treated any differently for having done so.", 'complaint'),
    ('CTR-009', 'I', "I have been given the hotline numbers of the labour office and of my embassy, and I know I may call them whenever I wish.", 'complaint'),
    ('CTR-009', 'rule', "Residents may meet welfare groups, union representatives and embassy staff in the common room.", 'complaint co'),
    ('CTR-009', 'id', "Pekerja berhak menyampaikan pengaduan langsung kepada instansi ketenagakerjaan atau Perwakilan RI tanpa melalui agensi.", 'complaint'),
]

# part where a look-alike of each type goes
LOOK_PART = {
    'body': {'CTR-001': 'docs', 'CTR-002': 'costs', 'CTR-003': 'termination',
             'CTR-004': 'hours', 'CTR-005': 'medical', 'CTR-006': 'conduct',
             'CTR-007': 'wage', 'CTR-008': 'termination', 'CTR-009': 'complaints'},
    'agency': {'CTR-001': 'docs', 'CTR-002': 'costs', 'CTR-003': 'withdrawal',
               'CTR-004': 'obligations', 'CTR-005': 'training', 'CTR-006': 'obligations',
               'CTR-007': 'remit', 'CTR-008': 'obligations', 'CTR-009': 'welfare'},
}

# ------------------------------------------------------------- Indonesian
DEST_ID = {
    'HK': dict(country='Hong Kong', rep='Konsulat Jenderal RI (KJRI) di Hong Kong'),
    'TW': dict(country='Taiwan', rep='Kantor Dagang dan Ekonomi Indonesia (KDEI) di Taipei'),
    'MY': dict(country='Malaysia', rep='Kedutaan Besar RI (KBRI) di Kuala Lumpur'),
}
ORD_ID = {
    'job': {
        'dom': [
            "Pemberi Kerja mempekerjakan Pekerja sebagai {job} di {workplace}.",
            "Pekerja melaksanakan {duties}.",
            "Pekerja tidak dipekerjakan di alamat lain atau pada orang lain di luar rumah tangga Pemberi Kerja.",
        ],
        'co': [
            "Pemberi Kerja mempekerjakan Pekerja sebagai {job} di {workplace}.",
            "Pekerja melaksanakan {duties}.",
            "Pekerja tidak dipindahkan atau dipinjamkan kepada perusahaan lain.",
        ],
    },
    'term': [
        "Perjanjian ini berlaku selama {dur_words} ({dur_num} bulan) terhitung sejak Pekerja tiba di {dest}.",
        "Perjanjian dapat diperpanjang dengan perjanjian tertulis yang baru.",
    ],
    'wage': [
        "{WAGE}",
        "Gaji dibayarkan paling lambat tanggal 7 bulan berikutnya disertai slip gaji yang menyebutkan jumlah yang dibayarkan.",
        "Kerja lembur atas permintaan Pemberi Kerja dibayar sesuai peraturan yang berlaku di {dest}.",
    ],
    'hours': ["{HOURS}", "{REST}",
              "Apabila Pekerja bersedia bekerja pada hari libur, Pekerja mendapat upah tambahan satu hari atau hari libur pengganti dalam bulan yang sama."],
    'leave': [
        "Pekerja berhak atas cuti tahunan dengan upah selama {al} hari untuk setiap tahun masa kerja.",
        "Pekerja berhak atas hari libur resmi di {dest} dan cuti sakit dengan surat keterangan dokter.",
    ],
    'board': {
        'dom': ["Pemberi Kerja menyediakan makan secara cukup dan kamar tidur tersendiri yang layak tanpa biaya."],
        'co': ["Pemberi Kerja menyediakan asrama yang layak tanpa biaya serta tunjangan makan."],
    },
    'medical': [
        "Biaya pengobatan dan perawatan di rumah sakit selama masa kerja ditanggung oleh Pemberi Kerja.",
        "Pemberi Kerja mengikutsertakan Pekerja dalam asuransi kesehatan dan kecelakaan kerja dan membayar preminya.",
    ],
    'travel': ["{RETURN}",
               "Apabila Pekerja meninggal dunia, Pemberi Kerja menanggung biaya pemulangan jenazah ke Indonesia."],
    'costs': ["Biaya izin kerja, visa dan perpanjangannya ditanggung oleh Pemberi Kerja."],
    'docs': ["Pemberi Kerja mengurus izin kerja dan izin tinggal Pekerja serta perpanjangannya tepat waktu."],
    'conduct': [
        "Pekerja melaksanakan pekerjaan dengan jujur dan penuh tanggung jawab.",
        "Pemberi Kerja memperlakukan Pekerja dengan baik dan melindunginya dari kekerasan dan pelecehan.",
    ],
    'termination': [
        "Pemberi Kerja hanya dapat mengakhiri Perjanjian ini dengan alasan yang sah yang diberitahukan secara tertulis.",
        "Pada saat Perjanjian berakhir, seluruh gaji dan hak Pekerja dibayarkan penuh.",
    ],
    'complaints': ["{COMPLAINT}",
                   "Perselisihan antara para pihak diselesaikan terlebih dahulu secara musyawarah."],
    'general': [
        "Perjanjian ini dibuat dalam dua rangkap yang sama kekuatan hukumnya, masing-masing dipegang oleh satu pihak.",
        "Perubahan Perjanjian ini hanya berlaku apabila dibuat secara tertulis dan ditandatangani kedua pihak.",
    ],
}
HEAD_ID = {
    'job': 'JENIS DAN TEMPAT PEKERJAAN', 'term': 'JANGKA WAKTU PERJANJIAN',
    'wage': 'GAJI', 'wage_missing': 'PEMBAYARAN',
    'hours': 'WAKTU KERJA DAN ISTIRAHAT', 'hours_norest': 'WAKTU KERJA',
    'leave': 'CUTI DAN HARI LIBUR RESMI', 'board': 'AKOMODASI DAN MAKAN',
    'medical': 'KESEHATAN DAN ASURANSI', 'travel': 'PERJALANAN DAN PEMULANGAN',
    'travel_missing': 'KEBERANGKATAN', 'costs': 'BIAYA', 'docs': 'DOKUMEN',
    'conduct': 'KEWAJIBAN PARA PIHAK', 'termination': 'BERAKHIRNYA PERJANJIAN',
    'complaints': 'PENGADUAN DAN PERSELISIHAN', 'general': 'PENUTUP',
}
AGR_ID = {
    'services': [
        "Perusahaan mencarikan pekerjaan bagi Pekerja, mengurus visa kerja dan dokumen perjalanan, serta menyelenggarakan orientasi pra-pemberangkatan.",
        "Perusahaan memantau keadaan Pekerja selama masa kerja melalui {Ad}, mitra usahanya di {dest}.",
    ],
    'job': [],
    'costs': ["Setiap pembayaran yang diterima Perusahaan dicatat dan diberi kuitansi bermeterai."],
    'docs': ["Pekerja menyerahkan fotokopi KTP, kartu keluarga dan ijazah untuk keperluan pendaftaran."],
    'training': ["Pekerja mengikuti pelatihan kerja, orientasi pra-pemberangkatan dan pemeriksaan kesehatan di sarana kesehatan yang ditunjuk pemerintah."],
    'obligations': ["Pekerja memberikan keterangan yang benar dalam pendaftaran.",
                    "Pekerja mematuhi hukum dan adat istiadat negara penempatan."],
    'remit': ["Perusahaan memberikan informasi tentang pengiriman uang melalui bank resmi."],
    'withdrawal': ["Apabila Pemberi Kerja membatalkan permintaan, Perusahaan mengupayakan penempatan lain dengan syarat yang tidak lebih rendah."],
    'welfare': ["{COMPLAINT}"],
    'general': ["Perjanjian ini dibuat dalam dua rangkap yang sama kekuatan hukumnya.",
                "Hal-hal yang belum diatur dalam Perjanjian ini diselesaikan menurut peraturan perundang-undangan Indonesia."],
}
AGR_HEAD_ID = {
    'services': 'LAYANAN PERUSAHAAN', 'job': 'SYARAT KERJA DI NEGARA PENEMPATAN',
    'costs': 'BIAYA PENEMPATAN', 'docs': 'DOKUMEN',
    'training': 'PELATIHAN DAN PEMERIKSAAN KESEHATAN',
    'obligations': 'KEWAJIBAN PEKERJA', 'remit': 'GAJI DAN PENGIRIMAN UANG',
    'withdrawal': 'PENGUNDURAN DIRI DAN PEMBATALAN',
    'welfare': 'PERLINDUNGAN DAN PENGADUAN', 'general': 'PENUTUP',
}
PERNYATAAN = [
    "Saya akan melaksanakan pekerjaan dengan jujur dan penuh tanggung jawab.",
    "Saya akan menghormati agama dan adat istiadat keluarga Pemberi Kerja.",
    "Saya akan menjaga barang-barang milik Pemberi Kerja dengan baik.",
    "Saya akan segera memberi tahu Pemberi Kerja apabila saya sakit.",
    "Saya telah membaca dan memahami isi perjanjian kerja ini dan menyimpan salinannya.",
]
TATA_TERTIB = [
    "Alas kaki dilepas di depan pintu.",
    "Kompor gas dimatikan setiap selesai dipakai.",
    "Obat untuk anak atau orang tua diberikan sesuai petunjuk dokter.",
    "Barang yang pecah dilaporkan pada hari yang sama dan tidak dibebankan kepada Pekerja.",
    "Tamu keluarga dilayani di ruang tamu.",
]
