import { Navigate, Outlet, useLocation } from 'react-router';
import { SignedInViewerContext, useViewerQuery } from './hooks/useViewer';
import { signInPathFor } from '../features/auth/utils/return-to';
import { DocumentTitle } from '../shared/components/DocumentTitle';
import { LoadingMessage, ServiceProblem } from '../shared/components/StatusMessages';

/** The sign-in gate: a signed-out visitor is sent to /sign-in, and comes back here after signing in. */
export function RequireSignIn() {
  const { data, loading, error, refetch } = useViewerQuery();
  const location = useLocation();

  if (loading && !data) return <LoadingMessage>Loading…</LoadingMessage>;
  if (error && !data) {
    return (
      <>
        <DocumentTitle title="Sorry, there is a problem with the service" />
        <h1>Sorry, there is a problem with the service</h1>
        <ServiceProblem onRetry={() => void refetch()}>We could not check whether you are signed in. Try again later.</ServiceProblem>
      </>
    );
  }
  if (!data?.viewer) return <Navigate to={signInPathFor(location.pathname + location.search)} replace />;

  return (
    <SignedInViewerContext.Provider value={data.viewer}>
      <Outlet />
    </SignedInViewerContext.Provider>
  );
}
