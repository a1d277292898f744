# -*- coding: utf-8 -*-
"""Hand-written contract texts of batch 22 (AB-001 .. AB-044).

One body per contract, written for this batch; markup as described in
make_set.py.  Registers (`reg`): gulf, hk, sg, my (domestic standard forms
as filled in / amended by agencies), taiwan, eastasia (Korea / Japan),
jordan, euseasonal, canada, fishing (factory, construction, plantation,
fishing and care contracts), placement (agency-worker agreements in
origin countries), and Indonesian pk (Perjanjian Kerja), penempatan
(Perjanjian Penempatan P3MI-PMI), bilingual (English then Indonesian),
adendum.
"""

SEED = 20262222

CONTRACTS = []


def add(**kw):
    CONTRACTS.append(kw)


SIGN = '=____________________________'

# ---------------------------------------------------------------- AB-001
add(id='AB-001', lang='en', role='abuse', sector='domestic', dest='SA', origin='PH', sex='F',
    wage=1500, cur='SAR', pov='parties', numbering='article', reg='gulf', definitions=1,
    abuses=['CTR-001', 'CTR-005', 'CTR-008'], body=r'''
=UNIFIED CONTRACT FOR THE EMPLOYMENT OF A DOMESTIC WORKER
=Form completed by Al-Nakheel Recruitment Office, Riyadh (licence 1187)

This contract is concluded in Riyadh on 9 February 2026 by and between:

First Party (Employer): Mr. Faisal Abdullah Al-Harbi, national ID 1048 226 731, Al-Malqa District, Riyadh.

Second Party (Worker): Ms. Jocelyn Pascual Manalo, Philippine passport P7731208B, of Capas, Tarlac.

Article 1 - Definitions
In this contract, unless the context requires otherwise, "the Contract" means these articles and Annex A (job description); "the Household" means the First Party's residence stated above and the persons who live in it; "Wage" means the basic monthly remuneration set out in Article 4, exclusive of gifts; and "the Ministry" means the Ministry of Human Resources and Social Development.

Article 2 - Work and place of work
The Second Party is engaged as a house worker (cleaning, laundry, ironing and help with cooking) at the Household and shall not be lent to relatives or assigned to any commercial activity.

Article 3 - Duration
The Contract is for two years from the date the Second Party enters the Kingdom and may be renewed only by a fresh written agreement signed by both parties.

Article 4 - Wage
4.1 The First Party shall pay the Second Party a Wage of SAR 1,500 (one thousand five hundred Saudi riyals) for each month, no later than the seventh day of the following month.
4.2 {L7}The Wage is paid into a bank account or wage card in the Second Party's own name; the card and its PIN stay with her, and no part of the Wage shall be paid to the Office or to a relative unless she has so instructed in writing.
4.3 {L2}The First Party has paid the Office's recruitment charges, the visa and iqama fees, the medical examination and the outbound ticket, and none of these amounts shall be claimed back from the Second Party or set against her Wage.

Article 5 - Working time and rest
5.1 Daily work shall not exceed ten hours, interrupted by rest periods, and the Second Party shall have no fewer than eight consecutive hours of rest each night.
5.2 The Second Party is entitled to one full day of rest every week, ordinarily Friday, and to thirty days' paid leave after two years of service.

Article 6 - Identity documents
{A1|passport}The Second Party's passport and iqama shall be held by the First Party during the whole term of the Contract for safe custody and handed back to her on final exit, she being given photocopies to carry.

Article 7 - Health
7.1 The First Party shall provide and pay for the Second Party's medical treatment during the Contract.
7.2 {A5|pregnant}If the Second Party is found to be pregnant at the medical check after arrival or at any later time, the First Party may end the Contract forthwith and the Office shall arrange her return, the absence of pregnancy being a condition of this engagement.

Article 8 - Transfer, termination and return
8.1 {A8|transfer}The Second Party shall not request a transfer of her services to another employer, through Musaned or otherwise, at any time during the Contract, and any absence from the Household without the First Party's leave shall be notified to the authorities as absence from work.
8.2 Each party has the right to terminate the Contract for a cause recognised by the Domestic Workers Regulation.
8.3 When the Contract expires, or if it ends before expiry for any reason, the First Party shall provide and pay for the Second Party's air ticket home to Manila.

Article 9 - Complaints and disputes
9.1 {L9}The Second Party may contact the Ministry (call centre 19911), the labour office, the Philippine Embassy or the Migrant Workers Office at any time, and no deduction, penalty or other disadvantage shall follow from her doing so.
9.2 A dispute that cannot be settled amicably shall be referred to the labour dispute settlement committee having jurisdiction in Riyadh.

Article 10 - Copies
This Contract is made in Arabic and English, each party holding one original; the Second Party received her copy in Manila on 20 January 2026, before her departure.

=First Party: ______________________    Second Party: ______________________
=Witness for the Office: ______________________    Date: 9 February 2026
''')

# ---------------------------------------------------------------- AB-002
add(id='AB-002', lang='en', role='abuse', sector='domestic', dest='AE', origin='ET', sex='F',
    wage=1100, cur='AED', pov='parties', numbering='clause-words', reg='gulf',
    abuses=['CTR-006', 'CTR-008'], body=r'''
=STANDARD EMPLOYMENT CONTRACT FOR DOMESTIC WORKERS - UNITED ARAB EMIRATES
=(standard form; prepared by Golden Gate Domestic Workers Services, Dubai)

Contract no. DW-2026-00418, dated 16 January 2026.

First Party: Mrs. Mariam Saeed Al Mansoori, Jumeirah 2, Dubai (the "Employer").
Second Party: Ms. Tigist Alemu Bekele, Ethiopian passport EP2290417 (the "Worker").

Clause 1. The Worker shall work as a housemaid at the Employer's residence in Dubai for a term of two years starting from the date of her entry into the State.
Clause 2. The Employer shall pay a monthly wage of AED 1,100 (one thousand one hundred dirhams) through the Wages Protection System, not later than the tenth day of the following month.
Clause 3. Working time shall not exceed twelve hours in a day, and the Worker shall have a daily rest of not less than twelve hours, at least eight of them consecutive, and one paid day of rest in each week.
Clause 4. {L4}On her weekly rest day the Worker may leave the residence and spend the day where she chooses, and her mobile phone remains with her at all times.
Clause 5. The Employer shall provide suitable accommodation, meals, clothing and medical care free of charge.
Clause 6. {L1}The Worker's passport and Emirates ID shall remain in her own possession; the Employer may request them only for the renewal of her residence and shall give them back within three working days.
Clause 7. {L3}No deposit, guarantee cheque or security amount shall be demanded from the Worker or from her relatives in Ethiopia.
Clause 8. The Employer bears the cost of the Worker's air ticket to Addis Ababa when the two-year term expires, or if the contract is terminated early, whatever the reason.
Clause 9. The Worker may submit a complaint to the Ministry of Human Resources and Emiratisation through call centre 600590000 or any Tadbeer centre, and may seek help from the Consulate-General of Ethiopia in Dubai.
Clause 10. Either party may terminate this contract in the cases set out in Federal Decree-Law No. 9 of 2022, and the Worker may move to a new employer in accordance with the Ministry's rules.
Clause 11. Any amendment to this contract shall be in writing and signed by both parties.

=Employer: ______________________    Worker: ______________________

ADDENDUM No. 1 - AGENCY TERMS
This Addendum is signed on the same date as the contract above and forms part of it. Where this Addendum differs from the contract, this Addendum shall prevail.
A1. Clause 10 is deleted and replaced by the following:
    "Clause 10. {A8|move}The Worker shall not move to another employer in the State, nor apply for a new work permit, before completing two years with the Employer, save where the Employer gives a written release; either party may otherwise terminate this contract in the cases set out in the law."
A2. {A6|marry}The Worker confirms that she is single and shall not marry, become engaged or keep a relationship with any man during her service in the State; should she do so, the Employer may end the contract, and the agency shall owe the Employer no replacement.
A3. The agency's guarantee to the Employer covers a replacement worker within the first six months where the Worker is found medically unfit.

=Employer: ______________________    Worker: ______________________
=For Golden Gate Domestic Workers Services: ______________________
''')

# ---------------------------------------------------------------- AB-003
add(id='AB-003', lang='en', role='abuse', sector='domestic', dest='KW', origin='LK', sex='F',
    wage=110, cur='KWD', pov='parties', numbering='article', reg='gulf',
    abuses=['CTR-007', 'CTR-009'], body=r'''
=DOMESTIC WORKER EMPLOYMENT CONTRACT - STATE OF KUWAIT
=Standard form, completed by Al-Wafa Domestic Labour Office

Date: 4 March 2026          Contract ref.: AW/26/0772

The First Party (Employer): Mr. Khaled Nasser Al-Mutairi, civil ID 278110400123, Salwa, Block 4, Kuwait.
The Second Party (Worker): Ms. Nirosha Kumari Herath, Sri Lankan passport N8830157, of Kurunegala.
Contact points for the Second Party: the Domestic Labour Department of the Public Authority for Manpower; the Labour Welfare Section of the Embassy of Sri Lanka in Kuwait.

Article 1. The Second Party shall work as a domestic worker in the First Party's home at the address above.
Article 2. This contract is for two years from the Second Party's arrival in Kuwait.
Article 3. Wage
3.1 The monthly wage is KWD 110 (one hundred and ten Kuwaiti dinars).
3.2 {A7|Apart}Apart from KWD 20 handed to her in cash for personal needs each month, the wage shall be retained by the First Party and settled in one payment at the close of each contract year, against a statement of the amounts kept which the Second Party signs.
Article 4. The Second Party shall not work more than twelve hours a day, broken by rest periods, and shall have one paid day of weekly rest.
Article 5. {L4}The Second Party may go out of the house during her weekly rest day and after her working hours, and she shall not be locked in or kept from leaving.
Article 6. {L1}The Second Party's passport and civil ID card are her own property and she shall keep them; the First Party shall not hold them, even with her agreement.
Article 7. The First Party provides medical care. {L5}No pregnancy test shall be required of the Second Party after her arrival, and her employment shall not end because she is pregnant.
Article 8. The First Party bears the Second Party's air ticket home to Colombo when the contract ends, or earlier if it is terminated, and pays an end-of-service gratuity of one month's wage for each year.
Article 9. Disputes
9.1 The parties shall first try to resolve any dispute between them amicably, with the help of the recruitment office.
9.2 {A9|undertakes}The Second Party undertakes not to bring any complaint before the Domestic Labour Department, the police or her Embassy until the office has dealt with it, and to withdraw any complaint she lodges in breach of this article.

=First Party: ______________________    Second Party: ______________________
=Stamp of the office: ______________________
''')

# ---------------------------------------------------------------- AB-004
add(id='AB-004', lang='en', role='abuse', sector='domestic', dest='HK', origin='PH', sex='F',
    wage=4990, cur='HKD', pov='parties', numbering='decimal', reg='hk',
    abuses=['CTR-002', 'CTR-003', 'CTR-006'],
    paging=('Page {n} of {N}                         Helper\'s initials: ______',
            'Contract ref. BH/26/0119 (continued)\n'), body=r'''
=EMPLOYMENT CONTRACT FOR A DOMESTIC HELPER RECRUITED FROM OUTSIDE HONG KONG
=(standard form as completed; Schedule and Supplementary Agreement attached)

1. This contract is made between Mr. LEUNG Chi-wai (the "Employer"), HKID Z123456(7), of Flat 12B, Tower 3, Laguna Verde, Hung Hom, Kowloon, and Ms. Marites D. Villanueva (the "Helper"), Philippine passport P8842211A.
2. The Helper is employed as a domestic helper for a period of two years beginning on the date of her arrival in Hong Kong.
3. The Helper shall work and live at the Employer's residence stated in Clause 1 and shall carry out domestic duties only, as set out in the Schedule.
4. (a) The Employer shall pay the Helper wages of HK$ 4,990 per month. (b) The Employer shall provide free food or, in lieu, a food allowance of not less than HK$ 1,236 a month.
5. The Helper's normal daily working hours are from 7:00 a.m. to 9:00 p.m., with breaks of at least two hours in total, and she shall have not less than nine continuous hours of rest each night.
6. The Helper is entitled to a rest day of not less than 24 continuous hours in every period of seven days, to all statutory holidays and to paid annual leave in accordance with the Employment Ordinance.
7. The Employer shall provide the Helper with free passage from Manila to Hong Kong and, when this contract ends or is terminated, free return passage to Manila, together with a food and travel allowance of HK$ 100 a day for the journey.
8. The Employer shall pay the Helper's visa fee, consulate fee, medical examination, insurance and air fare.
9. Either party may end this contract by giving one month's notice in writing or by paying a sum equal to one month's wages.
10. {L9}The Helper may seek assistance from the Labour Department (hotline 2717 1771) or from the Migrant Workers Office of the Philippine Consulate General at any time, and the Employer shall not penalise her or end her employment because she does so.

=Signed by the Employer: ____________________    Signed by the Helper: ____________________
=Date: 23 January 2026

SCHEDULE OF ACCOMMODATION AND DOMESTIC DUTIES
Part A. Accommodation
(a) Estimated size of the flat: 720 sq. ft.
(b) The Helper is given a separate room of about 40 sq. ft. with a window and a door she can lock.
(c) Facilities provided free: bed, blanket, wardrobe, light, fan, air-conditioner and use of the shower.
(d) {L4}The Helper may leave the flat freely on her rest days and in her free time; no curfew is set and the front door is never locked against her.
Part B. Domestic duties
(a) Household chores: cleaning, laundry and cooking for a household of three adults.
(b) Care of the Employer's father, aged 81, who is able to walk.
(c) No driving and no work outside the residence.

SUPPLEMENTARY AGREEMENT
Between Bright Harbour Employment Agency Ltd (the "Agency") and the Helper named above, to be read with the Employment Contract.
S1. {L1}The Agency does not hold the Helper's passport, HKID card or contract; originals are handed to the Helper on her arrival and remain with her.
S2. {A2|service}In consideration of the Agency's placement services the Helper shall pay the Agency a service charge of HK$ 10,500, settled in seven monthly instalments of HK$ 1,500 which the Employer shall deduct from her wages and pay over to the Agency.
S3. {A3|training}The Helper's training and documentation costs in Manila, PHP 78,000, were advanced by Island Peso Finance Corp., a lender designated by the Agency, against a promissory note signed by the Helper;{PB} the Agency shall collect the monthly instalments of that loan from the Employer out of the Helper's wages until the note is discharged, and the Helper authorises this.
S4. {L7}The Employer pays the Helper's wages to her directly, and the Agency shall never keep her bank book, cash card or PIN.
S5. {A6|single}The Helper undertakes to remain single during the two-year term and not to have a boyfriend in Hong Kong; should she marry or become engaged, the Agency shall arrange her replacement at the Employer's request.
S6. This Supplementary Agreement is governed by the laws of Hong Kong.

=For the Agency: ____________________ (Ms. Candy Ho, Placement Officer)
=The Helper: ____________________    Witness: ____________________
''')

# ---------------------------------------------------------------- AB-005
add(id='AB-005', lang='en', role='abuse', sector='domestic', dest='HK', origin='ID', sex='F',
    wage=5100, cur='HKD', pov='letter', numbering='decimal', reg='hk', typographic=1,
    abuses=['CTR-001', 'CTR-005'], body=r'''
=EMPLOYMENT CONTRACT - FOREIGN DOMESTIC HELPER (HONG KONG)
=Main terms of the standard contract signed on 2 February 2026, with side letter

Employer: Dr. and Mrs. Wong Kar-lok, 8 Broadwood Road, Happy Valley ("the Employer")
Helper: Siti Nurhaliza binti Karim, Indonesian passport C4471902 ("the Helper")
Agency: Pacific Star Employment Centre ("the Agency")

1. Period: two years from the Helper's arrival in Hong Kong.
2. Wages: HK$ 5,100 a month, paid on the last day of each month against a receipt signed by the Helper, plus free food.
3. Hours: duties between 7 a.m. and 8 p.m., with a lunch break of one hour and an afternoon break of half an hour; the Helper is not to be called for work between 10 p.m. and 6 a.m.
4. Rest: a rest day every Sunday of not less than 24 hours, the statutory holidays and paid annual leave under the Employment Ordinance.
5. {L2}The Employer pays the Helper's visa, insurance, medical examination, consulate fee and airfare to Hong Kong, and the Agency's commission is payable by the Employer alone.
6. Return: free return passage to Jakarta and HK$ 100 a day for food and travel when the contract ends or is terminated.
7. {L3}Neither the Employer nor the Agency shall ask the Helper for a deposit or a signed IOU, or arrange any loan in her name.
8. {L9}The Helper may contact the Labour Department (2717 1771) or the Consulate General of the Republic of Indonesia at any time, and she shall not be punished for doing so.

SIDE LETTER

To: Ms. Lam, Pacific Star Employment Centre
From: Mrs. Wong
Date: 2 February 2026

Dear Ms. Lam,

Further to the Employment Contract signed today, I confirm the arrangements we agreed in your office, which are not to be sent to the Immigration Department:

(a) {A1|passport}Siti's passport and HKID card will be kept in our safe at home, and she will get them back when she finishes with us; she can carry a photocopy of each.
(b) {A5|pregnancy}Your office will take Siti for a pregnancy check at the clinic in Causeway Bay twice a year, and if she turns out to be expecting, we will be free to end the contract and you will find us a new helper.
(c) Siti's day off will be Sunday, as in the contract, and she can go to church or meet her friends in Victoria Park.
(d) I understand that your replacement guarantee lasts six months.

Yours sincerely,
Mrs. Wong Mei-ling

=Acknowledged for the Agency: ____________________ (Ms. Lam)
''')

# ---------------------------------------------------------------- AB-006
add(id='AB-006', lang='en', role='abuse', sector='domestic', dest='SG', origin='MM', sex='F',
    wage=620, cur='SGD', pov='parties', numbering='decimal', reg='sg', definitions=1,
    abuses=['CTR-004', 'CTR-007'], body=r'''
=EMPLOYMENT CONTRACT BETWEEN EMPLOYER AND FOREIGN DOMESTIC WORKER (FDW)
=Singapore - standard form of the accredited agency, with Safety Agreement

This Contract is entered into on 10 March 2026 between Mr. Tan Boon Huat, of Blk 418 Tampines Street 41 #08-22, Singapore (the "Employer"), and Ms. Nan Ei Phyu, Myanmar passport MH129044 (the "FDW").

1. Definitions. In this Contract, "Agency" means Harmony Maid Agency Pte Ltd; "MOM" means the Ministry of Manpower; and "Contract Period" means two years from the date of the FDW's arrival in Singapore.
2. Duties. The FDW shall perform household duties at the Employer's residence only.
3. Salary
3.1 The Employer shall pay the FDW a monthly salary of SGD 620 not later than the 7th day of the following month, against a salary record signed by both parties.
3.2 {A7|POSB}The salary is credited to a POSB account opened for the FDW by the Employer; the ATM card and passbook of that account are kept by the Employer, who releases cash to the FDW whenever she asks, and the balance is hers when the Contract Period ends.
4. Hours of work. The FDW works between 7 a.m. and 9 p.m., with breaks of not less than two hours in total, and shall have no fewer than eight hours of continuous rest at night.
5. Rest days. The FDW shall have one rest day every week, on Sunday. Where she agrees in writing she may work on a rest day and receive one day's salary as compensation, but at least one rest day in each month shall be taken and may not be compensated.
6. {L1}The FDW keeps her own passport and work permit card; the Employer shall not take them from her for any reason other than a MOM appointment, and returns them the same day.
7. {L2}All placement fees of the Agency and all costs of the FDW's work permit, security bond, insurance and medical examinations are borne by the Employer, and no such cost shall be deducted from the FDW's salary.
8. Return. The Employer shall pay for the FDW's air ticket home to Yangon on completion of the Contract Period or when the Contract is terminated earlier.
9. {L8}The FDW may end this Contract by giving one month's notice and look for another employer in Singapore; the Employer shall cooperate in cancelling the work permit and shall not ask her for any transfer fee.
10. Assistance. The FDW may seek help from MOM (FDW helpline 1800 339 5505), from the Centre for Domestic Employees or from the Embassy of Myanmar.

SAFETY AGREEMENT
(agreed between the Employer and the FDW under the work permit conditions)
S1. The FDW shall not clean the outside of any window, and shall clean the inside only with the window grilles locked.
S2. Laundry shall be hung only on the fixed rack in the service yard, never from a window.
S3. {A4|alone}For her own safety, the FDW shall not go out of the flat alone, whether on her rest day or otherwise, and the gate shall be locked with the key kept by the Employer whenever the family is out.
S4. The FDW shall report any injury at once, and the Employer shall bring her to a doctor.

=Employer: ______________________    FDW: ______________________
=Witnessed by (Agency): ______________________
''')

# ---------------------------------------------------------------- AB-007
add(id='AB-007', lang='en', role='abuse', sector='domestic', dest='MY', origin='ID', sex='F',
    wage=1500, cur='MYR', pov='parties', numbering='decimal', reg='my', typographic=1,
    abuses=['CTR-004', 'CTR-006'], body=r'''
=CONTRACT OF EMPLOYMENT FOR A FOREIGN DOMESTIC HELPER (MALAYSIA)
=With Appendix 1 - House Rules of the Employer's Household

THIS CONTRACT is made on 27 January 2026 BETWEEN Puan Noraini binti Hashim, of No. 14, Jalan SS 19/3, Subang Jaya, Selangor (the "Employer") AND Ms. Wulan Sari, Indonesian passport E2290031 (the "Helper").

1. Term. The Helper is employed for two years from the date her Visit Pass (Temporary Employment) is issued.
2. Salary. The Employer shall pay the Helper RM 1,500 per month, on or before the 7th day of the following month, into the Helper's bank account, and shall give her a payslip.
3. Working hours. The Helper's working day shall not exceed 10 hours, and she shall have an unbroken rest of not less than 8 hours at night.
4. Rest day. The Helper is entitled to one rest day a week and to the public holidays of Selangor; where she works on a rest day with her agreement she receives double pay for the day.
5. Passport. {L1}The Helper holds her own passport. The Employer may keep a photocopy only.
6. {L3}No security deposit, bond or guarantee shall be taken from the Helper; the levy, the security bond and the insurance required by the Immigration Department are the Employer's own responsibility.
7. Repatriation. When this contract ends or is terminated, the Employer shall buy the Helper's flight home to Jakarta and pay any exit formalities.
8. Complaints. {L9}The Helper may complain to the Labour Department (JTK) or to the Embassy of the Republic of Indonesia, and nothing in this contract or in Appendix 1 limits her right to do so.
9. The House Rules in Appendix 1 form part of this contract.

=Employer: ______________________    Helper: ______________________
=Witness: ______________________

APPENDIX 1 - HOUSE RULES
1. The Helper's working day starts at 6.30 a.m. with breakfast for the children.
2. The Helper's room is for her own use; please keep it tidy.
3. {A4|phone}The Helper's phone is kept by Madam during the day and given back after dinner, and the Helper does not go out of the house alone at any time, even on her day off, unless Madam or Sir goes with her.
4. Meals: the Helper eats the same food as the family.
5. {A6|boyfriend}No boyfriend is allowed during the two years, and a helper who gets married while working with us will be sent home.
6. Please tell Madam if you feel unwell.
''')

# ---------------------------------------------------------------- AB-008
add(id='AB-008', lang='en', role='abuse', sector='manufacturing', dest='MY', origin='NP', sex='M',
    wage=1700, cur='MYR', pov='parties', numbering='decimal', reg='my', definitions=1,
    abuses=['CTR-001', 'CTR-009'],
    paging=('Kenanga Precision Plastics - Employment Agreement - page {n}/{N}',
            'Employment Agreement (continued)\n'), body=r'''
=EMPLOYMENT AGREEMENT
=Foreign worker - production operator (Malaysia)

This Agreement is dated 5 February 2026 and made between Kenanga Precision Plastics Sdn. Bhd., Lot 22, Kawasan Perindustrian Senai, Johor (the "Company") and Mr. Suman Tamang, Nepali passport PA0918273 (the "Employee").

1. Definitions and interpretation
1.1 In this Agreement: "Basic Wage" means the monthly wage stated in Clause 4.1; "Hostel" means the accommodation provided by the Company under Clause 7; "Hostel Rules" means the rules in Schedule 2, as amended from time to time; and "Normal Hours" has the meaning given in Clause 5.1.
1.2 References to Clauses and Schedules are to clauses of and schedules to this Agreement.
2. Position. The Employee is employed as a production operator at the Company's factory in Senai.
3. Term. This Agreement runs for three years from the Employee's arrival in Malaysia, subject to the renewal of his work pass.
4. Remuneration
4.1 The Basic Wage is RM 1,700 per month.
4.2 {L7}Wages are paid by the 7th of each month into a bank account opened in the Employee's own name, and the Company does not keep any bank card, PIN or passbook belonging to an employee.
5. Working time
5.1 Normal Hours are 8 hours a day and 48 hours a week, from Monday to Saturday; overtime is voluntary and is paid at 1.5 times the hourly rate.
5.2 Sunday is the Employee's weekly rest day.
6. Recruitment costs. {L2}The Company has paid the levy, the visa, the FOMEMA medical examination, the air ticket and every fee of the recruitment agents in Nepal and Malaysia, as set out in Schedule 1, and none of these shall be recovered from the Employee's wages.
7. Accommodation. The Company provides the Hostel free of charge, subject to the Hostel Rules.
8. Documents
8.1 The Employee shall carry his i-Kad or a certified copy of his passport at all times.
8.2 {A1|passport}Notwithstanding Clause 8.1, the Employee's passport shall be surrendered to the Human Resources Department on arrival and kept in the Company's safe for as long as he is employed; he may sign it out for travel and shall return it within two days.
9. Return. At the expiry of this Agreement, or if it is terminated by either party, the Company pays the Employee's air ticket to Kathmandu.
10. Grievances. The Employee may raise a grievance with his supervisor, the HR manager or the grievance box, or with the Labour Department (JTK) or the Embassy of Nepal in Kuala Lumpur.

=Signed for the Company: ______________________    Employee: ______________________

SCHEDULE 1 - ZERO-COST RECRUITMENT STATEMENT (see Clause 6)
- Levy, visa and work pass: paid by the Company.
- Medical examinations in Nepal and Malaysia: paid by the Company.
- Air ticket Kathmandu - Johor Bahru: paid by the Company.
- Fees of the agents in Nepal and Malaysia: paid by the Company.

SCHEDULE 2 - HOSTEL RULES
R1. Residents keep their rooms clean and take part in the weekly cleaning roster.
R2. Cooking is allowed only in the common kitchen.
R3. {L4}The hostel gate stays open day and night; residents returning after 11 p.m. sign the register, which is kept for fire safety only.
R4. Visitors are received in the ground-floor lounge until 10 p.m.
R5. {A9|union}Residents shall not join any trade union or workers' association, nor speak to journalists or non-governmental organisations about hostel or factory matters; a breach is gross misconduct.
R6. Lights out in dormitory rooms at midnight.
''')

# ---------------------------------------------------------------- AB-009
add(id='AB-009', lang='en', role='abuse', sector='manufacturing', dest='TW', origin='VN', sex='M',
    wage=28590, cur='TWD', pov='parties', numbering='article', reg='taiwan',
    abuses=['CTR-002', 'CTR-007'], body=r'''
=FOREIGN WORKER SERVICE AGREEMENT, WITH SUMMARY OF THE LABOUR CONTRACT
=(Taiwan - manufacturing)

Party A (Broker): Hsin Yuan Manpower Agency Co., Ltd.
Party B (Worker): Mr. Nguyen Van Hoang, Vietnamese passport C5521890
Employer: Chang Jia Metal Industrial Co., Ltd., Taichung (the "Employer")
Signed at Taichung on 18 February 2026.

Part I - Summary of the labour contract between the Employer and Party B
1. Job: machine operator at the Employer's factory in Dali District, Taichung, for three years from entry.
2. Wage: NT$ 28,590 per month, paid on the 10th of the following month.
3. Hours: 8 hours a day and 40 hours a week; overtime only with Party B's consent and paid under the Labor Standards Act.
4. Rest: two days off in every seven days, one a regular day off and one a rest day.
5. Return: the Employer pays Party B's air ticket back to Hanoi when the contract expires or is terminated before expiry.
6. {L9}Party B may call the 1955 hotline of the Ministry of Labor, which answers in Vietnamese, at any time and free of charge, and neither the Employer nor Party A shall retaliate against him.

Part II - Service agreement between Party A and Party B
Article 1. Party A shall provide airport pick-up, assistance with the Alien Resident Certificate, interpretation and life counselling.
Article 2. {A2|service}For the services listed in Article 1, Party B shall pay Party A a service fee of NT$ 1,800 per month in the first year, NT$ 1,700 per month in the second year and NT$ 1,500 per month in the third year, which Party B authorises the Employer to deduct from his monthly wages and remit to Party A.
Article 3. {L1}Party B keeps his passport and Alien Resident Certificate himself; Party A may take them only to lodge a renewal that Party B has asked for in writing, and shall give them back on the same day.
Article 4. Wages and savings
4.1 The Employer shall pay Party B's wages into his own account at the post office.
4.2 {A7|passbook}To assist Party B in saving money, Party A keeps the passbook and seal of that account at its office and hands Party B not more than NT$ 6,000 in cash each month; the balance is released to him on completion of his contract.
Article 5. {L4}Party B may leave the dormitory freely outside working hours; there is no curfew, and his phone remains his own.
Article 6. This agreement is made in Chinese and Vietnamese, and Party B received the Vietnamese text before leaving Vietnam.

=Party A: ______________________    Party B: ______________________
''')

# ---------------------------------------------------------------- AB-010
add(id='AB-010', lang='en', role='abuse', sector='care', dest='TW', origin='PH', sex='F',
    wage=20000, cur='TWD', pov='parties', numbering='article', reg='taiwan',
    abuses=['CTR-004', 'CTR-005', 'CTR-008'], body=r'''
=LABOUR CONTRACT FOR A FOREIGN HOME CAREGIVER
=(Taiwan; model contract as completed, with Party A's additional terms in Article 9)

Party A (Employer): Ms. Lin Shu-fen, of No. 35, Lane 120, Minquan Road, Tainan City
Party B (Caregiver): Ms. Rowena B. Dizon, Philippine passport P6618802C
Care recipient: Mr. Lin Cheng-hsiung, father of Party A, aged 86

Article 1 Term. This contract runs for three years from the date Party B enters Taiwan.
Article 2 Place and work. Party B shall care for the care recipient at the address above; she shall not be asked to work at any other address or in any business.
Article 3 Wage. Party A shall pay Party B NT$ 20,000 per month on the 5th day of the following month. {L7}Payment shall be made to Party B in person or into a bank account in her name of which she alone holds the passbook and card, and a payslip in English shall be given each month.
Article 4 Working time and rest
4.1 Party B's daily working time shall not exceed ten hours, and she shall have at least eight hours of uninterrupted sleep.
4.2 Party B is entitled to one rest day in every seven days. {A4|However}However, as the care recipient is bedridden, Party B shall sleep in his room and attend to him at any hour of the night, and her rest day shall be spent inside the house so that she remains available if he needs her.
Article 5 Costs. {L2}Party A bears the employment stability fee and the broker's charges payable by an employer, and shall not ask Party B for any introduction fee or deduct any broker fee from her wage.
Article 6 Documents. {L1}Party B's passport and Alien Resident Certificate remain in her own keeping.
Article 7 Return. Party A shall pay Party B's air ticket to Manila when this contract expires or ends early.
Article 8 Complaints. Party B may call the 1955 hotline, the Labor Affairs Bureau of Tainan City or the Manila Economic and Cultural Office.
Article 9 Additional terms of Party A
9.1 {A5|addition}In addition to the statutory health checks at 6, 18 and 30 months, Party B shall take a pregnancy test whenever Party A requests it, and a positive result shall entitle Party A to terminate this contract and to ask the broker to arrange Party B's return.
9.2 {A8|change}Party B shall not seek to change employer during the term, Party A will not sign any agreement for her transfer, and if Party B leaves the household Party A will report her to the police and the Workforce Development Agency as missing.

=Party A: ____________________    Party B: ____________________    Broker: ____________________
''')

# ---------------------------------------------------------------- AB-011
add(id='AB-011', lang='en', role='abuse', sector='manufacturing', dest='KR', origin='NP', sex='M',
    wage=2096270, cur='KRW', pov='parties', numbering='letters', reg='eastasia',
    abuses=['CTR-003', 'CTR-008'], body=r'''
=STANDARD LABOR CONTRACT (EMPLOYMENT PERMIT SYSTEM) - MAIN TERMS AND SUPPLEMENTARY TERMS
=Daesung Auto Parts Co., Ltd., Hwaseong, Gyeonggi-do

Worker: Mr. Ram Bahadur Gurung, Nepali passport PA2276410 (the "Worker")
Employer: Daesung Auto Parts Co., Ltd. (the "Company")
Date of signature: 26 January 2026

A. Standard terms
1. Period of employment: 3 years from the date of entry, with a probation period of one month.
2. Place of work and job: press and welding line, Hwaseong plant.
3. Working hours: 08:30 to 17:30 with a one-hour lunch break (8 hours a day, 40 hours a week); overtime and night work as permitted by the Labor Standards Act, paid at 150 %.
4. Holidays: Saturday and Sunday each week; the paid weekly holiday is Sunday.
5. Wage: KRW 2,096,270 per month (basic), paid on the 10th of each month into the Worker's bank account.
6. Accommodation: a dormitory is provided; any charge for board and lodging shall stay within the Ministry's guidelines and be agreed separately in writing.
7. Return: the Company shall pay for the Worker's air ticket to Kathmandu when the contract ends or is terminated.
8. {L9}The Worker may seek advice from a Migrant Workers Support Center or call the counselling line 1350 (interpretation available) without suffering any disadvantage.
9. {L1}The Worker keeps his passport and alien registration card; the Company shall not ask for them.

B. Supplementary terms of the Company
S1. {L2}The Company has paid its own costs of hiring under the EPS, and no recruitment cost or broker fee shall be recovered from the Worker's wages.
S2. {A3|secure}To secure the Worker's service until the contract ends, KRW 300,000 shall be withheld from each of his first six monthly wages and kept in the Company's account as a completion deposit, refundable only if he completes three years with the Company.
S3. {A8|waives}The Worker waives the right to apply to the Job Center for a change of workplace during his contract, and the Company will not agree to a release in any circumstances.

=Company: ______________________    Worker: ______________________
''')

# ---------------------------------------------------------------- AB-012
add(id='AB-012', lang='en', role='abuse', sector='manufacturing', dest='JP', origin='VN', sex='F',
    wage=170000, cur='JPY', pov='parties', numbering='article', reg='eastasia',
    abuses=['CTR-002', 'CTR-003', 'CTR-006'], body=r'''
=AGREEMENT BETWEEN SENDING ORGANISATION AND TECHNICAL INTERN TRAINEE
=with Annex: employment conditions at the implementing organisation (Japan)

This Agreement is made on 12 January 2026 in Hanoi between:
Party A: Viet-Nhat Human Resources JSC, sending organisation licensed by the Department of Overseas Labour;
Party B: Ms. Tran Thi Thu Ha, born 2003, citizen identity card no. 001303021457.

Article 1. Party A shall send Party B to Japan as a technical intern trainee in garment sewing at Sakura Sewing Co., Ltd., Gifu Prefecture (the "Implementing Organisation"), for a training period of three years.
Article 2. Before departure Party B shall attend language and orientation training at Party A's training centre in Hanoi for about six months.
Article 3. Fees
3.1 {A2|fee}Party B shall pay Party A a service fee of USD 3,600, covering Japanese-language training, board at the training centre and job matching, before her visa application is lodged.
3.2 {A3|deposit}Party B shall also lodge a deposit of VND 50,000,000 with Party A, and her parents shall sign as guarantors; the deposit shall be forfeited if Party B leaves the Implementing Organisation before the three years are completed.
Article 4. {L1}Party B's passport and residence card remain in her own possession in Japan; neither Party A nor the Implementing Organisation may keep them.
Article 5. Conduct
5.1 Party B shall respect the laws and customs of Japan and the work rules of the Implementing Organisation.
5.2 {A6|marry}Party B undertakes not to marry, not to live with a partner and not to conceive a child while the training lasts, and a breach shall be treated as a ground for her early return.
Article 6. {L9}Party B may consult the Organization for Technical Intern Training (OTIT) in Vietnamese or the Embassy of Viet Nam at any time, and shall suffer no disadvantage for reporting a violation.

ANNEX - EMPLOYMENT CONDITIONS
(a) Wage: JPY 170,000 per month (basic), paid on the 25th.
(b) {L7}Wages are paid into an account at a Japanese bank opened in Party B's name, and the bank card, passbook and seal remain with her.
(c) Working hours: 8:30 to 17:30 with one hour's break; 40 hours per week.
(d) Days off: Saturdays, Sundays and national holidays.
(e) Travel: the Implementing Organisation pays the flight to Japan, and the return flight to Hanoi when the training ends or is ended early.
(f) Consultation and complaints: OTIT mother-tongue consultation; the Labour Standards Inspection Office in Gifu.

=Party A: ____________________    Party B: ____________________    Witness: ____________________
''')

# ---------------------------------------------------------------- AB-013
add(id='AB-013', lang='en', role='abuse', sector='manufacturing', dest='JO', origin='BD', sex='F',
    wage=230, cur='JOD', pov='parties', numbering='article', reg='jordan',
    abuses=['CTR-001', 'CTR-005'], body=r'''
=UNIFIED CONTRACT FOR NON-JORDANIAN WORKERS IN THE GARMENT SECTOR
=(as completed by Al Safa Apparel Manufacturing LLC, Al-Hassan Industrial Estate, Irbid)

First Party: Al Safa Apparel Manufacturing LLC (the "Employer")
Second Party: Ms. Rupa Akter, Bangladeshi passport A04417726 (the "Worker")
Date: 19 February 2026

Article 1. The Worker is employed as a sewing machine operator for a period of three years, beginning on her arrival in Jordan.
Article 2. The Employer shall pay the Worker a basic wage of JOD 230 per month, with overtime paid at 125 % on working days and 150 % on rest days and holidays, by transfer to her e-wallet on the 7th of each month.
Article 3. Normal hours are 8 hours a day and 48 hours a week, Saturday to Thursday. Friday is the weekly day of rest.
Article 4. The Employer provides free accommodation in the estate dormitory, three meals a day and transport to the factory.
Article 5. {L2}The Employer bears the recruitment fees in Bangladesh and Jordan, the work permit and residence fees, the medical examination and the air ticket to Amman; nothing of these shall be charged to or deducted from the Worker.
Article 6. {A1|passport}The Worker's passport is deposited with the Employer's administration office for its protection throughout the contract, and a certified copy is issued to her for daily use.
Article 7. Health
7.1 The Worker shall undergo the medical examinations required by the Ministry of Health for the work permit.
7.2 {A5|pregnancy}A pregnancy test shall form part of every such examination, and a worker who is found to be pregnant shall be repatriated at the end of that month.
Article 8. {L6}The Worker's marriage, before or during the contract, does not affect her employment, and a married worker may request unpaid leave to visit her family.
Article 9. {L8}After twelve months the Worker may transfer to another factory in the sector under the Ministry of Labour's transfer procedure without needing the Employer's consent.
Article 10. The Employer pays the Worker's air ticket to Dhaka when the contract ends or is terminated, whatever the reason.
Article 11. The Worker may report any problem to the factory's worker committee, to the Ministry of Labour's complaints hotline, to the General Trade Union of Workers in Textile, Garment and Clothing Industries or to the Embassy of Bangladesh in Amman.

=Employer: ____________________    Worker: ____________________    Witness: ____________________
''')

# ---------------------------------------------------------------- AB-014
add(id='AB-014', lang='en', role='abuse', sector='agriculture', dest='IT', origin='IN', sex='M',
    wage=1480, cur='EUR', pov='parties', numbering='article', reg='euseasonal',
    abuses=['CTR-002', 'CTR-004'], body=r'''
=SEASONAL EMPLOYMENT CONTRACT - AGRICULTURE
=(English translation attached to the nulla osta file; Province of Latina)

Between Azienda Agricola Pontina S.r.l., Via Migliara 49, Sabaudia (LT) (the "Farm"), and Mr. Harpreet Singh, Indian passport W3389124 (the "Worker"), it is agreed as follows.

Art. 1 - Object and term. The Farm employs the Worker as a seasonal agricultural labourer (harvest and packing of vegetables) from 1 April 2026 to 30 September 2026, under the national collective agreement for agricultural workers and the provincial agreement of Latina.
Art. 2 - Pay. The Worker receives a gross wage of EUR 1,480 per month, paid by the 10th of the following month. {L7}Payment is made by bank transfer to the Worker's own account, with a payslip (busta paga), since Italian law does not allow wages to be paid in cash.
Art. 3 - Working time. Normal working time is 6 hours 30 minutes a day and 39 hours a week; overtime is voluntary and paid with the contractual supplement.
Art. 4 - Rest. The Worker has a weekly rest of 24 hours, normally on Sunday.
Art. 5 - Documents. {L1}The Worker keeps his passport and residence permit; the Farm keeps only copies for the Prefecture file.
Art. 6 - Costs
6.1 The Farm pays the fees for the nulla osta and for the residence permit application.
6.2 {A2|intermediary}The Worker repays the fee of the recruitment intermediary in India (EUR 2,500) and his flight to Rome by deductions of EUR 300 from each month's pay.
Art. 7 - Housing
7.1 The Farm provides housing in the farm's residence block at a charge of EUR 60 a month, in accordance with the provincial agreement.
7.2 {A4|gate}The residence gate is closed from 8 p.m. to 6 a.m., and residents may leave the farm only on the Farm's minibus, which runs to Sabaudia on Sunday mornings.
Art. 8 - Return. At the end of the season, or if the contract ends earlier for any reason, the Farm pays the Worker's return flight to Delhi.
Art. 9 - Trade union and complaints. {L9}The Worker may join a trade union and may contact the Labour Inspectorate (Ispettorato Territoriale del Lavoro, Latina); the Farm shall not treat this as a disciplinary matter.

=Latina, 2 March 2026
=For the Farm: ____________________    The Worker: ____________________
''')

# ---------------------------------------------------------------- AB-015
add(id='AB-015', lang='en', role='abuse', sector='manufacturing', dest='CA', origin='PH', sex='M',
    wage=3077, cur='CAD', pov='parties', numbering='decimal', reg='canada',
    abuses=['CTR-007', 'CTR-008'], body=r'''
=EMPLOYMENT CONTRACT - TEMPORARY FOREIGN WORKER PROGRAM (LOW-WAGE STREAM)
=Province of Alberta

This Employment Contract is made on 3 February 2026 between Prairie Gold Meats Ltd., Brooks, Alberta (the "Employer") and Mr. Rodel S. Bautista of Iloilo, Philippines (the "Employee"), in connection with Labour Market Impact Assessment no. 12345678.

1. Position and term. The Employee is employed as a meat cutter at the Employer's plant in Brooks for 24 months from the date of arrival.
2. Wages. The Employee is paid CAD 3,077 per month (CAD 17.75 per hour for 40 hours a week), by direct deposit every two weeks.
3. Hours. Normal hours are 8 hours a day and 40 hours a week; hours over 44 in a week are paid at 1.5 times the regular rate.
4. Rest. The Employee is entitled to two days of rest every week, normally Saturday and Sunday.
5. Recruitment costs. {L2}The Employer is responsible for all recruitment fees, including those of any recruiter it engaged in the Philippines, and shall not recover them from the Employee, whether by deduction or otherwise.
6. Travel. The Employer pays the Employee's airfare from Manila to Calgary and his airfare back to Manila when the employment ends, for whatever reason.
7. Documents. {L1}The Employer will not hold the Employee's passport or work permit at any time.
8. Savings plan. {A7|savings}To help the Employee build his savings, the Employer shall retain CAD 300 from each bi-weekly pay and hold it in an account administered by the Employer, paying the accumulated amount to the Employee when he departs from Canada.
9. Resignation. {L3}The Employee may resign by giving two weeks' notice, and no deposit, bond or payment of any kind is required of him for resigning.
10. Other employment. {A8|apply}The Employee agrees that he will not apply for a new work permit or accept employment with any other employer in Canada while this contract is in force, and that he will leave Canada if the employment ends before its term.
11. Complaints. The Employee may contact Employment and Social Development Canada (confidential tip line 1-866-602-9448) or Alberta Employment Standards, and the Employer shall take no reprisal against him.
12. Safety. The Employer provides workplace safety training and coverage by the Workers' Compensation Board.

=Employer: ______________________    Employee: ______________________
''')

# ---------------------------------------------------------------- AB-016
add(id='AB-016', lang='en', role='abuse', sector='fishing', dest='TW', origin='ID', sex='M',
    wage=550, cur='USD', pov='parties', numbering='decimal', reg='fishing', caps=1,
    abuses=['CTR-007', 'CTR-009'],
    paging=('Crew Articles - F/V Hsin Fu Chun No. 18 - sheet {n} of {N}',
            'CREW ARTICLES OF AGREEMENT (continued)\n'), body=r'''
=CREW ARTICLES OF AGREEMENT
=F/V "Hsin Fu Chun No. 18" - Taiwan-flagged tuna longliner

This agreement is made on 14 January 2026 between Hsin Fu Fishery Co., Ltd., Kaohsiung (the "Owner"), PT Samudra Bahari Manning, Pemalang, Central Java (the "Manning Agent"), and Mr. Agus Prasetyo, Indonesian seafarer book no. F 201744 (the "Crew Member").

1. Engagement. The Crew Member is engaged as a deckhand for 24 months from the date he joins the vessel.
2. Wages
2.1 The basic wage is USD 550 per month, in addition to the catch bonus set out in Annex 1.
2.2 {A7|Manning}Of each month's wage, USD 450 is paid by the Owner to the Manning Agent in Pemalang, which holds the sums and pays them out in one amount when the Crew Member signs off in Indonesia; the remaining USD 100 is advanced in cash on board.
3. Hours of rest. {L4}The Crew Member shall have at least ten hours of rest in any 24-hour period and 77 hours in any seven-day period, as required by ILO Convention No. 188, and the Master shall keep a record of rest hours open to the crew.
4. Normal hours and weekly rest. Normal working time is 8 hours a day, and one full day of rest is given in every seven days; work beyond normal hours during hauling is paid at USD 2.50 an hour.
5. Costs. {L2}Neither the Owner nor the Manning Agent shall charge the Crew Member a placement or manning fee, and the costs of his seafarer book, medical certificate, visa and flights are met by the Owner.
6. {L3}No guarantee money, deposit or collateral, such as land certificates or school diplomas, shall be required from the Crew Member or his family.
7. Repatriation. The Owner shall repatriate the Crew Member to Jakarta at its cost when this agreement expires, when it is terminated, or if he becomes unfit to work.
8. Food, medical care and insurance are provided by the Owner free of charge.
9. Complaints. The Crew Member may call the 1955 hotline of Taiwan's Ministry of Labor or the Indonesian Economic and Trade Office (KDEI) in Taipei.
10. {A9|PORT}WHILE THE VESSEL IS IN ANY PORT, THE CREW MEMBER SHALL NOT SPEAK TO PORT STATE INSPECTORS, UNION REPRESENTATIVES OR JOURNALISTS ABOUT CONDITIONS ON BOARD OTHER THAN THROUGH THE MASTER, AND HE WAIVES ANY CLAIM AGAINST THE OWNER BEFORE A FOREIGN AUTHORITY OR COURT.
11. This agreement is made in English and Indonesian; both texts are equally valid and a copy is kept by the Crew Member.

ANNEX 1 - CATCH BONUS
- USD 0.10 per kilogram of bigeye or yellowfin tuna landed, shared equally among the deck crew.
- The bonus is calculated at each transhipment and paid with the wage of that month.

=Owner: __________________    Manning Agent: __________________    Crew Member: __________________
=Master: __________________    Witness: __________________
''')

# ---------------------------------------------------------------- AB-017
add(id='AB-017', lang='en', role='abuse', sector='hospitality', dest='AE', origin='PH', sex='F',
    wage=1800, cur='AED', pov='parties', numbering='decimal', reg='placement', definitions=1,
    abuses=['CTR-003', 'CTR-009'], body=r'''
=RECRUITMENT AND PLACEMENT SERVICE AGREEMENT
=(between a licensed recruitment agency and an applicant for overseas employment)

This Agreement is entered into in Mandaluyong City on 8 January 2026 by and between:
BRIGHTPATH INTERNATIONAL MANPOWER SERVICES, INC., licensed by the Department of Migrant Workers, hereinafter the "Agency"; and
MS. ANGELICA R. SORIANO, of Lipa City, Batangas, hereinafter the "Applicant".

1. Definitions
1.1 "Principal" means Azure Bay Hotels & Resorts LLC, Abu Dhabi, the foreign employer for which the Agency recruits.
1.2 "Employment Contract" means the DMW-verified contract between the Principal and the Applicant, whose main terms are set out in Clause 4.
1.3 "Deployment" means the Applicant's departure for the United Arab Emirates under the Employment Contract.
2. Services. The Agency shall process the Applicant's documents, arrange her medical examination, visa and orientation seminar, and book her flight.
3. Fees. {L2}The Agency shall not collect any placement fee from the Applicant; the Principal pays the Agency's service charge and the costs of the visa, ticket and medical examination.
4. Main terms of the Employment Contract
4.1 Position: room attendant, for two years.
4.2 Salary: AED 1,800 per month, paid monthly through the UAE Wages Protection System. {L7}The salary is paid directly into the Applicant's own payroll account, to which the Agency shall have no access.
4.3 Hours: 8 hours a day, 48 hours a week.
4.4 Rest: one day off every week.
4.5 Return: the Principal pays the return ticket to Manila on completion or termination of the contract.
4.6 Assistance: the Ministry of Human Resources and Emiratisation (600590000) and the Migrant Workers Office at the Philippine Embassy in Abu Dhabi.
5. Passport. {L1}The Agency shall return the Applicant's passport to her within 24 hours after the visa is stamped and shall not hold it afterwards.
6. Financing
6.1 The Applicant may need funds before Deployment for personal expenses such as clothing and pocket money.
6.2 {A3|Pondo}For this purpose the Agency has accredited Pondo Agad Lending Corporation as its tie-up lender; the Applicant shall sign that lender's loan agreement and issue six post-dated cheques before her visa is released, and the Agency shall coordinate the monthly remittance of the amortisation from her salary.
7. Disputes. {A9|waives}The Applicant waives her right to file any complaint with the DMW, the Migrant Workers Office or the NLRC against the Agency or the Principal in connection with her Deployment, and agrees that the Agency's grievance committee shall decide every such matter with finality.
8. This Agreement has been explained to the Applicant in Filipino.

=BRIGHTPATH INTERNATIONAL MANPOWER SERVICES, INC.
=By: ______________________ (Licensee)        Applicant: ______________________
=Witnesses: ______________________    ______________________
''')

# ---------------------------------------------------------------- AB-018
add(id='AB-018', lang='en', role='abuse', sector='construction', dest='QA', origin='NP', sex='M',
    wage=1100, cur='QAR', pov='parties', numbering='letters', reg='placement',
    abuses=['CTR-003', 'CTR-009'], body=r'''
=AGREEMENT BETWEEN FOREIGN EMPLOYMENT AGENCY AND WORKER
=(pursuant to the Foreign Employment Act, 2064)

This Agreement is made at Kathmandu on 29 January 2026 between:
First Party: Himal Crest Overseas Pvt. Ltd., Baneshwor, Kathmandu (the "Agency");
Second Party: Mr. Bir Bahadur Magar, of Gulmi district, passport PA3318009 (the "Worker").

1. The Agency has selected the Worker for employment as a steel fixer with Al Dana Contracting W.L.L., Doha, Qatar (the "Employer"), on the terms approved by the Department of Foreign Employment.
2. Terms of employment:
(a) Duration: two years from arrival in Qatar.
(b) Basic salary: QAR 1,100 per month, plus free accommodation and food, paid by bank transfer through the Wage Protection System.
(c) Hours: 8 hours a day, 48 hours a week; overtime paid at 125 %.
(d) Weekly holiday: Friday, with pay.
(e) Return ticket: paid by the Employer when the contract ends or is terminated.
(f) Help in Qatar: the Ministry of Labour's complaint portal and the Embassy of Nepal in Doha.
3. {L2}Under the free-visa, free-ticket arrangement the Agency charges the Worker no service fee, and the Employer bears the visa and air ticket costs.
4. {L1}The Agency shall hand the Worker's passport back to him at the airport before departure and shall not send it to the Employer.
5. {L8}After arrival the Worker may change employer in accordance with Qatari law, which no longer requires the Employer's permission, and nothing in this Agreement restricts that right.
6. Withdrawal and early return. {A3|withdraws}If the Worker withdraws after his visa has been issued, or returns from Qatar before completing two years for any reason, he shall pay the Agency NPR 150,000 as compensation for its visa and ticket costs, and his father, Mr. Dil Bahadur Magar, who signs below as guarantor, shall be jointly liable for that sum.
7. Disputes. {A9|complaint}The Worker shall not lodge any complaint with the Department of Foreign Employment, the Foreign Employment Board or the Embassy of Nepal about matters covered by this Agreement, and all disputes shall be settled at the Agency's office.
8. The Worker has attended the pre-departure orientation and has received a copy of this Agreement in Nepali.

=First Party: ______________________    Second Party: ______________________
=Guarantor: ______________________ (Dil Bahadur Magar)
''')

# ---------------------------------------------------------------- AB-019
add(id='AB-019', lang='en', role='abuse', sector='cleaning', dest='SA', origin='BD', sex='M',
    wage=1000, cur='SAR', pov='parties', numbering='decimal', reg='placement', caps=1,
    abuses=['CTR-002', 'CTR-008'], body=r'''
=SERVICE AGREEMENT FOR OVERSEAS EMPLOYMENT
=Recruiting Agency: Sonar Bangla Overseas Ltd., Purana Paltan, Dhaka

Agreement no. SBO/KSA/26/0211, dated 22 January 2026, between Sonar Bangla Overseas Ltd. (the "Agency") and Mr. Md. Rakibul Islam, son of Md. Abdul Karim, of Cumilla, passport A12338470 (the "Emigrant").

1. Job offer. The Agency has obtained for the Emigrant a post of cleaner with Al Bayan Cleaning Services Co., Riyadh (the "Employer"), under a two-year employment contract attested by the Bangladesh Embassy.
2. Terms of the employment contract, as attested:
2.1 Salary SAR 1,000 per month, paid monthly into the Emigrant's bank account, with free accommodation and transport.
2.2 Working hours: 8 a day, 48 a week.
2.3 Friday is the weekly day off. {L4}On that day the Emigrant may leave the labour accommodation freely and come back when he likes.
2.4 The Employer pays the return air ticket at the end of the two years or on earlier termination.
3. Schedule of charges, payable before visa stamping:
(a) {A2|service}Agency service charge, including visa processing, medical test and air ticket: BDT 165,000, payable by the Emigrant.
(b) A money receipt shall be issued for every payment.
4. {L3}The Agency shall take no security money, blank cheque or signed stamp paper from the Emigrant or his family.
5. Sponsorship. {A8|Emigrant shall serve}The Emigrant shall serve only the Employer named in the visa for the full contract, shall not seek a transfer of sponsorship (naql kafala) to another employer, and accepts that leaving the Employer will make him liable to be reported as huroob.
6. {L9}THE EMIGRANT MAY COMPLAIN TO BMET, TO THE LABOUR WING OF THE BANGLADESH EMBASSY IN RIYADH OR TO THE SAUDI MINISTRY HOTLINE 19911, AND THE AGENCY SHALL NOT PENALISE HIM FOR DOING SO.

=Agency: ______________________    Emigrant: ______________________    Witness: ______________________
''')

# ---------------------------------------------------------------- AB-020
add(id='AB-020', lang='en', role='abuse', sector='domestic', dest='SA', origin='ET', sex='F',
    wage=1000, cur='SAR', pov='parties', numbering='letters', reg='placement',
    abuses=['CTR-004', 'CTR-006', 'CTR-009'], body=r'''
=EMPLOYMENT SERVICE AGREEMENT
=between a licensed private employment agency and a worker (Ethiopia, Overseas Employment Proclamation)

This Agreement is made in Addis Ababa on 6 February 2026 between Selam Overseas Employment Agency PLC (the "Agency") and Ms. Hiwot Tadesse Gebre, of Adama, passport EP4471009 (the "Worker").

1. Placement. The Agency places the Worker as a domestic worker with Mr. Saad Al-Qahtani, Dammam, Kingdom of Saudi Arabia (the "Employer"), under the standard contract approved by the Ministry of Labour and Skills.
2. Main terms of that contract:
(a) two years from arrival;
(b) salary SAR 1,000 per month, paid monthly through Musaned into the Worker's account;
(c) not more than 10 working hours a day, with no fewer than 8 hours of continuous rest at night;
(d) one rest day every week;
(e) return ticket to Addis Ababa paid by the Employer when the two years end or when the contract ends earlier;
(f) complaints: the Saudi Ministry's hotline 19911, the Embassy of Ethiopia in Riyadh and the Consulate in Jeddah.
3. {L2}The Worker pays no service fee. The Employer pays the Agency's charges, the visa, the medical examination and the flight, as the Proclamation requires.
4. {L1}The Agency keeps only a photocopy of the Worker's passport; the original stays with her except on the day of her visa appointment.
5. {L7}The Worker's salary is paid to her and is hers alone; the Agency shall not receive it or hold her bank card.
6. Personal status. {A6|unmarried}The Worker declares that she is unmarried and undertakes not to marry or have a relationship with any man in Saudi Arabia during her contract, failing which she may be returned at her own cost.
7. Grievances. {A9|grievance}Any grievance of the Worker shall be reported only to the Agency's representative in Riyadh, and the Worker shall not approach the Embassy, the Saudi labour office or the police, as this would damage the Agency's licence.
8. Pre-departure training. The Worker shall attend the training and competence assessment required for domestic work, and shall observe the rules of the Agency's training and transit centre in Annex B.

ANNEX B - RULES OF THE TRAINING AND TRANSIT CENTRE
B.1 Classes run from 8.30 a.m. to 4.30 p.m., Monday to Saturday.
B.2 Trainees wear the centre uniform during classes.
B.3 {A4|compound}Trainees stay inside the centre compound from the first day of training until the day of their flight; family members may visit only at the gate on Sundays between 2 and 4 p.m.
B.4 Meals are served at 7 a.m., 1 p.m. and 7 p.m.

=Agency: ______________________    Worker: ______________________    Witness: ______________________
''')

# ---------------------------------------------------------------- AB-021
add(id='AB-021', lang='en', role='abuse', sector='domestic', dest='QA', origin='KE', sex='F',
    wage=1400, cur='QAR', pov='parties', numbering='decimal', reg='placement', definitions=1,
    typographic=1, abuses=['CTR-001', 'CTR-007'], body=r'''
=PLACEMENT SERVICE AGREEMENT
=Recruitment agency registered with the National Employment Authority, Kenya

THIS AGREEMENT is made on 13 January 2026 BETWEEN Jamii Global Recruiters Ltd, of Ngong Road, Nairobi (the "Agency"), AND Ms. Faith Wanjiru Njoroge, of Nakuru, passport AK0912287 (the "Candidate").

1. Interpretation. In this Agreement "Employer" means the household of Mr. Ahmed Al-Kuwari, Al Rayyan, Qatar; "Contract" means the standard employment contract for domestic workers in Qatar signed by the Employer and the Candidate; and words in the singular include the plural.
2. The Contract (summary)
2.1 Job: domestic worker for two years.
2.2 Salary: QAR 1,400 per month, paid not later than the 7th of the following month.
2.3 Hours: not more than 10 hours a day, with daily breaks.
2.4 Weekly rest: one paid day off every week.
2.5 Return: free air ticket to Nairobi when the Contract ends, and on early termination.
2.6 Complaints: the Ministry of Labour of Qatar and the Embassy of Kenya in Doha.
3. Fees. {L2}The Candidate pays no placement fee; the Employer pays the Agency's fee, the visa, the medical examination and the flight.
4. {L3}The Agency shall not require a guarantor, a title deed, a vehicle logbook or any deposit from the Candidate or her relatives.
5. Documents
5.1 The Candidate shall provide her passport, birth certificate and certificate of good conduct for processing.
5.2 {A1|deployment}From the date of this Agreement until her deployment the Candidate's passport shall be lodged with the Agency, and on her arrival it shall be handed to the Employer, who shall keep it for as long as she is employed.
6. {L5}If the Candidate becomes pregnant during the Contract she keeps her job and shall not be sent home on that account.
7. Salary arrangements
7.1 The Candidate's salary is paid by the Employer every month.
7.2 {A7|remitted}The Candidate instructs that her monthly salary be remitted by the Employer to the Agency's account at Equity Bank, from which the Agency shall pay KES 5,000 a month to her next of kin and hold the rest until she returns to Kenya.
8. This Agreement was read to the Candidate in Kiswahili before she signed.

=For the Agency: ______________________    Candidate: ______________________
=Witness: ______________________
''')

# ---------------------------------------------------------------- AB-022
add(id='AB-022', lang='en', role='abuse', sector='domestic', dest='SA', origin='UG', sex='F',
    wage=1000, cur='SAR', pov='parties', numbering='roman', reg='placement',
    abuses=['CTR-005', 'CTR-006'], body=r'''
=AGREEMENT FOR THE RECRUITMENT AND PLACEMENT OF A DOMESTIC WORKER
=(Uganda - external employment)

Parties: Pearl Horizon External Recruitment Ltd, Kampala (the "Agency"), and Ms. Sarah Nakato, of Mukono, passport B1183320 (the "Worker").
Date: 20 February 2026.

Part 1 - Terms of the job in Saudi Arabia
(i) Employer: Mrs. Noura Al-Otaibi, Riyadh; job: housemaid; duration: two years from arrival.
(ii) Salary: SAR 1,000 per month, paid monthly into the Worker's bank account or wage card.
(iii) Working time: not more than 10 hours a day; night rest of at least 8 hours.
(iv) Rest: one full day off each week.
(v) Return: air ticket to Entebbe paid by the employer at the end of two years or when the job ends earlier.
(vi) Help: the Ministry of Human Resources (19911), the Musaned platform and the Embassy of Uganda in Riyadh.

Part 2 - Undertakings
(i) The Worker shall attend the pre-departure training of the Ministry of Gender, Labour and Social Development.
(ii) {L1}After the visa is stamped the Worker shall keep her passport with her at all times, and no person, including the Agency and the employer, may take it from her.
(iii) {L3}No bond, security deposit or land title shall be demanded from the Worker or her relatives as a condition of placement.
(iv) {A5|pregnancy}The Worker shall take a pregnancy test at the clinic nominated by the Agency before the GCC medical and again within 30 days of arrival, and a positive result at either stage shall cancel her placement.
(v) {A6|marriage}During the contract the Worker shall not enter into marriage or any romantic relationship, and she consents to her return to Uganda at the employer's request if she does.
(vi) {L8}The Worker may end her contract and return home, or move to a new employer as the Saudi domestic worker regulations allow, without needing the Agency's approval.

=Agency: ______________________    Worker: ______________________
=Witness (LC1 Chairperson): ______________________
''')

# ---------------------------------------------------------------- AB-023 (clean)
add(id='AB-023', lang='en', role='clean', sector='domestic', dest='HK', origin='PH', sex='F',
    wage=4990, cur='HKD', pov='parties', numbering='decimal', reg='hk', typographic=1,
    abuses=[], body=r'''
=EMPLOYMENT CONTRACT FOR A DOMESTIC HELPER (HONG KONG)
=with the Agency's Supplementary Terms

1. Parties. Mrs. CHAN Yuen-yee of Flat 5A, 22 Tai Hang Road, Causeway Bay (the "Employer") and Ms. Lorna T. Aquino, Philippine passport P5502931B (the "Helper").
2. Term. Two years from the Helper's arrival in Hong Kong.
3. Place and duties. The Helper works and lives at the Employer's residence and does domestic duties only.
4. Wages. HK$ 4,990 a month, paid within seven days after the end of each wage period, against a receipt.
5. Food. Free food is provided.
6. Hours. The Helper's duties fall between 7:30 a.m. and 8:30 p.m., with breaks of two hours; she is not called on at night except in an emergency.
7. Rest and holidays. One rest day of not less than 24 continuous hours each week, the statutory holidays and paid annual leave under the Employment Ordinance.
8. Passage. Free passage from and to Manila, and HK$ 100 a day for food and travel on the journey, when the contract ends or is terminated.
9. Costs. {L2}The Employer pays the visa, consulate, insurance, medical examination and air fare costs, and no part of them is recovered from the Helper.
10. Assistance. The Helper may call the Labour Department (2717 1771) or the Philippine Consulate General.

=Employer: ______________________    Helper: ______________________    Date: 11 February 2026

AGENCY'S SUPPLEMENTARY TERMS (Harbour Light Employment Agency Ltd)
A. {L1}The Helper's passport, HKID card and copy of the contract are kept by her; the Agency and the Employer keep photocopies only.
B. {L3}The Helper has not been asked for any deposit and is not party to any loan arranged by the Agency, which does not work with money lenders.
C. {L7}The Helper's wages are paid to her by the Employer; the Agency does not handle wages, bank accounts or cash cards.
D. {L4}On rest days and after duties the Helper is free to go out, and she has her own mobile phone and uses it as she wishes.
E. {L6}Marriage, an engagement or a relationship is a private matter for the Helper and gives no ground to end her employment.
F. {L9}The Helper may complain to the Labour Department, the Consulate or the Employment Agencies Administration about the Agency or the Employer, and she will suffer no disadvantage for it.
G. Clause 4 of the Agency's service agreement with the Employer (replacement guarantee) is deleted and replaced by the following: "If the employment ends within six months for a reason other than the Employer's breach, the Agency shall introduce another helper to the Employer without a further fee."

=For the Agency: ______________________    Helper: ______________________
''')

# ---------------------------------------------------------------- AB-024 (clean)
add(id='AB-024', lang='en', role='clean', sector='agriculture', dest='CA', origin='JM', sex='M',
    wage=3050, cur='CAD', pov='parties', numbering='decimal', reg='canada',
    abuses=[], body=r'''
=EMPLOYMENT CONTRACT - AGRICULTURAL STREAM, TEMPORARY FOREIGN WORKER PROGRAM
=Province of Ontario

Employer: Lakeview Greenhouses Inc., Leamington, Ontario (the "Employer")
Worker: Mr. Andre M. Campbell, of St. Elizabeth, Jamaica (the "Worker")
Date: 21 January 2026; LMIA no. 87654321

1. Duties and term. The Worker is employed as a greenhouse worker for eight months, from 1 March to 31 October 2026.
2. Wage. CAD 3,050 per month (CAD 17.60 an hour, 40 hours a week), paid every two weeks by direct deposit to an account in the Worker's name. {L7}No part of the Worker's pay is held back or put into savings by the Employer; the only deductions are those required by law, each shown on the pay statement.
3. Hours. The normal work week is 40 hours, 8 hours a day, Monday to Friday.
4. Rest. The Worker has at least one full day (24 consecutive hours) of rest in each week, and normally two.
5. Recruitment. {L2}The Employer pays all recruitment costs, including the fees of the recruiter in Jamaica; the Worker pays nothing, directly or through deductions, to obtain this job.
6. Travel. The Employer pays the round-trip airfare between Kingston and Toronto, and the return journey is also paid if the contract ends early.
7. Housing. Free housing that meets the provincial standard is provided, and {L4}the Worker comes and goes from the housing as he wishes outside working hours; no curfew applies.
8. Documents. {L1}The Worker keeps his own passport and work permit; the Employer keeps copies only.
9. {L3}The Worker is not asked to give any deposit, bond or guarantee, and he owes the Employer nothing if he leaves before the season is over.
10. Change of employer. {L8}The Worker may apply for a new work permit to work for another employer, and the Employer shall not obstruct the application.
11. Complaints. {L9}The Worker may contact Employment and Social Development Canada (tip line 1-866-602-9448), the Ontario Ministry of Labour or a worker support centre, and the Employer shall take no reprisal.

=Employer: ______________________    Worker: ______________________
''')

# ---------------------------------------------------------------- AB-025 (clean)
add(id='AB-025', lang='en', role='clean', sector='manufacturing', dest='TW', origin='TH', sex='M',
    wage=28590, cur='TWD', pov='parties', numbering='article', reg='taiwan',
    abuses=[], body=r'''
=LABOUR CONTRACT - FOREIGN WORKER IN MANUFACTURING (TAIWAN)
=Employer: Yung Shin Textile Co., Ltd., Changhua County

Party A: Yung Shin Textile Co., Ltd. (the "Employer")
Party B: Mr. Somchai Phrompan, Thai passport AA7712904 (the "Worker")
Signed on 30 January 2026.

Article 1. Term: three years from entry into Taiwan.
Article 2. Job: spinning machine operator.
Article 3. Wage: NT$ 28,590 per month, paid by the 10th of the following month into the Worker's own account.
Article 4. Hours: 8 hours a day, 40 hours a week. Overtime is paid under the Labor Standards Act and requires the Worker's consent.
Article 5. Days off: one regular day off and one rest day in every seven days.
Article 6. Board and lodging: NT$ 2,500 a month, as agreed in the written form approved by the authorities.
Article 7. {L2}The Employer pays every fee of the brokers in Taiwan and in Thailand and the Worker's air ticket to Taiwan; no broker service fee is deducted from the Worker's wage.
Article 8. {L1}The Worker's passport and Alien Resident Certificate are kept by the Worker; the Employer keeps copies only.
Article 9. {L3}The Worker is not asked for any deposit, and no part of his wage is set aside as a guarantee that he will stay.
Article 10. {L7}Wages are paid into the Worker's own account, and the Employer shall not keep his passbook, seal or cash card.
Article 11. {L4}The dormitory is open at all hours, and the Worker is free to go out after work and on days off.
Article 12. The Employer pays the Worker's air ticket to Bangkok when the contract expires or is terminated.
Article 13. {L9}The Worker may call the 1955 hotline or the Thai Office of Labour Affairs in Taipei, and the Employer shall not dismiss or penalise him for making a complaint.

=Party A: ______________________    Party B: ______________________
''')

# ---------------------------------------------------------------- AB-026 (clean)
add(id='AB-026', lang='en', role='clean', sector='domestic', dest='KW', origin='LK', sex='F',
    wage=110, cur='KWD', pov='parties', numbering='decimal', reg='placement',
    abuses=[], body=r'''
=AGREEMENT BETWEEN LICENSED FOREIGN EMPLOYMENT AGENCY AND MIGRANT DOMESTIC WORKER
=(registered with the Sri Lanka Bureau of Foreign Employment)

This Agreement dated 16 March 2026 is made between Ceylon Pearl Foreign Employment Agency (Pvt) Ltd, Colombo 10 (the "Agency"), and Ms. W. M. Chandrika Kumari of Matale, passport N7711903 (the "Worker").

1. The Agency places the Worker as a housemaid with Mrs. Hessa Al-Enezi, Jabriya, Kuwait, for two years, under the employment contract attested by the Sri Lanka Embassy in Kuwait.
2. That employment contract provides:
2.1 salary of KWD 110 a month, paid monthly;
2.2 not more than 12 hours of work a day, with rest breaks;
2.3 one day of weekly rest;
2.4 a return ticket to Colombo paid by the employer when the two years end or on earlier termination;
2.5 the right to contact the Domestic Labour Department in Kuwait and the Labour Welfare Section of the Sri Lanka Embassy.
3. {L2}The Worker pays no fee to the Agency. The employer's agent in Kuwait pays the Agency, and the employer pays the visa and the air ticket.
4. {L1}The Worker's passport shall be in her own possession from the day it comes back from the embassy with the visa.
5. {L3}The Agency asks neither the Worker nor her relatives for a deposit, a guarantor or a loan agreement.
6. {L5}The Worker is not required to take a pregnancy test to be placed or to stay in her job, and her medical results are given to her.
7. {L6}The Worker's marital status and family life have no effect on this placement.
8. {L7}The employer pays the salary to the Worker herself; a remittance to her family is made only on her own written request, which she may withdraw.
9. {L9}The Worker may complain to the SLBFE (24-hour hotline 1989), to the Sri Lanka Embassy in Kuwait or to the Kuwaiti authorities without any penalty, and she has been given these contacts in Sinhala.
10. The Agency shall register the Worker with the SLBFE before departure.

=Agency: ______________________    Worker: ______________________    Witness: ______________________
''')

# ---------------------------------------------------------------- AB-027 (CTR-010: complaint)
add(id='AB-027', lang='en', role='ctr010', sector='domestic', dest='OM', origin='BD', sex='F',
    wage=110, cur='OMR', pov='parties', numbering='article', reg='gulf',
    missing=['complaint'], abuses=[], body=r'''
=EMPLOYMENT CONTRACT FOR DOMESTIC WORKERS - SULTANATE OF OMAN
=Completed by Al Noor Manpower Recruitment Office, Muscat

First Party (Employer): Mr. Salim Hamed Al-Balushi, Al Khoud, Muscat
Second Party (Worker): Ms. Shahnaz Begum, Bangladeshi passport A09917733
Date: 24 February 2026

Article 1. The Second Party is employed as a housemaid in the First Party's home for two years from her arrival in Oman.
Article 2. Wage: OMR 110 per month, paid at the end of each month by bank transfer to the Second Party.
Article 3. Working hours: not more than 10 hours a day, with rest breaks and a night rest of not less than 8 hours.
Article 4. Weekly rest: one day off with pay every week; {L4}the Second Party may spend that day outside the house as she wishes.
Article 5. The First Party provides food, accommodation, clothing and medical care free of charge.
Article 6. {L1}The Second Party's passport and resident card are kept by her; the First Party shall not withhold them.
Article 7. Return: the First Party pays for the Second Party's ticket to Dhaka when the two years end or if the contract is ended earlier by either party.
Article 8. Notices. Any notice under this contract is given by hand at the First Party's home or through the recruitment office named above.
Article 9. Annual leave: 30 days of paid leave after two years, with a ticket if the leave is taken in Bangladesh.
Article 10. This contract is made in Arabic and English, and each party has received a copy.

=First Party: ______________________    Second Party: ______________________
=Office: ______________________
''')

# ---------------------------------------------------------------- AB-028 (CTR-010: return)
add(id='AB-028', lang='en', role='ctr010', sector='domestic', dest='SG', origin='ID', sex='F',
    wage=650, cur='SGD', pov='parties', numbering='decimal', reg='sg',
    missing=['return'], abuses=[], body=r'''
=EMPLOYMENT CONTRACT FOR A FOREIGN DOMESTIC WORKER - SINGAPORE
=(form of Lotus Employment Agency)

This contract is made on 6 March 2026 between Mdm. Lim Siew Hoon, of 21 Jalan Kemaman, Singapore (the "Employer"), and Ms. Dewi Lestari, Indonesian passport X1193307 (the "FDW").

1. The FDW shall work as a domestic worker at the Employer's home for two years from the issue of her work permit.
2. Salary: SGD 650 a month, paid by the 7th of the following month into the FDW's bank account.
3. {L7}The Employer shall not keep the FDW's bank book or ATM card, and the salary is withdrawn by the FDW herself.
4. Working hours: from 7 a.m. to 9 p.m. with not less than two hours of breaks, and at least 8 hours of continuous rest at night.
5. Rest days: one rest day every week; up to three rest days a month may be worked for one day's salary each if the FDW agrees in writing, but one rest day a month is always taken.
6. {L2}The Employer pays the agency fee, the work permit, the levy, the security bond and the insurance, and deducts none of these from the FDW's salary.
7. The Employer buys the FDW's air ticket from Jakarta to Singapore.
8. Either party may end this contract on one month's notice in writing.
9. The FDW may contact the Ministry of Manpower's FDW helpline (1800 339 5505) or the Embassy of the Republic of Indonesia.
10. The Employer shall provide adequate food, a separate sleeping area and medical care.

=Employer: ______________________    FDW: ______________________
''')

# ---------------------------------------------------------------- AB-029 (CTR-010: hours, rest)
add(id='AB-029', lang='en', role='ctr010', sector='manufacturing', dest='JP', origin='ID', sex='M',
    wage=205000, cur='JPY', pov='parties', numbering='decimal', reg='eastasia',
    missing=['hours', 'rest'], abuses=[], body=r'''
=EMPLOYMENT CONTRACT - SPECIFIED SKILLED WORKER (i)
=Food and beverage manufacturing, Japan

Employer: Hokuriku Foods Co., Ltd., Kanazawa, Ishikawa Prefecture (the "Company")
Employee: Mr. Rizky Ramadhan, Indonesian passport E4401872 (the "Employee")
Date: 9 February 2026

1. Period: one year from entry, renewable by agreement.
2. Job: production of prepared meals (cutting, cooking, packing).
3. Wage: JPY 205,000 per month (basic), paid on the 25th into the Employee's account.
4. Shift calendar: the Employee works according to the shift calendar issued by the plant manager at the start of each month.
5. Paid annual leave: 10 days after six months of service.
6. Housing: the Company provides a furnished apartment; the rent of JPY 25,000 per month is deducted under the labour-management agreement.
7. {L1}The Employee keeps his passport and residence card; the Company shall not ask to hold them.
8. {L3}No deposit, penalty agreement or guarantee money is required from the Employee or his family, and none may be collected by any broker in Indonesia or Japan.
9. {L8}The Employee may change employer within the same field under the Specified Skilled Worker rules, and the Company shall provide the documents needed for the change.
10. Return: when the contract ends, or if it ends early, the Company pays the Employee's flight to Jakarta.
11. Consultation: the Employee may consult the FRESC help desk of the Immigration Services Agency or the Labour Standards Inspection Office, and support in Indonesian is given by the Company's registered support organisation.

=Company: ______________________    Employee: ______________________
''')

# ---------------------------------------------------------------- AB-030 (CTR-010: wage)
add(id='AB-030', lang='en', role='ctr010', sector='domestic', dest='SA', origin='KE', sex='F',
    wage=1500, cur='SAR', pov='parties', numbering='decimal', reg='placement', typographic=1,
    missing=['wage'], abuses=[], body=r'''
=PLACEMENT AGREEMENT
=between a registered private employment agency and a domestic worker (Kenya)

THIS AGREEMENT is made on 3 February 2026 between Tumaini Placement Agency Ltd, Mombasa (the "Agency"), and Ms. Mercy Atieno Otieno, of Kisumu, passport AK2281904 (the "Worker").

1. Placement. The Agency places the Worker with a household in Jeddah, Kingdom of Saudi Arabia (the "Employer"), as a house help for two years, under the standard contract registered on Musaned.
2. The Worker's salary is the one stated in the Employer's offer registered on Musaned, and it is paid to her every month through her bank account or wage card.
3. Working time. Not more than 10 hours a day, with 8 hours of unbroken rest at night.
4. Weekly rest. One full day off each week.
5. Return. The Employer provides the Worker's ticket to Nairobi when the two years end or if the contract is terminated sooner.
6. Help. The Worker may call the Saudi Ministry's hotline 19911, the Kenya Consulate in Jeddah or the Agency's 24-hour line.
7. Fees. {L2}The Worker pays the Agency nothing; the Employer pays the Agency's fee and the visa, medical and travel costs.
8. {L3}The Agency does not take security from the Worker, whether a deposit, a guarantor, a title deed or a logbook.
9. {L6}Whether the Worker is married or single does not affect her placement, and a marriage during the contract does not end it.
10. This Agreement was explained to the Worker in Kiswahili.

=Agency: ______________________    Worker: ______________________
''')

# ---------------------------------------------------------------- AB-031 (CTR-010: rest)
add(id='AB-031', lang='en', role='ctr010', sector='agriculture', dest='ES', origin='MA', sex='F',
    wage=1390, cur='EUR', pov='parties', numbering='ordinal-words', reg='euseasonal',
    missing=['rest'], abuses=[], body=r'''
=SEASONAL EMPLOYMENT CONTRACT (COLLECTIVE RECRUITMENT IN THE COUNTRY OF ORIGIN)
=Agriculture - Province of Huelva, Spain (English translation)

Employer: Frutas del Condado S.L., Moguer (Huelva) (the "Company")
Worker: Ms. Fatima Zahra El Idrissi, Moroccan passport TZ4419022 (the "Worker")
Signed in Rabat on 10 January 2026 before the representative of ANAPEC.

First. The Worker is engaged as a seasonal farm worker for the strawberry and berry harvest from 1 February to 15 June 2026.
Second. Pay is EUR 1,390 gross per month, in accordance with the collective agreement for the agricultural sector of Huelva, paid monthly by transfer.
Third. The normal working day is 6 hours 30 minutes, from 8.00 to 14.30.
Fourth. Public holidays are paid as set out in the provincial collective agreement; field work stops when it rains, and those hours are not made up.
Fifth. Housing at the farm is free of charge and meets the regional standards.
Sixth. {L2}The Company pays the visa costs and the costs of the selection process, and no amount is deducted from pay for them.
Seventh. The Company pays the Worker's travel from Tangier to Huelva and her journey back to Morocco when the season ends or the contract is terminated.
Eighth. {L1}The Worker keeps her passport and visa; the Company keeps a copy for the Social Security registration.
Ninth. {L6}Married workers and workers with children are accepted on the same terms, and the Worker's marital status plays no part in selection or in the continuation of her contract.
Tenth. The Worker may take any complaint to the Labour and Social Security Inspectorate, the trade unions present in the province or the Consulate of Morocco in Seville, and a mediator is available on the farm.

=The Company: ______________________    The Worker: ______________________
=ANAPEC: ______________________
''')

# ---------------------------------------------------------------- AB-032 (pair: wage)
add(id='AB-032', lang='en', role='pair', sector='manufacturing', dest='JO', origin='IN', sex='F',
    wage=260, cur='JOD', pov='parties', numbering='article', reg='jordan', change='wage',
    abuses=[], body=r'''
=EMPLOYMENT CONTRACT - GARMENT SECTOR (JORDAN)
={V:Version: signed in Chennai on 12 January 2026, before departure¦Version: signed in Irbid on 26 February 2026, after arrival}

First Party: Orchid Textiles Jordan LLC, Al-Hassan Industrial Estate, Irbid (the "Employer")
Second Party: Ms. Lakshmi Murugan, Indian passport T8820417 (the "Worker")

Article 1. Job: sewing machine operator, for three years from arrival.
Article 2. {P|JOD}Wage: {V:JOD 260¦JOD 230} per month basic, paid on the 7th of each month by transfer to the Worker's e-wallet; overtime at 125 %.
Article 3. Hours: 8 a day, 48 a week, Saturday to Thursday.
Article 4. Rest: Friday of every week, with pay.
Article 5. {L1}The Worker holds her own passport; the Employer keeps a copy for the work permit file.
Article 6. {L7}Wages are paid only to the Worker, into her own e-wallet, and the Employer does not keep her card or PIN.
Article 7. Return: air ticket to Chennai paid by the Employer when the contract ends or is terminated.
Article 8. Complaints: the factory worker committee, the Ministry of Labour hotline, the garment workers' union and the Embassy of India in Amman.
Article 9. Housing, meals and transport are free.

=Employer: ______________________    Worker: ______________________
''')

# ---------------------------------------------------------------- AB-033 (pair: rest days)
add(id='AB-033', lang='en', role='pair', sector='manufacturing', dest='KR', origin='VN', sex='M',
    wage=2096270, cur='KRW', pov='parties', numbering='decimal', reg='eastasia', change='rest',
    abuses=[], body=r'''
=STANDARD LABOR CONTRACT (EMPLOYMENT PERMIT SYSTEM) - MANUFACTURING
={V:Version: signed in Hanoi on 15 January 2026, before departure¦Version: signed in Gimhae on 2 March 2026, after arrival}

Employer: Hanil Precision Co., Ltd., Gimhae, Gyeongsangnam-do (the "Company")
Worker: Mr. Le Van Tuan, Vietnamese passport C7710284 (the "Worker")

1. Period: 3 years from entry.
2. Job: CNC machine operator.
3. Wage: KRW 2,096,270 per month, paid on the 15th into the Worker's account.
4. Hours: 09:00 to 18:00 with one hour's break, 8 hours a day.
5. {P|rest}Rest days: {V:two rest days a week, Saturday and Sunday¦one rest day a week, on Sunday only}.
6. {L2}The Company bears its hiring costs under the EPS, and no broker fee or recruitment cost is deducted from the Worker's wage.
7. {L8}The Worker may apply to the Job Center for a change of workplace in the cases allowed by the Act on the Employment of Foreign Workers, and the Company shall not refuse him the documents he needs.
8. Return: the Company pays the Worker's flight to Hanoi when the contract ends or is ended early.
9. Complaints: the Worker may call 1350 or a Migrant Workers Support Center.
10. Accommodation is provided free of charge.

=Company: ______________________    Worker: ______________________
''')

# ---------------------------------------------------------------- AB-034 (pair: equal)
add(id='AB-034', lang='en', role='pair_eq', sector='manufacturing', dest='MY', origin='NP', sex='M',
    wage=1700, cur='MYR', pov='parties', numbering='decimal', reg='my',
    abuses=[], body=r'''
=EMPLOYMENT CONTRACT - FOREIGN WORKER (MALAYSIA)
={V:Version: signed in Kathmandu on 13 January 2026, before departure¦Version: signed in Penang on 24 February 2026, after arrival}

Employer: Bayan Lepas Electronics Sdn. Bhd., Penang (the "Employer")
Worker: Mr. Prakash Shrestha, Nepali passport PA7730215 (the "Worker")

1. Job: electronics assembly operator, for three years.
2. Wage: RM 1,700 per month basic, paid by the 7th of each month into the Worker's bank account.
3. Hours: eight hours a day, forty-eight hours a week; overtime only if the Worker agrees, at one and a half times the hourly rate.
4. Rest day: Sunday of each week.
5. {L3}The Worker owes nothing to the Employer or to any agent, and no deposit, bond or guarantor is required of him.
6. Return: the Employer pays the flight to Kathmandu when the contract ends or is terminated.
7. {L9}The Worker may complain to the Labour Department (JTK), through its online complaint system or to the Embassy of Nepal, and shall not be penalised for doing so.
8. Free hostel accommodation is provided.

=Employer: ______________________    Worker: ______________________
''')

# ---------------------------------------------------------------- AB-035
add(id='AB-035', lang='id', role='abuse', sector='domestic', dest='HK', origin='ID', sex='F',
    wage=4990, cur='HKD', pov='parties', numbering='pasal', reg='pk', definitions=1,
    abuses=['CTR-001', 'CTR-005'],
    paging=('Halaman {n} dari {N}                          Paraf: ______ / ______',
            'Perjanjian Kerja PMI - Hong Kong (lanjutan)\n'), body=r'''
=PERJANJIAN KERJA
=antara Pemberi Kerja di Hong Kong dan Pekerja Migran Indonesia sektor rumah tangga

Pada hari ini, Selasa, 20 Januari 2026, yang bertanda tangan di bawah ini:
1. Mrs. Ho Wai-man, beralamat di Flat 9C, Block 2, Kornhill, Quarry Bay, Hong Kong, selanjutnya disebut PIHAK PERTAMA;
2. Sri Wahyuni, lahir di Ponorogo, 3 Mei 1994, nomor paspor C6620481, selanjutnya disebut PIHAK KEDUA;
sepakat untuk mengikatkan diri dalam Perjanjian Kerja dengan ketentuan sebagai berikut.

Pasal 1 - Pengertian
Dalam Perjanjian ini yang dimaksud dengan:
a. "Pekerja" adalah PIHAK KEDUA, Pekerja Migran Indonesia yang bekerja pada rumah tangga PIHAK PERTAMA;
b. "Agensi" adalah Golden Lotus Employment Agency Ltd, agen penempatan di Hong Kong;
c. "P3MI" adalah PT Sinar Mulia Jaya, perusahaan penempatan yang memberangkatkan Pekerja;
d. "Gaji" adalah upah bulanan sebagaimana dimaksud dalam Pasal 3 ayat (1).

Pasal 2 - Jangka Waktu dan Pekerjaan
(1) Perjanjian ini berlaku selama 2 (dua) tahun terhitung sejak Pekerja tiba di Hong Kong.
(2) Pekerja bekerja sebagai pekerja rumah tangga di alamat PIHAK PERTAMA dan hanya mengerjakan pekerjaan rumah tangga.

Pasal 3 - Gaji
(1) PIHAK PERTAMA membayar Gaji sebesar HK$ 4.990 (empat ribu sembilan ratus sembilan puluh dolar Hong Kong) setiap bulan, paling lambat 7 (tujuh) hari setelah akhir bulan.
(2) {L2}Seluruh biaya penempatan, termasuk visa, asuransi, pemeriksaan kesehatan, tiket pesawat dan jasa Agensi, ditanggung oleh PIHAK PERTAMA dan tidak boleh dipotong dari Gaji.

Pasal 4 - Waktu Kerja dan Istirahat
(1) Pekerja bekerja paling lama 10 (sepuluh) jam sehari dan berhak atas istirahat malam paling sedikit 8 (delapan) jam tanpa terputus.
(2) Pekerja berhak atas 1 (satu) hari libur setiap minggu selama 24 jam, hari libur resmi dan cuti tahunan sesuai Employment Ordinance.

Pasal 5 - Dokumen
{A1|Paspor}Paspor dan kartu identitas Hong Kong (HKID) Pekerja disimpan oleh PIHAK PERTAMA selama masa Perjanjian demi keamanan, dan Pekerja diberi fotokopinya untuk dibawa sehari-hari.

Pasal 6 - Kesehatan
(1) PIHAK PERTAMA menanggung biaya pengobatan Pekerja selama masa Perjanjian.
(2) Pekerja telah menjalani pemeriksaan kesehatan sebelum berangkat sesuai ketentuan yang berlaku di Indonesia.{PB} {A5|Selain}Selain itu, Pekerja wajib menjalani tes kehamilan setiap 6 (enam) bulan di klinik yang ditunjuk Agensi, dan apabila hasilnya positif PIHAK PERTAMA berhak mengakhiri Perjanjian ini.

Pasal 7 - Pinjaman dan Jaminan
{L3}Pekerja tidak diwajibkan menandatangani surat utang, memberikan uang jaminan atau menyerahkan sertifikat tanah kepada siapa pun untuk mendapatkan pekerjaan ini.

Pasal 8 - Pemulangan
PIHAK PERTAMA menanggung tiket pulang Pekerja ke Jakarta beserta uang makan dan transport HK$ 100 per hari perjalanan apabila Perjanjian berakhir atau diakhiri sebelum waktunya.

Pasal 9 - Pengaduan
{L9}Pekerja dapat mengadu kepada Labour Department Hong Kong (2717 1771), Konsulat Jenderal Republik Indonesia di Hong Kong atau Crisis Center KP2MI, dan PIHAK PERTAMA tidak boleh menjatuhkan sanksi apa pun karena pengaduan tersebut.

Pasal 10 - Penutup
Perjanjian ini dibuat dalam bahasa Indonesia dan bahasa Inggris; apabila terdapat perbedaan, berlaku ketentuan yang lebih menguntungkan Pekerja.

=PIHAK PERTAMA: ______________________    PIHAK KEDUA: ______________________
=Saksi (P3MI): ______________________    Saksi (Agensi): ______________________
''')

# ---------------------------------------------------------------- AB-036
add(id='AB-036', lang='id', role='abuse', sector='agriculture', dest='MY', origin='ID', sex='M',
    wage=1700, cur='MYR', pov='parties', numbering='pasal', reg='penempatan',
    abuses=['CTR-002', 'CTR-003'], body=r'''
=PERJANJIAN PENEMPATAN PEKERJA MIGRAN INDONESIA
=Nomor: 017/PP/SMB/I/2026

Pada hari ini, Kamis, 15 Januari 2026, di Mataram, kami yang bertanda tangan di bawah ini:
I. PT Sumber Makmur Bersama, Perusahaan Penempatan Pekerja Migran Indonesia (P3MI), beralamat di Jalan Udayana No. 21, Mataram, dalam hal ini diwakili oleh Direktur Utama, selanjutnya disebut Pihak Kesatu;
II. Lalu Ahmad Fauzi, lahir di Lombok Tengah, 12 Agustus 1998, selanjutnya disebut Pihak Kedua atau PMI;
telah sepakat mengadakan Perjanjian Penempatan dengan ketentuan sebagai berikut.

Pasal 1
Pihak Kesatu menempatkan PMI untuk bekerja sebagai pekerja ladang kelapa sawit pada Ladang Sawit Permai Sdn. Bhd., Sandakan, Sabah, Malaysia (selanjutnya disebut Pemberi Kerja), selama 2 (dua) tahun.

Pasal 2
Syarat kerja yang dimuat dalam Perjanjian Kerja adalah:
a. upah pokok sebesar RM 1.700 (seribu tujuh ratus ringgit) sebulan, dibayar paling lambat tanggal 7 bulan berikutnya;
b. waktu kerja 8 (delapan) jam sehari dan 48 (empat puluh delapan) jam seminggu, dengan lembur dibayar sesuai Ordinan Buruh Sabah;
c. 1 (satu) hari istirahat setiap minggu, yaitu hari Minggu;
d. tiket pulang ke Lombok dibayar Pemberi Kerja pada saat kontrak selesai atau apabila kontrak diakhiri lebih awal;
e. pengaduan dapat disampaikan ke Jabatan Tenaga Kerja Sabah, Konsulat Republik Indonesia di Tawau atau Crisis Center KP2MI;
f. {L7}upah dibayarkan langsung ke rekening bank atas nama PMI, dan buku tabungan serta kartu ATM dipegang oleh PMI sendiri.

Pasal 3
(1) Pihak Kesatu mengurus dokumen, pelatihan, pemeriksaan kesehatan, visa kerja dan pemberangkatan PMI.
(2) {A2|Biaya}Biaya pelatihan kerja dan sertifikasi kompetensi, pemeriksaan psikologi, serta jasa Pihak Kesatu sebesar Rp 12.500.000 (dua belas juta lima ratus ribu rupiah) menjadi tanggungan PMI dan dibayar melalui pemotongan gaji sebesar RM 300 setiap bulan oleh Pemberi Kerja.

Pasal 4
{A3|menjamin}Untuk menjamin PMI menyelesaikan kontrak, orang tua PMI menyerahkan sertifikat tanah kepada Pihak Kesatu sebagai jaminan, dan apabila PMI pulang sebelum 2 (dua) tahun, PMI wajib membayar denda Rp 10.000.000 kepada Pihak Kesatu.

Pasal 5
{L1}Paspor PMI dipegang oleh PMI sendiri sejak visa kerja diterbitkan; Pihak Kesatu maupun Pemberi Kerja tidak boleh menahannya.

Pasal 6
{L4}Di luar jam kerja dan pada hari istirahat PMI bebas keluar dari kongsi (perumahan pekerja) dan menggunakan telepon genggamnya sendiri.

Pasal 7
Perselisihan diselesaikan secara musyawarah; apabila tidak tercapai mufakat, para pihak dapat menempuh jalur penyelesaian yang diatur dalam Undang-Undang Nomor 18 Tahun 2017.

=Pihak Kesatu: ______________________    Pihak Kedua (PMI): ______________________
=Mengetahui, Dinas Tenaga Kerja Kabupaten Lombok Tengah: ______________________
''')

# ---------------------------------------------------------------- AB-037 (bilingual)
add(id='AB-037', lang='id', role='abuse', sector='care', dest='TW', origin='ID', sex='F',
    wage=20000, cur='TWD', pov='parties', numbering='decimal', reg='bilingual', bilingual=1,
    abuses=['CTR-004', 'CTR-006', 'CTR-007'],
    paging=('Page / Halaman {n} of / dari {N}',
            'Employment Contract / Perjanjian Kerja (continued / lanjutan)\n'), body=r'''
=EMPLOYMENT CONTRACT / PERJANJIAN KERJA
=Foreign home caregiver, Taiwan / Perawat rumah tangga asing, Taiwan

Employer / Pemberi Kerja: Mr. Huang Chien-ming, No. 8, Alley 3, Lane 56, Zhongzheng Road, Taoyuan City
Caregiver / Perawat: Ms. Eka Puspitasari, Indonesian passport / paspor Indonesia C8812093
Date / Tanggal: 23 January 2026 / 23 Januari 2026

Article 1 - Term / Pasal 1 - Jangka Waktu
1.1 This contract runs for three years from the Caregiver's arrival in Taiwan.
    Perjanjian ini berlaku selama tiga tahun sejak Perawat tiba di Taiwan.

Article 2 - Wage / Pasal 2 - Upah
2.1 The Employer pays the Caregiver NT$ 20,000 per month, on the 5th day of the following month.
    Pemberi Kerja membayar Perawat NT$ 20.000 per bulan, pada tanggal 5 bulan berikutnya.
2.2 {A7|held back}Of this wage, NT$ 4,000 each month is held back by the Employer as compulsory savings and handed to the Caregiver in one payment when she leaves Taiwan.
    Dari upah tersebut, NT$ 4.000 per bulan ditahan Pemberi Kerja sebagai simpanan wajib dan diserahkan kepada Perawat sekaligus ketika ia meninggalkan Taiwan.

Article 3 - Working time and rest / Pasal 3 - Waktu Kerja dan Istirahat
3.1 The Caregiver works not more than 10 hours a day and has at least 8 hours of unbroken rest every night.
    Perawat bekerja paling lama 10 jam sehari dan mendapat istirahat malam paling sedikit 8 jam tanpa terputus.
3.2 The Caregiver has one rest day in every seven days. {A4|On her}On her rest day she shall stay at the Employer's home and leave it only in the company of someone from the Employer's family.
    Perawat mendapat satu hari libur setiap tujuh hari. Pada hari libur tersebut ia tetap di rumah Pemberi Kerja dan hanya keluar rumah bila ditemani anggota keluarga Pemberi Kerja.

Article 4 - Documents / Pasal 4 - Dokumen
4.1 {L1}The Caregiver keeps her passport and Alien Resident Certificate herself.
    Perawat menyimpan sendiri paspor dan ARC miliknya.

Article 5 - Costs / Pasal 5 - Biaya
5.1 {L2}The Employer pays the brokers' fees in Taiwan and in Indonesia; the Caregiver pays no placement fee, and no fee is deducted from her wage.
    Pemberi Kerja membayar biaya agensi di Taiwan dan di Indonesia; Perawat tidak membayar biaya penempatan, dan tidak ada biaya yang dipotong dari upahnya.

Article 6 - Conduct / Pasal 6 - Tata Tertib
6.1 {A6|boyfriend}The Caregiver shall not have a boyfriend or marry during this contract, and if she does so the Employer may end the contract.
    Perawat tidak boleh berpacaran atau menikah selama masa perjanjian ini, dan apabila hal itu terjadi Pemberi Kerja dapat mengakhiri perjanjian.

Article 7 - Return / Pasal 7 - Pemulangan
7.1 The Employer pays the Caregiver's air ticket to Jakarta when the contract expires or is terminated early.
    Pemberi Kerja membayar tiket pesawat Perawat ke Jakarta apabila perjanjian berakhir atau diakhiri lebih awal.

Article 8 - Complaints / Pasal 8 - Pengaduan
8.1 {L9}The Caregiver may call the 1955 hotline, the Indonesian Economic and Trade Office (KDEI) in Taipei or the KP2MI Crisis Center, and no penalty may follow.
    Perawat dapat menghubungi hotline 1955, KDEI Taipei atau Crisis Center KP2MI, dan tidak boleh dikenai sanksi karenanya.

Article 9 - Language / Pasal 9 - Bahasa
9.1 Both languages are equally binding; where they differ, the version more favourable to the Caregiver applies.
    Kedua bahasa sama-sama mengikat; apabila terdapat perbedaan, berlaku versi yang lebih menguntungkan Perawat.

=Employer / Pemberi Kerja: ______________________    Caregiver / Perawat: ______________________
''')

# ---------------------------------------------------------------- AB-038 (adendum)
add(id='AB-038', lang='id', role='abuse', sector='manufacturing', dest='MY', origin='ID', sex='M',
    wage=1750, cur='MYR', pov='parties', numbering='pasal', reg='adendum',
    abuses=['CTR-001', 'CTR-008'], body=r'''
=ADENDUM I
=atas Perjanjian Kerja Nomor 045/PK/GLV/XII/2025

Adendum ini dibuat pada tanggal 19 Februari 2026 di Klang, Selangor, oleh dan antara:
1. Glovetech Industries Sdn. Bhd., Klang, Selangor, Malaysia, selanjutnya disebut "Perusahaan";
2. Muhammad Yusuf, pemegang paspor E7712930, selanjutnya disebut "Pekerja".

Para pihak terlebih dahulu menerangkan bahwa:
a. para pihak telah menandatangani Perjanjian Kerja Nomor 045/PK/GLV/XII/2025 tanggal 10 Desember 2025 di Surabaya (selanjutnya disebut "Perjanjian Kerja");
b. para pihak sepakat mengubah sebagian ketentuan Perjanjian Kerja dengan Adendum ini.

Pasal 1 - Ketentuan yang Tidak Berubah
Ketentuan Perjanjian Kerja berikut tetap berlaku:
a. upah pokok RM 1.750 per bulan, dibayar tanggal 7 setiap bulan ke rekening bank Pekerja;
b. waktu kerja 8 jam sehari dan 48 jam seminggu, dalam tiga giliran;
c. hari istirahat mingguan setiap hari Minggu;
d. tiket pulang ke Surabaya dibayar Perusahaan apabila kontrak selesai atau diakhiri;
e. Pekerja dapat menyampaikan pengaduan kepada bagian HR, Jabatan Tenaga Kerja (JTK) atau KBRI Kuala Lumpur.

Pasal 2 - Perubahan Pasal 6 (Dokumen)
Pasal 6 Perjanjian Kerja dihapus dan diganti dengan ketentuan sebagai berikut:
    "{A1|Paspor}Paspor Pekerja disimpan oleh bagian HR Perusahaan selama masa kontrak untuk keperluan pengurusan permit kerja, dan Pekerja dapat meminjamnya dengan mengisi formulir peminjaman."

Pasal 3 - Perubahan Pasal 9 (Berakhirnya Perjanjian)
Pasal 9 ayat (2) Perjanjian Kerja dihapus dan diganti dengan ketentuan sebagai berikut:
    "(2) {A8|pindah}Pekerja tidak diperkenankan pindah ke majikan lain atau mengakhiri Perjanjian Kerja sebelum masa kontrak 3 (tiga) tahun selesai, kecuali dengan surat pelepasan dari Perusahaan."

Pasal 4 - Penambahan Pasal 10A
Di antara Pasal 10 dan Pasal 11 Perjanjian Kerja disisipkan satu pasal, yakni Pasal 10A, yang berbunyi:
    "Pasal 10A. {L3}Perusahaan tidak meminta uang jaminan, surat utang atau penjamin dari Pekerja maupun keluarganya."

Pasal 5 - Hak Pengaduan
{L9}Hak Pekerja untuk mengadu sebagaimana dimaksud dalam Pasal 1 huruf e tidak dibatasi oleh ketentuan apa pun dalam Adendum ini, dan Pekerja tidak boleh dikenai tindakan karena mengadu.

Pasal 6 - Penutup
Adendum ini merupakan bagian yang tidak terpisahkan dari Perjanjian Kerja. Dalam hal terdapat perbedaan antara Perjanjian Kerja dan Adendum ini, yang berlaku adalah Adendum ini.

=Perusahaan: ______________________    Pekerja: ______________________
=Saksi: ______________________
''')

# ---------------------------------------------------------------- AB-039
add(id='AB-039', lang='id', role='abuse', sector='manufacturing', dest='TW', origin='ID', sex='M',
    wage=28590, cur='TWD', pov='parties', numbering='pasal', reg='pk', definitions=1,
    abuses=['CTR-003', 'CTR-009'], body=r'''
=PERJANJIAN KERJA
=Pekerja Migran Indonesia - sektor manufaktur (Taiwan)

Yang bertanda tangan di bawah ini:
Pihak Pertama: Fu Hsing Plastic Industry Co., Ltd., Taoyuan, Taiwan, diwakili oleh Manajer Personalia, selanjutnya disebut "Majikan";
Pihak Kedua: Dedi Kurniawan, pemegang paspor E9920317, beralamat di Kabupaten Cilacap, Jawa Tengah, selanjutnya disebut "PMI".
Kedua pihak sepakat atas hal-hal berikut.

Pasal 1 Ketentuan Umum
Dalam Perjanjian ini: (a) "Agensi" adalah Da Tong Manpower Agency, perusahaan perantara di Taiwan; (b) "P3MI" adalah PT Cahaya Karya Mandiri, Jakarta; (c) "Kontrak" adalah Perjanjian ini beserta lampirannya.

Pasal 2 Pekerjaan dan Jangka Waktu
PMI bekerja sebagai operator mesin injeksi di pabrik Majikan di Taoyuan selama 3 (tiga) tahun sejak tiba di Taiwan.

Pasal 3 Upah
(1) Upah pokok PMI sebesar NT$ 28.590 per bulan, dibayar tanggal 10 bulan berikutnya ke rekening PMI.
(2) {L2}PMI tidak dibebani biaya penempatan; biaya Agensi dan P3MI ditanggung Majikan dan tidak dipotong dari upah.

Pasal 4 Waktu Kerja
(1) Waktu kerja normal 8 jam sehari dan 40 jam seminggu; lembur hanya dengan persetujuan PMI.
(2) PMI berhak atas 1 hari istirahat dan 1 hari libur reguler setiap tujuh hari.
(3) {L4}Asrama tidak dikunci, dan PMI bebas keluar masuk di luar jam kerja.

Pasal 5 Dokumen
{L1}Paspor dan ARC dipegang sendiri oleh PMI. Majikan hanya menyimpan salinannya.

Pasal 6 Pembiayaan
{A3|pinjaman}PMI telah menerima pinjaman dari Koperasi Sejahtera Bersama, koperasi yang ditunjuk oleh P3MI, sebesar Rp 35.000.000 untuk biaya keberangkatan, dan menyetujui bahwa angsurannya sebesar NT$ 4.500 per bulan dipotong dari upahnya oleh Majikan dan diteruskan kepada Agensi sampai lunas.

Pasal 7 Pemulangan
Majikan membayar tiket pulang PMI ke Jakarta apabila Kontrak berakhir atau diakhiri lebih awal.

Pasal 8 Pengaduan
(1) PMI dapat menghubungi hotline 1955 atau KDEI Taipei.
(2) {A9|Sebelum}Sebelum masalahnya diselesaikan oleh Agensi, PMI dilarang mengadu kepada 1955, KDEI, media atau organisasi pekerja, dan pengaduan yang disampaikan tanpa melalui Agensi dianggap pelanggaran berat.

=Majikan: ______________________    PMI: ______________________
''')

# ---------------------------------------------------------------- AB-040
add(id='AB-040', lang='id', role='abuse', sector='domestic', dest='MY', origin='ID', sex='F',
    wage=1600, cur='MYR', pov='parties', numbering='pasal', reg='penempatan', caps=1,
    abuses=['CTR-002', 'CTR-004', 'CTR-005'], body=r'''
=PERJANJIAN PENEMPATAN
=antara P3MI dan Pekerja Migran Indonesia sektor domestik - Malaysia

Nomor: 112/PPP/BAM/II/2026
Pada hari ini, Rabu, 4 Februari 2026, bertempat di Cirebon, telah dibuat Perjanjian Penempatan antara:
1. PT Bina Amanah Mandiri, P3MI yang berkedudukan di Cirebon, selanjutnya disebut "P3MI";
2. Nurlaela, lahir di Indramayu, 17 Juli 1996, pemegang paspor E3309912, selanjutnya disebut "PMI".

Pasal 1 Penempatan
P3MI menempatkan PMI sebagai pekerja rumah tangga pada keluarga Encik Hafiz bin Rahman di Shah Alam, Selangor (selanjutnya disebut "Pengguna"), selama 2 (dua) tahun, melalui Sistem Penempatan Satu Kanal.

Pasal 2 Syarat Kerja
(1) Gaji RM 1.600 per bulan, dibayar setiap bulan ke rekening PMI.
(2) Jam kerja paling lama 10 jam sehari dengan istirahat malam sekurang-kurangnya 8 jam.
(3) Libur 1 (satu) hari setiap minggu.
(4) Tiket pulang ke Jakarta dibayar Pengguna ketika kontrak selesai atau apabila kontrak diakhiri.
(5) Pengaduan dapat disampaikan ke Jabatan Tenaga Kerja, KBRI Kuala Lumpur atau Crisis Center KP2MI.

Pasal 3 Biaya
(1) Sesuai peraturan yang berlaku, biaya visa, tiket berangkat dan jasa agensi di Malaysia dibayar oleh Pengguna.
(2) {A2|pelatihan}Biaya pelatihan di balai latihan kerja, pemeriksaan kesehatan dan pembuatan paspor tidak termasuk dalam ayat (1) dan dibayar sendiri oleh PMI sebelum berangkat.

Pasal 4 Dokumen
{L1}Paspor PMI tidak boleh ditahan oleh P3MI, agensi maupun Pengguna; P3MI hanya menyimpan salinannya.

Pasal 5 Jaminan
{L3}P3MI tidak meminta uang jaminan, BPKB atau surat utang dari PMI dan keluarganya.

Pasal 6 Kesehatan
(1) PMI wajib lulus pemeriksaan kesehatan di sarana kesehatan yang ditunjuk pemerintah.
(2) {A5|hamil}PMI yang diketahui hamil pada pemeriksaan kesehatan setelah tiba di Malaysia dipulangkan, dan Perjanjian ini berakhir.

Pasal 7 Gaji
{L7}Gaji dibayar langsung ke rekening atas nama PMI; Pengguna dan P3MI tidak boleh memegang kartu ATM PMI.

Pasal 8 Tata Tertib di Rumah Pengguna
{A4|KELUAR}PMI TIDAK DIPERBOLEHKAN KELUAR RUMAH TANPA IZIN PENGGUNA, TERMASUK PADA HARI LIBUR, DAN TELEPON GENGGAM PMI DISIMPAN PENGGUNA SELAMA JAM KERJA.

=P3MI: ______________________    PMI: ______________________
''')

# ---------------------------------------------------------------- AB-041 (clean)
add(id='AB-041', lang='id', role='clean', sector='care', dest='JP', origin='ID', sex='F',
    wage=195000, cur='JPY', pov='parties', numbering='pasal', reg='pk', definitions=1,
    abuses=[], body=r'''
=PERJANJIAN KERJA
=Pekerja Berketerampilan Spesifik bidang perawatan lansia (kaigo) - Jepang

Pihak Pertama: Midori no Sato Social Welfare Corporation, Kota Shizuoka, Jepang, selanjutnya disebut "Pemberi Kerja".
Pihak Kedua: Anisa Rahmawati, lahir di Bandung, 2 Maret 1999, paspor E6619024, selanjutnya disebut "Pekerja".
Tanggal: 28 Januari 2026.

Pasal 1 Pengertian
Dalam Perjanjian ini "Fasilitas" adalah panti lansia milik Pemberi Kerja di Shizuoka, dan "Lembaga Pendukung" adalah lembaga pendukung terdaftar yang ditunjuk Pemberi Kerja untuk mendampingi Pekerja.
Pasal 2 Pekerjaan: perawat lansia di Fasilitas, selama 1 (satu) tahun sejak tiba di Jepang, dan dapat diperpanjang.
Pasal 3 Upah: JPY 195.000 per bulan, dibayar setiap tanggal 25 ke rekening Pekerja. {L7}Buku tabungan, kartu bank dan stempel (hanko) Pekerja dipegang oleh Pekerja sendiri, dan Pemberi Kerja tidak menyisihkan sebagian upah sebagai tabungan.
Pasal 4 Waktu kerja: 8 jam sehari dan 40 jam seminggu, termasuk giliran malam sesuai jadwal, dengan istirahat 1 jam.
Pasal 5 Hari libur: 2 hari dalam seminggu sesuai jadwal, ditambah cuti tahunan berbayar.
Pasal 6 Biaya: {L2}Pemberi Kerja menanggung biaya perekrutan, pelatihan bahasa yang diwajibkan, visa dan tiket berangkat; Pekerja tidak membayar apa pun kepada perantara di Indonesia maupun di Jepang.
Pasal 7 Dokumen: {L1}paspor dan kartu izin tinggal (zairyu card) disimpan oleh Pekerja, dan Pemberi Kerja dilarang menahannya.
Pasal 8 Jaminan: {L3}tidak ada uang jaminan, perjanjian denda atau penjamin yang dimintakan kepada Pekerja atau keluarganya.
Pasal 9 Kehamilan: {L5}Pekerja tidak diwajibkan menjalani tes kehamilan; kehamilan bukan alasan untuk memutus hubungan kerja, dan Pekerja berhak atas cuti melahirkan sesuai hukum Jepang.
Pasal 10 Pernikahan: {L6}Pekerja boleh menikah selama masa kerja, dan status perkawinan tidak mempengaruhi Perjanjian ini.
Pasal 11 Pemulangan: Pemberi Kerja menanggung tiket pulang Pekerja ke Jakarta apabila Perjanjian berakhir dan tidak diperpanjang, atau apabila Perjanjian diakhiri lebih awal.
Pasal 12 Pengaduan: {L9}Pekerja dapat berkonsultasi atau mengadu kepada Lembaga Pendukung, Kantor Pengawas Standar Ketenagakerjaan, pusat konsultasi FRESC atau KBRI Tokyo dalam bahasa Indonesia, tanpa akibat apa pun bagi pekerjaannya.

=Pemberi Kerja: ______________________    Pekerja: ______________________
''')

# ---------------------------------------------------------------- AB-042 (CTR-010: return)
add(id='AB-042', lang='id', role='ctr010', sector='agriculture', dest='MY', origin='ID', sex='M',
    wage=1700, cur='MYR', pov='parties', numbering='pasal', reg='pk',
    missing=['return'], abuses=[], body=r'''
=PERJANJIAN KERJA
=Pekerja perkebunan kelapa sawit - Sarawak, Malaysia

Pihak Pertama: Rajang Agro Plantation Sdn. Bhd., Sibu, Sarawak ("Pemberi Kerja")
Pihak Kedua: Yohanes Lado, paspor E1190876, beralamat di Kabupaten Ende, Nusa Tenggara Timur ("Pekerja")
Tanggal: 11 Februari 2026

Pasal 1 Pekerja bekerja sebagai pemanen buah sawit selama 2 (dua) tahun.
Pasal 2 Upah RM 1.700 per bulan ditambah premi panen, dibayar paling lambat tanggal 7 bulan berikutnya melalui rekening bank Pekerja.
Pasal 3 Waktu kerja 8 jam sehari dan 48 jam seminggu.
Pasal 4 Hari Minggu adalah hari istirahat mingguan.
Pasal 5 {L2}Pekerja tidak menanggung biaya penempatan apa pun; biaya visa, pemeriksaan kesehatan dan pelatihan ditanggung Pemberi Kerja.
Pasal 6 Pemberi Kerja menanggung tiket pesawat Pekerja dari Kupang ke Sibu pada saat keberangkatan.
Pasal 7 Pemberi Kerja menyediakan perumahan, air bersih dan listrik tanpa biaya.
Pasal 8 {L9}Pekerja dapat menyampaikan pengaduan kepada Jabatan Tenaga Kerja Sarawak atau KJRI Kuching, dan pengaduan itu tidak boleh menjadi alasan pemutusan hubungan kerja.
Pasal 9 Perjanjian dapat diakhiri oleh salah satu pihak dengan pemberitahuan tertulis 1 (satu) bulan sebelumnya.
Pasal 10 Perjanjian ini dibuat dalam bahasa Indonesia dan bahasa Melayu.

=Pemberi Kerja: ______________________    Pekerja: ______________________
''')

# ---------------------------------------------------------------- AB-043 (CTR-010: hours; bilingual)
add(id='AB-043', lang='id', role='ctr010', sector='domestic', dest='HK', origin='ID', sex='F',
    wage=4990, cur='HKD', pov='parties', numbering='decimal', reg='bilingual', bilingual=1,
    missing=['hours'], abuses=[], body=r'''
=EMPLOYMENT CONTRACT / PERJANJIAN KERJA
=Domestic helper, Hong Kong / Pekerja rumah tangga, Hong Kong

Employer / Pemberi Kerja: Mr. and Mrs. Cheung Ka-fai, Flat 17D, Sha Tin Centre, Sha Tin
Helper / Pekerja: Ms. Rina Marlina, passport / paspor C2210984
Date / Tanggal: 5 March 2026 / 5 Maret 2026

1. Term / Jangka waktu
   Two years from the Helper's arrival in Hong Kong.
   Dua tahun sejak Pekerja tiba di Hong Kong.
2. Wages / Gaji
   HK$ 4,990 per month, paid at the end of each month, and free food.
   HK$ 4.990 per bulan, dibayar setiap akhir bulan, ditambah makan gratis.
3. Duties / Tugas
   Household duties as listed in Schedule 1, done according to the household timetable.
   Pekerjaan rumah tangga sebagaimana tercantum dalam Lampiran 1, dikerjakan menurut jadwal rumah tangga.
4. Rest / Libur
   One rest day of not less than 24 hours each week, the statutory holidays and paid annual leave.
   Satu hari libur sekurang-kurangnya 24 jam setiap minggu, hari libur resmi dan cuti tahunan berbayar.
5. Documents / Dokumen
   {L1}The Helper keeps her passport and HKID card; the Employer keeps copies only.
   Pekerja menyimpan sendiri paspor dan kartu HKID; Pemberi Kerja hanya menyimpan salinannya.
6. No loans / Tanpa pinjaman
   {L3}The Helper has signed no loan or IOU with the agency or any lender, and no deposit is asked of her.
   Pekerja tidak menandatangani pinjaman atau surat utang dengan agensi atau pemberi pinjaman mana pun, dan tidak dimintai uang jaminan.
7. Private life / Kehidupan pribadi
   {L6}The Helper may marry or have a partner; this has no effect on her employment.
   Pekerja boleh menikah atau mempunyai pasangan; hal itu tidak berpengaruh pada pekerjaannya.
8. Passage / Perjalanan
   Free return passage to Jakarta when the contract ends or is terminated.
   Tiket pulang ke Jakarta ditanggung Pemberi Kerja apabila kontrak selesai atau diakhiri.
9. Help / Bantuan
   Labour Department (2717 1771) and the Consulate General of Indonesia in Hong Kong.
   Labour Department (2717 1771) dan KJRI Hong Kong.

=Employer / Pemberi Kerja: ______________________    Helper / Pekerja: ______________________
''')

# ---------------------------------------------------------------- AB-044 (pair: wage)
add(id='AB-044', lang='id', role='pair', sector='manufacturing', dest='TW', origin='ID', sex='M',
    wage=28590, cur='TWD', pov='parties', numbering='pasal', reg='pk', change='wage',
    abuses=[], body=r'''
=PERJANJIAN KERJA PMI - SEKTOR MANUFAKTUR (TAIWAN)
={V:Versi ini ditandatangani di Semarang, 12 Januari 2026 (sebelum PMI berangkat)¦Versi ini ditandatangani di Changhua, 27 Februari 2026 (setelah PMI tiba)}

Pemberi Kerja: Chuan Yi Metal Works Co., Ltd., Changhua, Taiwan
PMI: Agus Salim, paspor E8831204, Kabupaten Kendal

Pasal 1 Jabatan: operator mesin bubut, selama 3 (tiga) tahun.
Pasal 2 {P|Upah}Upah pokok {V:NT$ 28.590¦NT$ 27.470} per bulan, dibayar tanggal 10 bulan berikutnya ke rekening PMI.
Pasal 3 Waktu kerja 8 jam sehari, 40 jam seminggu.
Pasal 4 Libur: 2 hari setiap 7 hari (1 hari libur reguler dan 1 hari istirahat).
Pasal 5 {L1}Paspor dan ARC disimpan sendiri oleh PMI.
Pasal 6 Tiket pulang ke Semarang dibayar Pemberi Kerja saat kontrak berakhir atau diakhiri lebih cepat.
Pasal 7 {L9}PMI bebas mengadu ke hotline 1955, KDEI Taipei atau Crisis Center KP2MI tanpa sanksi.
Pasal 8 Asrama dan makan: biaya paling banyak NT$ 2.500 per bulan, sesuai persetujuan tertulis.

=Pemberi Kerja: ______________________    PMI: ______________________
''')
