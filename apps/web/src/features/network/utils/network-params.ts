import { WEAK_LINK_KINDS } from '@stewardship/network';
import { isMonth } from '@stewardship/web-charts';
import type { WeakLinkKind } from '../../../generated/graphql';
import type { MapFilters } from './network-filters';
import type { ColourBy, SizeBy } from './network-graph';

/** Everything the network page's URL holds, so that a view can be shared and the back button undoes a change. */
export interface NetworkView extends MapFilters {
  /** yyyy-mm; undefined for the latest rated month. */
  month?: string;
  placeId?: string;
  sizeBy: SizeBy;
  colourBy: ColourBy;
}

export const DEFAULT_VIEW: NetworkView = { minStrength: 0, sizeBy: 'equal', colourBy: 'weakLinks' };

const isKind = (value: string | null): value is WeakLinkKind => WEAK_LINK_KINDS.includes(value as WeakLinkKind);

/** The view a URL asks for; anything not understood falls back to the default. */
export function viewFromSearchParams(params: URLSearchParams): NetworkView {
  const month = params.get('month') ?? '';
  const kind = params.get('kind');
  const minStrength = Number(params.get('minStrength') ?? '0');
  return {
    month: isMonth(month) ? month : undefined,
    placeId: params.get('placeId') || undefined,
    sector: params.get('sector') || undefined,
    kind: isKind(kind) ? kind : undefined,
    minStrength: Number.isFinite(minStrength) && minStrength >= 0 && minStrength <= 1 ? minStrength : 0,
    sizeBy: params.get('size') === 'betweenness' ? 'betweenness' : 'equal',
    colourBy: params.get('colour') === 'changes' ? 'changes' : 'weakLinks',
  };
}

/** The URL of a view: only what differs from the default. */
export function searchParamsFromView(view: NetworkView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.month) params.set('month', view.month);
  if (view.placeId) params.set('placeId', view.placeId);
  if (view.sector) params.set('sector', view.sector);
  if (view.kind) params.set('kind', view.kind);
  if (view.minStrength > 0) params.set('minStrength', String(view.minStrength));
  if (view.sizeBy !== 'equal') params.set('size', view.sizeBy);
  if (view.colourBy !== 'weakLinks') params.set('colour', view.colourBy);
  return params;
}
