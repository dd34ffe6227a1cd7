import { checkedDetail } from './security-event-detail';

describe('checkedDetail', () => {
  it('keeps ids, counts and codes as they are', () => {
    expect(checkedDetail({ roundId: 'r1', invitations: 3, reason: 'WRONG_CREDENTIALS' })).toEqual({ roundId: 'r1', invitations: 3, reason: 'WRONG_CREDENTIALS' });
    expect(checkedDetail()).toEqual({});
  });

  it('refuses a field whose name suggests a secret or a link that carries one', () => {
    for (const name of ['password', 'sessionToken', 'tokenHash', 'url', 'surveyLink', 'SESSION_SECRET']) {
      expect(() => checkedDetail({ [name]: 'x' })).toThrow(`may not carry "${name}"`);
    }
  });
});
