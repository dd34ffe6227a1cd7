import { characterCount, textHygieneProblem } from './text-rules';

export const NAME_MAX_LENGTH = 200;

/**
 * The name rule every register row shares: present, storable, and at most NAME_MAX_LENGTH characters. `subject` says whose
 * name it is ("place"); `label` is what the form calls the field. Length is counted in characters (code points),
 * as a Postgres varchar limit counts them.
 */
export function nameProblem(raw: string, subject: string, label = `${subject[0].toUpperCase()}${subject.slice(1)} name`): string | null {
  const name = raw.trim();
  if (name === '') {
    return `Enter the ${subject}'s name`;
  }
  const hygiene = textHygieneProblem(name, label);
  if (hygiene) {
    return hygiene;
  }
  if (characterCount(name) > NAME_MAX_LENGTH) {
    return `${label} must be ${NAME_MAX_LENGTH} characters or fewer`;
  }
  return null;
}

export function organisationNameProblem(raw: string): string | null {
  return nameProblem(raw, 'organisation');
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
