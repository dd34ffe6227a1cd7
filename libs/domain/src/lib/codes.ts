/** Codes are typed by hand and pasted from spreadsheets, so " rxn 01" and "RXN01" must mean the same code. */
export function normaliseCode(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

export const ODS_CODE_MAX_LENGTH = 6;
export const ONS_CODE_LENGTH = 9;

/**
 * NHS Organisation Data Service codes run from 3 characters (trusts "RXN", "R0A"; ICBs "QHM";
 * sub-ICB locations "00L") to 5 (trust sites "RXN01") and 6 (GP practices "A81001", PCNs "U12345").
 * Every code has at least one letter; an all-digit value is usually a postcode or phone fragment.
 */
export function odsCodeProblem(raw: string): string | null {
  const code = normaliseCode(raw);
  if (code === '') {
    return 'ODS code is empty';
  }
  if (!new RegExp(`^[A-Z0-9]{3,${ODS_CODE_MAX_LENGTH}}$`).test(code)) {
    return 'ODS code must be 3 to 6 letters or digits, such as RXN or A81001';
  }
  if (!/[A-Z]/.test(code)) {
    return 'ODS code must contain at least one letter';
  }
  return null;
}

/** ONS (GSS) area codes: the nation letter (England, Wales, Scotland, Northern Ireland) then 8 digits. */
export function onsCodeProblem(raw: string): string | null {
  const code = normaliseCode(raw);
  if (code === '') {
    return 'ONS code is empty';
  }
  if (!/^[EWSN]\d{8}$/.test(code)) {
    return 'ONS code must be E, W, S or N followed by 8 digits, such as E06000047';
  }
  return null;
}
