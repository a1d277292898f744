"""Compliant look-alike wording for contract batch 16 (V-*).

Written from scratch for this batch.  Every variant is compliant (or, for
the few listed in the README, decided compliant in advance) and uses the
vocabulary of the abusive clauses of the same type.

Voices (the register of the slot the generator fills):
  broken  - contract drafted in non-native English by a small agency
  msg     - e-mail / chat message pasted into an annex (short, informal)
  cond    - consequence / conditional / "entitled" drafting
  bi      - bilingual pair (English, Indonesian)
  costs, docs, time, pay - one row of a plain-text table (tuple of cells)
  check   - checklist item; a tuple (a, b) is a pair of printed options,
            the first unticked, the second ticked
  id      - Indonesian sentence (messages, conditional clauses, checklists)

Placeholders: {W0}/{W} the worker's role noun (sentence start / inside),
{E0}/{E} the employer, {she} {She} {her} {Her} {hers}, {country},
{authority}, {embassy}.  `touch` lists mandatory elements a variant could
be read as stating, so that it is never used in a contract missing them.
"""

V = []


def add(t, voice, text, touch=()):
    n = sum(1 for v in V if v['type'] == t and v['voice'] == voice)
    V.append({'id': '%s-%s-%d' % (t[-3:], voice, n + 1), 'type': t,
              'voice': voice, 'text': text, 'touch': set(touch)})


# ---------------------------------------------------------------- CTR-001
T = 'CTR-001'
add(T, 'broken', "Employeer do NOT keep the pasport of worker, pasport always "
    "stay with worker {himherself} and employeer only take photocopy for his file.")
add(T, 'broken', "When the visa or residence permit need renew, employeer take pasport to "
    "immigration and give it back to worker in same week, worker sign paper "
    "when {she} give and when {she} receive it back.")
add(T, 'msg', "About your passport: you keep it. We only need a clear photo of "
    "the first page for the visa file, so please send that by tomorrow.")
add(T, 'msg', "{E0} asked me to tell you that nobody there will take your "
    "passport or ID card. You keep both yourself.")
add(T, 'cond', "Should {E} need the passport in order to renew the work permit, "
    "{E} returns it to {W} within three working days, against {her} "
    "signature in the document log.")
add(T, 'cond', "In case {W} asks for a safe place for {her} documents, {E} "
    "provides a locker to which only {W} has the key; {E} is not entitled "
    "to hold the passport itself.")
add(T, 'bi', ("{W0} keeps {her} own passport and identity card at all times; "
              "{E} holds photocopies only.",
              "{W0_id} memegang sendiri paspor dan kartu identitasnya setiap "
              "saat; {E_id} hanya menyimpan fotokopinya."))
add(T, 'bi', ("{E0} may not ask for the passport of {W} as security for a debt "
              "or for good conduct.",
              "{E0_id} tidak boleh meminta paspor {W_id} sebagai jaminan utang "
              "atau jaminan kelakuan baik."))
add(T, 'docs', ("Passport", "Worker", "company keeps a photocopy only"))
add(T, 'docs', ("Work permit card", "Worker", "lent to company for renewal, back "
                "within 2 days"))
add(T, 'check', ("Passport kept by employer", "Passport kept by worker"))
add(T, 'check', "I keep my own passport and permit card; the employer has "
    "copies only.")
add(T, 'id', "Paspor tetap berada di tangan {W_id}; bila perlu diperpanjang, "
    "{E_id} mengembalikannya dalam tiga hari kerja.")
add(T, 'id', "{E0_id} tidak menyimpan paspor, kartu identitas maupun izin kerja "
    "{W_id}.")

# ---------------------------------------------------------------- CTR-002
T = 'CTR-002'
add(T, 'broken', "Worker pay NOTHING for agency, visa, medical or training, all "
    "this cost is for employeer and nobody can cut it from salery.")
add(T, 'broken', "If worker was ask to pay any fee in home country, employeer "
    "return that money to worker full amount within one month after {she} show "
    "the receipt.")
add(T, 'msg', "Just to be clear, you do not owe us anything. The employer pays "
    "our fee, the visa and the medical.")
add(T, 'msg', "Re the clinic charge you paid last week: keep the receipt, we "
    "will refund it to you in cash before you fly.")
add(T, 'cond', "Should it come to light that {W} paid a placement or visa "
    "charge to anyone, {E} refunds {her_o} the whole sum within one month.")
add(T, 'cond', "In case the agency asks {W} for any payment, {W} is entitled "
    "to refuse it; recruitment costs are borne by {E} alone.")
add(T, 'bi', ("No fee, charge or cost of recruitment is payable by {W}, and "
              "none is deducted from {her} wages.",
              "{W0_id} tidak membayar biaya, pungutan atau ongkos perekrutan "
              "apa pun, dan tidak ada yang dipotong dari upahnya."))
add(T, 'bi', ("The visa, the medical examination and the pre-departure "
              "training are paid for by {E}.",
              "Visa, pemeriksaan kesehatan dan pelatihan pra-keberangkatan "
              "dibayar oleh {E_id}."))
add(T, 'costs', ("Agency placement fee", "Employer", "agency invoices the "
                 "employer; nil to worker"))
add(T, 'costs', ("Medical test and training", "Employer", "never charged back "
                 "to worker"))
add(T, 'check', "I paid no fee to any agent, and no fee will be deducted from "
    "my salary.")
add(T, 'id', "Apabila ternyata {W_id} sudah membayar biaya penempatan, "
    "{E_id} mengembalikan seluruhnya dalam satu bulan.")
add(T, 'id', "Biaya visa, pemeriksaan kesehatan dan pelatihan ditanggung "
    "{E_id} dan tidak dipotong dari gaji.")

# ---------------------------------------------------------------- CTR-003
T = 'CTR-003'
add(T, 'broken', "No deposit, no bond and no guarantee paper is ask from worker "
    "or from {her} family, before or after {she} travel.")
add(T, 'broken', "If worker finish the contract early, {she} only lose salery "
    "for the days {she} not work, there is NO fine and no penalty.")
add(T, 'msg', "Nobody in your family has to sign anything for us. No "
    "guarantee, no cheque, no deposit.")
add(T, 'msg', "And if you ever want to stop before the two years, there is no "
    "fine and you don't pay back the visa.")
add(T, 'cond', "Should {W} end the contract early, {she} receives {her} wages "
    "up to the last day worked, and no penalty, deposit or repayment of "
    "costs is claimed from {her_o}.")
add(T, 'cond', "In case of termination by either party with due notice, {E} "
    "is not entitled to any compensation for recruitment or training "
    "expenses.")
add(T, 'bi', ("{W0} gives no deposit, bond, promissory note or guarantor to "
              "{E} or to the agency.",
              "{W0_id} tidak memberikan uang jaminan, surat sanggup bayar atau "
              "penjamin kepada {E_id} maupun agensi."))
add(T, 'bi', ("If {W} resigns with one month's notice, {she} owes nothing for "
              "the visa, the ticket or the training.",
              "Jika {W_id} mengundurkan diri dengan pemberitahuan satu bulan, "
              "ia tidak berutang apa pun untuk visa, tiket atau pelatihan."))
add(T, 'costs', ("Security deposit / bond", "none", "no deposit, bond or "
                 "guarantor asked"))
add(T, 'costs', ("Leaving before end of contract", "-", "no penalty, no "
                 "repayment of costs"))
add(T, 'check', "I was not asked to sign a promissory note, a cheque or a "
    "guarantee, and neither was my family.")
add(T, 'id', "{W0_id} tidak diminta menyerahkan uang jaminan, cek atau surat "
    "utang dalam bentuk apa pun.")
add(T, 'id', "Apabila {W_id} berhenti sebelum kontrak selesai, tidak ada "
    "denda dan tidak ada biaya yang harus dikembalikan.")

# ---------------------------------------------------------------- CTR-004
T = 'CTR-004'
add(T, 'broken', "In day off worker is FREE to go out where {she} like and come "
    "back in {her} own time, {she} no need permission from nobody.",
    touch=('rest',))
add(T, 'broken', "Worker keep {her} own mobile phone with {her_o}, {she} can call {her} "
    "family any time {she} is not working.")
add(T, 'msg', "Your phone stays with you, of course. {restday}s are your own, go "
    "wherever you want.", touch=('rest',))
add(T, 'msg', "Overtime is only if you agree to it, and it's paid at time and "
    "a half.", touch=('hours',))
add(T, 'cond', "Should {W} choose to spend {her} rest day away from the "
    "premises, {E} is not entitled to ask where {she} goes or whom {she} "
    "meets.", touch=('rest',))
add(T, 'cond', "In case extra hours are needed, they are worked only with the "
    "agreement of {W} and paid at one and a half times the hourly rate.",
    touch=('hours',))
add(T, 'bi', ("On rest days and after working hours {W} may leave the "
              "premises and go wherever {she} wishes.",
              "Pada hari libur dan di luar jam kerja {W_id} boleh keluar dan "
              "pergi ke mana saja."), touch=('rest',))
add(T, 'bi', ("The mobile phone of {W} remains {hers} to use in {her} free "
              "time.",
              "Telepon genggam {W_id} tetap miliknya dan boleh dipakai pada "
              "waktu senggang."))
add(T, 'time', ("Rest day", "24 hours", "worker free to go out; no work asked"),
    touch=('rest',))
add(T, 'time', ("Night", "10 p.m. to 6 a.m.", "not on call; no work at night"),
    touch=('hours',))
add(T, 'check', "On my rest day I may leave the premises and come back at the "
    "hour I choose.", touch=('rest',))
add(T, 'id', "Pada hari libur {W_id} bebas keluar tanpa izin dan tanpa "
    "pendamping.", touch=('rest',))
add(T, 'id', "Telepon genggam {W_id} tidak disita dan boleh dipakai di luar "
    "jam kerja.")

# ---------------------------------------------------------------- CTR-005
T = 'CTR-005'
add(T, 'broken', "Pregnancy is NOT reason for terminate the contract, worker "
    "get maternity leave as the law of {country}.")
add(T, 'broken', "Employeer not ask worker for pregnancy test or HIV test, "
    "medical check is only for fitness of the work.")
add(T, 'msg', "No, there is no pregnancy test in your medical, only the "
    "normal fitness check.")
add(T, 'msg', "If you become pregnant you keep your job, and you get "
    "maternity leave under the law here.")
add(T, 'cond', "Should {W} become pregnant, {her} employment continues and "
    "{she} is entitled to maternity leave and protection under the law of "
    "{country}.")
add(T, 'cond', "In case a medical examination is required, it is limited to "
    "fitness for the work, needs {her} consent and does not include a "
    "pregnancy test.")
add(T, 'bi', ("Pregnancy is never a reason to end this contract; {W} "
              "receives maternity protection under local law.",
              "Kehamilan tidak pernah menjadi alasan untuk mengakhiri "
              "perjanjian ini; {W_id} mendapat perlindungan persalinan "
              "menurut hukum setempat."))
add(T, 'bi', ("{E0} does not test {W} for pregnancy or HIV, before hiring or "
              "afterwards.",
              "{E0_id} tidak memeriksa kehamilan atau HIV {W_id}, baik "
              "sebelum maupun sesudah mulai bekerja."))
add(T, 'check', "My medical examination covers fitness for work only; no "
    "pregnancy test is included.")
add(T, 'check', ("Pregnancy ends the contract", "Pregnancy does not end the "
                 "contract"))
add(T, 'id', "Apabila {W_id} hamil, ia tetap bekerja dan berhak atas cuti "
    "melahirkan sesuai hukum yang berlaku.")
add(T, 'id', "Pemeriksaan kesehatan hanya untuk kelayakan kerja dan tidak "
    "mencakup tes kehamilan.")

# ---------------------------------------------------------------- CTR-006
T = 'CTR-006'
add(T, 'broken', "Marriage or boy friend of worker is her private life, "
    "employeer NOT interfere and it is never reason for terminate.")
add(T, 'broken', "Worker can get married during contract time, the contract "
    "continue same like before.")
add(T, 'msg', "Getting married while you're here won't change your contract "
    "at all.")
add(T, 'msg', "Who you go out with on your day off is your own business. "
    "Your employer agrees.")
add(T, 'cond', "Should {W} marry during the term, this contract continues on "
    "the same terms.")
add(T, 'cond', "In case {W} has a relationship or marries, {E} is not "
    "entitled to dismiss {her} or shorten the contract for that reason.")
add(T, 'bi', ("Whom {W} marries or dates is {her} own affair and never a "
              "reason to dismiss {her}.",
              "Dengan siapa {W_id} menikah atau berpacaran adalah urusan "
              "pribadinya dan tidak pernah menjadi alasan pemecatan."))
add(T, 'bi', ("{W0} may marry during the contract, and the contract carries "
              "on unchanged.",
              "{W0_id} boleh menikah selama kontrak, dan perjanjian ini tetap "
              "berlaku tanpa perubahan."))
add(T, 'check', "My employment does not depend on whether I am single or "
    "married.")
add(T, 'check', ("Worker must stay single", "No condition on marriage or "
                 "relationships"))
add(T, 'id', "{W0_id} boleh menikah selama masa kontrak; pernikahan tidak "
    "mengubah perjanjian ini.")
add(T, 'id', "Urusan pacar atau perkawinan adalah urusan pribadi {W_id}, "
    "bukan alasan pemutusan kerja.")

# ---------------------------------------------------------------- CTR-007
T = 'CTR-007'
add(T, 'broken', "Salery is paid every month to worker OWN bank account, only "
    "worker keep the card and PIN, employeer not keep any part of salery.",
    touch=('wage',))
add(T, 'broken', "Worker decide {himherself} how much money {she} send to family, "
    "employeer NOT send salery direct to family without {her} written ask.")
add(T, 'msg', "Your pay goes into your own account every month, the full "
    "amount. Nobody keeps any part of it for you.", touch=('wage',))
add(T, 'msg', "If you want us to send money home for you, just tell us in "
    "writing each time, and you can stop it whenever you like.")
add(T, 'cond', "Should {W} ask {E} to remit part of {her} wages to {her} "
    "family, {E} does so only on {her} written instruction, which {she} may "
    "withdraw at any time.")
add(T, 'cond', "In case {W} has no bank account yet, the full wage is paid to "
    "{her_o} in cash each month against {her} signature; {E} is not entitled "
    "to hold any part of it.", touch=('wage',))
add(T, 'bi', ("The whole salary is paid to {W} every month; {E} keeps no part "
              "of it as savings or for any other reason.",
              "Seluruh gaji dibayarkan kepada {W_id} setiap bulan; {E_id} "
              "tidak menahan sebagian pun sebagai tabungan atau untuk alasan "
              "lain."), touch=('wage',))
add(T, 'bi', ("Wages go into a bank account in the name of {W}, and only "
              "{she} holds its card.",
              "Upah masuk ke rekening bank atas nama {W_id}, dan hanya ia "
              "yang memegang kartunya."))
add(T, 'pay', ("Payment", "full salary", "monthly to worker's own account; "
               "employer holds no card"), touch=('wage',))
add(T, 'pay', ("Savings scheme", "none", "nothing kept back from salary"))
add(T, 'check', ("Salary kept by employer until end of contract",
                 "Salary paid monthly to worker"), touch=('wage',))
add(T, 'check', "Money is sent to my family only when I ask in writing, and I "
    "can stop it at any time.")
add(T, 'id', "Gaji dibayar penuh setiap bulan ke rekening atas nama {W_id} "
    "sendiri; {E_id} tidak menahan bagian apa pun.", touch=('wage',))
add(T, 'id', "Kiriman uang untuk keluarga hanya dilakukan atas permintaan "
    "tertulis {W_id} dan dapat dihentikan kapan saja.")

# ---------------------------------------------------------------- CTR-008
T = 'CTR-008'
add(T, 'broken', "Worker can finish contract any time by one month notice, "
    "after that {she} can work for other employeer as law allow, employeer "
    "give release letter and not make problem.")
add(T, 'broken', "When worker want go home for vacation or for finish, "
    "employeer prepare the exit paper quick, not more than one week.")
add(T, 'msg', "Once your contract is over you can change employer under the "
    "usual rules. If you want to leave earlier, one month's notice is "
    "enough.")
add(T, 'msg', "We will sign the release for your transfer when you ask, and "
    "you don't pay anything for it.")
add(T, 'cond', "Should {W} wish to change employer, {E} shall not refuse "
    "the release required by the rules of {country} or charge for it.")
add(T, 'cond', "In case {W} gives one month's written notice, {she} is "
    "entitled to leave the employment at the end of that month.")
add(T, 'bi', ("{W0} may end this contract with one month's notice and then "
              "work for another employer as the law allows.",
              "{W0_id} boleh mengakhiri perjanjian ini dengan pemberitahuan "
              "satu bulan lalu bekerja pada pemberi kerja lain sesuai "
              "hukum."))
add(T, 'bi', ("When {W} leaves, {E} arranges the exit papers without delay "
              "and never holds {her_o} back.",
              "Saat {W_id} pulang, {E_id} mengurus dokumen keluar tanpa "
              "menunda dan tidak pernah menahannya."))
add(T, 'check', "I may resign by giving one month's written notice.")
add(T, 'check', "My employer will not object to my transfer to a new "
    "employer where the law permits it.")
add(T, 'id', "{W0_id} boleh berhenti dengan pemberitahuan tertulis satu "
    "bulan dan pindah majikan sesuai peraturan negara penempatan.")
add(T, 'id', "{E0_id} tidak menghalangi kepulangan {W_id} dan segera "
    "mengurus izin keluar untuk {W_id}.")

# ---------------------------------------------------------------- CTR-009
T = 'CTR-009'
add(T, 'broken', "Worker have the right to complain to labour office, police, "
    "{her} embassy or union, nobody can punish {her_o} or cut salery because "
    "of complain.", touch=('complaint',))
add(T, 'broken', "Worker can join association of workers or union if law "
    "allow, this is NOT problem for employeer.")
add(T, 'msg', "If something goes wrong you can call {authority} or your "
    "embassy yourself. You don't need our permission.",
    touch=('complaint',))
add(T, 'msg', "You're welcome to go to the migrant workers' group on your day "
    "off. It won't affect your job in any way.")
add(T, 'cond', "Should {W} lodge a complaint with any authority, court or "
    "consulate, {E} is not entitled to punish {her_o} or reduce {her} pay for "
    "it.", touch=('complaint',))
add(T, 'cond', "In case of a dispute, {W} may take it to the labour "
    "authority or to the courts; nothing in this contract limits that "
    "right.", touch=('complaint',))
add(T, 'bi', ("{W0} may contact the labour authority, a court or the "
              "Indonesian mission at any time, and no penalty follows.",
              "{W0_id} boleh menghubungi instansi ketenagakerjaan, "
              "pengadilan atau perwakilan RI kapan saja, tanpa sanksi apa "
              "pun."), touch=('complaint',))
add(T, 'bi', ("Joining a union or a workers' association is the free choice "
              "of {W}.",
              "Bergabung dengan serikat atau perkumpulan pekerja adalah "
              "pilihan bebas {W_id}."))
add(T, 'check', "I may complain to the labour office or to my embassy "
    "without asking my employer first.", touch=('complaint',))
add(T, 'check', "Joining a union or association is my own choice and cannot "
    "be held against me.")
add(T, 'id', "{W0_id} berhak mengadu kepada instansi ketenagakerjaan atau "
    "perwakilan RI tanpa izin siapa pun dan tanpa sanksi.",
    touch=('complaint',))
add(T, 'id', "Keanggotaan dalam serikat pekerja adalah hak {W_id} dan tidak "
    "boleh dihukum.")

del T
