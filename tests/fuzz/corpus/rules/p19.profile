# SA — Saudi Arabia, as the destination jurisdiction (recruitment of non-Saudi
# private-sector workers). Source: /work/shared/domain/REFERENCE.md section 3.
#
# Labor Law art. 40 (HRSD) [V]: the employer bears the recruitment fees, the
# iqama (residence permit) and work-permit fees and their renewals including
# late fines, profession-change fees, exit/re-entry, and the return ticket at
# the end of the contract; the worker pays the return only if unfit or leaving
# without a legitimate reason; a new employer pays transfer fees. Article 40
# names no other cost; REFERENCE gives no Saudi rule opening any to the worker,
# so the ILO baseline keeps every cost the employer's (cap 0).
# Council of Ministers Res. 166 (2000) on passport retention [K] and the 2021
# Labour Reform Initiative [K] are not located: the document rules are the
# baseline's.
# In origin-country profiles (PH, NP, BD, IN, LK, ID) Saudi Arabia appears as
# destination rows with the art. 40 categories.
profile SA "Saudi Arabia: the employer bears recruitment, iqama and work-permit costs"

set employer_pays_categories = all
    cite "Saudi Arabia Labor Law art. 40 (HRSD; Royal Decree M/51 of 2005 [K: year not in REFERENCE]) (employer bears recruitment fees, iqama, work permit, exit/re-entry, return ticket); ILO C181 (1997) art. 7(1) for other costs"
set fee_cap_months = 0
    cite "Saudi Arabia Labor Law art. 40 (HRSD; 2005 [K])"
