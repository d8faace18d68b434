// Prints how LiveSales.GraphQL's validation agrees with graphql-js over the differential corpus:
// node graphql/validation-agreement.mjs [--generated N] (after building tests/LiveSales.GraphQL.Differential).
// --generated N generates N mutated documents (other seeds) instead of the test's 260.
import { runLiveSales } from './livesales.mjs';
import { reference } from './reference.mjs';
import { loadCases, loadText } from './corpus.mjs';
import { generateCases, stressCases } from './mutate.mjs';

const schema = loadText('validation', 'schema.graphql');
const handWritten = loadCases('validation');
const requested = Number(process.argv[process.argv.indexOf('--generated') + 1]) || 0;
const generated = requested > 0
  ? Array.from({ length: Math.ceil(requested / 500) }, (_, i) => generateCases(handWritten, { seed: i + 1, count: 500 })).flat().slice(0, requested)
  : generateCases(handWritten);
const cases = [...handWritten, ...generated, ...stressCases()];
const ours = runLiveSales(cases.map(({ text }) => ({ op: 'validate', schema, document: text })));
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const tally = { verdict: 0, rules: 0, messages: 0, exact: 0, valid: 0, invalid: 0, syntax: 0, errors: 0 };
const byRule = new Map();
let threw = 0;
cases.forEach(({ text }, i) => {
  let theirs;
  try {
    theirs = reference.validate({ schema, document: text });
  } catch {
    threw++; // graphql-js throws on subscriptions whose root fields depend on variables
    return;
  }
  const mine = ours[i];
  if (theirs.syntaxErrors) {
    tally.syntax++;
  } else {
    tally[theirs.errors.length === 0 ? 'valid' : 'invalid']++;
    tally.errors += theirs.errors.length;
    for (const rule of theirs.failedRules) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
  }
  const verdict = (r) => (r.syntaxErrors ? 'syntax' : r.errors.length === 0 ? 'valid' : 'invalid');
  if (verdict(mine) === verdict(theirs)) tally.verdict++;
  if (same(mine.failedRules, theirs.failedRules)) tally.rules++;
  if (same((mine.errors ?? []).map((e) => e.message), (theirs.errors ?? []).map((e) => e.message))) tally.messages++;
  if (same(mine.errors ?? mine.syntaxErrors, theirs.errors ?? theirs.syntaxErrors)) tally.exact++;
});
console.log(`${cases.length} documents (${handWritten.length} hand-written, ${generated.length} generated, ${cases.length - handWritten.length - generated.length} stress):`
  + ` ${tally.valid} valid, ${tally.invalid} invalid, ${tally.syntax} syntax errors; ${tally.errors} validation errors from graphql-js`);
const compared = cases.length - threw;
console.log(`agree on valid/invalid: ${tally.verdict}/${compared}; on failing rules: ${tally.rules}/${compared};`
  + ` on messages: ${tally.messages}/${compared}; on messages and locations: ${tally.exact}/${compared}`);
if (threw > 0) console.log(`graphql-js threw on ${threw} documents (not compared)`);
console.log('documents failing each rule:', [...byRule].sort().map(([rule, n]) => `${rule.replace(/Rule$/, '')} ${n}`).join(', '));
