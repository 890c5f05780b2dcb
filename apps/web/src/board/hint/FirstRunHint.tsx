// What an empty board says: where to start, and that nothing shows numbers until a client offers load
// (a client's load starts at 0 req/s, so a freshly drawn system has no figures until someone sets it).
// Shown to editors only while the board has no component; it lets pointers through to the canvas.
import './hint.css';

export function FirstRunHint({ empty, readOnly }: { readonly empty: boolean; readonly readOnly: boolean }) {
  if (!empty) return null;
  if (readOnly) {
    return (
      <div className="first-run-hint" role="note" data-testid="first-run-hint">
        <p>This board is empty so far.</p>
      </div>
    );
  }
  return (
    <div className="first-run-hint" role="note" aria-label="Getting started" data-testid="first-run-hint">
      <h2>Start with who sends the requests</h2>
      <ol>
        <li>
          Add a <strong>client</strong> (Web client or Mobile client) from the palette, or press <kbd>/</kbd> to add by name.
        </li>
        <li>Add what it calls (a load balancer, a service, a database) and drag from any side of one component to another to draw a call.</li>
        <li>
          Select the client and give it a <strong>load in requests per second</strong>: it starts at 0, and every latency, utilisation and
          availability figure comes from that load.
        </li>
      </ol>
    </div>
  );
}
