import { DECISION_OUTCOME_LABELS } from '@stewardship/domain';
import { Link } from 'react-router';
import type { DecisionVersionFieldsFragment } from '../../../generated/graphql';
import { SummaryList, SummaryRow } from '../../../shared/components/SummaryList';
import { Cell, ResponsiveTable, Row } from '../../../shared/components/Table';
import { formatDateTime, formatDay } from '../../../shared/utils/format-dates';
import { yesNo } from '../../../shared/utils/yes-no';
import { decisionLabel, PARTICIPATION_COLUMNS, practicesText } from '../utils/decision-display';

const PARTICIPANT_COLUMNS = ['Organisation', ...PARTICIPATION_COLUMNS.map((column) => column.label)];

interface DecisionVersionDetailsProps {
  version: DecisionVersionFieldsFragment;
  /** Later decisions that reopen this one: shown with the decision as it stands, not with its original. */
  reopenedBy?: readonly { id: string; current: { title: string; date: string } }[];
}

/** Every field of one version of a decision, and how each organisation took part. */
export function DecisionVersionDetails({ version, reopenedBy }: DecisionVersionDetailsProps) {
  return (
    <>
      <SummaryList>
        <SummaryRow label="Forum">
          <Link to={`/forums/${encodeURIComponent(version.forum.id)}`}>{version.forum.name}</Link>
        </SummaryRow>
        <SummaryRow label="Date">{formatDay(version.date)}</SummaryRow>
        <SummaryRow label="Summary">
          <span className="app-pre-line">{version.summary}</span>
        </SummaryRow>
        <SummaryRow label="Proposed by">
          {version.proposer ? <Link to={`/partners/${encodeURIComponent(version.proposer.id)}`}>{version.proposer.name}</Link> : 'Not recorded'}
        </SummaryRow>
        <SummaryRow label="Outcome">{DECISION_OUTCOME_LABELS[version.outcome]}</SummaryRow>
        <SummaryRow label="Taken outside the forum">{yesNo(version.outsideForum)}</SummaryRow>
        <SummaryRow label="Conflict surfaced">{yesNo(version.conflictSurfaced)}</SummaryRow>
        <SummaryRow label="Reopens">
          {version.reopens ? <Link to={`/decisions/${encodeURIComponent(version.reopens.id)}`}>{decisionLabel(version.reopens.current)}</Link> : 'No earlier decision'}
        </SummaryRow>
        {reopenedBy ? (
          <SummaryRow label="Reopened by">
            {reopenedBy.length === 0 ? (
              'No later decision'
            ) : (
              <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                {reopenedBy.map((later) => (
                  <li key={later.id}>
                    <Link to={`/decisions/${encodeURIComponent(later.id)}`}>{decisionLabel(later.current)}</Link>
                  </li>
                ))}
              </ul>
            )}
          </SummaryRow>
        ) : null}
        <SummaryRow label="Practices">{practicesText(version.practices)}</SummaryRow>
        <SummaryRow label="Evidence">
          {version.evidence.length === 0 ? (
            'None linked'
          ) : (
            <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
              {version.evidence.map((link, index) => (
                <li key={`${index}-${link.url}`}>
                  <a href={link.url} target="_blank" rel="noopener noreferrer">
                    {link.title} (opens in a new tab)
                  </a>
                </li>
              ))}
            </ul>
          )}
        </SummaryRow>
        <SummaryRow label={version.version === 1 ? 'Recorded' : 'Amended'}>
          {formatDateTime(version.createdAt)} by {version.author ?? 'an unknown user'}
        </SummaryRow>
      </SummaryList>

      <h2 className="nhsuk-heading-m">Organisations involved</h2>
      {version.participants.length === 0 ? (
        <p className="nhsuk-body">No organisations are recorded as involved.</p>
      ) : (
        <ResponsiveTable caption="How each organisation took part" captionHidden columns={PARTICIPANT_COLUMNS}>
          {version.participants.map((participant) => (
            <Row key={participant.organisation.id}>
              <Cell heading="Organisation">{participant.organisation.name}</Cell>
              {PARTICIPATION_COLUMNS.map((column) => (
                <Cell key={column.key} heading={column.label}>
                  {yesNo(participant[column.key])}
                </Cell>
              ))}
            </Row>
          ))}
        </ResponsiveTable>
      )}
    </>
  );
}
