// graphql-js's validation time on the documents of ValidateBenchmarks and ValidationComparison:
//   node tests/LiveSales.Benchmarks/GraphQL/validate-graphql-js.mjs [--tsv]
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const e2e = [path.join(here, '../../e2e/package.json'), path.join(here, '../../../../../e2e/package.json')];
const require = createRequire(e2e.find((file) => { try { readFileSync(file); return true; } catch { return false; } }));
const { parse, validate, buildSchema } = require('graphql');
const tsv = process.argv.includes('--tsv');
const schema = buildSchema(readFileSync(path.join(here, 'dashboard-schema.graphql'), 'utf8'));
const dashboard = readFileSync(path.join(here, 'dashboard.graphql'), 'utf8');
const repeat = 10_000;
const aliases = `{ me { ${Array.from({ length: repeat }, (_, i) => `a${i}: name`).join(' ')} } }`;
const identical = `{ me { ${Array.from({ length: repeat }, () => 'name').join(' ')} } }`;

// Warm up, then the best time per operation over five rounds of about 300 ms (as ValidationComparison).
function measure(name, fn) {
  const roundNs = 300_000_000n;
  let iterations = 0;
  const warmStart = process.hrtime.bigint();
  while (process.hrtime.bigint() - warmStart < 2n * roundNs) { fn(); iterations++; }
  const perRound = Math.max(1, Math.floor(iterations / 2));
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < perRound; i++) fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / perRound / 1000);
  }
  console.log(tsv ? `${name}\t${best.toFixed(2)}` : `graphql-js ${name}: ${best.toFixed(1)} us/op (best of 5 rounds)`);
}

if (!tsv) console.log(`dashboard: ${Buffer.byteLength(dashboard)} bytes, ${validate(schema, parse(dashboard)).length} errors; node ${process.version}`);
const parsed = { dashboard: parse(dashboard), aliases: parse(aliases), identical: parse(identical) };
measure('validate dashboard (10 KB)', () => validate(schema, parsed.dashboard));
measure('parse + validate dashboard', () => validate(schema, parse(dashboard)));
measure('validate 10,000 aliases', () => validate(schema, parsed.aliases));
measure('validate 10,000 identical fields', () => validate(schema, parsed.identical));
