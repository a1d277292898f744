# SG — Singapore, as the jurisdiction of Singapore-licensed employment agencies
# (origin-country agents are out of its reach).
# Source: /work/shared/domain/REFERENCE.md section 3 (MOM replies [V]).
#
# Ministry of Manpower replies (2017, 2018) [V]: the agency fee is at most one
# month's salary per year of the contract or work pass, and at most two months'
# salary in all; at least 50% is refunded if the worker is terminated within
# the first six months; itemised receipts. Work-permit conditions (periodic
# pregnancy screening, marriage approval) are state-imposed: contract rules,
# not this pack. REFERENCE has no Singapore rule on other costs: ILO baseline.
profile SG "Singapore: agency fee at most one month's salary per year of contract, two months in all"

set employer_pays_categories = [medical, insurance, skills_test, training, equipment, travel, lodging, visa, passport, work_permit, administrative, deposit, bond, loan_interest, other]
    cite "Singapore MOM replies 2017, 2018 (agency fee cap) [V]; other costs: ILO C181 (1997) art. 7(1) baseline"
set cap_categories = [recruitment_fee, service_fee, placement_fee]
    cite "Singapore MOM replies 2017, 2018: agency fee [V]"
# The contract's duration is not in the data: the 2-month maximum is applied,
# which is right for contracts of two years or more and too lenient for
# shorter ones; CAP-001 reports every worker who paid an agency fee.
set fee_cap_months = 2
    cite "Singapore MOM replies 2017, 2018: one month's salary per year of contract, at most two months [V]"
set cap_not_checkable = "the cap is one month's salary per year of the contract or work pass (two months at most); the contract's duration is not in the data, so the 2-month maximum was applied"
    cite "Singapore MOM replies 2017, 2018 [V]"
