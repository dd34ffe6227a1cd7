import { NETWORK_DEFINITIONS } from '@stewardship/network';
import { weakLinkKindName } from '../utils/network-format';
import { sectorLegend } from '../utils/network-colours';
import { CHANGE_COLOURS, KIND_COLOURS, KIND_PRIORITY, TIE_GREY, WEAKENED_BY, type ColourBy, type TieChange } from '../utils/network-graph';

const CHANGE_LABELS: Record<TieChange, string> = {
  formed: 'Formed: not rated the month before',
  weakened: `Weakened: strength down by ${WEAKENED_BY} or more`,
  broken: 'Broken: rated the month before, not this month',
};

const SHAPES = {
  circle: <circle r="5" />,
  diamond: <path d="M0 -6 L6 0 L0 6 L-6 0 Z" />,
  square: <rect x="-5" y="-5" width="10" height="10" />,
};

function Swatch({ shape = 'circle', colour }: { shape?: keyof typeof SHAPES; colour: string }) {
  return (
    <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false" fill={colour}>
      {SHAPES[shape]}
    </svg>
  );
}

function Line({ colour, width = 3 }: { colour: string; width?: number }) {
  return (
    <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false">
      <line x1="2" x2="26" y1="8" y2="8" stroke={colour} strokeWidth={width} strokeLinecap="round" />
    </svg>
  );
}

/** The key to the map: what each colour and shape of partner and each colour of tie means, as text beside a swatch. */
export function NetworkLegend({ id, sectors, colourBy }: { id: string; sectors: readonly string[]; colourBy: ColourBy }) {
  const grey = `rgb(${TIE_GREY.join(',')})`;
  return (
    <div id={id} className="app-network-legend">
      <h3 className="nhsuk-heading-xs nhsuk-u-margin-bottom-1">Partners, by sector</h3>
      <ul className="app-chart-legend" aria-label="Sector colours">
        {sectorLegend(sectors).map((entry) => (
          <li key={entry.sector}>
            <Swatch colour={entry.colour} />
            {entry.label} ({entry.count.toLocaleString('en-GB')})
          </li>
        ))}
        <li>
          <Swatch shape="diamond" colour="#4c6272" />
          Diamond: {NETWORK_DEFINITIONS.articulationPoints.title.toLowerCase()}
        </li>
        <li>
          <Swatch shape="square" colour="#4c6272" />
          Square: {NETWORK_DEFINITIONS.PERIPHERAL.title.toLowerCase()}
        </li>
      </ul>
      <h3 className="nhsuk-heading-xs nhsuk-u-margin-bottom-1">Ties</h3>
      <ul className="app-chart-legend" aria-label="Tie colours">
        <li>
          <Line colour={grey} width={1} />
          <Line colour={grey} width={4} />
          Thin and faint to thick and dark: weaker to stronger
        </li>
        {colourBy === 'weakLinks'
          ? KIND_PRIORITY.filter((kind) => kind !== 'PERIPHERAL').map((kind) => (
              <li key={kind}>
                <Line colour={KIND_COLOURS[kind]} />
                {weakLinkKindName(kind)}
              </li>
            ))
          : (Object.keys(CHANGE_LABELS) as TieChange[]).map((change) => (
              <li key={change}>
                <Line colour={CHANGE_COLOURS[change]} />
                {CHANGE_LABELS[change]}
              </li>
            ))}
      </ul>
    </div>
  );
}
