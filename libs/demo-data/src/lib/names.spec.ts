import { odsCodeProblem, onsCodeProblem } from '@stewardship/domain';
import {
  ACUTE_TRUST_TEMPLATES,
  CARE_HOME_BUILDINGS,
  CARE_HOME_WORDS,
  COMMUNITY_TRUST_TEMPLATES,
  fillTemplate,
  GP_FEDERATION_TEMPLATES,
  GP_PRACTICE_TEMPLATES,
  joinNames,
  MENTAL_HEALTH_TRUST_TEMPLATES,
  NEIGHBOURHOOD_PREFIXES,
  NEIGHBOURHOOD_SUFFIXES,
  neighbourhoodName,
  OTHER_LOCAL_TEMPLATES,
  OTHER_SYSTEM_TEMPLATES,
  PCN_AREA_WORDS,
  PLACE_DEFINITIONS,
  PLACEHOLDERS,
  SAINTS,
  SOCIAL_CARE_TEMPLATES,
  SURNAMES,
  SYSTEM_ODS_CODE,
  VCSE_NEIGHBOURHOOD_TEMPLATES,
  VCSE_PLACE_TEMPLATES,
  VCSE_SYSTEM_TEMPLATES,
} from './names';
import { slugify } from './slug';

const TEMPLATE_LISTS = {
  ACUTE_TRUST_TEMPLATES,
  COMMUNITY_TRUST_TEMPLATES,
  MENTAL_HEALTH_TRUST_TEMPLATES,
  GP_FEDERATION_TEMPLATES,
  GP_PRACTICE_TEMPLATES,
  VCSE_SYSTEM_TEMPLATES,
  VCSE_PLACE_TEMPLATES,
  VCSE_NEIGHBOURHOOD_TEMPLATES,
  SOCIAL_CARE_TEMPLATES,
  OTHER_SYSTEM_TEMPLATES,
  OTHER_LOCAL_TEMPLATES,
};

const SAMPLE_VALUES = {
  system: 'Northshire',
  place: 'Ashby',
  places: 'Ashby and Brackenford',
  neighbourhood: 'Kirkton',
  surname: 'Robson',
  saint: 'Aidan',
  word: 'Willow',
  building: 'Lodge',
};

describe('fillTemplate', () => {
  it('replaces every placeholder', () => {
    expect(fillTemplate('Age UK {place}', { place: 'Brackenford' })).toBe('Age UK Brackenford');
    expect(fillTemplate('{word} {building} Care Home', { word: 'Rowan', building: 'Court' })).toBe(
      'Rowan Court Care Home',
    );
  });

  it('ignores values the template does not use', () => {
    expect(fillTemplate('{system} College', SAMPLE_VALUES)).toBe('Northshire College');
  });

  it('throws when a placeholder has no value', () => {
    expect(() => fillTemplate("St {saint}'s Hospice", { place: 'Ashby' })).toThrow(
      `No value for {saint} in "St {saint}'s Hospice"`,
    );
  });
});

describe('joinNames', () => {
  it('joins the last two with "and" and the rest with commas', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['Ashby'])).toBe('Ashby');
    expect(joinNames(['Ashby', 'Brackenford'])).toBe('Ashby and Brackenford');
    expect(joinNames(['Ashby', 'Brackenford', 'Carrow Vale'])).toBe('Ashby, Brackenford and Carrow Vale');
  });
});

describe('neighbourhoodName', () => {
  it('writes a letter shared at the join once', () => {
    expect(neighbourhoodName('West', 'ton')).toBe('Weston');
    expect(neighbourhoodName('High', 'ham')).toBe('Higham');
    expect(neighbourhoodName('Mill', 'ley')).toBe('Milley');
  });

  it('otherwise joins prefix and suffix as they are', () => {
    expect(neighbourhoodName('Kirk', 'ton')).toBe('Kirkton');
    expect(neighbourhoodName('Oak', 'ham')).toBe('Oakham');
    expect(neighbourhoodName('Red', 'field')).toBe('Redfield');
  });
});

describe('place definitions', () => {
  it('has eight places, each with its own council and a valid, distinct ONS code', () => {
    expect(PLACE_DEFINITIONS).toHaveLength(8);
    expect(PLACE_DEFINITIONS.slice(0, 4).map((place) => place.name)).toEqual([
      'Ashby',
      'Brackenford',
      'Carrow Vale',
      'Dunmere',
    ]);
    for (const place of PLACE_DEFINITIONS) {
      expect(onsCodeProblem(place.onsCode)).toBeNull();
      expect(place.localAuthority.startsWith(`${place.name} `)).toBe(true);
    }
    expect(new Set(PLACE_DEFINITIONS.map((place) => place.onsCode)).size).toBe(8);
    expect(new Set(PLACE_DEFINITIONS.map((place) => slugify(place.name))).size).toBe(8);
  });

  it('gives the ICB a valid ODS code', () => {
    expect(odsCodeProblem(SYSTEM_ODS_CODE)).toBeNull();
  });
});

describe('name parts', () => {
  it.each(Object.entries(TEMPLATE_LISTS))('%s uses only known placeholders', (_listName, templates) => {
    for (const template of templates) {
      const placeholders = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      expect(placeholders.length).toBeGreaterThan(0);
      for (const placeholder of placeholders) {
        expect(PLACEHOLDERS).toContain(placeholder);
      }
    }
  });

  it.each(Object.entries(TEMPLATE_LISTS))('%s gives distinct keys for the same values', (_listName, templates) => {
    const keys = templates.map((template) => slugify(fillTemplate(template, SAMPLE_VALUES)));
    expect(new Set(keys).size).toBe(templates.length);
  });

  it.each([
    ['NEIGHBOURHOOD_PREFIXES', NEIGHBOURHOOD_PREFIXES],
    ['NEIGHBOURHOOD_SUFFIXES', NEIGHBOURHOOD_SUFFIXES],
    ['SURNAMES', SURNAMES],
    ['SAINTS', SAINTS],
    ['CARE_HOME_WORDS', CARE_HOME_WORDS],
    ['CARE_HOME_BUILDINGS', CARE_HOME_BUILDINGS],
    ['PCN_AREA_WORDS', PCN_AREA_WORDS],
  ])('%s has no repeats', (_listName, parts: readonly string[]) => {
    expect(new Set(parts).size).toBe(parts.length);
  });

  it('has enough neighbourhood names for eight places of twenty-four', () => {
    const names = new Set(
      NEIGHBOURHOOD_PREFIXES.flatMap((prefix) => NEIGHBOURHOOD_SUFFIXES.map((suffix) => neighbourhoodName(prefix, suffix))),
    );
    expect(names.size).toBeGreaterThanOrEqual(8 * 24 * 2);
  });
});
