import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { RELATIONSHIP_SUMMARY_HELP } from '@stewardship/scores';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { createCache } from '../../../app/apollo-client';
import { PartnerRelationshipSummaryDocument, PartnerSeatsDocument } from '../../../generated/graphql';
import { PartnerRelationships } from './PartnerRelationships';
import { PartnerSeats } from './PartnerSeats';

const REASON = 'Fewer than 5 responses: hidden to protect respondents';

function renderWith(ui: ReactNode, mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter>{ui}</MemoryRouter>
    </MockedProvider>,
  );
}

function summaryMock(month: string | undefined, summary: Record<string, unknown> | null): MockLink.MockedResponse {
  return {
    request: { query: PartnerRelationshipSummaryDocument, variables: { organisationId: 'o1', ...(month ? { month } : {}) } },
    result: { data: { partnerRelationshipSummary: summary && { __typename: 'PartnerRelationshipSummary', organisationId: 'o1', ratedMonths: ['2026-10', '2026-09'], minimumGroupSize: 5, ...summary } } },
  };
}

const given = (shown: boolean) =>
  shown
    ? { __typename: 'RatingsGiven', suppressed: false, suppressionReason: null, respondents: 6, partnersRated: 4, ratings: 15 }
    : { __typename: 'RatingsGiven', suppressed: true, suppressionReason: REASON, respondents: null, partnersRated: null, ratings: null };
const received = (shown: boolean) =>
  shown
    ? { __typename: 'RatingsReceived', suppressed: false, suppressionReason: null, respondents: 8, ratingOrganisations: 5, ratings: 8, meanTrust: 3.875, meanValue: 4.25 }
    : { __typename: 'RatingsReceived', suppressed: true, suppressionReason: REASON, respondents: null, ratingOrganisations: null, ratings: null, meanTrust: null, meanValue: null };

describe('PartnerRelationships', () => {
  it('shows the latest month’s figures given and received, each with how it is computed, and the reason where hidden', async () => {
    renderWith(<PartnerRelationships organisationId="o1" name="Northshire Hospice" />, [summaryMock(undefined, { month: '2026-10', given: given(false), received: received(true) })]);
    expect(await screen.findByLabelText('Month')).toHaveValue('2026-10');
    expect(screen.getByText(`Not shown: ${REASON}.`)).toBeInTheDocument();
    const trust = screen.getByText('Mean trust received').closest('div') as HTMLElement;
    expect(within(trust).getByText('3.88 (n 8)')).toBeInTheDocument();
    expect(within(trust).getByText(RELATIONSHIP_SUMMARY_HELP.meanTrust)).toBeInTheDocument();
    expect(screen.getByText('Mean value received').closest('div')).toHaveTextContent('4.25 (n 8)');
    expect(screen.getByText('Rating partners').closest('div')).toHaveTextContent('5');
  });

  it('asks for the month chosen', async () => {
    renderWith(<PartnerRelationships organisationId="o1" name="Northshire Hospice" />, [
      summaryMock(undefined, { month: '2026-10', given: given(false), received: received(false) }),
      summaryMock('2026-09', { month: '2026-09', given: given(true), received: received(false) }),
    ]);
    fireEvent.change(await screen.findByLabelText('Month'), { target: { value: '2026-09' } });
    expect(await screen.findByText('Partners rated')).toBeInTheDocument();
    expect(screen.getByText('Ratings given').closest('div')).toHaveTextContent('15');
    expect(screen.getByLabelText('Month')).toHaveValue('2026-09');
  });

  it('says so when nobody has rated anyone yet', async () => {
    renderWith(<PartnerRelationships organisationId="o1" name="Northshire Hospice" />, [summaryMock(undefined, { month: null, ratedMonths: [], given: given(false), received: received(false) })]);
    expect(await screen.findByText('No relationship ratings have been submitted in the survey yet.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Month')).not.toBeInTheDocument();
  });

  it('offers to try again when the ratings cannot be loaded', async () => {
    renderWith(<PartnerRelationships organisationId="o1" name="Northshire Hospice" />, [
      { request: { query: PartnerRelationshipSummaryDocument, variables: { organisationId: 'o1' } }, error: new Error('offline') },
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent('The relationship ratings could not be loaded.');
  });
});

describe('PartnerSeats', () => {
  it('lists the seats held with the forum, vote, chair and since when', async () => {
    const seat = { __typename: 'Seat', id: 's1', voting: true, chair: false, from: '2025-04-01', to: null, forum: { __typename: 'Forum', id: 'f1', name: 'Northshire ICP', kind: 'ICP' } };
    renderWith(<PartnerSeats organisationId="o1" name="Northshire Hospice" />, [
      { request: { query: PartnerSeatsDocument, variables: { id: 'o1' } }, result: { data: { organisation: { __typename: 'Organisation', id: 'o1', seats: [seat] } } } },
    ]);
    const link = await screen.findByRole('link', { name: 'Northshire ICP' });
    expect(link).toHaveAttribute('href', '/forums/f1');
    expect(link.closest('tr')).toHaveTextContent('Voting Yes');
    expect(link.closest('tr')).toHaveTextContent('Held Since 1 April 2025');
  });

  it('says so when the partner holds no seats', async () => {
    renderWith(<PartnerSeats organisationId="o1" name="Northshire Hospice" />, [
      { request: { query: PartnerSeatsDocument, variables: { id: 'o1' } }, result: { data: { organisation: { __typename: 'Organisation', id: 'o1', seats: [] } } } },
    ]);
    expect(await screen.findByText('Northshire Hospice holds no seats on current forums.')).toBeInTheDocument();
  });
});
