// The connection status, always visible in the board's top bar.
import type { ConnectionStatus } from './connectionStatus';
import { STATUS_LABEL } from './connectionStatus';

export function StatusBadge({ status }: { readonly status: ConnectionStatus }) {
  return (
    <span className="status" data-testid="connection-status" data-status={status} role="status" aria-live="polite">
      {STATUS_LABEL[status]}
    </span>
  );
}
