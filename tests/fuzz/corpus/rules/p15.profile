# MY — Malaysia, as the jurisdiction of Malaysian private employment agencies.
# Source: /work/shared/domain/REFERENCE.md section 3. Confidence: [S,
# uncertain] — the cap and its reach are NOT confirmed; re-check before use.
#
# Private Employment Agencies Act 1981 as amended in 2017 (Act A1554, in force
# 1 Feb 2018): licences A/B/C; the fee cap is reported as at most one month's
# basic wage; the minister said (Aug 2022) that agencies may charge employers,
# local jobseekers AND non-citizen workers [S]. Whether the cap applies to
# non-citizen workers is uncertain. Passports Act 1966 s.12(1)(f): withholding
# another's passport is an offence (<= RM10,000 and/or <= 5 years) [S] — the
# document rules apply as in the baseline.
profile MY "Malaysia: agency fee reported at most one month's basic wage (uncertain)"

set employer_pays_categories = [medical, insurance, skills_test, training, equipment, travel, lodging, visa, passport, work_permit, administrative, deposit, bond, loan_interest, other]
    cite "Malaysia Private Employment Agencies Act 1981 as amended by Act A1554 (2017, in force 1 Feb 2018); minister's statement Aug 2022 [S, uncertain]; other costs: ILO C181 (1997) art. 7(1) baseline"
set cap_categories = [recruitment_fee, service_fee, placement_fee]
    cite "Malaysia Private Employment Agencies Act 1981 as amended by Act A1554 (2017) [S, uncertain]"
set fee_cap_months = 1
    cite "Malaysia Private Employment Agencies Act 1981 as amended by Act A1554 (2017): fee at most one month's basic wage [S, uncertain]"
