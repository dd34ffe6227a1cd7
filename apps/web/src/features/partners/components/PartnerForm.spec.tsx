import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { createCache } from '../../../app/apollo-client';
import { CreateOrganisationDocument } from '../../../generated/graphql';
import { placesMock } from '../../../shared/testing/fixtures';
import { EMPTY_PARTNER_FORM } from '../utils/partner-form';
import { PartnerForm } from './PartnerForm';

const expectedInput = {
  name: 'Northshire Hospice',
  odsCode: 'RXN01',
  kind: 'HOSPICE',
  sector: 'VCSE',
  placeIds: ['p2'],
  weight: 12.5,
  externalId: null,
};

function createMock(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: CreateOrganisationDocument, variables: { input: expectedInput } }, result };
}

function LocationProbe() {
  const location = useLocation();
  return <p data-testid="location">{location.pathname}</p>;
}

function renderForm(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter initialEntries={['/partners/new']}>
        <Routes>
          <Route
            path="/partners/new"
            element={
              <PartnerForm
                heading="Add a partner"
                initialValues={EMPTY_PARTNER_FORM}
                sectorChosenInitially={false}
                cancelTo="/partners"
              />
            }
          />
          <Route path="*" element={<LocationProbe />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

async function fillValidForm() {
  type('Name', ' Northshire Hospice ');
  type('ODS code (optional)', 'rxn01');
  type('Kind', 'HOSPICE');
  fireEvent.click(await screen.findByLabelText('Northshire South'));
  type('Weight (optional)', '12.5');
}

describe('PartnerForm', () => {
  it('shows the ODS code problem next to the field and in the summary, and sends nothing', async () => {
    const mutationResult = jest.fn(() => ({ data: { createOrganisation: null } }));
    // Matches any variables, so any attempt to save would reach mutationResult.
    renderForm([placesMock, { request: { query: CreateOrganisationDocument, variables: () => true }, result: mutationResult }]);

    type('Name', 'Northshire Hospice');
    type('ODS code (optional)', 'R!');
    type('Kind', 'HOSPICE');
    fireEvent.click(screen.getByRole('button', { name: 'Save partner' }));

    const message = 'ODS code must be 3 to 6 letters or digits, such as RXN or A81001';
    const odsInput = screen.getByLabelText('ODS code (optional)');
    expect(odsInput).toHaveAttribute('aria-describedby', 'odsCode-hint odsCode-error');
    expect(document.getElementById('odsCode-error')).toHaveTextContent(`Error: ${message}`);
    expect(odsInput.closest('.nhsuk-form-group')).toHaveClass('nhsuk-form-group--error');
    expect(odsInput).toHaveClass('nhsuk-input--error');

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#odsCode');
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    expect(document.title).toBe('Error: Add a partner – Stewardship');

    // Fields that are fine show no error.
    expect(screen.getByLabelText('Name')).not.toHaveAttribute('aria-describedby');

    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(mutationResult).not.toHaveBeenCalled();
    expect(screen.queryByTestId('location')).not.toBeInTheDocument();
  });

  it('focuses the field when its summary link is followed', async () => {
    renderForm([placesMock]);
    fireEvent.click(screen.getByRole('button', { name: 'Save partner' }));

    fireEvent.click(within(screen.getByRole('alert')).getByRole('link', { name: "Enter the organisation's name" }));
    expect(screen.getByLabelText('Name')).toHaveFocus();
    expect(screen.getAllByRole('link', { name: /./ }).map((link) => link.textContent)).toEqual(
      expect.arrayContaining(['Select the kind of organisation', "Select the organisation's sector"]),
    );
  });

  it("pre-selects the kind's usual sector until the user chooses a sector", async () => {
    renderForm([placesMock]);
    const sector = screen.getByLabelText('Sector') as HTMLSelectElement;

    type('Kind', 'LOCAL_AUTHORITY');
    expect(sector.value).toBe('LOCAL_GOVERNMENT');
    type('Kind', 'HOSPICE');
    expect(sector.value).toBe('VCSE');

    type('Sector', 'INDEPENDENT');
    type('Kind', 'ACUTE_TRUST');
    expect(sector.value).toBe('INDEPENDENT');
  });

  it("shows the API's field errors against the same fields and stays on the form", async () => {
    renderForm([
      placesMock,
      createMock({
        errors: [
          {
            message: 'Invalid input',
            extensions: {
              code: 'BAD_USER_INPUT',
              fieldErrors: [{ field: 'name', message: 'A partner called "Northshire Hospice" already exists' }],
            },
          },
        ],
      }),
    ]);

    await fillValidForm();
    fireEvent.click(screen.getByRole('button', { name: 'Save partner' }));

    const message = 'A partner called "Northshire Hospice" already exists';
    expect(await screen.findByRole('link', { name: message })).toHaveAttribute('href', '#name');
    expect(document.getElementById('name-error')).toHaveTextContent(message);
    expect(screen.getByLabelText('Name')).toHaveValue(' Northshire Hospice ');
    expect(screen.getByRole('button', { name: 'Save partner' })).toBeEnabled();
    expect(screen.queryByTestId('location')).not.toBeInTheDocument();
  });

  it('sends the cleaned-up input and goes to the saved partner', async () => {
    renderForm([
      placesMock,
      createMock({
        data: {
          createOrganisation: {
            __typename: 'Organisation',
            id: 'org-9',
            archived: false,
            createdAt: '2025-05-01T09:00:00Z',
            updatedAt: '2025-05-01T09:00:00Z',
            places: [{ __typename: 'Place', id: 'p2', name: 'Northshire South' }],
            ...expectedInput,
          },
        },
      }),
    ]);

    await fillValidForm();
    expect((screen.getByLabelText('Sector') as HTMLSelectElement).value).toBe('VCSE');
    fireEvent.click(screen.getByRole('button', { name: 'Save partner' }));
    expect(screen.getByRole('button', { name: 'Save partner' })).toBeDisabled();

    expect(await screen.findByTestId('location')).toHaveTextContent('/partners/org-9');
  });
});
