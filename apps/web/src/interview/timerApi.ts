// The timer's commands as the interviewer's screen sends them: named, never stamped. The relay applies each
// at its own clock (server/src/interview/timer-route.ts) and the new state reaches every screen through the
// session room, this one included, so a screen whose clock is off by minutes still starts the phase at the
// relay's "now". The answer is only read for its error, in words the interviewer can act on.

export type TimerCommandName = 'start' | 'pause' | 'resume' | 'advance' | 'extend' | 'end';

export type CommandOutcome = { readonly ok: true } | { readonly ok: false; readonly error: string };

export async function sendTimerCommand(boardId: string, token: string | null, command: TimerCommandName, minutes?: number): Promise<CommandOutcome> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  try {
    const response = await fetch(`/api/interviews/${encodeURIComponent(boardId)}/timer`, {
      method: 'POST',
      headers,
      body: JSON.stringify(minutes === undefined ? { command } : { command, minutes }),
    });
    if (response.ok) return { ok: true };
    const body = (await response.json().catch(() => ({}))) as { error?: unknown };
    return { ok: false, error: `The timer did not change: ${typeof body.error === 'string' ? body.error : `HTTP ${response.status}`}` };
  } catch {
    return { ok: false, error: 'The timer did not change: the relay cannot be reached. Try again when the connection is back.' };
  }
}
