import { Link } from 'react-router';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';

/** For signed-in users whose role may not change the register (only administrators may). */
export function NoPermission() {
  return (
    <>
      <DocumentTitle title="You do not have permission" />
      <h1>You do not have permission to add or edit partners</h1>
      <p className="nhsuk-body">
        Only system administrators can change the partners register. If a partner&rsquo;s details are wrong, ask your
        system administrator to change them.
      </p>
      <p className="nhsuk-body">
        <Link to="/partners">Go to the partners register</Link>
      </p>
    </>
  );
}
