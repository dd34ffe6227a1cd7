import type { Ref } from 'react';
import { Link } from 'react-router';
import type { ClaimsQuery } from '../../../generated/graphql';
import { Cell, ResponsiveTable, Row } from '../../../shared/components/Table';
import { formatDay } from '../../../shared/utils/format-dates';
import { periodText, verdictLabel } from '../utils/claim-display';
import { ClaimStatusTag } from './ClaimStatusTag';

type ClaimRow = ClaimsQuery['claims']['edges'][number]['node'];

const COLUMNS = ['Claim', 'Made by', 'Period', 'Suggested verdict', 'Latest verdict', 'Status'] as const;

/** One claim a row: what it says (a link to it), who made it and when, the period it speaks of, the verdicts and its status. */
export function ClaimsTable({ claims, caption, busy, bodyRef }: { claims: ClaimRow[]; caption: string; busy: boolean; bodyRef: Ref<HTMLTableSectionElement> }) {
  return (
    <ResponsiveTable caption={caption} columns={COLUMNS} busy={busy} bodyRef={bodyRef}>
      {claims.map((claim) => (
        <Row key={claim.id}>
          <Cell heading="Claim">
            <Link to={`/claims/${encodeURIComponent(claim.id)}`}>{claim.text}</Link>
          </Cell>
          <Cell heading="Made by">
            {claim.madeBy.name}, {claim.madeByRole}, {formatDay(claim.madeOn)}
          </Cell>
          <Cell heading="Period">{periodText(claim)}</Cell>
          <Cell heading="Suggested verdict">{verdictLabel(claim.evidenceSummary.suggestedVerdict)}</Cell>
          <Cell heading="Latest verdict">{claim.latestVerdict ? verdictLabel(claim.latestVerdict.verdict) : 'None yet'}</Cell>
          <Cell heading="Status">
            <ClaimStatusTag status={claim.status} />
          </Cell>
        </Row>
      ))}
    </ResponsiveTable>
  );
}
