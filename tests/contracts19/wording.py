# -*- coding: utf-8 -*-
"""English compliant look-alikes of batch 19, by register and type.

Placeholders: {wk}/{Wk} the worker term with article ("the Worker" /
"The Worker"), {emp}/{Emp} the employer term, {poss} her/his, {pron}
she/he, {obj} her/him, {dest} destination country name.  Each variant is
used in at most two contracts (make_set.py checks).
"""

POOL = {
    'ocr': {
        'CTR-001': [
            'Personal documents. {Wk} keeps {poss} own passport, residence card and bank card. {Emp} may borrow '
            'the passport only for a permit renewal and returns it within three working days against a signed note.',
            'Identity papers. Neither {emp} nor the Agency shall hold, lock away or withhold any identity or travel '
            'document of {wk}; a lockable cupboard is provided for them in {poss} room.',
        ],
        'CTR-002': [
            'Costs of recruitment. Visa, medical examination, insurance and air travel are for the account of {emp}. '
            'Nothing is charged to {wk} for them, and nothing is taken from {poss} wages on that account.',
            'Fees. The Agency declares that it has not collected and will not collect any fee, commission or charge '
            'from {wk}, whether itself or through a sub-agent.',
        ],
        'CTR-003': [
            'No security. {Wk} has not been asked for, and shall not give, any deposit, bond, promissory note or '
            'guarantor in connection with this employment.',
            'Resignation. {Wk} may resign by giving thirty days\' notice; no penalty, fine or refund of recruitment '
            'costs is claimed from {obj} in that case.',
        ],
        'CTR-004': [
            'Free time. During rest periods and on the weekly day off {wk} may go out, take calls and meet friends '
            'as {pron} wishes, and keeps {poss} mobile phone.',
            'Overtime. Work beyond the normal hours is voluntary, is recorded in writing and is paid at the rate '
            'fixed by the law of {dest}.',
        ],
        'CTR-006': [
            'Marital status. The marital status, marriage or private relationships of {wk} shall not be a ground '
            'for dismissal or for any other measure under this contract.',
        ],
        'CTR-007': [
            'Payment of salary. Salary is paid monthly into a bank account in the sole name of {wk}; the bank card '
            'and PIN stay with {obj} throughout.',
            'Remittances. {Emp} sends money to the family of {wk} only upon {poss} written instruction, which '
            '{pron} may withdraw whenever {pron} likes.',
        ],
        'CTR-008': [
            'Change of employer. {Wk} may move to another employer under the labour and residence rules of {dest}; '
            '{emp} shall not obstruct a lawful transfer or ask for payment for it.',
            'Release. A release letter requested by {wk} after giving notice is issued promptly and free of charge.',
        ],
        'CTR-009': [
            'Assistance. {Wk} may contact the labour authority, the police or {poss} embassy whenever {pron} needs '
            'to, and shall suffer no loss or penalty for doing so.',
            'Associations. Nothing in this contract prevents {wk} from joining a workers\' association or from '
            'seeking advice from a migrant support organisation.',
        ],
    },
    'form': {
        'CTR-001': [
            'Passport and residence card kept by:  [X] worker  [ ] employer  [ ] agency',
            'Documents lent to employer for permit renewal: returned within ___3___ working days, receipt issued',
        ],
        'CTR-002': [
            'Placement / recruitment fee paid by worker: ___NIL___    Salary deductions for recruitment:  [ ] yes  '
            '[X] no',
            'Visa, medical and insurance costs:  [ ] worker  [X] employer   [handwritten: nothing to be cut from '
            'salary]',
        ],
        'CTR-003': [
            'Deposit / bond / guarantor required from worker: ___N/A - none___',
        ],
        'CTR-004': [
            'Overtime:  [X] voluntary, paid at ___1.5x___ the hourly rate   [ ] not applicable',
            'Worker may go out after work and on rest day:  [X] yes, freely  [ ] no',
        ],
        'CTR-005': [
            'Pregnancy test required:  [ ] yes  [X] no     Pregnancy a ground for termination:  [ ] yes  [X] no',
        ],
        'CTR-006': [
            'Marital status:  [X] married  [ ] single     Restrictions on marriage or relationships: ___none___',
        ],
        'CTR-007': [
            'Salary paid into:  [X] worker\'s own bank account (card kept by worker)   [ ] other: ________',
            'Remittance to family: only on worker\'s signed request   [handwritten: worker can cancel anytime]',
        ],
        'CTR-009': [
            'Worker may contact labour office / embassy / hotline without penalty:  [X] yes  [ ] no',
            '[handwritten: explained to worker - may phone the labour hotline or the embassy whenever needed]',
        ],
    },
    'legal': {
        'CTR-001': [
            'Notwithstanding any custom or practice to the contrary, {emp} shall not take, retain or withhold the '
            'passport, residence permit or any other identity document of {wk}, all of which shall remain in '
            '{poss} own possession; provided that {emp} may request the temporary production thereof for the '
            'renewal of a permit, in which case the same shall be handed back within three (3) working days.',
            '{Wk} shall at all times be entitled to keep {poss} own travel and identity documents, and any '
            'arrangement whereby such documents are lodged with {emp} or the Agency shall be void and of no '
            'effect.',
        ],
        'CTR-002': [
            'Without prejudice to the generality of Clause 3, {emp} shall bear and pay every fee and cost of '
            'recruitment, including visa, medical examination, insurance and air passage, and no part thereof '
            'shall be charged to {wk} or set against {poss} remuneration.',
            'The Agency hereby confirms that no fee, commission or other charge of any description has been or will '
            'be levied on {wk}, whether directly or indirectly, in connection with {poss} recruitment or placement.',
        ],
        'CTR-003': [
            'Nothing herein contained shall oblige {wk} to furnish any deposit, bond, promissory note, guarantee or '
            'surety, and any such instrument purporting to have been given shall be null and void.',
            'Upon the termination of this Contract for whatever cause, {wk} shall not be liable for any penalty, '
            'liquidated damages or refund of recruitment costs, and all remuneration earned up to the date of '
            'termination shall be settled in full.',
        ],
        'CTR-004': [
            'Save in a genuine emergency, no work shall be required of {wk} outside the hours set out in Clause 4, '
            'and any additional hours worked with {poss} consent shall be remunerated at not less than one and one '
            'half times the basic hourly rate.',
        ],
        'CTR-005': [
            'No pregnancy test, HIV test or other medical test unrelated to fitness for the work shall be required '
            'of {wk}, and pregnancy shall in no case constitute a ground for the termination of this Contract.',
            'Any medical examination required hereunder shall be confined to fitness for the work, shall be carried '
            'out only with the informed consent of {wk}, and its results shall be treated as confidential.',
        ],
        'CTR-006': [
            'The marriage, engagement or personal relationships of {wk} shall neither impair this Contract nor '
            'constitute a ground for any disciplinary measure.',
            'Notwithstanding the foregoing provisions as to conduct, nothing in this Clause shall be construed as '
            'regulating the private life or marital status of {wk}.',
        ],
        'CTR-007': [
            'All remuneration shall be paid to {wk} personally not later than the seventh (7th) day of each month '
            'into an account held in {poss} sole name, and {emp} shall not retain, hold back or administer any part '
            'thereof save for deductions required by law.',
        ],
        'CTR-008': [
            '{Wk} may terminate this Contract upon one month\'s notice and take up other employment in accordance '
            'with the laws of {dest}, and {emp} shall furnish without delay any document required for such change '
            'of employer.',
            'Nothing in this Contract shall restrict the right of {wk} to depart from {dest} whenever {pron} '
            'chooses, and no exit permission of {emp} shall be required for that purpose.',
        ],
        'CTR-009': [
            'Without prejudice to the internal procedure set out herein, nothing in this Contract shall limit the '
            'right of {wk} to complain to the labour authority, to bring proceedings before the courts or to seek '
            'the help of {poss} embassy, and {wk} shall suffer no detriment by reason thereof.',
            '{Wk} shall be free to join or form an association of workers and to seek the assistance of any lawful '
            'body, and no term hereof shall be construed as a waiver of that freedom.',
        ],
    },
    'sop': {
        'CTR-001': [
            'Passports. Do not take or hold any worker\'s passport. When a passport is needed for a permit renewal, '
            'borrow it against a signed slip and give it back within two working days.',
            'Lockers. Give every worker a locker with a key for personal documents. Staff keep no spare keys and '
            'never ask workers to hand in identity papers.',
        ],
        'CTR-002': [
            'Recruitment costs. Ask each new arrival whether anyone took money from them for the job. If a worker '
            'paid anything, record it and refund the whole amount within 30 days.',
            'Payroll deductions. Make no deduction from wages for visa, medical, ticket, placement or agency costs; '
            '{emp} pays these.',
        ],
        'CTR-003': [
            'Security and bonds. Never ask a worker or a worker\'s family for a deposit, a bond, a promissory note '
            'or a guarantor, and do not refer workers to money lenders.',
            'Resignation. When a worker resigns with notice, pay the final wages in full on the last working day; '
            'charge no fine and recover no recruitment or travel costs.',
        ],
        'CTR-004': [
            'Rest days. Schedule one full rest day each week for every worker and record it on the roster; do not '
            'call workers in on their rest day.',
            'Hostel access. Security staff log the times residents come and go but must not stop any resident from '
            'going out or coming back, whatever the hour.',
        ],
        'CTR-007': [
            'Wages. Pay wages into each worker\'s own bank account by the 7th of the month. Do not keep bank cards, '
            'PINs or passbooks on behalf of workers.',
            'Savings schemes. Do not hold back any part of a wage as savings. Send money home for a worker only on '
            'the worker\'s signed instruction, which the worker may cancel.',
        ],
        'CTR-008': [
            'Transfers. When a worker has given notice and found a new employer, issue the release documents within '
            'seven days and at no cost to the worker.',
        ],
        'CTR-009': [
            'Grievances. Tell every worker at induction that they may complain to the labour authority, the embassy '
            'or the police as well as to HR, and that no action is taken against anyone for doing so.',
            'Hotline card. Give every worker a card with the labour hotline and embassy numbers in the worker\'s '
            'language, and check at each follow-up that the worker still has it.',
        ],
    },
    'summary': {
        'CTR-001': [
            'You keep your own passport and ID card. Nobody - not your employer, not the agency - may take them '
            'from you.',
            'If your employer needs your passport to renew your visa, you get it back within a few days, with a '
            'written note.',
        ],
        'CTR-002': [
            'You pay no placement fee. Visa, medical check, insurance and flights are paid by your employer.',
            'If anyone has taken money from you for this job, tell us: you will get it back in full.',
        ],
        'CTR-003': [
            'No deposit, no bond, no guarantor. You do not sign any loan or debt paper to get this job.',
        ],
        'CTR-004': [
            'After your working hours and on your day off you are free to go out.',
            'Overtime is your choice, and every extra hour is paid.',
        ],
        'CTR-005': [
            'No pregnancy test is needed for this job, and you cannot be dismissed because you are pregnant.',
            'Your medical check is only about whether you can do the work. The results are private.',
        ],
        'CTR-006': [
            'Your private life is your own: getting married or having a relationship does not affect your job.',
            'Married or single, your contract is the same.',
        ],
        'CTR-007': [
            'Your salary is paid into your own bank account, and only you keep the card.',
        ],
        'CTR-009': [
            'If you have a problem you can call the labour office, your embassy or a helpline whenever you need. '
            'You will not be punished for it.',
            'You may join a union or a workers\' group.',
        ],
    },
}
