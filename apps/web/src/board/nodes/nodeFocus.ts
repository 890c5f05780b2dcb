// Where the keyboard's focus goes on the canvas when what had it changes: a component just added (it exists
// in the document a few frames before React Flow draws it), a component renamed or left from the inspector
// (back to its box), one deleted or undone away (to the nearest component still drawn, not to the page).
// DOM-only helpers: React Flow draws every node as `.react-flow__node[data-id]`, focusable with Tab.

/** How long to wait for React Flow to draw a node the document already has (frames, ~2 s at 60 fps). */
const DRAW_FRAMES = 120;

/**
 * Focus moved by a key, with its ring shown: a browser guesses whether a script's focus() draws it
 * (:focus-visible) and guesses no after a field it came from was removed; `focusVisible` says yes.
 */
export function focusWithRing(element: HTMLElement): void {
  element.focus({ preventScroll: true, focusVisible: true } as FocusOptions);
}

export function nodeElement(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
}

/** The canvas node that has the focus itself (not a button inside it), if any. */
export function focusedNode(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active.classList.contains('react-flow__node') ? active : null;
}

/** Focuses the node once it is drawn and shown, then calls `then` (e.g. to select it); gives up after ~2 s. */
export function focusNodeWhenDrawn(id: string, then?: (element: HTMLElement) => void): void {
  let frames = 0;
  const attempt = () => {
    const element = nodeElement(id);
    // React Flow keeps a node hidden until it has measured it, and a hidden element cannot take the focus.
    if (element !== null && getComputedStyle(element).visibility !== 'hidden') {
      focusWithRing(element);
      if (document.activeElement === element) {
        then?.(element);
        return;
      }
    }
    frames += 1;
    if (frames < DRAW_FRAMES) requestAnimationFrame(attempt);
  };
  attempt();
}

interface Spot {
  readonly x: number;
  readonly y: number;
}

const centreOf = (element: Element): Spot => {
  const box = element.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
};

/**
 * Call before a key that may take the focused node away (Delete, undo, redo): if, a few frames later, the
 * node is gone and the focus fell to the page, the component drawn nearest to where it was takes the focus.
 */
export function keepFocusOnCanvas(): void {
  const node = focusedNode();
  if (node === null) return;
  const was = centreOf(node);
  let frames = 0;
  const check = () => {
    frames += 1;
    if (node.isConnected && frames < 30) {
      requestAnimationFrame(check);
      return;
    }
    if (node.isConnected || (document.activeElement !== null && document.activeElement !== document.body)) return;
    const nearest = nearestNode(was);
    if (nearest !== null) focusWithRing(nearest);
  };
  requestAnimationFrame(check);
}

function nearestNode(to: Spot): HTMLElement | null {
  let best: HTMLElement | null = null;
  let bestDistance = Infinity;
  // Components first: they are what the keyboard path works on; a note or a frame only when none is left.
  const components = Array.from(document.querySelectorAll<HTMLElement>('.react-flow__node-component'));
  const candidates = components.length > 0 ? components : Array.from(document.querySelectorAll<HTMLElement>('.react-flow__node'));
  for (const candidate of candidates) {
    const at = centreOf(candidate);
    const distance = Math.hypot(at.x - to.x, at.y - to.y);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
