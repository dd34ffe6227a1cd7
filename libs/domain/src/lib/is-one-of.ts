/** True when `value` is one of `values`; narrows unknown input (CSV cells, query strings) to a literal union. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
