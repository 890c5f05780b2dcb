// The end of the interviewer's rubric panel: the summary they write for the scorecard (a text in the private
// `~notes` room, beside the scores) and the scorecard's downloads, Markdown and PDF, which the relay writes with
// the board export's renderer for the interviewer's link only (server/src/interview/scorecard-route.ts).
import { SUMMARY_TEXT } from '@napkin/doc';
import { useEffect, useState } from 'react';
import { applyTextChange } from './notesText';
import type { ScorecardFormat } from './rubricApi';
import { fetchScorecard } from './rubricApi';
import type { SideRoom } from './sessionRooms';
import './scorecard.css';

export interface ScorecardSectionProps {
  readonly room: SideRoom;
  readonly boardId: string;
  readonly token: string;
}

export function ScorecardSection({ room, boardId, token }: ScorecardSectionProps) {
  const text = room.ydoc.getText(SUMMARY_TEXT);
  const [summary, setSummary] = useState(() => text.toString());
  const [busy, setBusy] = useState<ScorecardFormat | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    const onChange = () => setSummary(text.toString());
    onChange();
    text.observe(onChange);
    return () => text.unobserve(onChange);
  }, [text]);

  const download = (format: ScorecardFormat) => {
    setBusy(format);
    setError('');
    void fetchScorecard(boardId, token, format).then((answer) => {
      setBusy(null);
      if (!answer.ok) return setError(`The scorecard could not be made: ${answer.error}`);
      saveFile(answer.value.blob, answer.value.fileName);
    });
  };

  return (
    <section className="scorecard" aria-label="Scorecard">
      <h3>Scorecard</h3>
      <textarea
        data-testid="scorecard-summary"
        aria-label="Summary for the scorecard"
        value={summary}
        rows={4}
        maxLength={10_000}
        placeholder="Your summary: the decision and why, in a few lines."
        onChange={(event) => applyTextChange(text, event.target.value)}
      />
      <div className="scorecard-downloads">
        <button type="button" data-testid="scorecard-md" disabled={busy !== null} onClick={() => download('md')}>
          {busy === 'md' ? 'Writing…' : 'Download Markdown'}
        </button>
        <button type="button" data-testid="scorecard-pdf" disabled={busy !== null} onClick={() => download('pdf')}>
          {busy === 'pdf' ? 'Writing…' : 'Download PDF'}
        </button>
      </div>
      {error !== '' && (
        <p className="error" role="alert" data-testid="scorecard-error">
          {error}
        </p>
      )}
    </section>
  );
}

/** Hands the bytes to the browser as a download under `fileName`. */
function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL can go once it has been read.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
