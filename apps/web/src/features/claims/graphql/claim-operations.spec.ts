import { expectOperationsWithinLimits } from '../../../shared/testing/operation-limits';

describe('the claims pages’ operations', () => expectOperationsWithinLimits(__dirname));
