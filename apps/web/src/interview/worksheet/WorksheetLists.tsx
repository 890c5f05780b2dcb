// The requirement lines and the API endpoints of the worksheet: each line listed, removable by whoever may
// write the board, and a field to add one (Enter or "Add"). An endpoint is a method, a path and whether a
// retry is safe (idempotent), the three things the playbook's API step asks of each (section 4.2).
import type { ApiLine, HttpMethod, RequirementLine, Worksheet } from '@napkin/doc';
import { HTTP_METHODS } from '@napkin/doc';
import { useState } from 'react';

export function RequirementList({ sheet, lines, writable }: { readonly sheet: Worksheet; readonly lines: readonly RequirementLine[]; readonly writable: boolean }) {
  const [draft, setDraft] = useState('');
  const add = () => {
    if (sheet.addRequirement(draft)) setDraft('');
  };
  return (
    <div className="worksheet-list">
      <ul data-testid="worksheet-requirements">
        {lines.map((line) => (
          <li key={line.id} data-testid="worksheet-requirement">
            <span>{line.text}</span>
            {writable && <button type="button" aria-label={`Remove "${line.text}"`} onClick={() => sheet.removeLine('requirements', line.id)}>×</button>}
          </li>
        ))}
      </ul>
      {writable && (
        <div className="worksheet-add">
          <input
            data-testid="worksheet-requirement-input"
            value={draft}
            maxLength={300}
            placeholder="p99 redirect under 50 ms; links never expire…"
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') add();
            }}
          />
          <button type="button" data-testid="worksheet-requirement-add" onClick={add} disabled={draft.trim() === ''}>Add</button>
        </div>
      )}
    </div>
  );
}

export function ApiList({ sheet, lines, writable }: { readonly sheet: Worksheet; readonly lines: readonly ApiLine[]; readonly writable: boolean }) {
  const [method, setMethod] = useState<HttpMethod>('GET');
  const [path, setPath] = useState('');
  const [idempotent, setIdempotent] = useState(true);
  const add = () => {
    if (sheet.addApi(method, path, idempotent)) setPath('');
  };
  return (
    <div className="worksheet-list">
      <table data-testid="worksheet-apis">
        <tbody>
          {lines.map((line) => (
            <tr key={line.id} data-testid="worksheet-api" data-method={line.method} data-path={line.path} data-idempotent={line.idempotent}>
              <td className="method">{line.method}</td>
              <td className="path">{line.path}</td>
              <td>
                <label>
                  <input type="checkbox" checked={line.idempotent} disabled={!writable} onChange={(event) => sheet.setIdempotent(line.id, event.target.checked)} />
                  idempotent
                </label>
              </td>
              <td>{writable && <button type="button" aria-label={`Remove ${line.method} ${line.path}`} onClick={() => sheet.removeLine('apis', line.id)}>×</button>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {writable && (
        <div className="worksheet-add">
          <select data-testid="worksheet-api-method" aria-label="Method" value={method} onChange={(event) => setMethod(event.target.value as HttpMethod)}>
            {HTTP_METHODS.map((name) => <option key={name}>{name}</option>)}
          </select>
          <input
            data-testid="worksheet-api-path"
            value={path}
            maxLength={300}
            placeholder="/urls/{code}"
            onChange={(event) => setPath(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') add();
            }}
          />
          <label>
            <input type="checkbox" data-testid="worksheet-api-idempotent" checked={idempotent} onChange={(event) => setIdempotent(event.target.checked)} />
            idempotent
          </label>
          <button type="button" data-testid="worksheet-api-add" onClick={add} disabled={path.trim() === ''}>Add</button>
        </div>
      )}
    </div>
  );
}
