import { Route, Routes } from 'react-router';
import { SignInPage } from '../features/auth/components/SignInPage';
import { ClaimListPage } from '../features/claims/components/ClaimListPage';
import { ClaimPage } from '../features/claims/components/ClaimPage';
import { RecordClaimPage } from '../features/claims/components/RecordClaimPage';
import { AmendDecisionPage } from '../features/decisions/components/AmendDecisionPage';
import { DecisionListPage } from '../features/decisions/components/DecisionListPage';
import { DecisionPage } from '../features/decisions/components/DecisionPage';
import { RecordDecisionPage } from '../features/decisions/components/RecordDecisionPage';
import { AddForumPage } from '../features/forums/components/AddForumPage';
import { AddSeatPage } from '../features/forums/components/AddSeatPage';
import { ChangeSeatPage } from '../features/forums/components/ChangeSeatPage';
import { EditForumPage } from '../features/forums/components/EditForumPage';
import { EndSeatPage } from '../features/forums/components/EndSeatPage';
import { ForumListPage } from '../features/forums/components/ForumListPage';
import { ForumPage } from '../features/forums/components/ForumPage';
import { ImportPage } from '../features/import/components/ImportPage';
import { NetworkPage } from '../features/network/components/NetworkPage';
import { AddPartnerPage } from '../features/partners/components/AddPartnerPage';
import { EditPartnerPage } from '../features/partners/components/EditPartnerPage';
import { PartnerListPage } from '../features/partners/components/PartnerListPage';
import { PartnerPage } from '../features/partners/components/PartnerPage';
import { AddPersonPage } from '../features/people/components/AddPersonPage';
import { EditPersonPage } from '../features/people/components/EditPersonPage';
import { PeopleListPage } from '../features/people/components/PeopleListPage';
import { PersonPage } from '../features/people/components/PersonPage';
import { AddPlacePage } from '../features/places/components/AddPlacePage';
import { EditPlacePage } from '../features/places/components/EditPlacePage';
import { PlaceListPage } from '../features/places/components/PlaceListPage';
import { PlacePage } from '../features/places/components/PlacePage';
import { PowerPage } from '../features/power/components/PowerPage';
import { BoardPackPage } from '../features/review/components/BoardPackPage';
import { ReviewPage } from '../features/review/components/ReviewPage';
import { PracticeScoresPage } from '../features/scores/components/PracticeScoresPage';
import { SecurityEventsPage } from '../features/security-events/components/SecurityEventsPage';
import { SurveyPage } from '../features/survey/components/SurveyPage';
import { OpenSurveyRoundPage } from '../features/survey-admin/components/OpenSurveyRoundPage';
import { SurveyRoundListPage } from '../features/survey-admin/components/SurveyRoundListPage';
import { SurveyRoundPage } from '../features/survey-admin/components/SurveyRoundPage';
import { LandingRedirect } from './LandingRedirect';
import { Layout } from './Layout';
import { PageNotFound } from './PageNotFound';
import { RequireSignIn } from './RequireSignIn';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="sign-in" element={<SignInPage />} />
        {/* Public: a respondent opens their survey link without signing in. */}
        <Route path="survey/:token" element={<SurveyPage />} />
        <Route element={<RequireSignIn />}>
          <Route index element={<LandingRedirect />} />
          <Route path="partners" element={<PartnerListPage />} />
          <Route path="partners/new" element={<AddPartnerPage />} />
          <Route path="partners/:id" element={<PartnerPage />} />
          <Route path="partners/:id/edit" element={<EditPartnerPage />} />
          <Route path="places" element={<PlaceListPage />} />
          <Route path="places/new" element={<AddPlacePage />} />
          <Route path="places/:id" element={<PlacePage />} />
          <Route path="places/:id/edit" element={<EditPlacePage />} />
          <Route path="forums" element={<ForumListPage />} />
          <Route path="forums/new" element={<AddForumPage />} />
          <Route path="forums/:id" element={<ForumPage />} />
          <Route path="forums/:id/edit" element={<EditForumPage />} />
          <Route path="forums/:id/seats/new" element={<AddSeatPage />} />
          <Route path="forums/:id/seats/:seatId/change" element={<ChangeSeatPage />} />
          <Route path="forums/:id/seats/:seatId/end" element={<EndSeatPage />} />
          <Route path="people" element={<PeopleListPage />} />
          <Route path="people/new" element={<AddPersonPage />} />
          <Route path="people/:id" element={<PersonPage />} />
          <Route path="people/:id/edit" element={<EditPersonPage />} />
          <Route path="decisions" element={<DecisionListPage />} />
          <Route path="decisions/new" element={<RecordDecisionPage />} />
          <Route path="decisions/:id" element={<DecisionPage />} />
          <Route path="decisions/:id/amend" element={<AmendDecisionPage />} />
          <Route path="claims" element={<ClaimListPage />} />
          <Route path="claims/new" element={<RecordClaimPage />} />
          <Route path="claims/:id" element={<ClaimPage />} />
          <Route path="import" element={<ImportPage />} />
          <Route path="review" element={<ReviewPage />} />
          <Route path="scores" element={<PracticeScoresPage />} />
          <Route path="power" element={<PowerPage />} />
          <Route path="network" element={<NetworkPage />} />
          <Route path="survey-rounds" element={<SurveyRoundListPage />} />
          <Route path="survey-rounds/new" element={<OpenSurveyRoundPage />} />
          <Route path="survey-rounds/:id" element={<SurveyRoundPage />} />
          <Route path="security-events" element={<SecurityEventsPage />} />
          <Route path="*" element={<PageNotFound />} />
        </Route>
      </Route>
      {/* The board pack prints without the site's header, menu and footer (and headless Chromium makes the PDF from it). */}
      <Route element={<RequireSignIn />}>
        <Route path="review/board-pack" element={<BoardPackPage />} />
      </Route>
    </Routes>
  );
}
