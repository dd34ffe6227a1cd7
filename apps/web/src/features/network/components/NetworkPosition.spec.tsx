import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { NETWORK_DEFINITIONS } from '@stewardship/network';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { createCache } from '../../../app/apollo-client';
import { PartnerNetworkPositionDocument } from '../../../generated/graphql';
import { positionPeriod } from '../utils/network-position';
import { NetworkPosition } from './NetworkPosition';

const point = (month: string, value: number | null) => ({ __typename: 'NetworkMeasurePoint', month, value, processMean: null, lowerLimit: null, upperLimit: null, variation: 'common' });
const series = (measure: string, values: (number | null)[]) => ({
  __typename: 'NetworkMeasureSeries',
  measure,
  limitsNote: 'Fewer than 12 months with a value',
  points: ['2026-01', '2026-02', '2026-03'].map((month, i) => point(month, values[i])),
});

function positionMock(position: Record<string, unknown> | null): MockLink.MockedResponse {
  const period = positionPeriod(new Date());
  return {
    request: { query: PartnerNetworkPositionDocument, variables: { organisationId: 'c', ...period } },
    result: { data: { partnerNetworkPosition: position && { __typename: 'PartnerNetworkPosition', organisationId: 'c', ...period, ...position } } },
  };
}

function renderPosition(mock: MockLink.MockedResponse) {
  return render(
    <MockedProvider mocks={[mock]} cache={createCache()}>
      <MemoryRouter>
        <NetworkPosition organisationId="c" name="Northshire Carers" />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('NetworkPosition', () => {
  it('charts ties, strength and brokerage by month with their help and data tables; a hidden month is a gap that says why', async () => {
    renderPosition(positionMock({ series: [series('degree', [2, null, 3]), series('strength', [1.1, null, 1.4]), series('betweenness', [0.25, null, 1 / 3])] }));
    const brokerage = await screen.findByRole('region', { name: NETWORK_DEFINITIONS.betweenness.title });
    expect(screen.getAllByRole('img', { name: /^Northshire Carers: .* by month$/ })).toHaveLength(3);
    expect(brokerage).toHaveTextContent(NETWORK_DEFINITIONS.betweenness.help);
    expect(brokerage).toHaveTextContent('March 2026: 0.333');
    expect(brokerage).toHaveTextContent('No process limits: Fewer than 12 months with a value');
    const table = within(brokerage).getByRole('table', { name: `${NETWORK_DEFINITIONS.betweenness.title}: monthly figures` });
    expect(within(table).getAllByRole('row')[2]).toHaveTextContent('February 2026Not shown: not in the network shown that month');
    expect(within(screen.getByRole('region', { name: NETWORK_DEFINITIONS.degree.title })).getAllByRole('row')[3]).toHaveTextContent('March 20263');
  });

  it('says when the partner is not in the network the reader sees', async () => {
    renderPosition(positionMock(null));
    expect(await screen.findByText('Northshire Carers is not in the partner network you can see.')).toBeInTheDocument();
  });

  it('says when there is no network to show yet', async () => {
    renderPosition(positionMock({ series: [series('degree', [null, null, null])] }));
    expect(await screen.findByText(/No network to show for Northshire Carers/)).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
