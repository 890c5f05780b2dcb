// One open board: the toolbar (undo, roster, status) over the React Flow canvas with the palette, zones
// and calls, and peers' cursors drawn on top. State lives in the shared document and in presence; this component only
// wires the hooks together.
import type { ComponentId } from '@napkin/doc';
import { openThreadCounts, SHOW_ALL } from '@napkin/doc';
import { Background, ConnectionMode, Controls, ReactFlow, useReactFlow } from '@xyflow/react';
import { ControlButton } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { PointerEvent } from 'react';
import { AnalysisProvider, analysisEnabledIn } from '../analysis/context';
import { BoardActionsContext } from '../board/boardActions';
import { CommentMarkers } from '../comments/CommentMarkers';
import { CommentsPanel } from '../comments/CommentsPanel';
import { CommentModeHint, CommentsToolbar } from '../comments/CommentsToolbar';
import { FirstRunHint } from '../board/hint/FirstRunHint';
import { ExportMenu } from '../export/ExportMenu';
import { ShortcutsButton, ShortcutsPanel } from '../editing/ShortcutsHelp';
import { useEditorShortcuts } from '../editing/useEditorShortcuts';
import { useNodeKeys } from '../board/nodes/useNodeKeys';
import { useFitOnOpen, useFitToContent } from '../editing/useFitOnOpen';
import { AlignmentGuides } from '../layout/AlignmentGuides';
import { CanvasMenu } from '../layout/CanvasMenu';
import { menuItems } from '../layout/menuItems';
import { useCanvasMenu } from '../layout/useCanvasMenu';
import { useMenuRunner } from '../layout/useMenuRunner';
import { useTidyUp } from '../layout/useTidyUp';
import type { AddHere } from '../palette/QuickAdd';
import { useBoardComments } from '../comments/useBoardComments';
import type { BoardActions } from '../board/boardActions';
import { CallEdge } from '../board/edges/CallEdge';
import { ComponentNode } from '../board/nodes/ComponentNode';
import { DrawingProvider } from '../board/nodes/drawingContext';
import { useBoardSnapshot } from '../board/useBoardSnapshot';
import { useFlowBinding } from '../board/useFlowBinding';
import { GRID_PX } from '../board/gridSnap';
import { canvasMotion } from '../board/canvasMotion';
import { CanvasLayersProvider } from '../board/canvasLayer';
import { BoardMinimap } from '../board/minimap/BoardMinimap';
import '../board/canvas.css';
import { ZoneNode } from '../board/zones/zoneFlow';
import { useZoneLayer } from '../board/zones/useZoneLayer';
import { FollowLayer } from '../follow/FollowLayer';
import { SummonButton } from '../follow/SummonButton';
import { useFollow } from '../follow/useFollow';
import { Inspector } from '../inspector/Inspector';
import { CandidateViewContext } from '../analysis/candidateView';
import { useInterview } from '../interview/useInterview';
import { useRecordVisit } from '../landing/useRecordVisit';
import { LaserLayer } from '../laser/LaserLayer';
import { LaserToggle } from '../laser/LaserToggle';
import { useLaser } from '../laser/useLaser';
import { NoteActionsContext } from '../notes/noteActions';
import { NoteNode } from '../notes/NoteNode';
import { NotePaletteItems } from '../notes/NotePaletteItems';
import { useNoteLayer } from '../notes/useNoteLayer';
import { useNoteShortcuts } from '../notes/useNoteShortcuts';
import { Palette } from '../palette/Palette';
import { AnalysisOverlay } from '../panel/AnalysisOverlay';
import { Cursors } from '../presence/Cursors';
import type { NameStorage } from '../presence/identity';
import { Roster } from '../presence/Roster';
import { usePresence } from '../presence/usePresence';
import { ConnectionBadges } from '../sync/ConnectionStatus';
import { ViewOnlyBadge, ViewersBadge } from '../access/AccessBadges';
import type { BoardAccess } from '../access/accessApi';
import type { Token } from '../access/linkStore';
import { SharePanel } from '../access/SharePanel';
import { useParticipants } from '../access/viewers';
import { BoardTitle } from '../title/BoardTitle';
import type { BoardSession } from './boardSession';
import { IncidentBanner, InterviewBar } from './onDemand';
import { Toolbar } from './Toolbar';
import { TouchTargets } from './TouchTargets';
import './phone.css';
import { useUndo } from './useUndo';

const NODE_TYPES = { component: ComponentNode, zone: ZoneNode, note: NoteNode };
const EDGE_TYPES = { call: CallEdge };
const DELETE_KEYS = ['Backspace', 'Delete'];
/** Shift-click adds to the selection or takes out of it, as Ctrl/Cmd-click does (Excalidraw, tldraw, draw.io). */
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const NAME_LIMIT = 80;

export interface BoardViewAccess extends BoardAccess {
  /** No gesture may change the board: no drag, connect, delete, rename, palette or inspector. */
  readonly readOnly: boolean;
  readonly token: Token | null;
}

export function BoardView({ session, storage, access }: { readonly session: BoardSession; readonly storage: NameStorage | null; readonly access: BoardViewAccess }) {
  const { board, undoManager, connection } = session;
  const { readOnly } = access;
  const participants = useParticipants(connection.provider.awareness);
  const snapshot = useBoardSnapshot(board);
  useRecordVisit(storage, connection.boardId, snapshot.meta.title);
  const presence = usePresence(connection.provider.awareness, storage);
  const undo = useUndo(undoManager);
  const flow = useFlowBinding({ board, snapshot, undoManager, peers: presence.peers, publishDrag: presence.publishDrag });
  const { screenToFlowPosition } = useReactFlow();
  const canvasRef = useRef<HTMLDivElement>(null);
  const follow = useFollow(presence, canvasRef);
  const laser = useLaser(presence.publishLaser, canvasRef, window);

  const layer = useZoneLayer(board, snapshot, undoManager, flow);
  const notes = useNoteLayer(board, snapshot, undoManager, layer, canvasRef, readOnly);
  useNoteShortcuts(notes.add, canvasRef, !readOnly);
  const tidy = useTidyUp(board, snapshot, undoManager, readOnly);
  const fitToContent = useFitToContent(canvasRef);
  const fit = useCallback(() => fitToContent(), [fitToContent]);
  const editing = useEditorShortcuts({
    board,
    snapshot,
    undoManager,
    canvasRef,
    readOnly,
    nodes: notes.nodes,
    edges: flow.edges,
    onDelete: notes.onDelete,
    onConnect: flow.onConnect,
    onTidy: tidy,
    onFit: fit,
  });
  useNodeKeys(readOnly);
  const edited = useCallback(() => undoManager.undoStack.length > 0, [undoManager]);
  useFitOnOpen(canvasRef, connection.provider, edited);
  const [addHere, setAddHere] = useState<AddHere | null>(null);
  const menu = useCanvasMenu(canvasRef);
  const menuRunner = useMenuRunner({ board, undoManager, editing: editing.actions, tidy, fit, addNote: notes.add, addHere: setAddHere });
  const selectedComponents = notes.nodes.filter((node) => node.selected === true && node.type === 'component').length;
  const comments = useBoardComments({
    boardId: connection.boardId,
    relayUrl: connection.provider.serverUrl,
    token: access.token,
    access: access.comments,
    author: presence.self.name,
  });

  const interview = useInterview({
    boardId: connection.boardId,
    relayUrl: connection.provider.serverUrl,
    token: access.token,
    role: access.role,
    sessionAccess: access.session,
    notesAccess: access.notes,
    boardAccess: access.board,
    storage,
    board,
  });

  const commentCounts = useMemo(() => openThreadCounts(comments.snapshot.threads), [comments.snapshot]);

  const actions = useMemo<BoardActions>(
    () => ({
      rename: (componentId, raw) => {
        if (readOnly) return;
        const name = raw.replace(/\s+/g, ' ').trim().slice(0, NAME_LIMIT);
        if (name === '') return;
        board.updateComponent(componentId as ComponentId, { name });
        undoManager.stopCapturing();
      },
    }),
    [board, undoManager, readOnly],
  );

  const { publishCursor } = presence;
  const onPointerMove = useCallback(
    (event: PointerEvent) => publishCursor(screenToFlowPosition({ x: event.clientX, y: event.clientY })),
    [publishCursor, screenToFlowPosition],
  );

  return (
    <AnalysisProvider snapshot={snapshot} enabled={analysisEnabledIn(window.location.search)}>
    <CandidateViewContext.Provider value={interview?.view ?? SHOW_ALL}>
    <BoardActionsContext.Provider value={actions}>
    <NoteActionsContext.Provider value={notes.actions}>
      <DrawingProvider snapshot={snapshot}>
      <div className="board">
        <Toolbar undo={undo} title={<BoardTitle board={board} undoManager={undoManager} title={snapshot.meta.title} readOnly={readOnly} />}>
          {interview !== null && <InterviewBar interview={interview} boardSnapshot={snapshot} />}
          <Roster self={presence.self} peers={presence.peers} onRename={presence.rename} followingClientId={follow.leader?.clientId ?? null} onFollow={follow.follow} />
          <SummonButton onSummon={follow.summonEveryone} alone={presence.peers.length === 0} />
          <LaserToggle laser={laser} />
          {readOnly && <ViewOnlyBadge role={access.role} />}
          <ViewersBadge participants={participants} />
          {access.manageLinks && access.token !== null && (
            <SharePanel boardId={connection.boardId} ownerToken={access.token} storage={storage} participants={participants} />
          )}
          <CommentsToolbar comments={comments} />
          <ExportMenu snapshot={snapshot} comments={commentCounts} />
          <ShortcutsButton onOpen={editing.openHelp} />
          <ConnectionBadges provider={connection.provider} saves={connection.saves} />
        </Toolbar>
        <div
          className="board-canvas"
          ref={canvasRef}
          data-testid="canvas"
          // The board is the page's main content (the toolbar is its banner).
          role="main"
          data-motion={canvasMotion(snapshot.components.length)}
          data-dragging={flow.dragging}
          onPointerMove={onPointerMove}
          onPointerLeave={() => publishCursor(null)}
        >
          <CanvasLayersProvider>
          <ReactFlow
            nodes={notes.nodes}
            edges={flow.edges}
            nodeTypes={NODE_TYPES}
            edgeTypes={EDGE_TYPES}
            onNodesChange={readOnly ? undefined : notes.onNodesChange}
            onEdgesChange={readOnly ? undefined : flow.onEdgesChange}
            onConnect={readOnly ? undefined : flow.onConnect}
            onDelete={readOnly ? undefined : notes.onDelete}
            deleteKeyCode={readOnly ? null : DELETE_KEYS}
            multiSelectionKeyCode={MULTI_SELECT_KEYS}
            // A call may start or end at any of a component's four handles; its line is routed by the facing sides.
            connectionMode={ConnectionMode.Loose}
            // The canvas follows the system's light or dark setting, as the rest of the page does (theme/dark.css).
            colorMode="system"
            nodesDraggable={!readOnly}
            nodesConnectable={!readOnly}
            elementsSelectable={!readOnly}
            minZoom={0.2}
            maxZoom={2.5}
            onMoveStart={follow.onMoveStart}
            onNodeClick={comments.onNodeClick}
            onEdgeClick={comments.onEdgeClick}
            onNodeContextMenu={menu.onNodeContextMenu}
            onEdgeContextMenu={menu.onEdgeContextMenu}
            onPaneContextMenu={menu.onPaneContextMenu}
          >
            <CommentMarkers comments={comments} />
            <TouchTargets />
            <Background gap={GRID_PX * 2} />
            <Controls showInteractive={false} showFitView={false}>
              <ControlButton onClick={fit} title="Fit the board in view (Shift+1)" aria-label="Fit the board in view" data-testid="fit-view">
                ⤢
              </ControlButton>
            </Controls>
            <BoardMinimap ariaLabel="Minimap of the board" width={300} height={120} />
            <AlignmentGuides store={flow.guides} />
          </ReactFlow>
          </CanvasLayersProvider>
          <Cursors peers={presence.peers} />
          <LaserLayer self={presence.self} ownPoint={laser.ownPoint} ownActive={laser.active} peers={presence.peers} extras={presence.extras} />
          <FollowLayer follow={follow} publishViewport={presence.publishViewport} />
          {!readOnly && (
            <Palette board={board} snapshot={snapshot} undoManager={undoManager} canvasRef={canvasRef} addHere={addHere}>
              <NotePaletteItems onAdd={notes.add} />
            </Palette>
          )}
          {!readOnly && <Inspector board={board} snapshot={snapshot} undoManager={undoManager} nodes={layer.nodes} edges={flow.edges} />}
          <AnalysisOverlay board={board} snapshot={snapshot} />
          {interview !== null && <IncidentBanner interview={interview} snapshot={snapshot} />}
          <CommentsPanel comments={comments} snapshot={snapshot} />
          <CommentModeHint comments={comments} />
          <FirstRunHint empty={snapshot.components.length + snapshot.zones.length + snapshot.annotations.length === 0} readOnly={readOnly} />
          <ShortcutsPanel open={editing.helpOpen} onClose={editing.closeHelp} />
          {menu.menu !== null && (
            <CanvasMenu
              menu={menu.menu}
              items={menuItems(menu.menu.target, { selectedComponents, canConnect: selectedComponents === 2, readOnly })}
              onRun={menuRunner.run}
              onClose={menu.close}
            />
          )}
        </div>
      </div>
      </DrawingProvider>
    </NoteActionsContext.Provider>
    </BoardActionsContext.Provider>
    </CandidateViewContext.Provider>
    </AnalysisProvider>
  );
}
