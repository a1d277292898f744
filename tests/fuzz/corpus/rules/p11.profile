# HK — Hong Kong, as the jurisdiction of the employment agency (job-seekers
# placed in Hong Kong, including foreign domestic helpers).
# Source: /work/shared/domain/REFERENCE.md sections 3 and 5. Confidence marks
# are REFERENCE's: [V] provision text read, [S] secondary source.
#
# Employment Ordinance Part XII and the Employment Agency Regulations (Cap 57A)
# [V]: an agency may take a commission of at most 10% of the job-seeker's first
# month's wages, and only after successful placement; nothing else may be
# charged, directly or indirectly. Maximum penalty HK$350,000 and 3 years'
# imprisonment (from 9 Feb 2018). Code of Practice for Employment Agencies
# (2017/2018, revised 2024) [V]: no passport or contract withholding, no
# involvement in job-seekers' finances, no loan information. Money Lenders
# Ordinance: interest above 48% a year is illegal, above 36% presumed
# extortionate [S] (not checkable: fees.csv holds no interest rate).
# "Only after placement" (timing) is not a catalogue rule and is not checked.
profile HK "Hong Kong: agency commission at most 10% of the first month's wages"

# The commission (recruitment_fee, service_fee, placement_fee) is the one
# charge allowed; every other cost is the employer's.
set employer_pays_categories = [medical, insurance, skills_test, training, equipment, travel, lodging, visa, passport, work_permit, administrative, deposit, bond, loan_interest, other]
    cite "Hong Kong Employment Ordinance (Cap 57) Part XII and Employment Agency Regulations (Cap 57A), penalties as from 9 Feb 2018: commission only, nothing else [V]"
set cap_categories = [recruitment_fee, service_fee, placement_fee]
    cite "Hong Kong Employment Agency Regulations (Cap 57A), as in force 2018: commission [V]"
# 10% of the first month's wages = 0.1 month; monthly_wage is the contractual
# wage, taken as the first month's.
set fee_cap_months = 0.1
    cite "Hong Kong Employment Agency Regulations (Cap 57A): commission at most 10% of the first month's wages, after placement (2018) [V]"

# Minimum allowable wage of foreign domestic helpers: HK$4,990 for contracts
# signed from 28 Sep 2024 (ID407) [V/S]. The table cannot depend on the
# contract date: a contract signed before 28 Sep 2024 (lower MAW) would be
# flagged against HK$4,990 — check contract_signed_on in the finding.
# Food allowance (>= HK$1,236) is not in the data.
set min_wage = table by destination, sector {
    HK, domestic_work: 4990 HKD
    *,  *: null
}
    cite "Hong Kong ID407 standard employment contract, minimum allowable wage HK$4,990 (contracts from 28 Sep 2024) [V/S]"
