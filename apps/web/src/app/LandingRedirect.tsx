import { Navigate } from 'react-router';
import { landingPath } from '../features/auth/utils/landing';
import { useSignedInViewer } from './hooks/useViewer';

/** The home page: sends the signed-in user to the page their role starts from. */
export function LandingRedirect() {
  return <Navigate to={landingPath(useSignedInViewer())} replace />;
}
