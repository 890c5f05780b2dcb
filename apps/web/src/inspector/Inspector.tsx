// The inspector: a panel on the right of the canvas that edits whatever single thing is selected —
// a component (or entry point), a call, or a zone; several calls selected can be made one split, or
// edited as one when they already are one; several components are edited together (`BulkInspector`). Every edit is a Board call with this tab's origin,
// closed as its own undo step, so it reaches everyone and undo takes it back.
import type { Board, BoardSnapshot } from '@napkin/doc';
import type { Edge, Node } from '@xyflow/react';
import { memo } from 'react';
import type { KeyboardEvent } from 'react';
import { groupOf } from '../alternatives/split';
import { focusWithRing } from '../board/nodes/nodeFocus';
import type { UndoSteps } from '../board/flowEditor';
import { useDrawing } from '../board/nodes/drawingContext';
import { usePanelOpen } from '../board/panelMemory';
import { BulkInspector } from './BulkInspector';
import { CallInspector } from './CallInspector';
import { ComponentInspector } from './ComponentInspector';
import { useEdit } from './edit';
import { MakeSplitFromSelection } from './MakeSplit';
import { SplitEditor } from './SplitEditor';
import { ZoneInspector } from './ZoneInspector';
import './inspector.css';

export interface InspectorProps {
  readonly board: Board;
  readonly snapshot: BoardSnapshot;
  readonly undoManager: UndoSteps;
  readonly nodes: readonly Node[];
  readonly edges: readonly Edge[];
}

export function Inspector({ board, snapshot, undoManager, nodes, edges }: InspectorProps) {
  // Nodes change on every frame of a drag; the panel only cares which ids are selected, so it gets
  // them as strings and re-renders when the selection or the document changes, not while dragging.
  const selectedNodes = nodes.filter((node) => node.selected).map((node) => node.id).join(' ');
  const selectedEdges = edges.filter((edge) => edge.selected).map((edge) => edge.id).join(' ');
  return <InspectorPanel board={board} snapshot={snapshot} undoManager={undoManager} selectedNodes={selectedNodes} selectedEdges={selectedEdges} />;
}

interface InspectorPanelProps {
  readonly board: Board;
  readonly snapshot: BoardSnapshot;
  readonly undoManager: UndoSteps;
  /** Space-separated ids. */
  readonly selectedNodes: string;
  readonly selectedEdges: string;
}

const InspectorPanel = memo(function InspectorPanel({ board, snapshot, undoManager, selectedNodes, selectedEdges }: InspectorPanelProps) {
  const edit = useEdit(undoManager);
  const { splits } = useDrawing();
  const [open, setOpen] = usePanelOpen('inspector', () => true);

  const nodeIds = selectedNodes === '' ? [] : selectedNodes.split(' ');
  const edgeIds = selectedEdges === '' ? [] : selectedEdges.split(' ');
  const count = nodeIds.length + edgeIds.length;
  if (count === 0) return null;

  const nodeId = nodeIds[0];
  const component = nodeId !== undefined ? snapshot.components.find((c) => c.id === nodeId) : undefined;
  const zone = nodeId !== undefined ? snapshot.zones.find((z) => z.id === nodeId) : undefined;
  const call = nodeId === undefined && edgeIds[0] !== undefined ? snapshot.calls.find((c) => c.id === edgeIds[0]) : undefined;
  const selectedComponents = nodeIds.length > 1 ? snapshot.components.filter((c) => nodeIds.includes(c.id)) : [];
  const nameOf = (id: string) => snapshot.components.find((c) => c.id === id)?.name || 'unnamed';
  // Only calls selected: the "make a split" gesture, or the split they already are.
  const selectedCalls = nodeIds.length === 0 && edgeIds.length > 1 ? snapshot.calls.filter((c) => edgeIds.includes(c.id)) : [];
  const sharedGroup = selectedCalls.length > 1 ? commonSplit(selectedCalls.map((c) => groupOf(splits, c)?.key)) : undefined;
  const group = sharedGroup === undefined ? undefined : splits.get(sharedGroup);

  const fold = (
    <div className="inspector-fold">
      <span>{count === 1 ? '1 item selected' : `${count} items selected`}</span>
      <button type="button" data-testid="inspector-fold" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Fold' : 'Show'}
      </button>
    </div>
  );
  if (!open) {
    return (
      <aside className="inspector folded" data-testid="inspector" aria-label="Inspector (folded)">
        {fold}
      </aside>
    );
  }
  // Escape with nothing typed to take back (a field takes back its typing first) returns to the canvas.
  const backToCanvas = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const id = nodeIds[0] ?? edgeIds[0];
    const owner = id === undefined ? null : document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"], .react-flow__edge[data-id="${CSS.escape(id)}"]`);
    if (owner !== null) focusWithRing(owner);
  };
  return (
    <aside className="inspector" data-testid="inspector" aria-label="Inspector" onKeyDown={backToCanvas}>
      {fold}
      {group ? (
        <SplitEditor key={group.key} board={board} group={group} nameOf={nameOf} edit={edit} />
      ) : selectedCalls.length > 1 ? (
        <MakeSplitFromSelection board={board} calls={snapshot.calls} splits={splits} selected={selectedCalls} nameOf={nameOf} edit={edit} />
      ) : selectedComponents.length > 1 ? (
        <BulkInspector board={board} components={selectedComponents} others={count - selectedComponents.length} edit={edit} />
      ) : count > 1 ? (
        <p className="inspector-note">{count} items selected: select one to edit it, or several components to edit them together.</p>
      ) : component ? (
        <ComponentInspector key={component.id} board={board} component={component} edit={edit} />
      ) : zone ? (
        <ZoneInspector key={zone.id} board={board} zone={zone} members={snapshot.components} edit={edit} />
      ) : call ? (
        <CallInspector key={call.id} board={board} call={call} calls={snapshot.calls} components={snapshot.components} edit={edit} />
      ) : (
        <p className="inspector-note">This item was just removed.</p>
      )}
    </aside>
  );
});

/** The split every selected call belongs to, if they all belong to the same one. */
function commonSplit(keys: readonly (string | undefined)[]): string | undefined {
  const first = keys[0];
  return first !== undefined && keys.every((key) => key === first) ? first : undefined;
}
