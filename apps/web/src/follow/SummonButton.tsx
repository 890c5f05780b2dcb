// "Bring everyone to me": a presenter's button. Everyone else on the board starts following this
// tab's viewport (each of them can stop). It briefly confirms the press, since the effect is on
// other people's screens.
import { useEffect, useState } from 'react';

const CONFIRM_MS = 2000;

export function SummonButton({ onSummon, alone }: { readonly onSummon: () => void; readonly alone: boolean }) {
  const [sent, setSent] = useState(false);
  useEffect(() => {
    if (!sent) return;
    const timer = window.setTimeout(() => setSent(false), CONFIRM_MS);
    return () => window.clearTimeout(timer);
  }, [sent]);

  return (
    <button
      type="button"
      className={sent ? 'summon-button active' : 'summon-button'}
      data-testid="summon"
      disabled={alone}
      title={alone ? 'Nobody else is on this board yet' : 'Everyone else follows your view (they can stop)'}
      onClick={() => {
        onSummon();
        setSent(true);
      }}
    >
      {sent ? 'Following you' : 'Bring everyone to me'}
    </button>
  );
}
