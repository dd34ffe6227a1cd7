import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FieldErrors, forbidden } from '../common/errors';
import { isUuid } from '../common/ids';
import type { Caller } from '../common/request-context';
import { SystemEntity } from '../systems/system.entity';
import type { ScoreFilter } from './dto/score-filter.input';
import type { PracticeScoreSeriesModel } from './models/practice-score.model';
import { complementHidden, practiceSeries, ScoreCount } from './practice-series';

type Dimension = 'placeId' | 'sector' | 'roleGroup';

/** How each filter narrows the counts ($P becomes its parameter), and how to group them by it for the complement check. */
const DIMENSIONS: Record<Dimension, { where: string; group: string; join: string }> = {
  placeId: { where: 'r.place_ids @> array[$P::uuid]', group: 'place::text', join: 'cross join unnest(r.place_ids) as place' },
  sector: { where: 'r.sector = $P', group: 'r.sector', join: '' },
  roleGroup: { where: 'r.role_group = $P', group: 'r.role_group', join: '' },
};

/** The last `count` months ending with `last`, as yyyy-mm, oldest first. */
export function monthsEnding(last: string, count: number): string[] {
  const [year, month] = last.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(year, month - 1 - (count - 1 - i), 1));
    return date.toISOString().slice(0, 7);
  });
}

@Injectable()
export class ScoresService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async minimumGroupSize(systemId: string): Promise<number> {
    return (await this.dataSource.getRepository(SystemEntity).findOneByOrFail({ id: systemId })).minimumGroupSize;
  }

  /** Below 3 a group's answers are too easy to attribute; above 50 almost nothing would be shown. */
  async setMinimumGroupSize(systemId: string, size: number): Promise<number> {
    const errors = new FieldErrors();
    if (!Number.isInteger(size) || size < 3 || size > 50) errors.add('size', 'The minimum group size must be a whole number from 3 to 50');
    errors.throwIfAny();
    await this.dataSource.getRepository(SystemEntity).update({ id: systemId }, { minimumGroupSize: size });
    return size;
  }

  async practiceScores(caller: Caller, requested: ScoreFilter | null | undefined, monthCount: number): Promise<PracticeScoreSeriesModel[]> {
    const filter = this.scopeFilter(caller, requested ?? {});
    const minimumGroupSize = await this.minimumGroupSize(caller.systemId);
    const [{ latest }] = await this.dataSource.query(`select to_char(coalesce(max(month), date_trunc('month', now())), 'YYYY-MM') as latest from survey_rounds where system_id = $1 and opens_at <= now()`, [caller.systemId]);
    const months = monthsEnding(latest, Math.min(Math.max(monthCount, 1), 60));
    if (filter.placeId && !isUuid(filter.placeId)) return practiceSeries(months, [], new Set(), minimumGroupSize);

    const active = (Object.keys(DIMENSIONS) as Dimension[]).filter((d) => filter[d]);
    const counts = await this.counts(caller.systemId, months, filter, active, null);
    // For each filter, the same cells broken down by that filter's siblings (the other filters still applied).
    const hidden = new Set<string>();
    for (const dimension of active) {
      const siblings = await this.counts(caller.systemId, months, filter, active.filter((d) => d !== dimension), dimension);
      for (const key of complementHidden(siblings, String(filter[dimension]), minimumGroupSize)) hidden.add(key);
    }
    return practiceSeries(months, counts, hidden, minimumGroupSize);
  }

  /** A place lead sees their own place's scores only; everyone else sees the system, optionally narrowed. */
  private scopeFilter(caller: Caller, filter: ScoreFilter): ScoreFilter {
    if (caller.role !== 'PLACE_LEAD') return filter;
    if (filter.placeId && filter.placeId !== caller.placeId) throw forbidden("A place lead can see their own place's scores only");
    return { ...filter, placeId: caller.placeId };
  }

  /** Score counts per month and practice (and per `groupBy` value), summed from practice_score_counts. */
  private counts(systemId: string, months: string[], filter: ScoreFilter, applied: Dimension[], groupBy: Dimension | null): Promise<ScoreCount[]> {
    const parameters: unknown[] = [systemId, `${months[0]}-01`, `${months[months.length - 1]}-01`];
    const conditions = applied.map((d) => DIMENSIONS[d].where.replace('$P', `$${parameters.push(filter[d])}`));
    const group = groupBy ? DIMENSIONS[groupBy] : null;
    return this.dataSource.query(
      `select to_char(r.month, 'YYYY-MM') as month, r.practice, r.score, sum(r.responses)::int as count${group ? `, ${group.group} as "group"` : ''}
         from practice_score_counts r ${group?.join ?? ''}
        where r.system_id = $1 and r.month between $2 and $3 ${conditions.map((c) => `and ${c}`).join(' ')}
        group by 1, 2, 3${group ? ', 5' : ''}`,
      parameters,
    );
  }
}
