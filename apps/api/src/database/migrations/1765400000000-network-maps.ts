import { MigrationInterface, QueryRunner } from 'typeorm';
import { createChangeCounter } from '../migration-sql';
import { REVIEW_INPUT_TABLES } from './1765300000000-review-snapshots';

/**
 * The network's kept months, served without recomputing what they were built from (issues 12 and 14).
 *
 * - The map's part of each kept network (partnerNetworkMap: partners with positions, ties and weak links as columns
 *   of partner numbers) is kept beside the whole network in its own column, so that the map is read and sent without
 *   the several megabytes of the whole (a json column's large value is stored out of line and read only when
 *   selected). Networks kept before this have no map and are built again when next asked for.
 * - The counters of changes per system and month (migration 1765300000000) serve the network as well as the review:
 *   every table a month's network is built from (the register, ratings, the decision log, the minimum group size) is
 *   among those counted, and a month's network reads data of that month and before only. So a kept network is
 *   stamped with the counters' sum up to its month (`inputs_version`) and served while the sum holds, without
 *   reading its inputs again to digest them (at 1,000 partners that took 0.4–1.4 s, ten times the read of the map).
 *   The digest stays the check when the sum has moved: a change that left the network as it was re-stamps it.
 *   The counters, their function and triggers lose "review" from their names, being no longer the review's alone.
 */
export class NetworkMaps1765400000000 implements MigrationInterface {
  name = 'NetworkMaps1765400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`alter table network_views add column map json, add column inputs_version bigint`);
    await db.query(`alter table review_input_versions rename to input_versions`);
    await db.query(`alter policy review_input_versions_tenant on input_versions rename to input_versions_tenant`);
    await db.query(`alter function bump_review_inputs_version() rename to bump_input_versions`);
    await renameTriggers(db, 'review_inputs', 'input_versions');
    await createChangeCounter(db, 'bump_input_versions', 'input_versions', { replace: true });
  }

  async down(db: QueryRunner): Promise<void> {
    await createChangeCounter(db, 'bump_input_versions', 'review_input_versions', { replace: true });
    await renameTriggers(db, 'input_versions', 'review_inputs');
    await db.query(`alter function bump_input_versions() rename to bump_review_inputs_version`);
    await db.query(`alter policy input_versions_tenant on input_versions rename to review_input_versions_tenant`);
    await db.query(`alter table input_versions rename to review_input_versions`);
    await db.query(`alter table network_views drop column map, drop column inputs_version`);
  }
}

async function renameTriggers(db: QueryRunner, from: string, to: string): Promise<void> {
  for (const { table } of REVIEW_INPUT_TABLES) {
    for (const event of ['insert', 'update', 'delete']) {
      if (table === 'systems' && event === 'delete') continue;
      await db.query(`alter trigger ${table}_${from}_${event} on ${table} rename to ${table}_${to}_${event}`);
    }
  }
}
