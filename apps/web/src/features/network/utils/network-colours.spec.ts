import { sectorColour, sectorLabel, sectorLegend } from './network-colours';

describe('sector colours', () => {
  it('lists the sectors present in the vocabulary’s order, each with its colour and count, unknown sectors last', () => {
    expect(sectorLegend(['VCSE', 'NHS', 'VCSE', 'PARISH', 'NHS', 'NHS'])).toEqual([
      { sector: 'NHS', label: 'NHS', colour: '#0072b2', count: 3 },
      { sector: 'VCSE', label: 'VCSE', colour: '#009e73', count: 2 },
      { sector: 'PARISH', label: 'PARISH', colour: '#4c6272', count: 1 },
    ]);
  });

  it('names sectors as the vocabulary does', () => {
    expect(sectorLabel('LOCAL_GOVERNMENT')).toBe('Local government');
    expect(sectorColour('INDEPENDENT')).toBe('#882255');
  });
});
