import { describe, expect, it } from 'vitest';
import { readReplicasOf, replicasText } from './copies';

describe('read replicas on the node', () => {
  it('uses the board’s value, else the kind’s default, and only for kinds with the trait', () => {
    expect(readReplicasOf({ kind: 'relational-primary', params: {} })).toBe(0);
    expect(readReplicasOf({ kind: 'relational-primary', params: { readReplicas: 2 } })).toBe(2);
    expect(readReplicasOf({ kind: 'stateless-service', params: { readReplicas: 2 } })).toBeUndefined();
    expect(readReplicasOf({ kind: 'no-such-kind', params: {} })).toBeUndefined();
  });

  it('says nothing without replicas, and counts them in words', () => {
    expect([undefined, 0, 1, 3, 1200].map(replicasText)).toEqual([null, null, '+1 replica', '+3 replicas', '+1,200 replicas']);
  });
});
