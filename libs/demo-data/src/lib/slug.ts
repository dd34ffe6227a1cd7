/** A URL- and file-safe key for a name: "St Aidan's Hospice" -> "st-aidans-hospice". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents split off by NFKD
    .toLowerCase()
    .replace(/['’]/g, '') // "Carers' Centre" reads as one word, not "carers-centre" with a gap
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
