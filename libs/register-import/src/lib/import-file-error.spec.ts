import { ImportFileError } from './import-file-error';

describe('ImportFileError', () => {
  it('is an Error the API can tell apart from a bug by its class and name', () => {
    const error = new ImportFileError('The file is empty');
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(ImportFileError);
    expect(error.name).toBe('ImportFileError');
    expect(error.message).toBe('The file is empty');
  });
});
