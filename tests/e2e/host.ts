import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface RunningHost {
  /** URL with the token, as printed by `verso serve`. */
  url: string;
  origin: string;
  token: string;
  /** The temporary copy of the sample set that the host serves. */
  setDir: string;
  userDataDir: string;
  /** Calls a ReviewApi method over HTTP, as the renderer does. */
  call<T = unknown>(method: string, args?: unknown): Promise<T>;
  stop(): Promise<void>;
}

/** Copies samples/<sample> to a temp folder and starts the real `verso serve` on it. */
export async function startHost(sample = 'article', options: { setDir?: string } = {}): Promise<RunningHost> {
  // VERSO_DIST: a build made with `node scripts/build.mjs --dist DIR` (default: dist/).
  const cli = path.join(process.env.VERSO_DIST ? path.resolve(process.env.VERSO_DIST) : path.join(repoRoot, 'dist'), 'cli.cjs');
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build" first.`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-e2e-'));
  const setDir = options.setDir ?? path.join(work, sample);
  if (!options.setDir) fs.cpSync(path.join(repoRoot, 'samples', sample), setDir, { recursive: true });
  const userDataDir = path.join(work, 'user-data');
  fs.mkdirSync(userDataDir);

  const child: ChildProcess = spawn(process.execPath, [cli, 'serve', setDir, '--port', '0', '--no-open'], {
    env: { ...process.env, VERSO_USER_DATA: userDataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`verso serve printed no URL in 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output);
      if (match) { clearTimeout(timer); resolve(match[0]); }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`verso serve exited (${code}):\n${output}`)); });
  });
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token') ?? '';
  const origin = parsed.origin;

  return {
    url, origin, token, setDir, userDataDir,
    async call<T>(method: string, args: unknown = {}) {
      const response = await fetch(`${origin}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Verso-Token': token },
        body: JSON.stringify(args),
      });
      const body = (await response.json()) as T & { error?: string };
      if (!response.ok) throw new Error(`${method}: ${response.status} ${body.error ?? ''}`);
      return body;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(work, { recursive: true, force: true });
    },
  };
}
