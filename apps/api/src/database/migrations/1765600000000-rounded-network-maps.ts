import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Maps are now kept with their numbers rounded to what drawing needs (networkMap): maps kept before are forgotten,
 * so each is built again, rounded, the first time it is asked for. They are kept figures, not records; the networks
 * beside them stay.
 */
export class RoundedNetworkMaps1765600000000 implements MigrationInterface {
  name = 'RoundedNetworkMaps1765600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('update network_views set map = null where map is not null');
  }

  async down(): Promise<void> {
    // Nothing to undo: a map kept rounded is drawn as before.
  }
}
