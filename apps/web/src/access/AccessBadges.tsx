// Toolbar badges about access: "View only" on a reader's own board, and for everyone how many people are
// only viewing (readers' presence carries `viewing: true`), with their names on hover.
import type { Participant } from './viewers';

export function ViewOnlyBadge({ role }: { readonly role: string }) {
  return (
    <span className="status view-only" data-testid="view-only" title={`You opened this board with a ${role} link: you can look, not change it.`}>
      View only
    </span>
  );
}

export function ViewersBadge({ participants }: { readonly participants: readonly Participant[] }) {
  const viewing = participants.filter((participant) => participant.viewing);
  if (viewing.length === 0) return null;
  return (
    <span className="status viewers" data-testid="viewers" data-count={viewing.length} title={viewing.map((p) => p.name).join(', ')}>
      {viewing.length} viewing
    </span>
  );
}
