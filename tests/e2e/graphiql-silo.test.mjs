// The GraphiQL page of a running silo, in a real browser: a user signs in with the login mutation,
// pastes the token into GraphiQL's headers and runs { me { name } }. A screenshot is saved.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startSilo, admin, repoRoot } from './support/silo.mjs';
import { login } from './support/graphql.mjs';

const logs = path.join(repoRoot, '.data/test-run/logs');
let silo;
let browser;
before(async () => {
  silo = await startSilo();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});
after(async () => {
  await browser?.close();
  await silo?.stop();
});

test('GraphiQL at /graphql answers { me { name } } with a bearer token in its headers', async () => {
  const token = await login(silo.url, admin.email, admin.password);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const failures = [];
  page.on('pageerror', (error) => failures.push(error.message));
  await page.goto(`${silo.url}/graphql`);
  await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 20_000 });
  await page.evaluate(() => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue('{ me { name role } }'));
  await page.getByRole('button', { name: 'Headers' }).click();
  await page.evaluate((value) => {
    // The variables and headers editors share the tool area; the one not hidden is the headers editor now.
    const headers = [...document.querySelectorAll('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror')];
    headers[0].CodeMirror.setValue(value);
  }, JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2));
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(() => document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue().includes('"me"'), null, { timeout: 20_000 });
  const response = await page.evaluate(() => document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue());
  mkdirSync(logs, { recursive: true });
  await page.screenshot({ path: path.join(logs, 'graphiql-me.png') });
  await page.close();

  assert.deepEqual(JSON.parse(response), { data: { me: { name: 'Administrator', role: 'ADMIN' } } });
  assert.deepEqual(failures, []);
});
