/** Joins the class names that are set: classNames('a', error && 'b') is 'a' or 'a b'. */
export function classNames(...names: (string | false | undefined | null)[]): string {
  return names.filter(Boolean).join(' ');
}
