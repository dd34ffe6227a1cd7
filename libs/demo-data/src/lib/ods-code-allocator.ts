import type { Faker } from '@faker-js/faker';
import { odsCodeProblem } from '@stewardship/domain';

/**
 * Hands out random ODS codes that are valid and never repeated. A pattern uses faker's symbols:
 * `#` a digit, `?` a letter, `*` either; for example `R**` for a trust or `U#####` for a PCN.
 */
export class OdsCodeAllocator {
  private readonly used = new Set<string>();

  constructor(private readonly faker: Faker) {}

  /** Marks a fixed code (such as the ICB's) as taken so that no random draw repeats it. */
  reserve(code: string): string {
    const problem = odsCodeProblem(code);
    if (problem) {
      throw new Error(`Cannot reserve ${code}: ${problem}`);
    }
    if (this.used.has(code)) {
      throw new Error(`ODS code ${code} is already taken`);
    }
    this.used.add(code);
    return code;
  }

  allocate(pattern: string, maxAttempts = 1000): string {
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      const code = this.faker.helpers.replaceSymbols(pattern);
      if (!this.used.has(code)) {
        return this.reserve(code);
      }
    }
    throw new Error(`No free ODS code for pattern ${pattern} in ${maxAttempts} attempts`);
  }
}
