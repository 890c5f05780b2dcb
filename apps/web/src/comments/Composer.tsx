// A comment box: Ctrl/Cmd+Enter or the button sends; a refused comment keeps its text and says why.
import { COMMENT_MAX_LENGTH } from '@napkin/doc';
import { useState } from 'react';

export interface ComposerProps {
  readonly placeholder: string;
  readonly action: string;
  readonly testId: string;
  /** Returns null when sent, else the reason it was not. */
  readonly onSend: (text: string) => string | null;
  readonly autoFocus?: boolean;
}

export function Composer({ placeholder, action, testId, onSend, autoFocus = false }: ComposerProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const send = () => {
    const refused = onSend(text);
    setError(refused);
    if (refused === null) setText('');
  };
  return (
    <div className="comment-composer" data-testid={testId}>
      <textarea
        data-testid="comment-input"
        aria-label={placeholder}
        placeholder={placeholder}
        value={text}
        maxLength={COMMENT_MAX_LENGTH}
        rows={2}
        autoFocus={autoFocus}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) send();
        }}
      />
      {error !== null && (
        <p className="comment-error" role="alert" data-testid="comment-error">
          {error}
        </p>
      )}
      <button type="button" data-testid="comment-send" onClick={send} disabled={text.trim() === ''} title="Ctrl+Enter">
        {action}
      </button>
    </div>
  );
}
