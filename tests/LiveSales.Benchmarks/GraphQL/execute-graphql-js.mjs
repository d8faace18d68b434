// graphql-js's side of ExecutionBenchmark (run by it with the same files; prints one JSON line):
//   node execute-graphql-js.mjs SCHEMA DATA QUERY DOCUMENT_10KB ITERATIONS ROUNDS
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '../../e2e/package.json'));
const { buildSchema, parse, validate, execute, graphqlSync, version } = require('graphql');
const [schemaPath, dataPath, queryPath, bigPath, iterationsText, roundsText] = process.argv.slice(2);
const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
const data = JSON.parse(readFileSync(dataPath, 'utf8'));
const query = readFileSync(queryPath, 'utf8');
const big = readFileSync(bigPath, 'utf8');
const iterations = Number(iterationsText);
const rounds = Number(roundsText);
const document = parse(query);
if (validate(schema, document).length > 0) throw new Error('the benchmark query is not valid');

/** Operations per second: the best of `rounds` rounds of `iterations` calls, after a warm-up. */
function measure(fn) {
  for (let i = 0; i < Math.max(iterations, 50); i++) fn();
  let best = 0;
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) fn();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    best = Math.max(best, iterations / seconds);
  }
  return best;
}

const resultBytes = Buffer.byteLength(JSON.stringify(execute({ schema, document, rootValue: data })));
console.log(JSON.stringify({
  version,
  node: process.version,
  resultBytes,
  execute: measure(() => execute({ schema, document, rootValue: data })),
  pipeline: measure(() => Buffer.from(JSON.stringify(graphqlSync({ schema, source: query, rootValue: data })))),
  parseValidate: measure(() => validate(schema, parse(big))),
}));
