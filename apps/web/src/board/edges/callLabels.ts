// The small labels that make a call's nature readable on the canvas: fan-out, fraction, traffic
// class, retries, optional, and the user's own label. Pure, so unit-tested.
import type { BoardCall } from '@napkin/doc';

export function callLabels(call: BoardCall): string[] {
  const labels: string[] = [];
  if (call.callsPerRequest !== 1) labels.push(`×${formatCount(call.callsPerRequest)}`);
  if (call.fraction !== 1) labels.push(`${formatCount(call.fraction * 100)} %`);
  if (call.traffic !== 'all') labels.push(call.traffic === 'read' ? 'reads' : 'writes');
  if (call.retries !== undefined && call.retries > 0) labels.push(`↻${call.retries}`);
  if (call.optional === true) labels.push('optional');
  if (call.parallelGroup !== undefined) labels.push(`∥ ${call.parallelGroup}`);
  if (call.label !== undefined && call.label !== '') labels.push(call.label);
  return labels;
}

/** At most three significant digits, no trailing zeros: 30, 2.5, 0.125. */
function formatCount(value: number): string {
  return String(Number(value.toPrecision(3)));
}
