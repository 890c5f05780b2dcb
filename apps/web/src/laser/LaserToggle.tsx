// The toolbar button for the laser pointer; holding L does the same while held.
import type { Laser } from './useLaser';

export function LaserToggle({ laser }: { readonly laser: Laser }) {
  return (
    <button
      type="button"
      className="laser-button"
      data-testid="laser-toggle"
      aria-pressed={laser.active}
      title="Laser pointer: others see a short fading trail (or hold L)"
      onClick={laser.toggle}
    >
      Laser
    </button>
  );
}
