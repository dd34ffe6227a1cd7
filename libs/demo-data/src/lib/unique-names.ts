import { slugify } from './slug';

export interface ClaimedName {
  name: string;
  key: string;
}

/**
 * The names already given out. Two names clash when they match ignoring case or when they
 * slugify to the same key, because the key is how later generators refer to an organisation.
 */
export class UniqueNames {
  private readonly usedNames = new Set<string>();
  private readonly usedKeys = new Set<string>();

  isFree(name: string): boolean {
    return !this.usedNames.has(name.toLowerCase()) && !this.usedKeys.has(slugify(name));
  }

  claim(name: string): ClaimedName {
    const key = slugify(name);
    if (key === '') {
      throw new Error(`Name "${name}" has no letters or digits to make a key from`);
    }
    if (!this.isFree(name)) {
      throw new Error(`Name "${name}" is already taken`);
    }
    this.usedNames.add(name.toLowerCase());
    this.usedKeys.add(key);
    return { name, key };
  }

  /** Running out of attempts means the name parts are too few for the number of names asked for. */
  claimFirstFree(drawCandidate: () => string, maxAttempts = 500): ClaimedName {
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      const candidate = drawCandidate();
      if (this.isFree(candidate)) {
        return this.claim(candidate);
      }
    }
    throw new Error(`No free name found in ${maxAttempts} attempts`);
  }
}
