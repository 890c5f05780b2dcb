// Reading a recording back: every readable line is kept whatever the lines around it hold, and each line
// that is not is named with its reason, so a damaged file costs its damaged entries only.
import { describe, expect, it } from 'vitest';
import { encodeEntry, parseRecording } from './recording-format.js';
import type { RecordingEntry } from './recording-format.js';

const frame = (n: number, extra: Partial<RecordingEntry> = {}): RecordingEntry =>
  ({ kind: 'frame', n, t: 1_000 + n, reason: 'phase', phase: n, ended: false, snapshot: 'AAA=', figures: [], ...extra }) as RecordingEntry;

describe('parseRecording', () => {
  it('reads what it wrote', () => {
    const entries: RecordingEntry[] = [
      { kind: 'start', version: 1, startedAt: 5 },
      { kind: 'update', t: 6, update: 'AQID' },
      frame(0),
      { kind: 'frame', n: 1, t: 7, reason: 'interval', phase: 0, ended: false, ref: 0, figures: [] },
    ];
    const parsed = parseRecording(entries.map(encodeEntry).join(''));
    expect(parsed).toEqual({ start: entries[0], updates: [entries[1]], frames: [entries[2], entries[3]], issues: [] });
  });

  it('skips unreadable lines, naming each, and keeps the rest', () => {
    const text = [
      encodeEntry({ kind: 'start', version: 1, startedAt: 5 }),
      '{"kind":"frame","n":0,"t":\n',
      encodeEntry(frame(1)),
      '[1,2,3]\n',
      '{"kind":"update","t":6,"update":"not base64!"}\n',
      '{"kind":"telemetry"}\n',
      encodeEntry({ kind: 'frame', n: 2, t: 9, reason: 'phase', phase: 2, ended: false, ref: 0, figures: [] }),
      encodeEntry(frame(3, { figures: [{ entry: 'web' }] } as Partial<RecordingEntry>)),
      encodeEntry(frame(4, { ended: true })),
    ].join('');
    const parsed = parseRecording(text);
    expect(parsed.frames.map((entry) => entry.kind === 'frame' && entry.n)).toEqual([1, 4]);
    expect(parsed.issues).toEqual([
      'line 2: not JSON',
      'line 4: not an object',
      'line 5: update entry without its time or bytes',
      'line 6: unknown entry kind "telemetry"',
      'line 7: frame 2 refers to frame 0, which is not a readable snapshot before it',
      'line 8: frame without its time, reason or figures',
    ]);
  });
});
