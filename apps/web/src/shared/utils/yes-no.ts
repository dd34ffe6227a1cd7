/** "Yes" or "No", e.g. for a seat's vote and chair. */
export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}
