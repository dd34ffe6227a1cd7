import { registerEnumType } from '@nestjs/graphql';
import { DECISION_OUTCOMES, type DecisionOutcome } from '@stewardship/domain';

export const DecisionOutcomeEnum = Object.fromEntries(DECISION_OUTCOMES.map((k) => [k, k])) as { [K in DecisionOutcome]: K };
registerEnumType(DecisionOutcomeEnum, { name: 'DecisionOutcome', description: 'What became of the proposal: agreed, deferred or rejected.' });
