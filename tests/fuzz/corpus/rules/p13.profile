# IN — India, as the origin country auditing its registered recruiting agents.
# Source: /work/shared/domain/REFERENCE.md section 3 (rule text [V]).
#
# Emigration Rules 1983, r.25 as substituted on 14 Dec 2017 [V]: a recruiting
# agent may collect from the worker service charges of at most Rs 30,000 and
# must give a receipt. The charge covers scouting, advertisements, trade tests,
# attestation of certificates, domestic travel/lodging for interviews, the bank
# guarantee, cancellation charges and office overheads (r.25(2)); it does NOT
# include visa fees, the pre-employment medical, the air ticket, boarding and
# lodging before deployment, or GST (r.25(3)).
# REFERENCE notes the scope as ECR emigrants via registered agents; ECR status
# is not in the data, so the cap is applied to every worker.
profile IN "India: recruiting agent's service charge at most Rs 30,000, with a receipt"

# The service charge (recruitment_fee, service_fee, placement_fee, skills_test
# = trade tests, administrative = attestation) may be charged up to the cap.
# r.25(3) puts visa, medical, air ticket (travel) and pre-deployment lodging
# outside the capped charge: India does not bar passing them on, so they are
# not the employer's here (the ILO baseline would make them so). travel and
# lodging also hold the interview travel that r.25(2)(e) puts inside the charge:
# fees.csv cannot tell them apart. Other categories stay the employer's.
# Destination rows: Saudi Labor Law art. 40 [V] (recruitment fees, visa, work
# permit), Qatar Law 14/2004 art. 33 [V] and UAE FDL 33/2021 art. 6(4) [V] (no
# cost from the worker).
set employer_pays_categories = table by destination {
    SA: [recruitment_fee, service_fee, placement_fee, insurance, training, equipment, visa, passport, work_permit, deposit, bond, loan_interest, other]
    QA: all
    AE: all
    *:  [insurance, training, equipment, passport, work_permit, deposit, bond, loan_interest, other]
}
    cite "India Emigration Rules 1983 r.25(2)-(3) (substituted 14 Dec 2017); Saudi Labor Law art. 40 (2005 [K]); Qatar Law 14/2004 art. 33; UAE FDL 33/2021 art. 6(4)"

set cap_categories = table by destination {
    QA: all
    AE: all
    *:  [recruitment_fee, service_fee, placement_fee, skills_test, administrative]
}
    cite "India Emigration Rules 1983 r.25(2) (substituted 14 Dec 2017): what the service charge includes"

# Rs 30,000 (GST excluded, r.25(3)(e)); SA, QA, AE: zero by their own law
# (fee_cap_months = 0 applies where the amount is null).
set fee_cap_amount = table by destination {
    SA: null
    QA: null
    AE: null
    *:  30000 INR
}
    cite "India Emigration Rules 1983 r.25(1) (substituted 14 Dec 2017): service charges at most Rs 30,000"

# Hong Kong minimum allowable wage (HK ID407, contracts from 28 Sep 2024) [V/S].
set min_wage = table by destination, sector {
    HK, domestic_work: 4990 HKD
    *,  *: null
}
    cite "Hong Kong ID407 standard employment contract, minimum allowable wage HK$4,990 (contracts from 28 Sep 2024) [V/S]"
