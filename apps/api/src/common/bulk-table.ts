// Data access: set-based SQL for bulk writes (one `unnest` statement per table), inside the caller's transaction.
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';

/** A table column written in bulk, and its Postgres type for `unnest`. */
export interface BulkColumn {
  column: string;
  type: string;
}

/** A row to update: its id and the new value of every written column. */
export type Identified<Row> = Row & { id: string };

/**
 * The bulk writes of one system-owned table: each call is one statement whatever the number of rows, with every
 * column sent as one array, so 20,000 rows cost about as much to send as a handful. Area writers (`*-writer.ts`)
 * declare their tables with it.
 */
export class BulkTable<Row extends object> {
  constructor(
    readonly name: string,
    private readonly columns: { readonly [Field in keyof Row]: BulkColumn },
    /** Register rows are archived rather than deleted: an update brings one back and marks it updated. */
    private readonly options: { archivable: boolean },
  ) {}

  /** Inserts the rows; returns their new ids, in order (made here, so nothing depends on the order Postgres returns them in). */
  async insert(tx: EntityManager, systemId: string, rows: readonly Row[]): Promise<string[]> {
    const ids = rows.map(() => randomUUID());
    if (!rows.length) return ids;
    const fields = this.fields();
    await tx.query(
      `insert into ${this.name} (id, system_id, ${fields.map((f) => this.columns[f].column).join(', ')})
       select v.id, $1, ${fields.map((f) => `v.${this.columns[f].column}`).join(', ')}
         from unnest($2::uuid[], ${fields.map((f, i) => `$${i + 3}::${this.columns[f].type}[]`).join(', ')}) as v(id, ${fields.map((f) => this.columns[f].column).join(', ')})`,
      [systemId, ids, ...this.arrays(rows)],
    );
    return ids;
  }

  /** Sets every written column of the rows, matched by id within the system. */
  async update(tx: EntityManager, systemId: string, rows: readonly Identified<Row>[]): Promise<void> {
    if (!rows.length) return;
    const fields = this.fields();
    await tx.query(
      `update ${this.name} t set ${fields.map((f) => `${this.columns[f].column} = v.${this.columns[f].column}`).join(', ')}
         ${this.options.archivable ? ', archived_at = null, updated_at = now()' : ''}
         from unnest($2::uuid[], ${fields.map((f, i) => `$${i + 3}::${this.columns[f].type}[]`).join(', ')}) as v(id, ${fields.map((f) => this.columns[f].column).join(', ')})
        where t.id = v.id and t.system_id = $1`,
      [systemId, rows.map((row) => row.id), ...this.arrays(rows)],
    );
  }

  /** The fields a row of this table has, for callers that describe what was written (e.g. audit entries). */
  fields(): (keyof Row & string)[] {
    return Object.keys(this.columns) as (keyof Row & string)[];
  }

  /** The rows as typed columns, one per field (null where a row has no value), as they are written. */
  typedColumns(rows: readonly Row[]): { name: keyof Row & string; type: string; values: unknown[] }[] {
    return this.fields().map((field) => ({ name: field, type: this.columns[field].type, values: rows.map((row) => row[field] ?? null) }));
  }

  private arrays(rows: readonly Row[]): unknown[][] {
    return this.typedColumns(rows).map((column) => column.values);
  }
}

export const textColumn = (column: string): BulkColumn => ({ column, type: 'text' });
