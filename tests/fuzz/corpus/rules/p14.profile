# LK — Sri Lanka, as the origin country auditing its licensed foreign
# employment agencies. Source: /work/shared/domain/REFERENCE.md section 3.
# Confidence: every Sri Lankan figure below is [S, weak] in REFERENCE (s.34 text
# not read; the 2017 policy known from a ministry statement; the 2023 fee from a
# gazette report) — unconfirmed, re-check before use.
#
# SLBFE Act No. 21 of 1985, s.34 ("Licensee not to charge any fee"); 2017
# "zero charge" policy: the worker pays only the SLBFE registration fee,
# Rs 18,000 for a first contract and Rs 3,600 for a renewal (June 2023).
profile LK "Sri Lanka: licensees may not charge fees; only the SLBFE registration fee"

# The registration fee is an administrative cost, so administrative costs are
# open to the worker (fees.csv cannot tell the SLBFE fee from other
# administrative costs); every other category stays the employer's.
# Destination rows: QA (Law 14/2004 art. 33) [V] and AE (FDL 33/2021 art. 6(4))
# [V] bar any cost from the worker; SA (Labor Law art. 40) [V] adds nothing the
# Sri Lankan rule does not already bar.
set employer_pays_categories = table by destination {
    QA: all
    AE: all
    *:  [recruitment_fee, service_fee, placement_fee, medical, insurance, skills_test, training, equipment, travel, lodging, visa, passport, work_permit, deposit, bond, loan_interest, other]
}
    cite "Sri Lanka SLBFE Act No. 21 of 1985 s.34; zero-charge policy 2017; SLBFE registration fee gazette June 2023 [S, weak]; Qatar Law 14/2004 art. 33; UAE FDL 33/2021 art. 6(4)"

# All worker-borne costs together may not exceed the registration fee,
# Rs 18,000 (first contract; Rs 3,600 for a renewal). Whether a contract is a
# first one is not in the data: the higher figure is applied and CAP-001 says so.
set fee_cap_amount = table by destination {
    QA: null
    AE: null
    *:  18000 LKR
}
    cite "Sri Lanka SLBFE registration fee Rs 18,000 first contract / Rs 3,600 renewal (gazette, June 2023) [S, weak]"

set cap_not_checkable = table by destination {
    QA: null
    AE: null
    *:  "the worker may pay only the SLBFE registration fee, Rs 18,000 for a first contract but Rs 3,600 for a renewal; whether this is a renewal is not in the data, so Rs 18,000 was applied"
}
    cite "Sri Lanka SLBFE registration fee (gazette, June 2023) [S, weak]"

# Hong Kong minimum allowable wage (HK ID407, contracts from 28 Sep 2024) [V/S].
set min_wage = table by destination, sector {
    HK, domestic_work: 4990 HKD
    *,  *: null
}
    cite "Hong Kong ID407 standard employment contract, minimum allowable wage HK$4,990 (contracts from 28 Sep 2024) [V/S]"
