// What an import did: a short confirmation (counts, names that became services, anything left out) or a
// refusal naming each problem and where it is. Sits at the top of the canvas until dismissed (a
// confirmation also goes by itself).
import type { ImportNotice as Notice } from './applyImport';
import './import.css';

export function ImportNotice({ notice, onDismiss }: { readonly notice: Notice | null; readonly onDismiss: () => void }) {
  if (notice === null) return null;
  return (
    <div className="import-notice" data-testid="import-notice" data-tone={notice.tone} role={notice.tone === 'refused' ? 'alert' : 'status'}>
      <div className="import-notice-head">
        <strong data-testid="import-notice-title">{notice.title}</strong>
        <button type="button" aria-label="Dismiss" onClick={onDismiss}>
          ×
        </button>
      </div>
      {notice.details.length > 0 && (
        <ul>
          {notice.details.map((detail, index) => (
            <li key={index}>{detail}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
