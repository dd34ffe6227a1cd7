import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { OrganisationDocument, SignInDocument, SignOutDocument } from '../generated/graphql';
import { reviewFixture, reviewMock, reviewMonthsMock } from '../features/review/utils/review-fixtures';
import { organisationFixture, placesMock, recordPageExtrasMocks, viewerFixture, viewerMock } from '../shared/testing/fixtures';
import { createCache } from './apollo-client';
import { AppRoutes } from './AppRoutes';

function renderApp(path: string, mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={[...mocks, ...recordPageExtrasMocks]} cache={createCache()}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </MockedProvider>,
  );
}

const signInMock = (result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: { query: SignInDocument, variables: { input: { email: 'admin@northshire.example', password: 'northshire-demo' } } },
  result,
});

function signIn() {
  fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'admin@northshire.example' } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'northshire-demo' } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('the sign-in gate', () => {
  it('sends a signed-out visitor to sign in and back to the page they asked for', async () => {
    const organisation = organisationFixture({ id: 'org-7', name: 'Northshire Hospice', kind: 'HOSPICE', sector: 'VCSE' });
    renderApp('/partners/org-7', [
      viewerMock(null),
      signInMock({ data: { signIn: viewerFixture('ADMIN') } }),
      { request: { query: OrganisationDocument, variables: { id: 'org-7' } }, result: { data: { organisation } } },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(document.title).toBe('Sign in – Stewardship');
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();

    signIn();

    expect(await screen.findByRole('heading', { level: 1, name: 'Northshire Hospice' })).toBeInTheDocument();
    expect(document.title).toBe('Northshire Hospice – Stewardship');
    expect(screen.getByRole('link', { name: 'Edit partner' })).toHaveAttribute('href', '/partners/org-7/edit');
    const account = screen.getByRole('navigation', { name: 'Account' });
    expect(account).toHaveTextContent('Ada Admin');
    expect(account).toHaveTextContent('System administrator, Northshire ICS');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'maincontent');
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#maincontent');
  });

  it('says when the email or password is wrong', async () => {
    renderApp('/sign-in', [
      viewerMock(null),
      signInMock({ errors: [{ message: 'Email or password is not right', extensions: { code: 'UNAUTHENTICATED' } }] }),
    ]);
    await screen.findByLabelText('Email address');

    signIn();

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Email or password is not right' })).toHaveAttribute('href', '#email');
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    expect(document.title).toBe('Error: Sign in – Stewardship');
  });

  it('passes on the rate limit message', async () => {
    const message = 'Too many attempts to sign in. Try again in 15 minutes.';
    renderApp('/sign-in', [viewerMock(null), signInMock({ errors: [{ message, extensions: { code: 'TOO_MANY_REQUESTS' } }] })]);
    await screen.findByLabelText('Email address');

    signIn();

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });

  it('asks for the email address and password before sending anything', async () => {
    renderApp('/sign-in', [viewerMock(null)]);
    await screen.findByLabelText('Email address');

    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter your email address' })).toHaveAttribute('href', '#email');
    expect(within(summary).getByRole('link', { name: 'Enter your password' })).toHaveAttribute('href', '#password');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Error: Enter your password');
  });

  it('signs out, forgets the user and shows the sign-in page', async () => {
    renderApp('/partners/org-1', [
      viewerMock(viewerFixture('VIEWER')),
      {
        request: { query: OrganisationDocument, variables: { id: 'org-1' } },
        result: { data: { organisation: organisationFixture() } },
      },
      { request: { query: SignOutDocument }, result: { data: { signOut: true } } },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Northshire Hospital NHS Trust' });
    expect(screen.queryByRole('link', { name: 'Edit partner' })).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByText('Ada Admin')).not.toBeInTheDocument();
  });

  it('shows "not found" for a partner the API does not know', async () => {
    renderApp('/partners/nope', [
      viewerMock(viewerFixture('ADMIN')),
      { request: { query: OrganisationDocument, variables: { id: 'nope' } }, result: { data: { organisation: null } } },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Partner not found' })).toBeInTheDocument();
  });

  it('tells non-administrators they may not add partners', async () => {
    renderApp('/partners/new', [viewerMock(viewerFixture('LEADER'))]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have permission to add or edit partners' }),
    ).toBeInTheDocument();
  });

  it('moves focus to the main content after following a link to another page', async () => {
    const organisationMock = {
      request: { query: OrganisationDocument, variables: { id: 'org-1' } },
      result: { data: { organisation: organisationFixture() } },
    };
    renderApp('/partners/org-1', [viewerMock(viewerFixture('ADMIN')), organisationMock, organisationMock, placesMock]);

    fireEvent.click(await screen.findByRole('link', { name: 'Edit partner' }));

    expect(await screen.findByLabelText('Name')).toHaveValue('Northshire Hospital NHS Trust');
    expect(document.title).toBe('Edit Northshire Hospital NHS Trust – Stewardship');
    expect(screen.getByRole('main')).toHaveFocus();
    expect(screen.getByLabelText('Kind')).toHaveValue('ACUTE_TRUST');
    expect(await screen.findByLabelText('Northshire North')).toBeChecked();
  });

  it('lands a leader on the monthly review after signing in, with Review in the menu', async () => {
    const leader = viewerFixture('LEADER');
    renderApp('/sign-in', [viewerMock(null), signInMock({ data: { signIn: leader } }), viewerMock(leader), placesMock, reviewMonthsMock, reviewMock({ month: null, placeId: null }, reviewFixture())]);
    await screen.findByLabelText('Email address');

    signIn();

    expect(await screen.findByRole('heading', { level: 1, name: /October 2026/ })).toHaveTextContent('Monthly review: Northshire ICS, October 2026');
    expect(within(screen.getByRole('navigation', { name: 'Menu' })).getByRole('link', { name: 'Review' })).toHaveAttribute('aria-current', 'page');
  });

  it('prints the board pack without the site header, menu or footer', async () => {
    renderApp('/review/board-pack?month=2026-10', [viewerMock(viewerFixture('LEADER')), reviewMock({ month: '2026-10', placeId: null }, reviewFixture())]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Northshire ICS' })).toBeInTheDocument();
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Menu' })).not.toBeInTheDocument();
    expect(screen.queryByRole('contentinfo')).not.toBeInTheDocument();
  });
});
