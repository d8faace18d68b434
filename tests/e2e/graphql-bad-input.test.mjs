// Bad input against the engine's test server: each request gets the spec's error and status, the
// process survives with bounded memory, and well-formed requests sent alongside keep their answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer } from './support/graphql-test-server.mjs';

let server;
before(async () => { server = await startTestServer(); });
after(async () => { await server?.stop(); });

const accept = 'application/graphql-response+json';

async function post(body, { contentType = 'application/json' } = {}) {
  const headers = { accept };
  if (contentType) headers['content-type'] = contentType;
  const response = await fetch(server.url, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type'), body: JSON.parse(text) };
}

const nested = (levels) => '{' + 'deep{'.repeat(levels) + 'name' + '}'.repeat(levels) + '}';
const aliases = (count) => '{' + Array.from({ length: count }, (_, i) => `a${i}:version`).join(' ') + '}';

const cases = [
  ['a 1 MB query', () => post({ query: `{ version ${' '.repeat(1024 * 1024)} }` }), 413, /larger than 262144 bytes/],
  ['10,000 nested selections', () => post({ query: nested(10_000) }), 400, /^Syntax Error: Document is nested deeper than 128 levels\. Parsing aborted\.$/],
  ['10,000 aliases', () => post({ query: aliases(10_000) }), 400, /alias/i],
  ['an unterminated document', () => post({ query: '{ book(id: "b1") { title' }), 400, /^Syntax Error: Expected Name, found <EOF>\.$/],
  ['an unterminated string', () => post({ query: '{ book(id: "b1) { title } }' }), 400, /^Syntax Error: Unterminated string\.$/],
  ['a stray character', () => post({ query: '{ version } }' }), 400, /^Syntax Error: Unexpected "}"\.$/],
  ['a control character', () => post({ query: '{ ver\u0007sion }' }), 400, /^Syntax Error: Unexpected character: U\+0007\.$/],
  ['variables of the wrong type', () => post({ query: 'query Q($id: ID!) { book(id: $id) { title } }', variables: { id: { a: 1 } } }), 400,
    /^Variable "\$id" got invalid value \{ a: 1 \}; ID cannot represent value: \{ a: 1 \}$/],
  ['an unknown operation name', () => post({ query: 'query A { version }', operationName: 'B' }), 400, /^Unknown operation named "B"\.$/],
  ['an empty body', () => post(''), 400, /body is empty/],
  ['malformed JSON', () => post('{"query": "{ version }"'), 400, /not valid JSON/],
  ['a body that is not an object', () => post('[1, 2]'), 400, /must be a JSON object/],
  ['a wrong content type', () => post('{ version }', { contentType: 'application/graphql' }), 415, /not supported/],
  ['no content type', () => post({ query: '{ version }' }, { contentType: null }), 415, /Content-Type/],
];

for (const [name, send, status, message] of cases) {
  test(`${name} gets ${status} and a GraphQL error`, async () => {
    const response = await send();
    assert.equal(response.status, status);
    assert.equal(response.type, 'application/graphql-response+json; charset=utf-8');
    assert.equal(response.body.data, undefined);
    assert.match(response.body.errors[0].message, message);
  });
}

test('bad input mixed with good requests: good ones keep their answers, the server stays up, memory stays bounded', async () => {
  const good = async () => {
    const response = await post({ query: '{ featured { title } version }' });
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { data: { featured: { title: 'Exhalation' }, version: '1.0' } });
  };
  await good();
  const before = server.rssBytes();
  for (let round = 0; round < 5; round++) {
    await Promise.all([...cases.map(([, send]) => send()), ...Array.from({ length: 10 }, good)]);
  }
  await good();
  const grownMb = (server.rssBytes() - before) / 1024 / 1024;
  assert.ok(server.alive());
  assert.ok(grownMb < 150, `the server grew by ${grownMb.toFixed(0)} MB`);
});
