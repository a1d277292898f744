# -*- coding: utf-8 -*-
"""Mandatory elements (wage, hours, weekly rest, repatriation, complaint
channel) and ordinary clauses for batch 3, same token conventions as
variants.py.  {wage} is the wage as written in the contract (amount and
currency), {wagew} the amount in words; {h} hours a day, {hw} in words;
{rd} rest days a week in words; {day} the weekly rest day."""

MAND_EN = {
"wage": [
 ("{E} shall pay {wo} a monthly salary of {wage}.", ""),
 ("The basic wage is {wage} per month, payable not later than the seventh day of the following month.", ""),
 ("In consideration of {her} services, {w} shall receive {wagew} ({wage}) every calendar month.", ""),
 ("{Wp} pay is {wage} a month, paid on the last working day of each month.", ""),
 ("{E} shall pay a basic salary of {wage} for each month of service, exclusive of overtime.", "ind"),
 ("{W} will be paid {wage} monthly, in cash against a signed receipt or by bank transfer.", ""),
 ("Monthly wage|{wage}", "item"),
],
"hours": [
 ("Normal working hours shall not exceed {hw} ({h}) hours a day.", ""),
 ("{W} shall work {h} hours a day, from {start} to {end}, with a one-hour meal break.", ""),
 ("Normal hours of work are {hweek} hours per week, and any work beyond that is overtime.", ""),
 ("The working day is {hw} hours long, rest breaks not included.", ""),
 ("{W} will work no more than {hw} hours each day.", ""),
 ("{W} shall have at least eight consecutive hours of rest each night, and {her} normal working time shall not exceed {hw} hours a day.", "dom"),
 ("Normal working hours|{h} hours a day", "item"),
],
"rest": [
 ("{W} shall be given one rest day of at least twenty-four consecutive hours in every week.", ""),
 ("{Wp} weekly day off is {day}.", ""),
 ("In each period of seven days {w} shall have not less than one full rest day.", ""),
 ("{Day} is the weekly rest day, and if {w} agrees to work on that day, another day off shall be given in the same week.", ""),
 ("{W} shall have {day} off every week.", ""),
 ("Weekly rest day|{day}", "item"),
],
"repat": [
 ("At the end of the Contract {e} shall provide {wo} with a return air ticket to {home}.", ""),
 ("{E} shall bear the cost of repatriating {wo} to {home} on the completion or termination of the Contract, whatever the reason.", ""),
 ("Free passage back to {home} shall be given to {wo} when the Contract ends.", ""),
 ("The journey home at the end of service, including the airfare and travel to the airport, is paid by {e}.", ""),
 ("When the contract ends, {e} pays for {wp} flight home to {home}.", ""),
 ("Return ticket to {home}|paid by {e}", "item"),
],
"complaint": [
 ("{W} may lodge a complaint about this Contract with {labour}, or seek help from {embassy}.", ""),
 ("Complaints may be addressed to {labour} ({hotline}).", ""),
 ("Any grievance may first be raised with {e}, and if it is not resolved within seven days, {w} may take it to {labour} or to {embassy}.", ""),
 ("If there is a problem, {w} can call {hotline} or contact {embassy}.", ""),
 ("Help and complaints|{hotline} or {embassy}", "item"),
],
}
# weaker forms used in CTR-010 contracts in place of the missing element
MISSING_EN = {
"wage": ["The wage shall be as agreed between the parties and set out in the payroll records of {e}.",
         "{W} shall be paid the salary stated in the job order."],
"hours": ["Working arrangements shall follow the house rules given to {wo} on arrival."],
"rest": [],
"repat": ["{E} shall pay {wp} air ticket from {home} to {dest}."],
"complaint": ["This Contract is governed by the laws of {dest}."],
}

MAND_ID = {
"wage": [
 ("{E} membayar gaji kepada {W} sebesar {wage} setiap bulan.", ""),
 ("Gaji bulanan {W} ditetapkan sebesar {wage} ({wagew}) dan dibayarkan paling lambat tanggal 7 bulan berikutnya.", ""),
 ("Upah pokok {W} adalah {wage} per bulan.", ""),
 ("Gaji per bulan|{wage}", "item"),
],
"hours": [
 ("Jam kerja normal {W} paling lama {hw} ({h}) jam per hari.", ""),
 ("{W} bekerja dari pukul {start} sampai dengan pukul {end} dengan waktu istirahat satu jam.", ""),
 ("Waktu kerja {W} tidak melebihi {h} jam sehari.", ""),
 ("Jam kerja|{h} jam per hari", "item"),
],
"rest": [
 ("{W} berhak atas satu hari libur dalam setiap minggu.", ""),
 ("Dalam setiap tujuh hari, {W} mendapat istirahat paling sedikit 24 jam berturut-turut.", ""),
 ("Hari libur mingguan {W} adalah hari {dayid}.", ""),
 ("Hari libur mingguan|hari {dayid}", "item"),
],
"repat": [
 ("Pada akhir masa perjanjian, {E} menanggung tiket pesawat kepulangan {W} ke {home}.", ""),
 ("Biaya pemulangan {W} ke daerah asal ditanggung sepenuhnya oleh {E}.", ""),
 ("Tiket pulang ke {home}|ditanggung {E}", "item"),
],
"complaint": [
 ("{W} dapat menyampaikan pengaduan kepada {embassy} atau {labour}.", ""),
 ("Apabila terjadi perselisihan, {W} dapat mengadu ke {hotline} atau ke {embassy}.", ""),
 ("Pengaduan|{embassy} atau {hotline}", "item"),
],
}
MISSING_ID = {
"wage": ["Besarnya gaji {W} ditentukan kemudian oleh {E} sesuai kemampuan {W}."],
"hours": [],
"rest": [],
"repat": ["{E} menanggung tiket pesawat keberangkatan {W} dari {home} ke {dest}."],
"complaint": ["Perjanjian ini tunduk pada hukum yang berlaku di {dest}."],
}

JOB_EN = {
"domestic": ["{W} is employed as a domestic worker to perform household chores, including cleaning, cooking, laundry and the care of children, at the residence of {e} in {city}.",
             "{W} shall work as a domestic helper in the household of {e} in {city} and shall not be required to work at any other address."],
"care": ["{W} is engaged as a caregiver for an elderly member of the household of {e} in {city}, including help with feeding, bathing and moving about.",
         "The duties of {wo} are the personal care of the elderly parent of {e} in {city}, together with light housework connected with that care."],
"construction": ["{W} is employed as a general construction worker at the project sites of {e} in and around {city}.",
                 "{W} shall work as a steel fixer on the building projects of {e} in {city}."],
"factory": ["{W} is employed as a production operator at the factory of {e} in {city}.",
            "{W} shall work as a machine operator in the assembly plant of {e} in {city}."],
"farm": ["{W} is employed as a general farm worker on the plantation of {e} near {city}, for harvesting, weeding and fertilising.",
         "{W} shall work as an agricultural worker on the farm of {e} near {city}."],
}
JOB_ID = {
"domestic": ["{W} dipekerjakan sebagai penata laksana rumah tangga di rumah {E} di {city}, meliputi membersihkan rumah, memasak, mencuci, dan mengasuh anak."],
"care": ["{W} dipekerjakan sebagai perawat lansia untuk merawat orang tua {E} di {city}."],
"factory": ["{W} dipekerjakan sebagai operator produksi di pabrik {E} di {city}."],
"farm": ["{W} dipekerjakan sebagai pekerja perkebunan di kebun {E} dekat {city}."],
"construction": ["{W} dipekerjakan sebagai pekerja bangunan pada proyek {E} di {city}."],
}

ORD_EN = {
"duration": ["This Contract is for a period of {years} starting from the date of arrival of {wo} in {dest}.",
             "The term of employment is {years}, and it may be renewed by mutual agreement."],
"lodging": ["{E} shall provide {wo} with suitable accommodation with reasonable privacy, and free food or a food allowance.",
            "Free lodging in the company hostel and three meals a day, or a meal allowance, are provided by {e}."],
"leave": ["{W} is entitled to {leave} days of paid annual leave for each year of service.",
          "Paid annual leave: {leave} working days a year, in addition to the public holidays of {dest}."],
"medical": ["{E} shall provide free medical treatment to {wo} and shall insure {herO} against accident and illness.",
            "Medical care, hospitalisation and insurance during the Contract are at the expense of {e}."],
"law": ["This Contract is governed by the laws of {dest} and is supplemented by the standard employment contract approved in {originstate}.",
        "The laws of {dest} apply, and any term less favourable than the legal minimum is replaced by that minimum."],
"language": ["This Contract was explained to {wo} in a language {she} understands, and {she} received a copy before departure.",
             "A copy of this Contract in English and in {wp} own language was given to {wo} before departure."],
"remains": ["In the event of the death of {wo}, {e} shall repatriate the remains at its own cost."],
}
ORD_ID = {
"duration": ["Perjanjian ini berlaku selama {years} terhitung sejak {W} tiba di {dest}."],
"lodging": ["{E} menyediakan tempat tinggal yang layak serta makan tiga kali sehari tanpa biaya."],
"leave": ["{W} berhak atas cuti tahunan dengan upah penuh selama {leave} hari kerja setiap tahun."],
"medical": ["{E} menanggung biaya pengobatan dan asuransi {W} selama masa kontrak."],
"law": ["Perjanjian ini tunduk pada hukum {dest} dan peraturan perundang-undangan Indonesia tentang pelindungan pekerja migran."],
"language": ["Perjanjian ini dibuat dalam bahasa Indonesia dan bahasa Inggris, dan salinannya telah diterima {W} sebelum keberangkatan."],
"remains": ["Apabila {W} meninggal dunia, {E} menanggung biaya pemulangan jenazah ke Indonesia."],
}
