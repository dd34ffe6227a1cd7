import { summariseScores } from './score-summary';
import { summariseByGroup } from './summarise-by-group';

interface Response {
  organisation: string;
  sector: string;
  score: number;
}

function responses(sector: string, scores: readonly number[]): Response[] {
  return scores.map((score, index) => ({ organisation: `${sector}-${index}`, sector, score }));
}

describe('summariseByGroup', () => {
  const rows = [
    ...responses('nhs', [3, 4]),
    ...responses('vcse', [2, 2, 3]),
    ...responses('nhs', [5, 4, 4]),
    ...responses('local-government', [1, 2, 3, 4, 5, 5]),
  ];
  const bySector = summariseByGroup(
    rows,
    (row) => row.sector,
    (row) => row.score,
  );

  it('keeps the groups in order of first appearance', () => {
    expect([...bySector.keys()]).toEqual(['nhs', 'vcse', 'local-government']);
  });

  it('summarises each group from its own rows, wherever they sit', () => {
    // nhs: 3, 4, 5, 4, 4, so mean 20 / 5 = 4.
    expect(bySector.get('nhs')?.n).toBe(5);
    expect(bySector.get('nhs')?.mean).toBeCloseTo(4, 10);
    expect(bySector.get('nhs')).toEqual(summariseScores([3, 4, 5, 4, 4]));
    // local-government: 1 + 2 + 3 + 4 + 5 + 5 = 20 over 6.
    expect(bySector.get('local-government')?.mean).toBeCloseTo(20 / 6, 10);
  });

  it('suppresses a small group on its own, without hiding a complement', () => {
    expect(bySector.get('vcse')?.suppressed).toBe(true);
    expect(bySector.get('vcse')?.n).toBeNull();
    expect(bySector.get('local-government')?.suppressed).toBe(false);
  });

  it('passes the options on', () => {
    const lenient = summariseByGroup(
      rows,
      (row) => row.sector,
      (row) => row.score,
      { minimumGroupSize: 3 },
    );
    expect(lenient.get('vcse')?.mean).toBeCloseTo(7 / 3, 10);
  });

  it('returns an empty map for no rows', () => {
    expect(summariseByGroup([], String, Number).size).toBe(0);
  });

  it('names the row that holds a bad score', () => {
    const bad = [...rows, { organisation: 'x', sector: 'vcse', score: 0 }];
    expect(() => summariseByGroup(bad, (row) => row.sector, (row) => row.score)).toThrow(
      'Score 0 at index 14 of rows is not a whole number from 1 to 5',
    );
  });

  it('rejects bad options even with no rows', () => {
    expect(() => summariseByGroup([], String, Number, { minimumGroupSize: 0 })).toThrow('Minimum group size 0');
  });
});
