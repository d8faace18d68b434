// LiveSales.GraphQL's validation against graphql-js on the same schema and documents: the same
// valid/invalid verdict, the same failing rules (found by validating with each rule alone), and
// the same errors with the same messages and locations, in the same order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runLiveSales } from './graphql/livesales.mjs';
import { reference } from './graphql/reference.mjs';
import { loadCases, loadText } from './graphql/corpus.mjs';
import { generateCases, stressCases } from './graphql/mutate.mjs';

const schema = loadText('validation', 'schema.graphql');
const handWritten = loadCases('validation');
const cases = [...handWritten, ...generateCases(handWritten), ...stressCases()];
const ours = runLiveSales(cases.map(({ text }) => ({ op: 'validate', schema, document: text })));

test('the corpus has at least 300 documents, valid and invalid', () => {
  const verdicts = cases.map(({ text }) => reference.validate({ schema, document: text }));
  const valid = verdicts.filter((v) => v.errors && v.errors.length === 0).length;
  const invalid = verdicts.filter((v) => v.errors && v.errors.length > 0).length;
  assert.ok(cases.length >= 300, `${cases.length} documents`);
  assert.ok(valid >= 40 && invalid >= 200, `${valid} valid, ${invalid} invalid`);
});

cases.forEach(({ name, text }, i) => {
  test(`validate ${name}`, () => {
    const { rules, ...result } = ours[i];
    assert.deepEqual(result, reference.validate({ schema, document: text }));
    if (result.errors) {
      // Each error names the rule that reported it, one of those that fail alone.
      const named = new Set(rules.filter((rule) => rule !== null));
      assert.ok([...named].every((rule) => result.failedRules.includes(rule)), `${[...named]} vs ${result.failedRules}`);
    }
  });
});
