import { symbol, symbolCircle, symbolSquare, symbolTriangle } from 'd3';
import type { SpcVariation } from '@stewardship/spc';
import { variationMark } from '../utils/variation';

const SYMBOL_PATHS = {
  circle: symbol(symbolCircle, 40)(),
  triangleUp: symbol(symbolTriangle, 70)(),
  triangleDown: symbol(symbolTriangle, 70)(),
  square: symbol(symbolSquare, 50)(),
};

const SHOWN: SpcVariation[] = ['common', 'improvement', 'concern', 'neitherHigh'];

/** The key to every XmR chart on a page: what each marker shape and colour, and each line, means. */
export function XmrLegend({ gapText }: { gapText: string }) {
  return (
    <ul className="app-xmr-legend" aria-label="Key to the charts">
      {SHOWN.map((variation) => {
        const mark = variationMark(variation);
        const label = variation === 'neitherHigh' ? 'Special cause neither improvement nor concern' : mark.label;
        return (
          <li key={variation}>
            <svg width="20" height="20" viewBox="-10 -10 20 20" aria-hidden="true" focusable="false">
              <path
                d={SYMBOL_PATHS[mark.symbol] ?? undefined}
                transform={mark.symbol === 'triangleDown' ? 'rotate(180)' : undefined}
                fill={mark.fill}
                stroke={mark.stroke ?? 'none'}
                strokeWidth="1.5"
              />
            </svg>
            {label}
          </li>
        );
      })}
      <li>
        <svg width="28" height="20" aria-hidden="true" focusable="false">
          <line x1="0" x2="28" y1="10" y2="10" stroke="#212b32" strokeWidth="1.5" />
        </svg>
        Process mean
      </li>
      <li>
        <svg width="28" height="20" aria-hidden="true" focusable="false">
          <line x1="0" x2="28" y1="10" y2="10" stroke="#4c6272" strokeWidth="1.5" strokeDasharray="6 4" />
        </svg>
        Process limits
      </li>
      <li>
        <svg width="28" height="20" aria-hidden="true" focusable="false">
          <line x1="0" x2="10" y1="6" y2="6" stroke="#768692" strokeWidth="1.5" />
          <line x1="18" x2="28" y1="6" y2="6" stroke="#768692" strokeWidth="1.5" />
          <line x1="14" x2="14" y1="12" y2="18" stroke="#4c6272" strokeWidth="2" />
        </svg>
        {gapText}
      </li>
    </ul>
  );
}
