import { variationIconFor, type SpcVariation } from '@stewardship/spc';
import { variationMark } from '../utils/variation';

const WHITE = '#ffffff';
const INK = '#212b32';

/**
 * The Making Data Count variation icon for the latest month: a round badge (H or L for the side a special cause is
 * on, a flat line for common cause) with its label in words beside it, so the icon is never the only cue.
 */
export function VariationBadge({ variation }: { variation: SpcVariation }) {
  const icon = variationIconFor(variation);
  const mark = variationMark(variation);
  const letterColour = icon.kind === 'concern' ? INK : WHITE;
  return (
    <span className="app-variation-badge">
      <svg width="32" height="32" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <circle cx="16" cy="16" r="15" fill={mark.fill} stroke={mark.stroke ?? mark.fill} strokeWidth="2" />
        {icon.side ? (
          <text x="16" y="16" dy="0.36em" textAnchor="middle" fontSize="16" fontWeight="bold" fill={letterColour}>
            {icon.side === 'high' ? 'H' : 'L'}
          </text>
        ) : (
          <path d="M7 16 q4.5 -6 9 0 t9 0" fill="none" stroke={WHITE} strokeWidth="2.5" strokeLinecap="round" />
        )}
      </svg>
      <span className="app-variation-badge__label">{icon.label}</span>
    </span>
  );
}
