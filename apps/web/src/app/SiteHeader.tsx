import { canImport, canReadClaims, canReadSecurityEvents, ROLE_LABELS } from '@stewardship/domain';
import { Link, useLocation } from 'react-router';
import type { SignedInViewer } from './hooks/useViewer';
import { useSignOut } from '../features/auth/hooks/useSignOut';
import { SERVICE_NAME } from '../shared/hooks/usePageTitle';

/** The NHS.UK header: logo and service name, the signed-in user with a Sign out button, and the main menu. */
export function SiteHeader({ viewer }: { viewer: SignedInViewer | null }) {
  return (
    <header className="nhsuk-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <Link className="nhsuk-header__service-logo" to="/" aria-label={`NHS ${SERVICE_NAME} homepage`}>
            <NhsLogo />
            <span className="nhsuk-header__service-name">{SERVICE_NAME}</span>
          </Link>
        </div>
        {viewer ? <Account viewer={viewer} /> : null}
      </div>
      {viewer ? <MainMenu viewer={viewer} /> : null}
    </header>
  );
}

function Account({ viewer }: { viewer: SignedInViewer }) {
  const { signOut, signingOut, failed } = useSignOut();
  const role = ROLE_LABELS[viewer.role];
  const roleText = viewer.role === 'PLACE_LEAD' && viewer.place ? `${role} for ${viewer.place.name}` : role;

  return (
    <nav className="nhsuk-header__account" aria-label="Account">
      <ul className="nhsuk-header__account-list">
        <li className="nhsuk-header__account-item">
          <UserIcon />
          {viewer.user.displayName}
        </li>
        <li className="nhsuk-header__account-item">
          {roleText}, {viewer.system.name}
        </li>
        <li className="nhsuk-header__account-item">
          <button className="nhsuk-header__account-button" type="button" onClick={signOut} disabled={signingOut}>
            Sign out
          </button>
        </li>
        {failed ? (
          <li className="nhsuk-header__account-item" role="alert">
            Sorry, you could not be signed out. Try again.
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** The register's pages; Claims for all but place leads, Import for those who may import decisions (the widest import right), Security events only for administrators. */
function MainMenu({ viewer }: { viewer: SignedInViewer }) {
  const { pathname } = useLocation();
  const items = [
    { href: '/review', text: 'Review' },
    { href: '/scores', text: 'Practice scores' },
    { href: '/power', text: 'Power sharing' },
    { href: '/network', text: 'Partner network' },
    { href: '/partners', text: 'Partners' },
    { href: '/places', text: 'Places' },
    { href: '/forums', text: 'Forums' },
    { href: '/people', text: 'People' },
    { href: '/decisions', text: 'Decisions' },
    ...(canReadClaims(viewer.role) ? [{ href: '/claims', text: 'Claims' }] : []),
    { href: '/survey-rounds', text: 'Survey rounds' },
    ...(canImport(viewer.role, 'decisions') ? [{ href: '/import', text: 'Import' }] : []),
    ...(canReadSecurityEvents(viewer.role) ? [{ href: '/security-events', text: 'Security events' }] : []),
  ];
  return (
    <nav className="nhsuk-header__navigation" aria-label="Menu">
      <div className="nhsuk-header__navigation-container nhsuk-width-container">
        <ul className="nhsuk-header__navigation-list">
          {items.map((item) => {
            const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
            return (
              <li
                key={item.href}
                className={`nhsuk-header__navigation-item${current ? ' nhsuk-header__navigation-item--current' : ''}`}
              >
                <Link
                  className="nhsuk-header__navigation-link"
                  to={item.href}
                  aria-current={pathname === item.href ? 'page' : current ? 'true' : undefined}
                >
                  {current ? <strong className="nhsuk-header__navigation-item-current-fallback">{item.text}</strong> : item.text}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}

function NhsLogo() {
  return (
    <svg
      className="nhsuk-header__logo"
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 200 80"
      height="40"
      width="100"
      focusable="false"
      aria-hidden="true"
    >
      <path
        fill="currentcolor"
        d="M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5-24.5Z"
      />
    </svg>
  );
}

function UserIcon() {
  return (
    <svg
      className="nhsuk-icon nhsuk-icon--user"
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      focusable="false"
      aria-hidden="true"
    >
      <path
        fill="currentcolor"
        d="M12 1a11 11 0 1 1 0 22 11 11 0 0 1 0-22Zm0 2a9 9 0 0 0-5 16.5V18a4 4 0 0 1 4-4h2a4 4 0 0 1 4 4v1.5A9 9 0 0 0 12 3Zm0 3a3.5 3.5 0 1 1-3.5 3.5A3.4 3.4 0 0 1 12 6Z"
      />
    </svg>
  );
}
