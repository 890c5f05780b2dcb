// One component on the canvas: its kind and its name, with a target handle on the left and a
// source handle on the right (calls go left to right, the way a request travels).
import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { memo, useRef, useState } from 'react';
import { useBoardActions } from '../boardActions';
import type { ComponentFlowNode } from '../toFlow';

export const ComponentNode = memo(function ComponentNode({ id, data, selected }: NodeProps<ComponentFlowNode>) {
  const [editing, setEditing] = useState(false);
  return (
    <div
      className={`component-node${selected ? ' selected' : ''}`}
      data-testid={`node-${data.name}`}
      data-family={data.family}
      data-kind={data.kindId}
    >
      <Handle type="target" position={Position.Left} />
      <div className="kind">{data.kindLabel}</div>
      {editing ? (
        <NameInput componentId={id} initial={data.name} onDone={() => setEditing(false)} />
      ) : (
        <div className="name" title="Double-click to rename" onDoubleClick={() => setEditing(true)}>
          {data.name}
        </div>
      )}
      <Handle type="source" position={Position.Right} />
    </div>
  );
});

/** Inline rename: Enter or leaving the field commits, Escape cancels. */
function NameInput({ componentId, initial, onDone }: { componentId: string; initial: string; onDone: () => void }) {
  const { rename } = useBoardActions();
  const [draft, setDraft] = useState(initial);
  // Enter commits and unmounts the field; the guard stops a following blur from committing twice.
  const finished = useRef(false);

  const finish = (commit: boolean) => {
    if (finished.current) return;
    finished.current = true;
    if (commit && draft.trim() !== '' && draft !== initial) rename(componentId, draft);
    onDone();
  };

  return (
    <input
      // nodrag/nopan: selecting text in the field must not move the node or the canvas.
      className="nodrag nopan"
      data-testid="rename-input"
      aria-label="Component name"
      autoFocus
      value={draft}
      maxLength={80}
      onChange={(e) => setDraft(e.target.value)}
      onFocus={(e) => e.currentTarget.select()}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') finish(true);
        else if (e.key === 'Escape') finish(false);
      }}
    />
  );
}
