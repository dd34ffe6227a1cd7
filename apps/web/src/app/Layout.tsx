import { useEffect, useRef, type MouseEvent, type RefObject } from 'react';
import { Outlet, useLocation, useNavigationType } from 'react-router';
import { useViewerQuery } from './hooks/useViewer';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/** Every page: skip link, NHS.UK header, one <main id="maincontent">, footer. */
export function Layout() {
  const { data } = useViewerQuery();
  const mainRef = useRef<HTMLElement>(null);
  useFocusMainAfterNavigation(mainRef);

  return (
    <>
      <a className="nhsuk-skip-link" href="#maincontent" onClick={(event) => skipToMain(event, mainRef)}>
        Skip to main content
      </a>
      <SiteHeader viewer={data?.viewer ?? null} />
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent" ref={mainRef}>
          <Outlet />
        </main>
      </div>
      <SiteFooter />
    </>
  );
}

/** Move focus to <main> without adding it to the tab order for good, as the NHS.UK skip link script does. */
function focusMain(main: HTMLElement | null) {
  if (!main) return;
  main.setAttribute('tabindex', '-1');
  main.classList.add('nhsuk-skip-link-focused-element');
  main.addEventListener(
    'blur',
    () => {
      main.removeAttribute('tabindex');
      main.classList.remove('nhsuk-skip-link-focused-element');
    },
    { once: true },
  );
  main.focus();
}

function skipToMain(event: MouseEvent<HTMLAnchorElement>, mainRef: RefObject<HTMLElement | null>) {
  event.preventDefault();
  focusMain(mainRef.current);
}

/**
 * After following a link or saving a form to another page, start keyboard and screen reader
 * users at the top of the new page's content instead of on a link that no longer exists.
 * Redirects (sign-in gate, sign-out) and Back/Forward behave like a fresh page load, and changes
 * to the query string alone (filters) keep focus where it is.
 */
function useFocusMainAfterNavigation(mainRef: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    window.scrollTo(0, 0);
    if (navigationType === 'PUSH') focusMain(mainRef.current);
  }, [pathname, navigationType, mainRef]);
}
