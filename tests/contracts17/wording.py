"""Compliant look-alike wording and neutral filler for batch 17.

Written from scratch for this batch. Placeholders: {E} employer term,
{W} worker term, {he} {his} {him} {He} {His} worker pronouns, {dest}
destination country name, {auth} labour authority, {emb} embassy.

Each voice holds variants keyed "CTR-00n" or "CTR-00n/b". A contract never
gets a look-alike of one of its own abusive types.
"""

# --- 1. variation letters: items that change a clause by reference -------
VAR = {
    "CTR-001": "Clause 6.2 is amended by adding at the end: the {E} does not "
               "hold the {W}'s passport or residence card at any time, and "
               "when a permit is renewed the {W} brings the documents to the "
               "government relations office and takes them back the same day.",
    "CTR-001/b": "Clause 6.2 is deleted and replaced by the following:\n"
                 "\"6.2 The {W} keeps {his} own passport and identity card. "
                 "Copies needed for the permit file are made in front of the "
                 "{W}, and the originals never leave {his} hands.\"",
    "CTR-002": "Clause 5.2 now reads: the {E} bears every cost of recruiting "
               "the {W}, agency charges, visa, medical and trade tests "
               "included, and none of them is ever recovered from wages.",
    "CTR-002/b": "Clause 5.2 is amended: the agency service charge that the "
                 "{W} paid before leaving home is refunded to {him} in full, "
                 "in cash, with the salary for April 2026.",
    "CTR-003": "Clause 8.3 is inserted: no deposit, guarantee or bond is "
               "asked of the {W} or of {his} family, and leaving before the "
               "end of the term costs the {W} nothing beyond the notice "
               "period.",
    "CTR-003/b": "Clause 8.3 is inserted as follows:\n"
                 "\"8.3 If the {W} resigns early, {he} is paid every wage "
                 "and all leave pay earned, and the {E} claims back no "
                 "training cost, ticket cost or damages.\"",
    "CTR-004": "Clause 7.4 is inserted: outside working hours the {W} may "
               "leave the accommodation and come back at any hour without "
               "asking anyone's leave.",
    "CTR-004/b": "Clause 4.4 is added: overtime beyond two hours a day is "
                 "never compulsory, and the {W} may turn it down without "
                 "any loss of pay.",
    "CTR-005": "Clause 7.5 is inserted: a pregnancy neither ends nor "
               "suspends this contract; the {W} keeps her post and takes "
               "maternity leave as the law of {dest} provides.",
    "CTR-006": "Clause 7.6 is inserted: the {W}'s marriage, engagement or "
               "private relationships have no effect on this contract and "
               "are never a ground for dismissal.",
    "CTR-007": "Clause 3.2 is amended: salary is now paid on the 25th of "
               "each month, in full, into a bank account opened in the "
               "{W}'s own name, and the {E} keeps back no part of it.",
    "CTR-007/b": "Clause 3.2 now reads: any part of the salary sent to the "
                 "{W}'s family is sent only on {his} own signed instruction, "
                 "which {he} may cancel at any time.",
    "CTR-008": "Clause 8.4 is inserted: when the {W} has found another "
               "employer and given one month's notice, the {E} signs the "
               "release within fourteen days and charges nothing for it.",
    "CTR-009": "Clause 9.2 is amended by adding: raising a complaint with "
               "{auth} or with {emb} never leads to a warning, a deduction "
               "or dismissal.",
    "CTR-009/b": "Clause 9.2 now reads: grievances may be raised with the "
                 "HR Officer, with {auth} or with {emb}, in whatever order "
                 "the {W} chooses.",
}

VAR_NEUTRAL = [
    "Clause 6.1 now reads: the {W} is housed in the new staff block, in a "
    "room shared by no more than two persons, with free electricity and "
    "water.",
    "Clause 7.1 is amended: the safety rules now include the summer "
    "heat-stress rules of {dest}, which the {E} explains to the {W} in "
    "{his} own language.",
]

VAR_NEUTRAL_HOUSE = [
    "Clause 6.1 now reads: the {W} has a bedroom of {his} own with a "
    "window, a fan and air conditioning, and meals are taken with the "
    "household.",
    "Clause 7.1 is amended: the {E} shows the {W} how to use the new "
    "patient lift, and the {W} is never asked to lift the patient alone.",
]

# --- 2. household manuals and staff handbooks -----------------------------
# (list, text): "do", "dont" are bullets under DO / DON'T, "rule" is a
# numbered house rule.
HB_HOUSE = {
    "CTR-001": ("dont", "ask Madam or Sir to look after your passport for "
                "you. Keep it in the drawer in your room that locks; it is "
                "yours."),
    "CTR-002": ("rule", "You owe nothing for getting this job. If anyone, "
                "the agency included, asks you for money for the visa, the "
                "medical or the placement, tell us and we settle it with "
                "them."),
    "CTR-003": ("dont", "sign a loan paper, an IOU or a guarantee for "
                "anybody connected with this job. None is needed, and "
                "leaving us early costs you nothing."),
    "CTR-004": ("do", "go out on your day off. Leave when you like and come "
                "back when you like; your key to the flat works at any "
                "hour."),
    "CTR-005": ("rule", "If you become pregnant, your job here is safe. We "
                "take the heavier tasks off you and you get maternity leave "
                "as the law gives it."),
    "CTR-006": ("rule", "Your private life is your own. Whether you marry "
                "or have a partner makes no difference to your job in this "
                "house."),
    "CTR-007": ("do", "check your payslip on the last day of the month. "
                "The whole salary goes into your own bank account and only "
                "you know the PIN."),
    "CTR-008": ("rule", "If you want to work for another family, give us "
                "one month's notice and we will sign the release papers "
                "for you."),
    "CTR-009": ("do", "ring {emb} or {auth} whenever you feel something is "
                "wrong. Nobody in this house will hold it against you."),
}

HB_STAFF = {
    "CTR-001": ("rule", "Your passport and residence card stay with you. "
                "Human Resources will ask to see them only when a permit is "
                "renewed, and hands them back at the counter the same day."),
    "CTR-002": ("dont", "pay anybody, including a supervisor or an agent, "
                "for your job, your visa or a transfer of shift. Report any "
                "such demand to Human Resources."),
    "CTR-003": ("rule", "The {E} takes no deposit, bond or guarantee from "
                "staff, and a resignation never costs you a penalty or a "
                "repayment of costs."),
    "CTR-004": ("do", "use your rest day as you please. The staff "
                "residence gate is open day and night and nobody needs to "
                "sign you out."),
    "CTR-006": ("rule", "Whom you marry or go out with is your own "
                "business; it is never a reason for a warning or "
                "dismissal."),
    "CTR-007": ("do", "check that your full salary has reached your own "
                "bank account on payday. The {E} keeps back no savings and "
                "holds no card for you."),
    "CTR-008": ("rule", "Staff who wish to join another employer give one "
                "month's notice; Human Resources then signs the transfer "
                "papers without charge."),
    "CTR-009": ("do", "speak up. You may take any concern to {auth}, to "
                "{emb} or to a workers' association, and you will not be "
                "penalised for doing so."),
}

HB_HOUSE_NEUTRAL = {
    "do": ["wash your hands before preparing food",
           "keep the children's medicines on the top shelf of the kitchen "
           "cupboard",
           "tell Madam when the rice or the cooking oil is running low",
           "lock the front door when you are alone in the flat"],
    "dont": ["use bleach on the wooden floors",
             "give the dog chocolate, grapes or chicken bones",
             "leave the iron plugged in when you walk away from it",
             "open the door to salesmen"],
    "rule": ["Grandmother eats soft food only; ask Madam before you change "
             "her menu.",
             "The washing machine is used in the morning only, because of "
             "the neighbours below."],
}

HB_STAFF_NEUTRAL = {
    "do": ["wear your name badge whenever you are on duty",
           "report spills, leaks and broken glass to your supervisor at "
           "once",
           "wear the safety shoes and gloves issued to you"],
    "dont": ["eat or drink in the work areas",
             "smoke anywhere inside the buildings",
             "post photographs of the workplace or of colleagues online"],
    "rule": ["Uniforms are laundered free of charge by the {E}.",
             "Lockers are checked for food waste on the first Monday of "
             "the month, always in your presence."],
}

# --- 3. agency FAQ pages and pre-departure briefing notes -----------------
FAQ = {
    "CTR-001": ("Do I hand over my passport when I land?",
                "No. You keep it with you. Your employer only borrows it to "
                "have the residence visa stamped, and it comes back to you "
                "within a week."),
    "CTR-002": ("How much do I pay the agency?",
                "Nothing at all. Your employer pays our fee, the visa and "
                "the medical, and nothing is taken out of your wages later."),
    "CTR-002/b": ("I paid a \"processing charge\" to a sub-agent in my "
                  "village. Is that right?",
                  "No, it should not have happened. Bring us the receipt "
                  "and we pay the full amount back to you before you fly."),
    "CTR-003": ("Does my family have to sign a guarantee?",
                "No. There is no guarantor, no bond and no deposit, and "
                "nobody will ask your family for money."),
    "CTR-003/b": ("What if I want to stop working before my contract "
                  "ends?",
                  "Give one month's notice. You pay no penalty and you "
                  "repay no costs."),
    "CTR-001/b": ("Should I leave my passport with the agency while I "
                  "wait for my flight?",
                  "No need. Keep it at home; we only ask you to bring it "
                  "to the embassy appointment, and you carry it yourself."),
    "CTR-004": ("Can I go out on my day off?",
                "Yes. Your day off is a full 24 hours and you spend it "
                "wherever you like."),
    "CTR-004/b": ("Will I have to work every day?",
                  "No. You work six days and the seventh is yours, with "
                  "no duties at all, and extra hours are only by your "
                  "agreement."),
    "CTR-005": ("Is there a pregnancy test?",
                "No. The medical only checks that you are fit for the job, "
                "and a pregnancy later on does not cost you your job."),
    "CTR-006": ("I am engaged. Is that a problem?",
                "Not at all. Marriage and relationships are your private "
                "matter and do not affect your contract."),
    "CTR-007": ("Who looks after my salary?",
                "You do. It is paid every month into an account in your own "
                "name, and your employer keeps no part of it for you."),
    "CTR-008": ("Can I change employer if things go badly?",
                "Yes. After giving notice you may move to another employer, "
                "and we help you with the transfer papers free of charge."),
    "CTR-008/b": ("Can my employer stop me from going home?",
                  "No. You may end the contract with notice and leave the "
                  "country; your employer cannot refuse you an exit."),
    "CTR-009": ("Where can I complain?",
                "Wherever you choose: {auth}, {emb}, a union or us. "
                "Complaining will not cost you your job."),
    "CTR-009/b": ("Is it true that I may not join a union there?",
                  "No, that is not true. You may join a union or a "
                  "workers' group, and your contract cannot forbid it."),
}

FAQ_NEUTRAL = [
    ("What should I pack?",
     "Light clothes, two pairs of work shoes, and any medicine you take "
     "with a note from your doctor."),
    ("Will someone meet me at the airport?",
     "Yes. A driver from our partner office waits at arrivals with a board "
     "showing your name."),
    ("Can I bring food from home?",
     "Dried food in sealed packets is fine. Fresh fruit and meat are "
     "stopped at customs."),
    ("How long is the orientation course?",
     "Two days, held at our training room a week before you fly."),
]

# --- 4. payment schedules, salary slips, rosters --------------------------
# (table, cells): "costs" Item | Paid by | Notes; "slip" Item | Amount |
# Notes; "time" Period | Hours | Notes
PAY = {
    "CTR-001": ("costs", ("Passport and residence card", "-",
                          "stay with the {W}; no fee or deposit to keep them")),
    "CTR-001/b": ("costs", ("Safe-keeping of documents", "-",
                            "not offered; the {W} holds {his} own papers")),
    "CTR-002": ("costs", ("Agency placement fee", "{E}",
                          "invoiced to the {E}; nil to the {W}")),
    "CTR-002/b": ("slip", ("Recruitment costs recovered", "0.00",
                           "none may be deducted from pay")),
    "CTR-003": ("slip", ("Bond / deposit / guarantee", "0.00",
                         "not required from the {W} or family")),
    "CTR-003/b": ("costs", ("Leaving before contract end", "-",
                            "no penalty; wages due paid in full")),
    "CTR-004": ("time", ("Use of the rest day", "whole day free",
                         "may leave the premises; no duties asked")),
    "CTR-004/b": ("time", ("Night (10 p.m. - 6 a.m.)", "off duty",
                           "no call-outs; free to leave the camp")),
    "CTR-007": ("costs", ("Salary", "{E}",
                          "paid in full to the {W}'s own account; none held")),
    "CTR-007/b": ("costs", ("Money sent to family", "{W}",
                            "only on the {W}'s signed, cancellable order")),
    "CTR-008": ("costs", ("Release letter for a transfer", "{E}",
                          "issued after notice on request; no charge")),
    "CTR-009": ("costs", ("Complaint to labour office or embassy", "-",
                          "free; never a deduction or penalty")),
    "CTR-009/b": ("slip", ("Union or association dues", "0.00",
                           "optional; the {W} may join any union")),
}

# --- 5a. non-native English contracts --------------------------------------
# (slot, text); slots: docs, costs, time, personal, pay, ending, complaint
NN = {
    "CTR-001": ("docs", "Employer is not allowed for keep the travel "
                "document or ID card of worker, except for renew the "
                "residence, and then he must to give it back in same week."),
    "CTR-002": ("costs", "Worker is not paying any money for agency, visa, "
                "ticket or medical, all this costs is on employer and "
                "nothing will be cut from the wage for it."),
    "CTR-003": ("costs", "There is no any deposit or garantee paper from "
                "worker or from {his} family, and if worker finish early {he} "
                "is not owing nothing to nobody."),
    "CTR-004": ("time", "In the off day worker is free for go outside and "
                "come back in any time, no need of permission from "
                "employer."),
    "CTR-005": ("personal", "Pregnancy of worker is not reason for "
                "terminate her, she continue working and take her "
                "maternity leave like the law is saying."),
    "CTR-006": ("personal", "Marriage or relation of worker is her private "
                "matter and employer has no right for terminate her because "
                "of it."),
    "CTR-007": ("pay", "All the wage is paying to worker hand or in bank "
                "account of worker each month, employer is not keeping any "
                "part of it."),
    "CTR-008": ("ending", "Worker can leave this job when {he} wish by "
                "giving one month notice, and employer will give the "
                "release paper without make delay."),
    "CTR-009": ("complaint", "Worker is having right for make complain in "
                "labour office, in police or in embassy of {his} country, "
                "and employer will not punish {him} for this."),
}

# --- 5b. plain modern English, written to the worker as "you" --------------
YOU = {
    "CTR-001": ("docs", "Your passport stays with you. We may borrow it to "
                "renew your permit, and you'll have it back the same week."),
    "CTR-002": ("costs", "You don't pay for this job. The agency's fee, "
                "your visa and your medical are all on us, and we never "
                "take them out of your pay."),
    "CTR-003": ("costs", "We don't ask you or your family for a deposit, a "
                "bond or a guarantee, and if you leave early you don't owe "
                "us a thing."),
    "CTR-004": ("time", "On your day off you're free to go wherever you "
                "like and come back whenever you like."),
    "CTR-005": ("personal", "If you become pregnant, you keep your job. "
                "We'll adjust your duties and you'll get maternity leave "
                "under the law."),
    "CTR-006": ("personal", "Who you date or marry is your business and "
                "has nothing to do with this job."),
    "CTR-007": ("pay", "Your full salary goes into your own bank account "
                "every month, and we never keep any of it back."),
    "CTR-008": ("ending", "You can move to a new employer by giving us one "
                "month's notice; we'll sign the transfer papers without "
                "fuss."),
    "CTR-009": ("complaint", "You can complain to the labour office, the "
                "police or your embassy at any time, and you won't be "
                "punished for doing so."),
}

VOICES = {"var": VAR, "hbh": HB_HOUSE, "hbs": HB_STAFF, "faq": FAQ,
          "pay": PAY, "nn": NN, "you": YOU}
