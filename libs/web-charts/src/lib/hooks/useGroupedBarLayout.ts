import { scaleBand, scaleLinear } from 'd3';
import { useMemo } from 'react';

/** One bar series, drawn in every group: e.g. "Seat share". */
export interface BarSeries {
  key: string;
  label: string;
  /** Fill colour of the series' bars; the legend uses it too. */
  color: string;
}

/** One group of bars side by side: e.g. a sector, with its seat, vote and weight shares. */
export interface BarGroup {
  key: string;
  label: string;
  /** One per series, in the series' order; null draws no bar (nothing to show). */
  values: readonly (number | null)[];
  /** A short mark over a bar that needs attention (e.g. "Under"), per series; null or missing for none. */
  flags?: readonly (string | null)[];
}

export interface PositionedBar {
  groupKey: string;
  seriesKey: string;
  x: number;
  y: number;
  width: number;
  height: number;
  value: number | null;
  color: string;
  flag: string | null;
}

export interface GroupedBarLayout {
  width: number;
  height: number;
  plot: { top: number; right: number; bottom: number; left: number };
  groupLabels: { key: string; label: string; x: number }[];
  yTicks: { value: number; y: number; label: string }[];
  bars: PositionedBar[];
}

export interface GroupedBarOptions {
  /** The value axis; default 0 to the largest value (at least 1). */
  domain?: readonly [number, number];
  /** How a tick value is written; default as a percentage. */
  formatTick?: (value: number) => string;
  margin?: { top: number; right: number; bottom: number; left: number };
}

const DEFAULT_MARGIN = { top: 24, right: 8, bottom: 28, left: 44 };
const percent = (value: number) => `${Math.round(value * 100)}%`;

/** D3 lays out bars grouped by `groups` (outer band) and `series` (inner band); the component only draws them. */
export function groupedBarLayout(groups: readonly BarGroup[], series: readonly BarSeries[], width: number, height: number, options: GroupedBarOptions = {}): GroupedBarLayout {
  const margin = options.margin ?? DEFAULT_MARGIN;
  const plot = { top: margin.top, right: width - margin.right, bottom: height - margin.bottom, left: margin.left };
  const largest = Math.max(1, ...groups.flatMap((group) => group.values.filter((value): value is number => value !== null)));
  const y = scaleLinear()
    .domain(options.domain ?? [0, largest])
    .range([plot.bottom, plot.top])
    .nice();
  const outer = scaleBand<string>()
    .domain(groups.map((group) => group.key))
    .range([plot.left, plot.right])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const inner = scaleBand<string>()
    .domain(series.map((s) => s.key))
    .range([0, outer.bandwidth()])
    .padding(0.08);
  const formatTick = options.formatTick ?? percent;
  const bars = groups.flatMap((group) =>
    series.map((s, i): PositionedBar => {
      const value = group.values[i] ?? null;
      const top = value === null ? plot.bottom : y(value);
      return {
        groupKey: group.key,
        seriesKey: s.key,
        x: (outer(group.key) ?? 0) + (inner(s.key) ?? 0),
        y: top,
        width: inner.bandwidth(),
        height: plot.bottom - top,
        value,
        color: s.color,
        flag: group.flags?.[i] ?? null,
      };
    }),
  );
  return {
    width,
    height,
    plot,
    groupLabels: groups.map((group) => ({ key: group.key, label: group.label, x: (outer(group.key) ?? 0) + outer.bandwidth() / 2 })),
    yTicks: y.ticks(5).map((value) => ({ value, y: y(value), label: formatTick(value) })),
    bars,
  };
}

export function useGroupedBarLayout(groups: readonly BarGroup[], series: readonly BarSeries[], width: number, height: number, options: GroupedBarOptions = {}): GroupedBarLayout {
  const { domain, formatTick, margin } = options;
  return useMemo(() => groupedBarLayout(groups, series, width, height, { domain, formatTick, margin }), [groups, series, width, height, domain, formatTick, margin]);
}
