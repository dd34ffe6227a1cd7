import { securityEventDetailLines, securityEventKindText } from './security-event-wording';

describe('security event wording', () => {
  it('names each kind in plain words', () => {
    expect(securityEventKindText('SIGN_IN')).toBe('Signed in');
    expect(securityEventKindText('SIGN_IN_FAILED')).toBe('Sign-in refused');
    expect(securityEventKindText('REGISTER_EXPORTED')).toBe('Register exported as CSV');
  });

  it('labels details and writes exported lists and roles as the rest of the service does', () => {
    expect(
      securityEventDetailLines([
        { name: 'fromRole', value: 'VIEWER' },
        { name: 'kind', value: 'organisations' },
        { name: 'toRole', value: null },
      ]),
    ).toEqual([
      { label: 'Role before', value: 'Viewer' },
      { label: 'List', value: 'Partner organisations' },
      { label: 'Role after', value: 'none' },
    ]);
  });

  it('shows a detail it does not know by the name and value the API gives', () => {
    expect(securityEventDetailLines([{ name: 'attempts', value: '3' }])).toEqual([{ label: 'attempts', value: '3' }]);
  });
});
