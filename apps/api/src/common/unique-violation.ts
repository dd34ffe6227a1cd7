import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { badUserInput, FieldError } from './errors';

/**
 * Runs `work` in a transaction and turns a unique-index violation into a field error. Two admins saving the same
 * name at once both pass validation; the index, not the check, decides which one wins, and the other hears why.
 */
export async function transactionWithUniqueFields<T>(
  dataSource: DataSource,
  fieldsByIndex: Record<string, FieldError>,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await dataSource.transaction(work);
  } catch (error) {
    const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : null;
    const field = driverError?.code === '23505' ? fieldsByIndex[driverError.constraint ?? ''] : undefined;
    throw field ? badUserInput([field]) : error;
  }
}
