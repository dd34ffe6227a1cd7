import { canRecordDecisions } from '@stewardship/domain';
import { NoPermission } from '../../../shared/components/NoPermission';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { EMPTY_DECISION_FORM } from '../utils/decision-form';
import { DecisionForm } from './DecisionForm';

export const RECORDERS_EXPLANATION =
  'Administrators and leaders record and amend decisions of every forum; place leads those of their own place’s forums. Everyone else reads the log.';

/** /decisions/new (administrators, leaders, place leads). */
export function RecordDecisionPage() {
  const viewer = useSignedInViewer();
  if (!canRecordDecisions(viewer.role)) {
    return <NoPermission action="record decisions" listPath="/decisions" listName="decision log" explanation={RECORDERS_EXPLANATION} />;
  }
  return <DecisionForm heading="Record a decision" initialValues={EMPTY_DECISION_FORM} cancelTo="/decisions" />;
}
