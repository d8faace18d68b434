// LiveSales end to end on a running silo: a pool that returns customers after PT5S (warning PT3S
// before), the owner's @microsoft/signalr client receives RETURN_WARNING then RETURNED_TO_POOL, a
// second client watching the pool receives poolChanged ADDED, and a graphql-ws subscription sees
// the same alerts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as signalR from '@microsoft/signalr';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startSilo, admin } from './support/silo.mjs';
import { gqlData, gql, login } from './support/graphql.mjs';

let silo;
before(async () => { silo = await startSilo(); });
after(async () => { await silo?.stop(); });

function hub(token) {
  return new signalR.HubConnectionBuilder()
    .withUrl(`${silo.url}/hubs/live`, { accessTokenFactory: () => token })
    .configureLogging(signalR.LogLevel.None)
    .build();
}

// Collects what a hub connection receives for one method, and waits for a matching message.
function inbox(connection, method) {
  const received = [];
  const waiters = [];
  connection.on(method, (message) => {
    received.push(message);
    for (const waiter of [...waiters]) {
      if (waiter.match(message)) { waiters.splice(waiters.indexOf(waiter), 1); waiter.resolve(message); }
    }
  });
  return {
    received,
    next(match, timeoutMs = 30_000) {
      const found = received.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${method} matching within ${timeoutMs} ms; got ${JSON.stringify(received)}`)), timeoutMs);
        waiters.push({ match, resolve: (m) => { clearTimeout(timer); resolve(m); } });
      });
    },
  };
}

async function organisation(adminToken, suffix) {
  const team = await gqlData(silo.url, 'mutation($n: String!) { createTeam(input: {name: $n}) { id } }', { n: `E2E ${suffix}` }, adminToken);
  const teamId = team.createTeam.id;
  const users = {};
  for (const name of ['owner', 'watcher']) {
    const email = `${name}-${suffix}@e2e.livesales.test`;
    await gqlData(silo.url, 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      { i: { email, password: 'e2e-password', name: `${name} ${suffix}`, role: 'REP', teamId } }, adminToken);
    users[name] = await login(silo.url, email, 'e2e-password');
  }
  const pool = await gqlData(silo.url,
    'mutation($n: String!) { createPool(input: {name: $n, rules: {returnAfterNoFollowUp: "PT5S", remindBefore: ["PT3S"]}}) { id rules { returnAfterNoFollowUp remindBefore } } }',
    { n: `Five seconds ${suffix}` }, adminToken);
  assert.deepEqual(pool.createPool.rules, { returnAfterNoFollowUp: 'PT5S', remindBefore: ['PT3S'] });
  const me = await gqlData(silo.url, '{ me { id } }', {}, users.owner);
  return { teamId, poolId: pool.createPool.id, ownerId: me.me.id, ...users };
}

test('the owner is warned, then the customer returns, and a watcher of the pool sees it arrive', async () => {
  const adminToken = await login(silo.url, admin.email, admin.password);
  const org = await organisation(adminToken, 'hub');
  const owner = hub(org.owner);
  const watcher = hub(org.watcher);
  const alerts = inbox(owner, 'alert');
  const changes = inbox(watcher, 'poolChanged');
  await owner.start();
  await watcher.start();
  try {
    const page = await watcher.invoke('WatchPool', org.poolId);
    assert.equal(page.poolId, org.poolId);
    assert.deepEqual(page.nodes, []);

    const created = await gqlData(silo.url, 'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id returnsToPoolAt } }',
      { i: { name: 'Short Fuse Ltd', ownerId: org.ownerId, poolId: org.poolId } }, adminToken);
    const customerId = created.createCustomer.id;

    const warning = await alerts.next((a) => a.kind === 'RETURN_WARNING' && a.customerId === customerId);
    const returned = await alerts.next((a) => a.kind === 'RETURNED_TO_POOL' && a.customerId === customerId);
    const added = await changes.next((c) => c.customerId === customerId && c.change === 'ADDED');

    assert.match(warning.message, /Short Fuse Ltd returns to pool/);
    assert.ok(Date.parse(warning.at) <= Date.parse(returned.at));
    const kinds = alerts.received.filter((a) => a.customerId === customerId).map((a) => a.kind);
    assert.deepEqual(kinds.filter((k) => k !== 'ASSIGNED'), ['RETURN_WARNING', 'RETURNED_TO_POOL']);
    assert.equal(added.poolId, org.poolId);

    const after = await gqlData(silo.url, 'query($id: ID!) { customer(id: $id) { inPool owner { id } history { kind reason } } }', { id: customerId }, adminToken);
    assert.equal(after.customer.inPool, true);
    assert.equal(after.customer.owner, null);
    assert.deepEqual(after.customer.history.map((h) => h.kind), ['ASSIGNED', 'RETURNED']);
  } finally {
    await owner.stop();
    await watcher.stop();
  }
});

test('a rep cannot watch a pool it is not in, and a hub connection needs a valid token', async () => {
  const adminToken = await login(silo.url, admin.email, admin.password);
  const org = await organisation(adminToken, 'closed');
  const closedPool = await gqlData(silo.url, 'mutation($t: ID!) { createPool(input: {name: "Other team only", teamIds: [$t]}) { id } }',
    { t: (await gqlData(silo.url, 'mutation { createTeam(input: {name: "Outsiders"}) { id } }', {}, adminToken)).createTeam.id }, adminToken);
  const connection = hub(org.owner);
  await connection.start();
  try {
    await assert.rejects(connection.invoke('WatchPool', closedPool.createPool.id), /FORBIDDEN: You are not a member of pool 'Other team only'/);
  } finally {
    await connection.stop();
  }
  await assert.rejects(hub('ls_not-a-token-not-a-token-not-a-token').start(), /401/);
});

test('a graphql-ws subscription to alerts receives the same warnings', async () => {
  const adminToken = await login(silo.url, admin.email, admin.password);
  const org = await organisation(adminToken, 'ws');
  const client = createClient({ url: `${silo.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${org.owner}` }, retryAttempts: 0 });
  const seen = [];
  let done;
  const warned = new Promise((resolve) => { done = resolve; });
  const unsubscribe = client.subscribe({ query: 'subscription { alerts { kind customerId customer { name } } }' }, {
    next: (result) => { seen.push(result); if (result.data?.alerts.kind === 'RETURN_WARNING') done(result.data.alerts); },
    error: (error) => done(Promise.reject(error)),
    complete: () => {},
  });
  try {
    // The subscription is in place once the server acknowledged it; a query on the same socket proves that.
    await new Promise((resolve, reject) => client.subscribe({ query: '{ me { id } }' }, { next: () => {}, error: reject, complete: resolve }));
    await gqlData(silo.url, 'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }',
      { i: { name: 'Socket Co', ownerId: org.ownerId, poolId: org.poolId } }, adminToken);
    const warning = await Promise.race([warned, new Promise((_, reject) => setTimeout(() => reject(new Error(`no warning; got ${JSON.stringify(seen)}`)), 30_000))]);
    assert.equal(warning.customer.name, 'Socket Co');
  } finally {
    unsubscribe();
    await client.dispose();
  }
});

test('errors carry the codes of API.md', async () => {
  const anonymous = await gql(silo.url, '{ me { name } }');
  const adminToken = await login(silo.url, admin.email, admin.password);
  const missing = await gql(silo.url, '{ customer(id: "nobody") { name } }', {}, adminToken);
  const duplicate = await gql(silo.url, 'mutation($e: String!) { createUser(input: {email: $e, password: "secret1", name: "Twin"}) { id } }', { e: admin.email.toUpperCase() }, adminToken);
  const badDurationLiteral = await gql(silo.url, 'mutation { createPool(input: {name: "Bad", rules: {returnAfterNoFollowUp: "30 days"}}) { id } }', {}, adminToken);
  const badDurationVariable = await gql(silo.url, 'mutation($d: Duration) { createPool(input: {name: "Bad", rules: {returnAfterNoFollowUp: $d}}) { id } }', { d: 'P-1D' }, adminToken);
  const pools = await gql(silo.url, '{ pools { name } }', {}, adminToken);

  assert.equal(anonymous.errors[0].extensions.code, 'UNAUTHENTICATED');
  assert.equal(missing.errors[0].extensions.code, 'NOT_FOUND');
  assert.equal(duplicate.errors[0].extensions.code, 'CONFLICT');
  assert.equal(badDurationLiteral.errors[0].extensions.code, 'BAD_USER_INPUT');
  assert.equal(badDurationVariable.errors[0].extensions.code, 'BAD_USER_INPUT');
  assert.equal(pools.data.pools.filter((p) => p.name === 'Bad').length, 0);
});
