export { XmrChart, type PointDetails } from './lib/components/XmrChart';
export { XmrChartWithTable } from './lib/components/XmrChartWithTable';
export { ChartDataTable, type ChartDataRow } from './lib/components/ChartDataTable';
export { GroupedBarChart } from './lib/components/GroupedBarChart';
export {
  groupedBarLayout,
  useGroupedBarLayout,
  type BarGroup,
  type BarSeries,
  type GroupedBarLayout,
  type GroupedBarOptions,
  type PositionedBar,
} from './lib/hooks/useGroupedBarLayout';
export { XmrLegend } from './lib/components/XmrLegend';
export { VariationBadge } from './lib/components/VariationBadge';
export {
  useXmrChartLayout,
  xmrChartLayout,
  xmrChartValues,
  type LevelSegment,
  type PositionedPoint,
  type XmrChartLayout,
  type XmrChartOptions,
  type XmrChartPoint,
} from './lib/hooks/useXmrChartLayout';
export { useElementWidth } from './lib/hooks/useElementWidth';
export { formatMonth, formatMonthShort, isMonth, nextMonth } from './lib/utils/months';
export { ruleLabel, rulesText, variationMark, VARIATIONS, type MarkSymbol, type VariationMark } from './lib/utils/variation';
export { fittedYDomain, sharedYDomain, type YDomainOptions, type YDomainValues } from './lib/utils/y-domain';
