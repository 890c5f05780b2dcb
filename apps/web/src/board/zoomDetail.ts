// How much of a component the canvas draws at the current zoom. Zoomed far out (a big board fitted to the
// window), a node's badges and handles are a few pixels high: nobody can read or grab them, yet
// every frame that repaints the canvas makes Chromium lay them out into layers again (its "Layerize" step
// was most of a drag step's main-thread time on the 1,000-component bench board, issue 18). Far out, the
// canvas hides them and keeps each box and outline, with its kind and name lines drawn as bars in place of
// their glyphs (the kind's in its family's colour), as map and design tools drop detail when zoomed out;
// zoomed back in, everything returns. Hidden, not removed: a node keeps its measured size, so calls,
// routes and the layout do not move when the detail changes.

/** Below this zoom, the canvas draws components without their detail (badges, handles). */
export const FAR_BELOW_ZOOM = 0.35;

export type ZoomDetail = 'full' | 'far';

export function zoomDetail(zoom: number): ZoomDetail {
  return zoom < FAR_BELOW_ZOOM ? 'far' : 'full';
}
