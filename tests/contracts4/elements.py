# Mandatory elements, ordinary clauses and country data for batch 4 (H-*),
# written blind.  Same placeholder conventions as variants.py, plus
# {wage} {wage_words} {chan} {mission} {home_city} {dest_city} {dur} {job}.
# '@T Label :: value' entries are table lines (schedule only).

# ---------------------------------------------------------------- countries
DEST = {
 # code: name, currency, wages by sector, English formats, Indonesian formats,
 #       complaint body, workplace cities, bilingual heading language
 'HK': dict(name='Hong Kong', cur='HKD', wage={'domestic': [4990, 5000, 5100], 'care': [5100, 5200]},
            fmt_en=['HK${n}', 'HKD {n}', 'HK$ {n}.00'], fmt_id=['HK$ {n}', 'HKD {n}'],
            money_en='Hong Kong dollars', money_id='dolar Hong Kong',
            chan='the Labour Department of the Hong Kong SAR (hotline 2717 1771)',
            chan_id='Labour Department Hong Kong (telepon 2717 1771)',
            cities=['Kowloon Tong', 'Sha Tin', 'Tai Koo', 'Tuen Mun'], bil='zh'),
 'SG': dict(name='Singapore', cur='SGD', wage={'domestic': [700, 750, 780], 'care': [800, 850],
            'factory': [1400, 1500], 'construction': [1300, 1450]},
            fmt_en=['S${n}', 'SGD {n}', 'SGD {n}.00'], fmt_id=['SGD {n}', 'S$ {n}'],
            money_en='Singapore dollars', money_id='dolar Singapura',
            chan='the Ministry of Manpower (MOM)',
            chan_id='Ministry of Manpower Singapura (saluran bantuan 1800 339 5505)',
            cities=['Tampines', 'Jurong West', 'Woodlands', 'Bukit Timah'], bil='ms'),
 'MY': dict(name='Malaysia', cur='MYR', wage={'domestic': [1500, 1700], 'factory': [1700, 1800],
            'farm': [1500, 1700], 'construction': [1800]},
            fmt_en=['RM{n}', 'RM {n}', 'MYR {n}'], fmt_id=['RM {n}', 'MYR {n}'],
            money_en='Malaysian ringgit', money_id='ringgit Malaysia',
            chan='the Labour Department of Peninsular Malaysia (Jabatan Tenaga Kerja)',
            chan_id='Jabatan Tenaga Kerja Semenanjung Malaysia',
            cities=['Penang', 'Johor Bahru', 'Shah Alam', 'Kluang'], bil='ms'),
 'TW': dict(name='Taiwan', cur='TWD', wage={'domestic': [20000], 'care': [20000, 20500],
            'factory': [28590], 'farm': [28590]},
            fmt_en=['NT${n}', 'TWD {n}', 'NTD {n}'], fmt_id=['NT$ {n}', 'TWD {n}'],
            money_en='New Taiwan dollars', money_id='dolar Taiwan',
            chan='the 1955 Foreign Worker Consultation and Protection Hotline',
            chan_id='saluran pengaduan 1955 Kementerian Tenaga Kerja Taiwan',
            cities=['Taichung', 'Taoyuan', 'Kaohsiung', 'Tainan'], bil='zh'),
 'SA': dict(name='the Kingdom of Saudi Arabia', cur='SAR', wage={'domestic': [1500, 1600], 'care': [1800],
            'construction': [1500, 1800]},
            fmt_en=['SR {n}', 'SAR {n}', '{n} Saudi riyals'], fmt_id=['SAR {n}', 'SR {n}'],
            money_en='Saudi riyals', money_id='riyal Saudi',
            chan='the Ministry of Human Resources and Social Development (call centre 19911)',
            chan_id='Kementerian Sumber Daya Manusia Arab Saudi (telepon 19911)',
            cities=['Riyadh', 'Jeddah', 'Dammam'], bil='ar'),
 'AE': dict(name='the United Arab Emirates', cur='AED', wage={'domestic': [1500, 1700], 'construction': [1600, 1800]},
            fmt_en=['AED {n}', 'Dhs {n}', '{n} dirhams (AED)'], fmt_id=['AED {n}', 'Dhs {n}'],
            money_en='UAE dirhams', money_id='dirham UEA',
            chan='the Ministry of Human Resources and Emiratisation (MOHRE)',
            chan_id='Kementerian Sumber Daya Manusia dan Emiratisasi (MOHRE)',
            cities=['Dubai', 'Abu Dhabi', 'Sharjah', 'Al Ain'], bil='ar'),
 'QA': dict(name='the State of Qatar', cur='QAR', wage={'domestic': [1400, 1500], 'construction': [1300, 1600]},
            fmt_en=['QR {n}', 'QAR {n}'], fmt_id=['QAR {n}', 'QR {n}'],
            money_en='Qatari riyals', money_id='riyal Qatar',
            chan='the Ministry of Labour of the State of Qatar',
            chan_id='Kementerian Tenaga Kerja Qatar',
            cities=['Doha', 'Al Wakrah', 'Al Khor'], bil='ar'),
 'KW': dict(name='the State of Kuwait', cur='KWD', wage={'domestic': [120, 130], 'construction': [150]},
            fmt_en=['KD {n}', 'KWD {n}.000'], fmt_id=['KWD {n}'],
            money_en='Kuwaiti dinars', money_id='dinar Kuwait',
            chan='the Public Authority for Manpower', chan_id='Public Authority for Manpower Kuwait',
            cities=['Kuwait City', 'Salmiya', 'Jahra'], bil='ar'),
 'OM': dict(name='the Sultanate of Oman', cur='OMR', wage={'domestic': [150], 'construction': [160]},
            fmt_en=['RO {n}', 'OMR {n}'], fmt_id=['OMR {n}'],
            money_en='Omani rials', money_id='rial Oman',
            chan='the Ministry of Labour of the Sultanate of Oman', chan_id='Kementerian Tenaga Kerja Oman',
            cities=['Muscat', 'Sohar', 'Salalah'], bil='ar'),
 'BH': dict(name='the Kingdom of Bahrain', cur='BHD', wage={'domestic': [150, 160], 'construction': [180]},
            fmt_en=['BD {n}', 'BHD {n}'], fmt_id=['BHD {n}'],
            money_en='Bahraini dinars', money_id='dinar Bahrain',
            chan='the Labour Market Regulatory Authority (LMRA)', chan_id='Labour Market Regulatory Authority (LMRA)',
            cities=['Manama', 'Riffa', 'Muharraq'], bil='ar'),
 'JO': dict(name='the Hashemite Kingdom of Jordan', cur='JOD', wage={'domestic': [300], 'factory': [260, 290]},
            fmt_en=['JD {n}', 'JOD {n}'], fmt_id=['JOD {n}'],
            money_en='Jordanian dinars', money_id='dinar Yordania',
            chan='the Ministry of Labour of Jordan', chan_id='Kementerian Tenaga Kerja Yordania',
            cities=['Amman', 'Irbid', 'Zarqa'], bil='ar'),
 'LB': dict(name='Lebanon', cur='USD', wage={'domestic': [400, 450]},
            fmt_en=['US${n}', 'USD {n}'], fmt_id=['USD {n}'],
            money_en='United States dollars', money_id='dolar Amerika Serikat',
            chan='the Ministry of Labour of Lebanon', chan_id='Kementerian Tenaga Kerja Lebanon',
            cities=['Beirut', 'Jounieh', 'Zahle'], bil='ar'),
}

ORIGIN = {
 'PH': dict(name='the Philippines', cities=['Manila', 'Cebu', 'Davao', 'Iloilo', 'Baguio', 'Cagayan de Oro'],
            mission='the Migrant Workers Office (MWO) of the Philippine Embassy',
            names_f=['Marites D. Villanueva', 'Rowena C. Bautista', 'Jocelyn P. Dela Cruz', 'Analyn R. Mendoza',
                     'Lorna G. Pascual', 'Gemma T. Ocampo', 'Rhea Mae S. Fernandez', 'Cristina L. Aquino'],
            names_m=['Rodel B. Santos', 'Jomar A. Reyes', 'Arnel C. Castillo', 'Noel V. Ramos']),
 'ID': dict(name='Indonesia', cities=['Surabaya', 'Semarang', 'Malang', 'Cilacap', 'Mataram', 'Indramayu'],
            mission='the Indonesian Embassy or Consulate',
            names_f=['Siti Nurhayati', 'Rina Wulandari', 'Dewi Lestari', 'Sri Rahayu', 'Eka Puspitasari',
                     'Nur Aini', 'Tri Handayani', 'Wahyuni Safitri'],
            names_m=['Agus Setiawan', 'Budi Santoso', 'Joko Prasetyo', 'Slamet Riyadi']),
 'NP': dict(name='Nepal', cities=['Kathmandu', 'Pokhara', 'Biratnagar'], mission='the Embassy of Nepal',
            names_f=['Sunita Tamang', 'Laxmi Gurung'], names_m=['Ram Bahadur Thapa', 'Bikash Rai', 'Suman Magar']),
 'IN': dict(name='India', cities=['Kochi', 'Chennai', 'Lucknow', 'Hyderabad'], mission='the Embassy of India',
            names_f=['Lakshmi Nair', 'Priya Menon'], names_m=['Rajesh Kumar', 'Sanjay Yadav', 'Mohammed Shafi']),
 'BD': dict(name='Bangladesh', cities=['Dhaka', 'Comilla', 'Sylhet'], mission='the labour wing of the Bangladesh Embassy',
            names_f=['Shirin Akter'], names_m=['Abdul Karim', 'Rafiqul Islam', 'Mizanur Rahman']),
 'LK': dict(name='Sri Lanka', cities=['Colombo', 'Kandy', 'Kurunegala'], mission='the Embassy of Sri Lanka',
            names_f=['Nirmala Perera', 'Kumari Fernando'], names_m=['Nuwan Silva']),
 'ET': dict(name='Ethiopia', cities=['Addis Ababa', 'Dessie', 'Bahir Dar'], mission='the Embassy of Ethiopia',
            names_f=['Tigist Alemu', 'Meseret Bekele', 'Hiwot Tadesse'], names_m=['Dawit Girma']),
 'KE': dict(name='Kenya', cities=['Nairobi', 'Mombasa', 'Kisumu'], mission='the Embassy of the Republic of Kenya',
            names_f=['Faith Wanjiru', 'Mercy Achieng'], names_m=['Peter Otieno']),
}
MISSION_ID = {'HK': 'KJRI Hong Kong', 'TW': 'KDEI Taipei', 'SG': 'KBRI Singapura', 'MY': 'KBRI Kuala Lumpur',
              'SA': 'KJRI Jeddah', 'AE': 'KJRI Dubai', 'QA': 'KBRI Doha', 'KW': 'KBRI Kuwait',
              'OM': 'KBRI Muscat', 'BH': 'KBRI Manama', 'JO': 'KBRI Amman', 'LB': 'KBRI Beirut'}

EMPLOYER_NAMES = {
 'HK': ['Chan Tai Man', 'Wong Siu Ling', 'Leung Ka Wai', 'Lau Mei Kuen'],
 'SG': ['Tan Boon Huat', 'Lim Siew Ling', 'Rajendran s/o Muthu', 'Ong Kah Seng'],
 'MY': ['Ahmad bin Ismail', 'Tan Chee Keong', 'Siti Aminah binti Yusof'],
 'TW': ['Chen Chih-Ming', 'Lin Mei-Hua', 'Huang Wen-Chieh', 'Tsai Ya-Ting'],
 'SA': ['Abdullah Al-Qahtani', 'Fahad Al-Otaibi', 'Nasser Al-Harbi'],
 'AE': ['Khalid Al-Mansoori', 'Mariam Al-Suwaidi', 'Saeed Al-Nuaimi'],
 'QA': ['Hamad Al-Kuwari', 'Ali Al-Marri', 'Noora Al-Thani'],
 'KW': ['Yousef Al-Enezi', 'Fatma Al-Sabah'], 'OM': ['Said Al-Balushi', 'Aisha Al-Hinai'],
 'BH': ['Jassim Al-Dosari', 'Huda Al-Khalifa'], 'JO': ['Omar Haddad', 'Rania Khoury'],
 'LB': ['Georges Haddad', 'Nadine Khoury', 'Samir Aoun'],
}
COMPANY_NAMES = {
 'SG': ['Pioneer Precision Engineering Pte Ltd', 'Keppel Crest Builders Pte Ltd'],
 'MY': ['Sinar Gemilang Glove Sdn Bhd', 'Perkasa Palm Estates Sdn Bhd', 'Mutiara Electronics Sdn Bhd'],
 'TW': ['Hsin Yuan Metal Industrial Co., Ltd.', 'Green Valley Agricultural Cooperative'],
 'SA': ['Al-Bina Contracting Company'], 'AE': ['Gulf Horizon Building Contracting LLC'],
 'QA': ['Doha Crest Construction W.L.L.'], 'KW': ['Kuwait Modern Builders Co. W.L.L.'],
 'OM': ['Muscat Coastal Works LLC'], 'BH': ['Manama Steel Fabrication W.L.L.'],
 'JO': ['Al-Dulayl Apparel Manufacturing Co.'],
}
AGENCY_NAMES = {
 'PH': ['Bright Horizon Manpower Services, Inc.', 'San Lorenzo International Placement Agency Corp.',
        'Mabuhay Overseas Employment Agency, Inc.'],
 'ID': ['PT Sinar Harapan Mandiri', 'PT Cahaya Karya Utama', 'PT Bina Tenaga Sejahtera'],
 'NP': ['Himalayan Overseas Pvt. Ltd.'], 'IN': ['Malabar Overseas Recruiters'],
 'BD': ['Dhaka Global Manpower Ltd.'], 'LK': ['Lanka Skilled Placements (Pvt) Ltd.'],
 'ET': ['Abay Private Employment Agency'], 'KE': ['Savannah Recruitment Services Ltd.'],
}

# ------------------------------------------------------------ worker nouns
NOUNS = {
 'domestic': dict(W=['Domestic Helper', 'Worker', 'Household Service Worker', 'Helper', 'Employee'],
                  E=['Employer', 'Principal', 'Foreign Employer', 'Sponsor', 'Householder']),
 'care': dict(W=['Caregiver', 'Worker', 'Care Worker', 'Employee'],
              E=['Employer', 'Principal', 'Foreign Employer', 'Sponsor']),
 'factory': dict(W=['Worker', 'Employee', 'Operator', 'Foreign Worker'],
                 E=['Company', 'Employer', 'Principal', 'Foreign Employer']),
 'construction': dict(W=['Worker', 'Employee', 'Labourer', 'Contract Worker'],
                      E=['Company', 'Employer', 'Principal', 'Contractor']),
 'farm': dict(W=['Worker', 'Farm Worker', 'Employee'], E=['Employer', 'Company', 'Grower']),
}
AGENCY_NOUNS = ['Agency', 'Accredited Agency', 'Recruitment Agency', 'Placement Agency',
                'Licensed Agency', 'Manning Agent', 'Philippine Agency']
ID_NOUNS = dict(W=['Pekerja', 'PMI', 'PIHAK KEDUA', 'Pekerja Migran'],
                E=['Pemberi Kerja', 'Majikan', 'Pengguna', 'PIHAK PERTAMA', 'Perusahaan'],
                A=['P3MI', 'Agensi', 'Perusahaan Penempatan', 'Mitra Usaha'])

# --------------------------------------------------------------- elements
WAGE = {
 'en': [
  "The {E} shall pay the {W} a monthly salary of {wage}.",
  "In return for {her} services the {W} shall receive {wage_words} per calendar month.",
  "The basic wage is {wage} a month, payable on the last working day of each month.",
  "A salary of {wage} per month shall be paid to the {W} not later than the fifth day of the following month.",
  "It is agreed that the {W}'s remuneration shall be {wage} monthly, paid in arrears.",
  "The {W} shall receive a monthly salary of {wage}, to be paid every end of the month.",
  "@T Basic monthly salary :: {wage}",
 ],
 'id': [
  "{E} membayar gaji kepada {W} sebesar {wage} per bulan.",
  "Upah pokok {W} adalah {wage} setiap bulan, dibayarkan paling lambat tanggal 5 bulan berikutnya.",
  "Gaji bulanan {W} ditetapkan sebesar {wage_words}.",
  "{W} berhak menerima upah sebesar {wage} untuk setiap bulan kalender.",
  "@T Gaji per bulan :: {wage}",
 ],
 'you': [
  "Your salary is {wage} a month.",
  "You will be paid {wage_words} every month.",
 ],
}
WAGE_MISSING = {
 'en': ["The {W} shall be paid the salary set out in the approved job order.",
        "Remuneration shall be in accordance with the pay scale of the {E} as amended from time to time."],
 'id': ["Gaji {W} dibayarkan sesuai dengan ketentuan yang berlaku di tempat kerja {E}."],
 'you': ["You will be paid the salary written in your job order."],
}
HOURS = {
 'en': [
  "Normal working hours shall not exceed eight (8) hours a day and forty-eight (48) hours a week.",
  "@I The {W}'s ordinary hours of work are from 8 a.m. to 5 p.m., with one hour for lunch, Monday to Saturday.",
  "@D The working day shall not exceed ten (10) hours, meal breaks included.",
  "The {W} shall work not more than nine (9) hours a day, exclusive of a one-hour rest period.",
  "@I Work is organised in shifts of eight (8) hours, and the normal working week is forty-four (44) hours.",
  "@T Normal hours of work :: 8 hours per day, 48 hours per week",
 ],
 'id': [
  "Jam kerja normal {W} adalah 8 (delapan) jam sehari atau 48 (empat puluh delapan) jam seminggu.",
  "Waktu kerja {W} dimulai pukul 07.00 dan berakhir pukul 17.00 dengan waktu istirahat 2 (dua) jam.",
  "{W} bekerja paling lama 10 (sepuluh) jam dalam sehari, sudah termasuk waktu makan.",
  "@T Jam kerja :: 8 jam per hari",
 ],
 'you': [
  "Your normal working day is eight hours.",
  "You work from 7 in the morning to 6 in the evening, with a two-hour rest at midday.",
 ],
}
REST = {
 'en': [
  "The {W} shall be entitled to one rest day of at least twenty-four (24) consecutive hours every week.",
  "Sunday shall be the {W}'s weekly day off.",
  "Every Friday is a paid day of rest. Work on a Friday is voluntary and earns a replacement day within the same week.",
  "The {W} is entitled to a weekly rest day, on a day agreed with the {E}, and to the public holidays of {dest}.",
  "The {W} shall have one (1) day off every week, on Sunday.",
  "In each period of seven days the {W} shall enjoy not less than one full day of rest.",
  "@T Weekly rest day :: Sunday (24 hours)",
 ],
 'id': [
  "{W} berhak atas 1 (satu) hari libur setiap minggu.",
  "Hari Minggu merupakan hari istirahat mingguan bagi {W}.",
  "Dalam setiap 7 (tujuh) hari, {W} mendapat istirahat sekurang-kurangnya 24 (dua puluh empat) jam berturut-turut.",
  "@T Libur mingguan :: hari Minggu",
 ],
 'you': [
  "You get one day off every week, on Sunday.",
  "Every week you have a full rest day of 24 hours.",
 ],
}
REPAT = {
 'en': [
  "Upon expiry or termination of this Contract the {E} shall provide the {W} with a one-way economy air ticket back to {home_city} at the {E}'s expense.",
  "The return passage of the {W} to {home} shall be paid by the {E}.",
  "The {E} shall bear the cost of the {W}'s repatriation to the point of hire, {home_city}, however the contract ends.",
  "Free transportation from the jobsite back to {home_city} shall be provided on completion of the contract.",
  "The {E} shall book and pay for the {W}'s flight home when the contract comes to an end.",
  "@T Return air ticket :: to {home_city}, paid by the Employer",
 ],
 'id': [
  "{E} menanggung biaya tiket pesawat kepulangan {W} ke {home_city} setelah perjanjian berakhir.",
  "Pemulangan {W} ke daerah asal menjadi tanggung jawab dan biaya {E}.",
  "Pada akhir masa kontrak, {W} berhak atas tiket pulang ke Indonesia yang dibayar oleh {E}.",
  "@T Tiket pulang :: ditanggung Pemberi Kerja",
 ],
 'you': [
  "When your contract ends, your employer pays your ticket home to {home_city}.",
  "Your flight back home is paid by your employer.",
 ],
}
REPAT_OUTBOUND = {
 'en': "The {E} shall pay the {W}'s air ticket from {home_city} to {dest}.",
 'id': "{E} menanggung tiket pesawat keberangkatan {W} dari {home_city} ke {dest}.",
 'you': "Your employer pays your flight from {home_city} to {dest}.",
}
COMPLAINT = {
 'en': [
  "Any complaint may be brought by the {W} to {chan} or to {mission}.",
  "If a dispute arises, the {W} may seek the help of {chan}; {she} may also contact {mission}.",
  "Grievances may be referred first to the {A}, without prejudice to the {W}'s right to go directly to {chan}.",
  "The {W} may ask for assistance at any time from {mission} or from {chan}.",
  "@T Complaints and assistance :: {chan}",
 ],
 'id': [
  "{W} dapat menyampaikan pengaduan kepada {chan} atau {mission}.",
  "Apabila terjadi perselisihan, {W} berhak meminta bantuan {mission} atau {chan}.",
  "Pengaduan dapat disampaikan melalui {chan} maupun {mission}.",
  "@T Tempat pengaduan :: {mission}",
 ],
 'you': [
  "If something is wrong, you can contact {chan} or {mission}.",
  "If you have a problem you can go to {mission} at any time, or call {chan}.",
 ],
}
FOOTNOTE_LEAD = {
 'en': "The {W} may at any time seek free and confidential help from the bodies named at the foot of this Contract\u00b9.",
 'id': "{W} dapat sewaktu-waktu meminta bantuan secara cuma-cuma kepada instansi yang tercantum di bagian bawah perjanjian ini\u00b9.",
 'you': "If you need help, you can contact the offices listed at the end of this letter\u00b9.",
}
FOOTNOTE_TEXT = {
 'en': "\u00b9 {chan}; {mission}.",
 'id': "\u00b9 {chan}; {mission}.",
 'you': "\u00b9 {chan}; {mission}.",
}

# ---------------------------------------------------------- ordinary text
JOB = {
 'en': {
  'domestic': ["The {W} is engaged as a domestic helper to perform household chores, cooking and laundry at the residence of the {E} in {dest_city}.",
               "The {W} shall perform general housework, including cleaning, washing and the preparation of meals, for the {E}'s family of {fam} persons."],
  'care': ["The {W} is engaged as a caregiver to look after the {E}'s {patient} at the {E}'s home in {dest_city}.",
           "The {W} shall assist the {E}'s {patient} with daily living, feeding, bathing and light exercise."],
  'factory': ["The {W} is employed as a production operator at the {E}'s plant in {dest_city}.",
              "The {W} shall work as a machine operator in the assembly section of the {E}'s factory at {dest_city}."],
  'construction': ["The {W} is employed as a {trade} on the building projects of the {E} in and around {dest_city}.",
                   "The {W} shall work as a {trade} at such construction sites of the {E} as may be assigned."],
  'farm': ["The {W} is employed as a general farm worker on the {E}'s plantation near {dest_city}.",
           "The {W} shall carry out planting, harvesting and the upkeep of the {E}'s orchards at {dest_city}."],
 },
 'id': {
  'domestic': ["{W} dipekerjakan sebagai penata laksana rumah tangga di rumah {E} di {dest_city}.",
               "{W} bertugas melakukan pekerjaan rumah tangga, termasuk membersihkan rumah, mencuci dan memasak, untuk keluarga {E}."],
  'care': ["{W} dipekerjakan sebagai perawat lansia untuk merawat {patient_id} {E} di {dest_city}.",
           "{W} bertugas membantu {patient_id} {E} dalam kegiatan sehari-hari, termasuk makan, mandi dan berjalan."],
  'factory': ["{W} dipekerjakan sebagai operator produksi di pabrik {E} di {dest_city}.",
              "{W} bekerja sebagai operator mesin pada bagian perakitan di pabrik {E} di {dest_city}."],
  'farm': ["{W} dipekerjakan sebagai pekerja perkebunan di kebun milik {E} dekat {dest_city}."],
  'construction': ["{W} dipekerjakan sebagai pekerja bangunan pada proyek {E} di {dest_city}."],
 },
 'you': {
  'domestic': ["You will work as a domestic helper in your employer's home in {dest_city}: cleaning, cooking and laundry."],
  'care': ["You will look after your employer's {patient} at home in {dest_city}."],
  'factory': ["You will work as a production operator in the factory in {dest_city}."],
  'construction': ["You will work as a {trade} on your employer's building sites in {dest_city}."],
  'farm': ["You will work on the farm near {dest_city}, planting and harvesting."],
 },
}
TERM = {
 'en': ["This Contract shall be valid for a period of {dur}, commencing on the date of the {W}'s arrival in {dest}.",
        "The term of employment is {dur} from the date of departure from {home_city}.",
        "The employment shall run for {dur} and may be renewed by mutual agreement in writing."],
 'id': ["Perjanjian ini berlaku selama {dur_id} terhitung sejak {W} tiba di {dest}.",
        "Jangka waktu perjanjian kerja adalah {dur_id} sejak tanggal keberangkatan dari Indonesia."],
 'you': ["Your contract lasts {dur}, starting on the day you arrive in {dest}."],
}
BOARD = {
 'en': {'D': ["The {E} shall provide the {W} with free and adequate meals and a separate room with a window, a bed and a fan.",
              "Suitable board and lodging shall be furnished by the {E} free of charge, with reasonable privacy."],
        'I': ["The {E} shall provide free accommodation in a licensed dormitory and a monthly food allowance, not deductible from wages.",
              "Housing meeting the standards of {dest} shall be provided by the {E} at no cost to the {W}."]},
 'id': {'D': ["{E} menyediakan makan yang layak dan kamar tidur tersendiri bagi {W} tanpa biaya.",
              "{W} berhak atas tempat tinggal dan makanan yang layak yang disediakan oleh {E} secara cuma-cuma."],
        'I': ["{E} menyediakan asrama yang layak dan uang makan bulanan tanpa memotong gaji {W}."]},
 'you': {'D': ["You will get free meals and your own room in the house."],
         'I': ["You will stay free of charge in the company dormitory."]},
}
MEDICAL = {
 'en': ["The {E} shall provide free medical and dental treatment to the {W} and shall insure {herO} against accident and illness for the whole term.",
        "Medical care, hospitalisation and medicines required by the {W} shall be at the expense of the {E}.",
        "The {E} shall take out and pay for the medical insurance required by the law of {dest}."],
 'id': ["{E} menanggung biaya pengobatan dan perawatan {W} apabila sakit atau mengalami kecelakaan.",
        "{E} wajib mengikutsertakan {W} dalam program asuransi kesehatan dan kecelakaan kerja."],
 'you': ["If you are sick or hurt, your employer pays for the doctor and the hospital."],
}
LEAVE = {
 'en': ["The {W} shall be granted {leave} days of paid annual leave for each year of service.",
        "Paid vacation leave of {leave} days shall be given after every twelve months of service."],
 'id': ["{W} berhak atas cuti tahunan dengan upah penuh selama {leave} hari kerja setiap tahun."],
 'you': ["You get {leave} days of paid holiday every year."],
}
REMAINS = {
 'en': ["In the event of the {W}'s death, the {E} shall bear the cost of repatriating {her} remains and personal belongings."],
 'id': ["Apabila {W} meninggal dunia, {E} menanggung biaya pemulangan jenazah dan barang-barang milik {W}."],
 'you': [],
}
LAW = {
 'en': ["This Contract is governed by the laws of {dest}, and any matter not provided for herein shall be determined in accordance with those laws.",
        "The labour laws of {dest} shall apply to all matters not expressly covered by this Contract."],
 'id': ["Hal-hal yang belum diatur dalam perjanjian ini tunduk pada peraturan perundang-undangan yang berlaku di {dest}.",
        "Perjanjian ini dibuat dalam rangkap tiga dan masing-masing mempunyai kekuatan hukum yang sama."],
 'you': ["The law of {dest} applies to this contract."],
}
LANGUAGE = {
 'en': ["This Contract has been explained to the {W} in {lang_w}, which {she} understands, and a copy has been given to {herO} before departure."],
 'id': ["Perjanjian ini dibuat dalam bahasa Indonesia dan bahasa Inggris, dan salinannya telah diterima oleh {W} sebelum keberangkatan."],
 'you': ["You received this letter in {lang_w} before you left home."],
}
TERMINATION = {
 'en': ["This Contract may be terminated by the {E} for just cause, in accordance with the law of {dest}."],
 'id': ["Perjanjian ini dapat diakhiri oleh salah satu pihak dengan alasan yang sah menurut hukum yang berlaku."],
 'you': ["Your employer can end the contract only for a good reason allowed by the law."],
}
COSTS = {
 'en': ["The costs of recruitment shall be dealt with as set out in this clause."],
 'id': ["Biaya penempatan diatur sebagai berikut."],
 'you': ["About money and costs:"],
}
CONDUCT = {
 'en': ["The {W} shall perform {her} duties diligently and respect the customs of {dest}."],
 'id': ["{W} wajib melaksanakan pekerjaannya dengan baik dan menghormati adat istiadat setempat."],
 'you': ["Please do your work carefully and respect the customs of {dest}."],
}
DOCS = {
 'en': ["Personal documents are dealt with as follows."],
 'id': ["Dokumen pribadi diatur sebagai berikut."],
 'you': ["Your papers:"],
}

# --------------------------------------------------------------- headings
HEAD = {
 'en': {
  'job': ['POSITION AND DUTIES', 'NATURE OF EMPLOYMENT', 'JOB DESCRIPTION', 'SCOPE OF WORK'],
  'term': ['DURATION', 'TERM OF CONTRACT', 'PERIOD OF EMPLOYMENT', 'COMMENCEMENT AND DURATION'],
  'wage': ['WAGES', 'REMUNERATION', 'SALARY AND PAYMENT', 'COMPENSATION'],
  'hours': ['HOURS OF WORK', 'WORKING TIME', 'WORKING HOURS'],
  'rest': ['REST DAYS AND LEAVE', 'DAYS OFF', 'WEEKLY REST AND HOLIDAYS'],
  'board': ['FOOD AND ACCOMMODATION', 'BOARD AND LODGING', 'LIVING ARRANGEMENTS'],
  'medical': ['MEDICAL CARE AND INSURANCE', 'HEALTH', 'MEDICAL BENEFITS'],
  'docs': ['PERSONAL DOCUMENTS', 'TRAVEL DOCUMENTS', 'IDENTITY PAPERS', 'CUSTODY OF DOCUMENTS'],
  'costs': ['RECRUITMENT COSTS', 'FEES AND CHARGES', 'COSTS OF DEPLOYMENT', 'EXPENSES'],
  'conduct': ['CONDUCT AND PERSONAL LIFE', 'HOUSE RULES', 'OBLIGATIONS OF THE WORKER', 'DISCIPLINE'],
  'termination': ['TERMINATION', 'END OF EMPLOYMENT', 'PRE-TERMINATION', 'RESIGNATION AND TERMINATION'],
  'repat': ['REPATRIATION', 'RETURN TRAVEL', 'TRANSPORTATION'],
  'disputes': ['GRIEVANCES AND DISPUTES', 'SETTLEMENT OF DISPUTES', 'COMPLAINTS', 'ASSISTANCE TO THE WORKER'],
  'law': ['GOVERNING LAW', 'APPLICABLE LAW', 'MISCELLANEOUS'],
 },
 'id': {
  'job': ['JABATAN DAN TUGAS', 'JENIS PEKERJAAN'], 'term': ['JANGKA WAKTU PERJANJIAN', 'MASA KONTRAK'],
  'wage': ['GAJI', 'UPAH DAN CARA PEMBAYARAN'], 'hours': ['WAKTU KERJA', 'JAM KERJA'],
  'rest': ['HARI LIBUR DAN CUTI', 'ISTIRAHAT DAN LIBUR'], 'board': ['MAKAN DAN TEMPAT TINGGAL', 'AKOMODASI'],
  'medical': ['KESEHATAN DAN ASURANSI', 'PERAWATAN KESEHATAN'], 'docs': ['DOKUMEN', 'DOKUMEN PRIBADI'],
  'costs': ['BIAYA PENEMPATAN', 'BIAYA-BIAYA'], 'conduct': ['KEWAJIBAN PEKERJA', 'TATA TERTIB'],
  'termination': ['BERAKHIRNYA PERJANJIAN', 'PEMUTUSAN HUBUNGAN KERJA'], 'repat': ['PEMULANGAN', 'KEPULANGAN'],
  'disputes': ['PENYELESAIAN PERSELISIHAN', 'PENGADUAN'], 'law': ['KETENTUAN LAIN-LAIN', 'PENUTUP'],
 },
 'you': {
  'job': ['Your job'], 'term': ['How long'], 'wage': ['Your pay'], 'hours': ['Working hours'],
  'rest': ['Days off'], 'board': ['Food and room'], 'medical': ['If you are sick'], 'docs': ['Your documents'],
  'costs': ['Costs'], 'conduct': ['Living in the house'], 'termination': ['Ending the contract'],
  'repat': ['Going home'], 'disputes': ['If you have a problem'], 'law': ['Law'],
 },
}
BIL = {
 'ar': {'job': 'الوظيفة', 'term': 'مدة العقد', 'wage': 'الأجر', 'hours': 'ساعات العمل', 'rest': 'الراحة الأسبوعية',
        'board': 'السكن والطعام', 'medical': 'الرعاية الطبية', 'docs': 'الوثائق', 'costs': 'التكاليف',
        'conduct': 'السلوك', 'termination': 'إنهاء العقد', 'repat': 'العودة', 'disputes': 'الشكاوى', 'law': 'القانون'},
 'zh': {'job': '工作內容', 'term': '契約期間', 'wage': '工資', 'hours': '工作時間', 'rest': '休息日',
        'board': '膳宿', 'medical': '醫療', 'docs': '證件', 'costs': '費用', 'conduct': '生活規範',
        'termination': '終止契約', 'repat': '返國', 'disputes': '申訴', 'law': '準據法'},
 'ms': {'job': 'JAWATAN', 'term': 'TEMPOH', 'wage': 'GAJI', 'hours': 'WAKTU BEKERJA', 'rest': 'HARI REHAT',
        'board': 'MAKAN DAN PENGINAPAN', 'medical': 'RAWATAN PERUBATAN', 'docs': 'DOKUMEN', 'costs': 'KOS',
        'conduct': 'TATATERTIB', 'termination': 'PENAMATAN', 'repat': 'PENGHANTARAN PULANG',
        'disputes': 'ADUAN', 'law': 'UNDANG-UNDANG'},
 'en': {'job': 'POSITION', 'term': 'DURATION', 'wage': 'WAGES', 'hours': 'HOURS OF WORK', 'rest': 'REST DAYS',
        'board': 'BOARD AND LODGING', 'medical': 'MEDICAL CARE', 'docs': 'DOCUMENTS', 'costs': 'COSTS',
        'conduct': 'CONDUCT', 'termination': 'TERMINATION', 'repat': 'REPATRIATION', 'disputes': 'COMPLAINTS',
        'law': 'FINAL PROVISIONS'},
}
