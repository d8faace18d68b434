// LiveSales.GraphQL against graphql-js 16.15 executing the same operations on the same SDL schema and
// JSON data: responses (data and errors with messages, paths and locations) must be equal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getIntrospectionQuery } from 'graphql';
import { runLiveSales } from './graphql/livesales.mjs';
import { reference } from './graphql/reference.mjs';
import { cases } from './graphql/corpus/execution/queries.mjs';
import { generateExecutions } from './graphql/generate-executions.mjs';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'graphql/corpus/execution');
const schema = readFileSync(path.join(dir, 'schema.graphql'), 'utf8');
const data = JSON.parse(readFileSync(path.join(dir, 'data.json'), 'utf8'));

const introspection = [
  ['the full IntrospectionQuery', getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true })],
  ['the default IntrospectionQuery', getIntrospectionQuery()],
];
const all = [...cases, ...introspection, ...generateExecutions(schema, 200)];
const requests = all.map(([, query, variables, operationName]) => ({ op: 'execute', schema, data, query, variables, operationName }));
const ours = runLiveSales(requests);

all.forEach(([name, query, variables, operationName], i) => {
  test(`execute: ${name}`, () => {
    assert.deepEqual(ours[i], reference.execute({ schema, data, query, variables, operationName }));
  });
});

test(`the execution corpus has at least 300 operations (${all.length})`, () => {
  assert.ok(all.length >= 300);
});
