// Runs requests through LiveSales.GraphQL (the differential driver, built by test.sh in Release):
// one process for a whole batch, JSON lines in and out. Operations are listed in
// tests/LiveSales.GraphQL.Differential/Operations/Operations.cs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const driverPath = path.join(
  root, 'tests/LiveSales.GraphQL.Differential/bin/Release/net10.0/LiveSales.GraphQL.Differential.dll');

/** Sends every request ({ op, ...fields }) and returns the responses in the same order. */
export function runLiveSales(requests) {
  if (!existsSync(driverPath)) {
    throw new Error(`${driverPath} is missing: build it with "dotnet build tests/LiveSales.GraphQL.Differential -c Release".`);
  }
  const input = requests.map((request, id) => JSON.stringify({ ...request, id })).join('\n') + '\n';
  const run = spawnSync('dotnet', [driverPath], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) {
    throw new Error(`the differential driver failed (${run.status}): ${run.stderr}`);
  }
  const responses = new Array(requests.length);
  for (const line of run.stdout.split('\n')) {
    if (line.trim() !== '') {
      const response = JSON.parse(line);
      responses[response.id] = response;
    }
  }
  return responses.map(({ id, ...rest }) => rest);
}
