import { isOneOf } from './is-one-of';

export const SECTORS = ['NHS', 'LOCAL_GOVERNMENT', 'VCSE', 'INDEPENDENT'] as const;
export type Sector = (typeof SECTORS)[number];

export const SECTOR_LABELS: Record<Sector, string> = {
  NHS: 'NHS',
  LOCAL_GOVERNMENT: 'Local government',
  VCSE: 'VCSE',
  INDEPENDENT: 'Independent',
};

export function isSector(value: unknown): value is Sector {
  return isOneOf(SECTORS, value);
}
