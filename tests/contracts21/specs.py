"""Hand-written contract texts of batch 21 (AA-001 .. AA-044).

Markup: see make_set.py.  Every abusive clause, look-alike and element was
written for its contract; nothing is drawn from a pool.
"""

SEED = 20262121
CONTRACTS = []


def C(**kw):
    kw.setdefault('abuses', [])
    kw.setdefault('missing', [])
    kw.setdefault('paging', None)
    CONTRACTS.append(kw)


# ======================================================= 1. e-mail threads

C(id='AA-001', lang='en', role='abuse', sector='domestic', dest='SA', origin='PH', sex='F',
  wage=1500, cur='SAR', reg='email', pov='correspondence', numbering='dotted', width=74,
  abuses=['CTR-001', 'CTR-002', 'CTR-009'], body='''
=Thread exported from the mailbox placements@bluewave-manpower.ph (oldest first)
=Worker: Ms. Rowena D. Dizon - household service worker - Riyadh
=
=From:    Ma. Teresa Lacson <placements@bluewave-manpower.ph>
=To:      Abdullah Al-Harbi <a.harbi@harbi-family.sa>
=Date:    Tue, 6 Jan 2026 09:14 +0800
=Subject: Rowena Dizon - terms for your approval

Dear Mr. Al-Harbi,

As discussed with your office, these are the terms we propose for Rowena's two-year employment with your family. Please confirm or comment point by point.

1. Salary: SAR 1,500 a month, paid on the last day of each month into her own bank account.
2. Working time: not more than 10 hours of work a day, with 8 hours of continuous rest at night.
3. Day off: one full day (24 hours) every week, normally Friday. {L4}On that day Rowena goes out and comes back as she likes; no family member needs to go with her.
4. Flight home: paid by you at the end of the two years, and also if the contract is ended earlier by either side.
5. Help: she may call the HRSD hotline 19911 or the Migrant Workers Office in Riyadh at any time.
6. Documents: she keeps her own passport and iqama.
7. Costs: our placement fee is invoiced to the employer only.

Best regards,
Tess Lacson
Bluewave Manpower Services, Quezon City - DMW licence 118-LB-2024

=From:    Abdullah Al-Harbi <a.harbi@harbi-family.sa>
=To:      Ma. Teresa Lacson <placements@bluewave-manpower.ph>
=Date:    Wed, 7 Jan 2026 21:40 +0300
=Subject: RE: Rowena Dizon - terms for your approval

Dear Tess,

Points 1 to 5 are fine. On point 6 my wife would like the passport and the iqama to stay in our safe for the two years, we had a bad experience before. On point 7 your fee is high, I suggest the maid pays a part. Also I prefer that her salary comes to my account and my wife gives her cash each month.

Abdullah

=From:    Ma. Teresa Lacson <placements@bluewave-manpower.ph>
=To:      Abdullah Al-Harbi <a.harbi@harbi-family.sa>
=Date:    Thu, 8 Jan 2026 10:02 +0800
=Subject: RE: RE: Rowena Dizon - terms for your approval

Dear Mr. Al-Harbi,

> On point 6 my wife would like the passport and the iqama to stay in our
> safe for the two years

Noted, Sir. {A1|passport}We accept this: Rowena's passport and iqama will be kept by Madam in your safe until she finishes, and she will carry a photocopy.

> On point 7 your fee is high, I suggest the maid pays a part.

{A2|SAR 2,000}Agreed: SAR 2,000 of the placement fee will be paid by Rowena, deducted from her salary at SAR 500 a month in months 1 to 4. The rest stays with you.

> I prefer that her salary comes to my account and my wife gives her cash

{L7}This one we cannot accept. Her salary has to go every month to the account in her own name, and nobody else keeps her card.

Tess

=From:    Abdullah Al-Harbi <a.harbi@harbi-family.sa>
=Date:    Thu, 8 Jan 2026 23:15 +0300
=Subject: RE: RE: RE: Rowena Dizon - terms for your approval

OK for the salary. One more thing. {A9|any problem}If she has any problem she speaks to my wife or to your partner office in Riyadh, not to the embassy, the police or the labour office, that only makes trouble. Please tell her this before she comes.

=From:    Ma. Teresa Lacson <placements@bluewave-manpower.ph>
=Date:    Fri, 9 Jan 2026 08:30 +0800
=Subject: RE: RE: RE: RE: Rowena Dizon - terms for your approval

Confirmed, we will brief her as you wrote. The terms above (with the changes in our mail of 8 January) will go into the final contract for your signature.

Tess
''')

C(id='AA-002', lang='en', role='abuse', sector='construction', dest='QA', origin='NP', sex='M',
  wage=1200, cur='QAR', reg='email', pov='correspondence', numbering='dotted', width=76,
  abuses=['CTR-003', 'CTR-008'], body='''
=From: Procurement - Al Wakra Building Contracting <hr.procure@alwakrabc.qa>
=Sent: Monday, 12 January 2026 11:48
=To: Bikash Shrestha <bikash@himalfair-overseas.com.np>
=Cc: Site Admin <siteadmin@alwakrabc.qa>
=Subject: RE: Demand 2026/07 - 40 steel fixers - terms

Dear Mr Shrestha,

We agree to all nine points of your mail below and ask you to start selection. On point 9 we confirm that no cost falls on the workers. {L1}Passports: the company will not keep them; each man holds his own, and the site office only takes a copy for the permit file.

Regards,
Hamad Al-Kuwari
HR Procurement, Al Wakra Building Contracting W.L.L., Doha

=On Fri, 9 Jan 2026 at 16:05, Bikash Shrestha <bikash@himalfair-overseas.com.np> wrote:
> Dear Sir,
>
> Thank you for demand letter 2026/07. Please find our proposed terms for the 40 steel fixers:
>
> 1. Post: steel fixer, two-year contract, your sites in Doha and Al Wakra.
> 2. Basic wage QAR 1,200 per month plus QAR 300 food allowance, paid by the 7th of every month into the worker's own account through WPS.
> 3. Hours: 8 a day, 48 a week; overtime paid as Qatari law provides.
> 4. Friday off every week (24 hours).
> 5. {A3|bond}Before departure each worker signs a security bond of NPR 150,000 with one family member as guarantor; we forfeit it to your company if he leaves before completing 24 months.
> 6. {A8|employer}Workers may not move to any other employer in Qatar during the two years, and your company will not approve any change-of-employer request.
> 7. Return ticket Doha - Kathmandu paid by you at the end of contract, and also on early termination.
> 8. Grievances: the site welfare officer, the Ministry of Labour complaint line, and the labour desk of the Embassy of Nepal in Doha.
> 9. {L2}Visa, medical, air ticket and our service charge are invoiced to your company; the worker pays nothing and nothing is cut from his wage.
>
> Kind regards,
> Bikash Shrestha
> Himal Fair Overseas Pvt. Ltd., Kathmandu (DoFE licence 1447/075/76)
''')

C(id='AA-003', lang='en', role='abuse', sector='domestic', dest='HK', origin='ID', sex='F',
  wage=5100, cur='HKD', reg='email', pov='correspondence', numbering='dotted', width=74,
  typographic=1, abuses=['CTR-005', 'CTR-007'], body='''
=---------- Forwarded message ---------
=From: Winnie Lau <winnie@pearlriver-ea.hk>
=Date: Wed, 14 Jan 2026 at 12:20
=Subject: Fwd: Helper Siti Rohmah - points agreed with Mrs Cheung
=To: Desi Anggraini <desi.anggraini@p3mi-citramandiri.co.id>

Desi, forwarding Mrs Cheung's mails so that you can brief Siti before her flight. What she must be told is at the bottom. Winnie

=---------- Original thread ----------
=From: Winnie Lau <winnie@pearlriver-ea.hk>
=To: Cheung Mei Ling <mlcheung.family@gmail.com>
=Date: Mon, 12 Jan 2026 10:05

Dear Mrs Cheung,

Siti's terms follow the standard contract (ID 407):
- wage HK$ 5,100 per month, paid within 7 days after the end of each month;
- work not more than 10 hours a day, at least 8 hours' rest at night;
- a weekly rest day lasting 24 hours (you suggested Sunday);
- her passage back to Indonesia paid by you when the contract ends or is terminated;
- {L1}she keeps her passport and HKID herself; you may see them when the visa is renewed, and she takes them back at once;
- if anything goes wrong she may call the Labour Department (2717 1771) or the Indonesian Consulate (KJRI Hong Kong).

=From: Cheung Mei Ling <mlcheung.family@gmail.com>
=Date: Mon, 12 Jan 2026 22:47

Dear Winnie, fine, but two things. First, I do not want a helper who will get pregnant and leave us after a few months. Second, last helper spent all her money, so I will keep HK$ 2,000 of her salary every month and give it to her when she finishes. Also she must not have a boyfriend.

=From: Winnie Lau <winnie@pearlriver-ea.hk>
=Date: Tue, 13 Jan 2026 09:31

> I do not want a helper who will get pregnant

{A5|pregnancy}Understood. Siti will take a pregnancy test at the clinic in Surabaya before she flies and again after arrival, and if she becomes pregnant during the contract you can terminate and we will send a replacement.

> I will keep HK$ 2,000 of her salary every month

OK, noted, we will tell her.

> she must not have a boyfriend

{L6}This part we will not put in: who she sees on her rest day is her private life, and it is no ground for ending the contract.

=From: Cheung Mei Ling <mlcheung.family@gmail.com>
=Date: Tue, 13 Jan 2026 20:12

Thank you Winnie. {A7|HK$ 2,000}So the HK$ 2,000 a month stays with me and I pay it to her in one sum when her two years end. {L3}And no deposit from her, as you said, if she leaves early she just gives one month's notice.

Best, Mei Ling
''')

# ======================================================= 2. FAQ handbooks

C(id='AA-004', lang='en', role='abuse', sector='domestic', dest='SA', origin='KE', sex='F',
  wage=1500, cur='SAR', reg='faq', pov='handbook', numbering='qa', width=76,
  abuses=['CTR-001', 'CTR-004', 'CTR-006'],
  paging=('Amani Bridge Recruitment - Questions Housemaids Ask - page {n} of {N}',
          'AMANI BRIDGE RECRUITMENT LTD, NAIROBI\n'), body='''
=QUESTIONS HOUSEMAIDS ASK US BEFORE THEY FLY TO SAUDI ARABIA
=Amani Bridge Recruitment Ltd, Moi Avenue, Nairobi - NEA reg. 0983
=Edition 4, January 2026. Read it with your contract; the answers are part of the terms we agree with your sponsor.

Q: How much will I earn?
A: SAR 1,500 every month. The sponsor pays it on the first day of the next month, into the bank account opened in your name after arrival.

Q: How long do I work each day?
A: Not more than 10 hours. You have 8 hours of rest at night that nobody may interrupt.

Q: Will I get a day off?
A: Yes. Every Friday is your rest day of 24 hours. {A4|spend it}But you spend it in the house: going out alone is not allowed, and you go out only when the family takes you.

Q: Can I keep my passport?
A: {A1|sponsor}No. It stays with your sponsor in the family's safe until you fly home, and you get a photocopy to carry.

Q: Do I pay Amani Bridge anything?
A: {L2}Nothing at all. Your sponsor has paid our fee, your visa, your medical and your ticket. If any person asks you for money for this job, refuse and tell us or the NEA.

Q: And if I want a boyfriend, or to get married there?
A: {A6|Not while}Not while the contract lasts. A maid who marries or is found with a boyfriend is sent back to Kenya.

Q: Who pays my ticket home?
A: The sponsor, after 24 months, or earlier if the contract ends for any reason.

Q: Who do I call if things go wrong?
A: The Saudi labour hotline 19911 (it has Swahili and English), the Kenyan Embassy in Riyadh or the Consulate in Jeddah, or our 24-hour line +254 711 000 431. {L9}Calling any of them will never be held against you by us or by your sponsor.
''')

C(id='AA-005', lang='en', role='abuse', sector='manufacturing', dest='MY', origin='BD', sex='M',
  wage=1700, cur='MYR', reg='faq', pov='handbook', numbering='qa-numbered', width=76,
  abuses=['CTR-002', 'CTR-009'],
  paging=('Sinar Glove Industries - Worker Handbook (FAQ) - rev. 3 - p. {n}/{N}',
          'Worker Handbook - Frequently Asked Questions (continued)\n'), body='''
=SINAR GLOVE INDUSTRIES SDN BHD - KLANG, SELANGOR
=WORKER HANDBOOK: FREQUENTLY ASKED QUESTIONS (for workers from Bangladesh)
=These answers form part of your terms of employment.

Q1. What is my salary?
A1. RM 1,700 basic per month, paid by the 7th of the following month into your own bank account. Overtime is paid separately.

Q2. What are my working hours?
A2. 8 hours a day, 48 hours a week, in two shifts. Overtime is voluntary.

Q3. Is there any fee I must pay?
A3. {A2|RM 2,400}The recruitment service charge of RM 2,400 is paid by the company first and recovered from your salary, RM 200 a month for the first 12 months.

Q4. Who keeps my passport?
A4. {L1}You do. The company does not hold any worker's passport, and each hostel room has a locker whose key only you keep.

Q5. Do I have rest days?
A5. Sunday is your weekly rest day of 24 hours.

Q6. Do I pay a deposit or sign any bond?
A6. {L3}No deposit, no bond, no guarantor. Nothing is asked from your family in Bangladesh either.

Q7. Where can I take a grievance?
A7. To HR (extension 215), or to the Labour Department (JTK) through its Working for Workers complaint system.

Q8. Can I join the union, or go to my High Commission?
A8. {A9|Not allowed}Not allowed. Foreign workers at Sinar do not join unions, and a worker who takes a company matter to the Bangladesh High Commission is dismissed.

Q9. Can I move to another factory?
A9. {L8}Yes. If you want to change employer, the company will not block the transfer under the Immigration Department's rules and will give you the release letter.

Q10. What happens when my contract ends?
A10. The company buys your air ticket back to Dhaka, also if the contract ends early.
''')

C(id='AA-006', lang='en', role='abuse', sector='care', dest='TW', origin='PH', sex='F',
  wage=20000, cur='TWD', reg='faq', pov='handbook', numbering='qa', width=74, caps=1,
  abuses=['CTR-005', 'CTR-008'],
  paging=('Formosa CareLink Manpower - Caregiver Handbook - {n}/{N}',
          'CAREGIVER HANDBOOK (CONTINUED)\n'), body='''
=CAREGIVER HANDBOOK - YOUR QUESTIONS ANSWERED
=Formosa CareLink Manpower Agency, Taichung (for caregivers recruited through
=Luzon Star Placement, Manila). The answers below are the terms of your job.

=PAY
Q: How much is my salary?
A: NT$ 20,000 each month, paid on the 10th into your post office account.
Q: Will some of it be kept for me as savings?
A: {L7}No. The whole salary goes into your own account, and only you hold the passbook and card.

=HOURS AND REST
Q: How many hours do I work?
A: Your work with the grandmother is not more than 10 hours a day, and you have at least 8 hours of rest at night.
Q: Do I get a day off?
A: Yes, one day off every 7 days. If you agree to work on it, it is paid extra.

=HEALTH
Q: Is there a health check in Taiwan?
A: Yes, at 6, 18 and 30 months, as the law says.
Q: Does the check include a pregnancy test?
A: {A5|contract ends}Yes, at every check, and if it is positive the contract ends and you fly home within the week.

=PRIVATE LIFE
Q: Can I have a boyfriend?
A: {L6}Your private life is yours. It is not a reason to end your contract, and the family may not ask about it.

=YOUR EMPLOYER
Q: Can I ask to work for a different family?
A: {A8|No, see}No, see the question above on your contract: you stay with the same family for the three years, and the agency does not process any transfer request from a caregiver.
Q: Who keeps my passport and ARC?
A: {L1}You do. The agency may borrow them only to renew the ARC and gives them back the same day.

=GOING HOME AND HELP
Q: Who pays my ticket home?
A: The employer, when your contract finishes or if it is cut short.
Q: Can I call 1955?
A: {L9}Yes, any time, free of charge, in Tagalog or English. Nobody may punish you for calling 1955 or the MWO in Taipei.
''')

# ======================================================= 3. text tables

C(id='AA-007', lang='en', role='abuse', sector='domestic', dest='AE', origin='UG', sex='F',
  wage=1100, cur='AED', reg='table', pov='parties', numbering='pipe-table', width=76,
  abuses=['CTR-002', 'CTR-007'],
  paging=('Kampala Pearl Recruiters - Costs and Terms Sheet KPR/AE/0219 - page {n} of {N}',
          'Costs and Terms Sheet KPR/AE/0219 (continued)\n'), body='''
=COSTS AND TERMS SHEET - DOMESTIC WORKER
=Ms. Sarah Nakato, Ugandan passport B1274410 - employer: the Al Mansoori family,
=Abu Dhabi - agency: Kampala Pearl Recruiters Ltd (EIB licence 0741)
=Signed by both parties with the standard MOHRE contract; this sheet forms part of it.

=A. WHO PAYS WHAT

=| Item                               | Amount         | Paid by                   | When                     |
=|------------------------------------|----------------|---------------------------|--------------------------|
=| Entry permit and residence visa    | AED 3,200      | Employer                  | before travel            |
=| Medical test (Kampala)             | UGX 350,000    | Employer                  | before travel            |
=| Flight Entebbe - Abu Dhabi         | AED 1,400      | Employer                  | before travel            |
={A2|Placement}| Placement fee, Kampala agency      | UGX 2,500,000  | Worker, from her salary   | months 1 to 5            |
={L3}| Security deposit / bond            | none           | -                         | -                        |
=| Return flight to Entebbe           | AED 1,400      | Employer                  | end or early termination |

=B. MONTHLY PAY

=| Line                     | AED     | Note                                                    |
=|--------------------------|---------|---------------------------------------------------------|
=| Basic salary             | 1,100   | due on the 28th of each month                           |
={A7|Held}| Held by the employer     | 600     | kept by the family each month, paid in one sum at exit  |
=| Paid to Ms. Nakato       | 500     | cash, against her signature                             |

=C. OTHER TERMS

=| Term                     | Detail                                                           |
=|--------------------------|------------------------------------------------------------------|
=| Working hours            | up to 10 hours a day; 8 hours' rest at night                     |
=| Weekly rest              | one day (24 hours) every week                                    |
={L1}| Passport, Emirates ID    | held by Ms. Nakato herself                                       |
={L5}| Medical check            | fitness for work only; pregnancy is not tested                   |
=| Complaints               | MOHRE 600590000; Embassy of Uganda, Abu Dhabi                    |
''')

C(id='AA-008', lang='en', role='abuse', sector='construction', dest='SA', origin='IN', sex='M',
  wage=1400, cur='SAR', reg='table', pov='parties', numbering='fixed-width', width=76,
  abuses=['CTR-004', 'CTR-003'],
  paging=('Offer OT-2026-118 - Gulf Crest Contracting - page {n}/{N}',
          'Offer OT-2026-118 (continued)\n'), body='''
=GULF CREST CONTRACTING CO. - AL KHOBAR
=OFFER OF EMPLOYMENT AND TERMS SHEET  OT-2026-118
=Candidate: Mr. Suresh Kumar Pillai, Indian passport Z4471902
=Recruited through: Malabar Overseas Manpower, Kochi (RA licence B-0917/KER)

=TERM                      DETAIL
=------------------------  ------------------------------------------------
=Position                  Mason, Al Khobar residential towers project
=Duration                  24 months from arrival
=Basic salary              SAR 1,400 per month, paid by the 5th of the
=                          following month into the worker's own account
=Food allowance            SAR 300 per month
=Working hours             8 hours a day, 6 days a week (48 hours)
=Weekly rest               Friday, 24 hours
=Accommodation             company camp, Dammam 2nd Industrial City
={A4|camp}Camp exit                 residents leave the camp only on company
=                          buses; gate shut 19:00-06:00 and no private
=                          outings, Fridays included
={L1}Passport                  stays with the worker; the company does not
=                          collect passports at any time
={A3|resigns}Early departure           a worker who resigns before 24 months
=                          pays SAR 5,000 as "visa and recruitment cost
=                          recovery", set off against final dues
={L7}Payment of wages          to the worker's own bank card; the company
=                          keeps no card, PIN or pay book of any worker
=Return ticket             Dammam - Kochi, paid by the company at end of
=                          contract or on any termination
={L9}Complaints                HRSD hotline 19911; Embassy of India, Riyadh;
=                          no worker is penalised for complaining

=Accepted: ____________________      For the company: ____________________
''')

C(id='AA-009', lang='en', role='abuse', sector='hospitality', dest='QA', origin='ET', sex='F',
  wage=1300, cur='QAR', reg='table', pov='parties', numbering='tsv', width=76,
  abuses=['CTR-006', 'CTR-009'], body='''
=Corniche Pearl Hotel Doha - offer terms exported from the staffing workbook
=Sheet "Offer_ET_2026" - Ms. Hanna Bekele, Room Attendant - tab-separated
=
=No.\tSubject\tTerm
=1\tPosition\tRoom Attendant, Housekeeping, Corniche Pearl Hotel, Doha
=2\tDuration\t2 years from arrival
=3\tBasic wage\tQAR 1,300 per month, paid by the 7th via WPS to her own account
=4\tAllowances\tfood and housing in kind (staff accommodation, canteen)
=5\tHours\t8 a day; 48 in a week
=6\tWeekly rest\t1 full day off per week (24 hours)
={L4}7\tOff-duty time\tstaff may leave the accommodation freely when off duty; no curfew
={A6|marry}8\tPersonal relationships\tstaff may not marry or begin a relationship during the contract; breach = termination
={L2}9\tRecruitment costs\tvisa, medical, flight and agency fees all paid by the hotel; nothing recovered from wages
={A9|Ministry}10\tComplaints\thandled by Human Resources only; staff agree not to take hotel matters to the Ministry of Labour or the press
=11\tConsular help\tthe Embassy of Ethiopia in Doha may be contacted by staff at any time
={L8}12\tChange of employer\tpossible after notice under Law No. 18 of 2020; no NOC from the hotel is needed
=13\tReturn travel\tDoha - Addis Ababa air ticket at contract end or early termination, paid by the hotel
''')

# ======================================================= 4. house rules / notices

C(id='AA-010', lang='en', role='abuse', sector='manufacturing', dest='MY', origin='NP', sex='F',
  wage=1700, cur='MYR', reg='houserules', pov='notice', numbering='numbered-caps', width=76,
  caps=1, abuses=['CTR-004', 'CTR-006'],
  paging=('Permata Electronics - Notice HR/N/2026-02 - page {n} of {N}',
          'NOTICE HR/N/2026-02 (CONTINUED)\n'), body='''
=PERMATA ELECTRONICS (M) SDN BHD - BAYAN LEPAS, PENANG
=NOTICE HR/N/2026-02: EMPLOYMENT TERMS AND HOSTEL RULES FOR FEMALE OPERATORS
=Posted in Hostel Block C. Read together with your employment contract.

=PART A - YOUR TERMS
A1. Basic pay RM 1,700 a month, credited on the 7th of the next month to your own bank account.
A2. Normal hours 8 a day and 48 a week; overtime only with your agreement.
A3. Sunday is the weekly rest day (24 hours).
A4. When the contract is over, or if it ends early, the company pays your flight back to Kathmandu.
A5. Problems: tell HR or the Welfare Officer (ext. 302), or contact the Labour Department (JTK) Penang or the Embassy of Nepal in Kuala Lumpur.

=PART B - HOSTEL RULES
1. LIGHTS OUT AT 11 P.M. Keep noise low after 10 p.m.
2. {A4|compound}OPERATORS DO NOT LEAVE THE HOSTEL COMPOUND EXCEPT IN THE COMPANY BUS TO AND FROM THE FACTORY. THE COMPOUND GATE STAYS LOCKED ON SUNDAYS AND PUBLIC HOLIDAYS.
3. {L1}Each operator keeps her own passport in her locker. The company does not collect passports.
4. COOKING ONLY IN THE KITCHEN ON THE GROUND FLOOR.
5. {A6|boyfriend}Operators must not have a boyfriend or get married while employed here. An operator found in a relationship will be sent home.
6. {L5}Nobody is tested for pregnancy at hiring or at the yearly health check. An operator who becomes pregnant keeps her job; maternity leave and pay apply.
7. {L2}DO NOT PAY ANYONE FOR YOUR JOB. The company has paid all recruitment charges, levy and visa fees; no deduction is made for them.
8. Visitors are received in the lobby.

=Human Resources Department, 5 January 2026
''')

C(id='AA-011', lang='en', role='abuse', sector='domestic', dest='KW', origin='LK', sex='F',
  wage=110, cur='KWD', reg='houserules', pov='notice', numbering='bullets', width=74,
  typographic=1, abuses=['CTR-007', 'CTR-009'], body='''
=RULES OF THE HOUSE FOR OUR HELPER
=Al-Sabah Street, Salmiya - posted on the kitchen door - January 2026
=(agreed with Ceylon Gateway Agency, Colombo, when Ms. Kumari Perera was placed)

=YOUR WORK AND PAY
- Salary: KWD 110 every month, due on the 1st.
- Working time: from 7 a.m., not more than 10 hours of work in a day, and you sleep at least 8 hours without being woken.
- Day off: every Friday, 24 hours.
- Your ticket home to Colombo is paid by us at the end of two years, or if you leave earlier.
- For complaints you can go to the Domestic Labour Department (PAM) or the Sri Lanka Embassy in Kuwait; their numbers are in your contract.

=HOUSE RULES
- Helpers must not use the front door after 11 p.m.
- {A7|salary}Madam keeps your salary in the house safe each month; you get KWD 20 pocket money and the rest when you travel home.
- {L4}On Fridays you may go out from 9 a.m. to 9 p.m. without asking anyone's permission.
- {A9|police}Do not complain to the police, the embassy or PAM about the family. Tell Madam only; a helper who goes outside with complaints is sent back.
- {L3}If you want to finish early, tell Madam one month before. No money will be taken from you for leaving.
- {L8}If you want to work for another family, the agency will help you transfer after the first year; the family will not stop it.
- Keep the children's rooms tidy and the kitchen clean.
''')

# ======================================================= 4b. B2B service agreements

C(id='AA-012', lang='en', role='abuse', sector='domestic', dest='HK', origin='PH', sex='F',
  wage=5100, cur='HKD', reg='b2b', pov='third-person', numbering='decimal', width=76,
  abuses=['CTR-002', 'CTR-003'],
  paging=('Service Agreement GH/SA/2026/0113 - page {n} of {N} - Client initials: ____',
          'GOLDEN HARBOUR EMPLOYMENT AGENCY LIMITED\n'), body='''
=EMPLOYMENT AGENCY SERVICE AGREEMENT  No. GH/SA/2026/0113
=between GOLDEN HARBOUR EMPLOYMENT AGENCY LIMITED, Mong Kok, Kowloon (licence 58803)
=("the Agency") and MR CHAN WAI KEUNG and MRS CHAN LO SIU MAN, Tai Po ("the Client")

1. SUBJECT
1.1 The Agency introduces to the Client a foreign domestic helper, Ms. Marilou T. Bacani ("the Helper"), recruited in the Philippines through its partner Northstar Manpower, Baguio City, to be employed under the Standard Employment Contract (ID 407) for two years.

2. TERMS OF THE HELPER'S EMPLOYMENT THE CLIENT UNDERTAKES TO OBSERVE
2.1 The Client pays the Helper a wage of HK$ 5,100 per month, not later than 7 days after the end of each wage period, and a food allowance where food is not provided.
2.2 The Client does not require the Helper to work more than 10 hours in a day and allows her at least 8 hours of uninterrupted rest each night.
2.3 The Helper has one rest day of not less than 24 continuous hours in every period of 7 days, and the statutory holidays.
2.4 {L4}The Client acknowledges that on rest days and statutory holidays the Helper is free to leave the premises and to spend the day wherever she chooses.
2.5 The Client provides free return passage to Manila when the contract expires or on its earlier termination by either party.
2.6 {L1}Neither the Client nor the Agency shall ask the Helper to hand over her passport, identity card or employment contract; should she offer them, they shall be declined.
2.7 {L9}The Agency shall tell the Helper in writing, in English and Tagalog, that she may contact the Labour Department (2717 1771) or the Philippine Consulate General / Migrant Workers Office in Hong Kong, and the Client shall take no action against her for doing so.

3. FEES
3.1 The Client pays the Agency a service fee of HK$ 12,000 on signing this agreement.
3.2 {A2|recover}The Client may recover HK$ 9,000 of that service fee from the Helper's wages, in six monthly instalments of HK$ 1,500 from her first salary onwards, and the Agency shall refund nothing to the Helper for it.

4. REPLACEMENT
4.1 If the Helper's employment ends within the first three months for a reason not attributable to the Client, the Agency provides one replacement without further fee.

5. EARLY TERMINATION BY THE HELPER
5.1 The Helper may terminate her employment contract by giving notice of one month, or by paying a month's wages instead of notice{PB}; {A3|however}however, should she do so within the first twelve months, the Agency will charge her a release penalty of HK$ 5,000, which the Client may keep back from her final wages and pay over to the Agency.

6. GENERAL
6.1 This agreement is governed by the laws of the Hong Kong SAR.

=Signed for the Agency: ______________      Signed by the Client: ______________
=Date: 8 January 2026
''')

C(id='AA-013', lang='en', role='abuse', sector='domestic', dest='SG', origin='MM', sex='F',
  wage=650, cur='SGD', reg='b2b', pov='third-person', numbering='clause-words', width=76,
  abuses=['CTR-001', 'CTR-008'],
  paging=('Lotus Home Staffing Pte Ltd - Employer Service Agreement LHS-0526 - p. {n} of {N}',
          'Employer Service Agreement LHS-0526 (cont.)\n'), body='''
=LOTUS HOME STAFFING PTE LTD (EA licence 24C1187), 101 Upper Cross Street, Singapore
=EMPLOYER SERVICE AGREEMENT  LHS-0526
=Employer: Mdm Tan Bee Leng, Bishan.  Foreign domestic worker (FDW): Ms. Aye Aye Thin,
=Myanmar passport MH0884127, recruited through Golden Lotus Services, Yangon.

Clause One - Placement. The Agency places the FDW with the Employer for the two-year work permit period and supports both parties during it.

Clause Two - Terms owed to the FDW. The Employer shall (a) pay the FDW a monthly salary of SGD 650 not later than the 7th of the following month; (b) keep her normal working hours between 6.30 a.m. and 8.30 p.m. with 2 hours of breaks, and give her not less than 8 continuous hours of rest every night; (c) give her one rest day every week; (d) pay her air ticket home to Yangon at the end of the employment, or when it ends early.

Clause Three - Fees. {L2}The placement fee in Schedule 1 is payable by the Employer alone. No part of it is charged to the FDW or set against her salary, and the Agency's Yangon partner collects nothing from her.

Clause Four - Security bond. {L3}No bond, deposit or guarantee of any kind is taken from the FDW or her family. The SGD 5,000 security bond that the Ministry of Manpower requires is furnished by the Employer through her insurer.

Clause Five - Documents. {A1|shall keep}The Employer shall keep the FDW's passport and work permit card in safe custody throughout the employment, to prevent their loss and any absconding, and shall show them to the FDW when she asks.

Clause Six - Salary. {L7}Salary is credited each month to a bank account in the FDW's sole name; the Employer shall not hold her ATM card or know her PIN.

Clause Seven - Transfer. {A8|transfer}The Agency will not arrange, and the Employer will not consent to, any transfer of the FDW to another employer during the two-year permit, and the Employer may refuse any request for transfer that the FDW makes.

Clause Eight - Assistance. The FDW may call the Ministry of Manpower FDW helpline (1800 339 5505), the Centre for Domestic Employees, or the Embassy of Myanmar in Singapore.

=Signed: ____________ (Agency)    ____________ (Employer)    12 January 2026
''')

C(id='AA-014', lang='en', role='abuse', sector='domestic', dest='JO', origin='BD', sex='F',
  wage=230, cur='JOD', reg='b2b', pov='third-person', numbering='article', width=76,
  abuses=['CTR-005', 'CTR-007', 'CTR-009'],
  paging=('DSO / ANRO supply agreement 2026-31 - page {n} of {N}',
          'Supply agreement 2026-31 between DSO and ANRO (continued)\n'), body='''
=AGREEMENT FOR THE SUPPLY OF DOMESTIC WORKERS  No. 2026-31
=between DHAKA STAR OVERSEAS (RL-1552), Banani, Dhaka ("the Recruiting Agent")
=and AL-NASSER RECRUITMENT OFFICE, Jabal Amman ("the Local Agent")

Article 1. The Recruiting Agent supplies female domestic workers ("the Worker", each of them) to sponsors ("the Sponsor") found by the Local Agent in Jordan. This Agreement applies to each Worker supplied, starting with Ms. Rehana Akter.

Article 2. Terms of employment. Each Worker is employed under the unified contract for domestic workers: a monthly wage of JOD 230, paid at the end of each month; not more than 10 hours of work a day with 8 hours of continuous rest at night; one weekly rest day of 24 hours, normally Friday; a return ticket to Dhaka at the Sponsor's cost when the contract ends or is ended early; and the Worker's right to complain to the Ministry of Labour hotline or the Labour Wing of the Embassy of Bangladesh in Amman, whose numbers are printed in her contract.

Article 3. {L4}The Worker's weekly rest day is her own, and she may spend it outside the Sponsor's house if she so chooses.

Article 4. {A5|warrants}The Recruiting Agent warrants that each Worker has been tested and found not to be pregnant; the Local Agent may return a Worker who is found pregnant at any time during the contract, at the Recruiting Agent's cost, and the Sponsor may then end her service.

Article 5. {L1}No Sponsor and neither agent shall take or hold the Worker's passport; the Worker keeps her own documents and her residence card.

Article 6. {A7|remit}The Sponsor shall remit the Worker's monthly wage to the Local Agent, which shall keep it and pay it to her once a year after deducting its charges.

Article 7. {A9|complaints}Neither agent shall allow the Worker to lodge complaints with the Ministry of Labour, the Embassy of Bangladesh or any association; every dispute involving her is resolved by the Local Agent, whose decision the Worker accepts.

Article 8. Replacement of a Worker within ninety days is free of charge to the Local Agent.

=For the Recruiting Agent: ____________      For the Local Agent: ____________
=Dhaka / Amman, 10 January 2026
''')

# ======================================================= 5. first-person declarations (en)

C(id='AA-015', lang='en', role='abuse', sector='domestic', dest='SA', origin='ET', sex='F',
  wage=1000, cur='SAR', reg='declaration', pov='first-person', numbering='dotted', width=74,
  typographic=1, abuses=['CTR-001', 'CTR-006'], body='''
=DECLARATION AND UNDERTAKING OF THE WORKER
=(annexed to the employment contract; Ethio-Gulf Employment Agency, Addis Ababa)

I, the undersigned, Tigist Alemu Bekele, holder of Ethiopian passport EP7731209, recruited by Ethio-Gulf Employment Agency for employment as a housemaid with Mr. Fahad Al-Qahtani in Riyadh, declare and undertake as follows:

1. I accept the employment for two years at a monthly salary of SAR 1,000, paid to me at the end of each month.
2. I understand that my working day will not be longer than ten hours and that I will have at least eight hours of continuous rest at night.
3. I will have one rest day of twenty-four hours every week.
4. {A1|passport}I agree that my passport and my residence card will be kept by my employer for the whole contract, and handed back to me at the airport when I leave.
5. {L2}I have not paid, and will not pay, any fee or cost to the agency for this job. I was told that if anyone asks me for money I must refuse and report it.
6. {A6|marry}I undertake not to marry and not to have any relationship with a man while I am in the Kingdom, and I accept that breaking this undertaking ends my contract.
7. {L7}I will receive my salary myself every month. I have not given my bank card or my PIN to anyone.
8. I know that my employer pays my ticket home after two years, or earlier if the contract ends.
9. {L9}I know that I may complain to the labour hotline 19911 or to the Ethiopian Embassy in Riyadh, and that no one may stop me or punish me for it.

I make this declaration freely, having had it read to me in Amharic.

=Signature: ______________________   Thumbprint: [   ]   Date: 11 January 2026
=Witness (agency officer): ______________________
''')

C(id='AA-016', lang='en', role='abuse', sector='manufacturing', dest='TW', origin='VN', sex='M',
  wage=28590, cur='TWD', reg='declaration', pov='first-person', numbering='letters', width=76,
  abuses=['CTR-003', 'CTR-008'],
  paging=('Worker undertaking VNT-26-0419 - page {n}/{N}', 'VIET NHAT TRAN MANPOWER JSC - HANOI\n'),
  body='''
=VIET NHAT TRAN MANPOWER JSC - 22 Tran Duy Hung, Hanoi (licence 311/LDTBXH-GP)
=WORKER'S UNDERTAKING BEFORE DEPARTURE  Ref. VNT-26-0419
=Employer: Hsin Tai Precision Metal Co., Ltd., Taoyuan City, Taiwan

I, Nguyen Van Long, born 3 March 1999, passport C8821450, have read the labour contract with Hsin Tai Precision Metal and state the following:

(a) I will work as a machine operator in Taoyuan for three years, for a basic wage of NT$ 28,590 a month, paid on the 10th of each month into my own bank account.
(b) My normal hours are 8 a day and 40 a week, and I have one rest day every week.
(c) {A3|guarantor}My brother, Nguyen Van Hai, has signed as my guarantor and has handed the agency the land-use certificate of our family house, which the agency holds until I complete three years in Taiwan.
(d) {L1}I keep my passport and my ARC myself. I will not hand them to the broker or to the factory, and nobody may ask me to.
(e) {L2}I have been told that the employer pays the broker's recruitment fee and my air ticket, and that my wage will not be reduced for either of them.
(f) {A8|change employer}I will not ask to change employer and I will not accept an offer from another factory during my three years; if I leave the factory I accept that I will be reported as missing.
(g) {L4}Outside my shifts and on my rest day I may leave the dormitory and return without asking permission.
(h) My return ticket to Hanoi is paid by the employer when the three years are over, or if the contract ends early.
(i) I know that I can call the 1955 hotline or the Vietnam Economic and Cultural Office in Taipei if I have a complaint.

=Signed in Hanoi, 6 January 2026: ______________________ (worker)
=Witnessed by: ______________________ (agency)
''')

# ======================================================= 6a. HR-system exports (new layouts)

C(id='AA-017', lang='en', role='abuse', sector='domestic', dest='OM', origin='KE', sex='F',
  wage=160, cur='OMR', reg='hrexport', pov='record', numbering='dotted-leaders', width=78,
  abuses=['CTR-007', 'CTR-004'], body='''
=PLACEMENT RECORD  PLC/OM/2026/0441         status=APPROVED        printed 12.01.2026
=system: KaziLink Placement Manager v5 - Nairobi Horizon Agencies Ltd
=codes in capitals are explained under KEY at the end of this record
=
=party.employer ........... Mr Salim bin Nasser Al-Busaidi, Al Khoudh, Muscat
=party.worker ............. Ms Faith Wanjiru Mwangi, KE passport AK0311872
=job.title ................ housemaid; two-year contract from arrival
=pay.basic ................ 160 OMR / month
=pay.day .................. 30th of each month
={A7|pay.route}pay.route ................ R2
=time.duty ................ max 10 h/day; 8 h unbroken rest at night
=time.offday .............. FRI (24 h)
={A4|offday.exit}time.offday.exit ......... X1
={L1}doc.passport ............. W
={L3}fin.bond ................. NONE; guarantor: NONE
={L6}cond.marital ............. NR
=travel.outbound .......... EMPLOYER
=travel.return ............ EMPLOYER, end of contract or early end
=help.channel.1 ........... Oman Ministry of Labour call centre 80077000
=help.channel.2 ........... Embassy of Kenya, Muscat (labour attache)
=
=KEY
=  R1    wage paid into the worker's own account
=  R2    wage kept by the household and settled in full when the contract expires
=  X0    may leave the house freely on the off day
=  X1    stays in the house on the off day; outings only in the company of the family
=  W     held by the worker; E = held by the employer; A = held by the agency
=  NONE  nothing required
=  NR    not recorded: whether she is married, single or in a relationship is no term of employment
''')

C(id='AA-018', lang='en', role='abuse', sector='manufacturing', dest='MY', origin='MM', sex='F',
  wage=1700, cur='MYR', reg='hrexport', pov='record', numbering='grouped-columns', width=78,
  abuses=['CTR-002', 'CTR-005', 'CTR-009'],
  paging=('HRIS screen print EMP-77120 - page {n} of {N}', 'HRIS screen print EMP-77120 (cont.)\n'),
  body='''
=HRIS SCREEN PRINT - EMPLOYEE MASTER                     Seri Maju Plastics Sdn Bhd
=Employee no. EMP-77120    Printed by: hr.admin2    Date: 09/01/2026 14:22
=Agency: Yadanar Myay Overseas Employment Agency, Yangon
=
=GRP   FIELD NAME                    VALUE
=----  ----------------------------  ----------------------------------------
=ID    Name                          Ma Hnin Wai Phyo
=ID    Nationality / passport        Myanmar / MG551208
=JOB   Position                      Production operator, Line 4, Senai, Johor
=JOB   Contract period               24 months
=PAY   Monthly basic                 RM 1,700.00
=PAY   Pay date                      7th of the following month
=PAY   Pay method                    BT-OWN
={A2|D4}PAY   Deduction code                D4 x 12
=TIM   Normal hours                  8 h daily / 48 h weekly
=TIM   Rest day                      SUN (weekly, 24 h)
={A5|MS-2}MED   Screening profile             MS-2
={L1}DOC   Passport location             LKR-W
={L8}MOB   Transfer status               T-OPEN
=TRV   Return flight                 CO-PAID (end / early end)
=GRV   Grievance route 1             HR counter, Block B, ext. 41
=GRV   Grievance route 2             JTK Johor; Myanmar Embassy, Kuala Lumpur
={A9|G3}GRV   External contact rule         G3
=
=CODE LIST
=  BT-OWN  bank transfer to the employee's own account
=  D4      agency charge advanced by the company and recovered from salary at
=          RM 250 a month (x = number of months)
=  MS-2    fitness check plus pregnancy test on hiring and every 12 months;
=          a positive pregnancy test leads to repatriation
=  LKR-W   in the employee's own hostel locker; the company keeps no passport
=  T-OPEN  transfer to another employer allowed under the Immigration rules;
=          company consent not required
=  CO-PAID paid by the company
=  G3      grievances stay inside the company: contact with JTK, the Embassy, a
=          union or the media on company matters is a disciplinary offence
''')

C(id='AA-019', lang='en', role='abuse', sector='construction', dest='AE', origin='PK', sex='M',
  wage=1500, cur='AED', reg='hrexport', pov='record', numbering='yaml', width=78,
  abuses=['CTR-001', 'CTR-008'], body='''
=# export of employee file - Desert Line Contracting LLC, Sharjah
=# generated 2026-01-13 by payroll-sync; codes are explained in `legend`
=employee:
=  id: DLC-3318
=  name: Muhammad Imran Akhtar
=  nationality: PK
=  recruited_via: "Indus Bridge Overseas Employment Promoters, Rawalpindi (OEP 2419/RWP)"
=  role: shuttering carpenter
=  term_months: 24
=pay:
=  monthly_basic: AED 1500
=  payday: 5th of next month
=  channel: WPS to own bank account
={L7}  card_with: SELF
=time:
=  hours: 8 daily, 48 weekly
=  weekly_off: Friday (24h)
=documents:
={A1|HC}  passport: HC
=  emirates_id: SELF
=costs:
={L2}  recruitment_paid_by: COMPANY  # includes OEP fee, visa, medical, ticket; no recovery
={L3}  security_deposit: NIL
=mobility:
={A8|LOCK-24}  transfer_out: LOCK-24
=travel:
=  return_ticket: COMPANY at end of contract or early termination
=grievance:
=  - MOHRE call centre 600590000
=  - Consulate General of Pakistan, Dubai (Community Welfare Attache)
={L9}  - retaliation_for_complaint: PROHIBITED
=legend:
=  SELF: kept by the employee
=  HC: held by company HR in the site safe until the employee's final exit
=  COMPANY: paid by the company
=  NIL: none required
=  LOCK-24: no transfer to another employer in the first 24 months; the company
=    issues no release and reports an employee who leaves as absconding
=  PROHIBITED: not allowed under company policy
''')

# ======================================================= 6b. call / interview transcripts (new layouts)

C(id='AA-020', lang='en', role='abuse', sector='domestic', dest='BH', origin='UG', sex='F',
  wage=120, cur='BHD', reg='call', pov='dialogue', numbering='turn-numbers', width=76,
  abuses=['CTR-003', 'CTR-006'], body='''
=TRANSCRIPT OF A RECORDED TELEPHONE CALL
=Migrant Workers' Desk, Kampala - case file MWD/26/0087 - pre-clearance check
=Recorded 15 January 2026, 10:42-10:58, with the consent of both speakers.
=JN = Ms. Joan Nabirye, desk officer.  RK = Mr. Ronald Kato, Pearl Gate
=Recruitment Ltd, Kampala.  Worker concerned: Ms. Aisha Namutebi (domestic
=worker, Manama, Bahrain).  Turn numbers added by the desk.
=
~9|(1)  JN  Good morning, Mr. Kato. Before we clear Aisha Namutebi for the flight on the 20th, I go through her contract with you, term by term.
~9|(2)  RK  Yes, madam, go ahead.
~9|(3)  JN  Salary first.
~9|(4)  RK  BHD 120 a month. The sponsor pays at the end of every month into her bank account.
~9|(5)  JN  Hours and rest?
~9|(6)  RK  Ten hours of work maximum, and eight hours' sleep at night, not disturbed. Friday is her day off, the whole day.
~9|(7)  JN  Her passport. Who keeps it in Bahrain?
~9|(8)  RK  {L1}She does. The LMRA rules are clear on that, the sponsor cannot hold it. She keeps it in her room.
~9|(9)  JN  Did she pay your office anything?
~9|(10) RK  {L2}No. Not one shilling. The sponsor paid our fee and her ticket. If she paid anyone, we refund it.
~9|(11) JN  Her file shows a medical at Nakasero. Was there a pregnancy test in it?
~9|(12) RK  {L5}No, madam, fitness only. And if she becomes pregnant there, the contract goes on; the sponsor knows that.
~9|(13) JN  There is also a paper here signed by her mother, with a land title attached. What is that?
~9|(14) RK  That one, it is for security.
~9|(15) JN  Security for what?
~9|(16) RK  {A3|runs away}If Aisha runs away from the sponsor or comes back before two years, her mother pays us four million shillings. We keep the land title until the two years are finished.
~9|(17) JN  And the clause on page 3 headed "conduct"?
~9|(18) RK  {A6|boyfriend}Ah, that. No boyfriend and no marriage while she is there. If she is found with a man, the sponsor terminates and she comes back.
~9|(19) JN  Return ticket?
~9|(20) RK  The sponsor pays it at the end, or if the contract ends early.
~9|(21) JN  And if she has a complaint there?
~9|(22) RK  She can call the LMRA hotline, or the Uganda mission that covers Bahrain. The numbers are in her contract, and she can call our office.
~9|(23) JN  Thank you, Mr. Kato. That is all for today.
=
=Desk note: the terms read out by Mr. Kato are those of the signed contract on
=file MWD/26/0087. Follow-up on turns 13-18 before clearance.
''')

C(id='AA-021', lang='en', role='abuse', sector='hospitality', dest='QA', origin='KE', sex='F',
  wage=1500, cur='QAR', reg='call', pov='dialogue', numbering='named-minutes', width=76,
  typographic=1, abuses=['CTR-004', 'CTR-005'], body='''
=Savannah Hospitality Recruiters, Nairobi - transcript of a recorded video interview
=Offer stage, 8 January 2026. Candidate: Ms. Mercy Achieng Otieno (waitress).
=Interviewer: Mr. Omar Haddad, HR, Marina Bay Resort & Spa, Lusail, Qatar.
=Minutes from the start of the recording are given in brackets.
=
~16|HADDAD (00:40)  Good afternoon, Mercy. I will tell you the terms of the offer letter and then you ask whatever you want.
~16|MERCY (00:47)   Thank you, sir.
~16|HADDAD (00:52)  Basic salary QAR 1,500 every month, paid on the 5th into your own account, plus food and housing. Eight hours a day, forty-eight a week, one day off every week. Flight home at the end of the two years is ours, also if the contract stops early.
~16|MERCY (01:30)   On my day off, can I go to the city?
~16|HADDAD (01:36)  {A4|first year}Not in the first year. New staff live in the staff village and leave it only in the resort bus to work; on days off they stay in the village. After the first year, we see.
~16|MERCY (02:05)   And my passport, sir?
~16|HADDAD (02:09)  {L1}You keep it. Qatar law forbids us to keep it, and we don't ask for it.
~16|MERCY (02:20)   Okay. The medical ...
~16|HADDAD (02:23)  Yes, the medical.
~16|MERCY (02:25)   Is it only the normal one?
~16|HADDAD (02:28)  {A5|pregnancy}The one in Nairobi includes a pregnancy test, and we repeat it in Doha every year. A lady who is pregnant cannot keep the job, she goes home.
~16|MERCY (02:51)   If later I find a better hotel, can I change?
~16|HADDAD (02:56)  {L8}Yes. You give notice and you move; the law allows it and we will not block you.
~16|MERCY (03:10)   And if I have a problem there?
~16|HADDAD (03:13)  {L9}Come to HR. You can also go to the Ministry of Labour or to your embassy, and no one will be punished for going there.
~16|MERCY (03:30)   Thank you.
=
=Note by the recruiter: Mr. Haddad confirmed at the end of the call that the terms
=stated are those of the offer letter Ms. Otieno signed on 10 January 2026.
''')

C(id='AA-022', lang='en', role='abuse', sector='domestic', dest='HK', origin='ID', sex='F',
  wage=5100, cur='HKD', reg='call', pov='dialogue', numbering='speaker-numbers', width=76,
  abuses=['CTR-007', 'CTR-008', 'CTR-006'], body='''
=Call recorded by Kartini Migrant Support, Hong Kong (with consent), 16 January 2026
=Speaker 1 = Ms. Fiona Yip, Bright Jade Employment Agency (Causeway Bay)
=Speaker 2 = Siti Nurhaliza, domestic helper, arrived 5 January
=Speaker 3 = Ms. Rina Lestari, counsellor, Kartini Migrant Support
=
~11|Speaker 3: Ms. Yip, thank you for joining. Siti wants to hear again the terms the agency gave her, slowly.
~11|Speaker 1: Okay. Salary HK$ 5,100 per month, paid within seven days after the month. She works not more than ten hours a day and rests at least eight hours at night. Sunday is rest day, twenty-four hours. End of contract, the employer pays her ticket back to Surabaya, and if the contract is ended early also. Any problem, she can call the Labour Department 2717 1771 or the KJRI.
~11|Speaker 2: And the money, ma'am, what you said last week about my money?
~11|Speaker 1: {A7|like I told}Yes, like I told you: the employer pays your salary into our office account, we keep your ATM card here and give you HK$ 1,000 each month. The rest you take when you finish.
~11|Speaker 2: My passport?
~11|Speaker 1: {L1}Passport you keep yourself. We only need one copy for the file.
~11|Speaker 3: Does she pay any agency fee to you?
~11|Speaker 1: {L2}No, we take nothing from her. The employer paid the fee.
~11|Speaker 2: If the family is not good, can I change employer?
~11|Speaker 1: {A8|cannot change}No, you cannot change. You finish two years with this family; the agency will not process a change of employer for you.
~11|Speaker 2: One more, ma'am, my friend said something about a boyfriend.
~11|Speaker 1: {A6|boyfriend}Right, no boyfriend, Siti. The employer doesn't want. If you have a boyfriend or you get married, the contract is terminated.
~11|Speaker 3: Thank you. We will write this down for Siti.
=
=[Counsellor's note: Ms. Yip stated that these are the terms agreed between the
=agency and the employer for Siti's placement.]
''')

# ======================================================= clean contracts (en)

C(id='AA-023', lang='en', role='clean', sector='care', dest='CY', origin='LK', sex='F',
  wage=530, cur='EUR', reg='email', pov='correspondence', numbering='dotted', width=74,
  typographic=1, body='''
=From: Nilmini Fernando <nilmini@lankacare-placements.lk>
=To: Andreas Georgiou <a.georgiou@cytanet.com.cy>
=Date: Mon, 5 Jan 2026 08:55 +0530
=Subject: Carer for your mother - Ms. Chamari Silva - terms

Dear Mr Georgiou,

Following your call, here are the terms for Ms. Chamari Silva:

1. Salary EUR 530 a month, paid on the last working day into her own bank account in Cyprus.
2. Hours: 42 a week, not more than 8 in a day, spread over six days.
3. One full day of rest (24 hours) every week, Sunday if possible.
4. You pay her air ticket back to Colombo when the contract ends, or if it ends earlier.
5. {L9}She may take any complaint to the Department of Labour Relations in Nicosia or to the Sri Lanka High Commission, and she will not be penalised for doing so.

Kind regards, Nilmini

=From: Andreas Georgiou <a.georgiou@cytanet.com.cy>
=Date: Mon, 5 Jan 2026 19:20 +0200

Dear Nilmini, all fine. My sister asks whether we should keep her passport, to be safe, and whether Chamari pays a deposit in case she leaves us early.

=From: Nilmini Fernando <nilmini@lankacare-placements.lk>
=Date: Tue, 6 Jan 2026 09:10 +0530

> whether we should keep her passport, to be safe

{L1}Please do not. The passport stays with Chamari; you may take a copy for the Civil Registry file.

> whether Chamari pays a deposit in case she leaves us early

{L3}No deposit and no bond. If she wants to leave early she gives one month's notice, and nothing more is asked of her.

{L2}Our placement fee, the visa and her flight are invoiced to you; nothing is taken from her pay for them.

=From: Andreas Georgiou <a.georgiou@cytanet.com.cy>
=Date: Tue, 6 Jan 2026 18:02 +0200

Understood, we agree. {L7}Her salary goes straight to her own account and we will not hold her bank card. One question: the clinic asked whether to add a pregnancy test.

=From: Nilmini Fernando <nilmini@lankacare-placements.lk>
=Date: Wed, 7 Jan 2026 08:40 +0530

{L5}Please tell the clinic no. The check is for fitness to work only; a pregnancy test is not part of it and pregnancy would not end her contract.

Nilmini
''')

C(id='AA-024', lang='en', role='clean', sector='construction', dest='MY', origin='NP', sex='M',
  wage=1700, cur='MYR', reg='faq', pov='handbook', numbering='qa', width=76,
  paging=('Bina Jaya Builders - Site Workers FAQ - page {n} of {N}',
          'SITE WORKERS FAQ (CONTINUED)\n'), body='''
=BINA JAYA BUILDERS SDN BHD - SITE WORKERS: QUESTIONS AND ANSWERS
=For workers from Nepal recruited through Everest Link Manpower, Kathmandu.
=The answers are terms of your employment contract.

Q: What is my pay?
A: RM 1,700 basic every month, paid by the 7th of the next month into your own bank account.
Q: Does the company keep my bank card?
A: {L7}No. The card and PIN are yours, and nobody from the company keeps them or asks for them.
Q: What are my hours?
A: 8 hours a day, 48 a week; overtime is voluntary and paid.
Q: When is my rest day?
A: Every Sunday, 24 hours.
Q: Can I go out of the hostel on my rest day?
A: {L4}Yes. Outside your hours the hostel gate is open to you; the guard writes down who comes in, but nobody stops you going out.
Q: Who holds my passport?
A: {L1}You do. If the permit has to be renewed, HR borrows it against a receipt and gives it back within two working days.
Q: Did I have to pay a fee for this job?
A: {L2}No. Bina Jaya paid Everest Link's fee, the levy, your visa and your flight. If you paid anyone in Nepal, tell HR: we refund it in full.
Q: Do I have to leave money as a deposit?
A: {L3}No. There is no deposit and no bond, and nobody at home stands as guarantor for you.
Q: Can I change to another employer?
A: {L8}Yes, under the Immigration Department's rules; the company will not hold you back.
Q: Who pays my ticket back to Nepal?
A: The company, when your contract is finished or if it ends earlier.
Q: Where can I complain?
A: To the site safety and welfare officer, to the Labour Department (JTK), or to the Embassy of Nepal in Kuala Lumpur.
''')

C(id='AA-025', lang='en', role='clean', sector='domestic', dest='HK', origin='ID', sex='F',
  wage=5100, cur='HKD', reg='table', pov='parties', numbering='pipe-table', width=76,
  body='''
=TERMS AT A GLANCE - FOREIGN DOMESTIC HELPER
=Employer: Mr. and Mrs. Leung, Sha Tin.  Helper: Ms. Dewi Kusumawati.
=Agency: Harbour Light Employment Agency (licence 61422) with PT Sinar Bahari, Semarang.
=This table summarises the Standard Employment Contract signed by both parties.

=| Term                 | What the contract says                                              |
=|----------------------|---------------------------------------------------------------------|
=| Wage                 | HK$ 5,100 a month, paid within 7 days after each month              |
=| Working time         | not more than 10 hours a day; 8 hours' rest at night                |
=| Rest day             | one full day off (24 hours) in each week                            |
={L4}| Rest day use         | spent where the helper wishes; she may leave the flat freely        |
={L2}| Agency fee, visa     | paid by the employer; nothing recovered from the helper's wage      |
={L3}| Deposit / guarantor  | none required from the helper or her family                         |
={L5}| Medical check        | fitness only; pregnancy is neither tested nor a reason to dismiss   |
={L6}| Private life         | she may marry or have a partner; the contract is unaffected         |
=| Return passage       | paid by the employer at the end or on early termination             |
={L9}| Help                 | Labour Department 2717 1771; KJRI Hong Kong; no penalty for calling |

=Agreed in Hong Kong, 13 January 2026.   Employer: ________   Helper: ________
''')

C(id='AA-026', lang='en', role='clean', sector='manufacturing', dest='TW', origin='TH', sex='M',
  wage=28590, cur='TWD', reg='call', pov='dialogue', numbering='named', width=76, body='''
=Recording transcribed by the Thai Labour Office, Taipei - routine follow-up call
=Date: 14 January 2026.  Participants: OFFICER (Ms. Pimchanok S.), BROKER (Mr.
=Chen Yu-Ting, Longtai Manpower), WORKER (Mr. Somchai Boonmee, Tainan factory).
=
OFFICER: Mr. Chen, please state the terms of Mr. Somchai's contract so that he hears them again.
BROKER: Basic wage NT$ 28,590 a month, paid on the 10th into his own account. Eight hours a day, forty a week. One rest day every week. At the end, the factory buys the ticket back to Bangkok, and also if the contract ends early. For complaints, the 1955 hotline or your office.
WORKER: Who keeps my passport now?
BROKER: {L1}You keep it. We borrowed it only for the ARC and gave it back the same day.
WORKER: My friend says they keep half of his salary at his factory.
BROKER: {L7}Not here. The whole salary goes into your account every month, and only you have the card.
OFFICER: Was any fee or deposit paid in Thailand?
BROKER: {L2}No fee from him: the factory paid the recruitment. {L3}And no deposit, no bond, nothing from his family.
WORKER: If I want another factory later?
BROKER: {L8}You can change employer under the Ministry of Labor rules; we will help with the paperwork.
OFFICER: And if he calls 1955 about something?
BROKER: {L9}That is his right. Nobody will punish him for calling.
OFFICER: Thank you. End of call.
''')

# ======================================================= CTR-010 contracts (en)

C(id='AA-027', lang='en', role='ctr010', sector='domestic', dest='SA', origin='PH', sex='F',
  wage=1500, cur='SAR', reg='email', pov='correspondence', numbering='dotted', width=74,
  missing=['complaint'], body='''
=From:    Jerome Villanueva <jv@sunrise-eastmanpower.ph>
=To:      Nasser Al-Otaibi <n.otaibi@otaibi-home.sa>
=Date:    Tue, 13 Jan 2026 14:02 +0800
=Subject: HSW Ms. Lorna B. Mercado - employment terms

Dear Mr. Al-Otaibi,

For your confirmation, Lorna's terms:

1. Monthly salary SAR 1,500, paid on the 27th of each month to her own account.
2. Working hours: not more than 10 a day, with at least 8 hours of continuous rest at night.
3. One day off of 24 hours each week (Friday).
4. Her ticket back to Manila when the contract expires, or on early termination, is for your account.
5. {L1}Lorna keeps her passport and iqama with her; Madam may borrow them only for renewals and returns them the same day.

Regards,
Jerome Villanueva, Sunrise East Manpower, Manila

=From:    Nasser Al-Otaibi <n.otaibi@otaibi-home.sa>
=Date:    Wed, 14 Jan 2026 22:11 +0300

Dear Jerome,

> 1. Monthly salary SAR 1,500, paid on the 27th of each month to her own
> account.

Fine. My wife asked me whether Lorna may marry during the contract, her cousin works in Riyadh.

=From:    Jerome Villanueva <jv@sunrise-eastmanpower.ph>
=Date:    Thu, 15 Jan 2026 09:30 +0800

{L6}Yes, Sir, she may. Marriage does not change anything in her contract, and you may not end it for that reason.

Notices under the contract go in writing to the addresses in the signature blocks. If Lorna is sick she tells Madam the same morning.

Jerome
''')

C(id='AA-028', lang='en', role='ctr010', sector='domestic', dest='MY', origin='ID', sex='F',
  wage=1500, cur='MYR', reg='b2b', pov='third-person', numbering='decimal', width=76,
  missing=['return'],
  paging=('Mawar Maid Services - Client Agreement MMS/2026/044 - page {n} of {N}',
          'MAWAR MAID SERVICES SDN BHD\n'), body='''
=CLIENT AGREEMENT  MMS/2026/044
=MAWAR MAID SERVICES SDN BHD, Petaling Jaya (private employment agency licence
=JTK/PEA/0312) ("the Agency") and PUAN NORAINI BINTI HASHIM, Shah Alam ("the Client")

1. The Agency places with the Client a domestic helper, Ms. Sri Wahyuni ("the Helper"), recruited in Indonesia by PT Karya Mitra Bersama, Cirebon, for a two-year contract.
2. The Client shall pay the Helper RM 1,500 a month, not later than the 7th of the following month, into the Helper's own bank account.
3. The Helper's normal working hours shall not exceed 10 a day, with at least 8 hours of uninterrupted rest each night.
4. The Helper shall have a weekly rest day of 24 hours.
5. The Client shall pay the Helper's air ticket from Jakarta to Kuala Lumpur, her visa and her levy.
6. {L1}The Client shall not hold the Helper's passport; the Helper keeps it, and the Client may ask to see it only for the renewal of her permit.
7. {L5}The Client shall not require any pregnancy test of the Helper, and the Client may not end her employment because she is pregnant.
8. If the Helper has a complaint, she may go to the Labour Department (JTK), to the Indonesian Embassy in Kuala Lumpur, or to the Agency's helpline 03-7781 4420.
9. This agreement follows the Employment Act 1955 and the Malaysia-Indonesia memorandum on domestic workers.

=Signed at Petaling Jaya, 9 January 2026.   Agency: __________   Client: __________
''')

C(id='AA-029', lang='en', role='ctr010', sector='manufacturing', dest='MY', origin='BD', sex='M',
  wage=1700, cur='MYR', reg='faq', pov='handbook', numbering='qa-numbered', width=76,
  missing=['hours', 'rest'], body='''
=NUSANTARA CABLE INDUSTRIES SDN BHD - SHAH ALAM
=NEW WORKER QUESTIONS AND ANSWERS (Bangladesh intake, January 2026)
=These answers are part of your terms of employment.

Q1. What is my salary?
A1. RM 1,700 basic each month, paid by the 7th of the following month into your own bank account.

Q2. When do I know my shift?
A2. Your supervisor gives out the shift plan for the coming month in the last week of each month.

Q3. Are public holidays paid?
A3. Yes, the eleven gazetted public holidays of Selangor are paid, and you also have 12 days of annual leave.

Q4. Who keeps my passport?
A4. {L1}You keep it. HR may borrow it for the permit renewal against a receipt and returns it within three working days.

Q5. Did I have to pay for my visa or the agency?
A5. {L2}No. The company has paid the agency, the levy, the visa and the flight; none of it is taken from your salary.

Q6. Who pays my flight home?
A6. The company, at the end of your contract or if it ends early.

Q7. Where can I complain?
A7. To HR, to the Labour Department (JTK) Shah Alam, or to the Bangladesh High Commission in Kuala Lumpur.
''')

C(id='AA-030', lang='en', role='ctr010', sector='domestic', dest='AE', origin='KE', sex='F',
  wage=1200, cur='AED', reg='declaration', pov='first-person', numbering='dotted', width=74,
  missing=['wage'], body='''
=STATEMENT OF THE DOMESTIC WORKER ON HER TERMS OF EMPLOYMENT
=Jambo Gulf Manpower Ltd, Mombasa - placement through a Tadbeer centre, Dubai

I, Mary Atieno Ouma, Kenyan passport AK2290431, state that I have understood the following terms of my employment with Mr. Khalid Al Suwaidi in Dubai:

1. My employment is for two years from my arrival.
2. My salary will be paid every month by bank transfer; it is the salary set out in the Tadbeer standard package.
3. My daily work will not be more than 10 hours, and I will have at least 8 hours of continuous rest at night.
4. I will have one paid day of rest of 24 hours every week.
5. My employer pays my ticket home to Nairobi at the end of the two years, and also if the contract ends earlier.
6. {L3}No deposit, bond or guarantee has been asked of me or my family, and I will not have to pay anything if I leave early with notice.
7. {L6}I may marry or have a partner; my private life does not affect this employment.
8. If I have a complaint I may call MOHRE on 600590000 or the Embassy of Kenya in Abu Dhabi.

=Signature: ____________________   Mombasa, 12 January 2026
''')

C(id='AA-031', lang='en', role='ctr010', sector='construction', dest='SA', origin='NP', sex='M',
  wage=1300, cur='SAR', reg='call', pov='dialogue', numbering='named', width=76,
  missing=['rest'], body='''
=Pre-departure orientation call - Nepal Migrant Resource Centre, Kathmandu
=Recorded 9 January 2026. Speakers: COUNSELLOR (Ms. Sita Gurung), AGENT (Mr. Ram
=Bahadur Thapa, Sagarmatha Overseas Pvt Ltd), WORKER (Mr. Dil Bahadur Rai).
=
COUNSELLOR: Mr. Thapa, tell Dil Bahadur once more what his contract with the company in Jubail says.
AGENT: Salary SAR 1,300 a month, on the 1st of each month, into his own bank account. Work is 8 hours a day.
WORKER: And if I want to come back after the two years?
AGENT: The company pays the ticket Dammam to Kathmandu at the end, and also if the contract is ended early.
WORKER: Who keeps my passport?
AGENT: {L1}You keep it. The company takes a copy only, for the iqama.
WORKER: If the company is bad, can I go to another?
AGENT: {L8}Yes. Under the Saudi labour reform you can transfer to another employer after notice; the company's permission is not needed.
COUNSELLOR: If he has a complaint?
AGENT: The HRSD hotline 19911, or the Embassy of Nepal in Riyadh.
WORKER: On Fridays, is there prayer time?
AGENT: The site stops for two hours at noon on Friday for prayers. And the Eid holidays are paid.
COUNSELLOR: Thank you. End of recording.
''')

# ======================================================= CTR-011 pairs (en)

C(id='AA-032', lang='en', role='pair', change='wage', sector='manufacturing', dest='MY',
  origin='NP', sex='M', wage=1700, cur='MYR', reg='table', pov='parties', numbering='pipe-table',
  width=76, body='''
=EMPLOYMENT TERMS - Kenanga Foods Industries Sdn Bhd, Seremban
=Worker: Mr. Hari Prasad Adhikari, Nepali passport PA0974128
=Agency: Annapurna Global Manpower, Kathmandu (DoFE licence 1093)
={V:Version: signed in Kathmandu before departure, 14 January 2026¦Version: signed in Seremban after arrival, 3 March 2026}

=| No. | Term              | Detail                                                   |
=|-----|-------------------|----------------------------------------------------------|
=| 1   | Position          | packing operator, 24 months                              |
={P|RM}{V:| 2   | Basic wage        | RM 1,700 a month, paid by the 7th to own account         |¦| 2   | Basic wage        | RM 1,500 a month, paid by the 7th to own account         |}
=| 3   | Hours             | 8 a day, 48 a week; overtime voluntary and paid          |
=| 4   | Weekly rest       | Sunday, 24 hours                                         |
={L1}| 5   | Passport          | kept by the worker; the company keeps none               |
={L3}| 6   | Deposit, bond     | none; leaving early costs the worker nothing but notice  |
=| 7   | Return ticket     | paid by the company at the end or on early termination   |
=| 8   | Complaints        | HR office; Labour Department (JTK); Embassy of Nepal     |
''')

C(id='AA-033', lang='en', role='pair', change='hours', sector='construction', dest='QA',
  origin='BD', sex='M', wage=1100, cur='QAR', reg='b2b', pov='third-person', numbering='decimal',
  width=76, body='''
=MANPOWER SUPPLY AGREEMENT  MSA-26-112
=between RUPSHA OVERSEAS LTD, Dhaka (RL-0938) and PEARL COAST CONTRACTING W.L.L., Doha
={V:Version: signed in Dhaka before departure, 14 January 2026¦Version: signed in Doha after arrival, 3 March 2026}

1. Rupsha Overseas supplies to Pearl Coast Contracting the worker Mr. Abdul Karim Mia ("the Worker") as a general labourer for a period of two years.
2. Pearl Coast pays the Worker a basic wage of QAR 1,100 a month, plus food, through WPS to his own account by the 7th of the following month.
3. {P|hours}{V:Normal working hours are 8 a day and 48 a week.¦Normal working hours are 10 a day and 60 a week.}
4. The Worker has a weekly rest day of 24 hours, normally Friday.
5. {L2}All recruitment costs, including Rupsha Overseas' service charge, the visa, the medical and the air ticket, are borne by Pearl Coast, and neither company shall recover any of them from the Worker.
6. Pearl Coast provides the Worker's return ticket to Dhaka at the end of the two years or on earlier termination.
7. {L9}The Worker may take a complaint to the Ministry of Labour or to the Embassy of Bangladesh in Doha; neither company shall penalise him for it.
8. Accommodation and transport to the site are provided free by Pearl Coast.
''')

C(id='AA-034', lang='en', role='pair_eq', sector='hospitality', dest='AE', origin='PH', sex='F',
  wage=2200, cur='AED', reg='hrexport', pov='record', numbering='flat-keys', width=78, body='''
=OFFER RECORD / Al Fanar Hotels HR Cloud / record OFR-2026-0093
={V:record_version = signed in Manila before departure, 14 January 2026¦record_version = signed in Abu Dhabi after arrival, 3 March 2026}
=flag legend: Y = yes, N = no; payer codes: H = hotel, S = staff member
=
=staff.name = Ms. Jocelyn R. Tolentino
=staff.agency = Manila Crest Placement Inc. (DMW licence 207-LB)
=post = front office associate, Al Fanar Corniche Hotel, Abu Dhabi
=term = 24 months from arrival
=salary.monthly = AED 2,200
=salary.paid_on = 1st of next month, WPS, own bank account
={L7}salary.held_by_hotel = N
=hours.daily = 8
=hours.weekly = 48
=rest.weekly = 1 day (24 h)
={L5}medical.pregnancy_screen = N    (fitness check only; pregnancy is no ground for dismissal)
=flight.home.payer = H (end of contract and early termination)
=grievance.channels = MOHRE 600590000; Migrant Workers Office, Abu Dhabi
''')

# ======================================================= 7. Indonesian documents

C(id='AA-035', lang='id', role='abuse', sector='domestic', dest='HK', origin='ID', sex='F',
  wage=5100, cur='HKD', reg='pernyataan', pov='first-person', numbering='dotted', width=76,
  abuses=['CTR-001', 'CTR-003', 'CTR-005'],
  paging=('Surat Pernyataan CPMI No. SBM/SP/0117/2026 - hlm. {n} dari {N}',
          'PT SURYA BAHTERA MANDIRI - MALANG\n'), body='''
=SURAT PERNYATAAN
=Nomor: SBM/SP/0117/2026
=
=Yang bertanda tangan di bawah ini:
=Nama                 : Lestari Wulandari
=Tempat/tanggal lahir : Blitar, 12 Mei 1998
=Nomor paspor         : E 4418207
=Alamat               : Dusun Krajan RT 02/RW 03, Kec. Wlingi, Kab. Blitar
=Calon PMI melalui    : PT Surya Bahtera Mandiri (P3MI), Malang
=Negara / jabatan     : Hong Kong / penata laksana rumah tangga
=
dengan ini menyatakan dengan sesungguhnya bahwa:

1. Saya bersedia bekerja pada majikan di Hong Kong selama 2 (dua) tahun dengan gaji HK$ 5.100 per bulan, yang dibayar paling lambat 7 (tujuh) hari setelah akhir setiap bulan.
2. Saya mengerti bahwa jam kerja saya paling lama 10 (sepuluh) jam sehari dan saya berhak atas istirahat paling sedikit 8 (delapan) jam berturut-turut pada malam hari.
3. Saya berhak atas 1 (satu) hari libur penuh selama 24 jam setiap minggu.
4. {A1|paspor}Saya bersedia paspor dan HKID saya dipegang oleh agensi di Hong Kong selama masa kontrak demi keamanan, dan saya cukup membawa fotokopinya.
5. {L2}Saya tidak dipungut biaya penempatan dalam bentuk apa pun. Biaya pelatihan, paspor, visa, pemeriksaan kesehatan dan tiket ditanggung oleh pemberi kerja, dan gaji saya tidak akan dipotong untuk itu.
6. {A3|BPKB}BPKB sepeda motor milik orang tua saya telah saya serahkan kepada P3MI sebagai jaminan dan baru dikembalikan setelah kontrak 2 (dua) tahun selesai; apabila saya pulang sebelum kontrak berakhir, jaminan tersebut menjadi milik P3MI.
7. {A5|tes kehamilan}Saya bersedia menjalani tes kehamilan sebelum berangkat dan setiap tahun selama bekerja, dan apabila saya hamil saya bersedia kontrak diputus dan dipulangkan.
8. Tiket pulang ke Indonesia pada akhir kontrak, atau apabila kontrak berakhir lebih awal, ditanggung oleh majikan.
9. {L9}Saya mengetahui bahwa saya boleh mengadu ke Labour Department Hong Kong (2717 1771), KJRI Hong Kong atau Crisis Center BP2MI, dan tidak ada pihak yang boleh melarang saya atau menghukum saya karena mengadu.

Demikian surat pernyataan ini saya buat dalam keadaan sadar dan tanpa paksaan dari pihak mana pun.

=Malang, 8 Januari 2026
=Yang menyatakan,                                   Mengetahui,
=[meterai Rp 10.000]                                 orang tua / wali
=
=Lestari Wulandari                                   ______________________
''')

C(id='AA-036', lang='id', role='abuse', sector='care', dest='TW', origin='ID', sex='F',
  wage=20000, cur='TWD', reg='asrama', pov='notice', numbering='numbered-caps', width=76,
  caps=1, abuses=['CTR-004', 'CTR-002'],
  paging=('Peraturan Asrama LPK Cahaya Anugerah - hlm. {n}/{N}',
          'PERATURAN ASRAMA (LANJUTAN)\n'), body='''
=LPK CAHAYA ANUGERAH - MITRA PT CAHAYA ANUGERAH SEJAHTERA (P3MI), KENDAL
=PERATURAN ASRAMA DAN RINGKASAN SYARAT KERJA
=bagi Calon Pekerja Migran Indonesia (CPMI) tujuan Taiwan, jabatan perawat lansia
=Ditempel di aula asrama putri, Januari 2026. Berlaku sejak CPMI masuk asrama.

=BAGIAN I - RINGKASAN SYARAT KERJA DI TAIWAN (sesuai Perjanjian Kerja)
a. Gaji NT$ 20.000 setiap bulan, dibayar tanggal 10 ke rekening atas nama pekerja.
b. Jam kerja paling lama 10 jam sehari, dengan istirahat malam paling sedikit 8 jam tanpa gangguan.
c. Libur 1 (satu) hari setiap 7 (tujuh) hari.
d. Tiket pulang ke Indonesia ditanggung majikan pada akhir kontrak atau bila kontrak berakhir lebih awal.
e. Pengaduan: hotline 1955 (gratis, ada layanan bahasa Indonesia), KDEI Taipei, dan Crisis Center BP2MI.

=BAGIAN II - PERATURAN ASRAMA
1. BANGUN PUKUL 04.30, SENAM PAGI PUKUL 05.00.
2. {A4|Selama masa pelatihan}Selama masa pelatihan, kurang lebih 3 (tiga) bulan, peserta tidak diperbolehkan keluar dari lingkungan asrama, termasuk hari Minggu dan hari libur. Keluarga hanya boleh menjenguk di ruang tamu pada Minggu pertama setiap bulan.
3. {L1}Paspor disimpan oleh peserta sendiri di loker pribadi yang kuncinya dipegang peserta. Petugas asrama tidak menyimpan paspor siapa pun.
4. DILARANG MEMASAK DI KAMAR.
5. {A2|Biaya pelatihan}Biaya pelatihan, asrama dan makan selama di LPK sebesar Rp 9.500.000 menjadi tanggungan peserta dan dibayar melalui potongan gaji selama 5 (lima) bulan pertama di Taiwan.
6. {L6}Peserta yang sudah menikah atau berencana menikah tetap boleh mengikuti pelatihan dan berangkat. Status perkawinan bukan alasan untuk membatalkan keberangkatan atau kontrak.
7. {L8}Di Taiwan, peserta boleh pindah majikan sesuai aturan Kementerian Tenaga Kerja Taiwan tanpa perlu izin dari P3MI.
8. PIKET KEBERSIHAN SESUAI JADWAL DI PAPAN PENGUMUMAN.

=Kendal, 5 Januari 2026
=Kepala Asrama, Ibu Siti Maryam
''')

C(id='AA-037', lang='id', role='abuse', sector='manufacturing', dest='TW', origin='ID', sex='F',
  wage=28590, cur='TWD', reg='perjanjian', pov='parties', numbering='pasal', width=76,
  typographic=1, abuses=['CTR-007', 'CTR-004', 'CTR-006'],
  paging=('Perjanjian Kerja No. 118/PK/TW/I/2026 - halaman {n} dari {N}',
          'Perjanjian Kerja No. 118/PK/TW/I/2026 (lanjutan)\n'), body='''
=PERJANJIAN KERJA
=Nomor: 118/PK/TW/I/2026

Pada hari ini, Senin tanggal 12 Januari 2026, di Cilacap, yang bertanda tangan di bawah ini: Chang Hua Textile Co., Ltd., beralamat di Changhua County, Taiwan, diwakili oleh agensinya Da Ren Manpower Co., selanjutnya disebut Pemberi Kerja; dan Sdri. Nur Aini, lahir di Cilacap, 4 Februari 2000, pemegang paspor C 7718034, selanjutnya disebut Pekerja; dengan perantaraan PT Bahari Kerja Nusantara (P3MI), Cilacap, telah sepakat mengadakan Perjanjian Kerja dengan ketentuan sebagai berikut.

Pasal 1. Pekerja dipekerjakan sebagai operator mesin tenun di pabrik Pemberi Kerja di Changhua selama 3 (tiga) tahun sejak tiba di Taiwan.

Pasal 2. Waktu kerja normal adalah 8 (delapan) jam sehari dan 40 (empat puluh) jam seminggu. Kerja lembur hanya dengan persetujuan Pekerja dan dibayar sesuai Undang-Undang Standar Ketenagakerjaan Taiwan.

Pasal 3. Pekerja berhak atas 1 (satu) hari istirahat setiap minggu. {A4|Pada}Pada hari istirahat itu Pekerja tetap berada di asrama perusahaan dan hanya boleh keluar bersama pengawas asrama.

Pasal 4. Upah pokok Pekerja sebesar NT$ 28.590 setiap bulan dibayar pada tanggal 10 bulan berikutnya ke rekening atas nama Pekerja.{PB} {A7|disimpan}Sebesar NT$ 5.000 dari upah setiap bulan disimpan oleh Pemberi Kerja sebagai tabungan wajib dan baru diserahkan kepada Pekerja ketika ia pulang ke Indonesia.

Pasal 5. {L1}Paspor dan ARC dipegang oleh Pekerja sendiri. Pemberi Kerja, agensi maupun P3MI tidak boleh meminta atau menahannya dengan alasan apa pun.

Pasal 6. {A6|menikah}Selama Perjanjian ini berlaku, Pekerja tidak diperkenankan menikah atau menjalin hubungan pacaran, dan pelanggaran ketentuan ini mengakibatkan Perjanjian berakhir.

Pasal 7. Pemberi Kerja menanggung tiket pulang Pekerja ke Indonesia pada akhir Perjanjian atau apabila Perjanjian berakhir lebih awal.

Pasal 8. {L9}Pekerja berhak menyampaikan pengaduan ke hotline 1955, ke KDEI Taipei atau ke BP2MI, dan tidak boleh dikenai sanksi apa pun karena pengaduan itu.

Pasal 9. Perjanjian ini dibuat dalam bahasa Indonesia dan bahasa Mandarin; apabila terdapat perbedaan, berlaku naskah yang lebih menguntungkan Pekerja.

=Pemberi Kerja,                                  Pekerja,
=
=(Da Ren Manpower Co., kuasa)                    (Nur Aini)
''')

C(id='AA-038', lang='id', role='abuse', sector='agriculture', dest='MY', origin='ID', sex='M',
  wage=1700, cur='MYR', reg='surat', pov='letter', numbering='letters', width=76,
  abuses=['CTR-002', 'CTR-008'],
  paging=('PT Borneo Tenaga Utama - Surat No. 021/BTU/I/2026 - hlm. {n}/{N}',
          'PT BORNEO TENAGA UTAMA - Pontianak\n'), body='''
=PT BORNEO TENAGA UTAMA
=Perusahaan Penempatan Pekerja Migran Indonesia - SIP3MI No. 2/1184/2023
=Jl. Gajah Mada No. 47, Pontianak, Kalimantan Barat
=
=Nomor   : 021/BTU/I/2026                              Pontianak, 7 Januari 2026
=Lampiran: 1 (satu) berkas
=Perihal : Pemberitahuan syarat kerja dan keberangkatan
=
=Kepada Yth.
=Sdr. Yohanes Dedi Kurniawan
=Desa Sungai Ambawang, Kab. Kubu Raya
=
Dengan hormat,

Bersama surat ini kami sampaikan bahwa Saudara telah diterima bekerja sebagai pemanen kelapa sawit di Ladang Sri Kenangan, Lahad Datu, Sabah, Malaysia, untuk masa kontrak 2 (dua) tahun. Syarat kerja Saudara sesuai Perjanjian Kerja adalah sebagai berikut:

a. Gaji pokok sebulan RM 1.700, dibayar paling lambat tanggal 7 bulan berikutnya ke rekening atas nama Saudara.
b. Waktu kerja 8 jam sehari dan 48 jam seminggu.
c. Hari Minggu adalah hari istirahat mingguan (24 jam).
d. {L7}Gaji tidak boleh ditahan oleh majikan atau mandor; seluruh gaji masuk ke rekening Saudara setiap bulan dan kartu ATM Saudara pegang sendiri.
e. {A2|Biaya proses}Biaya proses sebesar Rp 7.500.000 (paspor, visa, pemeriksaan kesehatan, pelatihan dan jasa P3MI) menjadi tanggungan Saudara dan dibayar melalui potongan gaji RM 150 setiap bulan selama 12 bulan pertama.
f. {L1}Paspor Saudara pegang sendiri. Majikan hanya boleh meminjamnya untuk perpanjangan permit dan wajib mengembalikannya dalam 3 (tiga) hari kerja.
g. {A8|pindah}Saudara tidak diperbolehkan pindah ke ladang atau majikan lain selama kontrak 2 (dua) tahun, dan permohonan pindah tidak akan diproses oleh P3MI maupun majikan.
h. {L3}Saudara dan keluarga tidak perlu menandatangani surat utang atau menyerahkan uang jaminan apa pun.
i. Tiket pulang ke Indonesia ditanggung majikan pada akhir kontrak atau apabila kontrak berakhir lebih awal.
j. Pengaduan dapat Saudara sampaikan ke Jabatan Tenaga Kerja Sabah, KJRI Kota Kinabalu atau Crisis Center BP2MI.

Saudara diminta hadir di kantor kami pada tanggal 14 Januari 2026 pukul 08.00 WIB untuk penandatanganan Perjanjian Kerja dan orientasi pra-pemberangkatan.

Demikian pemberitahuan ini kami sampaikan. Atas perhatian Saudara kami ucapkan terima kasih.

=Hormat kami,
=PT Borneo Tenaga Utama
=
=Hendra Gunawan, Direktur
''')

C(id='AA-039', lang='id', role='abuse', sector='domestic', dest='HK', origin='ID', sex='F',
  wage=5100, cur='HKD', reg='tanyajawab', pov='handbook', numbering='tj', width=76,
  abuses=['CTR-001', 'CTR-009'],
  paging=('Buku Saku CPMI Hong Kong - PT Mitra Sejati Insani - hlm. {n}', 'BUKU SAKU CPMI HONG KONG\n'),
  body='''
=BUKU SAKU CPMI TUJUAN HONG KONG - TANYA JAWAB
=PT Mitra Sejati Insani (P3MI), Ponorogo - edisi Januari 2026
=Jawaban di bawah ini adalah ketentuan kerja yang disepakati P3MI, agensi dan majikan.

T: Berapa gaji saya?
J: HK$ 5.100 per bulan, dibayar paling lambat 7 hari setelah akhir bulan.

T: Berapa jam saya bekerja?
J: Paling lama 10 jam sehari, dan Anda berhak tidur atau istirahat paling sedikit 8 jam berturut-turut di malam hari.

T: Kapan saya libur?
J: Setiap minggu Anda mendapat 1 hari libur selama 24 jam, biasanya hari Minggu.

T: Apakah paspor boleh saya simpan sendiri?
J: {A1|Tidak}Tidak. Paspor disimpan oleh agensi di Hong Kong selama masa kontrak supaya tidak hilang; kalau perlu, Anda bisa meminta fotokopinya.

T: Apakah saya harus menyerahkan uang jaminan?
J: {L3}Tidak ada uang jaminan dan tidak ada surat utang. Bila ingin berhenti, cukup memberi tahu satu bulan sebelumnya tanpa denda apa pun.

T: Apakah ada tes kehamilan di Hong Kong?
J: {L5}Tidak. Pemeriksaan kesehatan hanya untuk kelayakan kerja, dan kehamilan bukan alasan untuk memutus kontrak.

T: Bolehkah saya punya pacar?
J: {L6}Itu urusan pribadi Anda dan tidak ada hubungannya dengan kontrak.

T: Siapa yang membayar tiket pulang?
J: Majikan, pada akhir kontrak atau bila kontrak berakhir lebih awal.

T: Nomor apa saja yang harus saya simpan?
J: Labour Department Hong Kong 2717 1771, KJRI Hong Kong, Crisis Center BP2MI, dan nomor agensi.

T: Jadi kalau ada masalah gaji dengan majikan, saya telepon nomor-nomor tadi?
J: {A9|Jangan}Jangan. Masalah dengan majikan diselesaikan lewat agensi saja. Pekerja yang melapor ke KJRI atau Labour Department akan diputus kontraknya dan tidak akan diberangkatkan lagi.
''')

C(id='AA-040', lang='id', role='abuse', sector='manufacturing', dest='TW', origin='ID', sex='F',
  wage=28590, cur='TWD', reg='tabel', pov='parties', numbering='fixed-width', width=78,
  abuses=['CTR-003', 'CTR-005'], body='''
=PT ANUGERAH JAYA PERSADA (P3MI), SURABAYA
=LAMPIRAN PERJANJIAN PENEMPATAN: RINCIAN SYARAT KERJA DAN BIAYA
=CPMI: Sdri. Wahyu Ningsih - tujuan Taiwan - operator elektronik, Hsinchu, 3 tahun
=
=No  Uraian                        Ketentuan / jumlah          Ditanggung oleh
=--  ----------------------------  --------------------------  ----------------
=1   Upah pokok                    NT$ 28.590 per bulan,       -
=                                  dibayar tgl 10 ke rekening
=                                  pekerja
=2   Waktu kerja                   8 jam/hari, 40 jam/minggu   -
=3   Istirahat mingguan            1 hari setiap minggu        -
={L2}4   Biaya penempatan (agensi      tidak dipotong dari upah    Pemberi Kerja
=    Taiwan, P3MI, visa, tiket)
={A3|Uang jaminan}5   Uang jaminan kepulangan       Rp 10.000.000, disetor      Pekerja
=                                  sebelum berangkat; hangus
=                                  bila pulang sebelum 3 tahun
={A5|Tes kehamilan}6   Tes kehamilan                 setiap pemeriksaan          Pekerja
=                                  kesehatan; bila positif,
=                                  kontrak diputus dan pekerja
=                                  dipulangkan
={L7}7   Penyimpanan upah / tabungan   tidak ada; seluruh upah     -
=                                  diterima pekerja tiap bulan
={L8}8   Pindah majikan                boleh, sesuai ketentuan     -
=                                  Kemnaker Taiwan; tanpa izin
=                                  P3MI
=9   Tiket pulang                  akhir kontrak atau bila     Pemberi Kerja
=                                  berakhir lebih awal
=10  Pengaduan                     hotline 1955, KDEI Taipei,  -
=                                  Crisis Center BP2MI
=
=Surabaya, 9 Januari 2026      CPMI: ______________      P3MI: ______________
''')

C(id='AA-041', lang='id', role='clean', sector='domestic', dest='MY', origin='ID', sex='F',
  wage=1500, cur='MYR', reg='perjanjian', pov='parties', numbering='pasal', width=76,
  paging=('Perjanjian Kerja PLRT No. 044/PK-MY/2026 - hlm. {n} dari {N}',
          'Perjanjian Kerja PLRT No. 044/PK-MY/2026 (lanjutan)\n'), body='''
=PERJANJIAN KERJA PENATA LAKSANA RUMAH TANGGA
=Nomor: 044/PK-MY/2026

Perjanjian ini dibuat pada tanggal 13 Januari 2026 di Batam antara Encik Rahimi bin Omar, Johor Bahru, Malaysia (Majikan), dan Sdri. Rina Marlina, pemegang paspor C 6620915 (Pekerja), melalui PT Kepri Bakti Mandiri (P3MI), Batam.

Pasal 1. Pekerja bekerja sebagai penata laksana rumah tangga di rumah Majikan di Johor Bahru selama 2 (dua) tahun sejak tiba di Malaysia.

Pasal 2. Majikan membayar gaji sebesar RM 1.500 setiap bulan, paling lambat tanggal 7 bulan berikutnya, ke rekening atas nama Pekerja.

Pasal 3. Pekerja bekerja paling lama 10 (sepuluh) jam sehari dan berhak atas istirahat malam paling sedikit 8 (delapan) jam berturut-turut.

Pasal 4. Pekerja berhak atas 1 (satu) hari libur selama 24 jam setiap minggu.

Pasal 5. {L1}Paspor Pekerja tidak boleh ditahan oleh Majikan atau agensi. Pekerja menyimpannya sendiri, dan Majikan hanya boleh meminjamnya untuk perpanjangan izin kerja dengan tanda terima.

Pasal 6. {L3}Tidak ada uang jaminan, surat utang atau penjamin yang diminta dari Pekerja maupun keluarganya, dan Pekerja yang mengakhiri Perjanjian dengan pemberitahuan satu bulan tidak membayar denda apa pun.

Pasal 7. {L5}Majikan tidak boleh mewajibkan tes kehamilan. Kehamilan Pekerja bukan alasan untuk mengakhiri Perjanjian ini.

Pasal 8. {L6}Status perkawinan dan kehidupan pribadi Pekerja tidak mempengaruhi Perjanjian ini; Pekerja boleh menikah selama masa kerja.

Pasal 9. {L8}Pekerja boleh pindah ke majikan lain sesuai peraturan Jabatan Imigresen Malaysia, dan Majikan tidak akan menghalanginya.

Pasal 10. Majikan menanggung tiket pulang Pekerja ke Batam pada akhir Perjanjian atau apabila Perjanjian berakhir lebih awal.

Pasal 11. {L9}Pekerja boleh mengadu ke Jabatan Tenaga Kerja Johor, KJRI Johor Bahru atau Crisis Center BP2MI, dan tidak boleh dirugikan karena pengaduan itu.

=Majikan,                                        Pekerja,
=
=(Rahimi bin Omar)                               (Rina Marlina)
''')

C(id='AA-042', lang='id', role='ctr010', sector='care', dest='TW', origin='ID', sex='F',
  wage=20000, cur='TWD', reg='pernyataan', pov='first-person', numbering='dotted', width=76,
  missing=['return'], body='''
=SURAT PERNYATAAN CALON PEKERJA MIGRAN INDONESIA
=
=Saya yang bertanda tangan di bawah ini:
=Nama          : Eka Puspitasari
=NIK           : 3322054708990002
=Alamat        : Desa Tuntang RT 04/RW 01, Kab. Semarang
=P3MI          : PT Dharma Karya Nusa, Semarang
=Tujuan        : Taiwan, perawat lansia (caregiver), 3 tahun
=
menyatakan bahwa saya telah membaca dan memahami Perjanjian Kerja saya, yaitu:

1. Saya menerima gaji NT$ 20.000 setiap bulan, dibayar tanggal 5 ke rekening saya sendiri.
2. Saya bekerja paling lama 10 jam sehari dan beristirahat paling sedikit 8 jam berturut-turut pada malam hari.
3. Saya mendapat 1 (satu) hari libur setiap minggu.
4. Tiket keberangkatan dari Semarang ke Taipei ditanggung oleh majikan.
5. {L1}Paspor dan ARC saya simpan sendiri; agensi hanya meminjamnya untuk perpanjangan ARC dan mengembalikannya pada hari yang sama.
6. {L6}Saya boleh menikah selama masa kontrak, dan hal itu tidak menjadi alasan pemutusan kontrak.
7. Bila ada masalah, saya dapat menghubungi hotline 1955, KDEI Taipei atau Crisis Center BP2MI.

Surat pernyataan ini saya buat dengan sebenarnya.

=Semarang, 10 Januari 2026
=Yang menyatakan,
=
=(Eka Puspitasari)
''')

C(id='AA-043', lang='id', role='ctr010', sector='manufacturing', dest='MY', origin='ID', sex='M',
  wage=1700, cur='MYR', reg='surat', pov='letter', numbering='letters', width=76,
  missing=['complaint'], body='''
=PT SINERGI ANTAR NUSA
=Perusahaan Penempatan Pekerja Migran Indonesia, Lombok Timur
=
=Nomor   : 009/SAN/I/2026                            Selong, 6 Januari 2026
=Perihal : Panggilan penandatanganan Perjanjian Kerja
=
=Kepada Yth. Sdr. Lalu Ahmad Fauzi, Desa Masbagik Timur
=
Dengan hormat,

Saudara telah lolos seleksi sebagai operator produksi di Sentosa Rubber Products Sdn Bhd, Kulim, Kedah, Malaysia, untuk kontrak 2 (dua) tahun, dengan syarat kerja:

a. Upah pokok RM 1.700 sebulan, dibayar tanggal 7 ke rekening atas nama Saudara.
b. Waktu kerja 8 jam sehari, 48 jam seminggu.
c. Libur mingguan setiap hari Minggu.
d. Tiket pulang ke Lombok ditanggung perusahaan pada akhir kontrak atau bila kontrak berakhir lebih awal.
e. {L2}Seluruh biaya penempatan, termasuk jasa P3MI, visa dan levy, ditanggung perusahaan di Malaysia; tidak ada potongan gaji untuk biaya tersebut.
f. {L3}Tidak ada uang jaminan dan tidak ada surat utang yang harus Saudara tandatangani.

Informasi jadwal pemberangkatan diumumkan di papan pengumuman kantor kami.

Saudara diminta hadir pada tanggal 12 Januari 2026 pukul 09.00 WITA dengan membawa KTP dan kartu keluarga asli.

=Hormat kami,
=PT Sinergi Antar Nusa
=(Baiq Nurhayati, Manajer Operasional)
''')

C(id='AA-044', lang='id', role='pair', change='duration', sector='care', dest='TW', origin='ID',
  sex='F', wage=20000, cur='TWD', reg='perjanjian', pov='parties', numbering='pasal', width=76,
  body='''
=PERJANJIAN KERJA PERAWAT LANSIA
=Nomor: 207/PK-TW/2026
={V:Naskah: ditandatangani di Indramayu sebelum keberangkatan, 14 Januari 2026¦Naskah: ditandatangani di Taichung setelah kedatangan, 3 Maret 2026}

Antara Tuan Lin Chih-Hao, Taichung (Pemberi Kerja), dan Sdri. Yuliana, paspor C 5530172 (Pekerja), melalui PT Cipta Karsa Mandiri (P3MI), Indramayu.

Pasal 1. Pekerja merawat ibu Pemberi Kerja di rumahnya di Taichung.
{P|tahun}{V:Pasal 2. Jangka waktu Perjanjian adalah 2 (dua) tahun sejak tiba di Taiwan.¦Pasal 2. Jangka waktu Perjanjian adalah 3 (tiga) tahun sejak tiba di Taiwan.}
Pasal 3. Gaji NT$ 20.000 per bulan, dibayar tanggal 5 ke rekening atas nama Pekerja.
Pasal 4. Pekerja bekerja paling lama 10 jam sehari dengan istirahat malam paling sedikit 8 jam tanpa gangguan.
Pasal 5. Pekerja mendapat 1 (satu) hari libur setiap minggu.
Pasal 6. {L1}Paspor dan ARC dipegang Pekerja sendiri dan tidak boleh ditahan oleh Pemberi Kerja maupun agensi.
Pasal 7. {L5}Pekerja tidak diwajibkan menjalani tes kehamilan, dan kehamilan tidak mengakhiri Perjanjian.
Pasal 8. Pemberi Kerja menanggung tiket pulang Pekerja ke Indonesia pada akhir Perjanjian atau bila Perjanjian berakhir lebih awal.
Pasal 9. Pengaduan dapat disampaikan ke hotline 1955, KDEI Taipei atau BP2MI.

=Pemberi Kerja: ______________            Pekerja: ______________
''')
