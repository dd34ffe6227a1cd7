import { UniqueNames } from './unique-names';

describe('UniqueNames', () => {
  it('returns the name with its key when claimed', () => {
    const names = new UniqueNames();
    expect(names.claim("St Aidan's Hospice")).toEqual({ name: "St Aidan's Hospice", key: 'st-aidans-hospice' });
  });

  it('treats names differing only in case as the same name', () => {
    const names = new UniqueNames();
    names.claim('Age UK Ashby');
    expect(names.isFree('AGE UK ASHBY')).toBe(false);
    expect(() => names.claim('age uk ashby')).toThrow('Name "age uk ashby" is already taken');
  });

  it('treats names with the same key as clashing', () => {
    const names = new UniqueNames();
    names.claim("Ashby Carers' Centre");
    expect(names.isFree('Ashby Carers Centre')).toBe(false);
  });

  it('leaves other names free', () => {
    const names = new UniqueNames();
    names.claim('Ashby');
    expect(names.isFree('Ashby Borough Council')).toBe(true);
  });

  it('refuses a name that cannot make a key', () => {
    expect(() => new UniqueNames().claim(' --- ')).toThrow('has no letters or digits');
  });

  it('claims the first free candidate drawn', () => {
    const names = new UniqueNames();
    names.claim('Healthwatch Ashby');
    const candidates = ['Healthwatch Ashby', 'healthwatch ashby', 'Healthwatch Dunmere', 'Healthwatch Ashby'];
    let drawn = 0;
    const claimed = names.claimFirstFree(() => candidates[drawn++]);
    expect(claimed).toEqual({ name: 'Healthwatch Dunmere', key: 'healthwatch-dunmere' });
    expect(drawn).toBe(3);
  });

  it('gives up after the allowed number of taken candidates', () => {
    const names = new UniqueNames();
    names.claim('Dunmere Food Bank');
    let drawn = 0;
    const draw = () => {
      drawn++;
      return 'Dunmere Food Bank';
    };
    expect(() => names.claimFirstFree(draw, 4)).toThrow('No free name found in 4 attempts');
    expect(drawn).toBe(4);
  });
});
