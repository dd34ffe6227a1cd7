import { firstErrorByField, inFieldOrder, optionalText } from './form-errors';

const errors = [
  { field: 'weight', message: 'Weight must be a number' },
  { field: 'system', message: 'Something else' },
  { field: 'name', message: 'A partner called "X" already exists' },
  { field: 'name', message: 'second name problem' },
];

describe('inFieldOrder', () => {
  it('orders server errors like the fields on the page, unknown fields last', () => {
    expect(inFieldOrder(errors, ['name', 'weight']).map((e) => e.field)).toEqual(['name', 'name', 'weight', 'system']);
  });
});

describe('firstErrorByField', () => {
  it('keeps the first message for each field', () => {
    expect(firstErrorByField(errors)).toEqual({
      weight: 'Weight must be a number',
      system: 'Something else',
      name: 'A partner called "X" already exists',
    });
  });
});

describe('optionalText', () => {
  it('trims, and gives null for nothing', () => {
    expect(optionalText('  Ashby Borough Council ')).toBe('Ashby Borough Council');
    expect(optionalText('   ')).toBeNull();
  });
});
