import { describe, expect, it } from 'vitest';
import { participantsOf } from './viewers';

describe('who is in', () => {
  it('marks readers as viewing and leaves out states without a valid user', () => {
    const states = new Map<number, unknown>([
      [2, { user: { name: 'Vera', color: '#123456' }, viewing: true }],
      [1, { user: { name: 'Ed', color: '#654321' } }],
      [3, { user: { name: '', color: 'red' }, viewing: true }],
      [4, { user: { name: 'Forged', color: '#111111' }, viewing: 'yes' }],
    ]);
    expect(participantsOf(states, 1)).toEqual([
      { clientId: 1, name: 'Ed', viewing: false, self: true },
      { clientId: 2, name: 'Vera', viewing: true, self: false },
      { clientId: 4, name: 'Forged', viewing: false, self: false },
    ]);
  });
});
