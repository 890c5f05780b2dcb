// How full a component is, as the colour of its utilisation bar: calm below 70 %, a warning from
// 70 % (queueing delay grows fast past it), saturated from 100 % (the queue grows without bound).
export type Load = 'ok' | 'busy' | 'saturated';

export const BUSY_FROM = 0.7;
export const SATURATED_FROM = 1;

export function loadOf(utilisation: number, saturated: boolean): Load {
  if (saturated || utilisation >= SATURATED_FROM) return 'saturated';
  return utilisation >= BUSY_FROM ? 'busy' : 'ok';
}

/** Width of the bar's fill in percent: full at saturation, never negative. */
export function barWidth(utilisation: number): number {
  return Math.max(0, Math.min(100, utilisation * 100));
}
