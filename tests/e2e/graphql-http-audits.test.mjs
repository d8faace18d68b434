// GraphQL over HTTP as npm graphql-http's serverAudits check it, against the engine's test server:
// every audit must be "ok" (not merely a warning).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serverAudits } from 'graphql-http';
import { startTestServer } from './support/graphql-test-server.mjs';

let server;
before(async () => { server = await startTestServer(); });
after(async () => { await server?.stop(); });

const audits = serverAudits({ url: () => server.url });

for (const audit of audits) {
  test(`graphql-http audit ${audit.id}: ${audit.name}`, async () => {
    const result = await audit.fn();
    assert.equal(result.status, 'ok', `${result.reason ?? ''} ${result.response ? `(status ${result.response.status})` : ''}`);
  });
}

test(`all ${audits.length} graphql-http audits are ok`, async () => {
  const results = await Promise.all(audits.map((audit) => audit.fn()));
  assert.deepEqual(results.filter((r) => r.status !== 'ok').map((r) => r.id), []);
  assert.equal(audits.length, 61);
});
