# NP — Nepal, as the origin country auditing its foreign-employment agencies.
# Source: /work/shared/domain/REFERENCE.md section 3. Confidence marks are
# REFERENCE's: [V] provision text read, [S] secondary source, [K] not located.
#
# "Free visa, free ticket" (Ministry of Labour and Employment notice of 9 Jun
# 2015, in force July 2015) [S], for Malaysia and six Gulf countries (MY, SA,
# QA, AE, KW, BH, OM): the employer pays the visa and the air ticket; the agency
# may take at most NPR 10,000, and only where the employer states in writing
# that it will not bear the travel and recruitment costs; the worker still pays
# pre-departure orientation (training), medical, the welfare fund (NPR 1,500)
# and insurance / Social Security Fund (NPR 2,595) (insurance here). Before
# 2015, NPR 70,000-80,000 was allowed (2010) [S]: not used.
# Other destinations: REFERENCE holds no Nepali rule, so the ILO baseline
# applies (every cost the employer's, cap 0).
# SA, QA, AE: their own law bars worker-paid recruitment costs (Saudi Labor Law
# art. 40 [V]; Qatar Law 14/2004 art. 33 [V]; UAE FDL 33/2021 art. 6(4) [V]), so
# the NPR 10,000 agency fee is not open there: the stricter rule applies.
profile NP "Nepal: free visa, free ticket; agency fee at most NPR 10,000 for Malaysia and the Gulf"

# Costs the employer pays. MY, KW, BH, OM: everything but the agency fee
# (recruitment_fee, service_fee, placement_fee), orientation (training), medical
# and insurance (welfare fund, insurance, SSF), which the 2015 notice leaves to
# the worker [S]; costs it does not mention stay the employer's (ILO baseline).
# SA: Saudi art. 40 adds recruitment fees, visa and work permit to that.
set employer_pays_categories = table by destination {
    MY: [skills_test, equipment, travel, lodging, visa, passport, work_permit, administrative, deposit, bond, loan_interest, other]
    KW: [skills_test, equipment, travel, lodging, visa, passport, work_permit, administrative, deposit, bond, loan_interest, other]
    BH: [skills_test, equipment, travel, lodging, visa, passport, work_permit, administrative, deposit, bond, loan_interest, other]
    OM: [skills_test, equipment, travel, lodging, visa, passport, work_permit, administrative, deposit, bond, loan_interest, other]
    SA: [recruitment_fee, service_fee, placement_fee, skills_test, equipment, travel, lodging, visa, passport, work_permit, administrative, deposit, bond, loan_interest, other]
    QA: all
    AE: all
    *:  all
}
    cite "Nepal Ministry of Labour and Employment notice of 9 Jun 2015 (free visa, free ticket) [S]; Saudi Labor Law art. 40 (2005 [K]); Qatar Law 14/2004 art. 33; UAE FDL 33/2021 art. 6(4)"

# The NPR 10,000 ceiling limits the agency's fee; the worker's own lawful costs
# (orientation, medical, welfare fund, insurance) are not counted against it.
set cap_categories = table by destination {
    MY: [recruitment_fee, service_fee, placement_fee]
    KW: [recruitment_fee, service_fee, placement_fee]
    BH: [recruitment_fee, service_fee, placement_fee]
    OM: [recruitment_fee, service_fee, placement_fee]
    SA: [recruitment_fee, service_fee, placement_fee]
    *:  all
}
    cite "Nepal Ministry of Labour and Employment notice of 9 Jun 2015 [S]"

# NPR 10,000 for MY, KW, BH, OM [S]; elsewhere fee_cap_months = 0 applies (SA,
# QA, AE by their own law; other destinations by the ILO baseline).
set fee_cap_amount = table by destination {
    MY: 10000 NPR
    KW: 10000 NPR
    BH: 10000 NPR
    OM: 10000 NPR
    *:  null
}
    cite "Nepal Ministry of Labour and Employment notice of 9 Jun 2015, in force July 2015: agency fee at most NPR 10,000 [S]"

# Whether the employer gave the written statement that alone allows the
# NPR 10,000 fee is not in the data: the NPR 10,000 maximum is applied and
# CAP-001 reports the worker's fee as not fully checkable.
set cap_not_checkable = table by destination {
    MY: "the NPR 10,000 agency fee is lawful only where the employer stated in writing that it will not bear the costs; that statement is not in the data, so the NPR 10,000 maximum was applied"
    KW: "the NPR 10,000 agency fee is lawful only where the employer stated in writing that it will not bear the costs; that statement is not in the data, so the NPR 10,000 maximum was applied"
    BH: "the NPR 10,000 agency fee is lawful only where the employer stated in writing that it will not bear the costs; that statement is not in the data, so the NPR 10,000 maximum was applied"
    OM: "the NPR 10,000 agency fee is lawful only where the employer stated in writing that it will not bear the costs; that statement is not in the data, so the NPR 10,000 maximum was applied"
    *:  null
}
    cite "Nepal Ministry of Labour and Employment notice of 9 Jun 2015 [S]"

# Hong Kong minimum allowable wage (HK ID407, contracts from 28 Sep 2024) [V/S].
set min_wage = table by destination, sector {
    HK, domestic_work: 4990 HKD
    *,  *: null
}
    cite "Hong Kong ID407 standard employment contract, minimum allowable wage HK$4,990 (contracts from 28 Sep 2024) [V/S]"
