import { yesNo } from './yes-no';

describe('yesNo', () => {
  it('says yes or no', () => {
    expect(yesNo(true)).toBe('Yes');
    expect(yesNo(false)).toBe('No');
  });
});
