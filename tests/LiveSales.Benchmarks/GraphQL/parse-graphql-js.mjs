// graphql-js's parse time for the benchmark document, to compare with ParseBenchmarks:
//   node tests/LiveSales.Benchmarks/GraphQL/parse-graphql-js.mjs
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '../../e2e/package.json'));
const { parse, print } = require('graphql');
const document = readFileSync(path.join(here, 'dashboard.graphql'), 'utf8');

function measure(name, fn) {
  for (let i = 0; i < 2000; i++) fn(); // warm up the JIT
  const rounds = 5;
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const n = 2000;
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn();
    const perOp = Number(process.hrtime.bigint() - start) / n / 1000;
    best = Math.min(best, perOp);
  }
  console.log(`${name}: ${best.toFixed(1)} us/op (best of ${rounds} rounds)`);
}

console.log(`document: ${Buffer.byteLength(document)} bytes, ${parse(document).tokenCount} tokens, node ${process.version}`);
measure('graphql-js parse', () => parse(document));
measure('graphql-js parse (noLocation)', () => parse(document, { noLocation: true }));
measure('graphql-js parse + print', () => print(parse(document)));
