import { HOME_PATH, safeReturnTo, signInPathFor, signInProblems } from './return-to';

describe('safeReturnTo', () => {
  it('keeps paths inside the app, with their query string', () => {
    expect(safeReturnTo('/partners/42')).toBe('/partners/42');
    expect(safeReturnTo('/partners?kind=HOSPICE&place=p1')).toBe('/partners?kind=HOSPICE&place=p1');
  });

  it('sends anything else home', () => {
    for (const unsafe of [null, undefined, '', 'partners', '//evil.example', '/\\evil.example', 'https://evil.example/', '/sign-in', '/sign-in?returnTo=/x', '/a\nb']) {
      expect(safeReturnTo(unsafe)).toBe(HOME_PATH);
    }
  });
});

describe('signInPathFor', () => {
  it('carries a deep link through sign-in', () => {
    expect(signInPathFor('/partners/42/edit')).toBe('/sign-in?returnTo=%2Fpartners%2F42%2Fedit');
    expect(new URLSearchParams(signInPathFor('/partners?kind=ICB&search=a b').split('?')[1]).get('returnTo')).toBe(
      '/partners?kind=ICB&search=a b',
    );
  });

  it('leaves the home page out, so each role lands on its own page', () => {
    expect(signInPathFor('/')).toBe('/sign-in');
    expect(signInPathFor('/partners')).toBe('/sign-in?returnTo=%2Fpartners');
  });
});

describe('signInProblems', () => {
  it('asks for both fields', () => {
    expect(signInProblems({ email: ' ', password: '' })).toEqual([
      { field: 'email', message: 'Enter your email address' },
      { field: 'password', message: 'Enter your password' },
    ]);
  });

  it('checks the email looks like an address', () => {
    expect(signInProblems({ email: 'admin', password: 'x' })).toEqual([
      { field: 'email', message: 'Enter an email address in the correct format, like name@example.com' },
    ]);
    expect(signInProblems({ email: ' admin@northshire.example ', password: 'x' })).toEqual([]);
  });
});
