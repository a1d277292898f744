#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for evaluation batch 14 (T-001 .. T-040).

    python3 make_set.py [outdir]      (default: the folder of this script)

Python 3 standard library only; fixed seed; deterministic.  Writes
texts/, labels.csv, contracts.csv and composition.csv into outdir and
prints a report: every labelled line with the line before it, the line
diff of each origin/destination pair, and look-alike usage.

Labels come from construction: each abusive clause carries a private-use
marker (U+E000 + n) through filling, insertion, numbering, wrapping
(markers are zero width), page footers, upper-casing and apostrophe
folding; the label is the 1-based line on which the marker ends up, and
the marker is then removed.  The changed term of a pair carries U+E0FF in
both versions; its line in the destination text is the CTR-011 label.
"""
import csv
import os
import random
import re
import sys

sys.dont_write_bytecode = True
from variants import (DEST, ORIG, ORD, HEAD, LET, LET_HEAD, AGR, AGR_HEAD,
                      UNDERTAKING, UNDERTAKING_CO, HOUSE_DOM, HOUSE_CO, LOOK,
                      LOOK_PART, DEST_ID, ORD_ID, HEAD_ID, AGR_ID, AGR_HEAD_ID,
                      PERNYATAAN, TATA_TERTIB)

SEED = 20261414
TERM = '\ue0ff'
NEUTRAL = '^'   # in a clause: the abusive sentence starts here

# --------------------------------------------------------------- the plan
# ab: (rule, place, text).  place = a part key of the main document, or
# 'annex'.  Texts may use the ctx placeholders of make_ctx.
PLAN = [
 dict(id='T-001', lang='en', role='abuse', doc='letter', annex=None, sector='domestic', dest='HK', orig='PH', sex='F',
      wname='Maricel Dela Cruz', sur='Dela Cruz', emp='Mrs. Chan Wai Ling', place='the family flat at Block C, 18 Tai Hang Road, Hong Kong', wage=5100, typo=1,
      ab=[('CTR-001', 'docs', "On the day you arrive, please hand your passport and your Hong Kong identity card to Mrs. Chan. They will stay in the family's safe box for the whole two years, and you may look at them whenever you ask."),
          ('CTR-006', 'conduct', "You agree to stay single while you work for us; marriage, an engagement or a boyfriend will be taken as a reason to end your appointment.")]),
 dict(id='T-002', lang='en', role='abuse', doc='agreement', annex=None, sector='construction', dest='QA', orig='NP', sex='M',
      wname='Ram Bahadur Thapa', emp='Al Rayyan Building Contracting W.L.L.', place='building sites of the Employer in Doha and Lusail', wage=1200,
      ab=[('CTR-001', 'docs', "On signing, the Worker surrenders to the Agency the original passport, citizenship certificate and training certificates; the Agency sends the passport on to the Employer, and it is held at the camp office for the whole Term."),
          ('CTR-002', 'costs', "For the services described in clause 2, the Worker shall pay the Agency a processing and placement commission of NPR 95,000 in cash before the visa is stamped, and no part of it is returned once the visa has been issued."),
          ('CTR-003', 'withdrawal', "A Worker who withdraws after the demand letter has been accepted, or who fails to board the booked flight, shall compensate the Agency with NPR 150,000 for its lost time and expenses.")]),
 dict(id='T-003', lang='en', role='clean', doc='contract', num='clause', annex='house', sector='manufacturing', dest='MY', orig='BD', sex='M',
      wname='Md. Rafiqul Islam', emp='Perkasa Precision Components Sdn. Bhd.', place="{E}'s factory at Lot 22, Jalan Perusahaan 3, Prai, Penang", wage=1800, ab=[]),
 dict(id='T-004', lang='id', role='abuse', doc='contract', num='pasal', annex='pernyataan', sector='domestic', dest='HK', orig='ID', sex='F',
      wname='Sri Wahyuni', emp='Ny. Wong Mei Kuen', place='rumah Pemberi Kerja di Flat 12B, Kwun Tong Garden, Kowloon', wage=5100, hyph=1,
      ab=[('CTR-007', 'wage', "Gaji Pekerja setiap bulan disetorkan oleh Pemberi Kerja ke rekening atas nama agensi dan baru diserahkan kepada Pekerja setelah masa kontrak selesai."),
          ('CTR-006', 'annex', "Saya tidak akan menikah dan tidak akan berpacaran selama masa kontrak di Hong Kong.")]),
 dict(id='T-005', lang='en', role='ctr010', doc='contract', num='article', annex=None, sector='cleaning', dest='AE', orig='UG', sex='F',
      wname='Sarah Namutebi', emp='Gulf Shield Facilities Services LLC', place='client premises of the Company in Dubai', wage=1100,
      miss=['complaint'], ab=[], extra={'conduct': "Any injury at work is notified straight away to the site supervisor, who enters it in the incident book."}),
 dict(id='T-006', W='the Worker', E='the Employer', lang='en', role='abuse', doc='contract', num='clause', annex='loan', sector='manufacturing', dest='TW', orig='PH', sex='F',
      wname='Jocelyn Bautista', emp='Hsin Yuan Electronics Co., Ltd.', place="{E}'s plant in the Taoyuan Industrial Park", wage=29500, hyph=1,
      ab=[('CTR-008', 'termination', "The Worker's employment is registered with the Workforce Development Agency. ^A transfer of the Worker to another employer in Taiwan is not permitted during the term, whatever the reason."),
          ('CTR-003', 'annex', "Before departure the Lender, Formosa Harvest Finance Co., Ltd., advanced NT$60,000 to the Worker's family in Batangas, which the Worker repays with interest at 1.5% a month through deductions from her monthly salary in the instalments set out below.")]),
 dict(id='T-007', lang='en', role='pair', doc='contract', num='article', annex=None, sector='manufacturing', dest='MY', orig='NP', sex='M',
      wname='Suman Gurung', emp='Cahaya Plastik Industries Sdn. Bhd.', place="{E}'s moulding plant at Nilai, Negeri Sembilan", wage=1800,
      pair='wage', term=('RM1,800', 'RM1,500'), ab=[]),
 dict(id='T-008', lang='en', role='abuse', doc='contract', num='article', annex='house', sector='domestic', dest='KW', orig='LK', sex='F',
      wname='Kumari Perera', emp='Mr. Khaled Al-Mutairi', place="the Employer's house in Block 4, Salwa, Kuwait", wage=110, wtxt='KWD 110 (one hundred and ten Kuwaiti dinars)',
      ab=[('CTR-007', 'wage', "For the Worker's convenience, her monthly wages accumulate with the Employer and are handed to her as one amount at the airport on her final departure."),
          ('CTR-004', 'annex', "The helper stays inside the house at all times; the outer door is kept locked and Madam holds the key."),
          ('CTR-006', 'annex', "Friendships with men, whether in person or by telephone, are forbidden to the helper.")]),
 dict(id='T-009', lang='en', role='abuse', doc='letter', annex='undertaking', sector='care', dest='TW', orig='ID', sex='F',
      wname='Dwi Lestari', emp='Mr. Lin Cheng-Hao', place="the family home at No. 7, Lane 45, Minsheng Road, Taichung", wage=20000,
      ab=[('CTR-005', 'medical', "You will attend a clinic chosen by the family for a pregnancy screening each half-year, and your appointment continues only while the result is negative."),
          ('CTR-009', 'annex', "I will bring any problem only to my broker, and I will not call the 1955 hotline or go to the labour bureau by myself.")]),
 dict(id='T-010', lang='id', role='ctr010', doc='contract', num='pasal', annex=None, sector='domestic', dest='MY', orig='ID', sex='F',
      wname='Nur Aini', emp='Puan Rosnah binti Ahmad', place='rumah Pemberi Kerja di No. 15, Jalan SS2/24, Petaling Jaya', wage=1800,
      miss=['rest', 'return'], ab=[]),
 dict(id='T-011', lang='en', role='abuse', doc='agreement', annex=None, sector='domestic', dest='SA', orig='KE', sex='F',
      wname='Faith Wanjiru', emp='Mr. Abdullah Al-Qahtani', place="the Employer's household in Al Malqa, Riyadh", wage=1500,
      ab=[('CTR-005', 'training', "The Agency arranges a pregnancy test and an HIV test before departure and again after arrival; if either is positive, the Placement is cancelled and the Worker is returned to Kenya."),
          ('CTR-007', 'remit', "The Worker's salary is paid by the Employer to the Agency's partner office in Riyadh, which keeps it on her behalf and settles it with her in Nairobi at the end of the Term.")]),
 dict(id='T-012', W='the Worker', E='the Company', lang='en', role='abuse', doc='contract', num='flat', annex=None, sector='construction', dest='OM', orig='BD', sex='M',
      wname='Abdul Karim', emp='Al Khuwair Engineering and Contracting LLC', place="{E}'s project sites in Muscat and Sohar", wage=110, caps=1,
      ab=[('CTR-002', 'costs', "The costs of the entry visa, the medical fitness test in Dhaka and the flight to Muscat are not the responsibility of the Company."),
          ('CTR-008', 'termination', "The Worker may leave Oman, whether on leave or for good, only after the Company has issued him a written exit permission.")]),
 dict(id='T-013', lang='en', role='clean', doc='letter', annex='undertaking', sector='hospitality', dest='BH', orig='PH', sex='F',
      wname='Rowena Manalo', emp='Seef Bay Hotel W.L.L.', place='the Seef Bay Hotel, Manama', wage=200, ab=[]),
 dict(id='T-014', W='the Employee', E='the Company', lang='en', role='abuse', doc='contract', num='clause', annex='deduct', sector='manufacturing', dest='MY', orig='NP', sex='M',
      wname='Bishnu Tamang', emp='Meridian Glove Manufacturing Sdn. Bhd.', place="{E}'s glove factory at Klang, Selangor", wage=1700,
      ab=[('CTR-002', 'annex', "I authorise the Company to deduct RM300 from my wages in each of my first ten months of service, being the placement and processing fee of Himal Overseas Employment.")]),
 dict(id='T-015', lang='en', role='abuse', doc='contract', num='article', annex='undertaking', sector='domestic', dest='AE', orig='ET', sex='F',
      wname='Tigist Alemu', emp='Mrs. Mariam Al Hammadi', place="the Employer's villa in Al Barsha, Dubai", wage=1000, hyph=1,
      ab=[('CTR-006', 'conduct', "The Employer respects the Worker's religion and allows her time for prayer. ^The Worker shall not contract a marriage during the term of this Contract, and a marriage entered into in breach of this clause is a ground for immediate termination."),
          ('CTR-001', 'annex', "At my own request and for safe keeping, I leave my passport and my Emirates ID with my sponsor for as long as I work in the household."),
          ('CTR-004', 'annex', "I shall not step outside the villa on my own, my day off included; I go out when the family decides to take me with them.")]),
 dict(id='T-016', lang='id', role='abuse', doc='agreement', annex=None, sector='manufacturing', dest='TW', orig='ID', sex='M',
      wname='Agus Setiawan', emp='Chun Yi Metal Industrial Co., Ltd.', place='pabrik Pemberi Kerja di Changhua, Taiwan', wage=29500,
      ab=[('CTR-002', 'costs', "Pekerja membayar biaya jasa penempatan kepada Perusahaan sebesar Rp 18.500.000, yang dilunasi melalui potongan gaji selama sembilan bulan pertama di Taiwan."),
          ('CTR-003', 'withdrawal', "Apabila Pekerja mengundurkan diri setelah visa kerja terbit, Pekerja wajib membayar denda kepada Perusahaan sebesar Rp 10.000.000.")]),
 dict(id='T-017', lang='en', role='abuse', doc='letter', annex='house', sector='hospitality', dest='BH', orig='IN', sex='M',
      wname='Rajesh Nair', emp='Gulf Pearl Resort and Spa W.L.L.', place='the Gulf Pearl Resort, Amwaj Islands', wage=180, typo=1,
      ab=[('CTR-008', 'termination', "Resignation before your two-year term is complete will not be accepted, and the hotel will not release you to another employer in Bahrain."),
          ('CTR-004', 'annex', "Personal mobile phones are handed in to the hostel warden on Sunday night and given back on Friday afternoon."),
          ('CTR-009', 'annex', "Staff must not discuss hostel or hotel matters with journalists, workers' groups or embassy staff; doing so is a dismissal offence.")]),
 dict(id='T-018', hyph=1, lang='en', role='abuse', doc='agreement', annex=None, sector='manufacturing', dest='MY', orig='MM', sex='M',
      wname='Kyaw Zin Oo', emp='Sinar Timur Electronics Sdn. Bhd.', place="{E}'s assembly plant at Bayan Lepas, Penang", wage=1700,
      ab=[('CTR-008', 'obligations', "The Worker shall serve the Employer named in clause 3 for the full Term and shall not, during the Term, seek or accept employment with any other employer in Malaysia."),
          ('CTR-009', 'welfare', "Complaints about wages or treatment are to be raised with the Agency's welfare officer only, and the Worker agrees not to lodge them with the Labour Department or the Embassy.")]),
 dict(id='T-019', lang='en', role='ctr010', doc='letter', annex=None, sector='domestic', dest='SG', orig='MM', sex='F',
      wname='Nwe Ni Aung', emp='Mrs. Tan Hui Min', place='the family flat at Block 412, Bedok North Avenue 2, Singapore', wage=650,
      miss=['wage'], ab=[]),
 dict(id='T-020', lang='en', role='abuse', doc='contract', num='clause', annex=None, sector='domestic', dest='LB', orig='ET', sex='F',
      wname='Hiwot Bekele', emp='Mr. Georges Haddad', place="the Employer's apartment in Achrafieh, Beirut", wage=300, wtxt='USD 300 (three hundred US dollars)',
      ab=[('CTR-001', 'docs', "A renewal of the residence permit is applied for one month before it expires. ^Save where the Worker travels home on leave, her passport and residence card remain in the keeping of the Employer."),
          ('CTR-004', 'hours', "Apart from meals and sleep, the Worker attends to the family whenever she is called, on any day of the week."),
          ('CTR-005', 'medical', "Should the Worker be found to be with child at any time, this Contract ends on that date and the Employer arranges her flight home.")]),
 dict(id='T-021', W='the Employee', E='the Company', lang='en', role='abuse', doc='contract', num='article', annex='docs', sector='cleaning', dest='SA', orig='BD', sex='M',
      wname='Shahidul Alam', emp='Nujoom Al Riyadh Cleaning Company', place='hospitals and offices served by the Company in Riyadh', wage=1000,
      ab=[('CTR-001', 'annex', "The documents were checked against the originals by the HR officer. ^All documents listed above remain in the custody of the Company's HR section while the Employee is in service and are returned to him at the airport on final exit.")]),
 dict(id='T-022', lang='en', role='pair', doc='contract', num='clause', annex=None, sector='domestic', dest='JO', orig='LK', sex='F',
      wname='Chandrika Wijesinghe', emp='Mrs. Rania Al-Khatib', place="the Employer's home in Khalda, Amman", wage=225,
      pair='rest', term=('every week', 'every second week'), ab=[]),
 dict(id='T-023', lang='en', role='abuse', doc='letter', annex=None, sector='hospitality', dest='QA', orig='KE', sex='F',
      wname='Mercy Achieng', emp='Corniche Grand Hotel W.L.L.', place='the Corniche Grand Hotel, Doha', wage=1300, hyph=1,
      ab=[('CTR-002', 'costs', "The recruitment fee of USD 1,200 charged by Savannah Link Recruitment is to be met by you, and it will be recovered through six equal deductions from your monthly salary."),
          ('CTR-007', 'wage', "Your salary will go into a savings account opened in the hotel's name; you may draw QAR 300 a month for personal needs, and the balance is paid out when you finish your contract.")]),
 dict(id='T-024', lang='en', role='abuse', doc='contract', num='flat', annex='undertaking', sector='domestic', dest='OM', orig='UG', sex='F',
      wname='Grace Nakato', emp='Mr. Salim Al-Balushi', place="the Employer's house in Al Khoudh, Muscat", wage=100, typo=1,
      ab=[('CTR-003', 'annex', "I name my uncle, Mr. Okello Peter of Gulu, as my surety; he has signed a bond of UGX 3,000,000 in favour of Pearl Nile Labour Export, payable by him if I break this contract."),
          ('CTR-005', 'annex', "I accept that my employment may be brought to an end without notice if a medical test shows that I am expecting a baby."),
          ('CTR-008', 'annex', "If I stop working for my sponsor before the contract ends, I accept that he will report me to the Royal Oman Police as having absconded.")]),
 dict(id='T-025', lang='en', role='ctr010', doc='agreement', annex=None, sector='construction', dest='SA', orig='IN', sex='M',
      wname='Mohammed Ashraf', emp='Al Faisal Contracting Company', place='road and building projects of the Employer in the Eastern Province', wage=1400,
      miss=['hours'], ab=[]),
 dict(id='T-026', lang='en', role='abuse', doc='agreement', annex=None, sector='domestic', dest='JO', orig='PH', sex='F',
      wname='Analyn Sarmiento', emp='Mr. Omar Al-Zoubi', place="the Employer's home in Abdoun, Amman", wage=285,
      ab=[('CTR-006', 'obligations', "While deployed, the Worker shall neither marry nor keep company with any man, and the Agency will recall her if she does so.")]),
 dict(id='T-027', W='the Worker', E='the Company', lang='en', role='abuse', doc='contract', num='clause', annex='deduct', sector='construction', dest='SG', orig='BD', sex='M',
      wname='Md. Jahangir Hossain', emp='Keat Hong Builders Pte. Ltd.', place="{E}'s construction sites in Singapore", wage=950, caps=1,
      ab=[('CTR-007', 'annex', "I authorise the Company to set aside S$200 of my salary each month in an account kept by the Company, to be paid to me in one amount when I return home.")]),
 dict(id='T-028', lang='en', role='clean', doc='agreement', annex=None, sector='hospitality', dest='AE', orig='NP', sex='M',
      wname='Dipak Rai', emp='Marina Crest Hotels LLC', place='the Marina Crest Hotel, Dubai Marina', wage=1400, ab=[]),
 dict(id='T-029', W='the Employee', E='the Company', lang='en', role='abuse', doc='contract', num='article', annex=None, sector='agriculture', dest='MY', orig='BD', sex='M',
      wname='Md. Shafiqul Haque', emp='Ladang Sungai Rengit Plantations Sdn. Bhd.', place="{E}'s oil palm estate at Kota Tinggi, Johor", wage=1700, hyph=1,
      ab=[('CTR-003', 'termination', "An Employee who resigns, or whose contract is ended for misconduct, before completing twenty-four months of service shall reimburse the Company for the levy, the air fare and the processing costs it has paid on his behalf, reduced in proportion to the months served."),
          ('CTR-009', 'complaints', "Any disagreement between the Employee and the Company is decided by the estate manager, and the Employee shall not pursue the matter before the Labour Department or any court.")]),
 dict(id='T-030', lang='en', role='abuse', doc='letter', annex=None, sector='domestic', dest='SG', orig='PH', sex='F',
      wname='Lorna Villanueva', emp='Mr. and Mrs. Lim Boon Keng', place='the family home at 27 Jalan Kembangan, Singapore', wage=700, typo=1,
      ab=[('CTR-003', 'costs', "You are required to lodge a good-conduct bond of S$1,000 with Starling Home Agency, which is refunded only once you have served the full two years."),
          ('CTR-004', 'hours', "On your rest days during the first year you will remain in the flat, because the agency does not allow new helpers to go out on their own unless Ma'am or Sir goes with them.")]),
 dict(id='T-031', lang='id', role='pair', doc='contract', num='pasal', annex=None, sector='manufacturing', dest='TW', orig='ID', sex='M',
      wname='Budi Hartono', emp='Tai Feng Textile Co., Ltd.', place='pabrik Pemberi Kerja di Kawasan Industri Changhua', wage=29500,
      pair='hours', term=('8 (delapan) jam', '10 (sepuluh) jam'), ab=[]),
 dict(id='T-032', W='the Employee', E='the Employer', lang='en', role='abuse', doc='contract', num='clause', annex=None, sector='construction', dest='AE', orig='IN', sex='M',
      wname='Gurpreet Singh', emp='Emirates Skyline Contracting LLC', place="{E}'s tower projects in Abu Dhabi and Dubai", wage=1300,
      ab=[('CTR-002', 'costs', "The Employer bears the costs of recruitment, save for the trade test, the emigration clearance and the medical examination in India, which the Employee pays before departure."),
          ('CTR-009', 'complaints', "Membership of workers' groups or committees, and attendance at their meetings, is prohibited for all employees.")]),
 dict(id='T-033', lang='id', role='abuse', doc='contract', num='pasal', annex='tatatertib', sector='domestic', dest='MY', orig='ID', sex='F',
      wname='Rina Kusumawati', emp='Encik Faizal bin Hamid', place='rumah Pemberi Kerja di No. 8, Jalan Bukit Indah 5, Johor Bahru', wage=1800,
      ab=[('CTR-005', 'medical', "Pekerja wajib menjalani tes kehamilan setiap enam bulan di klinik yang ditunjuk Pemberi Kerja, dan hasil yang positif mengakhiri hubungan kerja."),
          ('CTR-004', 'annex', "Pekerja tidak diperkenankan keluar dari rumah tanpa ditemani anggota keluarga Pemberi Kerja, termasuk pada hari libur.")]),
 dict(id='T-034', lang='en', role='ctr010', doc='contract', num='clause', annex='house', sector='manufacturing', dest='TW', orig='PH', sex='M',
      wname='Rodel Pascual', emp='Da Cheng Precision Machinery Co., Ltd.', place="{E}'s machining plant in Taichung", wage=29500,
      miss=['return'], ab=[]),
 dict(id='T-035', lang='en', role='abuse', doc='letter', annex='undertaking', sector='domestic', dest='QA', orig='PH', sex='F',
      wname='Jennifer Castillo', emp='Mrs. Noora Al-Kuwari', place='the family villa in Al Waab, Doha', wage=1500, hyph=1,
      ab=[('CTR-009', 'complaints', "Calls or visits to the Embassy, the Migrant Workers Office or any help line about your work are a breach of this letter and may lead to dismissal."),
          ('CTR-006', 'annex', "I will not have a boyfriend, nor marry, for as long as I am under this contract in Qatar.")]),
 dict(id='T-036', lang='en', role='pair', doc='contract', num='flat', annex=None, sector='cleaning', dest='KW', orig='NP', sex='M',
      wname='Krishna Magar', emp='Al Dhow Cleaning Services Co. W.L.L.', place='offices and malls served by the Company in Kuwait City', wage=100,
      pair='equal', term=None, ab=[]),
 dict(id='T-037', lang='id', role='abuse', doc='contract', num='pasal', annex='pernyataan', sector='care', dest='TW', orig='ID', sex='F',
      wname='Eka Puspitasari', emp='Tn. Chen Wen-Chieh', place='rumah Pemberi Kerja di Sanchong, New Taipei', wage=20000,
      ab=[('CTR-001', 'docs', "Selama masa kontrak, paspor dan ARC Pekerja berada dalam penguasaan Pemberi Kerja; Pekerja dapat meminjamnya untuk urusan resmi dengan sepengetahuan Pemberi Kerja."),
          ('CTR-008', 'annex', "Saya bersedia bekerja pada Pemberi Kerja yang sama sampai kontrak berakhir dan tidak akan mengajukan permohonan alih majikan.")]),
 dict(id='T-038', W='the Worker', E='the Employer', lang='en', role='abuse', doc='contract', num='flat', annex='house', sector='manufacturing', dest='JO', orig='BD', sex='F',
      wname='Nasrin Akter', emp='Zarqa Fine Garments Co.', place="{E}'s garment factory in Al Hassan Industrial Estate, Irbid", wage=290, typo=1,
      ab=[('CTR-007', 'wage', "Wages are calculated on the calendar month. ^Half of the Worker's wage is remitted every month by the Employer to the family nominee named in Schedule 1, the balance being paid to the Worker in cash."),
          ('CTR-005', 'annex', "Residents found to be pregnant are returned to Bangladesh at the end of the month in which the pregnancy becomes known.")]),
 dict(id='T-039', lang='en', role='clean', doc='contract', num='article', annex='docs', sector='domestic', dest='HK', orig='ID', sex='F',
      wname='Siti Rahmawati', emp='Mr. Ho Chi Keung', place="the Employer's flat at 5 Shan Kwong Road, Happy Valley, Hong Kong", wage=5100, ab=[]),
 dict(id='T-040', lang='en', role='ctr010', doc='contract', num='flat', annex=None, sector='agriculture', dest='OM', orig='IN', sex='M',
      wname='Suresh Kumar', emp='Al Batinah Green Farms LLC', place="{E}'s vegetable farms at Barka", wage=95,
      miss=['rest', 'complaint'], ab=[], extra={'medical': "Sickness is reported to the farm foreman before the start of the working day."}),
]

AGENCY_O = {'PH': 'Bright Horizon Manpower Services Inc.', 'ID': 'PT Duta Karya Mandiri',
            'NP': 'Himal Overseas Employment Pvt. Ltd.', 'BD': 'Padma Overseas Recruiting Agency',
            'LK': 'Lanka Pearl Foreign Employment Agency', 'IN': 'Malabar Overseas Placements',
            'MM': 'Golden Lotus Overseas Employment Agency Co., Ltd.', 'KE': 'Savannah Link Recruitment Ltd.',
            'UG': 'Pearl Nile Labour Export Ltd.', 'ET': 'Abay Overseas Employment Agency PLC'}
AGENCY_D = {'HK': 'Harbourview Employment Agency Ltd.', 'SG': 'Starling Home Agency Pte. Ltd.',
            'TW': 'Formosa Bridge Manpower Co., Ltd.', 'MY': 'Sentosa Maju Workforce Sdn. Bhd.',
            'SA': 'Al Waha Recruitment Office', 'AE': 'Desert Rose Manpower Services LLC',
            'QA': 'Pearl Gate Manpower W.L.L.', 'KW': 'Al Dana Domestic Labour Office',
            'OM': 'Al Khuwair Manpower Services LLC', 'BH': 'Seef Manpower W.L.L.',
            'JO': 'Petra Home Services Office', 'LB': 'Cedar Domestic Services Office'}
SYM = {'HKD': 'HK$', 'SGD': 'S$', 'TWD': 'NT$', 'MYR': 'RM'}

JOBS = {
    'domestic': ('domestic helper', "household work, namely cooking, cleaning, washing and ironing, and looking after the children of the family"),
    'care': ('caregiver', "the daily care of an elderly member of the family, including help with bathing, meals, medicines and walking, and light housework in her room"),
    'construction': ('general construction worker', "formwork, steel fixing and concreting on the building sites of the projects in hand"),
    'manufacturing': ('production operator', "operating, cleaning and checking the production machines on the line and packing finished goods"),
    'hospitality': ('room attendant', "cleaning and preparing guest rooms, corridors and public areas of the hotel"),
    'cleaning': ('cleaner', "cleaning of offices, malls and other premises of the Company's clients"),
    'agriculture': ('farm worker', "planting, weeding, harvesting and packing crops and the general upkeep of the farm"),
}
JOBS_ID = {
    'domestic': ('penata laksana rumah tangga', "pekerjaan rumah tangga yaitu memasak, membersihkan rumah, mencuci dan menyetrika, serta mengasuh anak"),
    'care': ('perawat lansia', "perawatan harian anggota keluarga yang lanjut usia, termasuk membantu mandi, makan, minum obat dan berjalan"),
    'manufacturing': ('operator produksi', "pengoperasian, pembersihan dan pemeriksaan mesin produksi serta pengemasan barang jadi"),
}
HOURS_CO = {'MY': ('eight', 'forty-five'), 'TW': ('eight', 'forty'), 'SG': ('eight', 'forty-four')}


def money(spec, amount=None):
    """Wage as written in the text."""
    if amount is None and spec.get('wtxt'):
        return spec['wtxt']
    amt = spec['wage'] if amount is None else amount
    iso = DEST[spec['dest']]['iso']
    if spec['lang'] == 'id':
        s = '{:,}'.format(amt).replace(',', '.')
        return '%s %s' % (SYM.get(iso, iso), s)
    s = '{:,}'.format(amt)
    if iso in SYM and spec['id'] not in ('T-018',):
        return SYM[iso] + s
    return '%s %s' % (iso, s)


def make_ctx(spec, rng):
    d, o = DEST[spec['dest']], ORIG[spec['orig']]
    dom = spec['sector'] in ('domestic', 'care')
    fem = spec['sex'] == 'F'
    c = {}
    if spec['doc'] == 'agreement':
        W = 'the Worker'
        E = 'the Employer'
    elif dom:
        W = 'the Helper' if spec['dest'] in ('HK', 'SG') else 'the Worker'
        E = 'the Employer'
    else:
        W, E = rng.choice([('the Employee', 'the Company'), ('the Worker', 'the Employer'),
                           ('the Employee', 'the Employer')])
        if spec.get('W'):
            W, E = spec['W'], spec['E']
    c['W'], c['Wc'], c['E'], c['Ec'] = W, W[0].upper() + W[1:], E, E[0].upper() + E[1:]
    c['pos'], c['obj'], c['pro'] = ('her', 'her', 'she') if fem else ('his', 'him', 'he')
    c['dest'] = d['country']
    c['dcity'] = d['city']
    c['origin'] = o['country']
    c['ocity'] = o['city']
    c['law'] = d['law']
    c['labour'] = d['labour']
    c['office'] = o['office']
    c['oauth'] = o['auth']
    c['A'] = AGENCY_O[spec['orig']]
    c['Ad'] = AGENCY_D[spec['dest']]
    c['emp_name'] = spec['emp']
    c['workplace'] = spec['place']
    if spec['lang'] == 'id':
        job, duties = JOBS_ID[spec['sector']]
    else:
        job, duties = JOBS[spec['sector']]
    c['job'], c['duties'] = job, duties
    tw = spec['dest'] == 'TW'
    c['dur_num'] = '36' if tw else '24'
    if spec['lang'] == 'id':
        c['dur_words'] = 'tiga tahun' if tw else 'dua tahun'
        c['dest'] = DEST_ID[spec['dest']]['country']
    else:
        c['dur_words'] = 'three years' if tw else 'two years'
    c['al'] = 'fourteen' if dom else 'twenty-one'
    if spec['lang'] == 'id':
        c['al'] = '14 (empat belas)' if dom else '21 (dua puluh satu)'
    c['food'] = 'a monthly food allowance of %s' % {
        'MY': 'RM150', 'TW': 'NT$2,500', 'SA': 'SAR 200', 'AE': 'AED 250', 'QA': 'QAR 300',
        'KW': 'KWD 15', 'OM': 'OMR 20', 'BH': 'BHD 20', 'JO': 'JOD 30', 'SG': 'S$150',
        'HK': 'HK$1,236', 'LB': 'USD 50'}[spec['dest']]
    c['restday'] = d['rest']
    c['n_job'] = '3'
    c['agency_phone'] = {'PH': '+63 2 8521 4470', 'NP': '+977 1 441 2093', 'KE': '+254 20 271 9045',
                         'MM': '+95 1 255 318', 'IN': '+91 484 236 1182', 'ID': '+62 21 7884 1120',
                         'BD': '+880 2 5505 1734'}.get(spec['orig'], '')
    return c


def mandatory(spec, c, voice, version):
    """Texts of the five mandatory elements (or decoys) in a voice."""
    miss = spec.get('miss', [])
    dom = spec['sector'] in ('domestic', 'care')
    wage = money(spec)
    pair, term = spec.get('pair'), spec.get('term')
    if pair == 'wage':
        wage = TERM + term[0 if version == 'origin' else 1]
    restfreq = 'every week'
    if pair == 'rest':
        restfreq = TERM + term[0 if version == 'origin' else 1]
    h, hw = HOURS_CO.get(spec['dest'], ('eight', 'forty-eight'))
    m = {}
    if voice == 'body':
        m['WAGE'] = ("{Ec} pays {W} a basic wage of %s a month." % wage if dom else
                     "The basic wage of {W} is %s per month." % wage)
        m['HOURS'] = ("{Wc}'s working day does not exceed ten hours, and {pro} has at least eight consecutive hours of rest each night." if dom else
                      "Normal working hours are %s hours a day and %s hours a week, with a meal break of one hour." % (h, hw))
        m['REST'] = "{Wc} has one rest day of not less than twenty-four consecutive hours %s, normally on {restday}." % restfreq
        m['RETURN'] = "{Ec} pays {W}'s economy air fare from {ocity} to {dcity} at the start of the Contract and back to {ocity} when it ends, whether at the end of the term or earlier."
        m['COMPLAINT'] = "{Wc} may take any complaint about this employment to {labour}, to {office} in {dcity}, or to {oauth}."
        if 'return' in miss:
            m['RETURN'] = "{Ec} pays {W}'s economy air fare from {ocity} to {dcity} at the start of the Contract."
    elif voice == 'you':
        m['WAGE'] = "Your salary is %s a month, paid at the end of each calendar month." % wage
        m['HOURS'] = ("Your working day will not exceed ten hours, with at least eight hours of uninterrupted rest at night." if dom else
                      "Your normal hours are %s a day and %s a week, with a one-hour meal break." % (h, hw))
        m['REST'] = "You will have one full rest day %s, normally on {restday}." % restfreq
        m['RETURN'] = "We pay for your flight to {dcity} and for your flight home to {ocity} when the appointment ends, for whatever reason it ends."
        m['COMPLAINT'] = "If you have a problem you can contact {labour}, {office} in {dcity}, or {oauth}."
        if 'wage' in miss:
            m['WAGE'] = "Your salary will be credited to your bank account by the seventh day of each month."
    elif voice == 'agency':
        m['WAGE'] = "Monthly basic wage: %s" % wage
        m['HOURS'] = ("Hours of work: not more than ten a day, with eight hours of continuous rest at night" if dom else
                      "Normal hours of work: %s a day and %s a week" % (h, hw))
        m['REST'] = "Weekly rest: one full day of twenty-four hours %s" % restfreq
        m['RETURN'] = "Return travel: economy air ticket back to {ocity} at the end of the Term, or on earlier termination, paid by the Employer"
        m['COMPLAINT'] = "The Worker may take a complaint at any time to {oauth}, to {office} in {dcity} or to {labour}; the Agency's welfare officer will also help."
        if 'hours' in miss:
            m['HOURS'] = "Overtime: paid at the rate required by {law}"
    elif voice == 'id':
        dd = DEST_ID[spec['dest']]
        hrs = '8 (delapan) jam'
        if pair == 'hours':
            hrs = TERM + term[0 if version == 'origin' else 1]
        m['WAGE'] = "Gaji pokok Pekerja sebesar %s per bulan." % wage
        m['HOURS'] = ("Waktu kerja Pekerja paling lama 10 (sepuluh) jam sehari, dengan waktu istirahat malam paling sedikit 8 (delapan) jam berturut-turut." if dom else
                      "Waktu kerja normal Pekerja adalah %s sehari dan 40 (empat puluh) jam seminggu." % hrs)
        m['REST'] = "Pekerja berhak atas 1 (satu) hari libur selama 24 jam penuh setiap minggu."
        m['RETURN'] = "Tiket pesawat pulang ke Indonesia pada akhir masa kerja, atau apabila Perjanjian berakhir lebih awal, dibayar oleh Pemberi Kerja."
        m['COMPLAINT'] = "Pekerja dapat menyampaikan pengaduan kepada %s, kepada %s, atau kepada KP2MI melalui layanan pengaduan 0800-1000." % (
            DEST[spec['dest']]['labour_id'], dd['rep'])
        if 'return' in miss:
            m['RETURN'] = "Tiket keberangkatan dari Jakarta ke %s ditanggung oleh Pemberi Kerja." % DEST[spec['dest']]['city']
    for k in list(m):
        el = {'WAGE': 'wage', 'HOURS': 'hours', 'REST': 'rest', 'RETURN': 'return', 'COMPLAINT': 'complaint'}[k]
        if el in miss and not (el == 'wage' and voice == 'you') and not (el == 'return') \
                and not (el == 'hours' and voice == 'agency'):
            m[k] = ''
    return m


def fill(text, c):
    out = text
    for _ in range(3):
        for k, v in c.items():
            out = out.replace('{' + k + '}', v)
    assert '{' not in out, out
    return out


# ----------------------------------------------------------- look-alikes
LOOK_USED = {}
TYPE_USED = {}


def pick_lookalikes(spec, n, voices, rng):
    """Choose n look-alikes (indices into LOOK) for a contract.

    Types: never the contract's own abusive types; least used so far first
    (ties broken by a seeded shuffle).  Variant: least used of that type in
    an allowed voice; annex voices ('I', 'rule', 'docsack') at most
    ceil(n/2) times per contract.
    """
    own = {r for r, _, _ in spec['ab']}
    miss = set(spec.get('miss', []))
    fem_ok = spec['sex'] == 'F' and spec['dest'] != 'SG'
    types = ['CTR-%03d' % i for i in range(1, 10)]

    def cands(t, vs):
        out = []
        for i, (lt, v, text, tags) in enumerate(LOOK):
            if lt != t or v not in vs:
                continue
            tg = set(tags.split()) if tags else set()
            if 'W' in tg and not fem_ok:
                continue
            dom = spec['sector'] in ('domestic', 'care')
            if ('dom' in tg and not dom) or ('co' in tg and dom):
                continue
            if tg & miss:
                continue
            out.append(i)
        return out
    avail = [t for t in types if t not in own and cands(t, voices)]
    rng.shuffle(avail)
    avail.sort(key=lambda t: TYPE_USED.get(t, 0))
    if 'docsack' in voices:          # the acknowledgement annex carries CTR-001
        avail.remove('CTR-001')
        avail.insert(0, 'CTR-001')
    chosen, n_annex = [], 0
    cap = (n + 1) // 2
    for t in avail[:n]:
        vs = list(voices)
        if n_annex >= cap:
            vs = [v for v in vs if v not in ('I', 'rule', 'docsack')]
        cs = cands(t, vs)
        if t == 'CTR-001' and 'docsack' in vs:
            cs = [i for i in cs if LOOK[i][1] == 'docsack']
        cs.sort(key=lambda i: (LOOK_USED.get(i, 0), vs.index(LOOK[i][1])))
        i = cs[0]
        if LOOK[i][1] in ('I', 'rule', 'docsack'):
            n_annex += 1
        chosen.append(i)
    for i in chosen:
        LOOK_USED[i] = LOOK_USED.get(i, 0) + 1
        TYPE_USED[LOOK[i][0]] = TYPE_USED.get(LOOK[i][0], 0) + 1
    return chosen


# ------------------------------------------------------------- documents
CONTRACT_PARTS = ['job', 'term', 'wage', 'hours', 'leave', 'board', 'medical', 'travel',
                  'costs', 'docs', 'conduct', 'termination', 'complaints', 'general']
LETTER_PARTS = ['job', 'term', 'wage', 'hours', 'leave', 'board', 'medical', 'travel',
                'costs', 'docs', 'conduct', 'termination', 'complaints']
AGR_PARTS = ['defs', 'services', 'job', 'costs', 'docs', 'training', 'obligations',
             'remit', 'withdrawal', 'welfare', 'general']
AGR_PARTS_ID = ['services', 'job', 'costs', 'docs', 'training', 'obligations', 'remit',
                'withdrawal', 'welfare', 'general']

# ordinary items that may be left out to keep a text within 80-140 lines
OPTIONAL = [('wage', 2), ('general', 1), ('conduct', 1), ('leave', 1), ('board', 1),
            ('docs', 1), ('term', 1), ('complaints', 1), ('medical', 1), ('job', 2),
            ('services', 1), ('obligations', 1), ('general', 0)]


def marked(text, n):
    """Insert abusive marker n at the start of the abusive sentence."""
    mk = chr(0xE000 + n)
    if NEUTRAL in text:
        return text.replace(NEUTRAL, mk)
    return mk + text


def part_items(spec, c, m, voice, drops, dom):
    """Ordinary items per part (already filled)."""
    lang = spec['lang']
    if spec['doc'] == 'letter':
        src, parts = LET, LETTER_PARTS
    elif spec['doc'] == 'agreement':
        src, parts = (AGR_ID, AGR_PARTS_ID) if lang == 'id' else (AGR, AGR_PARTS)
    else:
        src, parts = (ORD_ID if lang == 'id' else ORD), CONTRACT_PARTS
    miss = spec.get('miss', [])
    cc = dict(c)
    cc.update(m)
    out = {}
    for p in parts:
        if p == 'complaints' and 'complaint' in miss:
            continue
        items = src.get(p, [])
        if isinstance(items, dict):
            items = items['dom' if dom else 'co']
        lst = []
        for k, t in enumerate(items):
            if (p, k) in drops:
                continue
            if p == 'hours' and 'rest' in miss and ('{REST}' in t or 'rest day' in t or 'hari libur' in t):
                continue
            if p == 'travel' and 'return' in miss and k == 1:
                continue   # remains: a form of repatriation
            if p == 'welfare' and 'complaint' in miss:
                continue
            s = fill(t, cc)
            if s:
                lst.append(s)
        out[p] = lst
    return out


def agr_terms(spec, c, m):
    """Item list of the 'terms of overseas employment' clause."""
    if spec['lang'] == 'id':
        rows = ["Pemberi Kerja: %s, %s" % (spec['emp'], spec['place']),
                "Jabatan: %s" % c['job'],
                "Jangka waktu: %s (%s bulan) sejak tiba di %s" % (c['dur_words'], c['dur_num'], c['dest']),
                m['WAGE'].rstrip('.'), m['HOURS'].rstrip('.'), m['REST'].rstrip('.'),
                "Akomodasi dan makan: disediakan oleh Pemberi Kerja tanpa biaya",
                m['RETURN'].rstrip('.')]
        return [r + ';' for r in rows[:-1]] + [rows[-1] + '.']
    rows = ["Employer: %s" % spec['emp'],
            "Position: %s" % c['job'],
            "Place of work: %s" % spec['place'],
            "Term: %s (%s months) from arrival in %s" % (c['dur_words'], c['dur_num'], c['dest']),
            m['WAGE'], m['HOURS'], m['REST'],
            "Food and accommodation: free, provided by the Employer",
            m['RETURN']]
    rows = [fill(r, c) for r in rows if r]
    return [r + ';' for r in rows[:-1]] + [rows[-1] + '.']


def build(spec, version, drops, looks):
    """Return a list of blocks for one text.  Deterministic per contract."""
    rng = random.Random('%d-%s' % (SEED, spec['id']))
    c = make_ctx(spec, rng)
    lang = spec['lang']
    dom = spec['sector'] in ('domestic', 'care')
    voice = {'letter': 'you', 'agreement': 'agency'}.get(spec['doc'], 'body')
    if lang == 'id':
        voice_m = 'id'
    else:
        voice_m = voice
    m = mandatory(spec, c, voice_m, version)
    items = part_items(spec, c, m, voice, drops, dom)
    if spec['doc'] == 'agreement':
        items['job'] = agr_terms(spec, c, m)
    for p, t in spec.get('extra', {}).items():
        items[p].append(fill(t, c))
    # annex items
    annex = []
    ak = spec.get('annex')
    if ak == 'undertaking':
        base = UNDERTAKING if dom else UNDERTAKING_CO
        annex = [fill(t, c) for t in base]
    elif ak == 'house':
        annex = list(HOUSE_DOM if dom else HOUSE_CO)
    elif ak == 'pernyataan':
        annex = list(PERNYATAAN)
    elif ak == 'tatatertib':
        annex = list(TATA_TERTIB)
    elif ak == 'deduct':
        annex = ["Contributions or taxes that {E} is required by law to deduct.",
                 "Any overpayment of wages made by mistake, after it has been explained to me.",
                 "Any other amount, but only with my separate written consent given each time."]
        annex = [fill(t, c) for t in annex]
    # abusive clauses into places (deterministic positions)
    for n, (rule, place, text) in enumerate(spec['ab']):
        t = marked(fill(text, c), spec['_m0'] + n)
        if place == 'annex':
            if ak in ('loan', 'docs'):
                spec['_annex_main'] = t
            else:
                annex.insert(rng.randint(1, len(annex)), t)
        else:
            lst = items[place]
            pos = rng.randint(1, len(lst)) if lst else 0
            lst.insert(pos, t)
    # look-alikes
    for i in looks:
        lt, v, text, tags = LOOK[i]
        t = fill(text, c)
        if v in ('I', 'rule'):
            annex.insert(rng.randint(0, len(annex)), t)
        elif v == 'docsack':
            spec['_annex_look'] = t
        else:
            mapkey = 'agency' if spec['doc'] == 'agreement' else 'body'
            p = LOOK_PART[mapkey][lt]
            if lang == 'id' and spec['doc'] == 'agreement':
                p = LOOK_PART['agency'][lt]
            lst = items[p]
            pos = rng.randint(1, len(lst)) if lst else 0
            lst.insert(pos, t)
    spec['_ctx'] = c
    spec['_date'] = rng.choice(DATES_ID if lang == 'id' else DATES)
    # --- compose
    if spec['doc'] == 'letter':
        return compose_letter(spec, c, items, annex, version, rng)
    if spec['doc'] == 'agreement':
        return compose_agreement(spec, c, items, annex, version, rng)
    return compose_contract(spec, c, items, annex, version, rng)


DATES = ['12 January 2026', '26 January 2026', '9 February 2026', '23 February 2026',
         '5 March 2026', '16 March 2026']
DATES_ID = ['12 Januari 2026', '26 Januari 2026', '9 Februari 2026', '23 Februari 2026',
            '5 Maret 2026', '16 Maret 2026']
PASSPORT = {'PH': 'P', 'ID': 'X', 'NP': 'PA', 'BD': 'A', 'LK': 'N', 'IN': 'Z', 'MM': 'MF',
            'KE': 'AK', 'UG': 'B', 'ET': 'EP'}


def pair_lines(spec, c, version):
    """(version line, signing line) of a pair; plain date line otherwise."""
    o_city, d_city = c['ocity'], DEST[spec['dest']]['city']
    if spec['lang'] == 'id':
        if version == 'origin':
            return ('Naskah yang ditandatangani di %s sebelum keberangkatan Pekerja' % o_city,
                    'Ditandatangani di %s pada tanggal 3 Februari 2026' % o_city)
        return ('Naskah yang ditandatangani di %s setelah Pekerja tiba' % d_city,
                'Ditandatangani di %s pada tanggal 20 April 2026' % d_city)
    if version == 'origin':
        return ('Counterpart signed at %s before the Worker\'s departure' % o_city,
                'Signed at %s on 3 February 2026' % o_city)
    return ('Counterpart signed at %s after the Worker\'s arrival' % d_city,
            'Signed at %s on 20 April 2026' % d_city)


def sig_block(spec, c, rng, version):
    lang = spec['lang']
    out = [('blank',)]
    if spec.get('pair'):
        out.append(('line', pair_lines(spec, c, version)[1]))
    else:
        d = spec['_date']
        city = c['ocity'] if spec['doc'] == 'agreement' else rng.choice([c['ocity'], DEST[spec['dest']]['city']])
        out.append(('line', ('Ditandatangani di %s pada tanggal %s' if lang == 'id' else 'Signed at %s on %s') % (city, d)))
    out.append(('blank',))
    if lang == 'id':
        left = 'Pemberi Kerja' if spec['doc'] != 'agreement' else 'Perusahaan'
        out += [('line', '%-34s%s' % (left + ',', 'Pekerja,')), ('blank',), ('blank',),
                ('line', '%-34s%s' % ('______________________', '______________________')),
                ('line', '%-34s%s' % ((spec['emp'] if spec['doc'] != 'agreement' else c['A']), spec['wname']))]
    else:
        left = 'For the Agency' if spec['doc'] == 'agreement' else 'Employer'
        right = 'Worker' if c['W'] != 'the Helper' else 'Helper'
        if c['W'] == 'the Employee':
            right = 'Employee'
        nm = spec['emp'] if spec['doc'] != 'agreement' else c['A']
        wd = max(36, len(nm) + 2)
        out += [('line', '%-*s%s' % (wd, left, right)), ('blank',),
                ('line', '%-*s%s' % (wd, '________________________', '________________________')),
                ('line', '%-*s%s' % (wd, nm, spec['wname']))]
        if spec['doc'] == 'agreement' or rng.random() < 0.4:
            out += [('blank',), ('line', 'Witness: ________________________   Name: ____________________')]
    return out


def address(spec):
    pl = spec['place']
    if spec['emp'].startswith(('Mr', 'Mrs')):
        cut = min(i for i in (pl.find(' at '), pl.find(' in ')) if i >= 0)
        return pl[cut + 4:]
    return '%s, %s' % (DEST[spec['dest']]['city'], DEST[spec['dest']]['country'].replace('the ', ''))


def compose_contract(spec, c, items, annex, version, rng):
    lang = spec['lang']
    num = spec['num']
    o = ORIG[spec['orig']]
    B = []
    if lang == 'id':
        B.append(('line', 'PERJANJIAN KERJA'))
        B.append(('line', 'Nomor: PK/%s/%03d/2026' % (spec['dest'], rng.randint(10, 400))))
        if spec.get('pair'):
            B.append(('line', pair_lines(spec, c, version)[0]))
        B.append(('blank',))
        B.append(('para', 'Yang bertanda tangan di bawah ini:', 0))
        B.append(('hang', '1.', '%s, beralamat di %s, selanjutnya disebut Pemberi Kerja; dan' % (spec['emp'], spec['place'].replace('rumah Pemberi Kerja di ', '').replace('pabrik Pemberi Kerja di ', '')), 0))
        B.append(('hang', '2.', '%s, warga negara Indonesia, pemegang paspor nomor %s%07d, selanjutnya disebut Pekerja,' % (spec['wname'], PASSPORT['ID'], rng.randint(1000000, 9999999)), 0))
        B.append(('para', 'melalui %s (Indonesia) dan %s (%s), sepakat membuat Perjanjian Kerja dengan ketentuan sebagai berikut.' % (c['A'], c['Ad'], c['dest']), 0))
    else:
        title = rng.choice(['EMPLOYMENT CONTRACT', 'CONTRACT OF EMPLOYMENT', 'EMPLOYMENT AGREEMENT',
                            'STANDARD EMPLOYMENT CONTRACT FOR A FOREIGN WORKER'])
        if spec['sector'] in ('domestic', 'care'):
            title = rng.choice(['EMPLOYMENT CONTRACT FOR A DOMESTIC WORKER', 'EMPLOYMENT CONTRACT',
                                'CONTRACT OF EMPLOYMENT (HOUSEHOLD SERVICE)'])
        B.append(('line', title))
        B.append(('line', 'Contract No. %s-%s/%04d' % (spec['dest'], spec['orig'], rng.randint(100, 9999))))
        if spec.get('pair'):
            B.append(('line', pair_lines(spec, c, version)[0]))
        B.append(('blank',))
        pp = '%s%07d' % (PASSPORT[spec['orig']], rng.randint(1000000, 9999999))
        B.append(('para', 'This Contract is made between %s of %s (%s) and %s, %s %s national holding passport No. %s (%s), through the recruitment agencies %s and %s.' % (
            spec['emp'], address(spec), '"%s"' % c['Ec'].replace('The ', 'the '), spec['wname'],
            'an' if o['nat'][0] in 'AEIO' else 'a', o['nat'], pp,
            '"%s"' % c['Wc'].replace('The ', 'the '), c['A'], c['Ad']), 0))
    heads = HEAD_ID if lang == 'id' else HEAD
    hidx = {'clause': 0, 'article': 1, 'flat': 2, 'pasal': 0}[num]
    miss = spec.get('miss', [])
    n = 0
    for p in CONTRACT_PARTS:
        if not items.get(p):
            continue
        n += 1
        key = p
        if p == 'wage' and 'wage' in miss:
            key = 'wage_missing'
        if p == 'hours' and 'hours' in miss:
            key = 'hours_missing'
        if p == 'hours' and 'rest' in miss and lang == 'id':
            key = 'hours_norest'
        if p == 'hours' and 'rest' in miss and lang == 'en':
            key = 'hours_norest'
        if p == 'travel' and 'return' in miss:
            key = 'travel_missing'
        h = heads[key]
        h = h if isinstance(h, str) else h[hidx]
        its = items[p]
        if num == 'pasal':
            B += [('blank',), ('line', 'Pasal %d' % n), ('line', h)]
            for k, t in enumerate(its):
                B.append(('hang', '(%d)' % (k + 1), t, 0))
        elif num == 'clause':
            B += [('blank',), ('line', '%d. %s' % (n, h))]
            for k, t in enumerate(its):
                B.append(('hang', '%d.%d' % (n, k + 1), t, 0))
        elif num == 'article':
            B += [('blank',), ('line', 'ARTICLE %d - %s' % (n, h))]
            for k, t in enumerate(its):
                B.append(('hang', '(%s)' % 'abcdefghij'[k], t, 0))
        else:  # flat
            B += [('blank',), ('hang', '%d.' % n, '%s. %s' % (h.capitalize(), ' '.join(its)), 0)]
    B += sig_block(spec, c, rng, version)
    B += compose_annex(spec, c, annex, rng)
    return B


def compose_letter(spec, c, items, annex, version, rng):
    sal = 'Ms.' if spec['sex'] == 'F' else 'Mr.'
    sur = spec.get('sur') or spec['wname'].split()[-1]
    B = []
    company = spec['emp'] if not spec['emp'].startswith(('Mr', 'Mrs')) else None
    if company:
        addr = spec['place'][4:] if spec['place'].startswith('the ') else spec['place']
        B += [('line', company.upper()), ('line', addr), ('line', 'Human Resources Department')]
    else:
        pl = spec['place']
        B += [('line', spec['emp']), ('line', address(spec))]
    B += [('blank',), ('line', 'Date: %s' % spec['_date']),
          ('line', 'Our ref.: LA/%s/2026/%03d' % (spec['dest'], rng.randint(10, 300))), ('blank',),
          ('line', 'To: %s %s' % (sal, spec['wname'])),
          ('line', 'c/o %s, %s' % (c['A'], c['ocity'])), ('blank',),
          ('line', 'Dear %s %s,' % (sal, sur)), ('blank',),
          ('line', 'LETTER OF APPOINTMENT: %s' % c['job'].upper()), ('blank',)]
    B.append(('para', 'We are pleased to offer you employment as a %s on the terms set out in this letter. The appointment is subject to the issue of your work permit by the authorities of %s.' % (
        c['job'], c['dest']), 0))
    style = rng.choice(['numbered', 'runin'])
    spec['_num'] = 'letter-' + style
    miss = spec.get('miss', [])
    n = 0
    for p in LETTER_PARTS:
        if not items.get(p):
            continue
        n += 1
        key = p
        if p == 'wage' and 'wage' in miss:
            key = 'wage_missing'
        h = LET_HEAD[key]
        text = ' '.join(items[p])
        if style == 'numbered':
            B += [('blank',), ('line', '%d. %s' % (n, h)), ('para', text, 3)]
        else:
            B += [('blank',), ('para', '%s. %s' % (h, text), 0)]
    B += [('blank',), ('para', 'Please sign the duplicate of this letter to confirm that you accept the appointment, and keep the original for your records.', 0),
          ('blank',), ('line', 'Yours sincerely,'), ('blank',), ('line', '________________________'),
          ('line', spec['emp'] if not company else 'Human Resources Manager, ' + company)]
    B += [('blank',), ('line', 'ACCEPTANCE'),
          ('para', 'I, %s, have read this letter, which was explained to me in a language I understand, and I accept the appointment on these terms.' % spec['wname'], 0),
          ('blank',), ('line', 'Signature: ________________________   Date: ______________')]
    B += compose_annex(spec, c, annex, rng)
    return B


def compose_agreement(spec, c, items, annex, version, rng):
    lang = spec['lang']
    o = ORIG[spec['orig']]
    B = []
    if lang == 'id':
        B += [('line', 'PERJANJIAN PENEMPATAN PEKERJA MIGRAN INDONESIA'),
              ('line', 'Nomor: PP/%s/%04d/2026' % (spec['dest'], rng.randint(100, 9999))), ('blank',),
              ('para', 'Pada hari ini, di %s, yang bertanda tangan di bawah ini:' % c['ocity'], 0),
              ('hang', '1.', '%s, perusahaan penempatan pekerja migran Indonesia yang memiliki izin dari Kementerian Ketenagakerjaan, selanjutnya disebut Perusahaan; dan' % c['A'], 0),
              ('hang', '2.', '%s, calon pekerja migran Indonesia, pemegang KTP nomor 3201%012d, selanjutnya disebut Pekerja,' % (spec['wname'], rng.randint(10 ** 11, 10 ** 12 - 1)), 0),
              ('para', 'sepakat membuat Perjanjian Penempatan dengan ketentuan sebagai berikut.', 0)]
        parts = AGR_PARTS_ID
        heads = AGR_HEAD_ID
    else:
        title = rng.choice(['PLACEMENT SERVICE AGREEMENT', 'RECRUITMENT SERVICE AGREEMENT',
                            'AGREEMENT FOR OVERSEAS PLACEMENT SERVICES'])
        B += [('line', title), ('line', 'Agreement No. %s/%s/%04d' % (spec['orig'], spec['dest'], rng.randint(100, 9999))), ('blank',),
              ('para', 'THIS AGREEMENT is made at %s on %s BETWEEN:' % (c['ocity'], spec['_date']), 0),
              ('hang', '(1)', '%s, a recruitment agency licensed under licence No. %s/%d, of %s (the "Agency"); and' % (
                  c['A'], spec['orig'], rng.randint(100, 999), c['ocity']), 0),
              ('hang', '(2)', '%s, holder of passport No. %s%07d (the "Worker").' % (
                  spec['wname'], PASSPORT[spec['orig']], rng.randint(1000000, 9999999)), 0),
              ('blank',),
              ('para', 'WHEREAS the Agency has received from %s, through its partner %s, a demand for workers, and the Worker has applied for the position described in clause 3;' % (spec['emp'], c['Ad']), 0),
              ('para', 'NOW IT IS AGREED as follows:', 0)]
        parts = AGR_PARTS
        heads = AGR_HEAD
    style = 'clause'
    n = 0
    for p in parts:
        if p not in items or not items[p]:
            continue
        n += 1
        its = items[p]
        if lang == 'id':
            B += [('blank',), ('line', 'Pasal %d' % n), ('line', heads[p])]
            for k, t in enumerate(its):
                lab = '(%s)' % 'abcdefghij'[k] if p == 'job' else '(%d)' % (k + 1)
                B.append(('hang', lab, t, 0))
        else:
            B += [('blank',), ('line', '%d. %s' % (n, heads[p]))]
            for k, t in enumerate(its):
                lab = '(%s)' % 'abcdefghij'[k] if p == 'job' else '%d.%d' % (n, k + 1)
                B.append(('hang', lab, t, 0))
    B += sig_block(spec, c, rng, version)
    B += compose_annex(spec, c, annex, rng)
    return B


def compose_annex(spec, c, annex, rng):
    ak = spec.get('annex')
    if not ak:
        return []
    B = [('blank',), ('blank',)]
    sign = ('line', 'Signature of %s: ________________________   Date: ______________' % c['W'])
    if ak == 'undertaking':
        B += [('line', rng.choice(['ANNEX - UNDERTAKING BY THE WORKER', 'SCHEDULE 2: WORKER\'S UNDERTAKING'])), ('blank',),
              ('para', 'I, %s, having read the contract to which this annex is attached, undertake as follows:' % spec['wname'], 0)]
        for k, t in enumerate(annex):
            B.append(('hang', '%d.' % (k + 1), t, 0))
        B += [('blank',), sign]
    elif ak == 'house':
        dom = spec['sector'] in ('domestic', 'care')
        B += [('line', rng.choice(['ANNEX - HOUSE RULES', 'RULES OF THE HOUSEHOLD']) if dom else
               rng.choice(['ANNEX - HOSTEL RULES', 'STAFF ACCOMMODATION RULES', 'DORMITORY RULES'])), ('blank',)]
        for k, t in enumerate(annex):
            B.append(('hang', '%d.' % (k + 1), t, 0))
        B += [('blank',), ('para', 'These rules form part of the contract. Received and understood:', 0), ('blank',), sign]
    elif ak == 'pernyataan':
        B += [('line', 'LAMPIRAN - SURAT PERNYATAAN PEKERJA'), ('blank',),
              ('para', 'Saya yang bertanda tangan di bawah ini, %s, dengan ini menyatakan:' % spec['wname'], 0)]
        for k, t in enumerate(annex):
            B.append(('hang', '%d.' % (k + 1), t, 0))
        B += [('blank',), ('para', 'Demikian pernyataan ini saya buat dengan sadar dan tanpa paksaan.', 0), ('blank',),
              ('line', 'Tanda tangan Pekerja: ______________________   Tanggal: ____________')]
    elif ak == 'tatatertib':
        B += [('line', 'LAMPIRAN - TATA TERTIB RUMAH'), ('blank',)]
        for k, t in enumerate(annex):
            B.append(('hang', '%d.' % (k + 1), t, 0))
        B += [('blank',), ('line', 'Tanda tangan Pekerja: ______________________')]
    elif ak == 'deduct':
        B += [('line', 'ANNEX B - SALARY DEDUCTION AUTHORITY'), ('blank',),
              ('para', 'I, %s, employed by %s, authorise the following deductions from my monthly wage:' % (spec['wname'], spec['emp']), 0)]
        for k, t in enumerate(annex):
            B.append(('hang', '%d.' % (k + 1), t, 0))
        B += [('blank',), ('para', 'Each deduction is shown on my monthly payslip.', 0), ('blank',), sign]
    elif ak == 'loan':
        main = spec.get('_annex_main')
        B += [('line', 'ANNEX A - LOAN AND REPAYMENT SCHEDULE'), ('blank',),
              ('line', 'Borrower: %s' % spec['wname']), ('line', 'Employer: %s' % spec['emp']), ('blank',)]
        B.append(('para', main, 0))
        B += [('blank',), ('line', 'Month    Instalment       Interest      Balance')]
        bal = 60000
        for k in range(1, 13):
            inst = 5000
            intr = round(bal * 0.015)
            bal = max(0, bal - inst)
            B.append(('line', '%-8s NT$%-12s NT$%-10s NT$%s' % (k, '{:,}'.format(inst), '{:,}'.format(intr), '{:,}'.format(bal))))
        B += [('blank',), ('para', 'The instalments are shown on the monthly payslip.', 0), ('blank',), sign]
    elif ak == 'docs':
        main = spec.get('_annex_main')
        look = spec.get('_annex_look')
        B += [('line', 'ANNEX - ACKNOWLEDGEMENT OF RECEIPT OF DOCUMENTS'), ('blank',),
              ('line', 'Name: %s' % spec['wname']), ('blank',),
              ('line', 'Document                          Date %s' % ('received' if main else 'seen')),
              ('line', 'Passport (original)               %s' % rng.choice(['14 April 2026', '2 May 2026'])),
              ('line', 'Residence permit / ID card        on issue'),
              ('line', 'Medical certificate (copy)        on arrival'),
              ('line', 'Educational certificate (copy)    on arrival'), ('blank',)]
        for t in (main, look):
            if t:
                B.append(('para', t, 0))
        B += [('blank',), sign]
    return B


# ---------------------------------------------------------------- layout
def vis(s):
    return sum(1 for ch in s if not (0xE000 <= ord(ch) <= 0xE0FF))


VOW = set('aeiouyAEIOUY')


DIGRAPH = {'ng', 'ny', 'sh', 'ch', 'th', 'ph', 'kh', 'sy', 'ck', 'gh', 'wh'}


def hyph_split(word, room):
    """Split word (V-CV or VC-CV, no digraph split) so that prefix + '-'
    fits in room; None if there is no such point."""
    core = ''.join(ch for ch in word if not (0xE000 <= ord(ch) <= 0xE0FF)).rstrip('.,;:')
    if len(core) < 7 or not core.isalpha() or not core[0].islower() or room < 4:
        return None
    lw = word.lower()
    best = None
    for p in range(3, len(word) - 3):
        if vis(word[:p]) + 1 > room or vis(word[p:]) < 4:
            continue
        a, b, nx = lw[p - 1], lw[p], lw[p + 1]
        if not (a.isalpha() and b.isalpha() and nx.isalpha()):
            continue
        if b in VOW or nx not in VOW:
            continue
        if a in VOW or (lw[p - 2] in VOW and (a + b) not in DIGRAPH and (lw[p - 2] + a) not in DIGRAPH):
            if (b + nx) in DIGRAPH:
                continue
            best = p
    if best is None:
        return None
    return word[:best] + '-', word[best:]


def wrap(text, width, indent, first='', hyph=False):
    """Greedy wrap; markers are zero width; optional line-end hyphens."""
    pad = ' ' * indent
    lines = []
    cur, empty = first, True
    for w in text.split():
        cand = cur + ('' if empty else ' ') + w
        if empty or vis(cand) <= width:
            cur, empty = cand, False
            continue
        if hyph:
            sp = hyph_split(w, width - vis(cur) - 1)
            if sp:
                lines.append(cur + ' ' + sp[0])
                cur = pad + sp[1]
                continue
        lines.append(cur)
        cur = pad + w
    lines.append(cur)
    return lines


def layout(blocks, width, hyph):
    out = []
    for b in blocks:
        if b[0] == 'blank':
            out.append('')
        elif b[0] == 'line':
            out.append(b[1])
        elif b[0] == 'para':
            ind = b[2]
            out += wrap(b[1], width, ind, ' ' * ind, hyph)
        elif b[0] == 'hang':
            lab, text, ind = b[1], b[2], b[3]
            head = ' ' * ind + lab + ' '
            out += wrap(text, width, len(head), head, hyph)
    # collapse double blanks at start
    while out and out[0] == '':
        out.pop(0)
    return out


def furniture(lines, spec, rng):
    """Insert page footers every 46-54 lines, wherever they fall."""
    out = []
    page = 1
    nxt = rng.randint(46, 54)
    ref = spec['id'].replace('T-', 'R14-')
    for ln in lines:
        out.append(ln)
        if len(out) >= nxt:
            if spec['lang'] == 'id':
                f = 'Halaman %d   Paraf Pekerja: ______   Paraf %s: ______' % (
                    page, 'Perusahaan' if spec['doc'] == 'agreement' else 'Pemberi Kerja')
            else:
                f = rng.choice(['Page %d   %s   Worker\'s initials: ______' % (page, ref),
                                '- %d -' % page,
                                'Page %d of this document. Initials: Employer ____ Worker ____' % page])
            out += ['', f, '']
            page += 1
            nxt = len(out) + rng.randint(46, 54)
    return out


def render(spec, version, drops, looks):
    blocks = build(spec, version, drops, looks)
    rng = random.Random('%d-%s-layout' % (SEED, spec['id']))
    width = rng.choice([70, 72, 74, 76, 78])
    lines = layout(blocks, width, bool(spec.get('hyph')))
    lines = furniture(lines, spec, rng)
    text = '\n'.join(lines) + '\n'
    text = re.sub(r'(?<!\.)\.\.(?!\.)', '.', text)
    if spec.get('caps'):
        text = text.upper()
    if spec.get('typo'):
        text = text.replace("'", '\u2019')
    return text, width


def locate(text, nmarks, m0):
    lines = text.split('\n')
    found = {}
    term_line = None
    for i, ln in enumerate(lines, 1):
        for ch in ln:
            o = ord(ch)
            if ch == TERM:
                term_line = i
            elif 0xE000 <= o < 0xE0FF:
                assert o not in found, 'marker twice'
                found[o] = i
    assert sorted(found) == list(range(0xE000 + m0, 0xE000 + m0 + nmarks)), (found, m0, nmarks)
    clean = ''.join(ch for ch in text if not (0xE000 <= ord(ch) <= 0xE0FF))
    return clean, [found[0xE000 + m0 + k] for k in range(nmarks)], term_line


# ------------------------------------------------------------------ main
def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir = os.path.join(outdir, 'texts')
    os.makedirs(tdir, exist_ok=True)
    lk_rng = random.Random('%d-lookalikes' % SEED)
    labels, contracts, comp = [], [], []
    report = []
    m0 = 0
    total_lk = 0
    for spec in PLAN:
        spec['_m0'] = m0
        m0 += len(spec['ab'])
        n_lk = {'clean': 6}.get(spec['role'], 2)
        if spec['role'] == 'abuse' and len(spec['ab']) == 1:
            n_lk = 3
        if spec['lang'] == 'id':
            voices = ['id']
        else:
            main_v = {'letter': 'you', 'agreement': 'agency'}.get(spec['doc'], 'body')
            voices = [main_v]
            if spec.get('annex') == 'undertaking':
                voices = ['I', main_v]
            elif spec.get('annex') == 'house':
                voices = ['rule', main_v]
            elif spec.get('annex') == 'docs' and not spec['ab']:
                voices = ['docsack', main_v]
        looks = pick_lookalikes(spec, n_lk, voices, lk_rng)
        spec['_looks'] = looks
        total_lk += len(looks)
        # choose drops so that the text has 80-140 lines
        versions = ['origin', 'dest'] if spec.get('pair') else ['main']
        drops = set()
        for opt in [None] + OPTIONAL:
            if opt:
                drops.add(opt)
            text, width = render(spec, versions[-1], drops, looks)
            if text.count('\n') <= 134:
                break
        outs = {}
        for v in versions:
            outs[v] = render(spec, v, drops, looks)
        text, width = outs[versions[-1]]
        clean, lines_ab, term_line = locate(text, len(spec['ab']), spec['_m0'])
        nlines = clean.count('\n')
        fn = os.path.join(tdir, spec['id'] + '.txt')
        with open(fn, 'w', encoding='utf-8', newline='\n') as f:
            f.write(clean)
        rows = []
        for (rule, place, t), ln in zip(spec['ab'], lines_ab):
            rows.append((spec['id'], spec['lang'], rule, ln))
        rows.sort(key=lambda r: r[3])
        cl = clean.split('\n')
        for r in rows:
            labels.append(list(r))
            report.append('%s %s line %d\n   %3d| %s\n   %3d| %s' % (r[0], r[2], r[3], r[3] - 1, cl[r[3] - 2], r[3], cl[r[3] - 1]))
        if spec['role'] == 'ctr010':
            labels.append([spec['id'], spec['lang'], 'CTR-010', ''])
        if spec.get('pair'):
            otext, _ = outs['origin']
            oclean, _, oterm = locate(otext, 0, spec['_m0'])
            with open(os.path.join(tdir, spec['id'] + '.origin.txt'), 'w', encoding='utf-8', newline='\n') as f:
                f.write(oclean)
            a, b = oclean.split('\n'), clean.split('\n')
            diff = [(i + 1, x, y) for i, (x, y) in enumerate(zip(a, b)) if x != y]
            report.append('%s pair (%s): origin %d lines, destination %d lines; differing lines:' % (spec['id'], spec['pair'], len(a) - 1, len(b) - 1))
            for i, x, y in diff:
                report.append('   %3d| - %s\n   %3d| + %s' % (i, x, i, y))
            if spec['pair'] != 'equal':
                labels.append([spec['id'], spec['lang'], 'CTR-011', term_line])
                report.append('   CTR-011 label line %d: %s' % (term_line, b[term_line - 1]))
        contracts.append([spec['id'], spec['lang'], spec['wage'], DEST[spec['dest']]['iso']])
        detail = ''
        if spec['role'] == 'abuse':
            detail = ' '.join(r[2] for r in rows)
        elif spec['role'] == 'ctr010':
            detail = ' '.join(spec['miss'])
        elif spec['role'] == 'pair':
            detail = {'wage': 'wage', 'rest': 'rest-fewer', 'hours': 'hours', 'equal': 'identical'}[spec['pair']]
        lkt = sorted({LOOK[i][0] for i in looks})
        pov = {'letter': 'you', 'agreement': 'agency'}.get(spec['doc'], 'roles')
        if spec['lang'] == 'id':
            pov = 'peran'
        num = spec.get('_num') or spec.get('num') or ('section' if spec['doc'] == 'agreement' else '')
        if spec['doc'] == 'agreement':
            num = 'pasal' if spec['lang'] == 'id' else 'section'
        comp.append([spec['id'], spec['lang'], spec['role'], spec['sector'], spec['dest'], spec['orig'],
                     detail, ' '.join(lkt), pov, num, spec.get('caps', 0), spec.get('typo', 0),
                     1 if spec.get('hyph') and re.search(r'[a-z]-\n', clean) else 0,
                     spec.get('annex') or 'none',
                     1 if (spec['doc'] == 'agreement' and spec['lang'] == 'en') else 0, 0, nlines])
        report.append('%s %s %s %s lines=%d width=%d looks=%s drops=%d' % (
            spec['id'], spec['lang'], spec['role'], spec['doc'], nlines, width,
            ','.join('%s/%s' % (LOOK[i][0][-3:], LOOK[i][1]) for i in looks), len(drops)))
    with open(os.path.join(outdir, 'labels.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['contract', 'language', 'rule', 'line'])
        w.writerows(labels)
    with open(os.path.join(outdir, 'contracts.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['contract', 'language', 'wage', 'currency'])
        w.writerows(contracts)
    with open(os.path.join(outdir, 'composition.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['contract', 'language', 'role', 'sector', 'destination', 'origin', 'detail',
                    'lookalike_types', 'pov', 'numbering', 'caps_all', 'typographic', 'hyphenation',
                    'schedule', 'definitions', 'bilingual', 'lines'])
        w.writerows(comp)
    print('\n'.join(report))
    print('look-alikes placed: %d' % total_lk)
    print('look-alike variant use:', sorted(LOOK_USED.items()))
    print('type use:', sorted(TYPE_USED.items()))


if __name__ == '__main__':
    main()
