import { slugify } from './slug';

describe('slugify', () => {
  it.each([
    ["St Aidan's Hospice", 'st-aidans-hospice'],
    ['Carrow Vale', 'carrow-vale'],
    ['Age UK Brackenford', 'age-uk-brackenford'],
    ["Ashby Carers' Centre", 'ashby-carers-centre'],
    ['Mind in Dunmere & District', 'mind-in-dunmere-and-district'],
    ['Brackenford North Primary Care Network', 'brackenford-north-primary-care-network'],
    ['Ashby, Brackenford and Carrow Vale', 'ashby-brackenford-and-carrow-vale'],
    ['Café Nero’s', 'cafe-neros'],
    ['  Healthwatch   Ashby  ', 'healthwatch-ashby'],
  ])('turns %j into %j', (name, expected) => {
    expect(slugify(name)).toBe(expected);
  });

  it('gives an empty key when nothing is left to keep', () => {
    expect(slugify(' -- ')).toBe('');
  });
});
