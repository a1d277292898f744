// DuckDB side of tests/bench/duckdb_bench.sh: runs checks.sql over a submission.
//   node run.mjs CHECKS_SQL DATA_DIR OUT_DIR AS_OF THREADS RULES_SHA256
// Prints "findings N" (rows written by the final COPY) and, on stderr, the
// seconds each statement took.
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const [sqlFile, data, out, asOf, threads, rulesSha256] = process.argv.slice(2);
if (!rulesSha256) {
  console.error('usage: node run.mjs CHECKS_SQL DATA_DIR OUT_DIR AS_OF THREADS RULES_SHA256');
  process.exit(2);
}
const vars = { DATA: data, OUT: out, AS_OF: asOf, THREADS: threads, RULES_SHA256: rulesSha256 };
const sql = readFileSync(sqlFile, 'utf8')
  .replace(/\$\{(\w+)\}/g, (m, k) => (k in vars ? vars[k].replaceAll("'", "''") : m));
const statements = sql
  .split('\n').filter((l) => !/^\s*--/.test(l)).join('\n')
  .split(/;\s*$/m).map((s) => s.trim()).filter(Boolean);

const db = await DuckDBInstance.create(':memory:', { threads: String(threads) });
const con = await db.connect();
let last = null;
for (const s of statements) {
  const t0 = process.hrtime.bigint();
  last = await con.run(s);
  const dt = Number(process.hrtime.bigint() - t0) / 1e9;
  console.error(`${dt.toFixed(2)}s  ${s.split('\n')[0].slice(0, 70)}`);
}
console.log(`findings ${last.rowsChanged}`);
