# AE — United Arab Emirates, as the destination jurisdiction (private sector).
# Source: /work/shared/domain/REFERENCE.md section 3.
#
# Federal Decree-Law No. 33 of 2021, art. 6(4) [V]: the employer may not charge
# or collect recruitment or employment costs from the worker, directly or
# indirectly. Art. 13(2) [V]: the employer may not retain the worker's official
# documents — consent does not cure it, but this pack's DOC-001 accepts written
# consent; DOC-002 (more than 7 days) and DOC-003 (still held after
# deployment) still report any retention. Not modelled further.
# In origin-country profiles the UAE appears as destination rows (all costs
# the employer's, cap 0).
profile AE "United Arab Emirates: the employer may not charge recruitment costs to the worker"

set employer_pays_categories = all
    cite "UAE Federal Decree-Law No. 33 of 2021 art. 6(4)"
set fee_cap_months = 0
    cite "UAE Federal Decree-Law No. 33 of 2021 art. 6(4)"
