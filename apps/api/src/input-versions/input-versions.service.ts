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
    const [row]: { version: string }[] = await this.db.query(
      `select coalesce(sum(version), 0)::text as version from input_versions where system_id = $1 and month <= $2::date`,
      [systemId, `${month}-01`],
    );
    return row.version;
  }
}
