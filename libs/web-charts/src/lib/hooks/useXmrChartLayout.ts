import type { SpcVariation } from '@stewardship/spc';
import { line, scaleLinear, scalePoint, symbol, symbolCircle, symbolSquare, symbolTriangle, type ScaleLinear, type ScalePoint, type SymbolType } from 'd3';
import { useMemo } from 'react';
import { formatMonthShort } from '../utils/months';
import { variationMark, type MarkSymbol, type VariationMark } from '../utils/variation';
import { fittedYDomain } from '../utils/y-domain';

/** One month of an XmR chart, in the shape the API's score series (and anything like it) already has. */
export interface XmrChartPoint {
  /** yyyy-mm. */
  month: string;
  /** The value plotted; null or missing leaves a gap (a month hidden for too few responses). */
  value?: number | null;
  /** Why a month has no value, shown on hover over its place on the axis. */
  gapReason?: string | null;
  processMean?: number | null;
  lowerLimit?: number | null;
  upperLimit?: number | null;
  variation: SpcVariation;
}

export interface PositionedPoint {
  index: number;
  month: string;
  x: number;
  /** Null for a gap. */
  y: number | null;
  /** For a gap, why it is one (empty when not given); null for a plotted month. */
  gapReason: string | null;
  mark: VariationMark | null;
  /** The marker's outline, centred on 0,0 (rotate it by `rotate` degrees). */
  symbolPath: string | null;
  rotate: number;
}

/** A horizontal line for one stretch of months that share a value: a period's mean or one of its limits. */
export interface LevelSegment {
  x1: number;
  x2: number;
  y: number;
  value: number;
  from: string;
  to: string;
}

export interface XmrChartLayout {
  width: number;
  height: number;
  plot: { top: number; right: number; bottom: number; left: number };
  x: ScalePoint<string>;
  y: ScaleLinear<number, number>;
  /** Pixels between neighbouring months. */
  step: number;
  /** Month labels; the ones near an edge are anchored so that they stay inside the chart. */
  xTicks: { month: string; x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  yTicks: { value: number; y: number; label: string }[];
  /** The values joined month to month; each run between gaps starts with its own "M". Null when nothing is plotted. */
  linePath: string | null;
  meanLines: LevelSegment[];
  upperLimitLines: LevelSegment[];
  lowerLimitLines: LevelSegment[];
  /** Where each rebase's new period starts: between its first month and the month before. */
  rebaseLines: { month: string; x: number }[];
  /** One per month, gaps included, oldest first. */
  points: PositionedPoint[];
}

export interface XmrChartOptions {
  /** The y domain to draw, e.g. one shared by several charts; default fitted to this chart's values (`fittedYDomain`). */
  domain?: readonly [number, number];
  /** The values the measure can take, e.g. [1, 5] for scores: a fitted domain stays within them. */
  bounds?: readonly [number, number];
  /** Months (yyyy-mm) at which a new period starts: the mean and limit lines break there even where values repeat. */
  rebases?: readonly string[];
  margin?: { top: number; right: number; bottom: number; left: number };
}

const DEFAULT_MARGIN = { top: 10, right: 12, bottom: 26, left: 28 };
/** Room each month label needs, so that labels never overlap. */
const X_LABEL_WIDTH = 64;

const SYMBOLS: Record<MarkSymbol, { type: SymbolType; size: number; rotate: number }> = {
  circle: { type: symbolCircle, size: 40, rotate: 0 },
  triangleUp: { type: symbolTriangle, size: 70, rotate: 0 },
  triangleDown: { type: symbolTriangle, size: 70, rotate: 180 },
  square: { type: symbolSquare, size: 50, rotate: 0 },
};

const isNumber = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/** The pure layout behind useXmrChartLayout: D3 scales and shapes, returned as numbers and path strings. */
export function xmrChartLayout(points: readonly XmrChartPoint[], width: number, height: number, options: XmrChartOptions = {}): XmrChartLayout {
  const margin = options.margin ?? DEFAULT_MARGIN;
  const plot = { top: margin.top, right: Math.max(width - margin.right, margin.left + 1), bottom: Math.max(height - margin.bottom, margin.top + 1), left: margin.left };
  const y = scaleLinear()
    .domain(options.domain ?? fittedYDomain(xmrChartValues(points), { bounds: options.bounds }))
    .range([plot.bottom, plot.top]);
  const x = scalePoint<string>()
    .domain(points.map((p) => p.month))
    .range([plot.left, plot.right])
    .padding(0.5);
  const step = x.step();

  const labelEvery = Math.max(1, Math.ceil(points.length / Math.max(2, Math.floor((plot.right - plot.left) / X_LABEL_WIDTH))));
  // Count back from the latest month so that it is always labelled.
  const xTicks = points
    .filter((_, index) => (points.length - 1 - index) % labelEvery === 0)
    .map((p) => {
      const at = x(p.month) ?? 0;
      const anchor = at + X_LABEL_WIDTH / 2 > width ? 'end' : at - X_LABEL_WIDTH / 2 < 0 ? 'start' : 'middle';
      return { month: p.month, x: anchor === 'end' ? width - 2 : anchor === 'start' ? 2 : at, label: formatMonthShort(p.month), anchor } as const;
    });
  const yTickCount = Math.max(2, Math.min(6, Math.floor((plot.bottom - plot.top) / 28)));
  const yTickLabel = y.tickFormat(yTickCount);
  const yTicks = y.ticks(yTickCount).map((value) => ({ value, y: y(value), label: yTickLabel(value) }));

  const path = line<XmrChartPoint>()
    .defined((p) => isNumber(p.value))
    .x((p) => x(p.month) ?? 0)
    .y((p) => y(p.value as number))(points);

  const rebases = options.rebases ?? [];
  const level = (pick: (p: XmrChartPoint) => number | null | undefined) => levelSegments(points, pick, rebases, x, y, plot);

  return {
    width,
    height,
    plot,
    x,
    y,
    step,
    xTicks,
    yTicks,
    linePath: path && path.length ? path : null,
    meanLines: level((p) => p.processMean),
    upperLimitLines: level((p) => p.upperLimit),
    lowerLimitLines: level((p) => p.lowerLimit),
    rebaseLines: rebases.filter((month) => x(month) !== undefined).map((month) => ({ month, x: Math.max(plot.left, (x(month) as number) - step / 2) })),
    points: points.map((p, index) => {
      const plotted = isNumber(p.value);
      const mark = plotted ? variationMark(p.variation) : null;
      const shape = mark ? SYMBOLS[mark.symbol] : null;
      return {
        index,
        month: p.month,
        x: x(p.month) ?? 0,
        y: plotted ? y(p.value as number) : null,
        gapReason: plotted ? null : (p.gapReason ?? ''),
        mark,
        symbolPath: shape ? symbol(shape.type, shape.size)() : null,
        rotate: shape?.rotate ?? 0,
      };
    }),
  };
}

/** Everything an XmR chart draws on its y axis: the values, the process means and the limits. */
export function xmrChartValues(points: readonly XmrChartPoint[]): number[] {
  return points.flatMap((p) => [p.value, p.lowerLimit, p.upperLimit, p.processMean]).filter(isNumber);
}

/**
 * Runs of months with the same value (a period's mean or limit). Months without one (gaps, or months before a
 * period has limits) neither draw nor break a run, so a hidden month inside a period keeps its lines whole; a rebase
 * between two months always breaks it, since the periods either side are drawn apart even at equal values. A limit
 * beyond the domain (beyond the 1 to 5 a score can take) is not drawn: no value can reach it; the table gives it.
 */
function levelSegments(
  points: readonly XmrChartPoint[],
  pick: (p: XmrChartPoint) => number | null | undefined,
  rebases: readonly string[],
  x: ScalePoint<string>,
  y: ScaleLinear<number, number>,
  plot: XmrChartLayout['plot'],
): LevelSegment[] {
  const runs: { value: number; from: string; to: string }[] = [];
  for (const point of points) {
    const value = pick(point);
    if (!isNumber(value)) continue;
    const current = runs.at(-1);
    const rebasedSince = current && rebases.some((month) => current.to < month && month <= point.month);
    if (current && current.value === value && !rebasedSince) current.to = point.month;
    else runs.push({ value, from: point.month, to: point.month });
  }
  const half = x.step() / 2;
  const [low, high] = y.domain();
  return runs.filter((run) => run.value >= low && run.value <= high).map((run) => ({
    ...run,
    x1: Math.max(plot.left, (x(run.from) ?? 0) - half),
    x2: Math.min(plot.right, (x(run.to) ?? 0) + half),
    y: y(run.value),
  }));
}

/** D3 computes, React renders: the scales, paths, lines and point positions of an XmR chart of this size. */
export function useXmrChartLayout(points: readonly XmrChartPoint[], width: number, height: number, options?: XmrChartOptions): XmrChartLayout {
  const domain = options?.domain;
  const bounds = options?.bounds;
  const rebases = options?.rebases;
  const margin = options?.margin;
  return useMemo(() => xmrChartLayout(points, width, height, { domain, bounds, rebases, margin }), [points, width, height, domain, bounds, rebases, margin]);
}
