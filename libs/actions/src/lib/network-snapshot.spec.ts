import type { WeakLinkKind } from '@stewardship/network';
import { networkSnapshot, type SnapshotNetwork, type SnapshotNode, type SnapshotTie, type SnapshotWeakLink } from './network-snapshot';

const node = (id: string, degree: number): SnapshotNode => ({ id, name: `Partner ${id}`, sector: 'NHS', degree, isolate: degree === 0 });
const tie = (a: string, b: string, bridge = false): SnapshotTie => ({ id: `${a}|${b}`, a, b, oneSided: false, bridge });
const link = (kind: WeakLinkKind, source: string, target: string | null): SnapshotWeakLink => ({ id: `${kind}|${source}|${target ?? ''}`, kind, source, target, reason: `${kind} ${source}` });

describe('networkSnapshot', () => {
  const current: SnapshotNetwork = {
    month: '2026-11',
    nodes: [node('A', 2), node('B', 2), node('C', 2), node('D', 0), node('E', 0)],
    ties: [tie('A', 'B', true), tie('A', 'C'), tie('B', 'C')],
    weakLinks: [
      link('LOW_STRENGTH', 'A', 'B'),
      link('LOW_STRENGTH', 'C', 'D'),
      link('ONE_SIDED', 'B', 'A'),
      link('DECLINING', 'A', 'C'),
      link('MISSING', 'B', 'C'),
      link('PERIPHERAL', 'D', null),
      link('PERIPHERAL', 'E', null),
    ],
  };
  // The month before: D had one tie (to A), a bridge; E had none.
  const previous: SnapshotNetwork = {
    month: '2026-10',
    nodes: [node('A', 3), node('B', 2), node('C', 2), node('D', 1), node('E', 0)],
    ties: [tie('A', 'B', true), tie('A', 'C'), tie('B', 'C'), tie('A', 'D', true)],
    weakLinks: [],
  };

  it('counts weak links by kind, every kind listed', () => {
    expect(networkSnapshot(current, previous).weakLinkCounts).toEqual([
      { kind: 'LOW_STRENGTH', count: 2 },
      { kind: 'ONE_SIDED', count: 1 },
      { kind: 'DECLINING', count: 1 },
      { kind: 'MISSING', count: 1 },
      { kind: 'PERIPHERAL', count: 2 },
    ]);
  });

  it('lists the five most serious: the pair flagged twice first, then by kind (declining, low strength, missing, peripheral by id)', () => {
    const serious = networkSnapshot(current, previous).mostSerious;
    expect(serious.map((l) => [l.kind, l.source, l.target, l.alsoFlagged])).toEqual([
      ['ONE_SIDED', 'B', 'A', ['LOW_STRENGTH']],
      ['DECLINING', 'A', 'C', []],
      ['LOW_STRENGTH', 'C', 'D', []],
      ['MISSING', 'B', 'C', []],
      ['PERIPHERAL', 'D', null, []],
    ]);
  });

  it('finds new isolates (D lost its one tie; E had none) and broken bridges (A–D gone; A–B still there)', () => {
    const snapshot = networkSnapshot(current, previous);
    expect(snapshot.newIsolates).toEqual([{ id: 'D', name: 'Partner D', previousDegree: 1 }]);
    expect(snapshot.brokenBridges).toEqual([{ id: 'A|D', a: 'A', b: 'D', aName: 'Partner A', bName: 'Partner D' }]);
  });

  it('has no new isolates or broken bridges without a month before', () => {
    const snapshot = networkSnapshot(current, null);
    expect(snapshot.newIsolates).toEqual([]);
    expect(snapshot.brokenBridges).toEqual([]);
  });
});
