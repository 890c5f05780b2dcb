// The laser pointer's mode for this tab: on while the L key is held or while the toolbar toggle is
// pressed. While on, every pointer move over the canvas publishes the point (flow coordinates,
// batched to one awareness update per frame); turning it off publishes null so peers' trails fade.
import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { LaserPoint } from '../presence/liveExtras';

export const LASER_KEY = 'l';

export interface Laser {
  readonly active: boolean;
  readonly toggled: boolean;
  readonly toggle: () => void;
  /** This tab's own laser point (read every frame by the layer; a ref so moves do not re-render the board). */
  readonly ownPoint: RefObject<LaserPoint | null>;
}

export function useLaser(
  publishLaser: (laser: LaserPoint | null) => void,
  canvasRef: RefObject<HTMLElement | null>,
  keys: Window,
): Laser {
  const [toggled, setToggled] = useState(false);
  const [held, setHeld] = useState(false);
  const active = toggled || held;
  const ownPoint = useRef<LaserPoint | null>(null);
  const { screenToFlowPosition } = useReactFlow();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat || !isLaserKey(event) || isTyping(event.target)) return;
      setHeld(true);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() === LASER_KEY) setHeld(false);
    };
    // A key released while the window was in the background never sends keyup.
    const onBlur = () => setHeld(false);
    keys.addEventListener('keydown', onKeyDown);
    keys.addEventListener('keyup', onKeyUp);
    keys.addEventListener('blur', onBlur);
    return () => {
      keys.removeEventListener('keydown', onKeyDown);
      keys.removeEventListener('keyup', onKeyUp);
      keys.removeEventListener('blur', onBlur);
    };
  }, [keys]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!active || canvas === null) return;
    const onPointerMove = (event: PointerEvent) => {
      const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      ownPoint.current = point;
      publishLaser(point);
    };
    canvas.addEventListener('pointermove', onPointerMove);
    return () => {
      canvas.removeEventListener('pointermove', onPointerMove);
      ownPoint.current = null;
      publishLaser(null);
    };
  }, [active, canvasRef, publishLaser, screenToFlowPosition]);

  const toggle = useCallback(() => setToggled((on) => !on), []);
  return { active, toggled, toggle, ownPoint };
}

function isLaserKey(event: KeyboardEvent): boolean {
  return event.key.toLowerCase() === LASER_KEY && !event.ctrlKey && !event.metaKey && !event.altKey;
}

/** Typing an "l" in a name field must not switch the laser on. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
