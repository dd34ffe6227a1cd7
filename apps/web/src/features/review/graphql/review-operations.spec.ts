import { expectOperationsWithinLimits } from '../../../shared/testing/operation-limits';

describe('the review’s operations', () => expectOperationsWithinLimits(__dirname));
