import { Link } from 'react-router';
import { DocumentTitle } from './DocumentTitle';

interface NotFoundProps {
  /** "Place", "Forum"… */
  noun: string;
  listPath: string;
  listName: string;
}

/** When a record query answers null: nothing with that id in the viewer's system. */
export function NotFound({ noun, listPath, listName }: NotFoundProps) {
  const title = `${noun} not found`;
  return (
    <>
      <DocumentTitle title={title} />
      <h1>{title}</h1>
      <p className="nhsuk-body">
        There is no {noun.toLowerCase()} at this address in your system&rsquo;s register. The link may be wrong, or it
        may have been removed.
      </p>
      <p className="nhsuk-body">
        <Link to={listPath}>Go to the {listName}</Link>
      </p>
    </>
  );
}
