// WebSocket graphql-transport-ws against the engine's test server: the npm graphql-ws client
// subscribes, receives events and completes; raw messages that break the protocol get its close codes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestServer } from './support/graphql-test-server.mjs';

let server;
before(async () => { server = await startTestServer(); });
after(async () => { await server?.stop(); });

function client(connectionParams = {}) {
  return createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams, lazy: true, retryAttempts: 0 });
}

function run(graphqlWs, payload) {
  const events = [];
  return new Promise((resolve, reject) => {
    graphqlWs.subscribe(payload, { next: (value) => events.push(value), error: reject, complete: () => resolve(events) });
  });
}

test('graphql-ws subscribes, receives every event in order and completes', async () => {
  const graphqlWs = client();
  const events = await run(graphqlWs, { query: 'subscription { bookAdded { title genre } }' });
  await graphqlWs.dispose();
  assert.deepEqual(events, [
    { data: { bookAdded: { title: 'Ancillary Justice', genre: 'FICTION' } } },
    { data: { bookAdded: { title: 'Exhalation', genre: 'FICTION' } } },
    { data: { bookAdded: { title: 'SPQR', genre: 'HISTORY' } } },
    { data: { bookAdded: { title: 'Poems', genre: 'POETRY' } } },
  ]);
});

test('subscription arguments and variables reach the subscribe resolver', async () => {
  const graphqlWs = client();
  const events = await run(graphqlWs, { query: 'subscription S($g: Genre) { bookAdded(genre: $g) { id } }', variables: { g: 'HISTORY' } });
  await graphqlWs.dispose();
  assert.deepEqual(events, [{ data: { bookAdded: { id: 'b3' } } }]);
});

test('queries and mutations over the socket give one result then complete', async () => {
  const graphqlWs = client();
  const query = await run(graphqlWs, { query: '{ version featured { title } }' });
  const mutation = await run(graphqlWs, { query: 'mutation { removeBook(id: "b1") }' });
  await graphqlWs.dispose();
  assert.deepEqual(query, [{ data: { version: '1.0', featured: { title: 'Exhalation' } } }]);
  assert.deepEqual(mutation, [{ data: { removeBook: true } }]);
});

test('the connection_init payload becomes the user of the connection through the host hook', async () => {
  const graphqlWs = client({ token: 'ann' });
  const events = await run(graphqlWs, { query: '{ me }' });
  await graphqlWs.dispose();
  assert.deepEqual(events, [{ data: { me: 'ann' } }]);
});

test('a request error is sent as an error message for that operation', async () => {
  const graphqlWs = client();
  const error = await run(graphqlWs, { query: '{ version', variables: {} }).then(() => null, (e) => e);
  await graphqlWs.dispose();
  assert.deepEqual(error, [{ message: 'Syntax Error: Expected Name, found <EOF>.', locations: [{ line: 1, column: 10 }] }]);
});

test('a failing event stream ends the operation with a masked error after the events before it', async () => {
  const graphqlWs = client();
  const events = [];
  const error = await new Promise((resolve) => {
    graphqlWs.subscribe({ query: 'subscription { failing }' }, { next: (value) => events.push(value), error: resolve, complete: () => resolve(null) });
  });
  await graphqlWs.dispose();
  assert.deepEqual(events, [{ data: { failing: 1 } }]);
  assert.deepEqual(error, [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
});

test('completing a running subscription from the client stops its events', async () => {
  const graphqlWs = client();
  const events = [];
  await new Promise((resolve, reject) => {
    const unsubscribe = graphqlWs.subscribe({ query: 'subscription { bookAdded { id } }' }, {
      next: (value) => { events.push(value); if (events.length === 1) { unsubscribe(); setTimeout(resolve, 150); } },
      error: reject,
      complete: () => {},
    });
  });
  await graphqlWs.dispose();
  assert.deepEqual(events, [{ data: { bookAdded: { id: 'b1' } } }]);
});

/** Opens a raw socket, sends the messages in turn, and resolves with the close code, reason and messages received. */
function raw(messages, { protocol = 'graphql-transport-ws', gapMs = 30, closeAfterMs = 3000 } = {}) {
  return new Promise((resolve, reject) => {
    const socket = protocol ? new WebSocket(server.wsUrl, protocol) : new WebSocket(server.wsUrl);
    const received = [];
    socket.on('message', (data) => received.push(JSON.parse(data.toString())));
    socket.on('error', reject);
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString(), received }));
    socket.on('open', async () => {
      for (const message of messages) {
        if (socket.readyState !== WebSocket.OPEN) break;
        socket.send(typeof message === 'string' ? message : JSON.stringify(message));
        await new Promise((r) => setTimeout(r, gapMs));
      }
      setTimeout(() => socket.close(1000), closeAfterMs);
    });
  });
}

const init = { type: 'connection_init' };

test('a message that is not JSON closes with 4400', async () => {
  const { code } = await raw([init, '{ not json']);
  assert.equal(code, 4400);
});

test('an unknown message type closes with 4400', async () => {
  const { code, reason } = await raw([init, { type: 'hello' }]);
  assert.equal(code, 4400);
  assert.match(reason, /unknown type "hello"/);
});

test('a subscribe without an id closes with 4400', async () => {
  const { code } = await raw([init, { type: 'subscribe', payload: { query: '{ version }' } }]);
  assert.equal(code, 4400);
});

test('a subscribe before the connection is acknowledged closes with 4401', async () => {
  const { code, reason } = await raw([{ id: '1', type: 'subscribe', payload: { query: '{ version }' } }]);
  assert.deepEqual([code, reason], [4401, 'Unauthorized']);
});

test('a connection the host hook refuses closes with 4403', async () => {
  const { code, reason } = await raw([{ type: 'connection_init', payload: { token: 'forbidden' } }]);
  assert.deepEqual([code, reason], [4403, 'Forbidden']);
});

test('no connection_init within the wait time closes with 4408', async () => {
  const { code, reason } = await raw([]);
  assert.deepEqual([code, reason], [4408, 'Connection initialisation timeout']);
});

test('a second subscribe with an id in use closes with 4409', async () => {
  const subscribe = { id: 'same', type: 'subscribe', payload: { query: 'subscription { bookAdded { id } }' } };
  const { code, reason } = await raw([init, subscribe, subscribe]);
  assert.deepEqual([code, reason], [4409, 'Subscriber for same already exists']);
});

test('a second connection_init closes with 4429', async () => {
  const { code, reason } = await raw([init, init]);
  assert.deepEqual([code, reason], [4429, 'Too many initialisation requests']);
});

test('a socket without the graphql-transport-ws subprotocol closes with 4406', async () => {
  const { code } = await raw([init], { protocol: null });
  assert.equal(code, 4406);
});

test('ping is answered with pong carrying the same payload, and acks come first', async () => {
  const { code, received } = await raw([init, { type: 'ping', payload: { n: 1 } }, { type: 'complete', id: 'x' }], { gapMs: 50, closeAfterMs: 200 });
  assert.deepEqual(received, [{ type: 'connection_ack' }, { type: 'pong', payload: { n: 1 } }]);
  assert.equal(code, 1000);
});
