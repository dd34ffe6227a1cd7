import { useElementWidth } from '../hooks/useElementWidth';
import { useGroupedBarLayout, type BarGroup, type BarSeries, type GroupedBarOptions } from '../hooks/useGroupedBarLayout';

interface GroupedBarChartProps extends GroupedBarOptions {
  /** Prefix for the ids of the chart's title and description. */
  id: string;
  /** The chart's accessible name. */
  title: string;
  /** What the chart shows, read out after the name; the numbers are in the data table beside it. */
  description: string;
  groups: readonly BarGroup[];
  series: readonly BarSeries[];
  height?: number;
}

const INK = '#212b32';
const SECONDARY = '#4c6272';
const GRID = '#d8dde0';

/**
 * Bars side by side in groups (e.g. seat, vote and weight share per sector): D3 lays them out (useGroupedBarLayout),
 * React draws them. A flagged bar has a heavy outline and its flag written above it, so the flag does not rely on
 * colour. The SVG is one image with a name and description; the figures are in a data table beside it.
 */
export function GroupedBarChart({ id, title, description, groups, series, height = 260, ...options }: GroupedBarChartProps) {
  const [containerRef, width] = useElementWidth<HTMLDivElement>(320);
  const layout = useGroupedBarLayout(groups, series, width, height, options);
  const { plot } = layout;
  return (
    <div className="app-grouped-bar-chart" ref={containerRef}>
      <ul className="app-chart-legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.key}>
            <svg width={14} height={14} focusable="false">
              <rect width={14} height={14} fill={s.color} />
            </svg>{' '}
            {s.label}
          </li>
        ))}
      </ul>
      <svg role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} width={width} height={height} focusable="false">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {layout.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} stroke={GRID} strokeWidth={1} />
            <text x={plot.left - 6} y={tick.y} dy="0.32em" textAnchor="end" fontSize={12} fill={SECONDARY}>
              {tick.label}
            </text>
          </g>
        ))}
        {layout.bars.map((bar) => (
          <g key={`${bar.groupKey}-${bar.seriesKey}`}>
            {bar.value !== null ? (
              <rect x={bar.x} y={bar.y} width={bar.width} height={Math.max(bar.height, 1)} fill={bar.color} stroke={bar.flag ? INK : 'none'} strokeWidth={bar.flag ? 3 : 0} />
            ) : null}
            {bar.flag ? (
              <text x={bar.x + bar.width / 2} y={bar.y - 6} textAnchor="middle" fontSize={11} fontWeight="bold" fill={INK}>
                {bar.flag}
              </text>
            ) : null}
          </g>
        ))}
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={SECONDARY} strokeWidth={1} />
        {layout.groupLabels.map((label) => (
          <text key={label.key} x={label.x} y={plot.bottom + 18} textAnchor="middle" fontSize={12} fill={INK}>
            {label.label}
          </text>
        ))}
      </svg>
    </div>
  );
}
