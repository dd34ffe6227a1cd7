import { Link } from 'react-router';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';

/** When `organisation(id)` answers null: no partner with that id in the viewer's system. */
export function PartnerNotFound() {
  return (
    <>
      <DocumentTitle title="Partner not found" />
      <h1>Partner not found</h1>
      <p className="nhsuk-body">
        There is no partner at this address in your system&rsquo;s register. The link may be wrong, or the partner may
        have been removed.
      </p>
      <p className="nhsuk-body">
        <Link to="/partners">Go to the partners register</Link>
      </p>
    </>
  );
}
