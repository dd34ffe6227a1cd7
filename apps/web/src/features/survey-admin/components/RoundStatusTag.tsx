import type { SurveyRoundStatus } from '../../../generated/graphql';
import { roundStatusTag } from '../utils/round-form';

export function RoundStatusTag({ status }: { status: SurveyRoundStatus }) {
  const tag = roundStatusTag(status);
  return <strong className={`nhsuk-tag ${tag.className}`}>{tag.text}</strong>;
}
