// A zone frame on the canvas: a dashed rectangle with a header naming it and its level. Only the
// header grabs (React Flow's `dragHandle`) and the body lets pointers through, so people can pan and
// drop components inside it; selected, it shows resize handles.
import { NodeResizer } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { KindIcon } from '../../icons/KindIcon';
import { MIN_ZONE_SIZE } from './zoneEditor';
import type { ZoneFlowNode } from './zoneFlow';
import './zones.css';

export const ZoneNode = memo(function ZoneNode({ data, selected }: NodeProps<ZoneFlowNode>) {
  return (
    <div className={`zone-frame${selected ? ' selected' : ''}`} data-level={data.level} data-testid={`zone-${data.name}`}>
      <NodeResizer isVisible={selected} minWidth={MIN_ZONE_SIZE.width} minHeight={MIN_ZONE_SIZE.height} />
      <div className="zone-header" title="Drag to move the frame; select it to resize or edit it">
        <KindIcon kindId={data.level} size={14} />
        <span className="zone-name">{data.name || data.levelLabel}</span>
        {data.name !== '' && data.name !== data.levelLabel && <span className="zone-level">{data.levelLabel}</span>}
      </div>
    </div>
  );
});
