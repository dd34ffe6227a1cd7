import { isSector, SECTOR_LABELS, SECTORS } from '@stewardship/domain';

/**
 * Sector colours from Okabe and Ito's palette for colour-blind readers (wine from Tol's in place of their reddish
 * purple), each at least 3:1 against the white map as WCAG asks of graphics. Shapes and the tables say the rest.
 */
const SECTOR_COLOURS: Record<string, string> = {
  NHS: '#0072b2',
  LOCAL_GOVERNMENT: '#d55e00',
  VCSE: '#009e73',
  INDEPENDENT: '#882255',
};
/** A sector the vocabulary does not know (the API sends sectors as text). */
const OTHER_SECTOR = '#4c6272';

export function sectorColour(sector: string): string {
  return SECTOR_COLOURS[sector] ?? OTHER_SECTOR;
}

export function sectorLabel(sector: string): string {
  return isSector(sector) ? SECTOR_LABELS[sector] : sector;
}

/** The key to the map's colours: every sector with partners in it, in the vocabulary's order, then any other. */
export function sectorLegend(sectors: Iterable<string>): { sector: string; label: string; colour: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const sector of sectors) counts.set(sector, (counts.get(sector) ?? 0) + 1);
  const order = (sector: string) => {
    const index = (SECTORS as readonly string[]).indexOf(sector);
    return index === -1 ? SECTORS.length : index;
  };
  return [...counts]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([sector, count]) => ({ sector, label: sectorLabel(sector), colour: sectorColour(sector), count }));
}
