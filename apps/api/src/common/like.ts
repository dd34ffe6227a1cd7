/** Escapes LIKE wildcards so a search for "50%" means the characters, not a pattern. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
