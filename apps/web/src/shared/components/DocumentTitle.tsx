import { usePageTitle } from '../hooks/usePageTitle';

/**
 * Sets the page title from wherever a page's state is decided. Render one per page state, so
 * the innermost (and only) one wins.
 */
export function DocumentTitle({ title, hasErrors = false }: { title: string; hasErrors?: boolean }) {
  usePageTitle(title, hasErrors);
  return null;
}
