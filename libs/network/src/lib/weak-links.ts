import { XMR_DEFAULTS, xmr, type SpcRule, type XmrPoint } from '@stewardship/spc';
import { checkId, checkTies, NetworkInputError } from './network-input';
import { compare, type OrganisationTie } from './tie-strength';
import { tieKey } from './undirected-ties';

export type WeakLinkKind = 'LOW_STRENGTH' | 'ONE_SIDED' | 'DECLINING' | 'MISSING' | 'PERIPHERAL';

/** The order flags are listed in. */
export const WEAK_LINK_KINDS: readonly WeakLinkKind[] = ['LOW_STRENGTH', 'ONE_SIDED', 'DECLINING', 'MISSING', 'PERIPHERAL'];

export interface WeakLink {
  kind: WeakLinkKind;
  source: string;
  /** null for PERIPHERAL (a partner, not a pair). */
  target: string | null;
  /** Why, in words, with the figures. */
  reason: string;
  /** The figures behind the reason. */
  figures: Record<string, number | string | null>;
}

export interface WeakLinkOptions {
  /** A tie is weak below this strength (0–1). */
  lowStrength: number;
  /** A tie is one-sided when its two directions' strengths differ by more than this, or only one exists. */
  reciprocityGap: number;
  /** A tie is declining when its strength fell in each of this many months in a row, up to the month shown. */
  decliningMonths: number;
  /** Partners both affected by at least this many decisions in the last 12 months should have a rated tie. */
  missingCoAffected: number;
  /** A partner is peripheral when its strength is in this bottom share of the network's partners. */
  peripheralDecile: number;
}

export const WEAK_LINK_DEFAULTS: Readonly<WeakLinkOptions> = {
  lowStrength: 0.35,
  reciprocityGap: 0.25,
  decliningMonths: 3,
  missingCoAffected: 3,
  peripheralDecile: 0.1,
};

export interface WeakLinkInput {
  /** Oldest first, one entry per month (yyyy-mm); the last is the month shown. */
  months: { month: string; ties: OrganisationTie[] }[];
  nodes: { id: string; name: string; sector: string }[];
  /** Pairs of partners both affected by decisions in the last 12 months, and how many decisions. */
  coAffected: { a: string; b: string; decisions: number }[];
  options?: Partial<WeakLinkOptions>;
}

/** An undirected tie in one month: a < b, `forward` a's view of b, `backward` b's view of a. */
interface Pair {
  a: string;
  b: string;
  /** a's and b's index among the nodes. */
  ai: number;
  bi: number;
  forward: OrganisationTie | null;
  backward: OrganisationTie | null;
  strength: number;
  trust: number;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * The weak links of the month shown (the last of `months`), each with its reason in words and its figures:
 * - LOW_STRENGTH: the tie's strength (mean of its two directions) is below `lowStrength`;
 * - ONE_SIDED: only one partner rated the other, or the two directions' strengths differ by more than
 *   `reciprocityGap` (source: the partner who rated, or who rated higher);
 * - DECLINING: the tie's strength fell in each of the last `decliningMonths` months (the tie rated in each of those
 *   months and the one before), or the month shown is a special-cause fall on the SPC chart (XmR, Making Data Count
 *   rules, higher is better) of the tie's strength over every month given;
 * - MISSING: two partners both affected by at least `missingCoAffected` decisions with no tie either way this month;
 * - PERIPHERAL: a partner with no tie, or whose strength (sum of its ties' strengths) is at or below the strength
 *   of the ⌊peripheralDecile × partners⌋-th weakest partner (none flagged that way in a network of fewer than
 *   1 ÷ peripheralDecile partners).
 * Ties and pairs with a partner outside `nodes` are left out, so a place's partners can be given with wider data.
 */
export function weakLinks(input: WeakLinkInput): WeakLink[] {
  const options = optionsFrom(input.options);
  checkMonths(input.months);
  const names = new Map<string, string>();
  const index = new Map<string, number>();
  input.nodes.forEach((node, i) => {
    checkId(node.id, `nodes[${i}].id`);
    if (names.has(node.id)) throw new NetworkInputError(`nodes[${i}].id`, `${JSON.stringify(node.id)} appears twice`);
    names.set(node.id, node.name);
    index.set(node.id, i);
  });
  const name = (id: string) => names.get(id) as string;
  const series = input.months.map(({ ties }, i) => pairsOf(ties, `months[${i}].ties`, index));
  const shown = input.months[input.months.length - 1].month;
  const current = series[series.length - 1];
  const links: WeakLink[] = [];

  for (const [key, pair] of current) {
    const low = lowStrength(pair, options, name);
    if (low) links.push(low);
    const oneSided = oneSidedTie(pair, options, name, shown);
    if (oneSided) links.push(oneSided);
    const declining = decliningTie(key, pair, series, input.months, options);
    if (declining) links.push(declining);
  }
  links.push(...missingTies(input.coAffected, current, options, names, index, shown));
  links.push(...peripheralPartners(input.nodes, current, options, shown));

  const order = (kind: WeakLinkKind) => WEAK_LINK_KINDS.indexOf(kind);
  return links.sort((x, y) => order(x.kind) - order(y.kind) || compare(x.source, y.source) || compare(x.target ?? '', y.target ?? ''));
}

function lowStrength(pair: Pair, options: WeakLinkOptions, name: (id: string) => string): WeakLink | null {
  if (!(pair.strength < options.lowStrength)) return null;
  return {
    kind: 'LOW_STRENGTH',
    source: pair.a,
    target: pair.b,
    reason:
      `Tie strength ${two(pair.strength)}, below ${two(options.lowStrength)}. ` +
      `${view(name(pair.a), name(pair.b), pair.forward)} ${view(name(pair.b), name(pair.a), pair.backward)}`,
    figures: {
      strength: pair.strength,
      threshold: options.lowStrength,
      forwardStrength: pair.forward?.strength ?? null,
      backwardStrength: pair.backward?.strength ?? null,
    },
  };
}

function oneSidedTie(pair: Pair, options: WeakLinkOptions, name: (id: string) => string, shown: string): WeakLink | null {
  if (pair.forward === null || pair.backward === null) {
    const given = (pair.forward ?? pair.backward) as OrganisationTie;
    return {
      kind: 'ONE_SIDED',
      source: given.source,
      target: given.target,
      reason:
        `${name(given.source)} rated ${name(given.target)} in ${monthName(shown)} (strength ${two(given.strength)}, ` +
        `trust ${one(given.meanTrust)}); ${name(given.target)} did not rate ${name(given.source)}.`,
      figures: { sourceStrength: given.strength, targetStrength: null, gap: null, threshold: options.reciprocityGap },
    };
  }
  const gap = Math.abs(pair.forward.strength - pair.backward.strength);
  if (!(gap > options.reciprocityGap)) return null;
  const [higher, lower] = pair.forward.strength >= pair.backward.strength ? [pair.forward, pair.backward] : [pair.backward, pair.forward];
  return {
    kind: 'ONE_SIDED',
    source: higher.source,
    target: higher.target,
    reason:
      `${name(higher.source)} rates the tie ${two(higher.strength)} (trust ${one(higher.meanTrust)}), ` +
      `${name(lower.source)} ${two(lower.strength)} (trust ${one(lower.meanTrust)}): ` +
      `a gap of ${two(gap)}, above ${two(options.reciprocityGap)}.`,
    figures: { sourceStrength: higher.strength, targetStrength: lower.strength, gap, threshold: options.reciprocityGap },
  };
}

function decliningTie(
  key: number,
  pair: Pair,
  series: readonly Map<number, Pair>[],
  months: WeakLinkInput['months'],
  options: WeakLinkOptions,
): WeakLink | null {
  const reasons: string[] = [];
  const figures: Record<string, number | string | null> = { strength: pair.strength, months: options.decliningMonths };

  const span = options.decliningMonths + 1;
  const run = series.slice(-span).map((pairs) => pairs.get(key));
  const falling =
    run.length === span && run.every((entry, i) => entry !== undefined && (i === 0 || entry.strength < (run[i - 1] as Pair).strength));
  if (falling) {
    const first = run[0] as Pair;
    const count = options.decliningMonths;
    reasons.push(
      `Strength ${two(first.strength)} → ${two(pair.strength)} over ${words(count)} month${count === 1 ? '' : 's'}, ` +
        `falling each month (${(run as Pair[]).map((entry) => two(entry.strength)).join(', ')}); ` +
        `trust ${one(first.trust)} → ${one(pair.trust)}; last rated in ${monthName(months[months.length - 1].month)}.`,
    );
    Object.assign(figures, { strengthBefore: first.strength, trustBefore: first.trust, trust: pair.trust, fromMonth: months[months.length - span].month });
  }

  // Below the SPC lib's minimum there are no limits, so no special cause: skip the chart.
  const history =
    series.length < XMR_DEFAULTS.minimumPoints
      ? []
      : series.flatMap((pairs, i) => {
          const then = pairs.get(key);
          return then ? [{ date: `${months[i].month}-01`, value: then.strength }] : [];
        });
  const latest = history.length < XMR_DEFAULTS.minimumPoints ? null : xmr(history, { improvement: 'increase' }).points[history.length - 1];
  if (latest?.variation === 'concern') {
    reasons.push(specialCauseReason(latest, history.length, months[months.length - 1].month));
    Object.assign(figures, { spcRules: latest.rules.join(', '), mean: latest.mean, lowerLimit: latest.lowerLimit });
  }

  if (reasons.length === 0) return null;
  return {
    kind: 'DECLINING',
    source: pair.a,
    target: pair.b,
    reason: reasons.join(' '),
    figures,
  };
}

const RULE_WORDS: Record<SpcRule, (point: XmrPoint) => string> = {
  outside: (point) => `below the lower process limit ${two(point.lowerLimit as number)}`,
  shift: (point) => `${XMR_DEFAULTS.shiftLength} or more months in a row below the mean ${two(point.mean as number)}`,
  trend: () => `${XMR_DEFAULTS.trendLength} or more months in a row each lower than the one before`,
  twoOfThree: () => 'two of three months close to the lower limit',
};

function specialCauseReason(point: XmrPoint, months: number, shown: string): string {
  const rules = point.rules.map((rule) => RULE_WORDS[rule](point)).join('; ');
  return `Strength ${two(point.value)} in ${monthName(shown)} is a special-cause fall on the SPC chart of its ${months} rated months (${rules}).`;
}

function missingTies(
  coAffected: WeakLinkInput['coAffected'],
  current: Map<number, Pair>,
  options: WeakLinkOptions,
  names: ReadonlyMap<string, string>,
  index: ReadonlyMap<string, number>,
  shown: string,
): WeakLink[] {
  const name = (id: string) => names.get(id) as string;
  const seen = new Set<string>();
  const links: WeakLink[] = [];
  coAffected.forEach((pair, i) => {
    checkId(pair.a, `coAffected[${i}].a`);
    checkId(pair.b, `coAffected[${i}].b`);
    if (pair.a === pair.b) throw new NetworkInputError(`coAffected[${i}].b`, 'a pair needs two different partners');
    if (!Number.isInteger(pair.decisions) || pair.decisions < 0) {
      throw new NetworkInputError(`coAffected[${i}].decisions`, `must be a whole number ≥ 0; got ${JSON.stringify(pair.decisions)}`);
    }
    const key = tieKey(pair.a, pair.b);
    if (seen.has(key)) throw new NetworkInputError(`coAffected[${i}]`, `${pair.a} and ${pair.b} are given twice`);
    seen.add(key);
    const [x, y] = [index.get(pair.a), index.get(pair.b)];
    if (x === undefined || y === undefined || current.has(pairNumber(x, y, index.size)) || pair.decisions < options.missingCoAffected) return;
    const [a, b] = pair.a < pair.b ? [pair.a, pair.b] : [pair.b, pair.a];
    links.push({
      kind: 'MISSING',
      source: a,
      target: b,
      reason:
        `${name(a)} and ${name(b)} were both affected by ${pair.decisions} decisions in the last 12 months ` +
        `(${options.missingCoAffected} or more), but neither rated the other in ${monthName(shown)}.`,
      figures: { decisions: pair.decisions, threshold: options.missingCoAffected },
    });
  });
  return links;
}

function peripheralPartners(nodes: WeakLinkInput['nodes'], current: Map<number, Pair>, options: WeakLinkOptions, shown: string): WeakLink[] {
  const strengths = new Float64Array(nodes.length);
  const counts = new Int32Array(nodes.length);
  for (const pair of current.values()) {
    strengths[pair.ai] += pair.strength;
    strengths[pair.bi] += pair.strength;
    counts[pair.ai]++;
    counts[pair.bi]++;
  }
  const rank = Math.floor(options.peripheralDecile * nodes.length);
  const cutOff = rank >= 1 ? Float64Array.from(strengths).sort()[rank - 1] : null;
  const share = `${Math.round(options.peripheralDecile * 100)}%`;
  const links: WeakLink[] = [];
  nodes.forEach((node, i) => {
    const count = counts[i];
    const total = strengths[i];
    if (count === 0) {
      links.push({
        kind: 'PERIPHERAL',
        source: node.id,
        target: null,
        reason: `${node.name} has no ties in ${monthName(shown)}: it rated no partner and no partner rated it.`,
        figures: { degree: 0, strength: 0, cutOff },
      });
    } else if (cutOff !== null && total <= cutOff) {
      links.push({
        kind: 'PERIPHERAL',
        source: node.id,
        target: null,
        reason:
          `${node.name}'s strength ${two(total)} (${count} tie${count === 1 ? '' : 's'}) is in the bottom ${share} of the ` +
          `network's ${nodes.length} partners: at or below ${two(cutOff)}, the ${rank === 1 ? '' : `${ordinal(rank)} `}weakest partner's.`,
        figures: { degree: count, strength: total, cutOff },
      });
    }
  });
  return links;
}

/** The key of the pair of nodes x and y (indexes, either way round) among n nodes. */
const pairNumber = (x: number, y: number, n: number) => (x < y ? x * n + y : y * n + x);

/** A month's undirected ties among the nodes (`index`), keyed by pairNumber; ties with another partner are checked and left out. */
function pairsOf(ties: readonly OrganisationTie[], field: string, index: ReadonlyMap<string, number>): Map<number, Pair> {
  const checked = checkTies(ties, { field, weight: 'strength', nodes: index, others: 'number' });
  const n = index.size;
  const pairs = new Map<number, Pair>();
  ties.forEach((tie, i) => {
    const [s, t] = [checked.source[i], checked.target[i]];
    if (s >= n || t >= n) return;
    const key = pairNumber(s, t, n);
    let pair = pairs.get(key);
    if (!pair) {
      const forwards = tie.source < tie.target;
      pair = forwards
        ? { a: tie.source, b: tie.target, ai: s, bi: t, forward: null, backward: null, strength: 0, trust: 0 }
        : { a: tie.target, b: tie.source, ai: t, bi: s, forward: null, backward: null, strength: 0, trust: 0 };
      pairs.set(key, pair);
    }
    if (tie.source === pair.a) pair.forward = tie;
    else pair.backward = tie;
  });
  for (const pair of pairs.values()) {
    const { forward, backward } = pair;
    pair.strength = forward && backward ? (forward.strength + backward.strength) / 2 : (forward ?? (backward as OrganisationTie)).strength;
    pair.trust = forward && backward ? (forward.meanTrust + backward.meanTrust) / 2 : (forward ?? (backward as OrganisationTie)).meanTrust;
  }
  return pairs;
}

function view(rater: string, rated: string, tie: OrganisationTie | null): string {
  if (tie === null) return `${rater} did not rate ${rated}.`;
  return (
    `${rater} rates ${rated} trust ${one(tie.meanTrust)}, value ${one(tie.meanValue)}, contact ${two(tie.contactScore)} ` +
    `(${tie.n} rating${tie.n === 1 ? '' : 's'}).`
  );
}

function checkMonths(months: WeakLinkInput['months']): void {
  if (!Array.isArray(months) || months.length === 0) throw new NetworkInputError('months', 'give at least the month shown');
  months.forEach((entry, i) => {
    if (typeof entry.month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(entry.month)) {
      throw new NetworkInputError(`months[${i}].month`, `must be yyyy-mm; got ${JSON.stringify(entry.month)}`);
    }
    if (i > 0 && !(entry.month > months[i - 1].month)) {
      throw new NetworkInputError(`months[${i}].month`, `must come after ${months[i - 1].month} (oldest first, one entry per month)`);
    }
  });
}

function optionsFrom(options: Partial<WeakLinkOptions> = {}): WeakLinkOptions {
  const settings = { ...WEAK_LINK_DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) };
  const within = (field: keyof WeakLinkOptions, ok: boolean, rule: string) => {
    if (!ok) throw new NetworkInputError(`options.${field}`, `must be ${rule}; got ${JSON.stringify(settings[field])}`);
  };
  within('lowStrength', settings.lowStrength >= 0 && settings.lowStrength <= 1, 'a number from 0 to 1');
  within('reciprocityGap', settings.reciprocityGap >= 0 && settings.reciprocityGap <= 1, 'a number from 0 to 1');
  within('decliningMonths', Number.isInteger(settings.decliningMonths) && settings.decliningMonths >= 1, 'a whole number ≥ 1');
  within('missingCoAffected', Number.isInteger(settings.missingCoAffected) && settings.missingCoAffected >= 1, 'a whole number ≥ 1');
  within('peripheralDecile', settings.peripheralDecile >= 0 && settings.peripheralDecile <= 1, 'a number from 0 to 1');
  return settings;
}

const two = (value: number) => value.toFixed(2);
const one = (value: number) => value.toFixed(1);
const words = (count: number) => NUMBER_WORDS[count] ?? String(count);

/** "March 2025" for 2025-03. */
export function monthName(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}
