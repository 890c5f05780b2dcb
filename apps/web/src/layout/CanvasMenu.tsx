// The canvas's context menu: a list of actions (menuItems.ts) at the pointer, kept inside the window. It
// takes the focus on its first item; arrows, Home and End move through it, Enter or Space runs an item,
// Escape, Tab or a click elsewhere closes it and gives the focus back to where it was.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { MenuAction, MenuItem } from './menuItems';
import type { OpenMenu } from './useCanvasMenu';
import './layout.css';

export interface CanvasMenuProps {
  readonly menu: OpenMenu;
  readonly items: readonly MenuItem[];
  readonly onRun: (action: MenuAction, menu: OpenMenu) => void;
  readonly onClose: () => void;
}

const EDGE_PX = 8;

export function CanvasMenu({ menu, items, onRun, onClose }: CanvasMenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [at, setAt] = useState({ left: menu.x, top: menu.y });

  // Inside the window: a menu opened near the right or bottom edge opens leftwards or upwards.
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (box === undefined) return;
    setAt({
      left: Math.max(EDGE_PX, Math.min(menu.x, window.innerWidth - box.width - EDGE_PX)),
      top: Math.max(EDGE_PX, Math.min(menu.y, window.innerHeight - box.height - EDGE_PX)),
    });
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [menu]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || !ref.current?.contains(event.target)) onClose();
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('wheel', onClose, { passive: true });
    window.addEventListener('blur', onClose);
    return () => {
      window.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('wheel', onClose);
      window.removeEventListener('blur', onClose);
    };
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent) => {
    const entries = Array.from(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const index = entries.indexOf(document.activeElement as HTMLElement);
    const focusAt = (next: number) => entries[(next + entries.length) % entries.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focusAt(index + 1);
        break;
      case 'ArrowUp':
        focusAt(index - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(entries.length - 1);
        break;
      case 'Escape':
      case 'Tab':
        onClose();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  if (items.length === 0) return null;
  return (
    <div ref={ref} className="canvas-menu" role="menu" aria-label={labelOf(menu)} data-testid="canvas-menu" style={at} onKeyDown={onKeyDown} onContextMenu={(event) => event.preventDefault()}>
      {items.map((item) => (
        <button
          key={item.action}
          type="button"
          role="menuitem"
          tabIndex={-1}
          data-testid={`menu-${item.action}`}
          onClick={() => {
            onClose();
            onRun(item.action, menu);
          }}
        >
          <span>{item.label}</span>
          {item.keys !== undefined && <kbd>{item.keys}</kbd>}
        </button>
      ))}
    </div>
  );
}

function labelOf(menu: OpenMenu): string {
  switch (menu.target.kind) {
    case 'component':
      return 'Component actions';
    case 'call':
      return 'Call actions';
    default:
      return 'Canvas actions';
  }
}
