// Starts a real LiveSales silo (the Release build test.sh made) on a fresh database and a free port.
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const siloDll = path.join(repoRoot, 'silo/bin/Release/net10.0/LiveSales.Silo.dll');

export const admin = { email: 'admin@e2e.livesales.test', password: 'e2e-admin-password' };

function serverConnection() {
  const value = process.env.LIVESALES_TEST_DB;
  if (!value) {
    throw new Error('LIVESALES_TEST_DB is not set: run the Node tests through ./test.sh');
  }
  return Object.fromEntries(value.split(';').filter(Boolean).map((part) => {
    const [key, ...rest] = part.split('=');
    return [key.trim().toLowerCase(), rest.join('=')];
  }));
}

function psql(database, sql) {
  const conn = serverConnection();
  execFileSync('psql', ['-h', conn.host, '-p', conn.port, '-U', conn.username ?? 'postgres', '-d', database, '-qAtc', sql],
    { stdio: ['ignore', 'pipe', 'pipe'] });
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function createDatabase() {
  const name = `ls_e2e_${randomBytes(6).toString('hex')}`;
  psql('postgres', `CREATE DATABASE ${name}`);
  const conn = serverConnection();
  return {
    name,
    connectionString: `Host=${conn.host};Port=${conn.port};Username=${conn.username ?? 'postgres'};Database=${name}`,
    drop: () => psql('postgres', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/**
 * Starts a silo. `env` adds configuration (e.g. { LiveSales__DemoData: 'true' }); `database` lets two
 * silos share one database. Returns { url, stop(), output() }.
 */
export async function startSilo({ env = {}, database } = {}) {
  const db = database ?? createDatabase();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn('dotnet', [siloDll, '--urls', url], {
    env: {
      ...process.env,
      ConnectionStrings__LiveSales: db.connectionString,
      LiveSales__Auth__AdminEmail: admin.email,
      LiveSales__Auth__AdminPassword: admin.password,
      DOTNET_NOLOGO: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  const exited = new Promise((resolve) => child.once('exit', resolve));

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`silo exited with ${child.exitCode}:\n${output}`);
    }
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`silo not healthy within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    url,
    database: db,
    output: () => output,
    async stop() {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      if (!database) db.drop();
    },
  };
}
