import { likeLiteral } from './like';

describe('likeLiteral', () => {
  it('escapes %, _ and the escape character itself', () => {
    expect(likeLiteral('50%_off\\')).toBe('50\\%\\_off\\\\');
    expect(likeLiteral('Ashby Mind')).toBe('Ashby Mind');
  });
});
