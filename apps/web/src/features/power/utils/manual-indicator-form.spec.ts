import { checkManualIndicator, EMPTY_MANUAL_INDICATOR } from './manual-indicator-form';

describe('checkManualIndicator', () => {
  it('names every field that is missing or wrong', () => {
    expect(checkManualIndicator(EMPTY_MANUAL_INDICATOR).problems.map((p) => p.field)).toEqual(['name', 'value', 'from', 'to', 'evidenceUrl', 'evidenceTitle']);
    const backwards = checkManualIndicator({ name: 'Jointly decided budget', value: 'lots', from: '2026-04-01', to: '2026-03-31', evidenceUrl: 'javascript:alert(1)', evidenceTitle: 'Report' });
    expect(backwards.problems).toEqual([
      { field: 'value', message: 'Enter the value as a number, like 0.42 or 12' },
      { field: 'to', message: 'The last day must not be before the first day' },
      { field: 'evidenceUrl', message: 'Enter a web address starting with https:// or http://' },
    ]);
  });

  it('gives the input to send, trimmed, with the value as a number', () => {
    const checked = checkManualIndicator({ name: ' Jointly decided budget ', value: '1,250.5', from: '2025-04-01', to: '2026-03-31', evidenceUrl: 'https://example.nhs.uk/r.pdf ', evidenceTitle: 'Report' });
    expect(checked).toEqual({ problems: [], input: { name: 'Jointly decided budget', value: 1250.5, from: '2025-04-01', to: '2026-03-31', evidenceUrl: 'https://example.nhs.uk/r.pdf', evidenceTitle: 'Report' } });
  });
});
