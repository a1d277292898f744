# baseline — the ILO position: workers and jobseekers pay no recruitment fees
# or related costs (ILO C181 art. 7(1); ILO General Principles and Operational
# Guidelines for Fair Recruitment (2016), principle 7; ILO Definition of
# Recruitment Fees and Related Costs (2019); Employer Pays Principle).
# The parameter defaults of rules/core/params.rules ARE this profile:
#   employer_pays_categories = all, cap_categories = all, fee_cap_months = 0,
#   fee_cap_amount = null, debt_months = 3 (policy threshold, not law),
#   held_docs = passport, national_id, work_permit, visa, bank_card,
#   processing_days = 7, systemic_share = 10% (policy threshold, not law),
#   min_age = 18 (all sectors), min_wage = none (no international minimum wage;
#   national profiles give destination minimums).
# No statement is needed here; a national profile changes the defaults, each
# with a citation. Source: /work/shared/domain/REFERENCE.md sections 1 and 6.
profile baseline "ILO baseline: workers pay no recruitment fees or related costs"
