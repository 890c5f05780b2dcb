// What each item of the canvas's menu does: the same functions the keys, the palette and the inspector
// use (so the menu and the shortcut of an action can never differ), each one undo step.
import type { Board, NoteKind } from '@napkin/doc';
import { useStoreApi } from '@xyflow/react';
import type { XYPosition } from '@xyflow/react';
import { useCallback } from 'react';
import { alignMoves, applyMoves, measuredSizes, placed } from '../board/align';
import type { Alignment } from '../board/align';
import type { UndoSteps } from '../board/flowEditor';
import type { EditorActions } from '../editing/useEditorShortcuts';
import type { AddHere } from '../palette/QuickAdd';
import type { MenuAction } from './menuItems';
import type { OpenMenu } from './useCanvasMenu';

export interface MenuRunnerInputs {
  readonly board: Board;
  readonly undoManager: UndoSteps;
  readonly editing: EditorActions;
  readonly tidy: (wholeBoard?: boolean) => void;
  readonly fit: () => void;
  readonly addNote: (kind: NoteKind, screenPoint?: XYPosition) => void;
  readonly addHere: (request: AddHere) => void;
}

export interface MenuRunner {
  readonly run: (action: MenuAction, menu: OpenMenu) => void;
}

export function useMenuRunner({ board, undoManager, editing, tidy, fit, addNote, addHere }: MenuRunnerInputs): MenuRunner {
  const store = useStoreApi();

  const selectedComponents = useCallback(() => [...store.getState().nodeLookup.values()].filter((node) => node.selected === true && node.type === 'component'), [store]);

  const align = useCallback(
    (how: Alignment) => {
      const ids = new Set(selectedComponents().map((node) => node.id));
      const components = board.snapshot().components.filter((component) => ids.has(component.id));
      const sizes = measuredSizes(selectedComponents());
      applyMoves(board, alignMoves(placed(components, sizes), how));
      undoManager.stopCapturing();
    },
    [board, undoManager, selectedComponents],
  );

  const run = useCallback(
    (action: MenuAction, menu: OpenMenu) => {
      const at = { x: menu.x, y: menu.y };
      if (action.startsWith('align-')) {
        align(action.slice('align-'.length) as Alignment);
        return;
      }
      switch (action) {
        case 'duplicate':
          return editing.duplicate();
        case 'copy':
          return editing.copy();
        case 'delete':
          return editing.deleteSelection();
        case 'connect':
          return editing.connect();
        case 'tidy':
          // From the canvas: the whole board, as the item says; from a component: its selection.
          return tidy(menu.target.kind === 'canvas');
        case 'paste':
          return void editing.paste(at);
        case 'add-here':
          return addHere({ at });
        case 'note-text':
          return addNote('text', at);
        case 'note-sticky':
          return addNote('sticky', at);
        case 'select-all':
          return editing.selectAll();
        case 'fit':
          return fit();
        default:
          return;
      }
    },
    [align, editing, tidy, fit, addNote, addHere],
  );

  return { run };
}
