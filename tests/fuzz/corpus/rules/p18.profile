# QA — Qatar, as the destination jurisdiction. Source:
# /work/shared/domain/REFERENCE.md section 3.
#
# Labour Law No. 14 of 2004, art. 33 [V]: a licensed recruiter may not take
# from the worker any recruitment fee, expense or cost; penalty art. 145;
# Ministerial Decision 8/2005 arts. 14, 19 [V]. Law 21/2015: documents returned
# once procedures are done; held only on the worker's written request and
# returned on demand (fine up to QR 25,000) [S] — the baseline's DOC rules
# (7 processing days, written consent) express it. Law 13/2018 (exit permits)
# and Law 19/2020 (no NOC to change employer) concern contract clauses, not
# this pack's rules.
# In origin-country profiles Qatar appears as destination rows (all costs the
# employer's, cap 0).
profile QA "Qatar: no recruitment fee, expense or cost may be taken from the worker"

set employer_pays_categories = all
    cite "Qatar Labour Law No. 14 of 2004 art. 33; Ministerial Decision No. 8 of 2005 arts. 14, 19"
set fee_cap_months = 0
    cite "Qatar Labour Law No. 14 of 2004 art. 33 (penalty art. 145)"
