// Starts the GraphQL conformance test server (tests/LiveSales.GraphQL.TestServer, built by test.sh)
// on a free port: the engine's own transports without any sales code.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './silo.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const serverDll = path.join(root, 'tests/LiveSales.GraphQL.TestServer/bin/Release/net10.0/LiveSales.GraphQL.TestServer.dll');

/** Returns { url (http://…/graphql), wsUrl, pid, rssBytes(), stop(), output() }. */
export async function startTestServer() {
  if (!existsSync(serverDll)) {
    throw new Error(`${serverDll} is missing: build it with "dotnet build tests/LiveSales.GraphQL.TestServer -c Release".`);
  }
  const port = await freePort();
  let output = '';
  const child = spawn('dotnet', [serverDll, '--urls', `http://127.0.0.1:${port}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`the test server exited (${child.exitCode}): ${output}`);
    }
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the test server did not start within 30 s: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: `${base}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    pid: child.pid,
    alive: () => child.exitCode === null,
    rssBytes: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) * 1024,
    output: () => output,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.kill('SIGTERM');
    }),
  };
}
