// Runs the real relay (`server/src/main.ts`) as a child process for the browser tests. It starts
// on a free port (PORT=0) with a throwaway data dir, and can be stopped and started again on the
// same port and data dir: that is how the tests prove a board survives a relay restart.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { E2E_ADMIN_TOKEN } from './links';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SERVER_DIR = join(REPO_ROOT, 'server');
// NAPKIN_WEB_DIST (the relay's own option) lets a run test a build kept elsewhere, e.g. one made with
// `vite build --outDir` while another build of apps/web/dist is under way.
const WEB_DIST = join(process.env.NAPKIN_WEB_DIST ?? join(REPO_ROOT, 'apps', 'web', 'dist'), 'index.html');
const LISTENING = /Napkin listening on (http:\/\/\S+?):(\d+)/;
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

export class Relay {
  private child: ChildProcess | null = null;
  private port = 0;
  private output = '';

  private constructor(readonly dataDir: string) {}

  /** Starts a relay on a free port with a fresh temporary data dir. */
  static async start(): Promise<Relay> {
    if (!existsSync(WEB_DIST)) {
      throw new Error(`${WEB_DIST} is missing: build the app first (pnpm --filter @napkin/web build)`);
    }
    const relay = new Relay(mkdtempSync(join(tmpdir(), 'napkin-e2e-')));
    await relay.launch(0);
    return relay;
  }

  /** `http://localhost:<port>`: the app's origin (the relay serves the built app too). */
  get baseURL(): string {
    return `http://localhost:${this.port}`;
  }

  get running(): boolean {
    return this.child !== null;
  }

  /** Stops the relay process (SIGTERM, so it can flush its storage) and waits for it to exit. */
  async stop(): Promise<void> {
    const child = this.child;
    if (child === null) return;
    this.child = null;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }

  /**
   * Kills the relay with SIGKILL, as a crash or power cut would (no flush, no goodbye to the sockets), and
   * waits for it to exit. Whatever it acknowledged as durable must be on disk for the next start.
   */
  async kill(): Promise<void> {
    const child = this.child;
    if (child === null) return;
    this.child = null;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }

  /** Starts a stopped relay again on the same port and data dir. */
  async resume(): Promise<void> {
    if (this.child !== null) return;
    await this.launch(this.port);
  }

  /** Stops and starts the relay on the same port and data dir. */
  async restart(): Promise<void> {
    await this.stop();
    await this.resume();
  }

  /** Stops the relay and deletes its data dir. */
  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  private launch(port: number): Promise<void> {
    this.output = '';
    // `node --import tsx` rather than `pnpm start`: one process, so stopping it stops the relay.
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: SERVER_DIR,
      env: { ...process.env, PORT: String(port), NAPKIN_DATA_DIR: this.dataDir, NAPKIN_ADMIN_TOKEN: E2E_ADMIN_TOKEN },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    return new Promise<void>((resolve, reject) => {
      const fail = (why: string) => {
        clearTimeout(timer);
        reject(new Error(`relay did not start: ${why}\n--- relay output ---\n${this.output}`));
      };
      const timer = setTimeout(() => fail(`no "Napkin listening" line within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
      const onData = (chunk: Buffer) => {
        this.output += chunk.toString();
        const match = LISTENING.exec(this.output);
        if (match?.[2] !== undefined) {
          clearTimeout(timer);
          this.port = Number(match[2]);
          resolve();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code, signal) => {
        if (this.child === child) this.child = null;
        fail(`exited early (code ${String(code)}, signal ${String(signal)})`);
      });
    });
  }
}
