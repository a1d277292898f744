"""The 40 contracts of batch 16: who, where, which register, and the
abusive clauses, each written once for its contract (from scratch).

Abusive clause: (rule, slot, text).  '^' in a text marks where the
abusive sentence starts when it does not start the item.  For bilingual
contracts the text is (English, Indonesian); the label goes on the English
sentence for `en` contracts and on the Indonesian one for `id` contracts.
For table contracts the text of a table row is a tuple of cells.
Registers: B non-native English, T message / e-mail annex, L bilingual,
C consequences and conditions, K tables and checklists; idC, idT, idK the
Indonesian counterparts.
"""

SPECS = []


def S(**kw):
    SPECS.append(kw)


# ------------------------------------------------------------------ V-001
S(cid='V-001', hyph=True, lang='en', reg='B', role='abuse', sector='domestic',
  dest='SA', origin='ET', sex='F', worker='Tigist Alemu',
  employer='Mr. Saad Al-Harbi', address='Al-Malaz district, Riyadh',
  agency='Abebe and Sons Foreign Employment Agency',
  agency_city='Addis Ababa', city='Riyadh', job='housemaid',
  wage=1000, cur='SAR', wage_text='SAR 1,000',
  wage_words='one thousand Saudi riyal',
  agency_local='Al-Anwar Recruitment Office, Riyadh, tel. 011 478 2290',
  abuses=[
      ('CTR-001', 'docs', "For safety of both side, PASPORT and iqama of "
       "worker is keep by employeer in his office drawer from first day "
       "until she finish the contract and go to airport, worker can ask "
       "photocopy any time."),
      ('CTR-004', 'rest', "Worker is not permit to go outside from the house "
       "by herself in any day, also in her day off, if she need to buy "
       "something the driver or madam take her and bring her back."),
  ])

# ------------------------------------------------------------------ V-002
S(cid='V-002', date='23 January 2026', lang='en', reg='T', role='abuse', sector='domestic',
  dest='HK', origin='PH', sex='F', worker='Maricel Santos',
  employer='Mrs Chan Wai Ling', E_short='Mrs Chan',
  address='Flat 12B, Block 3, Sha Tin', agency='Bright Harbour Placement '
  'Agency', agency_city='Quezon City', city='Hong Kong', site='the home '
  'of the Employer in Sha Tin', job='domestic helper', wage=5100,
  cur='HKD', wage_text='HK$5,100',
  abuses=[
      ('CTR-007', 'A0', "About your salary: Mrs Chan will give you HK$1,000 "
       "in cash at the end of each month for your own expenses. The rest "
       "of your salary she keeps for you, and you get the whole balance in "
       "one payment when you finish the two years."),
      ('CTR-006', 'A1', "One rule in our house: no boyfriend while you work "
       "for us. If I find out you have one, I will end the contract and "
       "send you home."),
      ('CTR-009', 'A2', "Maricel, if you have any problem with Mrs Chan, "
       "message me and only me. Please don't go to the Labour Department "
       "or the consulate, they will only make trouble for you and for "
       "us."),
  ],
  messages=[
      {'kind': 'email', 'from': 'Joy Reyes, Bright Harbour Placement Agency',
       'to': 'Maricel Santos', 'date': 'Fri, 9 Jan 2026 10:12',
       'subject': 'Re: your employment terms',
       'body': ['Dear Maricel,', '',
                'Thank you for calling yesterday. As promised, here is a '
                'summary of what Mrs Chan told us about the job, so you '
                'have it in writing before your flight.', '',
                '{A0}', '', '{L0}', '',
                'Your flight is on 2 February, Manila to Hong Kong. Someone '
                'from our partner office will meet you at arrivals and take '
                'you to Sha Tin.', '', 'Regards,', 'Joy']},
      {'kind': 'chat', 'title': 'WhatsApp group "Maricel - Mrs Chan - '
       'agency", 20-21 January 2026',
       'lines': [
           ('20/01/2026, 21:03', 'Mrs Chan', 'Hi Maricel, this is Mrs Chan. '
            'Joy gave me your number.'),
           ('20/01/2026, 21:04', 'Mrs Chan', '{A1}'),
           ('20/01/2026, 21:10', 'Maricel', 'Good evening maam. Noted po.'),
           ('21/01/2026, 08:15', 'Joy (agency)', '{L1}'),
           ('21/01/2026, 08:17', 'Mrs Chan', 'My mother lives with us. She is '
            '84 and needs help with her meals and her walk in the '
            'morning.'),
           ('21/01/2026, 09:02', 'Joy (agency)', '{A2}'),
           ('21/01/2026, 09:30', 'Maricel', 'ok po'),
       ]},
  ])

# ------------------------------------------------------------------ V-003
S(cid='V-003', lang='en', reg='K', role='abuse', sector='construction',
  dest='QA', origin='NP', sex='M', worker='Bishnu Thapa Magar',
  employer='Al Wakra Building Contracting W.L.L.',
  address='Street 240, Industrial Area, Doha',
  agency='Himal Overseas Pvt. Ltd.', agency_city='Kathmandu', city='Doha',
  site='the building sites of the Company in Doha and Al Wakra',
  job='mason', wage=1300, cur='QAR', wage_text='QAR 1,300',
  abuses=[
      ('CTR-002', 'costs', ("Placement fee to agency (NPR 150,000)",
                            "Worker", "paid in Nepal before departure")),
      ('CTR-003', 'costs', ("Security bond (QAR 1,000)", "Worker",
                            "kept from first salary; refunded after 2 "
                            "years if no breach")),
  ])

# ------------------------------------------------------------------ V-004
S(cid='V-004', lang='id', reg='L', role='abuse', sector='domestic',
  dest='HK', origin='ID', sex='F', worker='Sri Lestari',
  employer='Mr Wong Ka Ho', address='Flat 7A, Tower 2, Tsuen Wan',
  agency='PT Citra Mandiri Jaya', agency_city='Malang', city='Hong Kong',
  job='domestic helper', job_id='pekerja rumah tangga', wage=5100,
  cur='HKD', wage_text='HK$5,100', wage_id='HK$ 5.100',
  abuses=[
      ('CTR-001', 'other', (
          "The Employer keeps the passport and Hong Kong identity card of "
          "the Helper in the Employer's safe; the Helper may keep "
          "photocopies.",
          "Pemberi Kerja menyimpan paspor dan kartu identitas Hong Kong "
          "milik Pekerja di brankas Pemberi Kerja; Pekerja boleh memegang "
          "fotokopinya.")),
      ('CTR-007', 'wage', (
          "Each month HK$2,000 of the salary of the Helper is held back by "
          "the Employer and paid to her in one sum when the contract ends.",
          "Setiap bulan HK$ 2.000 dari gaji Pekerja ditahan oleh Pemberi "
          "Kerja dan dibayarkan sekaligus pada saat perjanjian berakhir.")),
  ])

# ------------------------------------------------------------------ V-005
S(cid='V-005', lang='en', reg='C', role='abuse', sector='care',
  dest='TW', origin='PH', sex='F', worker='Jocelyn Dela Cruz',
  employer='Mr Lin Chih-Ming', address='No. 18, Lane 52, Wuquan Road, '
  'Taichung', agency='Everbright Manpower Co.', agency_city='Taichung',
  city='Taichung', job='caregiver to the Employer\'s mother', wage=20000,
  cur='TWD', wage_text='NT$20,000', hyph=True,
  abuses=[
      ('CTR-005', 'medical', "Should the periodic health check at the "
       "hospital designated by the Employer show that the Caregiver is "
       "pregnant, the Employer is entitled to terminate this contract "
       "without notice and to arrange her return to the Philippines."),
      ('CTR-008', 'termination', "In case the Caregiver asks to be "
       "transferred to another employer before this contract expires, the "
       "Employer is entitled to withhold its consent, and without that "
       "consent the broker shall not process any transfer."),
  ])

# ------------------------------------------------------------------ V-006
S(cid='V-006', airport='Kuala Lumpur', lang='en', reg='B', role='clean', sector='manufacturing',
  dest='MY', origin='BD', sex='M', worker='Md. Jahangir Alam',
  employer='Sinar Plastik Industries Sdn. Bhd.',
  address='Lot 14, Jalan Utas 15/7, Shah Alam, Selangor',
  agency='Rupali Overseas Ltd.', agency_city='Dhaka', city='Shah Alam',
  site='the factory of the company in Shah Alam', job='machine operator',
  wage=1700, cur='MYR', wage_text='RM1,700',
  wage_words='one thousand seven hundred ringgit',
  agency_local='Sri Mewah Agency, Klang, tel. 03 3371 5508',
  abuses=[])

# ------------------------------------------------------------------ V-007
S(cid='V-007', hyph=True, lang='en', reg='L', role='abuse', sector='manufacturing',
  dest='MY', origin='ID', sex='F', worker='Sri Wahyuni',
  employer='Mutiara Electronics Manufacturing Sdn. Bhd.',
  address='Plot 88, Bayan Lepas Industrial Zone, Penang',
  agency='PT Bina Karya Sejahtera', agency_city='Surabaya',
  city='Penang', site='the Bayan Lepas plant of the Company',
  site_id='pabrik Perusahaan di Bayan Lepas',
  job='production operator', job_id='operator produksi', wage=1700,
  cur='MYR', wage_text='RM1,700', wage_id='RM 1.700',
  abuses=[
      ('CTR-006', 'other', (
          "The Worker shall not marry, become engaged or live with a "
          "partner while this contract is in force; if she does, her "
          "employment ends.",
          "Pekerja tidak boleh menikah, bertunangan atau tinggal bersama "
          "pasangan selama perjanjian ini berlaku; jika hal itu terjadi, "
          "hubungan kerjanya berakhir.")),
      ('CTR-002', 'wage', (
          "The levy, the calling visa fee and the placement charge of the "
          "Agency, RM1,500 in all, are recovered from the wages of the "
          "Worker at RM250 a month.",
          "Levi, biaya calling visa dan biaya penempatan Agensi, seluruhnya "
          "RM 1.500, dipotong dari upah Pekerja sebesar RM 250 setiap "
          "bulan.")),
  ])

# ------------------------------------------------------------------ V-008
S(cid='V-008', date='23 January 2026', lang='en', reg='T', role='ctr010', sector='construction',
  dest='AE', origin='IN', sex='M', worker='Rajesh Kumar Yadav',
  employer='Gulf Horizon Contracting LLC', E_short='Gulf Horizon',
  address='Industrial Area 12, Sharjah', agency='Sai Kripa Overseas',
  agency_city='Kochi', city='Sharjah', site='the building sites of the '
  'Company in Sharjah', job='steel fixer', wage=1200, cur='AED',
  wage_text='AED 1,200', missing=['rest', 'return'], abuses=[],
  messages=[
      {'kind': 'email', 'from': 'Suresh Nair, Sai Kripa Overseas',
       'to': 'Rajesh Kumar Yadav', 'date': 'Mon, 5 Jan 2026 16:40',
       'subject': 'Re: your employment terms',
       'body': ['Dear Rajesh,', '',
                'Gulf Horizon has confirmed your offer as steel fixer. '
                'Some points you asked about:', '',
                '{L0}', '',
                'Your flight from Kochi to Sharjah is booked and paid by '
                'the company, and the site bus meets you at the airport.',
                '',
                'Site staff get the UAE public holidays off with pay, and '
                'after one year of service you have 30 days of annual '
                'leave.', '',
                '{L1}', '',
                'Please bring your trade certificate and two photos to the '
                'office on Thursday.', '', 'Regards,', 'Suresh']},
  ])

# ------------------------------------------------------------------ V-009
S(cid='V-009', hyph=True, lang='en', reg='C', role='abuse', sector='domestic',
  dest='KW', origin='LK', sex='F', worker='Dilani Kumari Perera',
  employer='Mr. Khaled Al-Mutairi', address='Block 4, Street 12, Salmiya',
  agency='Lanka Dream Foreign Employment Agency', agency_city='Colombo',
  city='Kuwait City', job='housemaid', wage=120, cur='KWD',
  wage_text='KWD 120',
  abuses=[
      ('CTR-003', 'termination', "Should the Worker leave the service of "
       "the Employer before the end of the twenty-four months for any "
       "reason other than a breach by the Employer, she shall owe the "
       "Employer the visa fee, the air ticket and the sum paid to the "
       "recruitment office, and the Employer is authorised to claim that "
       "amount in full from her guarantor."),
  ])

# ------------------------------------------------------------------ V-010
S(cid='V-010', airport='Kuala Lumpur', lang='en', reg='K', role='abuse', sector='agriculture',
  dest='MY', origin='NP', sex='M', worker='Dipak Rai',
  employer='Ladang Sri Kenanga Sdn. Bhd.',
  address='Batu 9, Jalan Kluang-Mersing, Kluang, Johor',
  agency='Everest Manpower Pvt. Ltd.', agency_city='Kathmandu',
  city='Kluang', site='the Sri Kenanga oil palm estate, Kluang',
  job='harvester', wage=1700, cur='MYR', wage_text='RM1,700',
  abuses=[
      ('CTR-004', 'time', ("Harvest (Sep - Jan)", "7 days a week",
                           "no rest day; Sunday work paid at normal "
                           "rate")),
      ('CTR-008', 'check', "I will not ask for a transfer to another "
       "employer or estate before the end of my 36-month contract."),
      ('CTR-009', 'check', "Complaints go to the estate manager only; I "
       "will not complain to JTK, the police or my embassy."),
  ])

# ------------------------------------------------------------------ V-011
S(cid='V-011', airport='Muscat', lang='en', reg='B', role='abuse', sector='construction',
  dest='OM', origin='BD', sex='M', worker='Md. Rafiqul Islam',
  employer='Al Batinah Star Construction LLC',
  address='Falaj Al Qabail, Sohar', agency='Sonar Bangla Recruiting '
  'Agency', agency_city='Dhaka', city='Sohar', site='the project sites '
  'of the company in Sohar', job='carpenter', wage=130, cur='OMR',
  wage_text='OMR 130', wage_words='one hundred thirty Omani rial',
  agency_local='Al Rawas Manpower Services, Sohar, tel. 2684 1172',
  caps=True,
  abuses=[
      ('CTR-002', 'wage', "The agency servise charge of OMR 390 is worker "
       "own responsibility, company cut OMR 65 every month from his salery "
       "in first six month and send it to agency in Dhaka."),
      ('CTR-008', 'termination', "During the 2 (TWO) year worker can NOT "
       "change to other company or other sponsor and he can not give "
       "resignation, company will not sign any release paper for him "
       "before contract finish."),
      ('CTR-009', 'complaint', "All problem of worker must solve inside "
       "company by camp boss only, worker must NOT go to Labour office or "
       "embassy for complain, who go outside will be finish from job."),
  ])

# ------------------------------------------------------------------ V-012
S(cid='V-012', lang='en', reg='L', role='ctr010', sector='domestic',
  dest='SG', origin='ID', sex='F', worker='Ani Suryani',
  employer='Mrs Tan Mei Ling', address='Blk 512 Bedok North Avenue 3, '
  '#08-214, Singapore', agency='PT Mitra Sejati', agency_city='Semarang',
  city='Singapore', job='domestic helper', job_id='pekerja rumah tangga',
  wage=650, cur='SGD', wage_text='S$650', wage_id='S$ 650',
  missing=['hours'], abuses=[],
  extra={'hours': [
      ("The duties of the Helper are listed in the household schedule on "
       "the kitchen wall, which the Employer explains to her in the first "
       "week.",
       "Tugas Pekerja tercantum dalam jadwal rumah tangga di dinding dapur, "
       "yang dijelaskan Pemberi Kerja kepadanya pada minggu pertama."),
      ("Meal breaks are taken at times that suit the household.",
       "Waktu istirahat makan diambil pada jam yang sesuai dengan "
       "kebutuhan rumah tangga.")]})

# ------------------------------------------------------------------ V-013
S(cid='V-013', date='23 January 2026', lang='en', reg='T', role='abuse', sector='hospitality',
  dest='AE', origin='KE', sex='F', worker='Faith Wanjiru Kamau',
  employer='Palm Crescent Hotel and Suites LLC', E_short='The hotel',
  address='Al Sufouh Road, Dubai', agency='Jubilee Career Link Ltd.',
  agency_city='Nairobi', city='Dubai', site='Palm Crescent Hotel and '
  'Suites, Dubai', job='room attendant', wage=1400, cur='AED',
  wage_text='AED 1,400', typo=True,
  abuses=[
      ('CTR-005', 'A0', "Please note that the pre-employment medical in "
       "Dubai includes a pregnancy test, and the test is repeated at every "
       "visa renewal. A positive result means the offer lapses or, once "
       "you have started, that your visa is cancelled."),
      ('CTR-001', 'A1', "On your first morning please bring your passport "
       "to HR. It stays in the HR safe for as long as you work with us and "
       "is handed back on your final exit; a photocopy is kept in your "
       "staff file."),
  ],
  messages=[
      {'kind': 'email', 'from': 'Nadia Farouk, HR Officer, Palm Crescent '
       'Hotel and Suites', 'to': 'Faith Wanjiru Kamau; cc Jubilee Career '
       'Link', 'date': 'Tue, 13 Jan 2026 11:05',
       'subject': 'Re: your employment terms - Room Attendant',
       'body': ['Dear Faith,', '',
                'Welcome to Palm Crescent. As discussed on our video call, '
                'please note the following points, which HR applies from '
                'your first day.', '', '{A0}', '', '{A1}', '',
                'Your uniform, shoes and name badge will be ready on '
                'arrival. Staff transport leaves the accommodation at 7.15 '
                'a.m.', '', 'Kind regards,', 'Nadia Farouk', 'HR Officer']},
      {'kind': 'email', 'from': 'Peter Mwangi, Jubilee Career Link Ltd.',
       'to': 'Faith Wanjiru Kamau', 'date': 'Tue, 13 Jan 2026 15:22',
       'subject': 'Fwd: Re: your employment terms - Room Attendant',
       'body': ['Hi Faith,', '',
                'Forwarding the hotel\'s note above. A few more things from '
                'our side:', '', '{L0}', '', '{L1}', '',
                'Your flight is on 6 February. Please be at the airport by '
                '5 a.m.', '', 'Peter']},
  ])

# ------------------------------------------------------------------ V-014
S(cid='V-014', lang='en', reg='C', role='pair', sector='manufacturing',
  dest='MY', origin='NP', sex='M', worker='Suman Shrestha',
  employer='Delta Precision Moulding Sdn. Bhd.',
  address='PTD 4120, Jalan Perindustrian Senai 3, Senai, Johor',
  agency='Annapurna HR Pvt. Ltd.', agency_city='Kathmandu',
  city='Johor Bahru', site='the Senai factory of the Company',
  job='machine operator', wage=1800, cur='MYR', wage_text='RM1,800',
  hyph=True, abuses=[], change='holidays',
  pair_item=('rest', "Gazetted public holidays of Johor are paid days off.",
             "Gazetted public holidays of Johor are normal work days."))

# ------------------------------------------------------------------ V-015
S(cid='V-015', date='16 January 2026', lang='id', reg='idT', role='abuse', sector='domestic',
  dest='MY', origin='ID', sex='F', worker='Wulan Sari',
  employer='Puan Noraini binti Hassan', address='No. 21, Jalan Cheras '
  'Hartamas 5, Cheras, Kuala Lumpur', agency='PT Arta Bunda Mandiri',
  agency_city='Cirebon', city='Kuala Lumpur',
  job_id='pekerja rumah tangga', wage=1600, cur='MYR', wage_id='RM 1.600',
  abuses=[
      ('CTR-006', 'A0', "Satu lagi Mbak, Puan Noraini tidak mau pembantunya "
       "punya pacar atau menikah selama kontrak. Kalau ketahuan, Mbak "
       "langsung dipulangkan."),
      ('CTR-002', 'A1', "Untuk biaya penempatan RM 1.200, nanti dipotong "
       "dari gaji Mbak di Malaysia, RM 200 setiap bulan selama enam bulan "
       "pertama."),
  ],
  messages=[
      {'kind': 'chat', 'title': 'Percakapan WhatsApp dengan petugas PT Arta '
       'Bunda Mandiri, Januari 2026',
       'lines': [
           ('07/01/2026, 19:05', 'Bu Rina PT ABM', 'Mbak Wulan, ini Bu Rina '
            'dari kantor PT. Visa Mbak sudah keluar ya.'),
           ('07/01/2026, 19:06', 'Bu Rina PT ABM', '{A1}'),
           ('07/01/2026, 19:20', 'Wulan', 'Iya Bu, saya mengerti.'),
           ('07/01/2026, 19:22', 'Bu Rina PT ABM', '{L0}'),
           ('07/01/2026, 19:25', 'Bu Rina PT ABM', '{A0}'),
           ('08/01/2026, 08:10', 'Bu Rina PT ABM', '{L1}'),
           ('08/01/2026, 08:11', 'Bu Rina PT ABM', 'Berangkat tanggal 20 '
            'dari Soekarno-Hatta, kumpul di kantor jam 5 pagi. Bawa jaket '
            'dan obat pribadi.'),
           ('08/01/2026, 08:30', 'Wulan', 'Baik Bu, terima kasih.'),
       ]},
  ])

# ------------------------------------------------------------------ V-016
S(cid='V-016', lang='en', reg='K', role='clean', sector='hospitality',
  dest='QA', origin='KE', sex='F', worker='Grace Atieno Odhiambo',
  employer='Corniche Pearl Hotel W.L.L.', address='Corniche Street, West '
  'Bay, Doha', agency='Rift Valley Recruitment Ltd.',
  agency_city='Nairobi', city='Doha', site='Corniche Pearl Hotel, Doha',
  job='waitress', wage=1500, cur='QAR', wage_text='QAR 1,500', abuses=[])

# ------------------------------------------------------------------ V-017
S(cid='V-017', hyph=True, lang='en', reg='B', role='abuse', sector='domestic',
  dest='JO', origin='BD', sex='F', worker='Shirin Akter',
  employer='Mrs. Rania Haddad', address='Khalda, Amman',
  agency='Meghna Overseas Services', agency_city='Dhaka', city='Amman',
  job='housemaid', wage=230, cur='JOD', wage_text='JOD 230',
  wage_words='two hundred thirty Jordan dinar',
  agency_local='Al Noor Recruitment Office, Amman, tel. 06 553 8817',
  abuses=[
      ('CTR-005', 'medical', "Before visa and again every 6 month in Jordan "
       "worker do medical check with pregnancy test in clinic of employeer "
       "choice, if result is positive the contract is cancel and she is "
       "send back to Bangladesh."),
      ('CTR-006', 'other', "Worker is NOT allow to marry or to keep any boy "
       "friend while she is working in Jordan, this is condition of the "
       "job."),
      ('CTR-007', 'wage', "Employeer keep the monthly salery of worker in "
       "safe place for her and give her all the amount together at end of 2 "
       "year when she go home, only JOD 20 she get every month for her "
       "small need."),
  ])

# ------------------------------------------------------------------ V-018
S(cid='V-018', lang='en', reg='C', role='ctr010', sector='cleaning',
  dest='BH', origin='UG', sex='F', worker='Harriet Nakato',
  employer='Sparkle Facility Services W.L.L.', address='Building 1022, '
  'Road 3625, Adliya, Manama', agency='Pearl of Africa Labour Export '
  'Ltd.', agency_city='Kampala', city='Manama', site='the client '
  'buildings of the Employer in Manama', job='cleaner', wage=150,
  cur='BHD', wage_text='BHD 150', missing=['return'], abuses=[],
  extra={'return': [
      "{E0} books and pays for the flight of {W} from Entebbe to Bahrain "
      "before {her} start date.",
      "Should {W} wish to spend annual leave in Uganda, the leave is unpaid "
      "and {she} makes {her} own travel arrangements."]})

# ------------------------------------------------------------------ V-019
S(cid='V-019', hyph=True, lang='en', reg='L', role='abuse', sector='care',
  dest='TW', origin='ID', sex='F', worker='Nur Aini',
  employer='Mrs Chen Shu-Fen', address='No. 6, Alley 3, Lane 201, '
  'Zhongzheng Road, Taoyuan', agency='PT Sinar Harapan Bangsa',
  agency_city='Blitar', city='Taoyuan',
  job="caregiver to the Employer's husband",
  job_id='perawat suami Pemberi Kerja', wage=20000, cur='TWD',
  wage_text='NT$20,000', wage_id='NT$ 20.000',
  abuses=[
      ('CTR-009', 'complaint', (
          "Any dispute under this contract is referred to the broker in "
          "Taoyuan, whose decision binds the Worker, and the Worker "
          "undertakes not to call the 1955 hotline or to approach KDEI "
          "about it.",
          "Setiap perselisihan berdasarkan perjanjian ini diserahkan kepada "
          "perusahaan broker di Taoyuan, yang keputusannya mengikat "
          "Pekerja, dan Pekerja berjanji tidak menelepon saluran 1955 atau "
          "mendatangi KDEI untuk hal itu.")),
      ('CTR-003', 'termination', (
          "Before departure a promissory note of IDR 25,000,000 is signed "
          "by the Worker in favour of the Agency, to be enforced if she "
          "ends this contract before three years.",
          "Sebelum berangkat Pekerja menandatangani surat sanggup bayar "
          "sebesar Rp 25.000.000 untuk Agensi, yang akan ditagih apabila ia "
          "mengakhiri perjanjian ini sebelum tiga tahun.")),
      ('CTR-001', 'other', (
          "Retention of the passport and resident certificate of the Worker "
          "by the Employer for safekeeping throughout the term is agreed.",
          "Penyimpanan paspor dan ARC Pekerja oleh Pemberi Kerja selama "
          "masa perjanjian disepakati.")),
  ])

# ------------------------------------------------------------------ V-020
S(cid='V-020', date='12 January 2026', lang='en', reg='T', role='abuse', sector='construction',
  dest='SA', origin='PK', sex='M', worker='Imran Ali',
  employer='Al-Fahd Construction Co.', E_short='Al-Fahd',
  address='2nd Industrial City, Dammam',
  agency='Khyber Overseas Employment Promoters', agency_city='Rawalpindi',
  city='Dammam', site='the project sites of the Company in the Eastern '
  'Province', job='shuttering carpenter', wage=1400, cur='SAR',
  wage_text='SAR 1,400',
  abuses=[
      ('CTR-008', 'A0', "One thing bhai, once you are on Al-Fahd visa you "
       "stay with Al-Fahd only. No transfer to other company, not after one "
       "year also, kafeel will not give release so decide now."),
      ('CTR-003', 'A1', "And before flight you sign one cheque of PKR "
       "400,000 as guarantee, it stays in our office in Rawalpindi. If you "
       "leave the job before 2 years we deposit it."),
  ],
  messages=[
      {'kind': 'chat', 'title': 'WhatsApp, Khyber Overseas (Tariq) and Imran '
       'Ali, 5-6 January 2026',
       'lines': [
           ('05/01/2026, 18:40', 'Tariq Khyber', 'Salam Imran bhai, your '
            'visa from Al-Fahd Construction is ready, protector stamp on '
            'Thursday.'),
           ('05/01/2026, 18:41', 'Tariq Khyber', '{A0}'),
           ('05/01/2026, 18:55', 'Imran', 'ok bhai noted'),
           ('05/01/2026, 19:02', 'Tariq Khyber', '{L0}'),
           ('05/01/2026, 19:03', 'Tariq Khyber', '{A1}'),
           ('06/01/2026, 10:20', 'Tariq Khyber', '{L1}'),
           ('06/01/2026, 10:21', 'Tariq Khyber', 'Flight is Lahore to Dammam '
            'on 14 January, company bus will pick you from airport.'),
           ('06/01/2026, 10:40', 'Imran', 'ji theek hai, thanks'),
       ]},
  ])

# ------------------------------------------------------------------ V-021
S(cid='V-021', airport='Taoyuan', lang='en', reg='K', role='pair', sector='manufacturing',
  dest='TW', origin='VN', sex='M', worker='Nguyen Van Hung',
  employer='Chang Hua Metal Industrial Co., Ltd.',
  address='No. 55, Gongye 2nd Road, Changhua', agency='Hong Phat Labour '
  'Export JSC', agency_city='Hanoi', city='Changhua',
  site='the Changhua plant of the Company', job='production worker',
  wage=28590, cur='TWD', wage_text='NT$28,590', abuses=[],
  change='hours-table',
  pair_row=("Monday - Friday", "8.00 a.m. - 5.00 p.m.",
            "8 hours a day, 40 a week"),
  pair_alt=("Monday - Friday", "8.00 a.m. - 7.00 p.m.",
            "10 hours a day, 50 a week"))

# ------------------------------------------------------------------ V-022
S(cid='V-022', lang='en', reg='B', role='ctr010', sector='domestic',
  dest='LB', origin='ET', sex='F', worker='Meseret Bekele',
  employer='Mrs. Nada Khoury', address='Achrafieh, Beirut',
  agency='Sheba Star Employment Agency', agency_city='Addis Ababa',
  city='Beirut', job='housemaid', wage=250, cur='USD',
  wage_text='USD 250', wage_words='two hundred fifty US dollar',
  agency_local='', missing=['complaint'], abuses=[],
  extra={'medical': ["If worker is sick or have accident she tell madam "
                     "quickly, madam take her to doctor and pay the bill."],
         'other': ["Agency in Addis Ababa call the family of worker one "
                   "time after first three month to give them news."]})

# ------------------------------------------------------------------ V-023
S(cid='V-023', lang='en', reg='C', role='abuse', sector='hospitality',
  dest='QA', origin='PH', sex='F', worker='Rowena Bautista',
  employer='Al Dafna Grand Hotel W.L.L.', address='Majlis Al Taawon '
  'Street, Al Dafna, Doha', agency='Luzon Crest Manpower Services',
  agency_city='Makati', city='Doha', site='Al Dafna Grand Hotel, Doha',
  job='waitress', wage=1600, cur='QAR', wage_text='QAR 1,600', hyph=True,
  roles=('the Company', 'the Employee'),
  abuses=[
      ('CTR-007', 'wage', "The Company is entitled to retain one third of "
       "the basic salary of the Employee each month in the staff savings "
       "fund and to pay out the accumulated amount only when she leaves "
       "Qatar."),
      ('CTR-005', 'medical', "In case the Employee is found to be pregnant, "
       "her employment ends on the date of the medical report, and the "
       "Company books her flight home."),
      ('CTR-004', 'rest', "Suspension of weekly rest days during the peak "
       "season from November to March is at the discretion of the Company, "
       "each rest day not taken being paid at the ordinary daily rate."),
  ])

# ------------------------------------------------------------------ V-024
S(cid='V-024', hyph=True, lang='id', reg='idC', role='abuse', sector='manufacturing',
  dest='MY', origin='ID', sex='F', worker='Dewi Anggraini',
  employer='Syarikat Tekstil Harmoni Sdn. Bhd.', address='Lot 5, Kawasan '
  'Perindustrian Sri Gading, Batu Pahat, Johor',
  agency='PT Karya Insan Mandiri', agency_city='Bandar Lampung',
  city='Johor Bahru', site_id='pabrik Perusahaan di Batu Pahat',
  job_id='operator mesin jahit', wage=1700, cur='MYR', wage_id='RM 1.700',
  roles_id=('Perusahaan', 'Pekerja'),
  abuses=[
      ('CTR-003', 'termination', "Apabila Pekerja mengakhiri perjanjian "
       "sebelum genap 24 bulan, Pekerja wajib membayar ganti rugi kepada "
       "Perusahaan sebesar RM 3.000, dan Perusahaan berhak memotongnya "
       "dari gaji terakhir Pekerja."),
      ('CTR-009', 'complaint', "Setiap keluhan Pekerja diselesaikan secara "
       "internal oleh penyelia asrama; Perusahaan berhak memberhentikan "
       "Pekerja yang melapor kepada pihak luar, termasuk Jabatan Tenaga "
       "Kerja dan KBRI."),
  ])

# ------------------------------------------------------------------ V-025
S(cid='V-025', date='23 January 2026', lang='en', reg='T', role='clean', sector='care',
  dest='HK', origin='PH', sex='F', worker='Analyn Reyes',
  employer='Mr Ho Chun Kit', E_short='Mr Ho',
  address='Flat 3C, 14 Cumberland Road, Kowloon Tong',
  agency='Star Isle Manpower Inc.', agency_city='Pasig', city='Hong Kong',
  site="the Employer's home in Kowloon Tong",
  job="domestic helper and carer for the Employer's father", wage=5200,
  cur='HKD', wage_text='HK$5,200', typo=True, abuses=[],
  messages=[
      {'kind': 'email', 'from': 'Rhea Manalo, Star Isle Manpower Inc.',
       'to': 'Analyn Reyes', 'date': 'Wed, 7 Jan 2026 13:48',
       'subject': 'Re: your employment terms',
       'body': ['Dear Analyn,', '',
                'Mr Ho has read your questions. Here are his answers, and '
                'ours.', '', '{L0}', '', '{L1}', '', '{L2}', '', '{L3}', '',
                'Your visa should be approved within four weeks. We will '
                'call you as soon as it is out.', '', 'Take care,', 'Rhea']},
      {'kind': 'chat', 'title': 'WhatsApp, Golden Lotus Employment Agency '
       '(Hong Kong), 8 January 2026',
       'lines': [
           ('08/01/2026, 14:30', 'Ms Yip Golden Lotus', 'Hi Analyn, Ms Yip '
            'here from Golden Lotus in Hong Kong.'),
           ('08/01/2026, 14:31', 'Ms Yip Golden Lotus', '{L4}'),
           ('08/01/2026, 14:33', 'Analyn', 'Thank you maam'),
           ('08/01/2026, 14:35', 'Ms Yip Golden Lotus', '{L5}'),
           ('08/01/2026, 14:36', 'Ms Yip Golden Lotus', "Mr Ho's father uses "
            'a wheelchair; the building has a lift.'),
       ]},
  ])

# ------------------------------------------------------------------ V-026
S(cid='V-026', lang='en', reg='K', role='abuse', sector='domestic',
  dest='KW', origin='IN', sex='F', worker='Lakshmi Devi',
  employer='Mrs. Hessa Al-Enezi', address='Block 2, Street 15, Jahra',
  agency='Malabar Gulf Placements', agency_city='Kochi', city='Kuwait City',
  site="the Employer's house in Jahra", job='housemaid', wage=110,
  cur='KWD', wage_text='KWD 110',
  abuses=[
      ('CTR-001', 'docs', ("Passport", "Sponsor (employer)",
                           "handed back on final exit from Kuwait")),
      ('CTR-005', 'check', "I agree to a pregnancy test on arrival and "
       "every six months, and I understand that a positive result ends my "
       "contract."),
  ])

# ------------------------------------------------------------------ V-027
S(cid='V-027', lang='en', reg='B', role='pair', sector='construction',
  dest='SG', origin='BD', sex='M', worker='Md. Shahidul Haque',
  employer='Rivervale Builders Pte. Ltd.', address='21 Tuas Avenue 8, '
  'Singapore', agency='Padma Overseas Ltd.', agency_city='Dhaka',
  city='Singapore', site='the building sites of the company in Singapore',
  job='reinforcement steel worker', wage=850, cur='SGD',
  wage_text='S$850', wage_words='eight hundred fifty Singapore dollar',
  agency_local='Tuas Link Employment Agency, tel. 6861 4420',
  abuses=[], change='identical')

# ------------------------------------------------------------------ V-028
S(cid='V-028', hyph=True, lang='en', reg='L', role='abuse', sector='domestic',
  dest='HK', origin='ID', sex='F', worker='Siti Rahayu',
  employer='Mrs Lau Pui Shan', address='Flat 21D, Block 5, Tai Po Centre, '
  'Tai Po', agency='PT Putri Kencana', agency_city='Ponorogo',
  city='Hong Kong', job='domestic helper', job_id='pekerja rumah tangga',
  wage=5100, cur='HKD', wage_text='HK$5,100', wage_id='HK$ 5.100',
  abuses=[
      ('CTR-004', 'rest', (
          "For the first six months the Helper spends her rest day inside "
          "the flat of the Employer; after that she may go out on rest days "
          "only if she is back by 6 p.m.",
          "Selama enam bulan pertama Pekerja menghabiskan hari liburnya di "
          "dalam flat Pemberi Kerja; sesudah itu ia boleh keluar pada hari "
          "libur hanya jika sudah kembali pukul 18.00.")),
      ('CTR-008', 'termination', (
          "The Helper agrees not to terminate this contract, and not to "
          "look for another employer in Hong Kong, before the two years are "
          "completed.",
          "Pekerja setuju untuk tidak mengakhiri perjanjian ini, dan tidak "
          "mencari majikan lain di Hong Kong, sebelum dua tahun selesai.")),
  ])

# ------------------------------------------------------------------ V-029
S(cid='V-029', hyph=True, lang='en', reg='C', role='abuse', sector='construction',
  dest='BH', origin='NP', sex='M', worker='Ram Bahadur Gurung',
  employer='Seef Line Contracting W.L.L.', address='Building 450, Road '
  '2806, Seef, Manama', agency='Gorkha Job Placement Pvt. Ltd.',
  agency_city='Kathmandu', city='Manama', site='the project sites of the '
  'Company in Bahrain', job='scaffolder', wage=160, cur='BHD',
  wage_text='BHD 160', caps=True, roles=('the Company', 'the Employee'),
  abuses=[
      ('CTR-002', 'wage', "Failing payment by the Employee of the NPR 80,000 "
       "service charge of the agency in Kathmandu before departure, the "
       "Company is authorised to deduct its equivalent in Bahraini dinars "
       "from his first four salaries."),
      ('CTR-008', 'termination', "Should the Employee wish to resign before "
       "two years of service, his resignation shall not be accepted, and "
       "the Company is entitled to refuse any transfer of his work permit "
       "to another employer."),
  ])

# ------------------------------------------------------------------ V-030
S(cid='V-030', date='23 January 2026', lang='en', reg='T', role='abuse', sector='cleaning',
  dest='SG', origin='MM', sex='F', worker='Nwe Nwe Aung',
  employer='Lion City Cleaning Services Pte. Ltd.',
  E_short='Lion City Cleaning', address='10 Ubi Crescent, #05-22, '
  'Singapore', agency='Golden Myanmar Overseas Employment Agency',
  agency_city='Yangon', city='Singapore', site='the office buildings '
  'cleaned by the Company in Singapore', job='cleaner', wage=950,
  cur='SGD', wage_text='S$950',
  abuses=[
      ('CTR-004', 'A0', "The dormitory is in Kaki Bukit, ten minutes from "
       "the first site by company van. ^There is a 9 p.m. curfew every "
       "night, and after your shift you go straight back to the "
       "dormitory. On Sundays you may go out only on the group outing with "
       "the supervisor, and you come back with the group."),
  ],
  messages=[
      {'kind': 'email', 'from': 'Khin Mar Lwin, Golden Myanmar Overseas '
       'Employment Agency', 'to': 'Nwe Nwe Aung',
       'date': 'Thu, 15 Jan 2026 09:30',
       'subject': 'Re: your employment terms and dormitory',
       'body': ['Dear Nwe Nwe,', '',
                'Lion City Cleaning has confirmed your start date of 16 '
                'February. Below are the points you asked about on '
                'Saturday.', '', '{L0}', '', '{A0}', '', '{L1}', '',
                '{L2}', '',
                'Bring your own slippers and a warm jacket for the '
                'air-conditioned offices.', '', 'Best wishes,',
                'Khin Mar Lwin']},
  ])

# ------------------------------------------------------------------ V-031
S(cid='V-031', airport='Kaohsiung', lang='id', reg='idK', role='ctr010', sector='manufacturing',
  dest='TW', origin='ID', sex='M', worker='Agus Setiawan',
  employer='Tainan Fine Textile Co., Ltd.', address='No. 12, Sec. 2, '
  'Zhongshan Road, Rende District, Tainan', agency='PT Duta Anugerah',
  agency_city='Indramayu', city='Tainan',
  site_id='pabrik Perusahaan di Tainan', job_id='operator mesin tenun',
  wage=28590, cur='TWD', wage_id='NT$ 28.590', caps=True,
  roles_id=('Perusahaan', 'Pekerja'), missing=['hours', 'complaint'],
  abuses=[])

# ------------------------------------------------------------------ V-032
S(cid='V-032', airport='Kuala Lumpur', lang='en', reg='B', role='abuse', sector='agriculture',
  dest='MY', origin='MM', sex='M', worker='Aung Ko Ko',
  employer='Bukit Lanchang Plantation Sdn. Bhd.',
  address='Batu 14, Jalan Temerloh-Mentakab, Pahang',
  agency='Shwe Pyi Thar Overseas Employment Agency', agency_city='Yangon',
  city='Temerloh', site='the Bukit Lanchang estate, Pahang',
  job='plantation worker', wage=1700, cur='MYR', wage_text='RM1,700',
  wage_words='one thousand seven hundred ringgit',
  agency_local='Mentari Kerja Agency, Temerloh, tel. 09 296 3310',
  abuses=[
      ('CTR-009', 'complaint', "Any disagreement about salery, overtime, "
       "housing or any other matter shall be bring to the estate manager "
       "only and his decision is final, and worker agree that he will not "
       "make report or complain about it to JTK, police, his embassy, any "
       "NGO or any trade UNION."),
  ])

# ------------------------------------------------------------------ V-033
S(cid='V-033', lang='en', reg='K', role='ctr010', sector='cleaning',
  dest='AE', origin='GH', sex='F', worker='Abena Mensah',
  employer='Crystal Shine Cleaning Services LLC', address='Mussafah '
  'Industrial Area M-12, Abu Dhabi', agency='Accra Gateway Recruitment '
  'Ltd.', agency_city='Accra', city='Abu Dhabi', site='the client '
  'premises of the Company in Abu Dhabi', job='cleaner', wage=1300,
  cur='AED', wage_text='AED 1,300', missing=['wage'], abuses=[])

# ------------------------------------------------------------------ V-034
S(cid='V-034', lang='en', reg='C', role='clean', sector='domestic',
  dest='OM', origin='LK', sex='F', worker='Chamari Dissanayake',
  employer='Mr. Salim Al-Balushi', address='Way 3417, Al Mawaleh, Seeb',
  agency='Ceylon Bridge Foreign Employment Agency',
  agency_city='Kurunegala', city='Muscat', job='housemaid', wage=110,
  cur='OMR', wage_text='OMR 110', hyph=True, abuses=[])

# ------------------------------------------------------------------ V-035
S(cid='V-035', lang='en', reg='L', role='abuse', sector='construction',
  dest='MY', origin='ID', sex='M', worker='Budi Santoso',
  employer='Binaan Teguh Construction Sdn. Bhd.', address='No. 9, Jalan '
  'Tampoi 7/4, Johor Bahru', agency='PT Tenaga Kerja Nusantara',
  agency_city='Mataram', city='Johor Bahru', site='the building sites of '
  'the Company in Johor', site_id='proyek bangunan Perusahaan di Johor',
  job='bricklayer', job_id='tukang batu',
  wage=1800, cur='MYR', wage_text='RM1,800', wage_id='RM 1.800',
  roles=('the Company', 'the Worker'),
  abuses=[
      ('CTR-007', 'wage', (
          "The wages of the Worker are credited each month to an account "
          "held by the Agency, which hands the balance to the Worker when "
          "he completes the contract; until then he receives RM300 a month "
          "for food.",
          "Upah Pekerja setiap bulan dimasukkan ke rekening milik Agensi, "
          "yang menyerahkan saldonya kepada Pekerja setelah perjanjian "
          "selesai; sampai saat itu ia menerima RM 300 sebulan untuk "
          "makan.")),
  ])

# ------------------------------------------------------------------ V-036
S(cid='V-036', lang='id', reg='L', role='abuse', sector='care',
  dest='TW', origin='ID', sex='F', worker='Suyati',
  employer='Mr Huang Jian-Hong', address='No. 40, Minzu 1st Road, '
  'Sanmin District, Kaohsiung', agency='PT Maju Bersama Sejahtera',
  agency_city='Tulungagung', city='Kaohsiung',
  job="caregiver to the Employer's mother",
  job_id='perawat ibu Pemberi Kerja', wage=20000, cur='TWD',
  wage_text='NT$20,000', wage_id='NT$ 20.000', hyph=True,
  abuses=[
      ('CTR-005', 'medical', (
          "The Caregiver takes a pregnancy test in her first week and every "
          "six months after that; a positive result is a ground for "
          "termination and return to Indonesia.",
          "Perawat menjalani tes kehamilan pada minggu pertama dan setiap "
          "enam bulan sesudahnya; hasil positif menjadi alasan pemutusan "
          "hubungan kerja dan pemulangan ke Indonesia.")),
      ('CTR-004', 'rest', (
          "Because the patient needs care day and night, the Caregiver "
          "stays on duty on every day of the week, and each rest day not "
          "taken is paid at NT$667.",
          "Karena pasien memerlukan perawatan siang dan malam, Perawat "
          "tetap bertugas setiap hari dalam seminggu, dan setiap hari libur "
          "yang tidak diambil dibayar NT$ 667.")),
  ])

# ------------------------------------------------------------------ V-037
S(cid='V-037', date='23 January 2026', lang='en', reg='T', role='abuse', sector='domestic',
  dest='KW', origin='KE', sex='F', worker='Mercy Achieng Otieno',
  employer='Mrs. Fatma Al-Rashidi', E_short='Madam Fatma',
  address='Block 5, Street 7, Mishref', agency='Savannah Link Agencies',
  agency_city='Mombasa', city='Kuwait City', site="the Employer's house in "
  'Mishref', job='housemaid', wage=115, cur='KWD', wage_text='KWD 115',
  abuses=[
      ('CTR-006', 'A0', "Mercy, Madam Fatma called us today about you. ^She "
       "was very clear that you must not get married or have a fiance "
       "during the two years. If you do, she will end the contract."),
      ('CTR-002', 'A1', "The processing fee is KES 150,000. You pay KES "
       "50,000 to our office before you travel, and the balance of KES "
       "100,000 is taken from your first two salaries in Kuwait."),
  ],
  messages=[
      {'kind': 'email', 'from': 'Halima Said, Savannah Link Agencies',
       'to': 'Mercy Achieng Otieno', 'date': 'Mon, 12 Jan 2026 10:02',
       'subject': 'Re: your employment terms',
       'body': ['Dear Mercy,', '',
                'As discussed at the office on Friday, here are the money '
                'matters in writing.', '', '{A1}', '', '{L0}', '',
                'Your medical is booked for Tuesday at 9 a.m. at the clinic '
                'on Moi Avenue. Come without breakfast.', '', 'Regards,',
                'Halima']},
      {'kind': 'chat', 'title': 'WhatsApp, Halima (Savannah Link) and Mercy, '
       '14 January 2026',
       'lines': [
           ('14/01/2026, 16:03', 'Halima Savannah Link', '{A0}'),
           ('14/01/2026, 16:20', 'Mercy', 'Okay I have understood'),
           ('14/01/2026, 16:22', 'Halima Savannah Link', '{L1}'),
           ('14/01/2026, 16:25', 'Mercy', 'Thank you Halima'),
       ]},
  ])

# ------------------------------------------------------------------ V-038
S(cid='V-038', airport='Kaohsiung', lang='id', reg='idC', role='pair', sector='care',
  dest='TW', origin='ID', sex='F', worker='Eka Purwanti',
  employer='Mrs Kao Mei-Hua', address='No. 77, Ximen Road Sec. 1, West '
  'Central District, Tainan', agency='PT Cahaya Abadi', agency_city='Kendal',
  city='Tainan', site_id='rumah Pemberi Kerja di Tainan',
  job_id='perawat ibu mertua Pemberi Kerja', wage=20000, cur='TWD',
  wage_id='NT$ 20.000', abuses=[], change='wage', suppress=['wage'],
  pair_item=('wage', "Gaji pokok NT$ 20.000 (dua puluh ribu dolar Taiwan) "
             "sebulan.",
             "Gaji pokok NT$ 18.000 (delapan belas ribu dolar Taiwan) "
             "sebulan."))

# ------------------------------------------------------------------ V-039
S(cid='V-039', lang='en', reg='B', role='abuse', sector='hospitality',
  dest='AE', origin='NP', sex='F', worker='Sunita Tamang',
  employer='Desert Rose Hospitality LLC', address='Al Marjan Island, Ras Al '
  'Khaimah', agency='Sagarmatha Placement Pvt. Ltd.',
  agency_city='Kathmandu', city='Ras Al Khaimah', job='housekeeping '
  'attendant', wage=1500, cur='AED', wage_text='AED 1,500',
  wage_words='one thousand five hundred dirham',
  agency_local='Emirates Crest Manpower, Ras Al Khaimah, tel. 07 228 4461',
  hyph=True,
  abuses=[
      ('CTR-003', 'termination', "Worker can resign by one month notice. "
       "^But if worker resign or run away before complete 24 month, she must pay back to company the visa, air "
       "ticket and agency cost total AED 6,500, and her last salery is keep "
       "until this amount is pay."),
      ('CTR-006', 'other', "Staff is not allow to have love relation with "
       "colleague, guest or any outside person, if hotel find out she will "
       "be terminate and her visa cancel."),
  ])

# ------------------------------------------------------------------ V-040
S(cid='V-040', lang='en', reg='K', role='abuse', sector='manufacturing',
  dest='SA', origin='BD', sex='M', worker='Md. Sohel Rana',
  employer='Al Sharqiya Packaging Co.', address='2nd Industrial City, '
  'Dammam', agency='Jamuna Overseas Ltd.', agency_city='Dhaka',
  city='Dammam', site='the Dammam factory of the Company',
  job='machine operator', wage=1200, cur='SAR', wage_text='SAR 1,200',
  roles=('the Company', 'the Worker'),
  abuses=[
      ('CTR-001', 'docs', ("Passport and iqama", "Company HR office",
                           "worker carries a photocopy")),
      ('CTR-007', 'pay', ("Salary balance", "all above SAR 300 a month",
                          "kept in company account, paid at final exit")),
  ])
