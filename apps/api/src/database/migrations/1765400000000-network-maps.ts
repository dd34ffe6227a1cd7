import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The map's part of each kept network (partnerNetworkMap: partners with positions, ties and weak links as columns of
 * partner numbers), kept beside the whole network in its own column so that the map is read and sent without
 * reading the several megabytes of the whole (a json column's large value is stored out of line and read only when
 * selected). Networks kept before this have no map and are built again when next asked for.
 */
export class NetworkMaps1765400000000 implements MigrationInterface {
  name = 'NetworkMaps1765400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`alter table network_views add column map json`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`alter table network_views drop column map`);
  }
}
