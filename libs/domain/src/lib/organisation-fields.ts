export const NAME_MAX_LENGTH = 200;

/** Length is counted in characters (code points), as a Postgres varchar limit counts them. */
export function organisationNameProblem(raw: string): string | null {
  const name = raw.trim();
  if (name === '') {
    return "Enter the organisation's name";
  }
  if ([...name].length > NAME_MAX_LENGTH) {
    return `Organisation name must be ${NAME_MAX_LENGTH} characters or fewer`;
  }
  return null;
}

/** A weight (annual budget or population served) feeds representation ratios, so it must be a real, non-negative number. */
export function weightProblem(value: number): string | null {
  if (!Number.isFinite(value)) {
    return 'Weight must be a number';
  }
  if (value < 0) {
    return 'Weight must be zero or more';
  }
  return null;
}
