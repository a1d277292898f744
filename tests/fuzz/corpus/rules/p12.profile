# ID — Indonesia, as the origin country auditing its placement agencies (P3MI).
# Source: /work/shared/domain/REFERENCE.md section 3. Confidence marks are
# REFERENCE's: [V] provision text read, [S] secondary source, [K] not located.
profile ID "Indonesia: migrant workers may not be charged placement costs"

# Law 18/2017 on the Protection of Indonesian Migrant Workers, art. 30: migrant
# workers may not be charged placement costs [V, as quoted]. Every cost stays
# with the employer, as in the ILO baseline; set here so that `rules list
# --profile ID` shows the national source.
set employer_pays_categories = all
    cite "Indonesia Law 18/2017 art. 30 (2017): no placement costs charged to migrant workers [V as quoted]"
set cap_categories = all
    cite "Indonesia Law 18/2017 art. 30 (2017) [V as quoted]"
set fee_cap_months = 0
    cite "Indonesia Law 18/2017 art. 30 (2017) [V as quoted]"

# BP2MI Regulation 9/2020 (zero-cost placement) [S] lists what the employer pays
# (air tickets both ways, visa, contract legalisation, training, competency
# certificate, agency fee, passport, police record, social security, medical and
# psychological checks, in-country travel) and bars forced loans (art. 4) for 10
# occupations: housekeeper, babysitter, elderly caregiver, cook, family driver,
# nanny/child carer, gardener, cleaner, farm/plantation worker, fishing-vessel
# crew. Its start date is reported three ways (15 Jan 2021 CNA; 2 Aug 2021 HK
# Labour Dept; 12 Aug 2021 DDHK) [S]. workers.csv `occupation` is free text, so
# membership of that list is NOT checkable from the data and is not guessed.
# Nothing is lost: the general cap above is already zero for every worker. If
# art. 30 were read as covering only the 10 occupations (unconfirmed), the
# other occupations' cap would be unknown; it is not modelled.

# Destination rows: SA (Saudi Labor Law art. 40) [V], QA (Law 14/2004 art. 33)
# [V] and AE (FDL 33/2021 art. 6(4)) [V] bar worker-paid recruitment costs;
# they change nothing here, every cost already being the employer's.

# Hong Kong minimum allowable wage for foreign domestic helpers: HK$4,990 for
# contracts from 28 Sep 2024 (HK ID407) [V/S]. Other destination minimums are
# not in REFERENCE.
set min_wage = table by destination, sector {
    HK, domestic_work: 4990 HKD
    *,  *: null
}
    cite "Hong Kong ID407 standard employment contract, minimum allowable wage HK$4,990 (contracts from 28 Sep 2024) [V/S]"
