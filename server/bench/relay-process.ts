// Starts a relay in its own process and reads its CPU time and memory from /proc, so the benchmark charges
// each relay exactly the CPU it used (user + system, all threads, including fsync work in the libuv pool)
// and sees its resident memory without any code of the relay's own taking part.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';

export interface CpuTime {
  readonly total: number;
  readonly system: number;
}

export interface RelayProcess {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  /** Process CPU time (user + system, and the system part) in milliseconds since it started. */
  cpuMs(): Promise<CpuTime>;
  /** Resident set size (VmRSS) in bytes: what the relay holds in memory now, heap and buffers alike. */
  rssBytes(): Promise<number>;
  /** Sends `signal` (SIGTERM: the relay flushes and closes its sockets with 1001; SIGKILL: a crash) and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const CLOCK_TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux

async function cpuMsOf(pid: number): Promise<CpuTime> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name; utime and stime are fields 14 and 15 (1-based).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [user, system] = [Number(fields[11]), Number(fields[12])].map((ticks) => (ticks * 1000) / CLOCK_TICKS_PER_SECOND) as [number, number];
  return { total: user + system, system };
}

async function rssBytesOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  if (match?.[1] === undefined) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}

export async function startRelayProcess(name: string, args: string[], env: Record<string, string>, cwd: string): Promise<RelayProcess> {
  const child: ChildProcess = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start: ${output}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/localhost:\d+)/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}: ${output}`)));
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${name} has no pid`);
  return {
    name,
    url,
    pid,
    cpuMs: () => cpuMsOf(pid),
    rssBytes: () => rssBytesOf(pid),
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill(signal);
      await exited;
    },
  };
}
