import { Link } from 'react-router';
import { DocumentTitle } from './DocumentTitle';

interface NoPermissionProps {
  /** What the user may not do, ending the heading "You do not have permission to …", e.g. "add or edit places". */
  action: string;
  listPath: string;
  listName: string;
  /** Who may, instead of the register's "Only system administrators can change the register…". */
  explanation?: string;
}

/** For signed-in users whose role may not change the register (only system administrators may). */
export function NoPermission({ action, listPath, listName, explanation }: NoPermissionProps) {
  return (
    <>
      <DocumentTitle title="You do not have permission" />
      <h1>You do not have permission to {action}</h1>
      <p className="nhsuk-body">
        {explanation ??
          'Only system administrators can change the register. If something in it is wrong, ask your system administrator to change it.'}
      </p>
      <p className="nhsuk-body">
        <Link to={listPath}>Go to the {listName}</Link>
      </p>
    </>
  );
}
