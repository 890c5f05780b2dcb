// What the canvas may keep moving, and what it prepares for while a component is dragged. Both exist for
// the cost of a frame on a big board: every frame that paints anything on the canvas makes Chromium
// re-assign the whole canvas's paint to layers (its "Layerize" step), which on the 1,000-component bench
// board took 100-800 ms a frame on the loaded test machine whatever changed (issue 18, drag18's traces).
// - A moving dash on every async call and the saturated pulse repaint at every frame, so a big board that
//   nobody touches kept the main thread busy (idle: 98 ms of main thread per frame with the analysis
//   off, 150 on; 1.8 ms on a plain React Flow page). From STILL_FROM components on, async calls stay
//   dashed and saturated components outlined, as with the system's reduced-motion setting, but nothing moves.
//   Below that, they pause while a component is dragged (canvas.css), so a drag's frames draw the drag.
// - While a component is dragged, the canvas's viewport gets its own compositor layer (canvas.css), so
//   the text of the nodes under it no longer splits the canvas into a layer per few nodes (Chromium keeps
//   such text apart to keep it sharp): 165 layers became 13 on the bench board. Only during the drag, as
//   a composited viewport would not be redrawn sharp after a zoom.

/** From this many components the canvas draws no endless animation. */
export const STILL_FROM = 300;

export type CanvasMotion = 'moving' | 'still';

export function canvasMotion(components: number): CanvasMotion {
  return components >= STILL_FROM ? 'still' : 'moving';
}
