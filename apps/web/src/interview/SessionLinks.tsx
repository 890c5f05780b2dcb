// The session's links, on the screen of whoever started it: one line per role with its address and a copy
// button. The relay keeps only the links' hashes, so they exist where the session was started (interviewStore).
import { useState } from 'react';
import { linkUrl } from '../access/linkStore';
import type { CreatedSession, SessionRole } from './interviewApi';
import { SESSION_ROLES } from './interviewApi';

const WHAT: Readonly<Record<SessionRole, string>> = {
  candidate: 'edits the board',
  interviewer: 'everything, with private notes and the controls',
  observer: 'watches, changes nothing',
  practice: 'your solo practice session',
};

export function SessionLinks({ session }: { readonly session: CreatedSession }) {
  const [copied, setCopied] = useState<SessionRole | null>(null);
  const copy = (role: SessionRole, url: string) => {
    void navigator.clipboard?.writeText(url).then(() => setCopied(role), () => setCopied(null));
  };
  return (
    <ul className="session-links" data-testid="session-links">
      {SESSION_ROLES.flatMap((role) => {
        const token = session.links[role];
        if (token === undefined) return [];
        const url = linkUrl(window.location.origin, session.boardId, token);
        return [
          <li key={role} data-testid={`session-link-${role}`} data-url={url}>
            <strong>{role}</strong> <span className="hint">{WHAT[role]}</span>
            <input readOnly value={url} aria-label={`${role} link`} onFocus={(event) => event.target.select()} />
            <button type="button" onClick={() => copy(role, url)}>{copied === role ? 'Copied' : 'Copy'}</button>
          </li>,
        ];
      })}
    </ul>
  );
}
