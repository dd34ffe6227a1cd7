/*
 * Set-based reads and writes of the scores area's own tables: rebases and dismissed suggestions. A view is one chart's
 * filter (place, sector, role group, each possibly none); "none" matches only none, so each view has its own rebases.
 * The one read across areas is the display name of each rebase's author, joined from users.
 */
import type { EntityManager } from 'typeorm';
import type { ScoreGroup } from './practice-series';
import type { ScoreRebaseModel } from './models/score-rebase.model';

/** Rows of the view given as $2 to $4 (see viewParameters), columns qualified by `alias` when given. */
const sameView = (alias = '') => ['place_id', 'sector', 'role_group'].map((column, i) => `${alias}${column} is not distinct from $${i + 2}`).join(' and ');
const viewParameters = (systemId: string, view: ScoreGroup) => [systemId, view.placeId ?? null, view.sector ?? null, view.roleGroup ?? null];

const REBASE_COLUMNS = `r.id, r.practice, to_char(r.month, 'YYYY-MM') as month, r.reason, u.display_name as "createdBy", r.created_at as "createdAt", r.withdrawn_at as "withdrawnAt"`;

/** The view's active rebases, every practice, oldest first. */
export function activeRebases(db: EntityManager, systemId: string, view: ScoreGroup): Promise<ScoreRebaseModel[]> {
  return db.query(
    `select ${REBASE_COLUMNS} from score_rebases r left join users u on u.id = r.created_by
      where r.system_id = $1 and ${sameView('r.')} and r.withdrawn_at is null
      order by r.month, r.created_at`,
    viewParameters(systemId, view),
  );
}

/** One rebase of the system, withdrawn or not, with its author's name; null if it has none by that id. */
export async function rebaseById(db: EntityManager, systemId: string, id: string): Promise<ScoreRebaseModel | null> {
  const [row] = await db.query(`select ${REBASE_COLUMNS} from score_rebases r left join users u on u.id = r.created_by where r.system_id = $1 and r.id = $2`, [systemId, id]);
  return row ?? null;
}

/** The view's dismissed suggestions, every practice. */
export function dismissedSuggestions(db: EntityManager, systemId: string, view: ScoreGroup): Promise<{ practice: string; month: string }[]> {
  return db.query(`select practice, to_char(month, 'YYYY-MM') as month from score_rebase_dismissals where system_id = $1 and ${sameView()}`, viewParameters(systemId, view));
}

/** Records a dismissal; dismissing the same suggestion again changes nothing. */
export async function insertDismissal(db: EntityManager, systemId: string, view: ScoreGroup, practice: string, month: string, userId: string): Promise<void> {
  await db.query(
    `insert into score_rebase_dismissals (system_id, place_id, sector, role_group, practice, month, dismissed_by)
     values ($1, $2, $3, $4, $5, $6, $7) on conflict do nothing`,
    [...viewParameters(systemId, view), practice, `${month}-01`, userId],
  );
}

/** Stores a rebase; the unique index score_rebases_active_month refuses a second active one at the same month. */
export async function insertRebase(db: EntityManager, systemId: string, view: ScoreGroup, practice: string, month: string, reason: string, userId: string): Promise<string> {
  const [{ id }] = await db.query(
    `insert into score_rebases (system_id, place_id, sector, role_group, practice, month, reason, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
    [...viewParameters(systemId, view), practice, `${month}-01`, reason, userId],
  );
  return id;
}

/** Whether the view already has an active rebase of the practice at the month. */
export async function hasActiveRebase(db: EntityManager, systemId: string, view: ScoreGroup, practice: string, month: string): Promise<boolean> {
  const rows = await db.query(`select 1 from score_rebases where system_id = $1 and ${sameView()} and practice = $5 and month = $6 and withdrawn_at is null`, [
    ...viewParameters(systemId, view),
    practice,
    `${month}-01`,
  ]);
  return rows.length > 0;
}

/** Marks a rebase withdrawn (kept, never deleted); a rebase already withdrawn keeps its first withdrawal. */
export async function markRebaseWithdrawn(db: EntityManager, systemId: string, id: string, userId: string): Promise<void> {
  await db.query('update score_rebases set withdrawn_at = now(), withdrawn_by = $3 where system_id = $1 and id = $2 and withdrawn_at is null', [systemId, id, userId]);
}
