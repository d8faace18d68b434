// LiveSales.GraphQL against graphql-js on the same inputs: printed documents, syntax errors,
// built schemas printed as SDL, and schema errors must be identical.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runLiveSales } from './graphql/livesales.mjs';
import { reference } from './graphql/reference.mjs';
import { loadFiles, loadInline } from './graphql/corpus.mjs';

const documents = [...loadFiles('documents'), ...loadFiles('schemas'), ...loadInline('syntax-errors.json')];
const schemas = [...loadFiles('schemas'), ...loadInline('invalid-schemas.json')];
const requests = [
  ...documents.map(({ text }) => ({ op: 'parse', document: text })),
  ...schemas.map(({ text }) => ({ op: 'printSchema', sdl: text })),
];
const ours = runLiveSales(requests);

documents.forEach(({ name, text }, i) => {
  test(`parse and print ${name}`, () => {
    assert.deepEqual(ours[i], reference.parse({ document: text }));
  });
});

schemas.forEach(({ name, text }, i) => {
  test(`build and print schema ${name}`, () => {
    assert.deepEqual(ours[documents.length + i], reference.printSchema({ sdl: text }));
  });
});
