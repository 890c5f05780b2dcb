// The part of the canvas no panel covers, in client pixels. Panels over the canvas (palette,
// inspector, analysis) are its `aside` children: one starting in the lower half across the middle is a
// bottom sheet and narrows the area from below; otherwise one whose middle is left of the canvas's middle narrows it
// from the left, any other from the right. New components land in its middle; "show me" frames in it.

export interface ScreenRect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Narrower than this, the panels cover nearly everything (a tiny window): the whole canvas is the better guess. */
const MIN_FREE_PX = 120;

export function visibleArea(canvas: HTMLElement): ScreenRect {
  const rect = canvas.getBoundingClientRect();
  const panels = Array.from(canvas.querySelectorAll(':scope > aside')).map((panel) => panel.getBoundingClientRect());
  return freeArea(rect, panels);
}

/** Pure core of `visibleArea`, over plain rectangles. */
export function freeArea(canvas: ScreenRect, panels: readonly (ScreenRect & { readonly width: number; readonly height: number })[]): ScreenRect {
  let { left, right, bottom } = canvas;
  const middleX = (canvas.left + canvas.right) / 2;
  const middleY = (canvas.top + canvas.bottom) / 2;
  for (const box of panels) {
    if (box.width === 0 || box.height === 0) continue;
    // A bottom sheet spans the middle; a panel low in a side column (the analysis under the inspector) is a side panel.
    if (box.top > middleY && box.left < middleX && box.right > middleX) bottom = Math.min(bottom, box.top);
    else if ((box.left + box.right) / 2 < middleX) left = Math.max(left, box.right);
    else right = Math.min(right, box.left);
  }
  if (right - left < MIN_FREE_PX) ({ left, right } = canvas);
  if (bottom - canvas.top < MIN_FREE_PX) bottom = canvas.bottom;
  return { left, top: canvas.top, right, bottom };
}

export function visibleCentre(canvas: HTMLElement): { x: number; y: number } {
  const area = visibleArea(canvas);
  return { x: (area.left + area.right) / 2, y: (area.top + area.bottom) / 2 };
}
