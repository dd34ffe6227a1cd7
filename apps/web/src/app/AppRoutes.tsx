import { Navigate, Route, Routes } from 'react-router';
import { SignInPage } from '../features/auth/components/SignInPage';
import { AddPartnerPage } from '../features/partners/components/AddPartnerPage';
import { EditPartnerPage } from '../features/partners/components/EditPartnerPage';
import { PartnerListPage } from '../features/partners/components/PartnerListPage';
import { PartnerPage } from '../features/partners/components/PartnerPage';
import { Layout } from './Layout';
import { PageNotFound } from './PageNotFound';
import { RequireSignIn } from './RequireSignIn';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="sign-in" element={<SignInPage />} />
        <Route element={<RequireSignIn />}>
          <Route index element={<Navigate to="/partners" replace />} />
          <Route path="partners" element={<PartnerListPage />} />
          <Route path="partners/new" element={<AddPartnerPage />} />
          <Route path="partners/:id" element={<PartnerPage />} />
          <Route path="partners/:id/edit" element={<EditPartnerPage />} />
          <Route path="*" element={<PageNotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}
