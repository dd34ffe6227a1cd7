import fc from 'fast-check';
import { Atom, groupDisclosure, planDisclosure } from './disclosure-plan';
import { recoverableByDifferencing } from './span-attack';

/** Atoms of one place P, keyed sector|role, traits most important first: place, sector, role group. */
function atom(sector: string, role: string, n: number, place = 'P'): Atom {
  return { key: `${place}|${sector}|${role}`, n, traits: [`place:${place}`, `sector:${sector}`, `role:${role}`] };
}

const keysWhere = (atoms: readonly Atom[], test: (a: Atom) => boolean) => atoms.filter(test).map((a) => a.key);

describe('planDisclosure and groupDisclosure', () => {
  it('publishes every group when every atom is large enough', () => {
    const atoms = [atom('NHS', 'EXEC', 5), atom('NHS', 'OPER', 9), atom('LG', 'EXEC', 6)];
    const plan = planDisclosure(atoms, 5);
    expect(plan.blockSizes).toEqual([6, 5, 9]); // one block per atom, in key order
    expect(groupDisclosure(plan, keysWhere(atoms, (a) => a.traits.includes('role:EXEC')))).toEqual({ publishable: true, n: 11, reason: null });
  });

  // The attack, by hand: a single local-government executive among NHS and local-government staff.
  // LG|EXEC (1) shares place and sector with LG|OPER (weight 4 + 2 = 6), more than with NHS|EXEC (4 + 1 = 5),
  // so the block is {LG|EXEC, LG|OPER} with 7 respondents. Sectors stay publishable; role groups, which would split
  // that block, are hidden as secondary suppression.
  describe('a lone local-government executive', () => {
    const atoms = [atom('NHS', 'EXEC', 6), atom('NHS', 'OPER', 7), atom('LG', 'EXEC', 1), atom('LG', 'OPER', 6)];
    const plan = planDisclosure(atoms, 5);
    const group = (test: (a: Atom) => boolean) => groupDisclosure(plan, keysWhere(atoms, test));

    it('merges the lone atom with its own sector', () => {
      expect(plan.blockOfAtom.get('P|LG|EXEC')).toBe(plan.blockOfAtom.get('P|LG|OPER'));
      expect([...plan.blockSizes].sort((a, b) => a - b)).toEqual([6, 7, 7]);
    });

    it('publishes the total, each sector and the NHS cells', () => {
      expect(group(() => true)).toEqual({ publishable: true, n: 20, reason: null });
      expect(group((a) => a.traits.includes('sector:LG'))).toEqual({ publishable: true, n: 7, reason: null });
      expect(group((a) => a.traits.includes('sector:NHS'))).toEqual({ publishable: true, n: 13, reason: null });
      expect(group((a) => a.key === 'P|NHS|EXEC')).toEqual({ publishable: true, n: 6, reason: null });
    });

    it('hides each role group and the large local-government cell as secondary suppression', () => {
      expect(group((a) => a.traits.includes('role:EXEC'))).toEqual({ publishable: false, n: 7, reason: 'secondary' });
      expect(group((a) => a.traits.includes('role:OPER'))).toEqual({ publishable: false, n: 13, reason: 'secondary' });
      expect(group((a) => a.key === 'P|LG|OPER')).toEqual({ publishable: false, n: 6, reason: 'secondary' });
    });

    it('hides the lone executive as too small', () => {
      expect(group((a) => a.key === 'P|LG|EXEC')).toEqual({ publishable: false, n: 1, reason: 'small' });
    });
  });

  it('hides everything when the whole population is under the minimum', () => {
    const atoms = [atom('NHS', 'EXEC', 2), atom('LG', 'EXEC', 1)];
    const plan = planDisclosure(atoms, 5);
    expect(plan.blockSizes).toEqual([3]);
    expect(groupDisclosure(plan, atoms.map((a) => a.key))).toEqual({ publishable: false, n: 3, reason: 'small' });
  });

  it('merges the smallest atom first and prefers the smaller of equally similar partners', () => {
    // A (2) and B (3) are both small; A goes first and joins B (same sector, smaller than C), making 5.
    const atoms = [atom('NHS', 'A', 2), atom('NHS', 'B', 3), atom('NHS', 'C', 40)];
    const plan = planDisclosure(atoms, 5);
    expect(plan.blockOfAtom.get('P|NHS|A')).toBe(plan.blockOfAtom.get('P|NHS|B'));
    expect(plan.blockOfAtom.get('P|NHS|C')).not.toBe(plan.blockOfAtom.get('P|NHS|A'));
  });

  it('does not depend on the order the atoms come in', () => {
    const atoms = [atom('NHS', 'EXEC', 1), atom('LG', 'EXEC', 2), atom('LG', 'OPER', 4), atom('VCSE', 'OPER', 9)];
    const blocksOf = (list: Atom[]) => {
      const plan = planDisclosure(list, 5);
      return list.map((a) => plan.blockSizes[plan.blockOfAtom.get(a.key) as number]).join();
    };
    expect(blocksOf([...atoms].reverse()).split(',').reverse().join()).toBe(blocksOf(atoms));
  });

  it('ignores atoms without respondents and refuses bad input', () => {
    const plan = planDisclosure([atom('NHS', 'EXEC', 0), atom('NHS', 'OPER', 5)], 5);
    expect(plan.blockSizes).toEqual([5]);
    expect(groupDisclosure(plan, ['P|NHS|EXEC', 'P|NHS|OPER'])).toEqual({ publishable: true, n: 5, reason: null });
    expect(() => planDisclosure([atom('NHS', 'EXEC', -1)], 5)).toThrow('P|NHS|EXEC has -1 respondents');
    expect(() => planDisclosure([atom('NHS', 'EXEC', 1), atom('NHS', 'EXEC', 2)], 5)).toThrow('appears twice');
    expect(() => planDisclosure([], 0)).toThrow('whole number of at least 1');
  });
});

describe('the linear-span attack on random registers', () => {
  const registers = fc.record({
    places: fc.integer({ min: 1, max: 3 }),
    sectors: fc.integer({ min: 1, max: 3 }),
    roles: fc.integer({ min: 1, max: 3 }),
    minimumGroupSize: fc.integer({ min: 2, max: 6 }),
    // Respondents per (place set, sector, role) cell; place sets are single places or the first two together.
    counts: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 36, maxLength: 36 }),
  });

  it('recovers no hidden group and no small cell from every breakdown the API offers', () => {
    fc.assert(
      fc.property(registers, ({ places, sectors, roles, minimumGroupSize, counts }) => {
        const placeSets = [...Array.from({ length: places }, (_, p) => [`p${p}`]), ...(places > 1 ? [['p0', 'p1']] : [])];
        const atoms: (Atom & { places: string[]; sector: string; role: string })[] = [];
        placeSets.forEach((set, i) => {
          for (let s = 0; s < sectors; s++) {
            for (let g = 0; g < roles; g++) {
              const n = counts[(i * 9 + s * 3 + g) % counts.length];
              const [sector, role] = [`s${s}`, `g${g}`];
              atoms.push({ key: `${set.join('+')}|${sector}|${role}`, n, traits: [`places:${set.join('+')}`, `sector:${sector}`, `role:${role}`], places: set, sector, role });
            }
          }
        });
        const live = atoms.filter((a) => a.n > 0);
        if (!live.length) return;
        const plan = planDisclosure(atoms, minimumGroupSize);
        // Every filter combination the scores API offers: place, sector and role group, each optional.
        const groups: { keys: Set<string>; n: number }[] = [];
        for (const place of [null, ...Array.from({ length: places }, (_, p) => `p${p}`)]) {
          for (const sector of [null, ...Array.from({ length: sectors }, (_, s) => `s${s}`)]) {
            for (const role of [null, ...Array.from({ length: roles }, (_, g) => `g${g}`)]) {
              const members = live.filter((a) => (!place || a.places.includes(place)) && (!sector || a.sector === sector) && (!role || a.role === role));
              groups.push({ keys: new Set(members.map((a) => a.key)), n: members.reduce((sum, a) => sum + a.n, 0) });
            }
          }
        }
        const vector = (keys: Set<string>) => live.map((a) => (keys.has(a.key) ? 1 : 0));
        const published = groups.filter((g) => groupDisclosure(plan, g.keys).publishable);
        published.forEach((g) => expect(g.n).toBeGreaterThanOrEqual(minimumGroupSize));
        const hidden = [
          ...groups.filter((g) => g.n > 0 && !groupDisclosure(plan, g.keys).publishable),
          ...live.filter((a) => a.n < minimumGroupSize).map((a) => ({ keys: new Set([a.key]), n: a.n })),
        ];
        expect(recoverableByDifferencing(published.map((g) => vector(g.keys)), hidden.map((g) => vector(g.keys)))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
