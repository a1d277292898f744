# -*- coding: utf-8 -*-
"""Mandatory-element phrasings, ordinary clauses, headings, bilingual
pairs and destination data for batch 5 (written blind, from scratch).
Placeholders as in variants.py; {wage} is the wage as written in the text.
"""

# ---------------------------------------------------------------- elements
ELEM_EN = {
'wage': [
    "{E} shall pay {w} a basic salary of {wage} per month.",
    "In consideration of {her} services {w} shall receive a monthly wage of {wage}, payable not later than the last day of each month.",
    "The remuneration of {w} is fixed at {wage} a month.",
    "The basic pay of {w} amounts to {wage} for each calendar month of service.",
    "For each month worked, {e} will pay {w} the sum of {wage}.",
    "{W} shall be paid {wage} monthly, on or before the fifth day of the following month.",
],
'hours': [
    "Normal hours of work shall not exceed eight (8) hours a day, from 8:00 a.m. to 5:00 p.m., with a one-hour lunch break.",
    "The ordinary working day runs from 7:00 a.m. to 4:00 p.m., Monday to Saturday, with one hour for meals.",
    "{W} shall work no more than forty-eight (48) hours in a week.",
    "Working time shall be nine (9) hours a day, inclusive of rest breaks totalling one (1) hour.",
    "Duties shall be performed between 6:30 a.m. and 7:30 p.m., within which {w} shall have breaks of not less than three (3) hours, so that actual work does not exceed ten (10) hours a day.",
    "The normal working hours of {w} are eight (8) hours per day and forty-four (44) hours per week.",
],
'rest': [
    "{W} shall be entitled to one full rest day of twenty-four (24) consecutive hours every week.",
    "Sunday of each week is the weekly day of rest of {w}.",
    "After six days of work {w} shall have one rest day, which shall be paid.",
    "A weekly holiday of not less than one whole day shall be given to {w}, normally on Friday.",
    "{W} is entitled to at least one rest day in each week, the day to be agreed between the parties.",
    "Every seventh day shall be a day off for {w}.",
],
'repat': [
    "On completion of the contract {e} shall provide {w} with a one-way economy air ticket back to {ocity} at the expense of {e}.",
    "The cost of the return journey of {w} to {origin} at the end of the contract shall be paid by {e}.",
    "{E} shall bear the cost of repatriating {w} to {ocity} when this Contract expires or is terminated.",
    "Free air passage home shall be provided to {w} by {e} upon the expiry or earlier termination of the employment.",
    "{E} shall buy the return ticket of {w} to {origin} and pay every charge connected with {her} departure.",
    "Repatriation of {w} to the point of hire is at the expense of {e}.",
],
'complaint': [
    "{W} may present any grievance to {labour}, to {embassy} or to {a}, and shall suffer no penalty for doing so.",
    "Complaints may be addressed to {labour} or to {embassy}; the contact details are printed in Annex A in the language of {w}.",
    "Disputes arising from this Contract may be taken by {w} to {labour}, without prejudice to {her} right to go to court.",
    "If any problem arises, {w} can seek assistance from {embassy} or call the hotline of {labour}.",
    "Any grievance shall be raised first with {e}; if it is not settled within seven days, {w} may refer it to {labour} or to {embassy}.",
    "{A} shall give {w} a card listing the telephone numbers of {labour}, {embassy} and the help desk for migrant workers from {origin}, and {w} may use any of them.",
],
}

ELEM_ID = {
'wage': [
    "{M} wajib membayar gaji {P} sebesar {wage} per bulan.",
    "Upah pokok {P} adalah {wage} setiap bulan, dibayarkan paling lambat tanggal 5 bulan berikutnya.",
    "{P} berhak atas gaji bulanan sebesar {wage}.",
    "Besarnya gaji {P} ditetapkan {wage} per bulan kalender.",
],
'hours': [
    "Jam kerja normal {P} adalah 8 (delapan) jam sehari, dari pukul 08.00 sampai dengan pukul 17.00, dengan istirahat 1 (satu) jam.",
    "Waktu kerja {P} tidak melebihi 10 (sepuluh) jam per hari, belum termasuk waktu istirahat.",
    "{P} bekerja paling lama 48 (empat puluh delapan) jam dalam seminggu.",
    "Jam kerja dimulai pukul 06.30 dan berakhir pukul 18.30, dengan waktu istirahat paling sedikit 2 (dua) jam.",
],
'rest': [
    "{P} berhak atas 1 (satu) hari libur dalam setiap minggu.",
    "Setiap hari Minggu merupakan hari istirahat mingguan {P}.",
    "{P} mendapat satu hari istirahat penuh setelah bekerja enam hari berturut-turut.",
    "Hari libur mingguan {P} jatuh pada hari Jumat dan tetap dibayar.",
],
'repat': [
    "{M} menanggung biaya tiket pesawat kepulangan {P} ke {ocity} setelah masa kontrak berakhir.",
    "Biaya pemulangan {P} ke Indonesia pada akhir Perjanjian menjadi tanggungan {M}.",
    "Pada akhir Perjanjian, {M} menyediakan tiket pulang kelas ekonomi bagi {P} sampai ke bandara asal.",
    "{M} wajib memulangkan {P} ke daerah asal atas biaya {M} apabila Perjanjian ini berakhir.",
],
'complaint': [
    "{P} dapat menyampaikan pengaduan kepada {labour_id}, Perwakilan RI di {dest} atau BP2MI.",
    "Perselisihan diselesaikan secara musyawarah; apabila tidak tercapai kesepakatan, {P} dapat mengadukannya kepada {labour_id} atau Perwakilan RI.",
    "Untuk setiap keluhan, {P} dapat menghubungi layanan pengaduan BP2MI atau Atase Ketenagakerjaan pada Perwakilan RI di {dest}.",
    "Pengaduan {P} dapat disampaikan kepada Perwakilan RI atau kepada {labour_id} tanpa dikenakan sanksi.",
],
}

# What a CTR-010 contract says instead of a missing element (or None = omit)
MISSING_EN = {
    'wage': ["Remuneration shall follow the salary grade applicable to the position, as notified by {e} from time to time.",
             "{W} shall be paid the salary stated in the approved job order."],
    'repat': ["{E} shall provide the air ticket from {ocity} to {dest} at the start of the employment."],
    'complaint': ["This Contract is governed by the laws of {dest}."],
    'rest': ["{W} shall be entitled to fourteen (14) days of paid annual leave after twelve months of service."],
    'hours': [None],
}
MISSING_ID = {
    'wage': ["Gaji {P} dibayarkan sesuai dengan golongan jabatan yang ditetapkan oleh {M}."],
    'rest': ["{P} berhak atas cuti tahunan selama 12 (dua belas) hari kerja setelah bekerja satu tahun."],
    'hours': [None],
    'complaint': ["Perjanjian ini tunduk pada hukum yang berlaku di {dest}."],
    'repat': ["{M} menanggung tiket keberangkatan {P} dari {ocity} ke {dest}."],
}

# ---------------------------------------------------------------- ordinary
ORD_EN = {
'job': [
    "{E} engages {w} as {job} at {place} in {dcity}, {dest}.",
    "{W} is employed in the position of {job}, and the place of work shall be {place} in {dcity}.",
    "{W} shall work as {job}; the work shall be carried out at {place}, {dcity}.",
],
'duration': [
    "This Contract is for a period of two (2) years from the date on which {w} arrives in {dest}.",
    "The term of employment shall be twenty-four (24) months, starting on the day {w} reports for work.",
    "Employment under this Contract runs for two years and may be renewed by written agreement.",
],
'leave': [
    "{W} shall be entitled to paid annual leave of fourteen (14) working days after each year of service.",
    "Paid annual leave of fifteen (15) days per contract year shall be granted, at a time agreed by the parties.",
    "Public holidays of {dest} shall be paid holidays for {w}.",
],
'board': [
    "{E} shall provide {w} free of charge with suitable lodging, three meals a day and drinking water.",
    "d|A furnished room of {her} own, with a door that can be locked from inside, shall be given to {w} free of charge.",
    "n|Accommodation in a ventilated dormitory with not more than six beds to a room is provided free of charge, together with a food allowance.",
],
'medical': [
    "Medical, dental and hospital treatment required by {w} during the contract shall be provided at the cost of {e}.",
    "{E} shall insure {w} against accident and illness for the whole term and pay the premiums.",
    "Sick leave with full pay of up to fourteen (14) days a year shall be allowed on production of a medical certificate.",
],
'term': [
    "{E} may terminate this Contract for serious misconduct of {w}, after giving {her_o} an opportunity to explain.",
    "Either party may terminate this Contract at any time for just cause as defined by the law of {dest}.",
    "A certificate of employment shall be issued to {w} when the employment ends.",
],
'remains': [
    "Should {w} die during the contract, {e} shall pay for the transport of the remains and personal effects to {origin}.",
],
'law': [
    "This Contract is governed by the laws of {dest}.",
    "Matters not covered by this Contract are subject to the labour law of {dest}.",
],
'lang': [
    "This Contract was signed in English and in the language of {w}, and {w} received a copy before leaving {origin}.",
    "Both parties keep a signed copy; a translation into the language of {w} is annexed.",
],
}

ORD_ID = {
'job': [
    "{P} dipekerjakan sebagai {job_id} di {place} di {dcity}, {dest}.",
    "{M} mempekerjakan {P} sebagai {job_id}, dengan tempat kerja di {place}, {dcity}.",
],
'duration': [
    "Perjanjian ini berlaku untuk jangka waktu 2 (dua) tahun terhitung sejak {P} tiba di {dest}.",
    "Masa kerja {P} adalah 24 (dua puluh empat) bulan sejak tanggal mulai bekerja dan dapat diperpanjang atas kesepakatan kedua belah pihak.",
],
'leave': [
    "{P} berhak atas cuti tahunan dengan upah penuh selama 12 (dua belas) hari setelah bekerja 1 (satu) tahun.",
    "Hari libur resmi di {dest} merupakan hari libur yang dibayar bagi {P}.",
],
'board': [
    "{M} menyediakan tempat tinggal yang layak serta makan tiga kali sehari bagi {P} tanpa dipungut biaya.",
    "{P} mendapat kamar tidur sendiri yang dapat dikunci dari dalam.",
],
'medical': [
    "Biaya pengobatan dan perawatan rumah sakit {P} selama masa kerja ditanggung oleh {M}.",
    "{M} mengikutsertakan {P} dalam asuransi kecelakaan kerja dan kesehatan serta membayar preminya.",
],
'term': [
    "Masing-masing pihak dapat mengakhiri Perjanjian ini karena alasan yang sah sesuai dengan peraturan perundang-undangan di {dest}.",
    "Pada saat hubungan kerja berakhir, {M} memberikan surat keterangan kerja kepada {P}.",
],
'remains': [
    "Apabila {P} meninggal dunia selama masa Perjanjian, jenazah dan barang milik {P} dipulangkan ke Indonesia atas biaya {M}.",
],
'law': [
    "Hal-hal yang belum diatur dalam Perjanjian ini tunduk pada peraturan ketenagakerjaan di {dest}.",
],
'lang': [
    "Perjanjian ini dibuat dalam Bahasa Indonesia dan Bahasa Inggris, dan salinannya telah diterima oleh {P} sebelum berangkat.",
],
}

# ---------------------------------------------------------------- headings
HEAD_EN = {
    'job': ["Position and Place of Work", "Employment", "Job and Workplace", "Nature of Work"],
    'duration': ["Term", "Duration of Contract", "Period of Service"],
    'wage': ["Wages", "Salary", "Remuneration", "Pay"],
    'hours': ["Hours of Work", "Working Hours", "Working Time"],
    'rest': ["Rest Days and Leave", "Weekly Rest and Holidays", "Days Off"],
    'board': ["Board and Lodging", "Accommodation and Food", "Living Arrangements"],
    'medical': ["Medical Care", "Health", "Medical Examination and Treatment"],
    'conduct': ["Personal Matters", "House Rules", "Conduct", "Personal Freedoms"],
    'docs': ["Travel and Identity Documents", "Passport and Permits", "Personal Documents"],
    'costs': ["Recruitment Costs", "Fees and Expenses", "Costs of Deployment"],
    'travel': ["Travel and Repatriation", "Return Journey", "Passage"],
    'term': ["Termination", "Ending of Employment", "Resignation and Dismissal"],
    'disputes': ["Grievances and Disputes", "Complaints", "Settlement of Disputes"],
    'law': ["Governing Law and Language", "Miscellaneous", "Final Provisions"],
}
HEAD_ID = {
    'job': ["JABATAN DAN TEMPAT KERJA", "PEKERJAAN"],
    'duration': ["JANGKA WAKTU", "MASA BERLAKU PERJANJIAN"],
    'wage': ["GAJI", "UPAH"],
    'hours': ["WAKTU KERJA", "JAM KERJA"],
    'rest': ["HARI LIBUR DAN CUTI", "ISTIRAHAT MINGGUAN DAN CUTI"],
    'board': ["AKOMODASI DAN MAKAN", "TEMPAT TINGGAL"],
    'medical': ["KESEHATAN", "PERAWATAN KESEHATAN"],
    'conduct': ["KEHIDUPAN PRIBADI", "TATA TERTIB"],
    'docs': ["DOKUMEN", "PASPOR DAN DOKUMEN PERJALANAN"],
    'costs': ["BIAYA PENEMPATAN", "BIAYA-BIAYA"],
    'travel': ["KEPULANGAN", "TIKET DAN PEMULANGAN"],
    'term': ["PENGAKHIRAN PERJANJIAN", "BERAKHIRNYA HUBUNGAN KERJA"],
    'disputes': ["PENYELESAIAN PERSELISIHAN", "PENGADUAN"],
    'law': ["KETENTUAN PENUTUP", "LAIN-LAIN"],
}
# Q&A sheets: question per section
QSECT = {
    'job': "What job will I do, and where?",
    'duration': "How long is the contract?",
    'wage': "How much will I be paid?",
    'hours': "What are my working hours?",
    'rest': "Do I get a day off?",
    'board': "Where will I live and eat?",
    'medical': "What about medical care?",
    'conduct': "Are there house rules?",
    'docs': "What about my documents?",
    'costs': "Are there any costs for me?",
    'travel': "Who pays my ticket home?",
    'term': "How can the contract end?",
    'disputes': "Whom can I contact if I have a problem?",
    'law': "Which law applies?",
}

# ---------------------------------------------------------------- bilingual
# Two-column contracts ("English | Indonesia"): paired texts.
BI_HEAD = {
    'job': ("POSITION", "JABATAN"), 'duration': ("TERM", "JANGKA WAKTU"),
    'wage': ("SALARY", "GAJI"), 'hours': ("WORKING HOURS", "JAM KERJA"),
    'rest': ("REST DAY", "HARI LIBUR"), 'board': ("LODGING", "TEMPAT TINGGAL"),
    'medical': ("HEALTH", "KESEHATAN"), 'conduct': ("PRIVATE LIFE", "KEHIDUPAN PRIBADI"),
    'docs': ("DOCUMENTS", "DOKUMEN"), 'costs': ("COSTS", "BIAYA"),
    'travel': ("RETURN", "KEPULANGAN"), 'term': ("TERMINATION", "PENGAKHIRAN"),
    'disputes': ("COMPLAINTS", "PENGADUAN"), 'law': ("FINAL PROVISIONS", "PENUTUP"),
}
BI_ELEM = {
    'wage': ("{E} shall pay {w} a monthly salary of {wage}.", "{M} membayar gaji bulanan {P} sebesar {wage_id}."),
    'hours': ("Normal working hours are nine (9) hours a day, breaks included.", "Jam kerja normal adalah 9 (sembilan) jam sehari, termasuk waktu istirahat."),
    'rest': ("{W} shall have one day of rest every week.", "{P} mendapat satu hari istirahat setiap minggu."),
    'repat': ("{E} shall pay for the flight of {w} back to {ocity} when the contract ends.", "{M} membayar tiket pesawat {P} pulang ke {ocity} pada akhir kontrak."),
    'complaint': ("{W} may complain to {labour} or to the Indonesian Consulate without any penalty.", "{P} dapat mengadu kepada {labour_id} atau Konsulat RI tanpa sanksi apa pun."),
}
BI_ORD = {
    'job': ("{W} is employed as {job} at {place}, {dcity}.", "{P} dipekerjakan sebagai {job_id} di {place}, {dcity}."),
    'duration': ("This Contract is valid for two (2) years.", "Perjanjian ini berlaku selama 2 (dua) tahun."),
    'board': ("Food and a private room are provided free of charge.", "Makan dan kamar pribadi disediakan tanpa biaya."),
    'medical': ("Medical treatment is paid by {e}.", "Biaya pengobatan ditanggung oleh {M}."),
    'term': ("Either party may end this Contract for a lawful reason.", "Masing-masing pihak dapat mengakhiri Perjanjian ini karena alasan yang sah."),
    'law': ("If the two texts differ, the one more favourable to {w} applies.", "Apabila kedua teks berbeda, berlaku teks yang lebih menguntungkan {P}."),
}
BI_ABUSE = {
    'CTR-001': ("The passport of {w} shall be kept by {e} until the contract ends.", "Paspor {P} disimpan oleh {M} sampai kontrak berakhir."),
    'CTR-002': ("The placement fee shall be borne by {w} and deducted from {her} salary.", "Biaya penempatan ditanggung oleh {P} dan dipotong dari gajinya."),
    'CTR-003': ("If {w} leaves before the end of the contract, {she} shall pay a penalty of two months' salary.", "Apabila {P} berhenti sebelum kontrak berakhir, {P} membayar denda dua bulan gaji."),
    'CTR-004': ("{W} shall not leave the house without the permission of {e}.", "{P} tidak boleh keluar rumah tanpa izin {M}."),
    'CTR-005': ("{W} shall be dismissed if {she} becomes pregnant.", "{P} diberhentikan apabila hamil."),
    'CTR-006': ("{W} shall not marry during the contract.", "{P} tidak boleh menikah selama masa kontrak."),
    'CTR-007': ("The salary of {w} shall be kept by {e} and paid when {she} goes home.", "Gaji {P} disimpan oleh {M} dan dibayarkan saat {P} pulang."),
    'CTR-008': ("{W} may not change employer during the contract.", "{P} tidak boleh berganti majikan selama masa kontrak."),
    'CTR-009': ("{W} shall not report {e} to any authority.", "{P} tidak boleh melaporkan {M} kepada instansi mana pun."),
}
BI_LOOK = {
    'CTR-001': ("{W} keeps {her} own passport.", "{P} memegang paspornya sendiri."),
    'CTR-002': ("{W} pays no fee for this job.", "{P} tidak membayar biaya apa pun untuk pekerjaan ini."),
    'CTR-003': ("No deposit or guarantee is required from {w}.", "{P} tidak diwajibkan menyerahkan uang jaminan."),
    'CTR-004': ("{W} may go out freely on {her} day off.", "{P} bebas keluar rumah pada hari libur."),
    'CTR-005': ("No pregnancy test is required.", "Tes kehamilan tidak diwajibkan."),
    'CTR-006': ("Marriage does not end this Contract.", "Pernikahan tidak mengakhiri Perjanjian ini."),
    'CTR-007': ("The salary is paid in full to {w} every month.", "Gaji dibayarkan penuh kepada {P} setiap bulan."),
    'CTR-008': ("{W} may resign with one month's notice.", "{P} dapat mengundurkan diri dengan pemberitahuan satu bulan."),
    'CTR-009': ("Complaining to the authorities is never a reason for dismissal.", "Pengaduan kepada instansi berwenang tidak pernah menjadi alasan pemberhentian."),
}

# ---------------------------------------------------------------- places
DEST = {
 # code: name, cities, currency code, wage formats (value -> list), labour body, id name
 'HK': ("Hong Kong", ["Kowloon", "Sha Tin", "Tsuen Wan"], 'HKD', [4990, 5100], "the Labour Department of Hong Kong", "Labour Department Hong Kong"),
 'SG': ("Singapore", ["Jurong", "Tampines", "Woodlands"], 'SGD', [780, 1400], "the Ministry of Manpower", "Ministry of Manpower (MOM)"),
 'MY': ("Malaysia", ["Penang", "Johor Bahru", "Shah Alam"], 'MYR', [1700, 1800], "the Labour Department (Jabatan Tenaga Kerja)", "Jabatan Tenaga Kerja"),
 'TW': ("Taiwan", ["Taichung", "Taoyuan", "Kaohsiung"], 'TWD', [20000, 28590], "the 1955 Foreign Workers' Hotline of the Ministry of Labor", "layanan 1955 Kementerian Tenaga Kerja Taiwan"),
 'SA': ("Saudi Arabia", ["Riyadh", "Jeddah", "Dammam"], 'SAR', [1500, 1800], "the Ministry of Human Resources and Social Development", "Kementerian Sumber Daya Manusia Arab Saudi"),
 'AE': ("the United Arab Emirates", ["Dubai", "Abu Dhabi", "Sharjah"], 'AED', [1500], "the Ministry of Human Resources and Emiratisation", ""),
 'QA': ("Qatar", ["Doha", "Al Wakrah"], 'QAR', [1300], "the Ministry of Labour", ""),
 'KW': ("Kuwait", ["Kuwait City", "Hawalli"], 'KWD', [120, 150], "the Public Authority for Manpower", ""),
 'OM': ("Oman", ["Muscat", "Sohar"], 'OMR', [150], "the Ministry of Labour", ""),
 'BH': ("Bahrain", ["Manama", "Muharraq"], 'BHD', [180], "the Labour Market Regulatory Authority", ""),
 'JO': ("Jordan", ["Amman", "Irbid"], 'JOD', [290, 260], "the Ministry of Labour", ""),
 'LB': ("Lebanon", ["Beirut", "Jounieh"], 'USD', [400, 450], "the Ministry of Labour", ""),
}
DEST_ID = {'HK': "Hong Kong", 'SG': "Singapura", 'MY': "Malaysia", 'TW': "Taiwan", 'SA': "Arab Saudi"}

ORIGIN = {
 # code: country, cities, fee, embassy phrase, female names, male names
 'PH': ("the Philippines", ["Manila", "Cebu", "Davao", "Iloilo"], "PHP 45,000", "the Philippine Embassy",
        ["Maricel Dizon", "Rowena Bautista", "Analyn Reyes", "Jocelyn Mercado"], ["Rodel Santos", "Jomar Villanueva"]),
 'ID': ("Indonesia", ["Surabaya", "Semarang", "Malang", "Cilacap", "Indramayu"], "Rp 15.000.000", "the Indonesian Consulate",
        ["Siti Rahayu", "Dewi Lestari", "Nur Aini", "Sri Wahyuni", "Lilis Suryani", "Rina Marlina"], ["Agus Salim"]),
 'NP': ("Nepal", ["Kathmandu", "Pokhara"], "NPR 120,000", "the Embassy of Nepal",
        ["Sita Gurung", "Kamala Thapa"], ["Ram Bahadur Tamang", "Bishnu Rai", "Hari Shrestha"]),
 'BD': ("Bangladesh", ["Dhaka", "Sylhet"], "BDT 250,000", "the Bangladesh Embassy",
        ["Rokeya Begum", "Shirin Akter"], ["Md. Rafiqul Islam", "Abdul Karim"]),
 'IN': ("India", ["Kochi", "Chennai", "Hyderabad"], "INR 90,000", "the Embassy of India",
        ["Lakshmi Nair", "Mary Joseph"], ["Suresh Kumar", "Joseph Thomas"]),
 'LK': ("Sri Lanka", ["Colombo", "Kandy"], "LKR 300,000", "the Sri Lanka Embassy",
        ["Chamari Perera", "Nirosha Fernando"], ["Kasun Silva"]),
 'KE': ("Kenya", ["Nairobi", "Mombasa"], "KES 60,000", "the Kenyan Embassy",
        ["Faith Wanjiru", "Mercy Achieng"], ["Brian Otieno"]),
 'ET': ("Ethiopia", ["Addis Ababa"], "ETB 40,000", "the Ethiopian Consulate",
        ["Tigist Alemu", "Meron Bekele"], ["Dawit Girma"]),
}

EMPLOYERS_EN = {
 'domestic': ["{fam}", "the household of {fam}"],
 'care': ["{fam}"],
 'factory': ["{co} Electronics {sfx}", "{co} Precision Industries {sfx}", "{co} Garments Manufacturing {sfx}"],
 'construction': ["{co} Contracting {sfx}", "{co} Engineering & Construction {sfx}"],
 'farm': ["{co} Plantation {sfx}", "{co} Agricultural Farms {sfx}"],
}
FAMILY = {'HK': ["Mr. Chan Wai Man", "Mrs. Leung Siu Fong"], 'SG': ["Mr. Tan Boon Huat", "Mdm. Lim Mei Ling"],
          'MY': ["Encik Ahmad bin Yusof", "Mr. Wong Kah Wai"], 'TW': ["Mr. Chen Chih-Ming", "Ms. Lin Shu-Fen"],
          'SA': ["Mr. Abdullah Al-Harbi", "Mr. Fahad Al-Qahtani"], 'AE': ["Mr. Khalid Al-Mansoori"], 'QA': ["Mr. Hamad Al-Kuwari"],
          'KW': ["Mr. Yousef Al-Sabah"], 'OM': ["Mr. Salim Al-Balushi"], 'BH': ["Mrs. Fatima Al-Khalifa"],
          'JO': ["Mr. Omar Haddad"], 'LB': ["Mr. Georges Khoury", "Mrs. Rania Saad"]}
SUFFIX = {'MY': "Sdn. Bhd.", 'SG': "Pte. Ltd.", 'TW': "Co., Ltd.", 'HK': "Limited", 'SA': "Co.",
          'AE': "LLC", 'QA': "W.L.L.", 'KW': "Co. W.L.L.", 'OM': "LLC", 'BH': "W.L.L.", 'JO': "Co.", 'LB': "S.A.L."}
COMPANY = ["Golden Harbour", "Eastwind", "Sunrise", "Crescent", "Bluestone", "Evergreen", "Silver Palm", "Northgate", "Al Noor", "Pacific Ridge"]
AGENCIES = {'PH': ["Mabuhay Global Recruitment Inc.", "Trustline Overseas Placement Corp."],
            'NP': ["Himalayan Employment Pvt. Ltd.", "Annapurna Overseas Pvt. Ltd."],
            'BD': ["Bengal Overseas Manpower Ltd."], 'IN': ["Malabar Overseas Recruitment Pvt. Ltd."],
            'LK': ["Lanka Care Employment Agency"], 'KE': ["Savanna Workforce Ltd."],
            'ET': ["Abyssinia Overseas Employment Agency"],
            'ID': ["PT Cahaya Mandiri Sejahtera", "PT Bina Karya Utama", "PT Anugerah Jaya Abadi", "PT Surya Duta Mandiri"]}

JOBS = {
 'domestic': ("domestic helper", "the residence of {e}", "pekerja rumah tangga", "rumah {M}"),
 'care': ("caregiver for an elderly member of the family", "the home of {e}", "perawat lansia", "rumah {M}"),
 'factory': ("production operator", "the factory of {e}", "operator produksi", "pabrik {M}"),
 'construction': ("general construction worker", "the project sites of {e}", "pekerja konstruksi", "lokasi proyek {M}"),
 'farm': ("farm worker", "the farm of {e}", "pekerja perkebunan", "perkebunan {M}"),
}
