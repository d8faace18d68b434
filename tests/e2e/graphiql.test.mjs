// The GraphiQL page served by MapGraphQL works in a real browser without network access beyond
// the server: it loads its own scripts, introspects, runs `{ __typename }` and shows the answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startTestServer } from './support/graphql-test-server.mjs';
import { repoRoot } from './support/silo.mjs';

const logs = path.join(repoRoot, '.data/test-run/logs');
let server;
let browser;
before(async () => {
  server = await startTestServer();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('GraphiQL loads from the server, runs { __typename } and shows the answer', async () => {
  const page = await browser.newPage();
  const outside = [];
  const failures = [];
  page.on('request', (request) => { if (!request.url().startsWith(server.url.replace('/graphql', ''))) outside.push(request.url()); });
  page.on('pageerror', (error) => failures.push(error.message));
  await page.goto(server.url);
  await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 20_000 });
  await page.evaluate(() => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue('{ __typename }'));
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(() => document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue().includes('__typename'), null, { timeout: 20_000 });
  const response = await page.evaluate(() => document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue());
  mkdirSync(logs, { recursive: true });
  await page.screenshot({ path: path.join(logs, 'graphiql.png') });
  await page.close();

  assert.deepEqual(JSON.parse(response), { data: { __typename: 'Query' } });
  assert.deepEqual(outside, []);
  assert.deepEqual(failures, []);
});
