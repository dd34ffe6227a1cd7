import { WEAK_LINK_KINDS } from '@stewardship/network';
import { formatMonth } from '@stewardship/web-charts';
import type { WeakLinkKind } from '../../../generated/graphql';
import { FilterSelect } from '../../../shared/components/FilterSelect';
import { PlaceFilter } from '../../../shared/components/PlaceFilter';
import { Radios } from '../../../shared/components/Radios';
import type { SelectOption } from '../../../shared/components/SelectInput';
import { SECTOR_OPTIONS } from '../../../shared/utils/domain-options';
import { weakLinkKindName } from '../utils/network-format';
import type { ColourBy, SizeBy } from '../utils/network-graph';
import type { NetworkView } from '../utils/network-params';

interface NetworkFilterFormProps {
  view: NetworkView;
  onChange: (view: NetworkView) => void;
  places: SelectOption[];
  /** A place lead sees their own place only: the place is stated, not chosen. */
  fixedPlace?: string;
  /** Rated months, newest first. */
  ratedMonths: readonly string[];
  /** The month the API shows when none is chosen: the newest whose survey round has closed (else the newest rated). */
  defaultMonth: string | null;
}

const KIND_OPTIONS: SelectOption[] = WEAK_LINK_KINDS.map((kind) => ({ value: kind, label: weakLinkKindName(kind) }));
const STRENGTH_OPTIONS: SelectOption[] = [0.2, 0.4, 0.6, 0.8].map((value) => ({ value: String(value), label: `${value.toFixed(1)} or stronger` }));

/** Place and month (what the API is asked for), then what the map shows of it; every choice applies at once and lives in the URL. */
export function NetworkFilterForm({ view, onChange, places, fixedPlace, ratedMonths, defaultMonth }: NetworkFilterFormProps) {
  return (
    <form aria-label="Choose the network and what the map shows" onSubmit={(event) => event.preventDefault()}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <PlaceFilter fixedPlace={fixedPlace} options={places} value={view.placeId} onChange={(placeId) => onChange({ ...view, placeId, month: undefined })} />
        </div>
        <div className="nhsuk-grid-column-one-half">
          <FilterSelect
            id="month"
            label="Month"
            allLabel={defaultMonth ? `${formatMonth(defaultMonth)} (latest complete)` : 'The latest complete month'}
            hint="A month whose survey is still open is left out until it closes, unless you pick it."
            options={ratedMonths.filter((month) => month !== defaultMonth).map((month) => ({ value: month, label: month > (defaultMonth ?? '') ? `${formatMonth(month)} (survey open)` : formatMonth(month) }))}
            value={view.month === defaultMonth ? undefined : view.month}
            onChange={(month) => onChange({ ...view, month })}
          />
        </div>
      </div>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-third">
          <FilterSelect id="sector" label="Sector" allLabel="All sectors" options={SECTOR_OPTIONS} value={view.sector} onChange={(sector) => onChange({ ...view, sector })} />
        </div>
        <div className="nhsuk-grid-column-one-third">
          <FilterSelect<WeakLinkKind> id="kind" label="Weak links on the map" allLabel="All links" options={KIND_OPTIONS} value={view.kind} onChange={(kind) => onChange({ ...view, kind })} />
        </div>
        <div className="nhsuk-grid-column-one-third">
          <FilterSelect
            id="min-strength"
            label="Tie strength"
            allLabel="Any strength"
            options={STRENGTH_OPTIONS}
            value={view.minStrength > 0 ? String(view.minStrength) : undefined}
            onChange={(value) => onChange({ ...view, minStrength: value ? Number(value) : 0 })}
          />
        </div>
      </div>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <Radios<SizeBy>
            id="size-by"
            legend="Size partners"
            inline
            options={[
              { value: 'equal', label: 'All the same' },
              { value: 'betweenness', label: 'By betweenness' },
            ]}
            value={view.sizeBy}
            onChange={(sizeBy) => onChange({ ...view, sizeBy })}
          />
        </div>
        <div className="nhsuk-grid-column-one-half">
          <Radios<ColourBy>
            id="colour-by"
            legend="Colour ties by"
            inline
            options={[
              { value: 'weakLinks', label: 'Weak-link kind' },
              { value: 'changes', label: 'Change since the month before' },
            ]}
            value={view.colourBy}
            onChange={(colourBy) => onChange({ ...view, colourBy })}
          />
        </div>
      </div>
    </form>
  );
}
