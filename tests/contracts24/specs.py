# -*- coding: utf-8 -*-
"""Hand-written bodies of batch 24 (AD-001 .. AD-040): contracts drafted in
"agency English" / informal agency Indonesian by non-native drafters.
Markup: see make_set.py.  Every name, company, licence number and address
is invented.  One body per contract, no pools.
"""

SEED = 20262424


def C(cid, lang, role, sector, dest, origin, sex, reg, numbering, wage, cur, body,
      abuses=(), missing=(), change='', pov='third', caps=0, width=104):
    return dict(id=cid, lang=lang, role=role, sector=sector, dest=dest, origin=origin,
                sex=sex, reg=reg, numbering=numbering, wage=wage, cur=cur, body=body,
                abuses=list(abuses), missing=list(missing), change=change, pov=pov,
                caps=caps, width=width)


CONTRACTS = []
A = CONTRACTS.append

# ------------------------------------------------------------------ AD-001
A(C('AD-001', 'en', 'abuse', 'domestic', 'SA', 'PH', 'F', 'gulf', 'decimal', 1500, 'SAR',
    abuses=['CTR-001', 'CTR-005'], body='''
=EMPLOYMENT CONTRACT FOR HOUSEHOLD SERVICE WORKER
=Kingdom of Saudi Arabia - Riyadh
=
This Contract is made between the Employer Mr. Fahad A. of Riyadh, KSA and the Worker Ms. Rowena D. Castillo of Iloilo, Philippines, thru Golden Cebu Manpower Services Inc. (the Agency)
=
1. Position of worker is House Maid, she will work and live in the house of employer in Riyadh only.
2. Contract duration is 2 (two) years start from the day worker arrive in Riyadh
3. Salary: SAR 1,500 per month, salary will be give at every month end in cash or thru bank to worker own account, Employer give payslip.
4. Working hours is not more than 10 hrs in one day, worker have 8 hrs sleeping without disturb at night.
5. Day Off: worker have one full day off in every week (Friday), if she work on Friday employer pay extra day.
6. {L2}All the cost for Visa, Medical, Ticket and the agency fee is for employer account, no any fee to worker and no cutting of salary for it.
7. Passport: the passport is the own document of the worker and employer respect it and her iqama is issue by employer in 30 days. {A1|safety}But for safety employer will keep the passport and iqama until she finish the contract, employer give her copy.
8. Food, accomodation and medicine is free by employer, worker have own room with lock.
9. {L3}Worker not need to give any deposit or guarantor, agency not ask any money from her family.
10. {A5|pregnant}If worker become pregnant during contract, contract will be terminate and she will be send back to Philippines.
11. Return ticket: after contract finish or if employer terminate her, employer will pay ticket back to Manila.
12. {L8}After 2 years worker can choose to renew or go home, she can also move to new employer thru Musaned when the rules allow, no need to pay anything to employer.
13. Complaint: any problem worker can call Migrant Workers Office (MWO) Riyadh or the Labor hotline 19911, {L9}employer will not stop her to call or punish her for complain.
14. This contract is in english and was explain in tagalog to worker before she sign.
=
=Employer: ____________   Worker: ____________   Agency Representative: ____________
'''))

# ------------------------------------------------------------------ AD-002
A(C('AD-002', 'en', 'abuse', 'domestic', 'LB', 'ET', 'F', 'levant', 'dashes', 250, 'USD',
    abuses=['CTR-004', 'CTR-008'], body='''
=WORK CONTRACT - DOMESTIC WORKER
=Between: Madame Rita K., Achrafieh, Beirut (First Party / Employer)
=And    : Ms. Tigist Alemu, Addis Ababa, Ethiopia (Second Party / Worker)
=Recruited by: Selam Overseas Employment Agency PLC, Addis Ababa
=
- Worker will do house work, cleaning, cooking and take care of the children in Employer house in Beirut.
- Period of contract is 2 year.
- Monthly salary USD 250 (two hundred fifty dollar), pay at end of every month to the hand of worker, worker sign the receipt book.
- {L7}Salary is for worker only, Madame not keep any part of it and not hold her bank card, if worker want send money to family she decide by herself.
- Working time: 10 hours in one day maximum, with 1 hour rest at lunch, night rest 8 hours continue.
- Worker take one day off every week (Sunday) 24 hours.
- {A4|house}Worker is not allow to go out of the house without Madame permission, also on day off she stay inside with the family.
- {L1}Passport and residence paper stay with the worker, Madame can not take it from her.
- {A8|release}Worker cannot leave to other employer or cancel the contract before 2 year finish, she need release paper from Madame otherwise she is consider runaway.
- Air ticket to go home to Addis Ababa after the contract or if Madame end the contract early is paid by Madame.
- If any problem worker can go to Ministry of Labour complaint office in Beirut or call Ethiopian Consulate, {L9}nobody can stop the worker from calling them.
- Food and lodging free, medical treatment free by Madame.
- This contract was read to worker in Amharic by agency staff.
'''))

# ------------------------------------------------------------------ AD-003
A(C('AD-003', 'en', 'abuse', 'construction', 'QA', 'NP', 'M', 'gulf', 'paren', 1200, 'QAR',
    abuses=['CTR-002', 'CTR-003'], body='''
=DEMAND LETTER CUM EMPLOYMENT AGREEMENT
=Company: Al Noor Building Contracting W.L.L., Doha, Qatar
=Worker : Mr. Bikram Thapa Magar, Nepal
=Agency : Himal Sagar Manpower Pvt. Ltd., Kathmandu (Lic. No. 1234/070/71)
=
1) Job Title: Mason. Place of work: company project sites in Qatar.
2) Contract Period: 2 (Two) years, from date of arrival in Qatar.
3) Basic Salary: QAR 1,200/- per month + food allowance QAR 300/- per mth, salary paid thru bank transfer (WPS) before 7th of next month.
4) Duty hrs: 8 hrs per day, 6 days in a week, overtime as per Qatar Labour Law with extra pay.
5) Weekly off: Friday is weekly off day with full pay.
6) Accommodation & Transportation: free by company.
7) {A2|responsible}Company is not responsible for visa charge and the air ticket from Kathmandu, worker arrange and pay himself thru agency before the flight.
8) {L1}Company will not hold passport of worker, worker keep it himself. QID card also with worker.
9) {A3|family}If worker run away or leave the job before 2 years, worker family in Nepal must pay back all expenses to agency and company will not give final settlement.
10) {L7}Salary only go to worker own bank account, company never keep ATM card of worker.
11) {L4}Worker is free to go out after duty time and on Friday, camp gate is open.
12) Return Ticket: company will provide air ticket to Kathmandu after finish contract, also if company cancel the visa.
13) Grievance: worker can complain to Ministry of Labour Qatar (Labour Relations Dept.) or Embassy of Nepal in Doha, {L9}company not take action against worker because of complain.
14) Other condition as per Qatar Labour Law No. 14 of 2004.
'''))

# ------------------------------------------------------------------ AD-004
A(C('AD-004', 'en', 'abuse', 'manufacturing', 'MY', 'BD', 'M', 'my', 'decimal', 1700, 'MYR',
    abuses=['CTR-001', 'CTR-007'], body='''
=CONTRACT OF EMPLOYMENT (FOREIGN WORKER)
=EMPLOYER : Sinar Plastik Industries Sdn. Bhd., Senai, Johor
=EMPLOYEE : Md. Rakibul Hasan, Comilla, Bangladesh
=THROUGH  : Dhaka Star Overseas Ltd. (RL-0923)
=
1. The Employee is employ as General Worker (Production Operator) in the factory at Senai.
2. Contract period 3 year from date of arrival, can extend if both party agree.
3. Basic Wages RM 1,700 per month, pay not later than 7th day of following month into bank account of the Employee.
4. Normal Working Hours: 8 hrs per day, 48 hrs per week, overtime is voluntary and paid 1.5 time.
5. Rest Day: one (1) rest day every week, usually Sunday.
6. {L2}Levy, Visa, FOMEMA medical, calling visa and air ticket all borne by the Employer, Employee no need pay any of these and Dhaka Star will not take service charge from Employee.
7. {A1|passport}For safety reason the passport of Employee shall keep in company HR office locker during employment, Employee can borrow when need with supervisor approval.
8. {A7|ATM}Bank ATM card and pin number of Employee is keep by line supervisor to avoid lost, supervisor will withdraw money for worker every month.
9. {L3}No deposit or security money is required from Employee for this job.
10. {L8}Employee can terminate by giving 1 month notice, and can change employer if Immigration Department approve, Employer will not ask compensation.
11. Return Passage: upon completion or termination by Employer, Employer shall pay air ticket back to Dhaka.
12. Complaint: Employee can bring any complaint to Jabatan Tenaga Kerja (JTK) or Bangladesh High Commission Kuala Lumpur, {L9}and no punishment for doing so.
13. Accommodation provided by Employer according to Act 446 standard.
=
=Signed: ______________ (Employer)      ______________ (Employee)
'''))

# ------------------------------------------------------------------ AD-005
A(C('AD-005', 'en', 'abuse', 'domestic', 'KW', 'LK', 'F', 'gulf', 'clause-words', 110, 'KWD',
    abuses=['CTR-006', 'CTR-009'], body='''
=AGREEMENT OF EMPLOYMENT - HOUSE MAID
=Sponsor (Employer) : Mr. Khaled M. Al-Enezi, Jahra, State of Kuwait
=Employee           : Mrs. K. A. Nilmini Kumari, Kurunegala, Sri Lanka
=Licensed Agent     : Lanka Ceylon Job Link (Pvt) Ltd, Colombo 10 - SLBFE Lic. 2211
=
Clause 01. The employee will be working as house maid at the residence of the sponsor in Kuwait.
Clause 02. Monthly salary is KWD 110/- (Kuwaiti Dinars One Hundred Ten Only) and it will paid on or before 5th day of each month directly to employee.
Clause 03. Hours of work: not exceed 12 hrs a day including the break times, employee is entitle for 8 hours continuous sleeping.
Clause 04. Weekly day off is one day, employee can spend it as she wish.
Clause 05. {L4}On the day off employee can go out and meet her friends, sponsor will not lock the door on her.
Clause 06. {L1}Sponsor has no right to keep the Passport or Civil ID of the employee, these are her own.
Clause 07. {L2}Employee is not pay any recruitment charges, the sponsor paid the agent directly in Kuwait.
Clause 08. {A6|boyfriend}Employee should not have boyfriend or any affair with men in Kuwait, if found she will be terminate and send home immediately.
Clause 09. {L7}Salary will not be keep by sponsor, even if employee ask to keep it for her, sponsor pay every month.
Clause 10. Air ticket for return to Colombo after the contract end is on sponsor account, also when sponsor terminate her.
Clause 11. If any problem employee can contact the Domestic Labour Department (Public Authority for Manpower) in Kuwait.
Clause 12. {A9|Embassy}Employee will not go to Sri Lanka Embassy or safe house without informing sponsor, if she do, sponsor will not pay balance salary and the agent is not responsible.
Clause 13. Medical treatment free by sponsor.
'''))

# ------------------------------------------------------------------ AD-006
A(C('AD-006', 'en', 'abuse', 'domestic', 'SA', 'KE', 'F', 'gulf', 'decimal-caps', 1500, 'SAR',
    abuses=['CTR-004', 'CTR-005', 'CTR-003'], body='''
=EMPLOYMENT CONTRACT (DOMESTIC WORKER) - KSA
=Recruitment Agency: Savannah Link Recruitment Agency Ltd, Nairobi (NEA Reg. 0457)
=
1. EMPLOYER: Mrs. Nouf S., Dammam.  EMPLOYEE: Ms. Faith Wanjiru Kamau, Nakuru, Kenya.
2. JOB: Housemaid, in the house of employer only.
3. DURATION: Two (2) Years.
4. SALARY: SAR 1,500 (One Thousand Five Hundred) monthly, paid at end of each month to employee.
5. WORKING HOURS: maximum 10 hours daily w/ breaks, at night employee rest minimum 9 hrs.
6. REST: 1 day off per week, paid. {A4|depend}But the day off is depend on Madam, when family have guest or travel employee work and the day off is pay in cash.
7. Employee must obey all the rules of the house owner and respect the custom of the family.
8. {L1}Employee's passport and iqama is hers to keep, employer only take copy.
9. {L2}Employee does not pay for visa, ticket, medical or agency service, Savannah Link is paid by the Saudi office.
10. {A5|HIV}Employee must do HIV and pregnancy test after arrival and every 6 months, if positive she will be deported by her own expense.
11. {A3|guarantor}Before travel employee bring one guarantor in Kenya who sign the bond of Ksh 150,000, if employee run or break contract the guarantor pay this money to agency.
12. RETURN: the employer pay one way ticket back to Nairobi after 2 years or when employer terminate.
13. COMPLAINT: employee can call Kenya Embassy Riyadh (Labour Attache) or HRSD 19911 / Musaned, {L9}employee will not be punish for calling.
14. Food, accomodation, medical free.
'''))

# ------------------------------------------------------------------ AD-007
A(C('AD-007', 'en', 'abuse', 'domestic', 'AE', 'UG', 'F', 'gulf', 'article', 1100, 'AED',
    abuses=['CTR-007', 'CTR-008'], body='''
=CONTRACT FOR DOMESTIC HELPER (UNITED ARAB EMIRATES)
=Agent in origin: Pearl of Africa Labour Export Co. Ltd, Kampala - Uganda
=Employer: Mr. Saeed R., Al Ain, UAE
=Worker  : Ms. Nakato Sarah, Mukono District, Uganda
=
ARTICLE 1. Worker job is house cleaning and laundry in employer villa.
ARTICLE 2. Contract is for 24 month, start from entry in UAE.
ARTICLE 3. Salary AED 1,100 per month.
ARTICLE 4. {A7|Kampala}Every month employer will send the salary of worker to the agency account in Kampala, agency will pay it to the worker when she come back home, worker receive AED 200 pocket money only in UAE.
ARTICLE 5. Work hrs: not more than 12 hrs per day, with 8 hrs continuous rest in night.
ARTICLE 6. Weekly Rest: one paid day off per week.
ARTICLE 7. {L1}Passport and Emirates ID keep by worker herself, employer take only copy for the file.
ARTICLE 8. {L3}No deposit, no bond, no guarantee money is take from the worker or her parents.
ARTICLE 9. {L5}Pregnancy test is not part of this contract and employer can not end the job because she is pregnant.
ARTICLE 10. {L6}Worker is free to marry or not, this is her private life.
ARTICLE 11. {A8|another}If the worker leave the house or want another employer before 24 month, employer will report absconding to MOHRE and police, she cannot work with other sponsor.
ARTICLE 12. Employer pay air ticket home to Entebbe after contract and in case employer finish the contract early.
ARTICLE 13. For complaint, worker can contact MOHRE on 600590000 or Uganda Embassy in Abu Dhabi.
'''))

# ------------------------------------------------------------------ AD-008
A(C('AD-008', 'en', 'abuse', 'domestic', 'SG', 'MM', 'F', 'sg', 'decimal', 650, 'SGD',
    abuses=['CTR-002', 'CTR-004'], body='''
=EMPLOYMENT CONTRACT FOR FOREIGN DOMESTIC WORKER (SINGAPORE)
=Employment Agency (SG): Lion Star Maid Agency Pte Ltd (EA Licence 19C0311)
=Overseas Agency: Golden Myanmar Overseas Employment Co., Ltd, Yangon
=
Employer: Mdm Tan Mei Ling, Tampines.  FDW: Ms. Khin Thida Aye, Bago Region, Myanmar.
1. FDW will work at employer house in Tampines as domestic worker for 2 years.
2. Salary is SGD 650 per month, pay not later than 7 day after each salary month, employer pay into FDW own bank account.
3. {A2|fee}FDW agree salary deduction SGD 600 every month for first 6 mth to pay the agency fee (placement fee), during this 6 mth FDW get SGD 50 only.
4. Rest hours: FDW get at least 8 continuous hours rest every night, working not more than 12 hrs a day.
5. Rest day: FDW get 1 rest day every week (Sunday), if she work on rest day employer pay SGD 28.
6. {A4|alone}But on the rest day FDW not allowed go out alone, she must follow the family or stay at home, and must come back before 7pm.
7. {L1}Employer should not keep FDW passport or work permit card, FDW keep it herself.
8. {L3}FDW not need to give deposit or sign any promissory note to agency.
9. {L7}Salary cannot be keep by employer for savings, only FDW decide how she save.
10. Return ticket to Yangon when contract end or when employer cancel work permit is paid by employer.
11. {L9}FDW can call MOM FDW helpline or Myanmar Embassy anytime, it is her right.
12. Food 3 meals a day and own sleeping place provided.
'''))

# ------------------------------------------------------------------ AD-009
A(C('AD-009', 'en', 'abuse', 'manufacturing', 'TW', 'VN', 'M', 'taiwan', 'article', 28590, 'TWD',
    abuses=['CTR-002', 'CTR-009'], body='''
=LABOR CONTRACT
=Employer (Party A): Hong Yuan Precision Co., Ltd., Taichung City, Taiwan
=Worker (Party B)  : Mr. Nguyen Van Hung, Nghe An province, Vietnam
=Sending company: Viet Phat Manpower JSC, Hanoi - Taiwan broker: Da Cheng Human Resource Co.
=
Article 1: Party B work as machine operator in the factory of Party A.
Article 2: Time of contract is 3 years.
Article 3: Salary NT$ 28,590 per month (basic wage), pay on 10th of next month by bank transfer to account of Party B.
Article 4: Working time 8 hours per day, 40 hours per week, overtime is not force and pay according to Taiwan Labor Standards Act.
Article 5: Party B have 1 regular day off and 1 rest day every week.
Article 6: No placement fee for Party B, {A2|except}except service fee of sending company USD 1,500 and training cost, Party A deduct it NT$ 3,000 every month from salary and remit to sending company.
Article 7: {L1}Passport and ARC keep by Party B, Party A and broker can not keep them.
Article 8: {L3}Party B not sign any loan paper or promissory note with the sending company.
Article 9: {L7}Salary transfer directly to Party B bank account, passbook and card is kept by Party B.
Article 10: {L8}Party B can change employer follow the rules of Taiwan Ministry of Labor, Party A not ask any money for the release.
Article 11: Return ticket to Hanoi when finish contract or when Party A terminate is paid by Party A.
Article 12: Complaint: Party B can call 1955 hotline (Vietnamese language) or Vietnam Economic and Cultural Office in Taipei.
Article 13: {A9|union}Party B must not join labor union or make strike or gathering, if do so Party A can terminate and send back.
'''))

# ------------------------------------------------------------------ AD-010
A(C('AD-010', 'en', 'abuse', 'domestic', 'HK', 'PH', 'F', 'hk', 'letters', 4990, 'HKD',
    abuses=['CTR-003', 'CTR-006'], body='''
=SUPPLEMENTARY TERMS TO STANDARD EMPLOYMENT CONTRACT (ID 407) - HONG KONG
=Employer: Mrs. Wong Siu Ying, Sha Tin, N.T.
=Helper  : Ms. Marivic B. Dela Cruz, Tuguegarao, Cagayan, Philippines
=Agency  : Harbour Bright Employment Agency (HK) / Luzon Pride Placement Agency Inc. (Manila)
=
A. Wages: HK$4,990 per month, pay within 7 days after month end, helper sign receipt. Food allowance HK$1,236 per month or free food.
B. Working hours: normal duty 7:00am to 8:00pm w/ 1 hour lunch break and rest time, helper have minimum 9 hrs continuous rest at night.
C. Rest day: 1 rest day (24 hrs) every week, plus the statutory holidays.
D. {L1}Employer and agency shall not keep the passport, HKID or contract of the helper.
E. {L2}Helper no need to pay placement fee in Manila, all cost is paid by employer in HK as per DMW rule.
F. {A3|loan}Helper agree to take loan HK$18,000 from Orient Lending Co. arranged by agency for her training and processing, repayment HK$3,000 per month from salary, she sign promissory note.
G. {A6|boyfriend}Helper is not allow to have boyfriend and she can not get married during the 2 years contract, if break this rule employer can terminate.
H. {L4}On rest day helper may go out freely and come back as she like before the next morning.
I. {L7}Wages pay to the helper directly, employer not allowed to open bank account for her or keep her ATM card.
J. Return passage: employer provide free air ticket to Manila when contract end or terminated, plus travel allowance HK$100 per day.
K. If any dispute, helper can contact Labour Department (tel. 2717 1771) or Philippine Consulate General / MWO Hong Kong.
'''))

# ------------------------------------------------------------------ AD-011
A(C('AD-011', 'en', 'abuse', 'security', 'MY', 'NP', 'M', 'placement', 'dashes', 1700, 'MYR',
    abuses=['CTR-001', 'CTR-008'], body='''
=EMPLOYMENT AGREEMENT
=Name of Company : Perisai Kawalan Security Sdn Bhd, Shah Alam, Selangor, Malaysia
=Name of Worker  : Mr. Suman Rai, Dhankuta, Nepal
=Recruiting Agency: Everest Gateway Overseas Pvt. Ltd., Kathmandu
=
- Post: Security Guard
- Contract period: 3 yrs
- Salary: RM 1,700 basic per mth + overtime, paid by 7th of next month in worker own bank account
- Duty time: 8 hrs normal duty per day, 6 days per week, overtime max 4 hrs per day only if worker agree
- Off Day: one day per week rest, if company call him on off day pay double
- {L2}Zero Cost: worker pay nothing to Everest Gateway or the Company, visa ticket medical all free (Free Visa Free Ticket policy)
- {A1|Passport}Passport will be surrender to company admin on arrival and kept in company safe until end of contract, worker carry the photocopy and permit card only
- {L3}No bond or deposit money taken from worker
- {A8|resign}Worker cannot transfer to other company or resign within 3 year, if he want to go company will not give release letter and he become illegal
- {L7}Company pay salary to worker bank account, company staff not hold ATM card
- Air ticket Kuala Lumpur to Kathmandu at end of contract or termination by company, pay by company
- Complaint: worker can complain to JTK (Jabatan Tenaga Kerja) or Embassy of Nepal in KL, {L9}company will not cut salary or punish for complain
- Hostel: free, max 6 person per room
'''))

# ------------------------------------------------------------------ AD-012
A(C('AD-012', 'en', 'abuse', 'garment', 'JO', 'BD', 'F', 'jordan', 'decimal', 290, 'JOD',
    abuses=['CTR-005', 'CTR-007'], body='''
=EMPLOYMENT CONTRACT - GARMENT SECTOR - QUALIFYING INDUSTRIAL ZONE, JORDAN
=Employer: Crescent Apparel Manufacturing Co., Al Hassan Industrial Estate, Irbid
=Worker  : Ms. Shahnaz Akter, Gazipur, Bangladesh
=Recruiting Agent (BD): Padma Bridge International, Dhaka (RL 1411)
=
1. Job: Sewing Machine Operator
2. Duration: 3 years
3. Wage: JOD 290 per month basic, paid monthly to worker own bank account by 7th day
4. Work hours 8 hrs/day, 48 hrs/week, overtime voluntary and paid 125%
5. Weekly holiday: Friday is the weekly day off, paid
6. {L2}Worker does not pay any recruitment fee or cost in Bangladesh or in Jordan, all is on employer
7. {A5|pregnant}Female worker who is found pregnant in medical check or later, her contract will be terminated and she will return to Bangladesh
8. {L1}Passport is with worker, employer do not hold it; only for residence permit renewal HR can take it 2 days with receipt and give back
9. {A7|saving}From each month salary JOD 50 will keep by factory as compulsory saving and pay at final settlement when worker go home
10. {L4}Worker is free to go out from dormitory after work hours, no curfew, gate guard only register the name
11. {L8}Worker can resign by giving 1 month notice, no penalty, and can transfer to other factory as allowed by Ministry of Labour rules
12. Return ticket to Dhaka: at employer cost after contract end or early termination by employer
13. Grievance: worker can bring complaint to worker-management committee, to Ministry of Labour complaint hotline, or to Bangladesh Embassy labour wing in Amman
14. Free accommodation and 3 meals
'''))

# ------------------------------------------------------------------ AD-013
A(C('AD-013', 'en', 'abuse', 'domestic', 'OM', 'LK', 'F', 'gulf', 'decimal', 110, 'OMR',
    abuses=['CTR-004', 'CTR-006'], body='''
=CONTRACT OF EMPLOYMENT FOR HOUSEHOLD WORKER - SULTANATE OF OMAN
=(SLBFE approved format, special conditions added by Oman office)
=
Employer: Mr. Salim H. Al-Busaidi, Seeb, Muscat.  Worker: Ms. W. M. Dilrukshi, Matale, Sri Lanka.  Agent: Blue Lotus Foreign Employment Agency, Colombo.
1. Worker is employed as housemaid for 2 years
2. Salary OMR 110 per month paid end of every month to worker
3. {L7}If worker want employer to send money to her family she give written request and can cancel it anytime, otherwise salary to her hand
4. Working hours about 10 hrs daily, {A4|night}but if Family need she must work any time of day or night, no fixed hour
5. One day off every week, on Friday
6. {L1}Employer agree that passport of worker remain with worker
7. {A6|marry}Worker must not marry or engage with anybody during the contract period, if she do it contract will cancel
8. {L2}Worker pay nothing, ticket visa and agent fee is for sponsor
9. {L3}Employer will not ask worker family for guarantee money
10. Return ticket to Colombo paid by employer at the end or if employer send her back
11. {L9}Worker can report any problem to Ministry of Labour Oman or Sri Lanka Embassy Muscat, employer can not stop her
12. Food, clothes, medical free
'''))

# ------------------------------------------------------------------ AD-014
A(C('AD-014', 'en', 'abuse', 'transport', 'KW', 'PH', 'M', 'gulf', 'decimal', 150, 'KWD', caps=1,
    abuses=['CTR-003', 'CTR-009'], body='''
=EMPLOYMENT CONTRACT - FAMILY DRIVER
=
Employer: Mr. Abdullah F., Salmiya, Kuwait.  Worker: Mr. Jerome P. Santos, Lipa City, Batangas.  Agency: Manila Eastgate Manpower Corp.
1. Position: Family Driver (drive the family car for school, shopping and errands)
2. Duration: 2 years
3. Salary: KWD 150 monthly, payable within first week of next month, cash w/ payslip
4. Working hours: 8 hrs per day, overtime paid
5. Rest day: one (1) full day every week
6. {L1}Employer should not hold the passport and civil ID of worker, worker keep them
7. {L2}The worker will not be charged placement fee, employer pay the agency
8. {A3|penalty}In case worker resign before 2 years he shall pay penalty of KWD 300 to employer plus cost of his ticket and visa
9. {L4}After working hours and in rest day, worker is free to go anywhere
10. {L7}Salary is not keep by employer, worker take full salary monthly
11. {L8}Worker can transfer to another employer after 1 year as PAM rules allow, without paying the employer
12. Return airfare to Manila after contract or employer termination is at employer account
13. Dispute: Worker can file complaint at Public Authority for Manpower (PAM) or Migrant Workers Office Kuwait
14. {A9|COMPLAINT}WORKER AGREE NOT TO FILE ANY COMPLAINT AGAINST EMPLOYER AT POLICE OR COURT, ALL PROBLEM WILL SETTLE BY AGENCY ONLY
'''))

# ------------------------------------------------------------------ AD-015
A(C('AD-015', 'en', 'abuse', 'domestic', 'JO', 'ET', 'F', 'jordan', 'hyphen', 300, 'USD',
    abuses=['CTR-002', 'CTR-005', 'CTR-009'], body='''
=EMPLOYMENT CONTRACT FOR NON-JORDANIAN DOMESTIC WORKER
=
First Party: Mrs. Lina M., Amman (Employer).  Second Party: Ms. Hiwot Tesfaye, Adama, Ethiopia (Worker).  Recruitment: Addis Horizon Foreign Employment Agent PLC / Jordan office Al Wafa Recruitment.
1- Second party works as home worker in house of first party
2- Contract 2 years
3- Salary USD 300 (three hundred dollar) per month, pay monthly before 5th of month, in hand with receipt or to her bank account
4- Working hours not over 10 hours per day, 8 hrs sleep
5- One day weekly rest paid
6- {A2|recruitment}First 3 months salary go to the recruitment office in Amman for the worker recruitment cost, worker start receive salary from 4th month
7- {L1}Passport is worker's property; first party not keep it
8- {L3}No money is asked as deposit or guarantee from worker or her family in Ethiopia
9- {A5|pregnancy}Worker do pregnancy test at arrival, if result is positive contract finish and she return Ethiopia at her cost
10- {L4}Worker can go out in her day off, first party can not lock her in house
11- {L6}Marriage status of worker is not matter for this job
12- Return ticket to Addis Ababa paid by first party at end of contract or if first party end it
13- Complaint: worker can go to Ministry of Labour - Domestic Workers Directorate
14- {A9|embassy}Worker not contact Ethiopian embassy or any organisation about her work, only the recruitment office
'''))

# ------------------------------------------------------------------ AD-016
A(C('AD-016', 'en', 'abuse', 'hospitality', 'QA', 'KE', 'F', 'gulf', 'decimal', 1300, 'QAR',
    abuses=['CTR-001', 'CTR-006', 'CTR-008'], body='''
=OFFER CUM EMPLOYMENT CONTRACT
=
Company: Pearl Coast Hotels & Resorts W.L.L., Doha.  Employee: Ms. Mercy Achieng Otieno, Kisumu, Kenya.  Agent: Rift Valley Manpower Consultants, Nairobi.
1. Designation: Room Attendant (Housekeeping)
2. Contract: 2 years renewable
3. Basic salary QAR 1,300 + food allowance QAR 300 per month, pay via WPS by 7th
4. Hours: 48 hrs per week, 8 hrs per day, 1 hr break
5. Weekly off 1 day, as per roster
6. {L2}No recruitment fee is charge to Employee by Company or Agent, Company pays it all and will reimburse Employee if she was made to pay anything
7. {A1|passport}Employee is not allowed to keep her passport by herself, HR Department keep it for security of the hotel until contract end, Employee can request it only for travel
8. {L3}No bond for training is charged
9. {A6|relationship}Employee must not have any relationship or marry during the contract, violating this will be terminate
10. {L5}No pregnancy test is needed for hiring or to continue employment
11. {A8|NOC}Company will not give NOC for change of job, Employee cannot join other company in Qatar before 2 years
12. {L4}Staff accommodation has no curfew, staff may go out when off duty
13. {L7}Salary is paid into Employee own bank account only
14. Return ticket economy class to Nairobi at end of service or company termination
15. {L9}Employee can report complaint to Ministry of Labour Qatar or Kenya Embassy Doha, no retaliation
'''))

# ------------------------------------------------------------------ AD-017
A(C('AD-017', 'en', 'abuse', 'construction', 'AE', 'NP', 'M', 'gulf', 'decimal', 1100, 'AED',
    abuses=['CTR-004', 'CTR-007', 'CTR-003'], body='''
=EMPLOYMENT CONTRACT / DEMAND NO. 2231
=Employer: Gulf Steel Structures L.L.C., Sharjah
=Employee: Mr. Ram Bahadur Gurung, Gorkha, Nepal
=Agency  : Annapurna HR Solutions Pvt. Ltd.
=
1. Job Title: Steel Fixer
2. Salary: AED 1,100 basic + AED 200 food allowance per month, thru WPS before 10th of next month
3. Working hrs: 8 hrs per day, 6 days per week, overtime paid 125%
4. Weekly off: Friday
5. {A4|camp}In labour camp worker not allow to go out of camp after 8 pm and on Friday without foreman permission slip
6. {A7|hold}Company will hold half of overtime and salary each month in company account and pay all together when worker go for vacation or final exit
7. {L1}Passport keep by employee, company only need it short time for visa stamp and return same day
8. {L2}Employee no need pay any agency service charge in Nepal, Free Visa Free Ticket
9. {A3|damage}If employee leave job before 2 year he must pay company AED 5,000 as damage for visa and recruitment and also his own ticket
10. {L8}After contract or as per MOHRE rule, employee can move to new employer without company NOC
11. Return ticket to Kathmandu paid by company after contract or if company terminate
12. Complaint: MOHRE call centre 600590000 or Nepal Embassy Abu Dhabi labour section, {L9}company will not punish
13. Accommodation and transport free
'''))

# ------------------------------------------------------------------ AD-018
A(C('AD-018', 'en', 'abuse', 'care', 'TW', 'VN', 'F', 'taiwan', 'article', 20000, 'TWD',
    abuses=['CTR-002', 'CTR-006'], body='''
=EMPLOYMENT CONTRACT FOR FOREIGN HOME CAREGIVER
=
Employer (Party A): Mr. Lin Chih-Ming, Kaohsiung City.  Worker (Party B): Ms. Tran Thi Mai, Thanh Hoa, Vietnam.  Broker: Nam Viet Labour Supply Co., Ltd / Fu Kang Manpower Agency.
Article 1. Party B take care of Party A mother (elderly, 84 years old) at Party A home
Article 2. Contract is 3 years
Article 3. Salary NT$ 20,000 per month, pay on 5th each month, Party B sign in salary book
Article 4. Working time: 10 hrs per day, Party B have continuous 8 hours sleep time at night
Article 5. Day off: one day in a week. If Party B agree to work on day off Party A pay one day salary extra
Article 6. {A2|fee}Party B pay the service fee to broker NT$ 1,500 each month, Party A deduct from salary and give to broker, also repay airfare from Vietnam NT$ 12,000 in first 3 month
Article 7. {L1}Passport and ARC stay with Party B, Party A and broker not keep
Article 8. {L3}Party B no need sign promissory note or loan with bank in Vietnam
Article 9. {A6|boyfriend}Party B must not have boyfriend or lover and must not bring any man to the house, if break this rule Party A can send her home
Article 10. {L5}If Party B pregnant, Party A can not terminate for this reason, she get maternity protection of the law
Article 11. {L4}On day off Party B go out freely
Article 12. {L7}Party A pay salary full to Party B, no saving keep by Party A
Article 13. Return ticket to Hanoi at end of contract or early termination by Party A is paid by Party A
Article 14. {L9}Complaint: Party B can call 1955 hotline any time, Party A not punish her
'''))

# ------------------------------------------------------------------ AD-019
A(C('AD-019', 'id', 'abuse', 'domestic', 'HK', 'ID', 'F', 'pk', 'decimal', 4990, 'HKD',
    abuses=['CTR-001', 'CTR-002'], body='''
=PERJANJIAN KERJA
=Antara : Mrs. Chan Mei Kuen (Majikan), Tsuen Wan, Hong Kong
=Dengan : Sdri. Siti Nurjanah (Pekerja), Ponorogo, Jawa Timur
=Melalui: PT Sinar Mas Jaya Abadi (P3MI) dan Agensi Golden Harvest Employment (HK)
=
1. Pekerja bekerja sebagai penata laksana rumah tangga (PLRT) di rumah Majikan di Tsuen Wan.
2. Masa kontrak 2 tahun.
3. Gaji HK$ 4.990 per bulan, dibayar paling lambat 7 hari sesudah akhir bulan, Pekerja tanda tangan tanda terima.
4. Jam kerja kurang lebih 11 jam sehari sudah termasuk waktu istirahat, istirahat malam minimal 8 jam tidak diganggu.
5. Libur 1 hari setiap minggu (24 jam) dan hari libur resmi Hong Kong.
6. {A1|Paspor}Paspor dan KTP Hong Kong Pekerja dipegang majikan selama kontrak supaya tidak hilang, Pekerja bawa fotokopi saja.
7. {A2|potongan}Biaya penempatan dibayar dengan potongan gaji HK$ 2.700 tiap bulan selama 6 bulan pertama lewat agensi.
8. {L3}Tidak ada uang jaminan atau deposit dari Pekerja maupun keluarga.
9. {L4}Pada hari libur Pekerja bebas keluar rumah.
10. {L6}Pekerja boleh menikah, status pernikahan tidak mempengaruhi kontrak ini.
11. {L7}Gaji dibayar langsung ke Pekerja, tidak ditahan majikan atau agensi.
12. Tiket pulang ke Indonesia setelah kontrak selesai atau jika majikan memutus kontrak ditanggung Majikan.
13. Pengaduan: Pekerja boleh menghubungi Labour Department (2717 1771) atau KJRI Hong Kong, {L9}Pekerja tidak akan dihukum karena mengadu.
'''))

# ------------------------------------------------------------------ AD-020
A(C('AD-020', 'id', 'abuse', 'care', 'TW', 'ID', 'F', 'pk', 'pasal', 20000, 'TWD',
    abuses=['CTR-007', 'CTR-006'], body='''
=PERJANJIAN KERJA PERAWAT JOMPO (CAREGIVER) - TAIWAN
=
Pihak Pertama: Mr. Huang Wen-Chieh, Tainan (Majikan).  Pihak Kedua: Sdri. Dewi Lestari, Indramayu (Pekerja).  P3MI: PT Mitra Karya Bersama.
Pasal 1. Pihak Kedua merawat ibu dari Pihak Pertama di rumah Pihak Pertama di Tainan
Pasal 2. Kontrak 3 tahun
Pasal 3. Gaji NT$ 20.000 per bulan
Pasal 4. {A7|rekening}Gaji dikirim ke rekening PT dulu di Indonesia, nanti PT kasih ke Pekerja setelah pulang, selama di Taiwan Pekerja dapat uang saku NT$ 3.000 per bulan
Pasal 5. Jam kerja 10 jam sehari, istirahat malam 8 jam
Pasal 6. Libur 1 hari setiap minggu
Pasal 7. {L1}Paspor dan ARC disimpan sendiri oleh Pekerja, majikan dan agensi dilarang menyimpan
Pasal 8. {L2}Pekerja tidak dikenakan biaya penempatan, semua biaya ditanggung pemberi kerja (zero cost)
Pasal 9. {A6|pacaran}Pekerja tidak boleh pacaran dan tidak boleh menikah selama kontrak, kalau ketahuan langsung dipulangkan
Pasal 10. {L3}Tidak ada pinjaman bank atau KUR yang wajib ditandatangani Pekerja
Pasal 11. {L8}Pekerja boleh pindah majikan sesuai peraturan Kementerian Tenaga Kerja Taiwan tanpa bayar ganti rugi
Pasal 12. Tiket pulang ke Indonesia saat kontrak habis atau kalau diputus majikan ditanggung majikan
Pasal 13. Pengaduan bisa ke hotline 1955 atau KDEI Taipei, {L9}tidak ada yang boleh melarang
'''))

# ------------------------------------------------------------------ AD-021
A(C('AD-021', 'id', 'abuse', 'agriculture', 'MY', 'ID', 'M', 'pk', 'paren', 1700, 'MYR',
    abuses=['CTR-003', 'CTR-008'], body='''
=PERJANJIAN KERJA (KONTRAK KERJA) - SEKTOR PERLADANGAN SAWIT
=
Majikan: Ladang Sri Tanjung Sdn Bhd, Tawau, Sabah.  Pekerja: Sdr. Ahmad Fauzi, Lombok Timur, NTB.  P3MI: PT Borneo Karya Mandiri.
1) Pekerja bekerja sebagai pemanen (harvester) di ladang Majikan.
2) Masa kerja 2 tahun.
3) Upah pokok RM 1.700 per bulan, dibayar tanggal 7 bulan berikutnya ke rekening Pekerja.
4) Jam kerja normal 8 jam sehari, 6 hari seminggu, lembur dibayar.
5) Hari istirahat 1 hari tiap minggu (hari Minggu).
6) {L1}Paspor dipegang oleh Pekerja, Majikan hanya pinjam untuk perpanjang permit dan dikembalikan dalam 3 hari dengan tanda terima.
6a) Pekerja wajib menuruti semua aturan ladang dan menjaga nama baik Majikan.
7) {L2}Pekerja tidak bayar levy, visa, medical, tiket, semua dibayar Majikan.
8) {A3|jaminan}Pekerja wajib menitipkan uang jaminan Rp 5.000.000 ke PT, uang ini hangus kalau Pekerja kabur atau pulang sebelum kontrak habis.
9) {L4}Pekerja bebas keluar kongsi / asrama setelah jam kerja.
10) {A8|pindah}Pekerja tidak boleh pindah majikan atau berhenti sebelum 2 tahun, Majikan tidak akan kasih surat pelepasan.
11) {L7}Gaji tidak ditahan, masuk ke rekening Pekerja sendiri dan ATM dipegang Pekerja.
12) Tiket pulang ke Lombok dibayar Majikan setelah kontrak selesai atau jika Majikan putus kontrak.
13) {L9}Pengaduan boleh ke JTK Sabah atau KJRI Tawau, Majikan tidak boleh menghalangi.
'''))

# ------------------------------------------------------------------ AD-022
A(C('AD-022', 'id', 'abuse', 'domestic', 'SA', 'ID', 'F', 'pk', 'pasal', 1800, 'SAR',
    abuses=['CTR-004', 'CTR-005', 'CTR-009'], body='''
=PERJANJIAN KERJA PENATA LAKSANA RUMAH TANGGA - KERAJAAN ARAB SAUDI
=(Sistem Penempatan Satu Kanal)
=
Pengguna: Mr. Turki N., Jeddah.  PMI: Sdri. Nur Aini, Cianjur, Jawa Barat.  P3MI: PT Amanah Insani Sejahtera.
Pasal 1. PMI bekerja sebagai PLRT di rumah Pengguna.
Pasal 2. Gaji SAR 1.800 per bulan, dibayar tiap akhir bulan lewat transfer ke rekening PMI.
Pasal 3. Jam kerja maksimal 10 jam per hari, istirahat 8 jam berturut-turut.
Pasal 4. Libur 1 hari per minggu.
Pasal 5. {A4|HP}Selama jam kerja dan malam hari HP PMI disimpan majikan, PMI tidak boleh keluar rumah sendirian dan tidak boleh terima tamu.
Pasal 6. {L1}Paspor dan iqama tetap dipegang PMI, Pengguna dilarang menahan.
Pasal 7. {L2}PMI tidak bayar biaya penempatan sepeser pun.
Pasal 8. {A5|kehamilan}Setiap 6 bulan PMI wajib tes kehamilan, kalau hamil kontrak berakhir.
Pasal 9. {L3}Tidak ada jaminan atau deposit.
Pasal 10. {L7}Gaji dibayar penuh setiap bulan, tidak ada tabungan wajib yang ditahan Pengguna.
Pasal 11. {L8}Setelah kontrak habis PMI bebas pindah Pengguna lewat Musaned tanpa izin Pengguna lama.
Pasal 12. Tiket pulang ke Jakarta ditanggung Pengguna, juga kalau Pengguna memutus kontrak.
Pasal 13. Pengaduan: KJRI Jeddah atau HRSD 19911.
Pasal 14. {A9|polisi}PMI tidak boleh mengadu ke polisi atau posting di media sosial tentang keluarga majikan, kalau melanggar gaji bulan itu tidak dibayar.
'''))

# ------------------------------------------------------------------ AD-023
A(C('AD-023', 'id', 'abuse', 'domestic', 'SG', 'ID', 'F', 'pk', 'letters', 650, 'SGD',
    abuses=['CTR-002', 'CTR-007'], body='''
=PERJANJIAN KERJA PEKERJA RUMAH TANGGA - SINGAPURA
=
Majikan: Mr. Lim Boon Keng, Jurong West.  Pekerja: Sdri. Rina Wati, Blitar.  Agensi: Sunrise Maid Agency Pte Ltd / PT Cahaya Tenaga Mandiri.
a. Pekerja bekerja di rumah Majikan di Jurong West selama 2 tahun
b. Gaji SGD 650 per bulan
c. {A2|potong}Pekerja bayar biaya agensi dengan potong gaji 8 bulan, selama 8 bulan itu gaji yang diterima cuma SGD 10 per bulan
d. {A7|tabungan}Sisa gaji disimpan majikan sebagai tabungan Pekerja dan diberikan semua waktu pulang ke Indonesia
e. Jam kerja paling lama 12 jam, istirahat malam 8 jam
f. Libur 1 hari tiap minggu, kalau kerja pada hari libur dibayar SGD 27
g. {L1}Paspor dan work permit dipegang Pekerja sendiri
h. {L3}Pekerja tidak tanda tangan surat utang atau jaminan apapun
i. {L4}Pekerja boleh pakai HP sendiri dan keluar rumah pada hari libur
j. {L8}Pekerja boleh ganti majikan sesuai aturan MOM
k. Tiket pulang ke Surabaya ditanggung Majikan
l. {L9}Pekerja boleh menghubungi MOM atau KBRI Singapura kapan saja
'''))

# ------------------------------------------------------------------ AD-024
A(C('AD-024', 'id', 'abuse', 'domestic', 'MY', 'ID', 'F', 'pernyataan', 'decimal', 1500, 'MYR',
    pov='first', abuses=['CTR-004', 'CTR-001', 'CTR-006'], body='''
=SURAT PERNYATAAN CALON PEKERJA MIGRAN
=(Lampiran Perjanjian Kerja - Malaysia)
=
Saya yang bertanda tangan di bawah ini: Nama: Sri Wahyuni; Alamat: Kendal, Jawa Tengah; Negara tujuan: Malaysia (Kuala Lumpur); Jabatan: Pembantu Rumah.
Dengan ini menyatakan bahwa saya sudah mengerti dan setuju:
1. Gaji saya RM 1.500 sebulan, dibayar tiap akhir bulan ke rekening bank atas nama saya.
2. Jam kerja saya tidak lebih dari 10 jam sehari dan saya dapat istirahat malam 8 jam.
3. Saya dapat libur 1 hari setiap minggu.
4. {A4|keluar}Pada hari libur saya tidak keluar rumah kecuali bersama keluarga majikan.
5. {A1|Paspor}Paspor saya diserahkan ke majikan dan disimpan majikan sampai kontrak selesai.
6. {A6|pacaran}Saya tidak akan pacaran atau menikah selama di Malaysia, kalau melanggar saya siap dipulangkan.
7. {L2}Saya tidak membayar biaya apapun kepada PT maupun agensi.
8. {L3}Saya tidak memberi jaminan uang atau surat berharga.
9. {L7}Gaji saya tidak boleh ditahan oleh majikan.
10. Tiket pulang ke Indonesia setelah kontrak atau jika majikan memberhentikan saya ditanggung majikan.
11. {L9}Kalau ada masalah saya boleh lapor ke JTK, KBRI Kuala Lumpur, atau Crisis Center KP2MI, dan tidak ada yang boleh melarang saya.
=
=Kendal, 14 Januari 2026          Yang menyatakan, (materai)  Sri Wahyuni
'''))

# ------------------------------------------------------------------ AD-025
A(C('AD-025', 'id', 'abuse', 'manufacturing', 'TW', 'ID', 'M', 'penempatan', 'pasal', 28590, 'TWD',
    abuses=['CTR-003', 'CTR-008', 'CTR-009'], body='''
=PERJANJIAN PENEMPATAN PEKERJA MIGRAN INDONESIA (SEKTOR FORMAL - TAIWAN)
=
Pihak I: PT Surya Global Manpower (P3MI), Jakarta Timur.  Pihak II: Sdr. Eko Prasetyo, Kebumen.
Pasal 1. Pihak II ditempatkan di pabrik Chen Hsing Metal Co., Ltd., Taoyuan, sebagai operator mesin, kontrak 3 tahun.
Pasal 2. Gaji NT$ 28.590 per bulan, dibayar tanggal 10 tiap bulan ke rekening Pihak II.
Pasal 3. Jam kerja 8 jam per hari, 40 jam per minggu; lembur sukarela dan dibayar.
Pasal 4. Libur 2 hari setiap minggu (1 hari libur reguler, 1 hari istirahat).
Pasal 5. {L1}Paspor dan ARC tidak boleh ditahan pabrik atau agensi.
Pasal 6. {L2}Pihak II tidak membayar biaya penempatan; tiket dan visa dibayar pengguna.
Pasal 7. {A3|denda}Kalau Pihak II kabur atau minta pulang sebelum 3 tahun, Pihak II kena denda Rp 25.000.000 kepada Pihak I dan bayar tiket sendiri.
Pasal 8. {A8|pindah}Pihak II tidak boleh minta pindah majikan ke agensi atau ke Kementerian Tenaga Kerja Taiwan selama kontrak.
Pasal 9. {L4}Asrama tidak dikunci, Pihak II bebas keluar di luar jam kerja.
Pasal 10. {L7}Gaji penuh masuk rekening Pihak II, buku tabungan dan kartu ATM dipegang Pihak II.
Pasal 11. Tiket pulang ke Indonesia setelah kontrak atau jika pabrik putus kontrak ditanggung pabrik.
Pasal 12. Pengaduan ke hotline 1955 atau KDEI Taipei.
Pasal 13. {A9|serikat}Pihak II dilarang ikut serikat buruh atau demo, kalau ikut langsung dipulangkan.
'''))

# ------------------------------------------------------------------ AD-026
A(C('AD-026', 'id', 'abuse', 'domestic', 'HK', 'ID', 'F', 'pk', 'decimal', 4990, 'HKD',
    abuses=['CTR-005', 'CTR-001', 'CTR-007'], body='''
=PERJANJIAN KERJA TAMBAHAN (HONG KONG)
=
Majikan: Mr. Leung Ka Ho, Tuen Mun.  Pekerja: Sdri. Yuliana, Cilacap.  Agensi: Wonderful Maid Centre / PT Jaya Putra Perkasa.
1. Gaji HK$ 4.990 per bulan + tunjangan makan HK$ 1.236, atau makanan gratis.
2. Jam kerja: 06.30 - 20.00 dengan istirahat siang 1 jam; istirahat malam minimal 9 jam.
3. Libur setiap hari Minggu (24 jam) dan hari libur resmi.
4. {A5|hamil}Kalau Pekerja hamil, Majikan boleh putus kontrak tanpa pesangon.
5. {A1|paspor}Pekerja menyerahkan paspor, HKID dan kontrak asli ke agensi untuk disimpan di kantor selama masa kontrak.
6. {A7|ATM}Kartu ATM dan buku tabungan Pekerja dipegang majikan, gaji diambil majikan lalu dikasih ke Pekerja setiap 3 bulan.
7. {L2}Gaji Pekerja tidak dipotong untuk biaya agensi.
8. {L3}Tidak ada pinjaman dari finance yang harus dibayar Pekerja.
9. {L4}Pada hari libur Pekerja bebas pergi.
10. {L6}Pekerja boleh punya pacar atau menikah, itu urusan pribadi.
11. {L8}Pekerja boleh putus kontrak dengan pemberitahuan 1 bulan dan cari majikan baru di Hong Kong.
12. Tiket pulang ditanggung Majikan ditambah uang makan dan uang jalan HK$ 100 per hari.
13. {L9}Pekerja bebas mengadu ke Labour Department atau KJRI Hong Kong.
'''))

# ------------------------------------------------------------------ AD-027 (clean)
A(C('AD-027', 'en', 'clean', 'domestic', 'HK', 'PH', 'F', 'placement', 'paren', 5100, 'HKD', body='''
=AGREEMENT BETWEEN AGENCY AND FOREIGN DOMESTIC HELPER
=Agency: Kowloon Sunshine Employment Agency Ltd (EA Licence No. 71234)
=Partner in Philippines: Visayas Star Manpower Inc., Bacolod City
=Helper: Ms. Jocelyn T. Ramos, Bacolod City
=
Pls read carefully before you sign, ask the staff if something not understand
1) Helper will work for employer Mr. & Mrs. Cheung, Tai Po, as Foreign Domestic Helper, 2 years as per the ID 407 contract
2) Salary HK$5,100 per month (above Minimum Allowable Wage), employer pay within 7 days after wage period, food is free
3) Working hrs: 8am - 8pm with meal breaks, helper get not less than 9 hrs uninterrupted rest every night
4) Rest day every Sunday full 24 hrs, also all statutory holidays and paid annual leave as Employment Ordinance
5) {L1}Agency and employer cannot keep helper passport, passport is for helper. Only for visa renewal agency staff borrow it one day at Immigration and return back same day, helper sign the log
6) {L2}No any fee to helper, also no "training fee", "medical fee" or "document fee", if someone in Philippines ask money pls report to agency and DMW, agency will return it
7) {L3}Agency not ask helper to sign loan with finance company, no guarantor needed
8) {L4}Helper is free on rest day, she can go out, go church, meet friends, bcoz it is her day
9) {L5}Agency will not tell employer to do pregnancy test, pregnancy is not reason to terminate helper
10) {L6}Helper can have boyfriend or marry, agency and employer not involve in her private life
11) {L7}Helper receive salary herself in cash w/ receipt or in her own bank acct, employer not keep her bank card or pin
12) {L8}Helper can end contract w/ 1 month notice or 1 month wages in lieu, and can find new employer in HK under Immigration rules, agency will not charge her for this
13) Return passage: employer pay air ticket back to Bacolod / Manila after contract end or early termination, plus HK$100 per day food and travel allowance
14) Complaint: helper can call Labour Department 2717 1771, Philippine Consulate / MWO Hong Kong, or the agency hotline. {L9}Helper can complain anytime no problem, nobody will blame her
'''))

# ------------------------------------------------------------------ AD-028 (clean)
A(C('AD-028', 'en', 'clean', 'security', 'QA', 'NP', 'M', 'gulf', 'decimal-caps', 1400, 'QAR', caps=1, body='''
=EMPLOYMENT CONTRACT
=Employer: Shield Point Security Services W.L.L., Doha (Qatar)
=Employee: Mr. Dil Bahadur Tamang, Sindhupalchok, Nepal
=Agency  : Sagarmatha Overseas Recruiters Pvt. Ltd., Kathmandu
=
ALL CLAUSE BELOW IS AGREE BY BOTH PARTY.
1. POSITION: Security Guard. Contract 2 years.
2. SALARY: QAR 1,400 Basic + QAR 500 food & accommodation allowance per month, paid thru WPS bank transfer before 7th of following month.
3. WORKING HOURS: 8 hours per day, 48 hrs per week. Overtime only with emp. agreement, paid as per Law.
4. WEEKLY OFF: one full day per week, if emp. work on off day company pay extra 150%.
5. {L1}PASSPORT: Company will not hold emp. passport. Emp. keep it in his own locker in accommodation, only emp. have the key.
6. {L2}RECRUITMENT COST: company pay all recruitment cost incl. visa, medical, ticket, agency service, nothing deduct from sal.
7. {L3}Company do not take any deposit, security cheque or bond from emp.
8. {L4}Emp. is free to leave accommodation in off time. Gate guard only check ID for security.
9. {L7}Salary is emp. own money, company will not keep any part of salary as saving.
10. {L8}Emp. can change employer according to Qatar Law No. 18 of 2020 after giving notice, no NOC needed.
11. RETURN TICKET: company pay air ticket to Kathmandu after contract end, also for annual leave after 1 year, and if company terminate.
12. {L9}COMPLAINT: Emp. may complain to Ministry of Labour, Nepal Embassy Doha or company grievance box, no one will punish him for complain.
'''))

# ------------------------------------------------------------------ AD-029 (clean)
A(C('AD-029', 'en', 'clean', 'domestic', 'LB', 'LK', 'F', 'levant', 'article', 300, 'USD', body='''
=EMPLOYMENT CONTRACT FOR DOMESTIC WORKER - LEBANON
=First Party (Employer): Mr. Georges H., Jounieh
=Second Party (Worker): Ms. R. P. Chamari Perera, Negombo, Sri Lanka
=Lebanon Office: Cedar Home Services s.a.r.l.  |  Sri Lanka Agent: Ocean Pearl Manpower (SLBFE Lic. 1877)
=
Article 1 - Worker will work as housemaid and live in the house of First Party in Jounieh, contract 2 years from arrival
Article 2 - Salary: USD 300 monthly, pay every month end. First Party pay in cash to worker and both sign salary register, or transfer to worker bank acct if she want
Article 3 - Working Hours: normally 8am to 6pm with break, total not more than 10 hrs. Worker rest at night minimum 8 hrs
Article 4 - One Day Off each week (Sunday) of 24 hours continue, paid
Article 5 - {L1}Employer cannot take worker passport or residence permit, except to bring her to General Security for renewal, same day it come back to worker
Article 6 - {L2}Worker pay no fee for job. The office in Lebanon and agent in Sri Lanka is paid by First Party only, no deduction from her salary for this
Article 7 - {L3}No guarantee, deposit or promissory note from Worker or her family
Article 8 - {L4}Worker may go out on her day off and return in evening, she keep her own mobile phone all the time
Article 9 - {L5}No pregnancy test, and if she become pregnant she will not be dismiss for this reason
Article 10 - {L6}Marriage or engagement of Worker is her own matter and not affect this contract
Article 11 - {L7}Salary not kept by First Party for saving, not even small part
Article 12 - Return: First Party pay ticket Beirut - Colombo after 2 years or if he end the contract before
Article 13 - {L9}Worker can complaint to Ministry of Labour or Sri Lanka Embassy Beirut by phone or go there, First Party will not stop or punish her
'''))

# ------------------------------------------------------------------ AD-030 (clean)
A(C('AD-030', 'id', 'clean', 'care', 'TW', 'ID', 'F', 'pk', 'decimal', 20000, 'TWD', body='''
=PERJANJIAN KERJA PMI SEKTOR DOMESTIK - TAIWAN (PERAWAT LANSIA)
=
Majikan: Ms. Wu Shu-Fen, Taichung.  PMI: Sdri. Ani Suryani, Sukabumi.  Agensi: Ming Tai Manpower / PT Karya Insan Mandiri.
1. PMI merawat ayah Majikan (lansia, stroke) di rumah Majikan di Taichung, masa kontrak 3 tahun.
2. Gaji NT$ 20.000 per bulan, dibayar tanggal 5 langsung ke PMI atau ke rekening PMI, ada slip gaji.
3. Jam kerja normal 10 jam per hari, istirahat malam 8 jam berturut-turut tidak diganggu.
4. Libur 1 hari setiap minggu; kalau PMI setuju bekerja pada hari libur, dibayar 1 hari gaji.
5. {L1}Paspor dan ARC dipegang PMI, Majikan atau agensi hanya boleh pinjam untuk perpanjang ARC dan dikembalikan hari itu juga.
6. {L2}Tidak ada potongan gaji untuk biaya penempatan, PMI tidak bayar apa-apa ke PT.
7. {L3}PMI tidak diminta jaminan, tidak ada surat utang.
8. {L4}PMI boleh keluar rumah waktu libur dan pakai HP sendiri.
9. {L5}Tidak ada tes kehamilan untuk kerja ini, kalau PMI hamil kontrak tetap jalan.
10. {L6}PMI boleh menikah atau punya pacar.
11. {L7}Majikan tidak boleh menyimpan gaji atau buku tabungan PMI.
12. Tiket pulang ke Indonesia setelah kontrak selesai atau kalau Majikan memutus kontrak, dibayar Majikan.
13. Pengaduan: hotline 1955, KDEI Taipei, atau Crisis Center KP2MI.
'''))

# ------------------------------------------------------------------ AD-031 (CTR-010: complaint)
A(C('AD-031', 'en', 'ctr010', 'domestic', 'SA', 'BD', 'F', 'gulf', 'decimal', 1000, 'SAR',
    missing=['complaint'], body='''
=EMPLOYMENT AGREEMENT FOR HOUSE MAID
=
Employer: Mr. Majed O., Taif.  Worker: Mst. Rehana Begum, Narayanganj, Bangladesh.  RA: Sonar Bangla Overseas (RL 0781).
01. Worker is appointed as House Maid for 2 (two) years
02. Salary SAR 1,000 per month, pay monthly at month end
03. Duty time max 10 hrs per day, night rest 8 hrs continue
04. Weekly one day holiday
05. {L1}Employer not keep the worker passport, she can keep it in her room
06. {L2}No fee is taken from worker, employer pay recruitment cost to RA in Dhaka
07. {L7}Full salary give to worker every month, no part is keep
08. Return air ticket to Dhaka pay by employer after 2 years or if employer terminate
09. Free food, lodging and medical
10. Any misunderstanding between employer and worker will be discussed inside the house in good manner
11. This contract is governed by the laws of Kingdom of Saudi Arabia
'''))

# ------------------------------------------------------------------ AD-032 (CTR-010: return)
A(C('AD-032', 'en', 'ctr010', 'manufacturing', 'MY', 'MM', 'M', 'my', 'roman', 1700, 'MYR',
    missing=['return'], body='''
=CONTRACT OF SERVICE
=Employer: Bintang Elektronik (M) Sdn Bhd, Prai, Penang
=Worker  : Mr. Aung Ko Ko, Mandalay, Myanmar
=Agency  : Shwe Bagan Overseas Employment Agency Co., Ltd., Yangon
=
(i) Job: Production Operator, 2 years contract
(ii) Basic wage RM 1,700 monthly, paid into worker bank account before 7th
(iii) Working hours: 8 hrs a day, 5 and half days a week, OT voluntary at 1.5x rate
(iv) Rest day: Sunday every week
(v) {L1}Worker keep his passport himself, company only take photocopy
(vi) Air ticket Yangon - Penang on joining is paid by company
(vii) {L3}No deposit or guarantee money required
(viii) {L8}Worker may resign w/ 1 month notice and no compensation to pay
(ix) {L9}For complaint worker can go to JTK Penang or Myanmar Embassy KL, company will not take action against him
(x) Hostel provided by company, no charge
(xi) {L2}No fee and no salary cut for recruitment, only deduction that Malaysian law require (like income tax) is allowed
'''))

# ------------------------------------------------------------------ AD-033 (CTR-010: wage)
A(C('AD-033', 'en', 'ctr010', 'security', 'AE', 'KE', 'M', 'gulf', 'decimal', 1500, 'AED',
    missing=['wage'], body='''
=EMPLOYMENT CONTRACT
=
Employer: Falcon Eye Guarding Services L.L.C., Dubai.  Employee: Mr. Brian Kiprono, Eldoret, Kenya.  Agent: Great Lakes Recruitment Ltd, Nairobi.
1. Position: Security Guard (Grade 1)
2. Period: 2 Years
3. Salary: As Per Offer Letter Given In Nairobi, Paid Monthly Through WPS.
4. Working Hours: 8 hours per day, 6 days per week. Overtime as per UAE labour law.
5. Weekly Off: 1 day per week.
6. {L1}Company is not allowed to keep the passport of Employee, Employee keep passport himself.
7. {L2}Employee no pay recruitment charge, company cover visa, medical, Emirates ID and ticket.
8. {L4}After duty Employee is free to go out from the accommodation.
9. Return: company provide ticket back to Nairobi at end of contract or termination by company.
10. Complaint: MOHRE 600590000, Kenya Consulate Dubai.
'''))

# ------------------------------------------------------------------ AD-034 (CTR-010: hours + rest)
A(C('AD-034', 'en', 'ctr010', 'domestic', 'LB', 'ET', 'F', 'levant', 'decimal', 250, 'USD',
    missing=['hours', 'rest'], body='''
=DOMESTIC WORKER EMPLOYMENT CONTRACT
=
Employer: Mrs. Nada F., Zahle, Lebanon.  Worker: Ms. Meseret Bekele, Hawassa, Ethiopia.  Agent: Blue Nile Employment Agency PLC / Zahle office Al Amal.
1. Worker will work as domestic worker for 2 year in employer house in Zahle
2. Salary USD 250 per month, pay end of the month to worker hand
3. Annual Leave: after 1 year worker get 15 days paid vacation
4. {L1}Passport of worker will be with worker, not with employer or office
5. {L6}Employer will not stop worker to marry, it is her choice
6. {L7}Employer not keep salary, pay all monthly
7. Return ticket to Addis Ababa after 2 year or if employer cancel, employer pay
8. Worker can complain to Ministry of Labour Lebanon or Ethiopian Consulate
9. Food, sleep place and medical free
'''))

# ------------------------------------------------------------------ AD-035 (CTR-010: rest)
A(C('AD-035', 'id', 'ctr010', 'domestic', 'MY', 'ID', 'F', 'pk', 'decimal', 1500, 'MYR',
    missing=['rest'], body='''
=PERJANJIAN KERJA PENATA LAKSANA RUMAH TANGGA (MALAYSIA)
=
Majikan: Encik Razak bin Hamid, Johor Bahru.  Pekerja: Sdri. Tuti Alawiyah, Subang.  P3MI: PT Harapan Bunda Sejati.
1. Pekerja bekerja di rumah Majikan di Johor Bahru selama 2 tahun.
2. Gaji RM 1.500 sebulan dibayar tiap akhir bulan ke rekening Pekerja.
3. Jam kerja paling lama 10 jam sehari, istirahat malam 8 jam.
4. Cuti tahunan 10 hari setelah kerja 1 tahun, gaji tetap dibayar.
5. {L1}Paspor disimpan Pekerja sendiri.
6. {L2}Pekerja tidak dikenakan biaya penempatan.
7. {L5}Majikan tidak boleh memberhentikan Pekerja karena hamil.
8. Tiket pulang ditanggung Majikan setelah kontrak selesai atau diputus Majikan.
9. Pengaduan ke JTK Johor atau KJRI Johor Bahru.
'''))

# ------------------------------------------------------------------ AD-036 (CTR-010: complaint + return)
A(C('AD-036', 'id', 'ctr010', 'manufacturing', 'TW', 'ID', 'M', 'pk', 'letters', 28590, 'TWD',
    missing=['complaint', 'return'], body='''
=PERJANJIAN KERJA - SEKTOR MANUFAKTUR TAIWAN
=
Pihak A: Shin Feng Textile Co., Ltd., Changhua.  Pihak B: Sdr. Agus Salim, Tulungagung.  P3MI: PT Bina Tenaga Nusantara.
a. Pihak B bekerja sebagai operator tenun, kontrak 3 tahun.
b. Gaji pokok NT$ 28.590 per bulan, dibayar tanggal 10 ke rekening Pihak B.
c. Jam kerja 8 jam sehari, 40 jam seminggu; lembur sesuai Undang-Undang Standar Perburuhan Taiwan.
d. Libur 1 hari libur reguler dan 1 hari istirahat setiap minggu.
e. Keberangkatan: tiket pesawat Jakarta - Taipei dibayar Pihak A.
f. {L1}Paspor dan ARC tidak disimpan Pihak A.
g. {L7}Gaji masuk rekening Pihak B, ATM dipegang Pihak B.
h. {L8}Pihak B boleh pindah majikan sesuai aturan Kementerian Tenaga Kerja Taiwan.
i. Hal-hal yang belum diatur akan dibicarakan Pihak A dan Pihak B secara kekeluargaan.
'''))

# ------------------------------------------------------------------ AD-037 (pair: wage)
A(C('AD-037', 'en', 'pair', 'domestic', 'KW', 'PH', 'F', 'gulf', 'decimal', 100, 'KWD',
    change='wage', body='''
=EMPLOYMENT CONTRACT - DOMESTIC HELPER (KUWAIT)
={V:Version signed at Manila (DMW processing) - 12 January 2026¦Version signed at Kuwait (employer office) - 21 February 2026}
=
Employer: Mrs. Hessa A., Mishref.  Worker: Ms. Analyn C. Reyes, Cabanatuan, Nueva Ecija.  Agency: Pacific Crest Manpower Inc. / Al Rai Domestic Labour Office.
1. Worker is hired as Domestic Helper for 2 years
2. {P|KWD}Monthly salary KWD {V:120¦100}, pay every end of month to worker own account
3. Hours: not more than 12 hrs per day including rest, night sleep 8 hrs not disturb
4. Day off: 1 full day every week
5. {L1}Passport and civil ID is with worker, employer no keep
6. {L2}Placement fee is paid by employer, worker pay zero
7. {L4}Worker can go out on day off and use her own cellphone
8. Return ticket to Manila after 2 years or early termination by employer, at employer cost
9. Complaint: PAM Domestic Labour Department or MWO Kuwait
'''))

# ------------------------------------------------------------------ AD-038 (pair: hours)
A(C('AD-038', 'en', 'pair', 'manufacturing', 'MY', 'NP', 'M', 'my', 'dashes', 1700, 'MYR',
    change='hours', body='''
=EMPLOYMENT CONTRACT - FOREIGN WORKER (MANUFACTURING)
={V:Copy approved by DoFE Kathmandu before departure, 8 January 2026¦Copy signed at factory, Klang, after arrival, 3 March 2026}
=
=Employer: Megah Glove Industries Sdn Bhd, Klang, Selangor  |  Worker: Mr. Prakash Shrestha, Chitwan  |  Agency: Kanchan Overseas Pvt. Ltd.
- Job: Machine Operator, 3 years
- Wages: RM 1,700 basic per month, by bank transfer before 7th of next month
- {P|hrs}Working hours: {V:8¦10} hrs per day, {V:48¦60} hrs per week, overtime paid 1.5 time
- Rest day: 1 day every week (Sunday)
- {L1}Passport is keep by worker, company cannot hold it
- {L3}Worker no need give any security deposit
- {L7}Salary direct to worker own bank acct, ATM card with worker
- Return air ticket to Kathmandu after contract or company termination, pay by company
- Complaint: JTK Selangor or Embassy of Nepal Kuala Lumpur
'''))

# ------------------------------------------------------------------ AD-039 (pair: rest)
A(C('AD-039', 'id', 'pair', 'manufacturing', 'MY', 'ID', 'M', 'pk', 'decimal', 1800, 'MYR',
    change='rest', body='''
=PERJANJIAN KERJA - OPERATOR PRODUKSI (PULAU PINANG, MALAYSIA)
={V:Ditandatangani di Surabaya sebelum berangkat, 15 Januari 2026¦Ditandatangani di Bayan Lepas setelah tiba, 2 Maret 2026}
=
Majikan: Pinang Mikro Teknik Sdn Bhd, Bayan Lepas.  Pekerja: Sdr. Rudi Hartono, Jember.  P3MI: PT Cahaya Timur Mandiri.
1. Pekerja bekerja sebagai operator produksi selama 2 tahun.
2. Gaji pokok RM 1.800 sebulan, dibayar ke rekening Pekerja paling lambat tanggal 7.
3. Jam kerja 8 jam sehari, lembur sukarela dibayar 1,5 kali.
4. {P|Libur}Libur {V:2 hari setiap minggu (Sabtu dan Minggu)¦1 hari setiap minggu (Minggu)}.
5. {L1}Paspor dipegang Pekerja, perusahaan tidak menyimpan.
6. {L2}Pekerja tidak membayar biaya penempatan.
7. {L9}Pekerja bebas mengadu ke JTK atau KJRI Penang tanpa takut.
8. Tiket pulang ke Surabaya dibayar Majikan setelah kontrak atau kalau Majikan memutus kontrak.
9. Pengaduan: JTK Pulau Pinang, KJRI Penang.
'''))

# ------------------------------------------------------------------ AD-040 (pair: equal)
A(C('AD-040', 'en', 'pair_eq', 'domestic', 'AE', 'LK', 'F', 'gulf', 'clause-words', 1200, 'AED',
    body='''
=EMPLOYMENT CONTRACT FOR HOUSEMAID - UNITED ARAB EMIRATES
={V:Signed at Colombo (SLBFE registration) on 9 January 2026¦Signed at Dubai (Tadbeer centre) on 18 February 2026}
=
Employer: Mrs. Mariam K., Al Barsha, Dubai.  Worker: Ms. S. Kalaiselvi, Hatton, Sri Lanka.  Agent: Lanka Horizon Foreign Employment (SLBFE Lic. 2050).
Clause 1. Worker is employed as housemaid, 2 years.
Clause 2. Salary AED 1,200 per month, paid to worker own bank account within 10 days of the due date.
Clause 3. Hours: not more than 12 hrs per day, 8 hrs continuous night rest.
Clause 4. One paid day off per week.
Clause 5. {L1}Employer must not keep worker's passport or Emirates ID, worker hold them.
Clause 6. {L3}Worker and her family give no guarantee, bond or cheque.
Clause 7. {L5}Pregnancy is not reason to end this contract.
Clause 8. Return ticket to Colombo at end of contract or if employer terminate, paid by employer.
Clause 9. Complaint: MOHRE 600590000 or Sri Lanka Consulate Dubai.
'''))
