# -*- coding: utf-8 -*-
"""Hand-written contract bodies of evaluation batch 23 (AC-001 .. AC-040).

Markup: see make_set.py.  {An|word} abusive clause of CTR-00n (label line
holds `word`), {Ln} compliant look-alike of CTR-00n, {P|word} changed term of
a pair, {V:origin¦destination} the two versions, {PB} forced page break,
{-} preferred hyphenation point, '=' line kept as it is.
Written from scratch for this batch.
"""

SEED = 20262323


def C(**kw):
    kw.setdefault('abuses', [])
    kw.setdefault('missing', [])
    kw.setdefault('sex', 'F')
    return kw


CONTRACTS = []
add = CONTRACTS.append

# ------------------------------------------------------------------ AC-001
add(C(id='AC-001', lang='en', role='abuse', sector='domestic', dest='SA', origin='PH',
      abuses=['CTR-001', 'CTR-005'], wage=1500, cur='SAR', pov='parties', numbering='article',
      reg='gulf', definitions=0, width=72, hyphenate=1, plen=(15, 20),
      paging=('Page {n} of {N}', 'Domestic Worker Employment Contract \u2013 Ref. RYD-DW-26-0418'),
      body='''
=DOMESTIC WORKER EMPLOYMENT CONTRACT
=(Unified form \u2013 Kingdom of Saudi Arabia)

This contract is made on 12 January 2026 between:
First Party (the Employer): Mr Fahad S. Al-Otaibi, Al-Malqa district, Riyadh.
Second Party (the Worker): Ms Rowena D. Castillo, Filipino national, passport no. P7731209B.
The First Party engaged the Second Party through Al-Wafa Recruitment Office (licence 1045) and Bright Harbor Manpower Inc., Manila.
Article 1 \u2013 Duration. This contract runs for two years from the date on which the Second Party arrives in the Kingdom and may be renewed in writing.
Article 2 \u2013 Salary. The First Party pays the Second Party a monthly salary of SAR\u00a01,500 (one thousand five hundred riyals), credited to a bank account or wallet in her own name not later than the last day of each month. {L7}No part of the salary may be held back by the First Party, and the Second Party alone holds the card and PIN of that account.
Article 3 \u2013 Hours and rest. Normal working hours shall not exceed ten hours a day, with breaks, and the Second Party has at least eight consecutive hours of rest each night. She is entitled to one full rest day every week, normally Friday, which she spends as she wishes.
Article 4 \u2013 Recruitment costs. {L2}The visa, air ticket, medical examination and recruitment office charges are borne by the First Party and shall not be recovered from the Second Party\u2019s salary by any means.
Article 5 \u2013 Documents. The Second Party carries her iqama (residence card) at all times. {A1|passport}Her passport, however, is lodged with the First Party upon arrival and held in his safe for the duration of this contract, to be handed back at the airport on ﬁnal exit.
Article 6 \u2013 Medical care. The First Party provides medical treatment at his own cost. {A5|pregnancy}A pregnancy test and an HIV test shall be carried out every six months at a clinic chosen by the First Party, and a positive result of either test ends this contract forthwith.
Article 7 \u2013 Return. When the contract expires, or if the First Party terminates it early, the First Party pays for an economy ticket back to Manila.
Article 8 \u2013 Disputes. {L9}The Second Party may bring any complaint to the Ministry of Human Resources and Social Development (hotline 19911 or the Musaned portal) or to the Migrant Workers Office in Riyadh, and no complaint shall expose her to any penalty or retaliation.
Article 8A \u2013 Private life. {L6}The First Party has no say over the Second Party\u2019s marriage or personal relationships, and neither is a ground for ending this contract.
Article 8B \u2013 Transfer. {L8}Where the First Party fails to pay her wages for two consecutive months, or when this contract ends, the Second Party may move to a new employer through Musaned without the First Party\u2019s approval.
Article 9 \u2013 Governing rules. Matters not covered here are governed by the Domestic Workers Regulation.

=First Party ______________________   Second Party ______________________
'''))

# ------------------------------------------------------------------ AC-002
add(C(id='AC-002', lang='en', role='abuse', sector='domestic', dest='AE', origin='ET',
      abuses=['CTR-004', 'CTR-008', 'CTR-006'], wage=1200, cur='AED', pov='parties',
      numbering='clause-words', reg='gulf', width=66, hyphenate=1, hang=0, plen=(14, 18),
      paging=('\u2014 {n} \u2014', 'MOHRE Domestic Worker Contract | Tadbeer Centre Al Barsha | Ref. DXB/44871'),
      body='''
=STANDARD EMPLOYMENT CONTRACT FOR DOMESTIC WORKERS (UAE)
Employer: Mrs Maryam Khalid Al Suwaidi, Al Barsha 2, Dubai (\u201cthe Employer\u201d).
Domestic Worker: Ms Tigist Alemu Bekele, Ethiopian, housemaid (\u201cthe Worker\u201d).
Clause 1. Wage. The Employer shall pay the Worker AED 1,200 per month by transfer through the Wage Protection System to a card that the Worker keeps herself.
Clause 2. Working time. Normal working hours are nine hours a day. The Worker is entitled to twelve hours of rest in every day, of which at least eight hours are consecutive.
Clause 3. Weekly rest. The Worker has one paid day of rest every week.
Clause 4. Documents. {L1}The Employer may not conﬁscate or keep the Worker\u2019s passport, Emirates ID or residence documents; these remain in her own possession.
Clause 5. Ticket. The Employer bears the cost of the Worker\u2019s return ticket to Addis Ababa when the contract ends or is terminated.
Clause 6. Complaints. Either party may refer a dispute to the Ministry of Human Resources and Emiratisation (call centre 600590000) or to the Tadbeer centre named above.
Clause 7. Costs. The Tadbeer centre and recruitment charges are settled by the Employer. {L3}The Worker shall not be asked for any deposit, security cheque or guarantee, whether in her own name or that of a relative.
=ADDENDUM (agreed between the Employer and the Worker through the Tadbeer centre)
A1. {A4|rest}The rest day referred to in Clause 3 is taken inside the Employer\u2019s villa, and the Worker shall not go out of the villa on that day or on any other day unless accompanied by a member of the family.
A2. {L7}The Worker\u2019s salary card stays with the Worker at all times and the Employer shall have no access to the account.
A3. {A8|Throughout}Throughout the two years the Worker may not leave the Employer for another sponsor or resign, and any absence from the villa will be notified to the police as absconding.
A4. {A6|marry}The Worker undertakes not to marry or to enter any relationship with a man while she is employed under this contract.
A5. This Addendum forms part of the contract signed on 3 February 2026.
'''))

# ------------------------------------------------------------------ AC-003
add(C(id='AC-003', lang='en', role='abuse', sector='domestic', dest='KW', origin='LK',
      abuses=['CTR-007', 'CTR-009'], wage=120, cur='KWD', pov='parties', numbering='article',
      reg='gulf', width=74, hyphenate=0, plen=(18, 24), typographic=1,
      paging=('Kuwait PAM model contract\tpage {n}/{N}', ''),
      body='''
=EMPLOYMENT CONTRACT \u2013 DOMESTIC LABOUR (STATE OF KUWAIT)
=Recruitment office: Al Reem Domestic Labour Co. W.L.L., Hawally
First Party: Mr Bader N. Al-Enezi, Salwa, Kuwait (the Employer).
Second Party: Ms W. A. Dilrukshi Perera, Sri Lankan (the Worker).
Article (1): The Worker is employed as a housemaid for two years from arrival.
Article (2): The Employer shall pay the Worker a monthly wage of one hundred and twenty Kuwaiti Dinars (KWD 120).
Article (3): {A7|wage}The wage due each month is kept by the Employer on the Worker's behalf and paid to her in one amount on completion of the contract, apart from KWD 15 of pocket money handed to her every month.
Article (4): Daily working hours are not to exceed twelve hours, broken by rest periods, and the Worker is entitled to one day off each week with pay.
Article (5): {L1}The Worker's passport and civil ID are her property and the Employer shall not withhold them; the Employer may take them only for renewal at the Public Authority for Manpower, after which they are returned to her the same day.
Article (6): {L4}On her weekly day off the Worker may leave the house and return by 9 p.m.; she uses her own mobile telephone at any time outside working hours.
Article (7): The Employer shall provide a return ticket to Colombo when the contract expires and whenever the contract is ended by the Employer.
Article (8): {L5}The medical examination after arrival is limited to the tests required for the residence permit, and the Worker's results shall not be disclosed to any person other than herself.
Article (9): Any dispute may be taken to the Domestic Labour Department of the Public Authority for Manpower, which is the competent authority for complaints. {A9|embassy}However, the Worker shall not approach the Sri Lankan Embassy, any society or the media about her employment and waives any claim before them.
Article (10): {L6}The Worker\u2019s engagement or marriage, before or during this contract, gives the Employer no right to dismiss her.
Article (11): This contract is written in Arabic and English and a copy is given to each party.
'''))

# ------------------------------------------------------------------ AC-004
add(C(id='AC-004', lang='en', role='abuse', sector='domestic', dest='HK', origin='PH',
      abuses=['CTR-002', 'CTR-003'], wage=5100, cur='HKD', pov='parties', numbering='decimal',
      reg='hk', definitions=1, width=78, hyphenate=1, plen=(16, 22), typographic=1,
      paging=('ID 407 (Supplementary)    \u2013 {n} \u2013', 'Ref: SUNRISE/FDH/2026/1187'),
      body='''
=SUPPLEMENTARY AGREEMENT
=between Sunrise Employment Centre Ltd (licence 58812, "the Agency") and the Helper
1. Definitions. In this Agreement "the Helper" means Ms Analyn B. Ramos; "the Employer" means Mr and Mrs Cheung Wai Kit of Tai Koo Shing; "the Contract" means the standard Employment Contract (ID 407) signed by the Employer and the Helper on 9 January 2026.
2. Terms of the Contract. The Helper is paid HK$5,100 per month, not later than seven days after the end of each wage period. Her normal hours are from 7 a.m. to 8 p.m. with a two-hour midday break and not less than nine hours of unbroken rest at night. She is entitled to a rest day of not less than 24 hours in every period of seven days and to all statutory holidays. The Employer provides free passage back to Manila when the Contract ends or is terminated.
3. Fees. The Agency charges the Helper no more than the amount allowed under the Employment Agencies Regulations. {A2|service}A service charge of HK$14,400, to be collected by the Agency in six equal instalments from the Helper\u2019s salary, is payable by the Helper for pre-departure processing and placement.
4. {A3|advanced}The Helper\u2019s training fees in the Philippines were advanced by Golden Key Financing Ltd. The Helper signs a promissory note in favour of that company today and authorises the Employer to pay HK$2,300 from each month\u2019s wages to it until the note is discharged.
5. {L1}Neither the Agency nor the Employer shall take or keep the Helper\u2019s passport, identity card or contract; if the Agency needs them to file a visa extension it returns them to the Helper on the same day.
6. {L4}After work and on her rest days the Helper is free to leave the Employer\u2019s flat and to meet whomever she wishes.
7. {L9}The Helper may complain to the Labour Department (hotline 2717 1771) or to the Philippine Consulate General at any time, and the Agency will not terminate her placement for doing so.
8. {L8}The Helper may end the Contract on one month\u2019s notice and take up new employment in Hong Kong as the immigration rules allow.
9. This Agreement does not reduce any right of the Helper under the Contract or the Employment Ordinance.
'''))

# ------------------------------------------------------------------ AC-005
add(C(id='AC-005', lang='en', role='abuse', sector='domestic', dest='SG', origin='MM',
      abuses=['CTR-007', 'CTR-004'], wage=650, cur='SGD', pov='parties', numbering='letters',
      reg='sg', width=70, hyphenate=0, plen=(20, 26),
      paging=('FDW Standard Contract \u2013 page {n} of {N}', 'Agency: Lion City Helpers Pte Ltd (EA 19C8821)'),
      body='''
=STANDARD EMPLOYMENT CONTRACT \u2013 FOREIGN DOMESTIC WORKER (SINGAPORE)
Employer: Mr Tan Boon Huat, Bishan Street 22, Singapore.
Employee (FDW): Ms Thandar Aye, Myanmar national.
(a) Salary. The Employer pays the FDW a monthly salary of S$650, on or before the 7th day of the following month.
(b) {A7|POSB}To help the FDW save, the Employer opens a POSB account for her salary and keeps the ATM card and the passbook in his drawer; the FDW may ask for a statement at any time.
(c) Hours. The FDW works not more than ten hours a day and has at least eight hours of continuous rest each night.
(d) Rest days. The FDW is given one rest day every week, on Sunday.
(e) {A4|alone}For her safety the FDW shall not leave the flat alone, including on her rest day, and the main gate grille is kept locked when the family is out. Her handphone is kept by Madam during working hours.
(f) {L1}The FDW\u2019s passport and work permit card are kept by the FDW herself, and the Employer shall not hold them.
(g) {L2}Agency fees are borne by the Employer. No amount is deducted from the FDW\u2019s salary in repayment of any loan or placement fee.
(h) Repatriation. The Employer bears the cost of the FDW\u2019s air ticket home to Yangon upon expiry of the contract or on earlier termination.
(i) {L9}Help and complaints: the FDW may contact the Ministry of Manpower FDW helpline (1800 339 5505) or the Centre for Domestic Employees, and she will not be penalised for doing so.
(j) The contract may be ended by either party on one month\u2019s written notice.
'''))

# ------------------------------------------------------------------ AC-006
add(C(id='AC-006', lang='en', role='abuse', sector='manufacturing', dest='MY', origin='NP', sex='M',
      abuses=['CTR-001', 'CTR-003'], wage=1700, cur='MYR', pov='parties', numbering='decimal',
      reg='my', definitions=1, width=76, hyphenate=1, plen=(17, 21),
      paging=('Page {n} of {N}', 'CONTRACT OF SERVICE \u2013 PERFECT MOULD SDN BHD \u2013 Ref. PM/FW/2026/023'),
      body='''
=CONTRACT OF SERVICE (FOREIGN WORKER)
1.1 In this contract, "Company" means Perfect Mould Sdn Bhd of Senai, Johor, and "Employee" means Mr Bishnu Prasad Thapa, Nepali national, machine operator.
1.2 "Basic wage" means the fixed monthly pay excluding overtime and allowances.
2.1 The Employee is paid a basic wage of RM1,700 per month, by bank transfer on or before the 7th day of the following month.
2.2 {L2}Levy, visa, medical screening and recruitment costs are paid by the Company and the Company shall not deduct any of them from the Employee\u2019s wages.
3.1 Normal hours of work are eight hours a day and forty-five hours a week. {L4}Overtime work is optional and is paid at one and a half times the hourly rate.
3.2 The Employee has one rest day in every week.
4.1 The Employee shall carry his i-Kad at all times while in Malaysia.
4.2 {A1|passport}Notwithstanding 4.1, the Employee\u2019s passport is to be deposited with the Human Resources Department for safe custody for the whole period of employment, and a certiﬁed copy will be issued to him.
5.1 {A3|bond}Upon signing, the Employee pays a security bond of RM1,000, which the Company keeps and refunds only if he completes the full three-year term; the bond is forfeited if he resigns earlier.
6.1 {L8}The Employee may terminate this contract on one month\u2019s notice and may seek other employment as permitted by the Immigration Department.
6.2 Upon expiry or termination, the Company bears the cost of the Employee\u2019s flight back to Kathmandu.
7.1 Complaints about wages or treatment may be lodged with the Jabatan Tenaga Kerja (JTK) or the Embassy of Nepal in Kuala Lumpur.
=Signed for the Company ____________   Employee ____________
'''))

# ------------------------------------------------------------------ AC-007
add(C(id='AC-007', lang='en', role='abuse', sector='domestic', dest='MY', origin='KH',
      abuses=['CTR-005', 'CTR-004'], wage=1500, cur='MYR', pov='parties', numbering='roman',
      reg='my', caps=1, width=68, hyphenate=0, plen=(18, 24), typographic=1,
      paging=('\u2013 {n} \u2013', 'Domestic Helper Agreement / Perjanjian Pembantu Rumah'),
      body='''
=DOMESTIC HELPER EMPLOYMENT AGREEMENT (MALAYSIA)
Between Puan Noraini binti Ismail of Shah Alam, Selangor ("the Employer") and Ms Sreymom Chan, Cambodian citizen ("the Helper").
(i) Wages. The Employer shall pay the Helper RM1,500 each month directly into her bank account, not later than the 7th of the next month.
(ii) Hours. The Helper works from 6.30 a.m. to 6.30 p.m., with one hour for lunch and short breaks, and is not called upon at night.
(iii) Rest. The Helper shall have one rest day per week, on Sunday, and the public holidays of Selangor.
(iv) {L1}The Helper's passport and visa pass stay with the Helper; the Employer shall not hold them for any reason.
(v) {L7}Her wage is paid in full each month; the Employer does not keep back any portion for savings.
(vi) {A5|pregnant}If the Helper is found to be pregnant, her services will be terminated and she shall be sent back to Phnom Penh.
(vii) {L6}The Helper's marital status or personal relationships shall not be used as a reason to end her employment.
(viii) The Employer pays the Helper's ticket back to Phnom Penh when the agreement ends or is terminated by either party.
(ix) {L9}The Helper may seek help from the Labour Department (JTK) or the Royal Embassy of Cambodia at any time, and doing so is not a breach of this agreement.
(x) {L8}The Helper may end this agreement on one month's notice and may be employed by another employer with the approval of the Immigration Department.
=HOUSE RULES (Schedule 1)
1. Keep the kitchen and bathrooms clean every day.
2. {A4|HELPER}THE HELPER SHALL NOT GO OUT OF THE HOUSE WITHOUT THE EMPLOYER'S PERMISSION, EVEN ON SUNDAYS, AND SHALL NOT RECEIVE VISITORS OR USE THE TELEPHONE TO CALL FRIENDS.
3. Wear the uniform provided while working.
'''))

# ------------------------------------------------------------------ AC-008
add(C(id='AC-008', lang='en', role='abuse', sector='manufacturing', dest='TW', origin='VN', sex='M',
      abuses=['CTR-002', 'CTR-007'], wage=28590, cur='TWD', pov='parties', numbering='article',
      reg='taiwan', width=74, hyphenate=1, plen=(16, 20),
      paging=('Service Agreement \u2013 Foreign Worker / Broker          p. {n}', 'Hung Fu Manpower Consultant Co. \u2013 Agreement No. HF-2026-0311'),
      body='''
=BROKER SERVICE AGREEMENT AND EMPLOYMENT TERMS
Party A: Ming Tai Precision Industry Co., Ltd., Taichung (the Employer).
Party B: Nguyen Van Thanh, Vietnamese national, production operator (the Worker).
Party C: Hung Fu Manpower Consultant Co. (the Broker).
Art. 1 Wage. Party A pays Party B a monthly basic wage of NT$28,590, on the 10th of each month, into an account opened in Party B\u2019s own name.
Art. 2 Working hours. Eight hours per day, forty hours per week. Overtime requires Party B\u2019s agreement and is paid under the Labor Standards Act.
Art. 3 Rest. Party B has two rest days each week, one of which is a regular day off.
Art. 4 {A2|service}Party B shall pay Party C a monthly service fee of NT$1,800 in the first year, NT$1,700 in the second year and NT$1,500 in the third year, which Party A deducts from the wage and transfers to Party C.
Art. 5 {A7|withholds}Party A withholds NT$3,000 each month from the wage as compulsory savings, which are held in the company\u2019s account and released to Party B only when he leaves Taiwan.
Art. 6 {L1}Party B keeps his own passport and Alien Resident Certificate. Party A and Party C shall not collect or retain them.
Art. 7 {L3}Party B is not required to sign any promissory note, guarantee or loan document for his recruitment, and no penalty applies if he ends the contract early.
Art. 8 Return. Party A bears the air fare for Party B\u2019s return to Vietnam on the expiry or early termination of employment.
Art. 9 {L9}Party B may call the 1955 Foreign Worker Consultation and Protection Hotline or contact the Vietnam Economic and Cultural Ofﬁce, and the parties shall not retaliate against him for a complaint.
'''))

# ------------------------------------------------------------------ AC-009
add(C(id='AC-009', lang='en', role='abuse', sector='care', dest='TW', origin='PH',
      abuses=['CTR-004', 'CTR-006', 'CTR-008'], wage=20000, cur='TWD', pov='parties',
      numbering='decimal', reg='taiwan', width=70, hyphenate=1, hang=0, plen=(15, 19),
      paging=('Home Caregiver Contract\tPage {n} of {N}', ''),
      body='''
=EMPLOYMENT CONTRACT \u2013 FOREIGN HOME CAREGIVER (TAIWAN)
Party A (Employer): Ms Lin Shu-Fen, Xinyi District, Taipei, acting for her mother, Mrs Lin Chen Mei-Yu (the care recipient).
Party B (Caregiver): Ms Marites G. Villanueva, Filipino national.
1. Wage. Party A pays Party B NT$20,000 per month, no later than the 5th day of the following month, in cash against a signed payslip or by transfer to Party B\u2019s own account.
2. Hours. Party B\u2019s daily working time is ten hours, with rest breaks, and she is entitled to eight hours of uninterrupted sleep each night.
3. Rest day. Party B has one rest day every seven days.
3.1 {A4|night}However, as the care recipient needs turning and feeding at night, Party B shall attend to her at any hour of the night whenever called, and on rest days Party B stays at home in case she is needed.
4. {L1}Party A shall not keep Party B\u2019s passport or Alien Resident Certificate, which Party B holds herself.
5. {L2}The service fee of the Philippine agency and the recruitment costs in Taiwan are paid by Party A; nothing is taken from Party B\u2019s wage for them.
6. {L5}Party B will not be asked to take any pregnancy test, and pregnancy is not a reason to terminate this contract.
7. {A6|boyfriend}Party B shall not have a boyfriend or any romantic relationship during the contract period, and doing so will be treated as a serious breach.
8. Return travel. Party A pays Party B\u2019s ticket home to Manila when the contract ends or when Party A ends it early.
9. {A8|gives up}Party B gives up any right to ask the Workforce Development Agency for a transfer to another employer during the three-year term.
10. Complaints. Party B may call the 1955 hotline or the Manila Economic and Cultural Office in Taipei.
'''))

# ------------------------------------------------------------------ AC-010
add(C(id='AC-010', lang='en', role='abuse', sector='manufacturing', dest='KR', origin='KH', sex='M',
      abuses=['CTR-008', 'CTR-009'], wage=2096270, cur='KRW', pov='parties', numbering='decimal',
      reg='eastasia', width=76, hyphenate=0, plen=(20, 26),
      paging=('- {n} -', 'Standard Labor Contract (EPS) | Daesung Auto Parts Co.'),
      body='''
=STANDARD LABOR CONTRACT (Employment Permit System, Republic of Korea)
Employer: Daesung Auto Parts Co., Ltd., Hwaseong-si, Gyeonggi-do.
Worker: Mr Sok Vannak, Cambodian national, manufacturing worker.
1. Contract period: three years from the date of entry into Korea.
2. Wage: basic monthly wage KRW 2,096,270, paid on the 10th of each month into the Worker\u2019s own bank account.
3. Working hours: 08:30 to 17:30, eight hours a day with one hour of rest, forty hours a week.
4. Holidays: the Worker has Saturday and Sunday off; Sunday is the paid weekly holiday.
5. Accommodation: provided by the Employer; the charge is agreed in writing and does not exceed 8% of the monthly wage.
6. {L1}The Employer shall not retain the Worker\u2019s passport or alien registration card.
7. {L7}Wages are paid directly to the Worker in full; any deduction requires the Worker\u2019s written consent and is itemised on the payslip.
8. Return: the Employer bears the Worker\u2019s return air fare on the expiry of the contract and on early termination by the Employer.
9. Complaints: the Worker may contact the Employment Center, the 1350 Labour Counselling Centre or the Embassy of Cambodia.
=ADDITIONAL COMPANY TERMS (attached to the standard contract)
S1. {L4}The dormitory is open at all hours and the Worker is free to go out after work and on his days off.
S2. {A8|agrees}The Worker agrees that he will not apply for a change of workplace for any reason during the contract and hereby waives any request to the Employment Center for such a change.
S3. {A9|union}The Worker shall not join a trade union or take part in any group complaint, on pain of dismissal.
'''))

# ------------------------------------------------------------------ AC-011
add(C(id='AC-011', lang='en', role='abuse', sector='manufacturing', dest='JP', origin='VN',
      abuses=['CTR-001', 'CTR-003', 'CTR-006'], wage=178000, cur='JPY', pov='parties',
      numbering='article', reg='eastasia', definitions=1, width=72, hyphenate=1, plen=(14, 18),
      paging=('Agreement TITP-VN/0227 \u2013 Page {n}', 'Sending Organisation: Saigon Skills Export JSC'),
      body='''
=AGREEMENT ON DISPATCH OF A TECHNICAL INTERN TRAINEE
This Agreement is made between Saigon Skills Export JSC, a licensed sending organisation (\u201cthe Sending Organisation\u201d), and Ms Pham Thi Lan, born 2003, garment sewing trainee (\u201cthe Trainee\u201d).
Article 1. Definitions. \u201cImplementing Organisation\u201d means Kawamura Sewing Co., Ltd., Gifu; \u201cSupervising Organisation\u201d means Chubu Cooperative for Industrial Training.
Article 2. Conditions in Japan. The Trainee receives a monthly wage of JPY 178,000 from the Implementing Organisation, paid into her own account at the end of each month. Working hours are eight hours a day and forty hours a week; Saturdays and Sundays are days off. The return air ticket to Hanoi after the training is paid by the Implementing Organisation.
Article 3. Help. The Trainee may consult the Organization for Technical Intern Training (OTIT) mother-tongue helpline or the Embassy of Viet Nam at any time.
Article 4. {L2}The Sending Organisation collects no fee or commission from the Trainee, and none of the Implementing Organisation\u2019s costs is passed to her.
Article 5. {A3|deposit}Before departure the Trainee lodges a deposit of VND 40,000,000 with the Sending Organisation, and her parents sign as guarantors. If she leaves the Implementing Organisation before three years, the deposit is forfeited and her guarantors pay a further VND 30,000,000 as compensation.
Article 6. {A1|passport}The Trainee hands her passport and residence card to the Supervising Organisation on arrival, which keeps them in custody until her return flight.
Article 7. {L7}Wages are paid to the Trainee herself; the Sending Organisation does not manage or keep any part of them.
Article 8. {A6|During}During the training period the Trainee must not marry, live with a partner or become pregnant; breach of this Article is a ground for ending the training and sending her home.
Article 9. {L9}Nothing in this Agreement prevents the Trainee from complaining to OTIT, the Labour Standards Inspection Office or the Vietnamese authorities.
'''))

# ------------------------------------------------------------------ AC-012
add(C(id='AC-012', lang='en', role='abuse', sector='garment', dest='JO', origin='BD',
      abuses=['CTR-005', 'CTR-009'], wage=290, cur='JOD', pov='parties', numbering='decimal',
      reg='jordan', width=78, hyphenate=0, hang=0, plen=(18, 22), typographic=1,
      paging=('Unified Contract \u2013 Garment Sector \u2013 {n}/{N}', 'Al Hassan Industrial Estate, Irbid'),
      body='''
=UNIFIED CONTRACT FOR NON-JORDANIAN WORKERS IN THE GARMENT SECTOR
First party: Crescent Apparel Manufacturing Co., Al Hassan Industrial Estate (the employer).
Second party: Ms Rina Akter, Bangladeshi national, sewing machine operator (the worker).
1. Wage: JOD 290 per month, paid by bank transfer not later than the 7th of the following month, plus overtime.
2. Hours: 8 hours a day, 48 hours a week, with a meal break. Overtime needs her consent and is paid at 125%.
3. Weekly rest: Friday is the worker\u2019s paid weekly day off.
4. Accommodation and food: provided free in the company dormitory.
5. {L1}The employer shall not hold the worker\u2019s passport; the worker keeps it in the personal locker provided, to which only she has the key.
6. {L3}No guarantee, deposit or penalty shall be demanded of the worker for leaving the job before the end of the contract.
7. {L4}The dormitory gate is open at all times and workers may go out freely after their shift.
8. Medical checks: a pre-employment medical for the work permit is carried out at the employer\u2019s cost.{PB} {A5|Female}Female workers shall also take a pregnancy test every three months, and a worker who is found to be pregnant shall be repatriated.
9. Return: the employer pays the worker\u2019s ticket home to Dhaka on completion of the contract or on termination by the employer.
10. Grievances: the worker may use the factory\u2019s worker committee and the Ministry of Labour hotline. {A9|Before}Before the committee has decided, the worker may not contact the Ministry of Labour, the union or the embassy, and accepts the committee\u2019s decision as final.
11. Personal status: {L6}a worker who marries during the contract keeps her job, her wage and her place in the dormitory.
12. Change of employer: {L8}a move to another employer is open to the worker under the Ministry of Labour\u2019s transfer rules, and no compensation is claimed from her for doing so.
'''))

# ------------------------------------------------------------------ AC-013
add(C(id='AC-013', lang='en', role='abuse', sector='construction', dest='QA', origin='NP', sex='M',
      abuses=['CTR-002', 'CTR-008'], wage=1400, cur='QAR', pov='parties', numbering='article',
      reg='gulf', width=70, hyphenate=1, plen=(17, 22),
      paging=('EMPLOYMENT CONTRACT \u2013 AL NOOR CONTRACTING W.L.L.\nPage {n} of {N}', ''),
      body='''
=EMPLOYMENT CONTRACT
This contract is entered into at Doha between Al Noor Contracting W.L.L. (the Employer) and Mr Ram Bahadur Gurung, Nepali national, steel fixer (the Employee).
Art. 1 Basic salary QAR 1,400 per month and food allowance QAR 300 per month, paid through the Wage Protection System by the 7th of each month.
Art. 2 Working hours: eight hours per day, forty-eight hours per week; during the summer working hours ban no outdoor work is done between 10 a.m. and 3.30 p.m.
Art. 3 Weekly rest: Friday, with full pay.
Art. 4 {A2|visa}The visa charge of QAR 2,000 and the Employee\u2019s outbound air ticket, paid in advance by the Employer, will be deducted from the Employee\u2019s salary over the first five months.
Art. 5 {L1}The Employee\u2019s passport remains in his own possession; the Employer shall not keep it save for the day on which it is needed for a residence permit application.
Art. 6 {L3}No security deposit or bond is taken from the Employee, and no damages are payable by him if he ends this contract with notice.
Art. 7 {A8|transfer}The Employee shall not transfer to another employer unless the Employer issues a No Objection Certificate, which will not be issued before the end of the second year.
Art. 8 {L7}Salary is credited to the Employee\u2019s own bank account; the Employer shall not hold his bank card.
Art. 9 On expiry or termination, the Employer provides a return ticket to Kathmandu at its own cost.
Art. 10 {L9}The Employee may ﬁle complaints with the Ministry of Labour (Amerni portal) or the Embassy of Nepal without fear of reprisal.
'''))

# ------------------------------------------------------------------ AC-014
add(C(id='AC-014', lang='en', role='abuse', sector='agriculture', dest='FI', origin='TH', sex='M',
      abuses=['CTR-003', 'CTR-007'], wage=2100, cur='EUR', pov='parties', numbering='clause-words',
      reg='euseasonal', width=74, hyphenate=1, plen=(15, 20),
      paging=('SEASONAL EMPLOYMENT AGREEMENT 2026\tpage {n}/{N}', 'Metsamarja Oy \u2013 Kuopio'),
      body='''
=SEASONAL EMPLOYMENT AGREEMENT \u2013 BERRY HARVEST 2026
Employer: Metsamarja Oy, Kuopio, Finland.
Seasonal worker: Mr Somchai Boonmee, Thai citizen.
Clause 1. Period. From 1 July to 30 September 2026.
Clause 2. Pay. The worker receives a guaranteed minimum wage of EUR 2,100 gross per month, with piece-rate earnings added where they are higher, paid every two weeks into his own bank account.
Clause 3. Working time. Regular working time is eight hours a day and forty hours a week. Every worker has at least one free day in each week.
Clause 4. {L2}The employer pays the recruitment fees of the Thai agency and the ﬂights to Finland. No fee, commission or visa cost is charged to the worker.
Clause 5. {A3|leaves}If the worker leaves the harvest before 30 September for any reason other than illness, he shall repay the full cost of his return ﬂight and a penalty of EUR 800, which may be set off against his final wages.
Clause 6. {L4}Workers may leave the camp freely when they are not working; the camp gates are not locked.
Clause 7. Pay settlement. {A7|Half}Half of each fortnight\u2019s net wage is held in an account managed by the employer and paid out to the worker as a lump sum when the season closes.
Clause 8. Return. The employer pays the flight back to Bangkok at the end of the season.
Clause 9. {L9}The worker may contact the Regional State Administrative Agency (occupational safety and health) or a trade union, and no worker will be disadvantaged for doing so.
'''))

# ------------------------------------------------------------------ AC-015
add(C(id='AC-015', lang='en', role='abuse', sector='hospitality', dest='SA', origin='PH',
      abuses=['CTR-002', 'CTR-001', 'CTR-009'], wage=2500, cur='SAR', pov='parties',
      numbering='decimal', reg='placement', definitions=1, width=76, hyphenate=0, plen=(16, 22),
      typographic=1,
      paging=('Placement Agreement \u2013 Page {n} of {N}', 'Pacific Crest Manpower Services Inc. \u2013 DMW Lic. 047-LB-0922-2025'),
      body='''
=PLACEMENT AGREEMENT
This Agreement is entered into in Manila between Pacific Crest Manpower Services Inc. ("the Agency") and Ms Jenelyn R. Aquino ("the Applicant"), who is to be deployed as a housekeeping attendant at the Al Rawdah Hotel, Jeddah ("the Principal").
1. Definitions. "Deployment" means the Applicant's departure from the Philippines under an approved employment contract. "Master Employment Contract" means the contract between the Principal and the Applicant veriﬁed by the Migrant Workers Ofﬁce.
2. Main terms of the Master Employment Contract: monthly salary SAR 2,500; eight working hours a day and forty-eight a week; one rest day each week (Friday); free return airfare on completion or early termination not due to the Applicant's fault; complaints to the Migrant Workers Office in Jeddah, the DMW hotline 1348 or the Saudi labour hotline 19911.
3. {A2|placement}The Applicant shall pay the Agency a placement fee equal to one month's salary, PHP 37,000, before deployment, and shall also bear the costs of the visa stamping and of her pre-departure medical.
4. {A1|passport}Upon signing, the Applicant surrenders her passport to the Agency; it is kept by the Agency and handed by the Agency's liaison to the Principal's human resources office on her arrival in Jeddah.
5. {L3}The Agency does not require any bond, guarantor or post-dated cheque from the Applicant or her family.
6. {L8}The Applicant may terminate the Master Employment Contract as provided under Saudi law and transfer to another employer through the Qiwa platform.
7. {A9|Applicant}The Applicant waives any claim or complaint against the Agency or the Principal before the DMW, the NLRC or the Migrant Workers Office, and agrees to settle every matter with the Agency alone.
8. {L5}The pre-departure medical examination arranged by the Agency covers fitness for work only and includes no pregnancy test.
9. {L6}Civil status is not a condition of deployment, and the Agency shall not ask the Applicant to remain single.
'''))

# ------------------------------------------------------------------ AC-016
add(C(id='AC-016', lang='en', role='abuse', sector='security', dest='MY', origin='NP', sex='M',
      abuses=['CTR-002', 'CTR-003'], wage=1700, cur='MYR', pov='parties', numbering='letters',
      reg='placement', width=72, hyphenate=1, hang=0, plen=(15, 19),
      paging=('Himalayan Bridge Overseas Pvt. Ltd. \u2013 Agreement with Worker \u2013 {n}', ''),
      body='''
=AGREEMENT BETWEEN THE RECRUITING AGENCY AND THE WORKER
Agency: Himalayan Bridge Overseas Pvt. Ltd., licence 1193/2074/75, Kathmandu.
Worker: Mr Dil Bahadur Rai, Sankhuwasabha.
Employer abroad: Sentinel Guard Services Sdn Bhd, Kuala Lumpur (security guard).
a) Terms abroad. Basic wage RM1,700 per month; eight hours a day, six days a week, with one paid rest day weekly; the employer pays the return air ticket to Kathmandu when the contract ends or is cut short by the employer; complaints may be made to the Embassy of Nepal in Kuala Lumpur, JTK or the Department of Foreign Employment.
b) {A2|service}The worker pays the agency a service charge of NPR 10,000 and, in addition, the costs of orientation, medical examination and insurance, which are not reimbursed.
c) {A3|promissory}A promissory note for NPR 150,000 is signed by the worker in favour of Sagarmatha Finance, a lender nominated by the agency, with his brother as guarantor; the employer will remit RM300 a month from his wage to the lender.
d) {L1}The agency returns the worker's passport to him at the airport together with his visa and ticket, and keeps no document afterwards.
e) {L9}The worker may complain to the Department of Foreign Employment or the Foreign Employment Board at any time; no condition in this agreement limits that right.
f) {L8}The worker may end his employment abroad in the cases allowed by Malaysian law, and may be transferred to another employer through the Immigration Department.
'''))

# ------------------------------------------------------------------ AC-017
add(C(id='AC-017', lang='en', role='abuse', sector='domestic', dest='SA', origin='KE',
      abuses=['CTR-005', 'CTR-006'], wage=1500, cur='SAR', pov='parties', numbering='roman',
      reg='placement', width=74, hyphenate=0, plen=(17, 23),
      paging=('Page {n}', 'Savannah Gate Recruitment Ltd \u2013 Candidate Agreement'),
      body='''
=CANDIDATE PLACEMENT AGREEMENT (KENYA \u2013 KINGDOM OF SAUDI ARABIA)
Between Savannah Gate Recruitment Ltd, Nairobi ("the Agency"), and Ms Faith Wanjiru Kamau ("the Candidate").
(i) The Candidate is to be employed as a domestic worker in Riyadh under the contract registered on Musaned, which provides:
\u2013 a salary of SAR 1,500 a month;
\u2013 not more than ten working hours a day with eight hours of continuous rest;
\u2013 one rest day a week;
\u2013 a return ticket to Nairobi paid by the employer when the contract expires;
\u2013 the right to complain to the Ministry of Human Resources (19911) or the Kenyan Embassy in Riyadh.
(ii) {L2}No recruitment fee is charged to the Candidate; the employer reimburses the Agency for all costs.
(iii) {A5|pregnancy}Deployment is conditional on a negative pregnancy test taken not more than seven days before the flight, and the Candidate agrees to a further pregnancy test after arrival at the employer's request.
(iv) {L3}The Candidate is not required to provide security, title deeds or a guarantor.
(v) {A6|shall not}The Candidate shall not get married or engage in any relationship during her contract, failing which the placement may be cancelled.
(vi) {L1}The Agency holds the Candidate's passport only on the day of her visa appointment and returns it the same day against her signature.
(vii) The Candidate may raise concerns with the National Employment Authority.
(viii) {L8}In Saudi Arabia the Candidate may change employer in the cases the Ministry\u2019s rules allow, without a release from the Agency.
'''))

# ------------------------------------------------------------------ AC-018
add(C(id='AC-018', lang='en', role='abuse', sector='fishing', dest='TW', origin='PH', sex='M',
      abuses=['CTR-001', 'CTR-007', 'CTR-009'], wage=550, cur='USD', pov='parties',
      numbering='clause-words', reg='fishing', caps=1, width=76, hyphenate=1, plen=(17, 21),
      paging=('CREW AGREEMENT \u2013 F/V HSIN FA 168 \u2013 page {n} of {N}', ''),
      body='''
=CREW EMPLOYMENT AGREEMENT (DISTANT WATER FISHING VESSEL)
Vessel: F/V Hsin Fa No. 168, flag: Taiwan. Owner: Hsin Fa Fishery Co., Kaohsiung (the Owner). Manning agent: Blue Meridian Crewing Inc., Iloilo (the Agent).
Crew member: Mr Rodel S. Bautista, deckhand (the Crew Member).
Clause 1. Wages. The Crew Member is entitled to a monthly wage of USD 550.
Clause 2. {A7|monthly}The monthly wage is paid by the Owner to the Agent, who keeps it in the Agent's account and pays it to the Crew Member in one sum when he signs off upon expiry of the contract.
Clause 3. Hours of rest. Normal working hours are eight hours a day. The Crew Member has not less than ten hours of rest in any 24 hours and 77 hours in any seven days, and one full rest day each week, taken in port or at sea as the Master arranges.
Clause 4. {A1|passport}The Crew Member's passport and seafarer's book shall be delivered to the Master on embarkation and kept by the Master until the Crew Member signs off.
Clause 5. {L2}Recruitment, visa, medical and training costs are for the account of the Owner and shall not be charged to the Crew Member.
Clause 6. Repatriation. The Owner pays the Crew Member's repatriation to Manila when the contract ends, on early termination, or on shipwreck.
Clause 7. {L4}When in port, the Crew Member may go ashore during his rest hours.
Clause 8. Complaints. The Crew Member may complain on board to the Master or ashore to the Fisheries Agency or the Philippine authorities.
Clause 9. {A9|CREW}THE CREW MEMBER SHALL NOT SPEAK TO PORT STATE INSPECTORS, UNIONS OR JOURNALISTS ABOUT CONDITIONS ON BOARD, AND WAIVES ALL CLAIMS AGAINST THE OWNER BEFORE ANY FOREIGN AUTHORITY.
'''))

# ------------------------------------------------------------------ AC-019
add(C(id='AC-019', lang='id', role='abuse', sector='domestic', dest='HK', origin='ID',
      abuses=['CTR-001', 'CTR-006'], wage=4990, cur='HKD', pov='parties', numbering='pasal',
      reg='pk', definitions=1, width=72, hyphenate=1, plen=(15, 19),
      paging=('Halaman {n} dari {N}', 'PERJANJIAN KERJA PMI SEKTOR DOMESTIK \u2013 No. 118/PK-HK/I/2026'),
      body='''
=PERJANJIAN KERJA
=PEKERJA MIGRAN INDONESIA SEKTOR RUMAH TANGGA \u2013 HONG KONG
Pada hari ini, Senin tanggal 19 Januari 2026, yang bertanda tangan di bawah ini:
1. Tuan Wong Chi Ming, beralamat di Sha Tin, New Territories, Hong Kong, selanjutnya disebut PIHAK PERTAMA;
2. Sdri. Siti Nurjanah, lahir di Blitar, pemegang paspor Nomor E 4410972, selanjutnya disebut PIHAK KEDUA.
Pasal 1
Yang dimaksud dalam Perjanjian ini dengan Agensi ialah Bright Star Employment Agency Ltd. di Hong Kong, dan P3MI adalah PT Sekar Mitra Mandiri di Malang.
Pasal 2
(1) PIHAK PERTAMA membayar gaji PIHAK KEDUA sebesar HK$\u00a04.990 (empat ribu sembilan ratus sembilan puluh dolar Hong Kong) setiap bulan, paling lambat tanggal 7 bulan berikutnya.
(2) Waktu kerja PIHAK KEDUA paling lama 10 (sepuluh) jam sehari, dan PIHAK KEDUA berhak atas istirahat malam paling sedikit 9 (sembilan) jam tanpa terputus.
(3) PIHAK KEDUA berhak atas 1 (satu) hari libur setiap minggu selama 24 jam serta hari libur resmi Hong Kong.
Pasal 3
{L2}Biaya penempatan, termasuk visa, tiket keberangkatan, asuransi dan jasa Agensi, ditanggung oleh PIHAK PERTAMA dan tidak boleh dipotong dari gaji PIHAK KEDUA.
Pasal 4
(1) Segala dokumen perjalanan adalah milik PIHAK KEDUA.
(2) {A1|Agensi}Namun, selama masa kontrak paspor dan kartu identitas Hong Kong PIHAK KEDUA dititipkan kepada Agensi untuk disimpan, dan baru diserahkan kembali pada saat kontrak berakhir.
Pasal 5
{L4}Pada hari libur PIHAK KEDUA bebas meninggalkan rumah PIHAK PERTAMA dan menggunakan telepon genggamnya sendiri.
Pasal 6
{A6|menikah}PIHAK KEDUA dilarang menikah maupun menjalin hubungan asmara dengan siapa pun selama masa Perjanjian ini, dan pelanggaran atas larangan ini menjadi alasan pemutusan hubungan kerja.
Pasal 7
PIHAK PERTAMA menanggung tiket pesawat kepulangan PIHAK KEDUA ke Indonesia pada saat Perjanjian berakhir atau diakhiri lebih awal oleh PIHAK PERTAMA.
Pasal 8
{L9}PIHAK KEDUA berhak menyampaikan pengaduan kepada Labour Department Hong Kong (2717 1771), Konsulat Jenderal Republik Indonesia di Hong Kong, atau Crisis Center KP2MI, tanpa dikenai sanksi apa pun.
Pasal 9
{L5}PIHAK KEDUA tidak diwajibkan menjalani tes kehamilan. Kehamilan bukan alasan pemutusan hubungan kerja, dan PIHAK KEDUA berhak atas cuti melahirkan menurut Employment Ordinance.
Pasal 10
{L8}PIHAK KEDUA dapat mengakhiri Perjanjian ini dengan pemberitahuan satu bulan dan bekerja pada majikan baru sesuai ketentuan Imigrasi Hong Kong.
'''))

# ------------------------------------------------------------------ AC-020
add(C(id='AC-020', lang='id', role='abuse', sector='manufacturing', dest='TW', origin='ID', sex='M',
      abuses=['CTR-002', 'CTR-003'], wage=28590, cur='TWD', pov='parties', numbering='pasal',
      reg='penempatan', width=74, hyphenate=1, hang=0, plen=(16, 20),
      paging=('PT Cahaya Abadi Nusantara \u2013 Perjanjian Penempatan\thal. {n}', ''),
      body='''
=PERJANJIAN PENEMPATAN PEKERJA MIGRAN INDONESIA
=Nomor: 027/CAN-TW/II/2026
Perjanjian ini dibuat antara PT Cahaya Abadi Nusantara, Perusahaan Penempatan Pekerja Migran Indonesia (P3MI) yang berkedudukan di Cirebon, selanjutnya disebut P3MI, dan Sdr. Ahmad Fauzi, selanjutnya disebut PMI.
Pasal 1
P3MI menempatkan PMI sebagai operator mesin pada Chang Hong Plastic Co., Ltd. di Taoyuan, Taiwan (Pemberi Kerja), untuk jangka waktu 3 (tiga) tahun.
Pasal 2
Syarat kerja di Taiwan: gaji pokok NT$\u00a028.590 per bulan; waktu kerja 8 jam sehari dan 40 jam seminggu; 2 (dua) hari libur setiap minggu; tiket pulang ke Indonesia ditanggung Pemberi Kerja pada akhir kontrak maupun bila kontrak diputus oleh Pemberi Kerja; pengaduan dapat disampaikan melalui hotline 1955, KDEI Taipei atau KP2MI.
Pasal 3
(1) PMI tidak dibebani biaya jabatan kerja, visa, maupun tiket keberangkatan.
(2) {A2|kecuali}Tidak ada biaya lain yang dibebankan kepada PMI, kecuali biaya pelatihan kerja, pemeriksaan kesehatan dan jasa P3MI sebesar Rp 18.500.000 yang dibayar PMI melalui pemotongan gaji selama 10 (sepuluh) bulan pertama.
Pasal 4
{A3|jaminan}Sebagai jaminan, PMI menyerahkan sertiﬁkat tanah{PB} atas nama orang tuanya kepada P3MI. Apabila PMI pulang sebelum kontrak berakhir atas kemauan sendiri, PMI dikenai denda sebesar Rp 25.000.000 dan sertiﬁkat tersebut tidak dikembalikan sampai denda dilunasi.
Pasal 5
{L1}P3MI dan Pemberi Kerja tidak menahan paspor dan ARC milik PMI; kedua dokumen itu dipegang sendiri oleh PMI.
Pasal 6
{L7}Gaji dibayarkan langsung ke rekening bank atas nama PMI, dan buku tabungan serta kartu ATM dipegang PMI.
Pasal 7
{L8}PMI dapat mengajukan pindah majikan sesuai peraturan ketenagakerjaan Taiwan tanpa memerlukan persetujuan P3MI.
'''))

# ------------------------------------------------------------------ AC-021
add(C(id='AC-021', lang='id', role='abuse', sector='agriculture', dest='MY', origin='ID', sex='M',
      abuses=['CTR-004', 'CTR-008'], wage=1700, cur='MYR', pov='parties', numbering='pasal',
      reg='pk', width=70, hyphenate=0, plen=(17, 22), typographic=1,
      paging=('Perjanjian Kerja \u2013 Ladang Sawit Bukit Mewah \u2013 {n}/{N}', ''),
      body='''
=PERJANJIAN KERJA
Yang bertanda tangan di bawah ini: Bukit Mewah Plantation Sdn Bhd, Lahad Datu, Sabah, selanjutnya disebut Majikan; dan Sdr. Yohanes Bria, berasal dari Kabupaten Belu, selanjutnya disebut Pekerja.
Pasal 1 \u2013 Upah
Majikan membayar upah pokok Pekerja sebesar RM 1.700 setiap bulan melalui rekening bank Pekerja, paling lambat tanggal 7 bulan berikutnya.
Pasal 2 \u2013 Waktu Kerja dan Istirahat
(1) Jam kerja biasa adalah 8 (delapan) jam sehari, dari pukul 06.00 sampai 14.00, dan 48 jam seminggu.
(2) Pekerja mendapat 1 (satu) hari istirahat setiap minggu, yaitu hari Minggu.
(3) {A4|kawasan}Pekerja tidak boleh keluar dari kawasan ladang tanpa surat izin dari mandor, termasuk pada hari Minggu, dan pintu pagar kawasan perumahan ditutup mulai pukul 19.00.
Pasal 3
{L1}Paspor Pekerja dipegang oleh Pekerja sendiri. Majikan hanya boleh meminjamnya untuk pengurusan permit kerja dan wajib mengembalikannya paling lama 3 (tiga) hari kerja.
Pasal 4
{L2}Levi, visa, pemeriksaan FOMEMA dan biaya agensi dibayar oleh Majikan, dan tidak ada bagian dari biaya tersebut yang dipotong dari upah.
Pasal 5
{A8|pindah}Selama masa kontrak, Pekerja tidak diperbolehkan pindah ke majikan atau ladang lain dan tidak dapat mengakhiri Perjanjian ini sebelum tiga tahun, kecuali dengan surat pelepasan dari Majikan.
Pasal 6
Pada akhir kontrak, atau bila Majikan mengakhiri Perjanjian lebih awal, Majikan menanggung biaya perjalanan pulang Pekerja ke Kupang.
Pasal 7
{L9}Pekerja dapat mengadukan masalahnya kepada Jabatan Tenaga Kerja Sabah atau Konsulat RI di Tawau, dan Majikan tidak boleh menghukum Pekerja karena pengaduan tersebut.
'''))

# ------------------------------------------------------------------ AC-022
add(C(id='AC-022', lang='id', role='abuse', sector='domestic', dest='SA', origin='ID',
      abuses=['CTR-005', 'CTR-007', 'CTR-008'], wage=1500, cur='SAR', pov='parties',
      numbering='pasal', reg='pk', width=76, hyphenate=1, plen=(15, 19),
      paging=('Halaman {n} dari {N}', 'Perjanjian Kerja Penata Laksana Rumah Tangga \u2013 Riyadh'),
      body='''
=PERJANJIAN KERJA PENATA LAKSANA RUMAH TANGGA
PIHAK PERTAMA: Tuan Saad Abdullah Al-Harbi, Riyadh, Kerajaan Arab Saudi (Pengguna).
PIHAK KEDUA: Sdri. Lilis Suryani, Indramayu (PMI).
Pasal 1
PMI bekerja sebagai penata laksana rumah tangga selama 2 (dua) tahun sejak tiba di Arab Saudi.
Pasal 2
(1) Gaji PMI sebesar SAR\u00a01.500 (seribu lima ratus riyal) per bulan.
(2) {A7|disimpan}Gaji sebagaimana dimaksud pada ayat (1) disimpan oleh Pengguna dan dibayarkan sekaligus kepada PMI setiap enam bulan atau pada saat PMI pulang, sedangkan untuk keperluan sehari-hari PMI diberi uang saku SAR 100 per bulan.
Pasal 3
Jam kerja PMI paling lama 10 jam sehari dengan istirahat malam sekurang-kurangnya 8 jam berturut-turut. PMI mendapat 1 (satu) hari libur setiap minggu.
Pasal 4
{L1}Pengguna dilarang menyimpan atau menahan paspor dan iqama PMI.
Pasal 5
(1) Pengguna menanggung biaya pengobatan PMI.
(2) {A5|hamil}Apabila PMI diketahui hamil, Perjanjian ini berakhir dengan sendirinya dan PMI dipulangkan.
Pasal 6
{L3}PMI tidak diwajibkan menyerahkan uang jaminan atau menandatangani surat pengakuan utang dalam bentuk apa pun.
Pasal 7
{A8|izin}PMI tidak boleh berpindah kerja kepada pengguna lain dan tidak boleh meninggalkan Arab Saudi sebelum kontrak selesai tanpa izin tertulis dari Pengguna.
Pasal 8
Pengguna menanggung tiket pesawat kepulangan PMI ke Jakarta setelah kontrak berakhir atau apabila kontrak diakhiri oleh Pengguna.
Pasal 9
{L9}PMI berhak mengadu kepada Kementerian Sumber Daya Manusia (19911), KBRI Riyadh atau KP2MI, dan hak ini tidak dapat dihapuskan oleh perjanjian mana pun.
Pasal 10
{L6}Status perkawinan PMI bukan urusan Pengguna dan tidak mempengaruhi berlakunya Perjanjian ini.
'''))

# ------------------------------------------------------------------ AC-023
add(C(id='AC-023', lang='id', role='abuse', sector='domestic', dest='HK', origin='ID',
      abuses=['CTR-002', 'CTR-009'], wage=5000, cur='HKD', pov='parties', numbering='pasal',
      reg='penempatan', definitions=1, width=74, hyphenate=0, plen=(18, 22),
      paging=('PERJANJIAN PENEMPATAN PMI \u2013 PT DUTA SEJAHTERA INSANI\nHalaman {n}', ''),
      body='''
=PERJANJIAN PENEMPATAN PEKERJA MIGRAN INDONESIA
Pihak-pihak: PT Duta Sejahtera Insani, berkedudukan di Ponorogo (P3MI), dan Sdri. Dewi Rahmawati (PMI).
Pasal 1 \u2013 Pengertian
Istilah dalam Perjanjian ini berarti sebagai berikut: a. Pemberi Kerja adalah Ny. Chan Mei Ling di Kowloon, Hong Kong; b. Perjanjian Kerja adalah kontrak kerja standar (ID 407) antara Pemberi Kerja dan PMI.
Pasal 2 \u2013 Syarat Kerja
Gaji PMI sebesar HK$ 5.000 per bulan; waktu kerja paling lama 11 jam sehari dengan istirahat malam 9 jam; 1 (satu) hari libur setiap minggu; tiket pulang ke Indonesia ditanggung Pemberi Kerja saat kontrak berakhir atau diputus; pengaduan dapat disampaikan kepada Labour Department, KJRI Hong Kong atau Crisis Center KP2MI.
Pasal 3 \u2013 Biaya
(1) Pada prinsipnya biaya penempatan menjadi tanggung jawab Pemberi Kerja sebagaimana dimaksud dalam Pasal 1 huruf a.
(2) {A2|Dikecualikan}Dikecualikan dari ayat (1), biaya pelatihan, uji kompetensi, pemeriksaan psikologi dan pembuatan paspor ditanggung oleh PMI dan dibayar dengan cicilan dari gaji melalui Agensi.
Pasal 4
{L1}Paspor dan dokumen PMI tidak boleh ditahan oleh P3MI maupun Pemberi Kerja dengan alasan apa pun.
Pasal 5
{L3}P3MI tidak meminta agunan, uang jaminan atau penjamin dari PMI atau keluarganya.
Pasal 6
{L5}P3MI tidak mewajibkan tes kehamilan, dan kehamilan tidak menjadi alasan pembatalan penempatan.
Pasal 7 \u2013 Penyelesaian Perselisihan
(1) Perselisihan diselesaikan secara musyawarah antara P3MI dan PMI.
(2) {A9|melapor}PMI tidak akan melapor kepada Labour Department, KJRI, media massa atau organisasi buruh selama masa penempatan, dan setiap masalah hanya diselesaikan melalui P3MI dan Agensi.
Pasal 8
{L6}P3MI tidak melarang PMI menikah, dan pernikahan tidak membatalkan penempatan.
Pasal 9
{L8}PMI dapat berganti majikan di Hong Kong sesuai ketentuan Imigrasi tanpa persetujuan P3MI dan tanpa membayar ganti rugi.
'''))

# ------------------------------------------------------------------ AC-024
add(C(id='AC-024', lang='id', role='abuse', sector='care', dest='TW', origin='ID',
      abuses=['CTR-004', 'CTR-006'], wage=20000, cur='TWD', pov='parties', numbering='pasal',
      reg='adendum', caps=1, width=70, hyphenate=1, hang=0, plen=(14, 18),
      paging=('Adendum PK Perawat Panti Jompo / Caregiver \u2013 hlm. {n}', 'No. ADD-07/TW/2026'),
      body='''
=ADENDUM PERJANJIAN KERJA
=Nomor ADD-07/TW/2026
Adendum ini dibuat antara Ny. Huang Li-Hua, Kaohsiung, selaku Majikan, dan Sdri. Ratna Sari, selaku Perawat, atas Perjanjian Kerja tanggal 5 Januari 2026.
Pasal 1 \u2013 Ketentuan yang Tetap Berlaku
Ketentuan Perjanjian Kerja berikut tidak berubah: gaji Perawat NT$\u00a020.000 setiap bulan; waktu kerja 10 jam sehari dengan waktu tidur malam 8 jam; 1 (satu) hari libur setiap 7 (tujuh) hari; tiket pulang ke Indonesia dibayar Majikan pada akhir kontrak atau bila Majikan memutus kontrak; pengaduan melalui hotline 1955 atau KDEI Taipei.
Pasal 2
{L1}Paspor dan ARC Perawat tetap dipegang oleh Perawat sendiri.
Pasal 3
{A4|HARI}HARI LIBUR PERAWAT DAPAT DIGANTI DENGAN UANG SESUAI KEBUTUHAN MAJIKAN, DAN PERAWAT WAJIB SIAP DIPANGGIL SELAMA 24 JAM SETIAP HARI.
Pasal 4
{L7}Gaji ditransfer ke rekening atas nama Perawat dan Majikan tidak memegang buku tabungan maupun kartu ATM Perawat.
Pasal 5
{A6|hamil}Perawat tidak boleh hamil atau menjalin hubungan pacaran selama masa kerja; apabila dilanggar, Majikan berhak memulangkan Perawat.
Pasal 6
{L9}Pengaduan Perawat kepada dinas tenaga kerja Kaohsiung atau KDEI tidak boleh dijadikan alasan untuk menghukum atau memulangkannya.
Pasal 7
Adendum ini merupakan bagian yang tidak terpisahkan dari Perjanjian Kerja.
'''))

# ------------------------------------------------------------------ AC-025
add(C(id='AC-025', lang='id', role='abuse', sector='manufacturing', dest='KR', origin='ID', sex='M',
      abuses=['CTR-001', 'CTR-007', 'CTR-008'], wage=2096270, cur='KRW', pov='parties',
      numbering='pasal', reg='pk', width=72, hyphenate=0, plen=(16, 21),
      paging=('- {n} -', 'Perjanjian Kerja EPS \u2013 Hanil Metal Co. \u2013 Gimhae'),
      body='''
=PERJANJIAN KERJA STANDAR (SISTEM IZIN KERJA / EPS)
Pemberi Kerja: Hanil Metal Co., Ltd., Gimhae, Provinsi Gyeongsang Selatan, Korea.
Pekerja: Sdr. Rizky Pratama, warga negara Indonesia.
Pasal 1 ayat (1): Masa kerja 3 (tiga) tahun terhitung sejak Pekerja masuk ke Korea.
Pasal 1 ayat (2): Upah pokok Pekerja sebesar KRW\u00a02.096.270 per bulan, dibayarkan setiap tanggal 15.
Pasal 2: Waktu kerja 8 jam sehari dan 40 jam seminggu; hari Sabtu dan Minggu adalah hari libur, dengan hari Minggu sebagai hari istirahat mingguan berbayar.
Pasal 3: {L2}Pemberi Kerja tidak memungut biaya apa pun dari Pekerja untuk penerimaan kerja.
Pasal 4: {A1|paspor}Untuk mencegah Pekerja melarikan diri, paspor dan kartu registrasi orang asing Pekerja disimpan oleh bagian personalia perusahaan selama masa kerja.
Pasal 5: {A7|Upah dibayarkan}Upah dibayarkan ke rekening yang dibuka oleh perusahaan atas nama Pekerja, tetapi buku tabungan, kartu debit dan PIN-nya disimpan oleh perusahaan.
Pasal 6: {L3}Tidak ada uang jaminan yang dipungut dari Pekerja.
Pasal 7: {L4}Pekerja bebas keluar asrama setelah jam kerja dan pada hari libur.
Pasal 8: {A8|mengajukan}Pekerja tidak akan mengajukan perpindahan tempat kerja kepada Pusat Layanan Ketenagakerjaan selama masa kontrak.
Pasal 9: Pemberi Kerja menanggung tiket pesawat kepulangan Pekerja ke Indonesia pada akhir kontrak.
Pasal 10: Pekerja dapat menyampaikan pengaduan kepada Pusat Layanan Ketenagakerjaan (1350) atau KBRI Seoul.
'''))

# ------------------------------------------------------------------ AC-026
add(C(id='AC-026', lang='id', role='abuse', sector='domestic', dest='BN', origin='ID',
      abuses=['CTR-005', 'CTR-003', 'CTR-004'], wage=400, cur='BND', pov='parties',
      numbering='pasal', reg='pk', width=66, hyphenate=1, plen=(16, 20), typographic=1,
      paging=('Perjanjian Kerja PLRT Brunei Darussalam', 'Halaman {n}'),
      body='''
=PERJANJIAN KERJA PENATA LAKSANA RUMAH TANGGA (BRUNEI DARUSSALAM)
Antara Awang Haji Mahmud bin Osman, Bandar Seri Begawan (Majikan) dan Sdri. Sumiati, Lombok Timur (Pekerja).
Pasal 1
Majikan membayar gaji Pekerja sebesar B$ 400 (empat ratus dolar Brunei) setiap bulan langsung ke rekening Pekerja.
Pasal 2
(1) Pekerja bekerja paling lama 10 jam sehari dan berhak atas istirahat malam paling sedikit 8 jam.
(2) Pekerja berhak atas 1 (satu) hari libur setiap minggu.
(3) {A4|rumah}Pekerja tidak dibenarkan meninggalkan rumah Majikan tanpa ditemani anggota keluarga Majikan, dan pintu rumah dikunci dari luar apabila Majikan bepergian.
Pasal 3
{L1}Paspor Pekerja disimpan oleh Pekerja sendiri di lemari berkunci yang kuncinya hanya dipegang Pekerja.
Pasal 4
(1) Pemeriksaan kesehatan awal dibiayai Majikan.
(2) {A5|HIV}Pekerja wajib menjalani tes HIV dan tes kehamilan setiap enam bulan, dan hasil positif mengakibatkan Pekerja dipulangkan atas biaya sendiri.
Pasal 5
{L2}Pekerja tidak dikenakan biaya penempatan dalam bentuk apa pun, baik secara langsung maupun melalui potongan gaji.
Pasal 6
{A3|denda}Apabila Pekerja mengakhiri kontrak sebelum dua tahun, Pekerja membayar denda sebesar tiga bulan gaji dan mengganti seluruh biaya perekrutan yang telah dikeluarkan Majikan.
Pasal 7
{L8}Pekerja dapat berpindah majikan dengan persetujuan Jabatan Buruh Brunei tanpa memerlukan izin Majikan.
Pasal 8
Majikan menanggung tiket pulang Pekerja ke Mataram pada akhir kontrak atau bila kontrak diakhiri oleh Majikan.
Pasal 9
Pengaduan dapat disampaikan kepada Jabatan Buruh atau KBRI Bandar Seri Begawan.
Pasal 10
{L6}Majikan tidak mencampuri kehidupan pribadi Pekerja, termasuk rencana pernikahannya.
'''))

# ================================================================ CTR-010
# ------------------------------------------------------------------ AC-027 (no complaint channel)
add(C(id='AC-027', lang='en', role='ctr010', sector='domestic', dest='AE', origin='PH',
      missing=['complaint'], wage=1500, cur='AED', pov='parties', numbering='bullets',
      reg='gulf', width=72, hyphenate=1, plen=(16, 20),
      paging=('Page {n} of {N}', 'Employment Contract \u2013 Ref. AUH-DW-2026-0772'),
      body='''
=EMPLOYMENT CONTRACT FOR A DOMESTIC WORKER (ABU DHABI)
=Employer\t|\tMr Khalifa Saeed Al Mazrouei, Khalifa City, Abu Dhabi
=Worker\t|\tMs Jocelyn P. Manalo, Filipino, nanny
=Salary\t|\tAED 1,500 per month, paid by the 5th of the next month
=Start\t|\t1 March 2026, for two years
\u2022 Working hours. The Worker\u2019s normal hours are from 7 a.m. to 7 p.m. with three hours of breaks in that span; she has at least nine hours of rest at night.
\u2022 Weekly rest. One full day off every week, on Friday, with pay.
\u2022 {L1}Identity documents. The Worker keeps her own passport and Emirates ID. The Employer may borrow them only to renew her residence visa and must hand them back within two working days.
\u2022 Leave. Thirty days\u2019 paid leave for every completed year, with a ticket home.
\u2022 End of contract. On completion, or where the Employer ends the contract, the Employer pays the Worker\u2019s air ticket back to Manila and her end-of-service gratuity.
\u2022 {L6}The Worker\u2019s marriage or family life outside working hours is her own affair and does not affect this contract.
\u2022 Notices. Notices between the parties are made in writing and handed over at the Employer\u2019s home.
\u2022 Law. The Federal Decree-Law on Domestic Workers applies.
=Employer ____________________      Worker ____________________
'''))

# ------------------------------------------------------------------ AC-028 (no return travel)
add(C(id='AC-028', lang='en', role='ctr010', sector='construction', dest='SG', origin='BD', sex='M',
      missing=['return'], wage=1100, cur='SGD', pov='parties', numbering='decimal',
      reg='sg', definitions=1, width=76, hyphenate=0, plen=(18, 22),
      paging=('Contract of Service \u2013 Orchid Builders Pte Ltd \u2013 Page {n}', ''),
      body='''
=CONTRACT OF SERVICE
1. Parties. Orchid Builders Pte Ltd, Jurong (the \u201cCompany\u201d) and Mr Md. Sohel Rana, Bangladeshi, work permit holder, formwork carpenter (the \u201cEmployee\u201d).
2. Definitions. \u201cBasic monthly salary\u201d excludes overtime pay and allowances. \u201cRest day\u201d means an unpaid day of rest as defined in the Employment Act.
3. Salary. Basic monthly salary of S$1,100, paid not later than seven days after the end of each salary period.
4. Hours. Normal hours of work: 8 hours a day, 44 hours a week. {L4}Overtime is not compulsory and is capped at 72 hours a month.
5. Rest day. One rest day each week, on Sunday.
6. Travel. The Company pays the Employee\u2019s air passage from Dhaka to Singapore on recruitment.
7. {L3}The S$5,000 security bond required by the Controller of Work Passes is furnished by the Company at its own expense and no part of it is recovered from the Employee.
8. {L7}Salary is credited to the Employee\u2019s own bank account; the Company does not hold his ATM card, passbook or PIN.
9. Termination. Either party may terminate on one month\u2019s written notice or by paying a month\u2019s salary instead.
10. Assistance. The Employee may contact the Ministry of Manpower, the Migrant Workers\u2019 Centre (6536 2692) or his dormitory operator\u2019s help desk about any problem.
'''))

# ------------------------------------------------------------------ AC-029 (no hours, no weekly rest)
add(C(id='AC-029', lang='en', role='ctr010', sector='agriculture', dest='JP', origin='ID', sex='M',
      missing=['hours', 'rest'], wage=185000, cur='JPY', pov='parties', numbering='article',
      reg='eastasia', width=70, hyphenate=1, hang=0, plen=(15, 19), typographic=1,
      paging=('Specified Skilled Worker (i) \u2013 Employment Conditions \u2013 {n}', ''),
      body='''
=NOTICE OF EMPLOYMENT CONDITIONS (SPECIFIED SKILLED WORKER)
Employer: Minami Farm Co., Ltd., Kumamoto Prefecture.
Worker: Mr Agus Setiawan, Indonesian national, vegetable cultivation.
Article 1 Period: 1 April 2026 to 31 March 2029.
Article 2 Place of work: the Employer's greenhouses at Yatsushiro.
Article 3 Work schedule: the Worker works according to the seasonal planting and harvest plan that the farm manager posts on the notice board each month.
Article 4 Leave: ten days of paid annual leave after six months of service, rising with length of service.
Article 5 Wage: a monthly wage of JPY 185,000, paid on the 25th of each month into the Worker's bank account.
Article 6 {L2}Costs: the Employer pays the fees of the registered support organisation and of the Indonesian placement company; the Worker pays nothing towards them.
Article 7 {L1}Documents: the Worker's passport and residence card are held by the Worker; the Employer shall not keep them.
Article 8 Return: when the contract ends or is ended early by the Employer, the Employer pays the Worker's air fare to Jakarta and arranges the journey.
Article 9 Consultation: the Worker may consult the support organisation, the Immigration Services Agency's consultation desk or the Labour Standards Inspection Ofﬁce in his own language.
'''))

# ------------------------------------------------------------------ AC-030 (no wage amount)
add(C(id='AC-030', lang='en', role='ctr010', sector='transport', dest='SA', origin='PH', sex='M',
      missing=['wage'], wage=2000, cur='SAR', pov='parties', numbering='clause-words',
      reg='gulf', width=74, hyphenate=0, plen=(17, 21),
      paging=('Private Driver Contract\tPage {n} of {N}', 'Ref. JED-PD-2026-0193'),
      body='''
=EMPLOYMENT CONTRACT \u2013 PRIVATE DRIVER
First Party: Mr Abdulrahman M. Al-Ghamdi, Jeddah (the Employer).
Second Party: Mr Arnel T. Dela Cruz, Filipino, driver (the Driver).
Clause 1. Salary. The Driver\u2019s salary is the amount fixed in the offer that the Employer uploaded to Musaned, payable at the end of every Gregorian month.
Clause 2. Hours. The Driver works not more than ten hours in a day, with breaks, and has at least eight consecutive hours off each night.
Clause 3. Rest. The Driver has one paid day off every week.
Clause 4. {L3}The Employer shall not take from the Driver any guarantee, deposit or promissory note, and the Driver owes nothing if he leaves with notice.
Clause 5. {L8}The Driver may transfer his services to a new employer through Musaned under the applicable rules, without needing the Employer\u2019s agreement once the contract ends or the conditions for transfer are met.
Clause 6. Return. The Employer pays the Driver\u2019s return ticket to Manila on the expiry of the contract or if it ends early by the Employer\u2019s decision.
Clause 7. Complaints. The Driver may complain to the Ministry of Human Resources (19911) or to the Migrant Workers Office in Jeddah.
'''))

# ------------------------------------------------------------------ AC-031 (no weekly rest)
add(C(id='AC-031', lang='id', role='ctr010', sector='domestic', dest='MY', origin='ID',
      missing=['rest'], wage=1500, cur='MYR', pov='parties', numbering='pasal',
      reg='pk', width=72, hyphenate=1, plen=(15, 19),
      paging=('Perjanjian Kerja PLRT Malaysia \u2013 hlm. {n} dari {N}', ''),
      body='''
=PERJANJIAN KERJA PENATA LAKSANA RUMAH TANGGA (MALAYSIA)
PIHAK PERTAMA: Encik Faizal bin Rahman, Petaling Jaya, Selangor (Majikan).
PIHAK KEDUA: Sdri. Nur Hasanah, Cilacap (Pekerja).
Pasal 1 \u2013 Gaji
Gaji Pekerja RM 1.500 setiap bulan, dibayar ke rekening Pekerja paling lambat tanggal 7 bulan berikutnya.
Pasal 2 \u2013 Jam Kerja
Pekerja bekerja paling lama 10 (sepuluh) jam sehari dan berhak atas waktu istirahat malam paling sedikit 8 (delapan) jam berturut-turut.
Pasal 3 \u2013 Cuti
Pekerja berhak atas cuti tahunan 8 (delapan) hari dan hari kelepasan am negeri Selangor.
Pasal 4
{L5}Pemeriksaan kesehatan Pekerja terbatas pada pemeriksaan yang disyaratkan FOMEMA; Majikan tidak boleh meminta tes kehamilan.
Pasal 5
Majikan menanggung tiket pesawat kepulangan Pekerja ke Indonesia pada akhir kontrak atau bila kontrak diakhiri oleh Majikan.
Pasal 6
{L9}Pekerja dapat mengadukan masalah kepada Jabatan Tenaga Kerja atau KBRI Kuala Lumpur, dan pengaduan tidak boleh berakibat pemutusan kontrak.
'''))

# ------------------------------------------------------------------ AC-032 (no complaint channel, no return)
add(C(id='AC-032', lang='id', role='ctr010', sector='manufacturing', dest='TW', origin='ID', sex='M',
      missing=['complaint', 'return'], wage=28590, cur='TWD', pov='parties', numbering='letters',
      reg='pk', width=70, hyphenate=0, hang=0, plen=(16, 20),
      paging=('Perjanjian Kerja \u2013 Yung Sheng Textile \u2013 {n}', ''),
      body='''
=PERJANJIAN KERJA
Antara Yung Sheng Textile Co., Ltd., Changhua (Pihak A), dan Sdr. Dedi Kurniawan, Kendal (Pihak B).
a. Upah. Pihak A membayar Pihak B upah pokok NT$ 28.590 per bulan, setiap tanggal 10, ke rekening atas nama Pihak B.
b. Jam kerja. 8 jam sehari, 40 jam seminggu. Lembur hanya dengan persetujuan Pihak B.
c. Hari libur. Pihak B mendapat 2 (dua) hari libur setiap minggu.
d. Keberangkatan. Pihak A menanggung tiket pesawat Pihak B dari Jakarta ke Taipei.
e. {L1}Pihak A tidak menyimpan paspor maupun ARC Pihak B.
f. {L4}Asrama tidak dikunci dan Pihak B bebas keluar setelah jam kerja.
g. Pemberitahuan. Setiap pemberitahuan disampaikan secara tertulis ke alamat para pihak di atas.
'''))

# ================================================================ pairs
# ------------------------------------------------------------------ AC-033 (wage lowered)
add(C(id='AC-033', lang='en', role='pair', sector='garment', dest='JO', origin='LK',
      change='wage', wage=250, cur='JOD', pov='parties', numbering='article',
      reg='jordan', width=74, hyphenate=1, plen=(16, 20),
      paging=('Page {n} of {N}', 'Employment Contract \u2013 Ref. GT/JO/2026/0415'),
      body='''
=EMPLOYMENT CONTRACT \u2013 GARMENT SECTOR (HASHEMITE KINGDOM OF JORDAN)
={V:Version: signed in Colombo on 15 January 2026, before departure.¦Version: signed in Sahab on 3 March 2026, after arrival.}
Employer: Golden Thread Apparel L.L.C., Sahab Industrial City (\u201cthe Employer\u201d).
Employee: Ms K. M. Nirosha Kumari, Sri Lankan national, quality checker (\u201cthe Employee\u201d).
Article 1 Duration: three years from arrival in Jordan.
Article 2 Wage: the Employee receives a basic wage of {P|JOD}{V:JOD 290¦JOD 250} per month, paid into her own bank account by the 7th day of the following month.
Article 3 Hours: eight hours a day and forty-eight hours a week; overtime only with her consent, paid at 125%.
Article 4 Rest: Friday is the weekly paid day of rest.
Article 5 {L5}Medical examinations are limited to those needed for the work permit; no pregnancy test is required, and pregnancy does not end the contract.
Article 6 {L6}Marriage does not affect the Employee\u2019s employment, and the Employer does not regulate her private life.
Article 7 Return: the Employer pays the Employee\u2019s air ticket home to Colombo on completion of the contract and on early termination by the Employer.
Article 8 Complaints: the Employee may complain to the Ministry of Labour (hotline and Hemaya platform), to the union or to the Embassy of Sri Lanka in Amman.
'''))

# ------------------------------------------------------------------ AC-034 (hours raised)
add(C(id='AC-034', lang='en', role='pair', sector='manufacturing', dest='MY', origin='BD', sex='M',
      change='hours', wage=1700, cur='MYR', pov='parties', numbering='bullets',
      reg='my', width=72, hyphenate=0, plen=(18, 22), typographic=1,
      paging=('Contract of Employment \u2013 Kenari Electronics Sdn Bhd\t\t{n}', ''),
      body='''
=CONTRACT OF EMPLOYMENT
={V:Signed at Dhaka on 20 January 2026 (before departure)¦Signed at Penang on 2 March 2026 (after arrival)}
Employer: Kenari Electronics Sdn Bhd, Bayan Lepas, Penang.
Employee: Mr Md. Jahangir Alam, Bangladeshi, production operator.
\u25aa Wage: RM1,700 per month, paid by bank transfer before the 7th day of the following month.
\u25aa Working hours: {P|hours}{V:8 hours a day, 45 hours a week¦9 hours a day, 54 hours a week}, excluding meal breaks.
\u25aa Rest day: one rest day each week, on Sunday.
\u25aa {L1}Passport: the Employee keeps his passport; the Employer shall not retain it.
\u25aa {L2}Costs: recruitment, levy and visa costs are the Employer's; none is deducted from wages.
\u25aa Return: the Employer pays the Employee's flight to Dhaka when the contract expires or on termination by the Employer.
\u25aa Complaints: the Employee may go to the Jabatan Tenaga Kerja, the Bangladesh High Commission or the workers' committee.
'''))

# ------------------------------------------------------------------ AC-035 (wage lowered, id)
add(C(id='AC-035', lang='id', role='pair', sector='manufacturing', dest='MY', origin='ID', sex='M',
      change='wage', wage=1500, cur='MYR', pov='parties', numbering='pasal',
      reg='pk', width=72, hyphenate=1, plen=(15, 19),
      paging=('Perjanjian Kerja \u2013 Sinar Plastik Sdn Bhd \u2013 hal. {n}', ''),
      body='''
=PERJANJIAN KERJA
={V:Ditandatangani di Surabaya, 12 Januari 2026 (sebelum PMI berangkat).¦Ditandatangani di Klang, 24 Februari 2026 (setelah PMI tiba).}
Para pihak: Sinar Plastik Sdn Bhd, Klang, Selangor (Pemberi Kerja) dan Sdr. Bambang Susilo, Tuban (PMI).
Pasal 1
Upah pokok PMI sebesar {P|RM}{V:RM 1.800¦RM 1.500} setiap bulan, dibayar melalui rekening bank PMI paling lambat tanggal 7.
Pasal 2
Waktu kerja 8 jam sehari dan 45 jam seminggu. PMI mendapat 1 (satu) hari istirahat setiap minggu.
Pasal 3
{L3}PMI tidak dimintai uang jaminan, dan tidak ada denda apabila PMI mengakhiri kontrak dengan pemberitahuan satu bulan.
Pasal 4
{L8}PMI dapat berpindah majikan sesuai ketentuan Jabatan Imigresen Malaysia.
Pasal 5
Pemberi Kerja membayar tiket pulang PMI ke Surabaya pada akhir kontrak atau bila Pemberi Kerja memutus kontrak.
Pasal 6
Pengaduan disampaikan kepada Jabatan Tenaga Kerja, KBRI Kuala Lumpur atau Crisis Center KP2MI.
'''))

# ------------------------------------------------------------------ AC-036 (equal pair)
add(C(id='AC-036', lang='en', role='pair_eq', sector='domestic', dest='HK', origin='ID',
      change='none', wage=5000, cur='HKD', pov='parties', numbering='decimal',
      reg='hk', width=76, hyphenate=1, plen=(15, 19), typographic=1,
      paging=('Employment Contract for a Domestic Helper \u2013 Page {n}', ''),
      body='''
=EMPLOYMENT CONTRACT FOR A DOMESTIC HELPER RECRUITED FROM ABROAD
={V:Signed in Semarang on 8 January 2026, before departure.¦Signed in Hong Kong on 16 February 2026, after arrival.}
1. The Employer, Mr Lau Kwok Keung of Tuen Mun, employs Ms Eni Lestari (the Helper) for two years.
2. Wages: HK$5,000 a month, paid not later than seven days after the end of each wage period.
3. Hours: the Helper works from 7 a.m. to 9 p.m. with two hours of breaks and has at least ten hours of rest at night.
4. Rest days: a weekly rest day of not less than 24 hours in a row, plus statutory holidays.
5. {L6}The Helper's marital status, or a decision to marry, shall not affect her employment.
6. Passage: the Employer provides free return passage to Semarang when the contract ends or is terminated.
7. {L9}The Helper may complain to the Labour Department (2717 1771) or the Indonesian Consulate General; nothing in this contract restricts that right.
'''))

# ================================================================ clean
# ------------------------------------------------------------------ AC-037
add(C(id='AC-037', lang='en', role='clean', sector='domestic', dest='HK', origin='PH',
      wage=5100, cur='HKD', pov='parties', numbering='letters', reg='hk', definitions=1,
      width=74, hyphenate=1, plen=(16, 20), typographic=1,
      paging=('Agency Service Agreement \u2013 Page {n} of {N}', 'Harbourview Placement Ltd (EA licence 60417)'),
      body='''
=SERVICE AGREEMENT BETWEEN EMPLOYMENT AGENCY AND FOREIGN DOMESTIC HELPER
(a) Definitions. "Agency" means Harbourview Placement Ltd; "Helper" means Ms Lorna C. Bagtas; "Employer" means Ms Ng Siu Wah of Sai Kung; "Contract" means the standard contract (ID 407) between the Employer and the Helper.
(b) Key terms of the Contract. Wages HK$5,100 per month; daily work from 7 a.m. to 8 p.m. with breaks and at least nine hours of unbroken rest; one rest day of 24 hours each week; free return passage to Manila paid by the Employer; complaints to the Labour Department (2717 1771) or the Philippine Consulate General.
(c) {L2}Commission. The Agency may receive from the Helper no more than 10% of her first month's wages as allowed by law, and it has chosen to charge her nothing. Any amount the Helper is found to have paid will be refunded by the Agency within 14 days.
(d) {L1}Documents. The Agency shall not take or keep the Helper's passport, HKID card or bank card. Where the Helper asks the Agency to lodge a visa extension for her, the Agency returns the passport to her within one working day.
(e) {L3}Loans. The Agency does not introduce helpers to money lenders, and no deposit, bond or guarantor is asked of the Helper or her family.
(f) {L7}Wages. The Agency has no part in the payment of wages, which go from the Employer to the Helper's own account.
(g) {L4}Free time. The Agency shall not tell the Helper where she may go on her rest days, and she keeps her own phone.
(h) {L5}Health. The medical check before departure is limited to fitness for work; no pregnancy test is part of it, and no result is passed to the Employer without the Helper's written consent.
(i) {L9}Complaints about the Agency may be made to the Employment Agencies Administration of the Labour Department, and nothing in this Agreement restricts that right.
'''))

# ------------------------------------------------------------------ AC-038
add(C(id='AC-038', lang='en', role='clean', sector='domestic', dest='OM', origin='LK',
      wage=120, cur='OMR', pov='parties', numbering='article', reg='gulf', caps=1,
      width=70, hyphenate=0, hang=0, plen=(16, 20),
      paging=('Page {n} of {N}', 'CONTRACT FOR DOMESTIC EMPLOYMENT \u2013 SULTANATE OF OMAN'),
      body='''
=CONTRACT FOR DOMESTIC EMPLOYMENT (SULTANATE OF OMAN)
=First Party\t\tMr Salim Hamed Al Busaidi, Seeb, Muscat
=Second Party\t\tMs R. M. Kanchana Dissanayake, Sri Lankan, housemaid
=Salary\t\tOMR 120 per month
=Period\t\tTwo years
Article 1. The salary stated above is paid in full in the last week of each month into the Second Party's own bank account.
Article 2. The working day does not exceed ten hours, with rest breaks, and the Second Party has eight uninterrupted hours of rest each night.
Article 3. The Second Party has a weekly rest day of twenty-four hours.
Article 4. {L1}THE FIRST PARTY SHALL NOT RETAIN THE SECOND PARTY'S PASSPORT OR RESIDENT CARD.
Article 5. {L2}The First Party pays the recruitment office and all costs of bringing the Second Party to Oman. Recovery of these costs from the Second Party's salary is not permitted.
Article 6. {L8}The Second Party may end this contract on one month's notice and may take up other employment in accordance with the Ministry of Labour's procedures.
Article 7. {L4}On her rest day and after working hours the Second Party may go out and receive visits from friends.
Article 8. {L5}Pregnancy shall not be a cause for ending the contract, and the Second Party is entitled to the maternity leave provided by law.
Article 9. {L7}No part of the salary is kept back, saved or remitted to her family by the First Party except on her written request, which she may withdraw at any time.
Article 10. The First Party provides a return ticket to Colombo on completion of the contract or on termination by the First Party.
Article 11. {L9}The Second Party may take any complaint to the Ministry of Labour or the Embassy of Sri Lanka in Muscat.
'''))

# ------------------------------------------------------------------ AC-039
add(C(id='AC-039', lang='en', role='clean', sector='agriculture', dest='CA', origin='GT', sex='M',
      wage=3060, cur='CAD', pov='parties', numbering='decimal', reg='canada',
      width=76, hyphenate=1, plen=(17, 21),
      paging=('Temporary Foreign Worker Employment Contract \u2013 page {n}', 'Fraser Valley Greenhouses Ltd.'),
      body='''
=EMPLOYMENT CONTRACT \u2013 TEMPORARY FOREIGN WORKER (AGRICULTURAL STREAM)
1. Employer: Fraser Valley Greenhouses Ltd., Abbotsford, British Columbia. Worker: Mr Jos\u00e9 Luis Ixcoy, Guatemalan national, greenhouse worker.
2. Wages. CAD 17.85 an hour for 40 regular hours a week, or about CAD 3,060 per month, paid every two weeks by direct deposit into the Worker's own account.
3. Hours. Regular hours are eight a day and forty a week. The Worker has at least one full day off in every week.
4. {L2}Recruitment. The Employer pays all recruitment costs and the return air fare. It does not recover any of them from the Worker, directly or through a third party.
5. {L1}Passport and permit. The Worker keeps his own passport and work permit. The Employer may not take them even for safekeeping.
6. {L3}No bond. The Worker signs no bond, loan or security agreement, and owes no penalty if he leaves before the end of the season.
7. {L8}The Worker may resign with two weeks' notice and may apply for a new work permit with another employer.
8. {L7}Pay statements show every deduction; only deductions required by law or agreed in writing for housing within the provincial limit are made.
9. {L4}Housing. The bunkhouse is not locked at any time and visitors are allowed.
10. Return. The Employer pays the Worker's ﬂight home to Guatemala City upon expiry of the contract.
11. {L9}The Worker may contact WorkSafeBC, the Employment Standards Branch or the Service Canada tip line, and the Employer will not retaliate.
'''))

# ------------------------------------------------------------------ AC-040
add(C(id='AC-040', lang='id', role='clean', sector='care', dest='JP', origin='ID',
      wage=200000, cur='JPY', pov='parties', numbering='pasal', reg='penempatan',
      definitions=1, width=72, hyphenate=1, plen=(15, 19),
      paging=('Perjanjian Penempatan PMI \u2013 Jepang \u2013 hlm. {n}', 'PT Sakura Karya Nusantara'),
      body='''
=PERJANJIAN PENEMPATAN PEKERJA MIGRAN INDONESIA KE JEPANG
Pasal 1
Dalam Perjanjian ini, istilah berikut mempunyai arti:
a. P3MI adalah PT Sakura Karya Nusantara, Bandung;
b. PMI adalah Sdri. Anisa Putri, perawat lansia;
c. Pemberi Kerja adalah Yasuragi Kaigo Co., Ltd., Osaka.
Pasal 2
Syarat kerja: gaji JPY 200.000 per bulan ke rekening PMI; waktu kerja 8 jam sehari, 40 jam seminggu; 2 (dua) hari libur setiap minggu; tiket pulang ke Indonesia dibayar Pemberi Kerja saat kontrak berakhir atau diputus; pengaduan kepada lembaga pendukung terdaftar, KBRI Tokyo atau KP2MI.
Pasal 3
{L2}P3MI tidak memungut biaya penempatan dari PMI. Apabila ternyata PMI telah membayar biaya kepada pihak mana pun, P3MI wajib mengembalikannya dalam 30 hari.
Pasal 4
{L1}Paspor dan kartu izin tinggal dipegang PMI sendiri.
Pasal 5
{L3}PMI tidak diminta menyerahkan jaminan berupa uang, sertiﬁkat atau surat berharga, dan tidak ada penjamin.
Pasal 6
{L5}Tes kehamilan tidak menjadi syarat penempatan, dan PMI yang hamil tetap dilindungi haknya.
Pasal 7
{L6}Status perkawinan PMI tidak mempengaruhi penempatan maupun hubungan kerjanya.
Pasal 8
{L7}Gaji diterima langsung oleh PMI; P3MI tidak mengelola gaji atau tabungan PMI.
Pasal 9
{L9}PMI bebas menyampaikan pengaduan kepada KBRI Tokyo, KP2MI atau Biro Inspeksi Standar Ketenagakerjaan, tanpa pembalasan dalam bentuk apa pun.
'''))
