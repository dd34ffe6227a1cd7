import { DataSource } from 'typeorm';

/**
 * Figures kept to be read again (each stamped with what it was computed from), which a read may refresh: not
 * records, so a refused request that reads them first may rewrite them.
 */
const KEPT_FIGURE_TABLES = new Set(['claim_summaries', 'network_layouts', 'network_metrics', 'network_views', 'review_snapshots']);

/**
 * Every table of the database but the kept figures, with its row count and a digest of its rows, so a test can show
 * that a refused request changed nothing at all, in any table, including ones added after the test was written.
 */
export async function tableFingerprint(dataSource: DataSource): Promise<Record<string, string>> {
  const tables: { name: string }[] = await dataSource.query(
    `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const fingerprint: Record<string, string> = {};
  for (const { name } of tables.filter((table) => !KEPT_FIGURE_TABLES.has(table.name))) {
    const [row] = await dataSource.query(`select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from "${name}" t`);
    fingerprint[name] = `${row.n} rows, ${row.digest}`;
  }
  return fingerprint;
}
