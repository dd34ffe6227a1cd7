import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useElementWidth } from '../hooks/useElementWidth';
import { useXmrChartLayout, type PositionedPoint, type XmrChartPoint } from '../hooks/useXmrChartLayout';

/** What a month's tooltip (and its button's accessible name) says. */
export interface PointDetails {
  heading: string;
  lines: string[];
}

interface XmrChartProps {
  /** Prefix for the ids of the chart's title and description. */
  id: string;
  /** The chart's accessible name. */
  title: string;
  /** A summary of what the chart shows, read out after the name. */
  description: string;
  points: readonly XmrChartPoint[];
  describePoint: (index: number) => PointDetails;
  /** Names the row of month buttons, e.g. "Months on the Healthy relationships chart". */
  monthsLabel: string;
  /** The y domain, e.g. one shared by several charts; default fitted to this chart's values within `bounds`. */
  domain?: readonly [number, number];
  /** The values the measure can take, e.g. [1, 5] for scores. */
  bounds?: readonly [number, number];
  /** Where new periods start (yyyy-mm), each with what the line's title says, e.g. the rebase's reason. */
  rebases?: readonly { month: string; label: string }[];
  height?: number;
}

const INK = '#212b32';
const SECONDARY = '#4c6272';
const GRID = '#d8dde0';
const LINE = '#768692';

/**
 * An XmR (SPC) chart: D3 lays it out (useXmrChartLayout), React draws it. The SVG is one image with a name and a
 * description; over it, one button per month (a single tab stop, arrow keys move between months) shows the month's
 * details on focus or hover. The numbers themselves are in the data table beside every chart.
 */
export function XmrChart({ id, title, description, points, describePoint, monthsLabel, domain, bounds, rebases, height = 200 }: XmrChartProps) {
  const [containerRef, width] = useElementWidth<HTMLDivElement>(320);
  const rebaseMonths = useMemo(() => rebases?.map((rebase) => rebase.month), [rebases]);
  const layout = useXmrChartLayout(points, width, height, { domain, bounds, rebases: rebaseMonths });
  const latestPlotted = [...layout.points].reverse().find((p) => p.y !== null)?.index ?? points.length - 1;
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const [active, setActive] = useState<{ index: number; dismissed: boolean } | null>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  // The month last focused keeps the tab stop, while it still exists (new data may have fewer months).
  const tabStop = focusIndex !== null && focusIndex < points.length ? focusIndex : latestPlotted;
  const { plot } = layout;

  function show(index: number) {
    setActive({ index, dismissed: false });
  }

  function move(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const last = points.length - 1;
    const target: Record<string, number> = {
      ArrowLeft: Math.max(0, index - 1),
      ArrowDown: Math.max(0, index - 1),
      ArrowRight: Math.min(last, index + 1),
      ArrowUp: Math.min(last, index + 1),
      Home: 0,
      End: last,
    };
    if (event.key === 'Escape') {
      setActive((current) => (current ? { ...current, dismissed: true } : current));
      return;
    }
    if (!(event.key in target)) return;
    event.preventDefault();
    setFocusIndex(target[event.key]);
    buttons.current[target[event.key]]?.focus();
  }

  const shown = active && !active.dismissed ? (layout.points[active.index] ?? null) : null;

  return (
    <div className="app-xmr-chart" ref={containerRef} onMouseLeave={() => setActive((current) => (current && document.activeElement === buttons.current[current.index] ? current : null))}>
      <svg role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} width={width} height={height} focusable="false">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {layout.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} stroke={GRID} strokeWidth={1} />
            <text x={plot.left - 8} y={tick.y} dy="0.32em" textAnchor="end" fontSize={12} fill={SECONDARY}>
              {tick.label}
            </text>
          </g>
        ))}
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={SECONDARY} strokeWidth={1} />
        {layout.xTicks.map((tick) => (
          <text key={tick.month} x={tick.x} y={plot.bottom + 18} textAnchor={tick.anchor} fontSize={12} fill={SECONDARY}>
            {tick.label}
          </text>
        ))}
        {layout.meanLines.map((segment) => (
          <line key={`mean-${segment.from}`} x1={segment.x1} x2={segment.x2} y1={segment.y} y2={segment.y} stroke={INK} strokeWidth={1.5} />
        ))}
        {[...layout.upperLimitLines, ...layout.lowerLimitLines].map((segment) => (
          <line
            key={`limit-${segment.from}-${segment.value}`}
            x1={segment.x1}
            x2={segment.x2}
            y1={segment.y}
            y2={segment.y}
            stroke={SECONDARY}
            strokeWidth={1.5}
            strokeDasharray="6 4"
          />
        ))}
        {layout.rebaseLines.map((line) => (
          <g key={`rebase-${line.month}`} className="app-xmr-chart__rebase">
            <title>{rebases?.find((rebase) => rebase.month === line.month)?.label}</title>
            <line x1={line.x} x2={line.x} y1={plot.top} y2={plot.bottom} stroke={INK} strokeWidth={2} />
            <text x={line.x + 4} y={plot.top + 10} fontSize={11} fill={INK}>
              Rebase
            </text>
          </g>
        ))}
        {layout.linePath ? <path d={layout.linePath} fill="none" stroke={LINE} strokeWidth={1.5} /> : null}
        {shown ? <ActiveGuide point={shown} top={plot.top} bottom={plot.bottom} /> : null}
        {layout.points.map((point) =>
          point.y === null ? (
            <GapMarker key={point.month} x={point.x} bottom={plot.bottom} width={layout.step} reason={point.gapReason ?? ''} />
          ) : (
            <path
              key={point.month}
              d={point.symbolPath ?? undefined}
              transform={`translate(${point.x},${point.y}) rotate(${point.rotate})`}
              fill={point.mark?.fill}
              stroke={point.mark?.stroke ?? 'none'}
              strokeWidth={1.5}
            />
          ),
        )}
      </svg>
      <div role="group" aria-label={monthsLabel}>
        {layout.points.map((point) => {
          const details = describePoint(point.index);
          return (
            <button
              key={point.month}
              ref={(element) => {
                buttons.current[point.index] = element;
              }}
              type="button"
              className="app-xmr-chart__month"
              tabIndex={point.index === tabStop ? 0 : -1}
              aria-label={`${details.heading}: ${details.lines.join('. ')}`}
              style={{ left: point.x - layout.step / 2, width: layout.step, top: plot.top, height: plot.bottom - plot.top }}
              onFocus={() => {
                setFocusIndex(point.index);
                show(point.index);
              }}
              onBlur={() => setActive(null)}
              onMouseEnter={() => show(point.index)}
              onClick={() => setActive((current) => ({ index: point.index, dismissed: current?.index === point.index && !current.dismissed }))}
              onKeyDown={(event) => move(event, point.index)}
            />
          );
        })}
      </div>
      {shown && active ? <Tooltip point={shown} details={describePoint(active.index)} width={width} plotTop={plot.top} plotBottom={plot.bottom} /> : null}
    </div>
  );
}

function ActiveGuide({ point, top, bottom }: { point: PositionedPoint; top: number; bottom: number }) {
  return (
    <g>
      <line x1={point.x} x2={point.x} y1={top} y2={bottom} stroke={INK} strokeWidth={1} strokeDasharray="2 3" />
      {point.y !== null ? <circle cx={point.x} cy={point.y} r={8} fill="none" stroke={INK} strokeWidth={2} /> : null}
    </g>
  );
}

/**
 * A month with no value is a gap in the line with no marker (a marker anywhere on the y axis would read as a value):
 * only a short tick under the axis, whose title says why on hover. The hover area sits below the month buttons.
 */
function GapMarker({ x, bottom, width, reason }: { x: number; bottom: number; width: number; reason: string }) {
  return (
    <g className="app-xmr-chart__gap">
      <title>{reason}</title>
      <rect x={x - width / 2} y={bottom} width={width} height={8} fill="transparent" />
      <line x1={x} x2={x} y1={bottom} y2={bottom + 6} stroke={SECONDARY} strokeWidth={2} />
    </g>
  );
}

function Tooltip({
  point,
  details,
  width,
  plotTop,
  plotBottom,
}: {
  point: PositionedPoint;
  details: PointDetails;
  width: number;
  plotTop: number;
  plotBottom: number;
}) {
  const y = point.y ?? plotTop;
  const below = y < (plotTop + plotBottom) / 2;
  const onRight = point.x < width / 2;
  return (
    // Visual only: each month's button already has all of this as its accessible name.
    <div
      className="app-xmr-chart__tooltip"
      aria-hidden="true"
      style={{
        left: onRight ? point.x + 12 : undefined,
        right: onRight ? undefined : width - point.x + 12,
        top: below ? y + 8 : y - 8,
        transform: below ? undefined : 'translateY(-100%)',
      }}
    >
      <strong>{details.heading}</strong>
      {details.lines.map((line, index) => (
        // Lines are fixed in order and may repeat, so their place is their key.
        <span key={index}>{line}</span>
      ))}
    </div>
  );
}
