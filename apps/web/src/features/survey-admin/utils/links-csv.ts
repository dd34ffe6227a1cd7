export interface InvitationLinkRow {
  name: string;
  email: string;
  organisation: string;
  url: string;
}

/**
 * One CSV cell: quoted when it holds a comma, quote, line break or edge space. A cell starting with =, +, -, @ or a
 * tab gets a leading apostrophe, so a spreadsheet shows it as text rather than running it as a formula.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The links an administrator sends out: name, email, organisation and link, one person a line (CRLF, as RFC 4180). */
export function invitationLinksCsv(rows: readonly InvitationLinkRow[]): string {
  const lines = [['Name', 'Email', 'Organisation', 'Link'], ...rows.map((row) => [row.name, row.email, row.organisation, row.url])];
  return `${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** "survey-links-2026-11.csv". */
export function linksFileName(month: string): string {
  return `survey-links-${month}.csv`;
}
