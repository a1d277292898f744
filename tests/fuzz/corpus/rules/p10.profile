# BD — Bangladesh, as the origin country auditing its recruiting agencies.
# Source: /work/shared/domain/REFERENCE.md sections 2-3. Confidence marks are
# REFERENCE's: [V] provision text read, [S] secondary source, [K] not located.
#
# Bangladesh fixes all-in migration cost ceilings per destination (BMET /
# Ministry of Expatriates' Welfare notices) [S]. REFERENCE gives two of them:
#   Saudi Arabia, men: Tk 165,000 (BMET notice Aug 2016) [S]
#   Malaysia: Tk 78,990 (Jul 2022; all Bangladesh-side costs, the employer pays
#   the destination side) [S]
# and reports women domestic workers to Saudi Arabia as cost-free (news 2016)
# [S, weak — unconfirmed]. The 2017 ceilings ran from Tk 97,780 (Bahrain) to
# Tk 1.66 lakh (Russia) [S], but not per destination: for every other
# destination the ceiling is NOT in the reference data, so no cap is applied
# (fee_cap_months = null) and CAP-001 reports the worker as not checkable.
# Surveys put actual costs at about 2.5 times the ceilings (BBS 2020) [S].
profile BD "Bangladesh: government cost ceilings per destination (KSA men Tk 165,000; Malaysia Tk 78,990)"

# An all-in ceiling lets the worker pay any Bangladesh-side cost up to it, so
# no category is the employer's by Bangladeshi rule (debt categories stay
# FEE-003 findings). Destination rows: Saudi Labor Law art. 40 [V] (employer
# bears recruitment fees, iqama and work-permit fees: recruitment_fee,
# service_fee, placement_fee, visa, work_permit); Qatar Law 14/2004 art. 33 [V]
# and UAE FDL 33/2021 art. 6(4) [V] (no cost from the worker); Malaysia: the
# employer pays the destination side [S] — the work permit is the one category
# that is clearly destination-side; others cannot be told apart in fees.csv.
# Women domestic workers to SA: cost-free [S, weak].
set employer_pays_categories = table by destination, sector, sex {
    SA, domestic_work, F: all
    SA, *, *: [recruitment_fee, service_fee, placement_fee, visa, work_permit]
    QA, *, *: all
    AE, *, *: all
    MY, *, *: [work_permit]
    *,  *, *: []
}
    cite "Bangladesh BMET/Ministry of Expatriates' Welfare cost ceilings (2016, 2022) [S]; Saudi Labor Law art. 40 (2005 [K]); Qatar Law 14/2004 art. 33; UAE FDL 33/2021 art. 6(4)"

# The ceilings are all-in: every worker-borne cost counts (cap_categories = all,
# the default). Amount ceilings where REFERENCE gives them.
set fee_cap_amount = table by destination, sector, sex {
    SA, domestic_work, F: null
    SA, *, M: 165000 BDT
    MY, *, *: 78990 BDT
    *,  *, *: null
}
    cite "Bangladesh BMET notice Aug 2016: KSA men Tk 165,000 [S]; Expatriates' Welfare Ministry Jul 2022: Malaysia Tk 78,990 [S]"

# Zero where nothing may be charged; null (not checkable) where the ceiling is
# not in the reference data.
set fee_cap_months = table by destination, sector, sex {
    SA, domestic_work, F: 0
    QA, *, *: 0
    AE, *, *: 0
    *,  *, *: null
}
    cite "news 2016: women domestic workers to KSA cost-free [S, weak]; Qatar Law 14/2004 art. 33; UAE FDL 33/2021 art. 6(4)"

set cap_not_checkable = table by destination, sector, sex {
    SA, domestic_work, F: null
    SA, *, M: null
    MY, *, *: null
    QA, *, *: null
    AE, *, *: null
    *,  *, *: "Bangladesh fixes a cost ceiling per destination, but the ceiling for this destination (and sex) is not in the reference data; no cap was applied"
}
    cite "Bangladesh BMET/Ministry of Expatriates' Welfare cost ceilings (2016, 2017, 2022) [S]"

# Hong Kong minimum allowable wage (HK ID407, contracts from 28 Sep 2024) [V/S].
set min_wage = table by destination, sector {
    HK, domestic_work: 4990 HKD
    *,  *: null
}
    cite "Hong Kong ID407 standard employment contract, minimum allowable wage HK$4,990 (contracts from 28 Sep 2024) [V/S]"
