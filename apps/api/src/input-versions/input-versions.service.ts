import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

/**
 * The version of the data a month's figures are built from: the sum of the change counters of the months up to it,
 * the figures of a month never reading later data. Counters only grow, so the sum changes whenever data bearing on
 * the month does; figures kept with the sum they were computed at still hold while it is unchanged.
 */
@Injectable()
export class InputVersionsService {
  constructor(@InjectEntityManager() private readonly db: EntityManager) {}

  /** As text (a bigint); '0' before any change. `month` yyyy-mm. */
  async upTo(systemId: string, month: string): Promise<string> {
    return (await this.upToEach(systemId, [month])).get(month) as string;
  }

  /** The versions up to each month (yyyy-mm; null: every month, later ones included), in one read. */
  async upToEach(systemId: string, months: readonly (string | null)[]): Promise<Map<string | null, string>> {
    const wanted = [...new Set(months)];
    const rows: { month: string; version: string }[] = await this.db.query(
      `select m.month, coalesce(sum(v.version), 0)::text as version
         from unnest($2::text[]) as m(month)
         left join input_versions v on v.system_id = $1 and (m.month = '' or v.month <= (m.month || '-01')::date)
        group by m.month`,
      [systemId, wanted.map((month) => month ?? '')],
    );
    return new Map(rows.map((row) => [row.month === '' ? null : row.month, row.version]));
  }
}
