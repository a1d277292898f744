# PH — Philippines, as the origin country auditing its licensed recruitment
# agencies (land-based overseas Filipino workers).
# Source for every value: /work/shared/domain/REFERENCE.md section 3 (and
# section 5 for wages). Confidence marks are REFERENCE's: [V] provision text
# read, [S] secondary source (news, commentary, government statement), [K]
# background knowledge not located. Re-check any [S] figure before sanctioning.
#
# Rows of a table are tried top to bottom; the first match wins. Destination
# rows come first: a destination whose own law bars worker-paid recruitment
# costs (SA, QA, AE) or a destination for which the Philippines bars placement
# fees (GB, IE, NO, NL, US incl. Guam) overrides the general PH rule.
profile PH "Philippines: placement fee up to one month's basic salary; zero for household service workers and fee-barring destinations"

# --- which costs the employer pays (FEE-001, FEE-002) -------------------------
# General rule (DOLE DO 34 s.1996; POEA GB Res. 2 s.1998; MC 14 s.1999; 2016
# POEA Rules) [S]: the agency may charge a placement fee (recruitment_fee,
# service_fee, placement_fee here) up to one month's basic salary; every other
# cost stays with the employer under the ILO baseline. REFERENCE says PH
# "documentation/processing costs" are separate from the cap but does not list
# them, so they are NOT opened to the worker here (unconfirmed; an auditor may
# drop e.g. passport from the last row after checking the 2016 POEA Rules).
# Household service workers (domestic_work): zero placement fee (POEA GB Res. 6
# s.2006) [S]. Destinations barring fees: UK, Ireland, Norway, Netherlands,
# USA incl. Guam (POEA statements 2012-13; 2002 POEA Rules Part VI rule 1
# s.2(c)) [S]. SA: employer bears recruitment, iqama/work-permit fees (Saudi
# Labor Law art. 40) [V]; QA: no fee, expense or cost from the worker (Qatar
# Law 14/2004 art. 33) [V]; AE: no recruitment cost from the worker (UAE
# Federal Decree-Law 33/2021 art. 6(4)) [V]. With the PH rule for other costs,
# SA leaves the worker nothing to pay.
set employer_pays_categories = table by destination, sector {
    *,  domestic_work: all
    SA, *: all
    QA, *: all
    AE, *: all
    GB, *: all
    IE, *: all
    NO, *: all
    NL, *: all
    US, *: all
    GU, *: all
    *,  *: [medical, insurance, skills_test, training, equipment, travel, lodging, visa, passport, work_permit, administrative, deposit, bond, loan_interest, other]
}
    cite "Philippines DOLE DO 34 s.1996 and 2016 POEA Rules (placement fee only) [S]; POEA GB Res. 6 s.2006 (HSW zero fee) [S]; 2002 POEA Rules Part VI r.1 s.2(c) [S]; Saudi Labor Law art. 40 (2005 [K]); Qatar Law 14/2004 art. 33; UAE FDL 33/2021 art. 6(4)"

# --- the cap (WRK-001) ----------------------------------------------------------
# The one-month cap limits the placement fee; where the placement fee is zero,
# every cost counts (nothing may be charged).
set cap_categories = table by destination, sector {
    *,  domestic_work: all
    SA, *: all
    QA, *: all
    AE, *: all
    GB, *: all
    IE, *: all
    NO, *: all
    NL, *: all
    US, *: all
    GU, *: all
    *,  *: [recruitment_fee, service_fee, placement_fee]
}
    cite "Philippines DOLE DO 34 s.1996; POEA GB Res. 2 s.1998; POEA MC 14 s.1999; 2016 POEA Rules (placement fee cap, documentation costs separate) [S]"

# 1.0 month of basic salary [S]; 0 for HSW and fee-barring destinations [S].
# Canada bars fees only in Alberta, British Columbia, Manitoba and Saskatchewan
# [S]: the province is not in the data, so Canada keeps the general 1-month cap
# and CAP-001 says so. New Zealand is named by one source only (weak): general
# cap, reported by CAP-001.
set fee_cap_months = table by destination, sector {
    *,  domestic_work: 0
    SA, *: 0
    QA, *: 0
    AE, *: 0
    GB, *: 0
    IE, *: 0
    NO, *: 0
    NL, *: 0
    US, *: 0
    GU, *: 0
    *,  *: 1
}
    cite "Philippines DOLE DO 34 s.1996; POEA GB Res. 2 s.1998; 2016 POEA Rules: placement fee <= 1 month basic salary [S]; POEA GB Res. 6 s.2006: HSW zero [S]; POEA statements 2012-13: zero-fee destinations [S]"

# Caps the data cannot settle (CAP-001, info). Sea-based workers (seafarers)
# pay no placement fee [S], but sector "fishing" does not tell sea-based
# fishing crew from land-based fish workers: general cap applied.
set cap_not_checkable = table by destination, sector {
    *,  domestic_work: null
    SA, *: null
    QA, *: null
    AE, *: null
    GB, *: null
    IE, *: null
    NO, *: null
    NL, *: null
    US, *: null
    GU, *: null
    CA, *: "PH bars placement fees for Alberta, British Columbia, Manitoba and Saskatchewan only; the province is not in the data, so the general 1-month cap was applied"
    NZ, *: "one source says PH bars placement fees for New Zealand (unconfirmed); the general 1-month cap was applied"
    *,  fishing: "seafarers pay no placement fee, but the data does not tell sea-based fishing crew from land-based fishing work; the general 1-month cap was applied"
    *,  *: null
}
    cite "POEA statements 2012-13 (Canada: AB, BC, MB, SK; NZ per one source) [S]; 2016 POEA Rules, sea-based workers [S]"

# --- minimum wage (WRK-007) -----------------------------------------------------
# 2016 POEA Rules s.135(c) [V]: wage at least the host minimum or the NCR
# minimum, whichever is higher; POEA household service worker standard contract:
# US$400 a month [V, sample contract]. Hong Kong: minimum allowable wage HK$4,990
# for contracts from 28 Sep 2024 (HK ID407) [V/S] (higher than US$400). Host
# minimums of other destinations are not in REFERENCE: not set.
set min_wage = table by destination, sector {
    HK, domestic_work: 4990 HKD
    *,  domestic_work: 400 USD
    *,  *: null
}
    cite "Philippines 2016 POEA Rules s.135(c); POEA HSW standard employment contract (US$400); Hong Kong ID407 minimum allowable wage HK$4,990 from 28 Sep 2024"
