import { canonicalId, isUuid } from './ids';

describe('isUuid', () => {
  it('accepts a UUID in either case and refuses anything else', () => {
    expect(isUuid('0b6c5f0e-2b7a-4c1e-9d3f-1a2b3c4d5e6f')).toBe(true);
    expect(isUuid('0B6C5F0E-2B7A-4C1E-9D3F-1A2B3C4D5E6F')).toBe(true);
    for (const bad of ['', '1', "1' or '1'='1", '0b6c5f0e-2b7a-4c1e-9d3f-1a2b3c4d5e6', '0b6c5f0e2b7a4c1e9d3f1a2b3c4d5e6f']) {
      expect(isUuid(bad)).toBe(false);
    }
  });
});

describe('canonicalId', () => {
  it('writes a UUID in lower case and leaves anything else as it was', () => {
    expect(canonicalId('0B6C5F0E-2B7A-4C1E-9D3F-1A2B3C4D5E6F')).toBe('0b6c5f0e-2b7a-4c1e-9d3f-1a2b3c4d5e6f');
    expect(canonicalId('0b6c5f0e-2b7a-4c1e-9d3f-1a2b3c4d5e6f')).toBe('0b6c5f0e-2b7a-4c1e-9d3f-1a2b3c4d5e6f');
    expect(canonicalId('NOT-AN-ID')).toBe('NOT-AN-ID');
  });
});
