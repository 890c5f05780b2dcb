// Who is on the board: my own entry (the name is editable and remembered) and every peer, each with
// the colour their cursor uses. Clicking a peer follows their viewport (clicking again stops).
import type { PeerPresence, PresenceUser } from '@napkin/doc';
import { useEffect, useState } from 'react';
import { NAME_MAX_LENGTH } from './identity';

export interface RosterProps {
  readonly self: PresenceUser;
  readonly peers: readonly PeerPresence[];
  readonly onRename: (name: string) => void;
  /** The client id being followed, if any. */
  readonly followingClientId?: number | null;
  readonly onFollow?: (clientId: number | null) => void;
}

export function Roster({ self, peers, onRename, followingClientId = null, onFollow }: RosterProps) {
  return (
    <ul className="roster" data-testid="roster" aria-label="People on this board">
      <li data-testid="roster-self">
        <span className="dot" style={{ background: self.color }} />
        <OwnName name={self.name} onRename={onRename} />
      </li>
      {peers.map(({ clientId, state }) => (
        <li key={clientId} data-testid="roster-peer">
          <button
            type="button"
            className="peer-button"
            title={followingClientId === clientId ? `Stop following ${state.user.name}` : `Follow ${state.user.name}`}
            aria-pressed={followingClientId === clientId}
            onClick={() => onFollow?.(followingClientId === clientId ? null : clientId)}
          >
            <span className="dot" style={{ background: state.user.color }} />
            {state.user.name}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** A text field that commits on Enter or blur; Escape reverts the typed text. */
function OwnName({ name, onRename }: { name: string; onRename: (name: string) => void }) {
  const [draft, setDraft] = useState(name);
  useEffect(() => setDraft(name), [name]);

  const commit = () => {
    if (draft.trim() === '') setDraft(name);
    else if (draft !== name) onRename(draft);
  };

  return (
    <input
      className="name-input"
      data-testid="own-name"
      aria-label="Your name"
      value={draft}
      maxLength={NAME_MAX_LENGTH}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        // Escape only reverts the text: blurring here would commit the stale draft.
        if (e.key === 'Escape') setDraft(name);
      }}
    />
  );
}
