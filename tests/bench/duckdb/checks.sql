-- The core checks of rules/core (baseline profile) written as DuckDB SQL, for
-- tests/bench/duckdb_bench.sh. run.mjs replaces ${DATA}, ${OUT}, ${AS_OF},
-- ${THREADS} and ${RULES_SHA256}, then runs the statements in order (one per
-- ';' at a line end).
-- Covered: FEE-001..005, DOC-001..003, WRK-001..008, AGY-001..002.
-- Not covered: DQ-001, CAP-001, CTR-* (no SQL equivalent of the contract scanner).
-- Baseline parameters are inlined: employer_pays_categories = cap_categories =
-- all, fee_cap_months = 0, fee_cap_amount = null, debt_months = 3,
-- debt_categories = [deposit, bond, loan_interest], held_docs = [passport,
-- national_id, work_permit, visa, bank_card], processing_days = 7, min_age = 18,
-- min_wage = null (WRK-007 is written but cannot fire), systemic_share = 10%.

SET threads = ${THREADS};

-- ---- load: every column read as text, typed with TRY_CAST / patterns; a row
-- with an invalid value is skipped (recruitaudit rejects it). `line` is the
-- table's rowid + 2: CREATE TABLE AS keeps the file's row order
-- (preserve_insertion_order, DuckDB's default) and the generator writes one
-- record per physical line (its quoted fields hold commas, never line breaks).

CREATE TABLE rates AS
SELECT currency, TRY_CAST(usd_per_unit AS DECIMAL(18,10)) AS usd
FROM read_csv('${DATA}/rates.csv', header = true, auto_detect = false,
              columns = {'currency': 'VARCHAR', 'usd_per_unit': 'VARCHAR'})
WHERE regexp_full_match(usd_per_unit, '[0-9]{1,15}(\.[0-9]{1,12})?');

CREATE TABLE agencies_raw AS
SELECT * FROM read_csv('${DATA}/agencies.csv', header = true, auto_detect = false,
    columns = {'agency_id': 'VARCHAR', 'name': 'VARCHAR', 'licence_no': 'VARCHAR',
               'licence_valid_from': 'VARCHAR', 'licence_valid_until': 'VARCHAR',
               'country': 'VARCHAR'});

CREATE TABLE agencies AS
SELECT agency_id, licence_no, line,
       TRY_CAST(licence_valid_from AS DATE) AS lic_from,
       TRY_CAST(licence_valid_until AS DATE) AS lic_until
FROM (SELECT *, rowid + 2 AS line FROM agencies_raw)
WHERE agency_id IS NOT NULL AND name IS NOT NULL
  AND (licence_valid_from IS NULL OR TRY_CAST(licence_valid_from AS DATE) IS NOT NULL)
  AND (licence_valid_until IS NULL OR TRY_CAST(licence_valid_until AS DATE) IS NOT NULL);

CREATE TABLE workers_raw AS
SELECT * FROM read_csv('${DATA}/workers.csv', header = true, auto_detect = false,
    columns = {'worker_id': 'VARCHAR', 'agency_id': 'VARCHAR', 'sex': 'VARCHAR',
               'birth_year': 'VARCHAR', 'origin_country': 'VARCHAR',
               'destination_country': 'VARCHAR', 'sector': 'VARCHAR',
               'occupation': 'VARCHAR', 'monthly_wage': 'VARCHAR',
               'wage_currency': 'VARCHAR', 'language': 'VARCHAR',
               'contract_id': 'VARCHAR', 'contract_language': 'VARCHAR',
               'contract_signed_on': 'VARCHAR', 'recruited_on': 'VARCHAR',
               'deployed_on': 'VARCHAR'});

CREATE TABLE workers AS
SELECT w.worker_id, w.agency_id, w.sector, w.destination_country, w.language,
       w.contract_id, w.contract_language, w.wage_currency, w.line,
       TRY_CAST(w.birth_year AS INTEGER) AS birth_year,
       CAST(w.monthly_wage AS DECIMAL(18,4)) AS wage,
       TRY_CAST(w.contract_signed_on AS DATE) AS signed_on,
       TRY_CAST(w.recruited_on AS DATE) AS recruited_on,
       TRY_CAST(w.deployed_on AS DATE) AS deployed_on
FROM (SELECT *, rowid + 2 AS line FROM workers_raw) w
WHERE w.worker_id IS NOT NULL
  AND w.sex IN ('F', 'M', 'X', 'U')
  AND w.sector IN ('domestic_work', 'care', 'construction', 'agriculture',
                   'manufacturing', 'hospitality', 'fishing', 'other')
  AND w.origin_country IS NOT NULL AND w.destination_country IS NOT NULL
  AND (w.birth_year IS NULL OR TRY_CAST(w.birth_year AS INTEGER) IS NOT NULL)
  AND (w.monthly_wage IS NULL OR regexp_full_match(w.monthly_wage, '[0-9]{1,15}(\.[0-9]{1,4})?'))
  AND (w.contract_signed_on IS NULL OR TRY_CAST(w.contract_signed_on AS DATE) IS NOT NULL)
  AND (w.recruited_on IS NULL OR TRY_CAST(w.recruited_on AS DATE) IS NOT NULL)
  AND (w.deployed_on IS NULL OR TRY_CAST(w.deployed_on AS DATE) IS NOT NULL)
  AND w.agency_id IN (SELECT agency_id FROM agencies);

CREATE TABLE fees_raw AS
SELECT * FROM read_csv('${DATA}/fees.csv', header = true, auto_detect = false,
    columns = {'fee_id': 'VARCHAR', 'worker_id': 'VARCHAR', 'agency_id': 'VARCHAR',
               'category': 'VARCHAR', 'amount': 'VARCHAR', 'currency': 'VARCHAR',
               'paid_by': 'VARCHAR', 'paid_on': 'VARCHAR', 'method': 'VARCHAR',
               'receipt': 'VARCHAR', 'disclosed': 'VARCHAR'});

CREATE TABLE fees AS
SELECT f.fee_id, f.worker_id, f.agency_id, f.category, f.currency, f.paid_by,
       f.paid_on, f.method, f.receipt, f.disclosed, f.line,
       CAST(f.amount AS DECIMAL(18,4)) AS amount,
       (f.paid_by = 'worker' OR coalesce(f.method = 'salary_deduction', false)) AS worker_borne
FROM (SELECT *, rowid + 2 AS line FROM fees_raw) f
WHERE regexp_full_match(f.amount, '[0-9]{1,15}(\.[0-9]{1,4})?')
  AND f.category IN ('recruitment_fee', 'service_fee', 'placement_fee', 'medical',
      'insurance', 'skills_test', 'training', 'equipment', 'travel', 'lodging', 'visa',
      'passport', 'work_permit', 'administrative', 'deposit', 'bond', 'loan_interest', 'other')
  AND regexp_full_match(f.currency, '[A-Z]{3}')
  AND f.paid_by IN ('worker', 'employer', 'agency', 'government', 'other')
  AND (f.paid_on IS NULL OR TRY_CAST(f.paid_on AS DATE) IS NOT NULL)
  AND (f.method IS NULL OR f.method IN ('cash', 'bank_transfer', 'salary_deduction', 'loan', 'other'))
  AND (f.receipt IS NULL OR f.receipt IN ('yes', 'no'))
  AND (f.disclosed IS NULL OR f.disclosed IN ('yes', 'no'))
  AND f.worker_id IN (SELECT worker_id FROM workers);
DROP TABLE fees_raw;

CREATE TABLE documents_raw AS
SELECT * FROM read_csv('${DATA}/documents.csv', header = true, auto_detect = false,
    columns = {'worker_id': 'VARCHAR', 'agency_id': 'VARCHAR', 'document': 'VARCHAR',
               'holder': 'VARCHAR', 'held_from': 'VARCHAR', 'held_until': 'VARCHAR',
               'consent': 'VARCHAR', 'reason': 'VARCHAR'});

CREATE TABLE documents AS
SELECT d.worker_id, d.agency_id, d.document, d.holder, d.consent, d.reason, d.line,
       CAST(d.held_from AS DATE) AS held_from,
       TRY_CAST(d.held_until AS DATE) AS held_until
FROM (SELECT *, rowid + 2 AS line FROM documents_raw) d
WHERE d.document IN ('passport', 'national_id', 'visa', 'work_permit',
                     'birth_certificate', 'bank_card', 'other')
  AND d.holder IN ('worker', 'agency', 'employer', 'authority')
  AND TRY_CAST(d.held_from AS DATE) IS NOT NULL
  AND (d.held_until IS NULL OR TRY_CAST(d.held_until AS DATE) IS NOT NULL)
  AND (d.consent IS NULL OR d.consent IN ('yes', 'no'))
  AND d.worker_id IN (SELECT worker_id FROM workers);
DROP TABLE documents_raw;

-- contracts on file (WRK-005)
CREATE TABLE contract_files AS
SELECT regexp_extract(file, '([^/]+)\.txt$', 1) AS contract_id
FROM glob('${DATA}/contracts/*.txt')
WHERE NOT file LIKE '%.origin.txt';

-- ---- per-worker sums of worker-borne fees (WRK-001, WRK-002, AGY-001). SPEC:
-- the sum stays in its currency when every fee is in one currency, and meets
-- in USD otherwise; a missing rate makes it null (never a partial sum).
-- Exact DECIMAL arithmetic: the conditions compare paid > k * wage (no division).
CREATE TABLE paid AS
SELECT f.worker_id,
       count(*) AS n,
       min(f.currency) AS cur_min, max(f.currency) AS cur_max,
       sum(f.amount) AS paid_own,
       sum(f.amount * r.usd) AS paid_usd_partial,
       count(r.usd) AS n_rated,
       list(f.line ORDER BY f.line)[1:50] AS rows
FROM fees f LEFT JOIN rates r ON r.currency = f.currency
WHERE f.worker_borne
GROUP BY f.worker_id;

CREATE TABLE wk AS
SELECT w.*, a.licence_no, a.lic_from, a.lic_until,
       coalesce(w.deployed_on <= DATE '${AS_OF}', false) AS deployed,
       rw.usd AS wage_rate,
       p.n AS n_fees, p.rows,
       -- paid in the wage's own currency when all fees are in it, else in USD
       CASE WHEN p.n IS NULL THEN NULL
            WHEN p.cur_min = p.cur_max AND p.cur_min = w.wage_currency THEN p.paid_own
            WHEN p.n_rated = p.n AND rw.usd IS NOT NULL THEN p.paid_usd_partial END AS paid_cmp,
       CASE WHEN p.n IS NULL THEN NULL
            WHEN p.cur_min = p.cur_max AND p.cur_min = w.wage_currency THEN w.wage
            WHEN p.n_rated = p.n AND rw.usd IS NOT NULL THEN w.wage * rw.usd END AS wage_cmp,
       CASE WHEN p.cur_min = p.cur_max THEN p.paid_own END AS paid_one_cur,
       CASE WHEN p.n_rated = p.n THEN p.paid_usd_partial END AS paid_usd,
       p.cur_min AS paid_cur
FROM workers w
JOIN agencies a USING (agency_id)
LEFT JOIN rates rw ON rw.currency = w.wage_currency
LEFT JOIN paid p USING (worker_id);

-- ---- citations: one row per rule (rule, citation), the rule's cite lines
-- joined with '; ', as recruitaudit writes them; made by duckdb_bench.sh
CREATE TABLE cites AS
SELECT * FROM read_csv('${OUT}/cites.csv', header = true, auto_detect = false,
                       columns = {'rule': 'VARCHAR', 'citation': 'VARCHAR'});

-- ---- findings: one JSON object per line with the keys SPEC section 4 asks of
-- --findings (contract_id is null for every rule here), in SPEC order: by
-- scope, agency, worker, file, line, rule id (recruitaudit's scope order is
-- fee, document, worker, agency, then contract and submission).
COPY (
SELECT u.rule, u.severity, u.scope, u.agency_id, u.worker_id,
       CAST(NULL AS VARCHAR) AS contract_id, u.fee_id, u.file, u.line, u.message,
       u.evidence, c.citation, '${RULES_SHA256}' AS rules_sha256
FROM (
-- FEE rules: one per fees.csv row
WITH fm AS (
  SELECT f.*, r.usd AS rate,
         CAST(round(f.amount, 2) AS DECIMAL(18,2))::VARCHAR || ' ' || f.currency AS money,
         coalesce(CAST(round(f.amount * r.usd, 2) AS DECIMAL(18,2))::VARCHAR || ' USD', 'unknown (no rate)') AS money_usd
  FROM fees f LEFT JOIN rates r USING (currency)
  WHERE f.worker_borne OR f.method IN ('salary_deduction', 'loan')
)
SELECT 'FEE-001' AS rule, 'high' AS severity, 'fee' AS scope, agency_id, worker_id, fee_id,
       'fees.csv' AS file, line,
       category || ' of ' || money || ' (' || money_usd || ') borne by worker ' || worker_id
         || ' (paid_by ' || paid_by || ', method ' || coalesce(method, 'not recorded')
         || ') is a cost the employer pays: refund due ' || money AS message,
       {'fee.worker_borne': true, 'fee.category': category, 'employer_pays_categories': 'all'}::JSON AS evidence
FROM fm WHERE worker_borne
UNION ALL
SELECT 'FEE-002', 'high', 'fee', agency_id, worker_id, fee_id, 'fees.csv', line,
       category || ' of ' || money || ' (' || money_usd || ') deducted from the wages of worker '
         || worker_id || ' (paid_by ' || paid_by || '): the employer pays this cost',
       {'fee.method': method, 'fee.category': category, 'employer_pays_categories': 'all'}::JSON
FROM fm WHERE method = 'salary_deduction'
UNION ALL
SELECT 'FEE-003', 'critical', 'fee', agency_id, worker_id, fee_id, 'fees.csv', line,
       category || ' of ' || money || ' (' || money_usd || ') for worker ' || worker_id
         || ', paid_by ' || paid_by || ', method ' || coalesce(method, 'not recorded'),
       {'fee.method': method, 'fee.worker_borne': worker_borne, 'fee.category': category}::JSON
FROM fm WHERE method = 'loan' OR (worker_borne AND category IN ('deposit', 'bond', 'loan_interest'))
UNION ALL
SELECT 'FEE-004', 'medium', 'fee', agency_id, worker_id, fee_id, 'fees.csv', line,
       category || ' of ' || money || ' borne by worker ' || worker_id || ' on '
         || coalesce(paid_on, 'null') || ': receipt: ' || coalesce(receipt, 'not recorded'),
       {'fee.worker_borne': true, 'fee.receipt': receipt}::JSON
FROM fm WHERE worker_borne AND coalesce(receipt, '') <> 'yes'
UNION ALL
SELECT 'FEE-005', 'medium', 'fee', agency_id, worker_id, fee_id, 'fees.csv', line,
       category || ' of ' || money || ' borne by worker ' || worker_id
         || ': disclosed in writing before recruitment: ' || coalesce(disclosed, 'not recorded'),
       {'fee.worker_borne': true, 'fee.disclosed': disclosed}::JSON
FROM fm WHERE worker_borne AND coalesce(disclosed, '') <> 'yes'
UNION ALL
-- DOC rules: one per documents.csv row held by the agency or the employer
(WITH dm AS (
  SELECT d.*, w.deployed, w.deployed_on,
         coalesce(d.held_until, DATE '${AS_OF}') - d.held_from AS days_held,
         (d.held_from <= DATE '${AS_OF}' AND (d.held_until IS NULL OR d.held_until > DATE '${AS_OF}')) AS held_now
  FROM documents d JOIN wk w USING (worker_id)
  WHERE d.holder IN ('agency', 'employer')
)
SELECT 'DOC-001', 'critical', 'document', agency_id, worker_id, NULL, 'documents.csv', line,
       document || ' of worker ' || worker_id || ' held by the ' || holder || ' from '
         || held_from::VARCHAR || ' until ' || coalesce(held_until, DATE '${AS_OF}')::VARCHAR
         || ' (' || days_held::VARCHAR || ' days; still held on ${AS_OF}: ' || held_now::VARCHAR
         || '); written consent: ' || coalesce(consent, 'not recorded') || '; reason given: '
         || coalesce(reason, '(none)'),
       {'document': document, 'holder': holder, 'consent': consent}::JSON
FROM dm WHERE document IN ('passport', 'national_id', 'work_permit', 'visa', 'bank_card')
          AND coalesce(consent, '') <> 'yes'
UNION ALL
SELECT 'DOC-002', 'high', 'document', agency_id, worker_id, NULL, 'documents.csv', line,
       document || ' of worker ' || worker_id || ' held by the ' || holder || ' for '
         || days_held::VARCHAR || ' days, from ' || held_from::VARCHAR || ' until '
         || coalesce(held_until, DATE '${AS_OF}')::VARCHAR || ' (still held on ${AS_OF}: '
         || held_now::VARCHAR || '); limit 7 days; written consent: ' || coalesce(consent, 'not recorded'),
       {'holder': holder, 'days_held': days_held, 'processing_days': 7}::JSON
FROM dm WHERE days_held > 7
UNION ALL
SELECT 'DOC-003', 'high', 'document', agency_id, worker_id, NULL, 'documents.csv', line,
       document || ' of worker ' || worker_id || ' still held by the ' || holder || ' on ${AS_OF} (since '
         || held_from::VARCHAR || ', ' || days_held::VARCHAR || ' days); the worker was deployed on '
         || deployed_on::VARCHAR,
       {'holder': holder, 'held_on_as_of': true, 'worker.deployed': true}::JSON
FROM dm WHERE held_now AND deployed)
UNION ALL
-- WRK rules: one per workers.csv row
(WITH wm AS (
  SELECT *, coalesce(CAST(round(wage, 2) AS DECIMAL(18,2))::VARCHAR || ' ' || wage_currency, 'null') AS wage_money,
         CASE WHEN paid_one_cur IS NOT NULL THEN CAST(round(paid_one_cur, 2) AS DECIMAL(18,2))::VARCHAR || ' ' || paid_cur
              WHEN paid_usd IS NOT NULL THEN CAST(round(paid_usd, 2) AS DECIMAL(18,2))::VARCHAR || ' USD'
              ELSE 'unknown (no rate)' END AS paid_money,
         coalesce(CAST(round(paid_usd, 2) AS DECIMAL(18,2))::VARCHAR || ' USD', 'unknown (no rate)') AS paid_usd_money,
         -- display only (DuckDB divides DECIMALs in DOUBLE); the conditions do not divide
         CASE WHEN wage_cmp > 0 THEN printf('%.2f', paid_cmp / wage_cmp) END AS months
  FROM wk
)
SELECT 'WRK-001', 'high', 'worker', agency_id, worker_id, NULL, 'workers.csv', line,
       worker_id || ' bore ' || paid_money || ' (' || paid_usd_money || ') of recruitment costs counted against the cap, '
         || months || ' months of the monthly wage ' || wage_money || '; the cap is 0.00 '
         || wage_currency,
       {'paid': paid_money, 'monthly_wage': wage_money, 'months': months, 'fee_cap_months': 0,
        'rows': [ 'fees.csv:' || x FOR x IN rows ], 'rows_count': n_fees}::JSON
FROM wm WHERE paid_cmp > 0 AND wage_cmp > 0
UNION ALL
SELECT 'WRK-002', 'critical', 'worker', agency_id, worker_id, NULL, 'workers.csv', line,
       worker_id || ' bore ' || paid_money || ' (' || paid_usd_money || ') of recruitment costs = '
         || months || ' months of the monthly wage ' || wage_money || ' (threshold 3 months)',
       {'paid': paid_money, 'monthly_wage': wage_money, 'months': months, 'debt_months': 3,
        'rows': [ 'fees.csv:' || x FOR x IN rows ], 'rows_count': n_fees}::JSON
FROM wm WHERE wage_cmp > 0 AND paid_cmp > 3 * wage_cmp
UNION ALL
SELECT 'WRK-003', 'high', 'worker', agency_id, worker_id, NULL, 'workers.csv', line,
       worker_id || ' deployed on ' || deployed_on::VARCHAR || '; contract signed on: '
         || coalesce(signed_on::VARCHAR, 'unknown') || ' (unknown = no signature date recorded)',
       {'deployed_on': deployed_on, 'contract_signed_on': signed_on}::JSON
FROM wm WHERE deployed AND (signed_on IS NULL OR signed_on > deployed_on)
UNION ALL
SELECT 'WRK-004', 'medium', 'worker', agency_id, worker_id, NULL, 'workers.csv', line,
       worker_id || ' speaks ' || coalesce(language, '(not recorded)') || '; contract '
         || contract_id || ' is in ' || coalesce(contract_language, '(not recorded)'),
       {'language': language, 'contract_id': contract_id, 'contract_language': contract_language}::JSON
FROM wm WHERE contract_id IS NOT NULL AND (contract_language IS NULL OR contract_language <> language)
UNION ALL
SELECT 'WRK-005', 'high', 'worker', agency_id, worker_id, NULL, 'workers.csv', line,
       worker_id || ' deployed on ' || deployed_on::VARCHAR || ' with no contract on file (contract_id '
         || coalesce(contract_id, '(none)') || ')',
       {'deployed_on': deployed_on, 'contract_id': contract_id}::JSON
FROM wm WHERE deployed AND (contract_id IS NULL OR contract_id NOT IN (SELECT contract_id FROM contract_files))
UNION ALL
SELECT 'WRK-006', 'high', 'worker', agency_id, worker_id, NULL, 'workers.csv', line,
       worker_id || ' recruited on ' || recruited_on::VARCHAR || '; licence '
         || coalesce(licence_no, '(none)') || ' of ' || agency_id || ' valid from '
         || coalesce(lic_from::VARCHAR, 'null') || ' until ' || coalesce(lic_until::VARCHAR, 'null'),
       {'recruited_on': recruited_on, 'agency.licence_valid_from': lic_from,
        'agency.licence_valid_until': lic_until}::JSON
FROM wm WHERE recruited_on < lic_from OR recruited_on > lic_until
UNION ALL
-- WRK-007: the baseline sets no minimum wage (min_wage = null): never fires
SELECT 'WRK-007', 'high', 'worker', agency_id, worker_id, NULL, 'workers.csv', line,
       worker_id || ': monthly wage ' || wage_money || ' is below the minimum',
       {'monthly_wage': wage_money}::JSON
FROM wm WHERE wage < CAST(NULL AS DECIMAL(18,4))
UNION ALL
SELECT 'WRK-008', 'critical', 'worker', agency_id, worker_id, NULL, 'workers.csv', line,
       worker_id || ' born ' || birth_year::VARCHAR || ', recruited on '
         || coalesce(recruited_on::VARCHAR, 'null') || ': '
         || (year(coalesce(recruited_on, DATE '${AS_OF}')) - birth_year)::VARCHAR
         || ' years old by birth year at recruitment (on ${AS_OF} when the recruitment date is unknown); minimum 18 for '
         || sector,
       {'age_at_recruitment': year(coalesce(recruited_on, DATE '${AS_OF}')) - birth_year, 'min_age': 18}::JSON
FROM wm WHERE year(coalesce(recruited_on, DATE '${AS_OF}')) - birth_year < 18)
UNION ALL
-- AGY rules: one per agencies.csv row
(WITH am AS (
  SELECT a.*, count(w.worker_id) AS workers, count(w.n_fees) AS paying
  FROM agencies a LEFT JOIN wk w USING (agency_id)
  GROUP BY ALL
)
SELECT 'AGY-001', 'high', 'agency', agency_id, NULL, NULL, 'agencies.csv', line,
       agency_id || ': ' || paying::VARCHAR || ' of ' || workers::VARCHAR || ' workers ('
         || printf('%.1f', 100.0 * paying / workers) || '%) bore recruitment fees or costs (threshold 10.0%)',
       {'paying': paying, 'workers': workers, 'systemic_share': 0.1}::JSON
FROM am WHERE workers > 0 AND paying * 10 > workers
UNION ALL
SELECT 'AGY-002', 'high', 'agency', agency_id, NULL, NULL, 'agencies.csv', line,
       agency_id || ': licence ' || coalesce(licence_no, '(none)') || ' valid from '
         || coalesce(lic_from::VARCHAR, 'null') || ' until ' || coalesce(lic_until::VARCHAR, 'null')
         || ', not on ${AS_OF}',
       {'licence_valid_from': lic_from, 'licence_valid_until': lic_until}::JSON
FROM am WHERE lic_from > DATE '${AS_OF}' OR lic_until < DATE '${AS_OF}')
) u
JOIN cites c USING (rule)
ORDER BY CASE u.scope WHEN 'fee' THEN 1 WHEN 'document' THEN 2 WHEN 'worker' THEN 3 ELSE 4 END,
         u.agency_id, u.worker_id NULLS FIRST, u.file, u.line, u.rule
) TO '${OUT}/duck.jsonl' (FORMAT JSON);
