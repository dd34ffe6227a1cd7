/** A problem with the whole file (wrong type, too big, missing columns), as opposed to problems in its rows. */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
}
