import { DECISION_OUTCOME_LABELS } from '@stewardship/domain';
import type { Ref } from 'react';
import { Link } from 'react-router';
import type { DecisionsQuery } from '../../../generated/graphql';
import { Cell, ResponsiveTable, Row } from '../../../shared/components/Table';
import { formatDay } from '../../../shared/utils/format-dates';
import { practicesText } from '../utils/decision-display';

type DecisionRow = DecisionsQuery['decisions']['edges'][number]['node'];

const COLUMNS = ['Date', 'Decision', 'Forum', 'Outcome', 'Practices'] as const;

/** The log, one decision a row as it stands, marked when it has been amended. */
export function DecisionsTable({ decisions, caption, busy, bodyRef }: { decisions: DecisionRow[]; caption: string; busy: boolean; bodyRef: Ref<HTMLTableSectionElement> }) {
  return (
    <ResponsiveTable caption={caption} columns={COLUMNS} busy={busy} bodyRef={bodyRef}>
      {decisions.map(({ id, current }) => (
        <Row key={id}>
          <Cell heading="Date">{formatDay(current.date)}</Cell>
          <Cell heading="Decision">
            <Link to={`/decisions/${encodeURIComponent(id)}`}>{current.title}</Link>
            {current.version > 1 ? <strong className="nhsuk-tag nhsuk-tag--grey nhsuk-u-margin-left-2">Amended</strong> : null}
          </Cell>
          <Cell heading="Forum">{current.forum.name}</Cell>
          <Cell heading="Outcome">{DECISION_OUTCOME_LABELS[current.outcome]}</Cell>
          <Cell heading="Practices">{practicesText(current.practices)}</Cell>
        </Row>
      ))}
    </ResponsiveTable>
  );
}
