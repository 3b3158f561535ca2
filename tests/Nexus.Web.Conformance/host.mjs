// Starts the built Nexus host on a free loopback port with its own data folder (SQLite, demo cohort), and stops it
// by its process id. Build first: dotnet build src/Nexus.Web
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

export async function startHost(settings = []) {
  const port = await freePort();
  const data = mkdtempSync(join(tmpdir(), 'nexus-conformance-'));
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('dotnet', ['run', '--no-build', '--project', join(root, 'src/Nexus.Web'), '--',
    `--Urls=${url}`, `--Database:DataDirectory=${data}`, '--Database:SeedDemoData=true',
    '--Auth:SigningKey=conformance-only-signing-key-0123456789abcdef0123', ...settings], { stdio: ['ignore', 'ignore', 'inherit'] });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the host exited with ${child.exitCode}`);
    }
    try {
      if ((await fetch(`${url}/health/ready`)).ok) {
        break;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      rmSync(data, { recursive: true, force: true });
    },
  };
}

export async function signIn(url, email = 'omar@demo.nexus.local') {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'nexus-demo-2025' }),
  });
  return (await response.json()).accessToken;
}
