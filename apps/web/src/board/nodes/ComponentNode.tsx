// One component on the canvas: its icon, kind, name, instance count and read replicas ("×1 +1
// replica") and, when spread over zones, a "3 zones" badge; a handle on each side (a call can be drawn
// from any side to any side: the board connects in React Flow's loose mode, and the line is routed by
// the sides that face each other whatever handle was used), and the live badges from the analysis.
// Every component has the same size (nodes.css): badges wrap or are cut inside it, with the full text
// in their title, so a changing badge never pushes a component into its neighbour. A saturated
// component gets a pulsing red outline and a label.
import { getKind } from '@napkin/catalog';
import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { memo, useEffect, useRef, useState } from 'react';
import { focusWithRing } from './nodeFocus';
import { RENAME_EVENT } from './useNodeKeys';
import { useComponentFigures, useSkipReason } from '../../analysis/context';
import { KindIcon } from '../../icons/glyphs';
import { useCandidateView } from '../../analysis/candidateView';
import { SkippedMark } from '../../problems/LeftOutBanner';
import { countsOf, instancesWith, parseSpread } from '../../spread/spread';
import type { Spread } from '../../spread/spread';
import { WhatIfFlag } from './WhatIfFlag';
import { useBoardActions } from '../boardActions';
import type { ComponentFlowNode } from '../toFlow';
import { EntryBadges, ServerBadges } from './Badges';
import { readReplicasOf, replicasText } from './copies';
import { useDrawing } from './drawingContext';
import { componentLabel } from '../flowLabels';
import { useFlowElementLabel } from '../useFlowElementLabel';
import './nodes.css';

export const ComponentNode = memo(function ComponentNode({ id, data, selected }: NodeProps<ComponentFlowNode>) {
  const [editing, setEditing] = useState(false);
  // F2 on the focused component opens its name field (useNodeKeys.ts).
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (element === null) return;
    const rename = () => setEditing(true);
    element.addEventListener(RENAME_EVENT, rename);
    return () => element.removeEventListener(RENAME_EVENT, rename);
  }, []);
  const { componentsById, zonesById } = useDrawing();
  const component = componentsById.get(id);
  // In an interview the candidate's badges follow the interviewer's switch.
  const figures = useComponentFigures(id);
  // The engine left this component out (an unknown kind): said on the node, not only in a list.
  const skipReason = useSkipReason(id);
  const showBadges = useCandidateView().badges;
  const saturated = figures?.saturated === true;
  const spread = parseSpread(component?.spread);
  // Unset means the kind's default, as the engine reads it; counts set per zone are the instance count.
  const ownInstances = component?.instances ?? getKind(data.kindId)?.defaults.instances.value ?? 1;
  const instances = instancesWith(spread, ownInstances);
  // Replica boxes wired by replication count among the store's replicas (the engine's figure when it has one).
  const replicas = figures?.replication ? figures.replication.readReplicas : component ? readReplicasOf(component) : undefined;
  const replicasLabel = replicasText(replicas);
  const replicaOf = figures?.replication?.replicaOf ?? null;
  // Clients originate load; an instance count means nothing for them.
  const isEntry = getKind(data.kindId)?.traits.entryPoint === true;
  useFlowElementLabel('node', id, componentLabel(data.name, data.kindLabel, showBadges ? figures : undefined, isEntry));
  return (
    <div
      ref={box}
      className={`component-node${selected ? ' selected' : ''}${saturated ? ' saturated' : ''}`}
      data-testid={`node-${data.name}`}
      data-family={data.family}
      data-kind={data.kindId}
      data-saturated={saturated}
    >
      <Handle type="source" id="left" position={Position.Left} />
      <Handle type="source" id="top" position={Position.Top} />
      {saturated && <div className="saturated-label" data-testid="saturated">SATURATED</div>}
      <WhatIfFlag componentId={id} />
      <div className="kind" title={data.kindLabel}>
        <KindIcon kindId={data.kindId} size={16} />
        <span>{data.kindLabel}</span>
      </div>
      {editing ? (
        <NameInput componentId={id} initial={data.name} onDone={() => setEditing(false)} />
      ) : (
        <div className="name" title="Double-click to rename" onDoubleClick={() => setEditing(true)}>
          {/* Its own span, so that zoomed far out the line can draw a bar in place of the glyphs (canvas.css). */}
          <span className="name-text">{data.name}</span>
          {!isEntry && (
            <span className="instances" data-testid="instances" title={`${instances} instances`}>
              {' '}×{instances}
            </span>
          )}
          {!isEntry && replicasLabel !== null && (
            <span className="replicas" data-testid="replicas" title={`Read replicas: ${replicas}`}>
              {' '}
              {replicasLabel}
            </span>
          )}
        </div>
      )}
      {replicaOf !== null && (
        <div className="replica-of" data-testid="replica-of" title="A copy of its primary, fed by replication: counted among the primary's read replicas">
          replica of {componentsById.get(replicaOf)?.name ?? replicaOf}
        </div>
      )}
      {!isEntry && spread.entries.length > 0 && (
        <div className="spread" data-testid="spread" title={spreadTitle(spread, ownInstances, (zoneId) => zonesById.get(zoneId)?.name)}>
          ⊞ {spread.entries.length} zone{spread.entries.length === 1 ? '' : 's'}
        </div>
      )}
      {skipReason !== undefined && <SkippedMark reason={skipReason} />}
      {!showBadges ? null : figures ? (
        figures.isEntry ? <EntryBadges figures={figures} /> : <ServerBadges figures={figures} />
      ) : (
        // Before the first analysis (or with it off), an entry point still shows the load it was given.
        isEntry && component?.entry?.rps !== undefined && (
          <div className="badges entry">
            <span className="badge">{component.entry.rps.toLocaleString('en-US')} req/s</span>
          </div>
        )
      )}
      <Handle type="source" id="right" position={Position.Right} />
      <Handle type="source" id="bottom" position={Position.Bottom} />
    </div>
  );
});

/** "eu-a ×2, eu-b ×1": where the instances run, by zone name (an id no zone has any more is shown as it is). */
function spreadTitle(spread: Spread, instances: number, nameOf: (zoneId: string) => string | undefined): string {
  const counts = countsOf(spread, instances);
  return `Spread over zones: ${spread.entries.map((entry, index) => `${nameOf(entry.zone) || entry.zone} ×${counts[index] ?? 0}`).join(', ')}`;
}

/** Inline rename (double-click or F2): Enter or leaving the field commits, Escape cancels. */
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
        if (e.key !== 'Enter' && e.key !== 'Escape') return;
        // From the keyboard, the focus goes back to the component's box (it would fall to the page with the field).
        const owner = e.currentTarget.closest<HTMLElement>('.react-flow__node');
        finish(e.key === 'Enter');
        if (owner !== null) focusWithRing(owner);
      }}
    />
  );
}
