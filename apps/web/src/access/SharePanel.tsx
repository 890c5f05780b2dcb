// The owner's share panel: make a link for a role (copied at once), copy links made in this browser, revoke
// any link (its sockets close everywhere), and see who is in, viewers marked. Only shown to an owner link.
import { useCallback, useEffect, useState } from 'react';
import './access.css';
import type { BoardId } from '../route/route';
import type { NameStorage } from '../presence/identity';
import { listLinks, makeLink, revokeLink, SHARE_ROLES } from './accessApi';
import type { LinkInfo } from './accessApi';
import { linkUrl, madeLinks, rememberMadeLink } from './linkStore';
import type { Token } from './linkStore';
import type { Participant } from './viewers';

export interface SharePanelProps {
  readonly boardId: BoardId;
  readonly ownerToken: Token;
  readonly storage: NameStorage | null;
  readonly participants: readonly Participant[];
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function SharePanel({ boardId, ownerToken, storage, participants }: SharePanelProps) {
  const [open, setOpen] = useState(false);
  const [links, setLinks] = useState<LinkInfo[]>([]);
  const [role, setRole] = useState<string>('editor');
  const [label, setLabel] = useState('');
  const [message, setMessage] = useState('');
  const [lastMade, setLastMade] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setLinks(await listLinks(boardId, ownerToken));
    } catch (error) {
      setMessage(`Could not list links: ${error instanceof Error ? error.message : String(error)}`);
    }
  }, [boardId, ownerToken]);
  useEffect(() => {
    if (open) void refresh();
  }, [open, refresh]);

  const make = async () => {
    try {
      const made = await makeLink(boardId, ownerToken, role, label);
      rememberMadeLink(storage, boardId, made.link.id, made.token);
      const url = linkUrl(window.location.origin, boardId, made.token);
      setLastMade(url);
      setMessage((await copy(url)) ? `${role} link copied` : `${role} link made`);
      setLabel('');
      await refresh();
    } catch (error) {
      setMessage(`Could not make a link: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const revoke = async (link: LinkInfo) => {
    try {
      await revokeLink(boardId, ownerToken, link.id);
      setMessage(`${link.role} link revoked: whoever used it is disconnected`);
      await refresh();
    } catch (error) {
      setMessage(`Could not revoke: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const tokens = madeLinks(storage, boardId);
  return (
    <div className="share">
      <button type="button" data-testid="share" onClick={() => setOpen(!open)} aria-expanded={open}>Share</button>
      {open && (
        <div className="share-panel" data-testid="share-panel">
          <div className="share-make">
            <select data-testid="share-role" value={role} onChange={(event) => setRole(event.target.value)}>
              {SHARE_ROLES.map((name) => <option key={name} value={name}>{name}</option>)}
            </select>
            <input data-testid="share-label" placeholder="label (optional)" value={label} maxLength={80} onChange={(event) => setLabel(event.target.value)} />
            <button type="button" data-testid="share-make" onClick={() => void make()}>Make link</button>
          </div>
          {lastMade !== null && <input className="share-url" data-testid="share-url" readOnly value={lastMade} onFocus={(event) => event.target.select()} />}
          <p className="share-message" data-testid="share-message" role="status">{message}</p>
          <ul className="share-links">
            {links.map((link) => {
              const token = tokens[link.id];
              return (
                <li key={link.id} data-testid={`share-link-${link.role}`} data-revoked={link.revokedAt !== null}>
                  <span className="role">{link.role}</span> {link.label} <span className="connected">{link.connected} connected</span>
                  {link.revokedAt === null && token !== undefined && (
                    <button type="button" onClick={() => void copy(linkUrl(window.location.origin, boardId, token)).then((ok) => setMessage(ok ? 'copied' : linkUrl(window.location.origin, boardId, token)))}>Copy</button>
                  )}
                  {link.revokedAt === null ? (
                    <button type="button" data-testid="share-revoke" onClick={() => void revoke(link)}>Revoke</button>
                  ) : (
                    <span className="revoked">revoked</span>
                  )}
                </li>
              );
            })}
          </ul>
          <h4>Who is in</h4>
          <ul className="share-people" data-testid="share-people">
            {participants.map((person) => (
              <li key={person.clientId}>{person.name}{person.self ? ' (you)' : ''}{person.viewing ? ' · viewing' : ''}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
