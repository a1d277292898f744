# -*- coding: utf-8 -*-
"""Batch 19 contract data: parties, terms and the abusive clauses, each
written once for its contract in the voice of the contract's register.

An abusive clause is (rule, text) or (rule, text, opts).  A "^" inside the
text is where the abusive part starts (the label line); without it the
label is the line where the item starts.  opts: where= placement inside
the register frame, split=1 forces a page break after the item's first
line.  Look-alikes of the English registers come from wording.py; the
Indonesian ones are written here per contract (key "look_id").
"""

# register codes: ocr, form, legal, sop, summary (English);
# penempatan, pk, pernyataan, tatatertib, handout (Indonesian)

C = []


def add(**kw):
    C.append(kw)


# ---------------------------------------------------------------- English
add(id='Y-001', lang='en', reg='ocr', role='abuse', sector='domestic', dest='SA', origin='PH', sex='F',
    worker='Rowena D. Bautista', employer='Mr. Faisal Abdullah Al-Harbi', place='Al Malqa district, Riyadh',
    agency='Golden Crest Manpower Agency Inc.', agency_addr='Unit 5, Shaw Tower, Mandaluyong City, Metro Manila',
    job='household service worker', wage=1500, cur='SAR',
    abuse=[('CTR-001', 'Travel documents. Upon arrival in the Kingdom the Worker shall turn over her passport and '
                       'iqama to the Employer, who keeps both in his custody for the whole period of her service '
                       'and gives them back only on the day of her final exit.'),
           ('CTR-005', 'Medical fitness. The Worker shall undergo a pregnancy test within thirty days of arrival '
                       'and every six months after that; should any result be positive the Employer may end her '
                       'employment forthwith and send her home.'),
           ('CTR-009', 'Disputes. The Worker shall refer any grievance solely to the Agency\'s coordinator in '
                       'Riyadh and agrees not to file a case with the Labour Office, the police or the Philippine '
                       'Embassy while she is under contract.', {'split': 1})],
    look=['CTR-002', 'CTR-008'])

add(id='Y-002', lang='en', reg='form', role='abuse', sector='domestic', dest='KW', origin='LK', sex='F',
    worker='W. A. Dilrukshi Kumari', employer='Mrs. Haya Saad Al-Mutairi', place='Block 4, Salmiya',
    agency='Lanka Bright Overseas Employment (Pvt) Ltd', agency_addr='42 Galle Road, Wattala',
    job='domestic worker', wage=110, cur='KWD',
    abuse=[('CTR-001', 'Passport / civil ID held by: ___Sponsor (Madam) - whole contract___'),
           ('CTR-004', 'Weekly rest day(s) actually given: __0__   [handwritten: no day off, Madam pays KD 10 extra '
                       'each month]', {'where': 'terms'}),
           ('CTR-002', 'Placement fee KWD 300:   [X] paid by Worker   [ ] paid by Sponsor   - recovered KWD 30 per '
                       'month from salary')],
    look=['CTR-006', 'CTR-009'])

add(id='Y-003', lang='en', reg='legal', role='abuse', sector='construction', dest='QA', origin='NP', sex='M',
    worker='Bikash Thapa Magar', employer='Al Nuaimi Contracting & Trading W.L.L.', place='Lusail project sites, Doha',
    agency='Himal Overseas Recruitment Pvt. Ltd.', agency_addr='Samakhusi, Kathmandu',
    job='steel fixer', wage=1300, cur='QAR',
    abuse=[('CTR-003', 'Either party may bring this Contract to an end by giving the other one month\'s notice in '
                       'writing or by paying one month\'s basic wage in lieu of such notice; ^provided always that '
                       'where the Employee terminates this Contract of his own motion before the expiry of eighteen '
                       '(18) months from the Commencement Date he shall indemnify the Employer for the visa, '
                       'recruitment and air travel costs incurred in respect of his engagement in the sum of QAR '
                       '3,800, which sum the Employer may recover from any amount then due to the Employee.'),
           ('CTR-008', 'Notwithstanding any law or regulation of the State of Qatar permitting a change of employer, '
                       'the Employee hereby irrevocably waives any right to transfer his services to another '
                       'employer during the Term, and the Employer shall be under no obligation whatsoever to issue '
                       'any no-objection letter, release or consent for that purpose.')],
    look=['CTR-001', 'CTR-007', 'CTR-009'])

add(id='Y-004', lang='en', reg='sop', role='abuse', sector='manufacturing', dest='MY', origin='BD', sex='M',
    worker='Md. Rakibul Hasan', employer='Perkasa Precision Moulding Sdn. Bhd.', place='Senai Industrial Park, Johor',
    agency='Padma Overseas Ltd.', agency_addr='House 12, Road 7, Banani, Dhaka',
    job='machine operator', wage=1700, cur='RM',
    abuse=[('CTR-001', 'Safekeeping of passports. The HR Assistant collects every new worker\'s passport on the day '
                       'of arrival, enters it in the passport register and locks it in the HR safe. Do not release '
                       'a passport to a worker during employment; the register entry is closed only when the worker '
                       'flies home.'),
           ('CTR-004', 'Hostel movement. Keep the hostel gate locked from 9.00 p.m. to 6.00 a.m. Workers leave the '
                       'hostel on rest days only in the company bus to the supermarket and back; refuse any other '
                       'request to go out.'),
           ('CTR-007', 'Payroll. Open an account for each worker at the Company\'s bank and keep the ATM card and PIN '
                       'slip in the payroll cabinet. Pay out RM 300 in cash on the 7th of each month; the remainder '
                       'stays in the account until the worker\'s contract is finished.')],
    look=['CTR-002', 'CTR-009'])

add(id='Y-005', lang='en', reg='summary', role='abuse', sector='domestic', dest='HK', origin='PH', sex='F',
    worker='Jennifer M. Dela Cruz', employer='Mr. and Mrs. Wong Ka Ho', place='Sha Tin, New Territories',
    agency='Pearl Harbour Employment Agency Ltd', agency_addr='Room 1203, Tung Ying Building, Tsim Sha Tsui',
    job='foreign domestic helper', wage=5000, cur='HKD', typo=1,
    abuse=[('CTR-002', 'Agency service charge: HK$ 12,000, taken from your salary at HK$ 2,000 a month for your '
                       'first six months. Your employer pays it over to us; this is arranged before you arrive.',
            {'where': 'cond'}),
           ('CTR-006', 'No boyfriend, no marriage. While you work in Hong Kong you must stay single. If we learn that '
                       'you have a partner, your contract will be ended and you will be sent home.', {'where': 'box'})],
    look=['CTR-001', 'CTR-004', 'CTR-009'])

add(id='Y-006', lang='en', reg='ocr', role='abuse', sector='construction', dest='AE', origin='IN', sex='M',
    worker='Suresh Kumar Yadav', employer='Gulf Horizon Building Contracting LLC', place='Mussafah, Abu Dhabi',
    agency='Shree Balaji Overseas Consultants', agency_addr='14 Vidhan Sabha Marg, Lucknow',
    job='mason', wage=1400, cur='AED',
    abuse=[('CTR-002', 'Recruitment charges. No fee is taken from the Employee for his placement, ^except a service '
                       'charge of INR 95,000 payable to the Agency before his visa is stamped, together with the cost '
                       'of the trade test, the medical examination and his air ticket to Abu Dhabi.'),
           ('CTR-003', 'Early resignation. An Employee who resigns during his first two years shall reimburse the '
                       'Company\'s visa and recruitment expenses of AED 4,000 and loses his gratuity; the Company may '
                       'deduct the same from his final settlement.')],
    look=['CTR-001', 'CTR-004', 'CTR-007'])

add(id='Y-007', lang='en', reg='form', role='abuse', sector='care', dest='TW', origin='VN', sex='F',
    worker='Nguyen Thi Thu Ha', employer='Mr. Chen Wen-Hsiung', place='Beitun District, Taichung',
    agency='Formosa Care Manpower Co., Ltd.', agency_addr='No. 88, Section 2, Wenxin Road, Taichung',
    job='home caregiver', wage=20000, cur='TWD',
    abuse=[('CTR-005', 'Pre-employment medical:  [X] general  [X] chest X-ray  [X] pregnancy test - repeated every 6 '
                       'months; positive result = contract cancelled'),
           ('CTR-007', 'Salary paid to:  [ ] worker\'s own account   [X] broker\'s account (broker hands worker NT$ '
                       '5,000 pocket money monthly, keeps the rest until contract finished)'),
           ('CTR-008', '[handwritten: worker agrees NOT to ask for change of employer in 3 yrs - broker will not '
                       'sign any transfer]')],
    look=['CTR-001', 'CTR-004'])

add(id='Y-008', lang='en', reg='legal', role='abuse', sector='domestic', dest='AE', origin='ET', sex='F',
    worker='Tigist Alemu Bekele', employer='Mrs. Mariam Khalfan Al Shamsi', place='Al Jimi, Al Ain',
    agency='Abyssinia Overseas Employment Agency PLC', agency_addr='Bole Sub-City, Woreda 3, Addis Ababa',
    job='domestic worker', wage=1100, cur='AED',
    abuse=[('CTR-006', 'Nothing in this Contract shall restrict the Domestic Worker\'s religious observance or her '
                       'correspondence with her family; ^provided however that the Domestic Worker shall not during '
                       'the Term contract any marriage or maintain any relationship with a man, and any breach of '
                       'this proviso shall entitle the Employer to terminate this Contract forthwith and without '
                       'notice.'),
           ('CTR-009', 'The Domestic Worker hereby irrevocably and unconditionally agrees that every dispute, claim '
                       'or grievance arising hereunder shall be finally determined by the Agency, and she waives any '
                       'right to lodge a complaint in respect thereof with the Ministry of Human Resources and '
                       'Emiratisation, the police or the Embassy of Ethiopia.')],
    look=['CTR-002', 'CTR-003', 'CTR-005'])

add(id='Y-009', lang='en', reg='sop', role='abuse', sector='hospitality', dest='BH', origin='KE', sex='F',
    worker='Faith Wanjiru Kamau', employer='Pearl Bay Hotel & Suites W.L.L.', place='Seef District, Manama',
    agency='Savannah Link Recruitment Ltd', agency_addr='Ngong Road, Nairobi',
    job='room attendant', wage=150, cur='BHD',
    abuse=[('CTR-005', 'Medical screening of female staff. Book a pregnancy test for every female recruit at the '
                       'Hotel clinic within seven days of arrival and repeat it at each visa renewal. Where a result '
                       'is positive, inform the General Manager and start termination and repatriation the same '
                       'week.'),
           ('CTR-008', 'Requests to change employer. Do not issue a release letter or a no-objection certificate to '
                       'any staff member during the first two years. Answer every LMRA mobility request by stating '
                       'that the Hotel does not consent.'),
           ('CTR-009', 'Outside complaints. Tell new staff at induction that grievances are dealt with inside the '
                       'Hotel only. Staff who contact the LMRA, the Ministry of Labour or their embassy about '
                       'workplace matters receive a final written warning.')],
    look=['CTR-001', 'CTR-003'], caps='annex')

add(id='Y-010', lang='en', reg='summary', role='abuse', sector='manufacturing', dest='JO', origin='BD', sex='F',
    worker='Shirin Akter', employer='Classic Stitch Apparel Co.', place='Al Hassan Industrial Estate, Irbid',
    agency='Green Delta Overseas', agency_addr='Purana Paltan, Dhaka',
    job='sewing machine operator', wage=260, cur='JOD', typo=1,
    abuse=[('CTR-004', 'Peak season: during order peaks the factory may call you to work on your weekly day off for '
                       'up to eight weeks in a row. Days off that are missed are not given back later.',
            {'where': 'cond'}),
           ('CTR-007', 'Savings: JOD 60 of your wage is kept back by the company every month in a savings fund. You '
                       'receive the whole amount in one payment when you return to Bangladesh after three years.',
            {'where': 'box'})],
    look=['CTR-002', 'CTR-005', 'CTR-006'])

add(id='Y-011', lang='en', reg='ocr', role='abuse', sector='hospitality', dest='OM', origin='UG', sex='F',
    worker='Sarah Nakato', employer='Wadi Sands Resort LLC', place='Al Bustan, Muscat',
    agency='Pearl Africa Labour Export Ltd', agency_addr='Plot 9, Kampala Road, Kampala',
    job='waitress', wage=130, cur='OMR',
    abuse=[('CTR-006', 'Conduct. Employees shall not marry, become engaged or enter into any intimate relationship '
                       'during the term of this contract. Breach of this rule results in summary dismissal and '
                       'repatriation.'),
           ('CTR-008', 'Change of employer. The Employee shall not seek employment with any other employer in the '
                       'Sultanate during this contract or for one year after it, and the Company will not sign any '
                       'release for the transfer of her visa.')],
    look=['CTR-002', 'CTR-009'])

add(id='Y-012', lang='en', reg='form', role='abuse', sector='construction', dest='SA', origin='PK', sex='M',
    worker='Muhammad Asif Khan', employer='Najd Al-Bena Contracting Est.', place='Buraidah, Qassim',
    agency='Indus Overseas Employment Promoters', agency_addr='Murree Road, Rawalpindi',
    job='shuttering carpenter', wage=1500, cur='SAR',
    abuse=[('CTR-003', 'Security deposit from worker: SAR 2,000   Refundable: [ ] yes  [X] only after 2 full years '
                       'of service   Guarantor: ___father, Gul Zaman Khan___'),
           ('CTR-009', '[handwritten: worker will NOT go to Labour Office or Embassy with any complaint - all '
                       'problems to Mr. Saleem (site manager) only]')],
    look=['CTR-001', 'CTR-004', 'CTR-007'])

add(id='Y-013', lang='en', reg='legal', role='abuse', sector='manufacturing', dest='TW', origin='PH', sex='F',
    worker='Lorna P. Villanueva', employer='Hsinchu United Electronics Corp.', place='Hsinchu Science Park',
    agency='Northwind International Placement Corp.', agency_addr='Ermita, Manila',
    job='production operator', wage=28590, cur='TWD', typo=1,
    abuse=[('CTR-002', 'The Employer shall bear the costs of the Employee\'s entry visa, work permit and health '
                       'examination in Taiwan, ^save and except the placement and training charges of the Philippine '
                       'agency in the amount of PHP 45,000, which the Employee hereby irrevocably authorises the '
                       'Employer to deduct from her salary in nine (9) equal monthly instalments.'),
           ('CTR-005', 'Notwithstanding anything to the contrary herein contained, the Employee shall submit to a '
                       'pregnancy test at each statutory health examination, and a positive result shall constitute '
                       'a ground for the termination of this Contract and the repatriation of the Employee.'),
           ('CTR-007', 'All wages due to the Employee shall be credited to a savings account opened in her name by '
                       'the Broker, the passbook and seal of which shall be retained by the Broker, who shall release '
                       'to the Employee such sums as she may reasonably require for her subsistence.')],
    look=['CTR-004', 'CTR-009'])

add(id='Y-014', lang='en', reg='sop', role='abuse', sector='domestic', dest='LB', origin='GH', sex='F',
    worker='Abena Owusu', employer='Mr. Georges Haddad', place='Jounieh, Mount Lebanon',
    agency='Golden Coast Recruitment Services', agency_addr='Kanda Highway, Accra',
    job='housekeeper', wage=250, cur='USD',
    abuse=[('CTR-001', 'Arrival. At the airport the office driver takes the housekeeper\'s passport and hands it to '
                       'the sponsor together with the residence papers. Remind the sponsor to keep the passport '
                       'locked away until she travels back.'),
           ('CTR-004', 'Going out. Instruct the sponsor that the housekeeper must not go outside the house alone, on '
                       'Sundays too. She goes out with a member of the family or with office staff.', {'split': 1}),
           ('CTR-006', 'Personal life. Explain to the housekeeper on arrival that a boyfriend or a marriage is not '
                       'allowed while she works in Lebanon; if she is found with a man, the office cancels her '
                       'contract and books her flight home.')],
    look=['CTR-002', 'CTR-009'])

add(id='Y-015', lang='en', reg='summary', role='abuse', sector='construction', dest='SG', origin='BD', sex='M',
    worker='Md. Shahin Alam', employer='Straits Civil Engineering Pte Ltd', place='Tuas worksites',
    agency='Sonar Bangla Overseas Ltd', agency_addr='Kakrail, Dhaka',
    job='construction worker (formwork)', wage=850, cur='SGD', caps='box',
    abuse=[('CTR-003', 'Training bond: before you leave Bangladesh you sign a bond of BDT 300,000 at the training '
                       'centre. If you leave the company before 2 years, your family in Bangladesh must pay it.',
            {'where': 'cond'}),
           ('CTR-008', 'Transfer: you cannot change to another company while your work permit is valid. The company '
                       'will not agree to any transfer, even if you ask MOM for help.', {'where': 'box'})],
    look=['CTR-001', 'CTR-002', 'CTR-004'])

add(id='Y-016', lang='en', reg='ocr', role='abuse', sector='agriculture', dest='MY', origin='NP', sex='M',
    worker='Ram Bahadur Gurung', employer='Ladang Bukit Tinggi Plantation Sdn. Bhd.', place='Bentong, Pahang',
    agency='Everest Manpower Services Pvt. Ltd.', agency_addr='Gongabu, Kathmandu',
    job='harvester (oil palm)', wage=1700, cur='RM',
    abuse=[('CTR-004', 'Peak crop. In the peak crop months the Estate may require work on every day of the week '
                       'without a rest day, and workers shall remain inside the estate lines after 7 p.m. unless the '
                       'Assistant Manager signs a pass.'),
           ('CTR-007', 'Payment of wages. Wages are paid into the Estate\'s staff account; the Estate keeps each '
                       'worker\'s ATM card and gives RM 200 cash a month for food, the balance being paid out when '
                       'the worker leaves Malaysia.')],
    look=['CTR-001', 'CTR-003', 'CTR-009'])

add(id='Y-017', lang='en', reg='form', role='abuse', sector='domestic', dest='SG', origin='MM', sex='F',
    worker='Nan Hsu Mon', employer='Mr. Tan Boon Keat', place='Bishan Street 22, Singapore',
    agency='Lion City Maid Agency Pte Ltd', agency_addr='Peninsula Plaza, 111 North Bridge Road',
    job='migrant domestic worker', wage=650, cur='SGD',
    abuse=[('CTR-001', 'Safekeeping of passport and work permit card:  [X] employer  [ ] helper   [handwritten: '
                       'Ma\'am keeps until helper goes home]'),
           ('CTR-009', 'Helper may seek help from MOM / embassy / NGO:  [ ] yes  [X] no - all problems to be '
                       'reported to the agency only')],
    look=['CTR-002', 'CTR-007'])

add(id='Y-018', lang='en', reg='legal', role='abuse', sector='domestic', dest='SA', origin='UG', sex='F',
    worker='Grace Nabirye', employer='Mr. Khalid Mohammed Al-Otaibi', place='Al Rawdah district, Jeddah',
    agency='Nile Gate Recruitment Ltd', agency_addr='Ntinda, Kampala',
    job='housemaid', wage=1000, cur='SAR',
    abuse=[('CTR-004', 'The Domestic Worker shall be entitled to take her weekly rest day in accordance with Clause '
                       '4; ^provided always that such rest day shall be spent within the Employer\'s residence and '
                       'that the Domestic Worker shall not leave the said residence at any time save in the company '
                       'of the Employer or a member of his household.'),
           ('CTR-005', 'THE DOMESTIC WORKER HEREBY DECLARES THAT SHE IS NOT PREGNANT AND UNDERTAKES TO SUBMIT TO SUCH '
                       'PREGNANCY TESTS AS THE EMPLOYER MAY REQUIRE FROM TIME TO TIME, AND IN THE EVENT OF HER '
                       'PREGNANCY THIS CONTRACT SHALL TERMINATE AUTOMATICALLY.')],
    look=['CTR-001', 'CTR-006', 'CTR-008'])

add(id='Y-019', lang='en', reg='sop', role='abuse', sector='construction', dest='QA', origin='GH', sex='M',
    worker='Kwame Asante Boateng', employer='Pearl Coast Engineering & Contracting W.L.L.', place='Ras Laffan and Doha sites',
    agency='Accra Overseas Manpower Ltd', agency_addr='Ring Road Central, Accra',
    job='scaffolder', wage=1200, cur='QAR',
    abuse=[('CTR-002', 'Fees. Collect GHS 18,000 from each selected candidate for the visa, medical, Qatar Visa '
                       'Centre biometrics and flight, and issue the agency receipt. Do not lodge the visa '
                       'application before the full amount is paid.'),
           ('CTR-003', 'Guarantor. Obtain from each candidate a signed promissory note of GHS 25,000 countersigned by '
                       'a guarantor (parent or spouse). The note is enforced if the worker leaves the employer within '
                       '24 months.')],
    look=['CTR-004', 'CTR-007', 'CTR-009'])

add(id='Y-020', lang='en', reg='summary', role='abuse', sector='domestic', dest='CY', origin='LK', sex='F',
    worker='K. G. Nadeeka Priyadarshani', employer='Mr. Andreas Christodoulou', place='Agios Athanasios, Limassol',
    agency='Ceylon Home Carers (Pvt) Ltd', agency_addr='Negombo Road, Ja-Ela',
    job='domestic worker', wage=450, cur='EUR', typo=1,
    abuse=[('CTR-006', 'Personal life: you may not marry or have a relationship during your two-year contract. If '
                       'you break this rule your employer may end the contract and you go back at your own cost.',
            {'where': 'cond'}),
           ('CTR-009', 'Complaints: do not go to the Labour Department, the police or your embassy. Call the agency '
                       'first and only. Workers who complain elsewhere are taken off our list.', {'where': 'box'})],
    look=['CTR-003', 'CTR-005'])

add(id='Y-021', lang='en', reg='ocr', role='abuse', sector='domestic', dest='HK', origin='ID', sex='F',
    worker='Sri Wahyuni', employer='Ms. Chan Mei Ling', place='Kowloon City, Kowloon',
    agency='Victoria Star Employment Agency', agency_addr='Flat B, 9/F, Hang Seng Building, Causeway Bay',
    job='domestic helper', wage=5000, cur='HKD',
    abuse=[('CTR-002', 'Agency fee. The Helper shall pay the agency in Hong Kong HK$ 15,400 for training and '
                       'processing, deducted from her salary in seven monthly parts of HK$ 2,200 starting with her '
                       'first month.'),
           ('CTR-005', 'Health. The Helper must pass a pregnancy test before departure and again after arriving in '
                       'Hong Kong. If she becomes pregnant the Employer may end the contract, and the Helper returns '
                       'to Indonesia at her own expense.')],
    look=['CTR-003', 'CTR-008'])

add(id='Y-022', lang='en', reg='form', role='abuse', sector='hospitality', dest='AE', origin='PH', sex='F',
    worker='Kristine Joy A. Ramos', employer='Marina Crown Hotel LLC', place='Dubai Marina, Dubai',
    agency='Bluewave Manpower Services', agency_addr='Ayala Avenue, Makati City',
    job='front office agent', wage=1800, cur='AED',
    abuse=[('CTR-006', 'Marital status on hiring: Single    Must remain single during contract:  [X] yes  [ ] no'),
           ('CTR-008', 'Employee may transfer to another employer:  [ ] after 6 months  [ ] after 1 year  [X] not '
                       'permitted during contract or within 1 year after')],
    look=['CTR-001', 'CTR-003', 'CTR-009'])

# clean
add(id='Y-023', lang='en', reg='legal', role='clean', sector='domestic', dest='OM', origin='PH', sex='F',
    worker='Marites C. Aquino', employer='Mr. Said Hamed Al-Rawahi', place='Al Khuwair, Muscat',
    agency='Sampaguita Overseas Placement Inc.', agency_addr='Taft Avenue, Pasay City',
    job='household service worker', wage=160, cur='OMR', abuse=[],
    look=['CTR-001', 'CTR-002', 'CTR-003', 'CTR-005', 'CTR-006', 'CTR-009'])
add(id='Y-024', lang='en', reg='sop', role='clean', sector='cleaning', dest='SA', origin='IN', sex='M',
    worker='Anil Kumar Pillai', employer='Al Safwa Facility Services Co.', place='King Fahd Road sites, Dammam',
    agency='Malabar Manpower Consultants', agency_addr='MG Road, Kochi',
    job='cleaner', wage=1300, cur='SAR', abuse=[],
    look=['CTR-001', 'CTR-002', 'CTR-003', 'CTR-004', 'CTR-007', 'CTR-008'])
add(id='Y-025', lang='en', reg='summary', role='clean', sector='hospitality', dest='MY', origin='NP', sex='F',
    worker='Sunita Tamang', employer='Seri Pantai Resort Sdn. Bhd.', place='Batu Ferringhi, Penang',
    agency='Annapurna Global Recruitment Pvt. Ltd.', agency_addr='Baneshwor, Kathmandu',
    job='housekeeping attendant', wage=1800, cur='RM', typo=1, abuse=[],
    look=['CTR-002', 'CTR-004', 'CTR-005', 'CTR-006', 'CTR-007', 'CTR-009'])
add(id='Y-026', lang='en', reg='ocr', role='clean', sector='domestic', dest='KW', origin='PH', sex='F',
    worker='Analyn B. Mercado', employer='Mr. Fahad Nasser Al-Ajmi', place='Jabriya, Hawalli',
    agency='Starbridge International Manpower Inc.', agency_addr='Malate, Manila',
    job='household service worker', wage=120, cur='KWD', abuse=[],
    look=['CTR-001', 'CTR-003', 'CTR-004', 'CTR-006', 'CTR-007', 'CTR-008'])

# CTR-010
add(id='Y-027', lang='en', reg='form', role='missing', sector='domestic', dest='SA', origin='ET', sex='F',
    worker='Meseret Tadesse Gebre', employer='Mrs. Noura Ibrahim Al-Qahtani', place='Al Olaya, Riyadh',
    agency='Entoto Foreign Employment Agency PLC', agency_addr='Arada Sub-City, Addis Ababa',
    job='domestic worker', wage=1000, cur='SAR', abuse=[], missing=['rest', 'return'],
    look=['CTR-002', 'CTR-005'])
add(id='Y-028', lang='en', reg='legal', role='missing', sector='construction', dest='OM', origin='BD', sex='M',
    worker='Abdul Malek Sheikh', employer='Al Batinah Roads & Civil Works LLC', place='Sohar Industrial Port',
    agency='Jamuna Overseas Recruiting Agency', agency_addr='Naya Paltan, Dhaka',
    job='labourer (road works)', wage=110, cur='OMR', abuse=[], missing=['complaint'],
    look=['CTR-001', 'CTR-003'])
add(id='Y-029', lang='en', reg='sop', role='missing', sector='manufacturing', dest='MY', origin='MM', sex='M',
    worker='Aung Ko Ko', employer='Kemuning Rubber Gloves Sdn. Bhd.', place='Klang, Selangor',
    agency='Shwe Pyi Overseas Employment Agency', agency_addr='Mayangone Township, Yangon',
    job='production worker (dipping line)', wage=1700, cur='RM', abuse=[], missing=['hours'],
    look=['CTR-002', 'CTR-007'])
add(id='Y-030', lang='en', reg='summary', role='missing', sector='domestic', dest='HK', origin='LK', sex='F',
    worker='R. M. Chamari Rathnayake', employer='Mrs. Lee Siu Fong', place='Tai Koo Shing, Hong Kong Island',
    agency='Harbour Lanka Employment Agency', agency_addr='Chungking Mansions, Nathan Road, Kowloon',
    job='foreign domestic helper', wage=4990, cur='HKD', typo=1, abuse=[], missing=['wage'],
    look=['CTR-001', 'CTR-006'])
add(id='Y-031', lang='en', reg='ocr', role='missing', sector='construction', dest='AE', origin='NP', sex='M',
    worker='Dil Bahadur Rai', employer='Emirates Skyline Contracting LLC', place='Jebel Ali, Dubai',
    agency='Kanchenjunga Overseas Pvt. Ltd.', agency_addr='Battisputali, Kathmandu',
    job='plumber', wage=1200, cur='AED', abuse=[], missing=['return', 'complaint'],
    look=['CTR-004', 'CTR-008'])

# CTR-011 pairs
add(id='Y-032', lang='en', reg='form', role='pair', sector='cleaning', dest='QA', origin='KE', sex='M',
    worker='Brian Otieno Ochieng', employer='Doha Prime Cleaning Services W.L.L.', place='West Bay, Doha',
    agency='Kilimanjaro Placement Agency Ltd', agency_addr='Moi Avenue, Nairobi',
    job='cleaner', wage=1400, cur='QAR', abuse=[], change=('wage', 1400, 1150),
    look=['CTR-001', 'CTR-009'])
add(id='Y-033', lang='en', reg='legal', role='pair', sector='construction', dest='BH', origin='IN', sex='M',
    worker='Rajesh Kumar Nair', employer='Gulf Arch Builders W.L.L.', place='Sitra, Bahrain',
    agency='Travancore Overseas Services', agency_addr='Statue Junction, Thiruvananthapuram',
    job='electrician', wage=140, cur='BHD', abuse=[], change=('hours', 48, 54),
    look=['CTR-002', 'CTR-008'])
add(id='Y-034', lang='en', reg='sop', role='pair', sector='manufacturing', dest='MY', origin='VN', sex='M',
    worker='Tran Van Hung', employer='Melaka Fine Furniture Sdn. Bhd.', place='Batu Berendam, Melaka',
    agency='Saigon Labour Cooperation JSC', agency_addr='District 3, Ho Chi Minh City',
    job='wood machinist', wage=1750, cur='RM', abuse=[], change=('none', 0, 0),
    look=['CTR-003', 'CTR-004'])

# -------------------------------------------------------------- Indonesian
add(id='Y-035', lang='id', reg='penempatan', role='abuse', sector='domestic', dest='HK', origin='ID', sex='F', ocr=1,
    worker='Dewi Lestari', employer='Mr. Lau Chi Keung', place='Tuen Mun, New Territories',
    agency='PT Sinar Harapan Mandiri Jaya', agency_addr='Jl. Raya Kepanjen No. 17, Kabupaten Malang',
    job='penata laksana rumah tangga', wage=5100, cur='HKD', home='Kabupaten Blitar',
    abuse=[('CTR-002', 'Biaya penempatan sebesar HK$ 11.800 ditanggung oleh PIHAK KEDUA dan dibayar melalui '
                       'potongan gaji selama 7 (tujuh) bulan pertama di Hong Kong.'),
           ('CTR-003', 'Apabila PIHAK KEDUA mengundurkan diri atau memutuskan kontrak sebelum 2 (dua) tahun, PIHAK '
                       'KEDUA wajib membayar ganti rugi kepada PIHAK PERTAMA sebesar Rp 25.000.000 (dua puluh lima '
                       'juta rupiah), dan orang tua atau wali PIHAK KEDUA bertindak sebagai penjamin.'),
           ('CTR-009', 'Segala keluhan atau perselisihan selama bekerja hanya boleh disampaikan kepada PIHAK PERTAMA '
                       'atau agensi mitranya di Hong Kong; PIHAK KEDUA tidak akan mengadu ke KJRI, Labour Department, '
                       'BP2MI maupun media.', {'where': 'complaint'})],
    look_id=[('CTR-001', 'Paspor dan dokumen perjalanan lainnya tetap dipegang oleh PIHAK KEDUA sendiri; PIHAK '
                         'PERTAMA hanya meminjamnya untuk pengurusan visa dan mengembalikannya paling lambat 3 (tiga) '
                         'hari kerja kemudian.'),
             ('CTR-006', 'Status perkawinan PIHAK KEDUA, termasuk apabila ia menikah selama masa kontrak, tidak '
                         'mempengaruhi berlakunya Perjanjian ini.')])

add(id='Y-036', lang='id', reg='pk', role='abuse', sector='care', dest='TW', origin='ID', sex='F', form=1,
    worker='Siti Aminah', employer='Bapak Lin Cheng-Yi', place='Distrik Annan, Tainan',
    agency='PT Mitra Karya Sejahtera', agency_addr='Jl. Ahmad Yani No. 210, Surabaya',
    job='perawat lansia (caregiver)', wage=20000, cur='TWD', home='Kabupaten Ponorogo',
    abuse=[('CTR-004', 'Libur mingguan:  [ ] 1 hari setiap minggu   [X] tidak ada libur selama merawat pasien; '
                       'keluar rumah hanya dengan izin majikan', {'where': 'terms'}),
           ('CTR-007', 'Gaji dibayarkan kepada:  [ ] PMI langsung   [X] disimpan majikan, PMI menerima NT$ 3.000 '
                       'per bulan, sisanya dibayar saat pulang')],
    look_id=[('CTR-002', 'Biaya penempatan yang ditanggung PMI:  Rp 0 (nol) - dibebaskan sesuai Peraturan BP2MI; '
                         '[X] tidak ada potongan gaji untuk biaya apa pun'),
             ('CTR-005', 'Tes kehamilan:  [ ] wajib   [X] tidak disyaratkan - kehamilan bukan alasan pemutusan '
                         'hubungan kerja')])

add(id='Y-037', lang='id', reg='pernyataan', role='abuse', sector='manufacturing', dest='TW', origin='ID', sex='F',
    worker='Nur Hidayati', employer='Ta Hsing Textile Co., Ltd.', place='Distrik Renwu, Kaohsiung',
    agency='PT Bina Insan Global', agency_addr='Jl. Siliwangi No. 45, Cirebon',
    job='operator produksi tekstil', wage=28590, cur='TWD', home='Kabupaten Indramayu',
    abuse=[('CTR-005', 'Saya tidak keberatan diperiksa kehamilan pada medical check-up di Indonesia maupun di '
                       'Taiwan, dan apabila hasilnya positif saya menerima kontrak saya diputus dan saya dipulangkan.'),
           ('CTR-008', 'Selama 3 (tiga) tahun saya tidak akan meminta pindah majikan atau pindah pabrik dengan alasan '
                       'apa pun.'),
           ('CTR-003', 'Saya menyerahkan ijazah asli SMA saya dan BPKB sepeda motor orang tua saya kepada PT sebagai '
                       'jaminan, yang baru akan dikembalikan setelah saya menyelesaikan kontrak kerja.')],
    look_id=[('CTR-002', 'Saya tidak membayar biaya apa pun kepada PT maupun sponsor untuk proses penempatan ini, '
                         'dan tidak ada yang meminta uang dari saya atau keluarga saya.'),
             ('CTR-009', 'Saya telah diberi tahu bahwa saya boleh mengadu ke KDEI Taipei, hotline 1955 atau BP2MI '
                         'kapan saja tanpa takut dipulangkan atau dikenai sanksi.')])

add(id='Y-038', lang='id', reg='tatatertib', role='abuse', sector='domestic', dest='HK', origin='ID', sex='F',
    worker='Rina Marlina', employer='Mrs. Cheung Wai Yee', place='Sham Shui Po, Kowloon',
    agency='PT Duta Graha Sentosa', agency_addr='Jl. Raya Bogor Km 27, Jakarta Timur',
    job='penata laksana rumah tangga', wage=5000, cur='HKD', home='Kabupaten Cianjur',
    abuse=[('CTR-001', 'Calon PMI tidak diminta menyerahkan barang atau dokumen pribadi kepada petugas, ^kecuali '
                       'paspor, KTP dan Kartu Keluarga asli, yang disimpan oleh kantor selama di penampungan dan '
                       'diserahkan langsung kepada agensi di Hong Kong, bukan kepada calon PMI.',
            {'where': 'kewajiban'}),
           ('CTR-004', 'keluar dari lingkungan penampungan selama masa pelatihan, hari Minggu juga; telepon genggam '
                       'dikumpulkan kepada petugas dan hanya dipinjamkan pada hari Sabtu pukul 19.00-20.00.',
            {'where': 'larangan'})],
    look_id=[('CTR-003', 'Penampungan tidak memungut uang jaminan, deposit atau surat utang dari peserta maupun '
                         'keluarganya, dan tidak menyuruh peserta meminjam uang kepada siapa pun.', 'kewajiban'),
             ('CTR-009', 'Peserta yang diperlakukan tidak baik boleh melapor langsung ke Dinas Tenaga Kerja, BP3MI '
                         'Jawa Barat atau Crisis Center BP2MI 0800-1000; laporan tidak akan dikenai sanksi.',
              'umum')])

add(id='Y-039', lang='id', reg='handout', role='abuse', sector='agriculture', dest='MY', origin='ID', sex='M',
    worker='Ahmad Fauzi', employer='Ladang Sawit Tanjung Harapan Sdn. Bhd.', place='Bintulu, Sarawak',
    agency='PT Borneo Jaya Manpower', agency_addr='Jl. Imam Bonjol No. 8, Pontianak',
    job='pemanen kelapa sawit', wage=1700, cur='RM', home='Kabupaten Sambas',
    abuse=[('CTR-001', 'Paspor Anda akan dipegang oleh pihak ladang selama kontrak berjalan. Anda cukup membawa '
                       'fotokopi paspor dan kad permit untuk keperluan sehari-hari.', {'where': 'info'}),
           ('CTR-007', 'Gaji tidak dibayar tunai. Majikan menyimpan kartu ATM Anda dan mengirim sebagian gaji ke '
                       'keluarga di kampung; sisanya diberikan kepada Anda ketika kontrak selesai.', {'where': 'box'})],
    look_id=[('CTR-004', 'Di luar jam kerja dan pada hari libur Anda bebas keluar dari kawasan ladang, misalnya ke '
                         'pasar atau ke masjid, tanpa perlu izin mandur.'),
             ('CTR-008', 'Anda boleh pindah majikan sesuai aturan imigrasi Malaysia; majikan sekarang tidak boleh '
                         'menghalangi atau meminta uang untuk itu.'),
             ('CTR-002', 'Anda tidak perlu membayar apa pun kepada calo atau sponsor. Jika ada yang meminta uang, '
                         'laporkan ke BP3MI Kalimantan Barat; uang itu wajib dikembalikan.')])

add(id='Y-040', lang='id', reg='tatatertib', role='abuse', sector='manufacturing', dest='MY', origin='ID', sex='F',
    blk=1, worker='Wulan Septiani', employer='Penang Micro Assembly Sdn. Bhd.', place='Bayan Lepas, Pulau Pinang',
    agency='PT Surya Anugerah Mandiri', agency_addr='Jl. Veteran No. 3, Semarang',
    job='operator perakitan elektronik', wage=1700, cur='RM', home='Kabupaten Grobogan',
    abuse=[('CTR-002', 'Biaya pelatihan, seragam dan asrama sebesar Rp 7.500.000 dibebankan kepada peserta; bagi '
                       'yang belum melunasi, sisa biaya dipotong dari gaji bulan pertama sampai ketiga di Malaysia.',
            {'where': 'kewajiban'}),
           ('CTR-006', 'menikah, bertunangan atau berpacaran sampai kontrak kerja di Malaysia selesai; peserta yang '
                       'melanggar dikeluarkan dari LPK dan dipulangkan ke daerah asal.', {'where': 'larangan'})],
    look_id=[('CTR-001', 'Paspor peserta disimpan sendiri oleh peserta di loker yang kuncinya dipegang peserta; LPK '
                         'hanya mencatat nomornya.', 'kewajiban'),
             ('CTR-004', 'Pada hari Minggu peserta boleh keluar asrama dan pulang sebelum pukul 21.00; petugas '
                         'hanya mencatat nama, tidak menahan peserta.', 'umum'),
             ('CTR-009', 'Keluhan dapat disampaikan kepada pengelola LPK, Disnaker Kota Semarang atau BP3MI Jawa '
                         'Tengah tanpa akibat apa pun bagi peserta.', 'umum')])

add(id='Y-041', lang='id', reg='pk', role='clean', sector='domestic', dest='HK', origin='ID', sex='F',
    worker='Suryani Rahayu', employer='Mr. Ho Kwok Wing', place='Tseung Kwan O, New Territories',
    agency='PT Cahaya Insani Persada', agency_addr='Jl. Pahlawan No. 61, Madiun',
    job='penata laksana rumah tangga', wage=5050, cur='HKD', home='Kabupaten Madiun', abuse=[],
    look_id=[('CTR-001', 'Paspor, HKID dan kontrak kerja disimpan oleh Pekerja sendiri. Pemberi Kerja tidak boleh '
                         'mengambil atau menahannya dengan alasan apa pun.'),
             ('CTR-002', 'Pekerja tidak dibebani biaya penempatan. Agensi di Hong Kong hanya boleh memungut komisi '
                         'yang diizinkan undang-undang Hong Kong, yaitu paling banyak 10% dari gaji bulan pertama, '
                         'dan tidak memotongnya dari gaji.'),
             ('CTR-003', 'Pekerja tidak menandatangani surat utang, tidak menyerahkan jaminan dan tidak menunjuk '
                         'penjamin untuk mendapatkan pekerjaan ini.'),
             ('CTR-005', 'Pemberi Kerja tidak meminta tes kehamilan. Apabila Pekerja hamil, berlaku perlindungan '
                         'cuti melahirkan menurut Employment Ordinance.'),
             ('CTR-006', 'Pekerja bebas menikah atau menjalin hubungan pribadi; hal itu tidak menjadi alasan '
                         'pemutusan kontrak.'),
             ('CTR-009', 'Pekerja boleh mengadu ke Labour Department (2717 1771), KJRI Hong Kong atau serikat '
                         'pekerja tanpa dikenai sanksi apa pun.')])

add(id='Y-042', lang='id', reg='penempatan', role='missing', sector='manufacturing', dest='TW', origin='ID', sex='M',
    ocr=1, worker='Budi Santoso', employer='Chang Fu Metal Industry Co., Ltd.', place='Distrik Dayuan, Taoyuan',
    agency='PT Anugerah Karya Nusantara', agency_addr='Jl. Pemuda No. 120, Kendal',
    job='operator mesin logam', wage=28590, cur='TWD', home='Kabupaten Kendal', abuse=[], missing=['complaint'],
    look_id=[('CTR-001', 'Paspor PIHAK KEDUA tidak boleh ditahan oleh PIHAK PERTAMA, agensi Taiwan maupun Pemberi '
                         'Kerja; paspor hanya diserahkan sementara untuk perpanjangan ARC dengan tanda terima.'),
             ('CTR-002', 'PIHAK KEDUA tidak dikenai biaya penempatan dalam bentuk apa pun; seluruhnya ditanggung '
                         'Pemberi Kerja dan tidak ada biaya yang dipotong dari gaji di Taiwan.')])

add(id='Y-043', lang='id', reg='pernyataan', role='missing', sector='domestic', dest='BN', origin='ID', sex='F',
    worker='Eka Purnamasari', employer='Dayang Hajah Norhayati binti Haji Osman', place='Kampong Kiulap, '
    'Bandar Seri Begawan', agency='PT Khatulistiwa Prima Mandiri', agency_addr='Jl. Gajah Mada No. 19, Pontianak',
    job='penata laksana rumah tangga', wage=350, cur='BND', home='Kabupaten Kubu Raya', abuse=[],
    missing=['rest', 'return'],
    look_id=[('CTR-003', 'Saya tidak menandatangani surat pengakuan utang dan tidak ada anggota keluarga saya yang '
                         'dijadikan penjamin untuk keberangkatan saya.'),
             ('CTR-006', 'Saya mengerti bahwa saya boleh menikah dan status perkawinan saya tidak mempengaruhi '
                         'kontrak kerja saya.')])

add(id='Y-044', lang='id', reg='pk', role='pair', sector='agriculture', dest='MY', origin='ID', sex='M',
    worker='Slamet Riyadi', employer='Ladang Kelapa Sawit Sungai Buloh Sdn. Bhd.', place='Kluang, Johor',
    agency='PT Mandiri Sumber Tenaga', agency_addr='Jl. Diponegoro No. 77, Lombok Timur',
    job='pekerja ladang', wage=1700, cur='RM', home='Kabupaten Lombok Timur', abuse=[],
    change=('wage', 1700, 1500),
    look_id=[('CTR-004', 'Pekerja bebas keluar dari perumahan ladang di luar jam kerja dan pada hari liburnya.'),
             ('CTR-009', 'Pekerja dapat melapor ke Jabatan Tenaga Kerja, KJRI Johor Bahru atau BP2MI tanpa takut '
                         'dipecat.')])
