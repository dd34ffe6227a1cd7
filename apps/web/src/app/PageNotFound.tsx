import { Link } from 'react-router';
import { DocumentTitle } from '../shared/components/DocumentTitle';

export function PageNotFound() {
  return (
    <>
      <DocumentTitle title="Page not found" />
      <h1>Page not found</h1>
      <p className="nhsuk-body">If you typed the web address, check it is correct.</p>
      <p className="nhsuk-body">
        <Link to="/partners">Go to the partners register</Link>
      </p>
    </>
  );
}
