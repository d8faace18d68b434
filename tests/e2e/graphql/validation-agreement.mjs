// Prints how LiveSales.GraphQL's validation agrees with graphql-js over the differential corpus:
// node graphql/validation-agreement.mjs (after building tests/LiveSales.GraphQL.Differential).
import { runLiveSales } from './livesales.mjs';
import { reference } from './reference.mjs';
import { loadCases, loadText } from './corpus.mjs';
import { generateCases, stressCases } from './mutate.mjs';

const schema = loadText('validation', 'schema.graphql');
const handWritten = loadCases('validation');
const generated = generateCases(handWritten);
const cases = [...handWritten, ...generated, ...stressCases()];
const ours = runLiveSales(cases.map(({ text }) => ({ op: 'validate', schema, document: text })));
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const tally = { verdict: 0, rules: 0, messages: 0, exact: 0, valid: 0, invalid: 0, syntax: 0, errors: 0 };
const byRule = new Map();
cases.forEach(({ text }, i) => {
  const theirs = reference.validate({ schema, document: text });
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
console.log(`agree on valid/invalid: ${tally.verdict}/${cases.length}; on failing rules: ${tally.rules}/${cases.length};`
  + ` on messages: ${tally.messages}/${cases.length}; on messages and locations: ${tally.exact}/${cases.length}`);
console.log('documents failing each rule:', [...byRule].sort().map(([rule, n]) => `${rule.replace(/Rule$/, '')} ${n}`).join(', '));
