// Many clients at once against the engine's test server: every answer belongs to its own request,
// whatever the sizes of the bodies arriving together (a request never reads another's bytes).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer } from './support/graphql-test-server.mjs';

let server;
before(async () => { server = await startTestServer(); });
after(async () => { await server?.stop(); });

const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
function textOf(client, request) {
  // Mostly small bodies, arriving together in one buffer's worth; every tenth up to 40 KB, spanning many.
  const length = 1 + ((client * 7919 + request * 104729) % (request % 10 === 9 ? 40_000 : 300));
  const head = `c${client}r${request}-`;
  return head + Array.from({ length }, (_, i) => alphabet[(client + request + i) % alphabet.length]).join('');
}

test('6,400 requests from 64 concurrent clients, bodies of 1 B to 40 KB, each get their own answer', async () => {
  const clients = 64;
  const perClient = 100;
  const wrong = [];
  await Promise.all(Array.from({ length: clients }, async (_, client) => {
    for (let request = 0; request < perClient; request++) {
      const text = textOf(client, request);
      const body = request % 2 === 0
        ? { query: 'query Echo($text: String!) { echo(text: $text) }', variables: { text } }
        : { query: `{ echo(text: ${JSON.stringify(text)}) }` };
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify(body),
      });
      const answer = await response.json();
      if (response.status !== 200 || answer.data?.echo !== text) {
        wrong.push({ client, request, status: response.status, errors: answer.errors, got: answer.data?.echo?.slice(0, 20) });
      }
    }
  }));
  assert.deepEqual(wrong, []);
});
