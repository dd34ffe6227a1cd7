/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment ViewerFields on Viewer {\n  role\n  user {\n    id\n    email\n    displayName\n  }\n  system {\n    id\n    name\n  }\n  place {\n    id\n    name\n  }\n}\n\nquery Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}": typeof types.ViewerFieldsFragmentDoc,
    "query AuditHistory($entityType: AuditEntityType!, $entityId: ID!) {\n  auditHistory(entityType: $entityType, entityId: $entityId) {\n    action\n    actor\n    at\n    viaImport\n    changes {\n      field\n      from\n      to\n    }\n  }\n}": typeof types.AuditHistoryDocument,
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...ViewerFields\n  }\n}": typeof types.SignInDocument,
    "mutation SignOut {\n  signOut\n}": typeof types.SignOutDocument,
    "mutation ArchiveForum($id: ID!) {\n  archiveForum(id: $id) {\n    ...ForumFields\n  }\n}\n\nmutation RestoreForum($id: ID!) {\n  restoreForum(id: $id) {\n    ...ForumFields\n  }\n}": typeof types.ArchiveForumDocument,
    "fragment ForumFields on Forum {\n  id\n  name\n  kind\n  externalId\n  archived\n  place {\n    id\n    name\n  }\n  createdAt\n  updatedAt\n}\n\nfragment SeatFields on Seat {\n  id\n  voting\n  chair\n  from\n  to\n  organisation {\n    id\n    name\n    archived\n  }\n}": typeof types.ForumFieldsFragmentDoc,
    "query Forum($id: ID!) {\n  forum(id: $id) {\n    ...ForumFields\n  }\n}\n\nquery ForumSeats($id: ID!, $includeEnded: Boolean!) {\n  forum(id: $id) {\n    id\n    name\n    seats(includeEnded: $includeEnded) {\n      ...SeatFields\n    }\n  }\n}": typeof types.ForumDocument,
    "query Forums($includeArchived: Boolean!) {\n  forums(includeArchived: $includeArchived) {\n    id\n    name\n    kind\n    archived\n    place {\n      id\n      name\n    }\n    seats {\n      id\n      voting\n      chair\n      organisation {\n        id\n      }\n    }\n  }\n}": typeof types.ForumsDocument,
    "mutation CreateForum($input: ForumInput!) {\n  createForum(input: $input) {\n    ...ForumFields\n  }\n}\n\nmutation UpdateForum($id: ID!, $input: ForumInput!) {\n  updateForum(id: $id, input: $input) {\n    ...ForumFields\n  }\n}": typeof types.CreateForumDocument,
    "mutation AddSeat($input: SeatInput!) {\n  addSeat(input: $input) {\n    ...SeatFields\n  }\n}\n\nmutation ChangeSeat($id: ID!, $input: SeatChangeInput!) {\n  changeSeat(id: $id, input: $input) {\n    ...SeatFields\n  }\n}\n\nmutation EndSeat($id: ID!, $to: String!) {\n  endSeat(id: $id, to: $to) {\n    ...SeatFields\n  }\n}": typeof types.AddSeatDocument,
    "query ExportRegister($kind: ImportKind!) {\n  exportRegister(kind: $kind)\n}": typeof types.ExportRegisterDocument,
    "mutation PreviewImport($input: ImportFileInput!) {\n  previewImport(input: $input) {\n    rowCount\n    create\n    update\n    unchanged\n    problemCount\n    problems {\n      row\n      column\n      value\n      message\n    }\n    changes {\n      row\n      matchedName\n      matchedBy\n      fields {\n        field\n        from\n        to\n      }\n    }\n  }\n}\n\nmutation CommitImport($input: ImportFileInput!) {\n  commitImport(input: $input) {\n    created\n    updated\n    unchanged\n  }\n}\n\nquery ImportTemplates {\n  places: importTemplate(kind: places)\n  organisations: importTemplate(kind: organisations)\n  forums: importTemplate(kind: forums)\n  people: importTemplate(kind: people)\n}": typeof types.PreviewImportDocument,
    "mutation ArchiveOrganisation($id: ID!) {\n  archiveOrganisation(id: $id) {\n    ...OrganisationFields\n  }\n}\n\nmutation RestoreOrganisation($id: ID!) {\n  restoreOrganisation(id: $id) {\n    ...OrganisationFields\n  }\n}": typeof types.ArchiveOrganisationDocument,
    "fragment OrganisationFields on Organisation {\n  id\n  name\n  odsCode\n  kind\n  sector\n  weight\n  externalId\n  archived\n  places {\n    id\n    name\n  }\n  createdAt\n  updatedAt\n}": typeof types.OrganisationFieldsFragmentDoc,
    "query Organisation($id: ID!) {\n  organisation(id: $id) {\n    ...OrganisationFields\n  }\n}": typeof types.OrganisationDocument,
    "query Organisations($filter: OrganisationFilter, $first: Int!, $after: String) {\n  organisations(filter: $filter, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        odsCode\n        kind\n        sector\n        archived\n        places {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.OrganisationsDocument,
    "query PartnerRelationshipSummary($organisationId: ID!, $month: String) {\n  partnerRelationshipSummary(organisationId: $organisationId, month: $month) {\n    organisationId\n    month\n    ratedMonths\n    minimumGroupSize\n    given {\n      suppressed\n      suppressionReason\n      respondents\n      partnersRated\n      ratings\n    }\n    received {\n      suppressed\n      suppressionReason\n      respondents\n      ratingOrganisations\n      ratings\n      meanTrust\n      meanValue\n    }\n  }\n}": typeof types.PartnerRelationshipSummaryDocument,
    "query PartnerSeats($id: ID!) {\n  organisation(id: $id) {\n    id\n    seats {\n      id\n      voting\n      chair\n      from\n      to\n      forum {\n        id\n        name\n        kind\n      }\n    }\n  }\n}": typeof types.PartnerSeatsDocument,
    "mutation CreateOrganisation($input: OrganisationInput!) {\n  createOrganisation(input: $input) {\n    ...OrganisationFields\n  }\n}\n\nmutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n  updateOrganisation(id: $id, input: $input) {\n    ...OrganisationFields\n  }\n}": typeof types.CreateOrganisationDocument,
    "mutation ArchivePerson($id: ID!) {\n  archivePerson(id: $id) {\n    ...PersonFields\n  }\n}\n\nmutation RestorePerson($id: ID!) {\n  restorePerson(id: $id) {\n    ...PersonFields\n  }\n}": typeof types.ArchivePersonDocument,
    "query People($filter: PeopleFilter, $first: Int!, $after: String) {\n  people(filter: $filter, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        email\n        roleGroup\n        archived\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.PeopleDocument,
    "fragment PersonFields on Person {\n  id\n  name\n  email\n  roleGroup\n  externalId\n  archived\n  organisation {\n    id\n    name\n  }\n  createdAt\n  updatedAt\n}": typeof types.PersonFieldsFragmentDoc,
    "query Person($id: ID!) {\n  person(id: $id) {\n    ...PersonFields\n  }\n}": typeof types.PersonDocument,
    "mutation CreatePerson($input: PersonInput!) {\n  createPerson(input: $input) {\n    ...PersonFields\n  }\n}\n\nmutation UpdatePerson($id: ID!, $input: PersonInput!) {\n  updatePerson(id: $id, input: $input) {\n    ...PersonFields\n  }\n}": typeof types.CreatePersonDocument,
    "mutation ArchivePlace($id: ID!) {\n  archivePlace(id: $id) {\n    ...PlaceFields\n  }\n}\n\nmutation RestorePlace($id: ID!) {\n  restorePlace(id: $id) {\n    ...PlaceFields\n  }\n}": typeof types.ArchivePlaceDocument,
    "fragment PlaceFields on Place {\n  id\n  name\n  localAuthority\n  onsCode\n  externalId\n  archived\n}": typeof types.PlaceFieldsFragmentDoc,
    "query Place($id: ID!) {\n  place(id: $id) {\n    ...PlaceFields\n  }\n}": typeof types.PlaceDocument,
    "query PlacesRegister($includeArchived: Boolean!) {\n  places(includeArchived: $includeArchived) {\n    ...PlaceFields\n  }\n}": typeof types.PlacesRegisterDocument,
    "mutation CreatePlace($input: PlaceInput!) {\n  createPlace(input: $input) {\n    ...PlaceFields\n  }\n}\n\nmutation UpdatePlace($id: ID!, $input: PlaceInput!) {\n  updatePlace(id: $id, input: $input) {\n    ...PlaceFields\n  }\n}": typeof types.CreatePlaceDocument,
    "query PracticeScores($filter: ScoreFilter, $months: Int!, $toMonth: String) {\n  minimumGroupSize\n  practiceScores(filter: $filter, months: $months, toMonth: $toMonth) {\n    practice\n    name\n    shortHelp\n    limitsNote\n    latestVariation\n    points {\n      month\n      suppressed\n      suppressionReason\n      n\n      mean\n      standardDeviation\n      confidenceLower\n      confidenceUpper\n      distribution\n      movingRange\n      processMean\n      lowerLimit\n      upperLimit\n      rules\n      variation\n    }\n  }\n}\n\nquery ScoreMonths {\n  surveyRounds {\n    id\n    month\n    status\n  }\n}": typeof types.PracticeScoresDocument,
    "query SecurityEvents($first: Int!, $after: String) {\n  securityEvents(first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        at\n        kind\n        address\n        user {\n          id\n          displayName\n          email\n        }\n        detail {\n          name\n          value\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.SecurityEventsDocument,
    "query SurveyInvitees($after: String) {\n  people(first: 60, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        roleGroup\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.SurveyInviteesDocument,
    "fragment SurveyRoundFields on SurveyRound {\n  id\n  month\n  opensAt\n  closesAt\n  status\n  invitationCount\n  responseCount\n}\n\nfragment SurveyInvitationFields on SurveyInvitation {\n  id\n  submitted\n  person {\n    id\n    name\n    email\n    organisation {\n      id\n      name\n    }\n  }\n}\n\nquery SurveyRounds {\n  surveyRounds {\n    ...SurveyRoundFields\n  }\n}\n\nquery SurveyRound($id: ID!, $withInvitations: Boolean!) {\n  surveyRound(id: $id) {\n    ...SurveyRoundFields\n    invitations @include(if: $withInvitations) {\n      ...SurveyInvitationFields\n    }\n  }\n}\n\nmutation OpenSurveyRound($input: OpenSurveyRoundInput!) {\n  openSurveyRound(input: $input) {\n    round {\n      ...SurveyRoundFields\n    }\n    links {\n      url\n      invitation {\n        ...SurveyInvitationFields\n      }\n    }\n  }\n}\n\nmutation ReissueInvitation($id: ID!) {\n  reissueInvitation(id: $id) {\n    url\n    invitation {\n      ...SurveyInvitationFields\n    }\n  }\n}\n\nmutation CloseSurveyRound($id: ID!) {\n  closeSurveyRound(id: $id) {\n    ...SurveyRoundFields\n  }\n}": typeof types.SurveyRoundFieldsFragmentDoc,
    "fragment SurveyAnswersFields on SurveyAnswers {\n  practiceScores {\n    practice\n    score\n    comment\n  }\n  direction\n  alignment\n  commitment\n  relationships {\n    organisationId\n    trust\n    value\n    contactFrequency\n    type\n    note\n  }\n}\n\nquery SurveyByToken($token: String!) {\n  surveyByToken(token: $token) {\n    roundMonth\n    closesAt\n    organisationName\n    partners {\n      id\n      name\n      kind\n      sector\n    }\n    answers {\n      ...SurveyAnswersFields\n    }\n    savedAt\n  }\n}\n\nmutation SaveSurveyAnswers($token: String!, $answers: SurveyAnswersInput!) {\n  saveSurveyAnswers(token: $token, answers: $answers)\n}\n\nmutation SubmitSurvey($token: String!, $answers: SurveyAnswersInput!) {\n  submitSurvey(token: $token, answers: $answers)\n}": typeof types.SurveyAnswersFieldsFragmentDoc,
    "query OrganisationOptions($includeArchived: Boolean!) {\n  organisations(filter: {includeArchived: $includeArchived}, first: 200) {\n    totalCount\n    edges {\n      node {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.OrganisationOptionsDocument,
    "query PlaceNames {\n  places(includeArchived: true) {\n    id\n    name\n  }\n}": typeof types.PlaceNamesDocument,
    "query Places {\n  places {\n    id\n    name\n  }\n}": typeof types.PlacesDocument,
};
const documents: Documents = {
    "fragment ViewerFields on Viewer {\n  role\n  user {\n    id\n    email\n    displayName\n  }\n  system {\n    id\n    name\n  }\n  place {\n    id\n    name\n  }\n}\n\nquery Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}": types.ViewerFieldsFragmentDoc,
    "query AuditHistory($entityType: AuditEntityType!, $entityId: ID!) {\n  auditHistory(entityType: $entityType, entityId: $entityId) {\n    action\n    actor\n    at\n    viaImport\n    changes {\n      field\n      from\n      to\n    }\n  }\n}": types.AuditHistoryDocument,
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...ViewerFields\n  }\n}": types.SignInDocument,
    "mutation SignOut {\n  signOut\n}": types.SignOutDocument,
    "mutation ArchiveForum($id: ID!) {\n  archiveForum(id: $id) {\n    ...ForumFields\n  }\n}\n\nmutation RestoreForum($id: ID!) {\n  restoreForum(id: $id) {\n    ...ForumFields\n  }\n}": types.ArchiveForumDocument,
    "fragment ForumFields on Forum {\n  id\n  name\n  kind\n  externalId\n  archived\n  place {\n    id\n    name\n  }\n  createdAt\n  updatedAt\n}\n\nfragment SeatFields on Seat {\n  id\n  voting\n  chair\n  from\n  to\n  organisation {\n    id\n    name\n    archived\n  }\n}": types.ForumFieldsFragmentDoc,
    "query Forum($id: ID!) {\n  forum(id: $id) {\n    ...ForumFields\n  }\n}\n\nquery ForumSeats($id: ID!, $includeEnded: Boolean!) {\n  forum(id: $id) {\n    id\n    name\n    seats(includeEnded: $includeEnded) {\n      ...SeatFields\n    }\n  }\n}": types.ForumDocument,
    "query Forums($includeArchived: Boolean!) {\n  forums(includeArchived: $includeArchived) {\n    id\n    name\n    kind\n    archived\n    place {\n      id\n      name\n    }\n    seats {\n      id\n      voting\n      chair\n      organisation {\n        id\n      }\n    }\n  }\n}": types.ForumsDocument,
    "mutation CreateForum($input: ForumInput!) {\n  createForum(input: $input) {\n    ...ForumFields\n  }\n}\n\nmutation UpdateForum($id: ID!, $input: ForumInput!) {\n  updateForum(id: $id, input: $input) {\n    ...ForumFields\n  }\n}": types.CreateForumDocument,
    "mutation AddSeat($input: SeatInput!) {\n  addSeat(input: $input) {\n    ...SeatFields\n  }\n}\n\nmutation ChangeSeat($id: ID!, $input: SeatChangeInput!) {\n  changeSeat(id: $id, input: $input) {\n    ...SeatFields\n  }\n}\n\nmutation EndSeat($id: ID!, $to: String!) {\n  endSeat(id: $id, to: $to) {\n    ...SeatFields\n  }\n}": types.AddSeatDocument,
    "query ExportRegister($kind: ImportKind!) {\n  exportRegister(kind: $kind)\n}": types.ExportRegisterDocument,
    "mutation PreviewImport($input: ImportFileInput!) {\n  previewImport(input: $input) {\n    rowCount\n    create\n    update\n    unchanged\n    problemCount\n    problems {\n      row\n      column\n      value\n      message\n    }\n    changes {\n      row\n      matchedName\n      matchedBy\n      fields {\n        field\n        from\n        to\n      }\n    }\n  }\n}\n\nmutation CommitImport($input: ImportFileInput!) {\n  commitImport(input: $input) {\n    created\n    updated\n    unchanged\n  }\n}\n\nquery ImportTemplates {\n  places: importTemplate(kind: places)\n  organisations: importTemplate(kind: organisations)\n  forums: importTemplate(kind: forums)\n  people: importTemplate(kind: people)\n}": types.PreviewImportDocument,
    "mutation ArchiveOrganisation($id: ID!) {\n  archiveOrganisation(id: $id) {\n    ...OrganisationFields\n  }\n}\n\nmutation RestoreOrganisation($id: ID!) {\n  restoreOrganisation(id: $id) {\n    ...OrganisationFields\n  }\n}": types.ArchiveOrganisationDocument,
    "fragment OrganisationFields on Organisation {\n  id\n  name\n  odsCode\n  kind\n  sector\n  weight\n  externalId\n  archived\n  places {\n    id\n    name\n  }\n  createdAt\n  updatedAt\n}": types.OrganisationFieldsFragmentDoc,
    "query Organisation($id: ID!) {\n  organisation(id: $id) {\n    ...OrganisationFields\n  }\n}": types.OrganisationDocument,
    "query Organisations($filter: OrganisationFilter, $first: Int!, $after: String) {\n  organisations(filter: $filter, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        odsCode\n        kind\n        sector\n        archived\n        places {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.OrganisationsDocument,
    "query PartnerRelationshipSummary($organisationId: ID!, $month: String) {\n  partnerRelationshipSummary(organisationId: $organisationId, month: $month) {\n    organisationId\n    month\n    ratedMonths\n    minimumGroupSize\n    given {\n      suppressed\n      suppressionReason\n      respondents\n      partnersRated\n      ratings\n    }\n    received {\n      suppressed\n      suppressionReason\n      respondents\n      ratingOrganisations\n      ratings\n      meanTrust\n      meanValue\n    }\n  }\n}": types.PartnerRelationshipSummaryDocument,
    "query PartnerSeats($id: ID!) {\n  organisation(id: $id) {\n    id\n    seats {\n      id\n      voting\n      chair\n      from\n      to\n      forum {\n        id\n        name\n        kind\n      }\n    }\n  }\n}": types.PartnerSeatsDocument,
    "mutation CreateOrganisation($input: OrganisationInput!) {\n  createOrganisation(input: $input) {\n    ...OrganisationFields\n  }\n}\n\nmutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n  updateOrganisation(id: $id, input: $input) {\n    ...OrganisationFields\n  }\n}": types.CreateOrganisationDocument,
    "mutation ArchivePerson($id: ID!) {\n  archivePerson(id: $id) {\n    ...PersonFields\n  }\n}\n\nmutation RestorePerson($id: ID!) {\n  restorePerson(id: $id) {\n    ...PersonFields\n  }\n}": types.ArchivePersonDocument,
    "query People($filter: PeopleFilter, $first: Int!, $after: String) {\n  people(filter: $filter, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        email\n        roleGroup\n        archived\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.PeopleDocument,
    "fragment PersonFields on Person {\n  id\n  name\n  email\n  roleGroup\n  externalId\n  archived\n  organisation {\n    id\n    name\n  }\n  createdAt\n  updatedAt\n}": types.PersonFieldsFragmentDoc,
    "query Person($id: ID!) {\n  person(id: $id) {\n    ...PersonFields\n  }\n}": types.PersonDocument,
    "mutation CreatePerson($input: PersonInput!) {\n  createPerson(input: $input) {\n    ...PersonFields\n  }\n}\n\nmutation UpdatePerson($id: ID!, $input: PersonInput!) {\n  updatePerson(id: $id, input: $input) {\n    ...PersonFields\n  }\n}": types.CreatePersonDocument,
    "mutation ArchivePlace($id: ID!) {\n  archivePlace(id: $id) {\n    ...PlaceFields\n  }\n}\n\nmutation RestorePlace($id: ID!) {\n  restorePlace(id: $id) {\n    ...PlaceFields\n  }\n}": types.ArchivePlaceDocument,
    "fragment PlaceFields on Place {\n  id\n  name\n  localAuthority\n  onsCode\n  externalId\n  archived\n}": types.PlaceFieldsFragmentDoc,
    "query Place($id: ID!) {\n  place(id: $id) {\n    ...PlaceFields\n  }\n}": types.PlaceDocument,
    "query PlacesRegister($includeArchived: Boolean!) {\n  places(includeArchived: $includeArchived) {\n    ...PlaceFields\n  }\n}": types.PlacesRegisterDocument,
    "mutation CreatePlace($input: PlaceInput!) {\n  createPlace(input: $input) {\n    ...PlaceFields\n  }\n}\n\nmutation UpdatePlace($id: ID!, $input: PlaceInput!) {\n  updatePlace(id: $id, input: $input) {\n    ...PlaceFields\n  }\n}": types.CreatePlaceDocument,
    "query PracticeScores($filter: ScoreFilter, $months: Int!, $toMonth: String) {\n  minimumGroupSize\n  practiceScores(filter: $filter, months: $months, toMonth: $toMonth) {\n    practice\n    name\n    shortHelp\n    limitsNote\n    latestVariation\n    points {\n      month\n      suppressed\n      suppressionReason\n      n\n      mean\n      standardDeviation\n      confidenceLower\n      confidenceUpper\n      distribution\n      movingRange\n      processMean\n      lowerLimit\n      upperLimit\n      rules\n      variation\n    }\n  }\n}\n\nquery ScoreMonths {\n  surveyRounds {\n    id\n    month\n    status\n  }\n}": types.PracticeScoresDocument,
    "query SecurityEvents($first: Int!, $after: String) {\n  securityEvents(first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        at\n        kind\n        address\n        user {\n          id\n          displayName\n          email\n        }\n        detail {\n          name\n          value\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.SecurityEventsDocument,
    "query SurveyInvitees($after: String) {\n  people(first: 60, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        roleGroup\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.SurveyInviteesDocument,
    "fragment SurveyRoundFields on SurveyRound {\n  id\n  month\n  opensAt\n  closesAt\n  status\n  invitationCount\n  responseCount\n}\n\nfragment SurveyInvitationFields on SurveyInvitation {\n  id\n  submitted\n  person {\n    id\n    name\n    email\n    organisation {\n      id\n      name\n    }\n  }\n}\n\nquery SurveyRounds {\n  surveyRounds {\n    ...SurveyRoundFields\n  }\n}\n\nquery SurveyRound($id: ID!, $withInvitations: Boolean!) {\n  surveyRound(id: $id) {\n    ...SurveyRoundFields\n    invitations @include(if: $withInvitations) {\n      ...SurveyInvitationFields\n    }\n  }\n}\n\nmutation OpenSurveyRound($input: OpenSurveyRoundInput!) {\n  openSurveyRound(input: $input) {\n    round {\n      ...SurveyRoundFields\n    }\n    links {\n      url\n      invitation {\n        ...SurveyInvitationFields\n      }\n    }\n  }\n}\n\nmutation ReissueInvitation($id: ID!) {\n  reissueInvitation(id: $id) {\n    url\n    invitation {\n      ...SurveyInvitationFields\n    }\n  }\n}\n\nmutation CloseSurveyRound($id: ID!) {\n  closeSurveyRound(id: $id) {\n    ...SurveyRoundFields\n  }\n}": types.SurveyRoundFieldsFragmentDoc,
    "fragment SurveyAnswersFields on SurveyAnswers {\n  practiceScores {\n    practice\n    score\n    comment\n  }\n  direction\n  alignment\n  commitment\n  relationships {\n    organisationId\n    trust\n    value\n    contactFrequency\n    type\n    note\n  }\n}\n\nquery SurveyByToken($token: String!) {\n  surveyByToken(token: $token) {\n    roundMonth\n    closesAt\n    organisationName\n    partners {\n      id\n      name\n      kind\n      sector\n    }\n    answers {\n      ...SurveyAnswersFields\n    }\n    savedAt\n  }\n}\n\nmutation SaveSurveyAnswers($token: String!, $answers: SurveyAnswersInput!) {\n  saveSurveyAnswers(token: $token, answers: $answers)\n}\n\nmutation SubmitSurvey($token: String!, $answers: SurveyAnswersInput!) {\n  submitSurvey(token: $token, answers: $answers)\n}": types.SurveyAnswersFieldsFragmentDoc,
    "query OrganisationOptions($includeArchived: Boolean!) {\n  organisations(filter: {includeArchived: $includeArchived}, first: 200) {\n    totalCount\n    edges {\n      node {\n        id\n        name\n      }\n    }\n  }\n}": types.OrganisationOptionsDocument,
    "query PlaceNames {\n  places(includeArchived: true) {\n    id\n    name\n  }\n}": types.PlaceNamesDocument,
    "query Places {\n  places {\n    id\n    name\n  }\n}": types.PlacesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ViewerFields on Viewer {\n  role\n  user {\n    id\n    email\n    displayName\n  }\n  system {\n    id\n    name\n  }\n  place {\n    id\n    name\n  }\n}\n\nquery Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}"): (typeof documents)["fragment ViewerFields on Viewer {\n  role\n  user {\n    id\n    email\n    displayName\n  }\n  system {\n    id\n    name\n  }\n  place {\n    id\n    name\n  }\n}\n\nquery Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditHistory($entityType: AuditEntityType!, $entityId: ID!) {\n  auditHistory(entityType: $entityType, entityId: $entityId) {\n    action\n    actor\n    at\n    viaImport\n    changes {\n      field\n      from\n      to\n    }\n  }\n}"): (typeof documents)["query AuditHistory($entityType: AuditEntityType!, $entityId: ID!) {\n  auditHistory(entityType: $entityType, entityId: $entityId) {\n    action\n    actor\n    at\n    viaImport\n    changes {\n      field\n      from\n      to\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...ViewerFields\n  }\n}"): (typeof documents)["mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOut {\n  signOut\n}"): (typeof documents)["mutation SignOut {\n  signOut\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArchiveForum($id: ID!) {\n  archiveForum(id: $id) {\n    ...ForumFields\n  }\n}\n\nmutation RestoreForum($id: ID!) {\n  restoreForum(id: $id) {\n    ...ForumFields\n  }\n}"): (typeof documents)["mutation ArchiveForum($id: ID!) {\n  archiveForum(id: $id) {\n    ...ForumFields\n  }\n}\n\nmutation RestoreForum($id: ID!) {\n  restoreForum(id: $id) {\n    ...ForumFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ForumFields on Forum {\n  id\n  name\n  kind\n  externalId\n  archived\n  place {\n    id\n    name\n  }\n  createdAt\n  updatedAt\n}\n\nfragment SeatFields on Seat {\n  id\n  voting\n  chair\n  from\n  to\n  organisation {\n    id\n    name\n    archived\n  }\n}"): (typeof documents)["fragment ForumFields on Forum {\n  id\n  name\n  kind\n  externalId\n  archived\n  place {\n    id\n    name\n  }\n  createdAt\n  updatedAt\n}\n\nfragment SeatFields on Seat {\n  id\n  voting\n  chair\n  from\n  to\n  organisation {\n    id\n    name\n    archived\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Forum($id: ID!) {\n  forum(id: $id) {\n    ...ForumFields\n  }\n}\n\nquery ForumSeats($id: ID!, $includeEnded: Boolean!) {\n  forum(id: $id) {\n    id\n    name\n    seats(includeEnded: $includeEnded) {\n      ...SeatFields\n    }\n  }\n}"): (typeof documents)["query Forum($id: ID!) {\n  forum(id: $id) {\n    ...ForumFields\n  }\n}\n\nquery ForumSeats($id: ID!, $includeEnded: Boolean!) {\n  forum(id: $id) {\n    id\n    name\n    seats(includeEnded: $includeEnded) {\n      ...SeatFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Forums($includeArchived: Boolean!) {\n  forums(includeArchived: $includeArchived) {\n    id\n    name\n    kind\n    archived\n    place {\n      id\n      name\n    }\n    seats {\n      id\n      voting\n      chair\n      organisation {\n        id\n      }\n    }\n  }\n}"): (typeof documents)["query Forums($includeArchived: Boolean!) {\n  forums(includeArchived: $includeArchived) {\n    id\n    name\n    kind\n    archived\n    place {\n      id\n      name\n    }\n    seats {\n      id\n      voting\n      chair\n      organisation {\n        id\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateForum($input: ForumInput!) {\n  createForum(input: $input) {\n    ...ForumFields\n  }\n}\n\nmutation UpdateForum($id: ID!, $input: ForumInput!) {\n  updateForum(id: $id, input: $input) {\n    ...ForumFields\n  }\n}"): (typeof documents)["mutation CreateForum($input: ForumInput!) {\n  createForum(input: $input) {\n    ...ForumFields\n  }\n}\n\nmutation UpdateForum($id: ID!, $input: ForumInput!) {\n  updateForum(id: $id, input: $input) {\n    ...ForumFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddSeat($input: SeatInput!) {\n  addSeat(input: $input) {\n    ...SeatFields\n  }\n}\n\nmutation ChangeSeat($id: ID!, $input: SeatChangeInput!) {\n  changeSeat(id: $id, input: $input) {\n    ...SeatFields\n  }\n}\n\nmutation EndSeat($id: ID!, $to: String!) {\n  endSeat(id: $id, to: $to) {\n    ...SeatFields\n  }\n}"): (typeof documents)["mutation AddSeat($input: SeatInput!) {\n  addSeat(input: $input) {\n    ...SeatFields\n  }\n}\n\nmutation ChangeSeat($id: ID!, $input: SeatChangeInput!) {\n  changeSeat(id: $id, input: $input) {\n    ...SeatFields\n  }\n}\n\nmutation EndSeat($id: ID!, $to: String!) {\n  endSeat(id: $id, to: $to) {\n    ...SeatFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportRegister($kind: ImportKind!) {\n  exportRegister(kind: $kind)\n}"): (typeof documents)["query ExportRegister($kind: ImportKind!) {\n  exportRegister(kind: $kind)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PreviewImport($input: ImportFileInput!) {\n  previewImport(input: $input) {\n    rowCount\n    create\n    update\n    unchanged\n    problemCount\n    problems {\n      row\n      column\n      value\n      message\n    }\n    changes {\n      row\n      matchedName\n      matchedBy\n      fields {\n        field\n        from\n        to\n      }\n    }\n  }\n}\n\nmutation CommitImport($input: ImportFileInput!) {\n  commitImport(input: $input) {\n    created\n    updated\n    unchanged\n  }\n}\n\nquery ImportTemplates {\n  places: importTemplate(kind: places)\n  organisations: importTemplate(kind: organisations)\n  forums: importTemplate(kind: forums)\n  people: importTemplate(kind: people)\n}"): (typeof documents)["mutation PreviewImport($input: ImportFileInput!) {\n  previewImport(input: $input) {\n    rowCount\n    create\n    update\n    unchanged\n    problemCount\n    problems {\n      row\n      column\n      value\n      message\n    }\n    changes {\n      row\n      matchedName\n      matchedBy\n      fields {\n        field\n        from\n        to\n      }\n    }\n  }\n}\n\nmutation CommitImport($input: ImportFileInput!) {\n  commitImport(input: $input) {\n    created\n    updated\n    unchanged\n  }\n}\n\nquery ImportTemplates {\n  places: importTemplate(kind: places)\n  organisations: importTemplate(kind: organisations)\n  forums: importTemplate(kind: forums)\n  people: importTemplate(kind: people)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArchiveOrganisation($id: ID!) {\n  archiveOrganisation(id: $id) {\n    ...OrganisationFields\n  }\n}\n\nmutation RestoreOrganisation($id: ID!) {\n  restoreOrganisation(id: $id) {\n    ...OrganisationFields\n  }\n}"): (typeof documents)["mutation ArchiveOrganisation($id: ID!) {\n  archiveOrganisation(id: $id) {\n    ...OrganisationFields\n  }\n}\n\nmutation RestoreOrganisation($id: ID!) {\n  restoreOrganisation(id: $id) {\n    ...OrganisationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrganisationFields on Organisation {\n  id\n  name\n  odsCode\n  kind\n  sector\n  weight\n  externalId\n  archived\n  places {\n    id\n    name\n  }\n  createdAt\n  updatedAt\n}"): (typeof documents)["fragment OrganisationFields on Organisation {\n  id\n  name\n  odsCode\n  kind\n  sector\n  weight\n  externalId\n  archived\n  places {\n    id\n    name\n  }\n  createdAt\n  updatedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Organisation($id: ID!) {\n  organisation(id: $id) {\n    ...OrganisationFields\n  }\n}"): (typeof documents)["query Organisation($id: ID!) {\n  organisation(id: $id) {\n    ...OrganisationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Organisations($filter: OrganisationFilter, $first: Int!, $after: String) {\n  organisations(filter: $filter, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        odsCode\n        kind\n        sector\n        archived\n        places {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query Organisations($filter: OrganisationFilter, $first: Int!, $after: String) {\n  organisations(filter: $filter, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        odsCode\n        kind\n        sector\n        archived\n        places {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerRelationshipSummary($organisationId: ID!, $month: String) {\n  partnerRelationshipSummary(organisationId: $organisationId, month: $month) {\n    organisationId\n    month\n    ratedMonths\n    minimumGroupSize\n    given {\n      suppressed\n      suppressionReason\n      respondents\n      partnersRated\n      ratings\n    }\n    received {\n      suppressed\n      suppressionReason\n      respondents\n      ratingOrganisations\n      ratings\n      meanTrust\n      meanValue\n    }\n  }\n}"): (typeof documents)["query PartnerRelationshipSummary($organisationId: ID!, $month: String) {\n  partnerRelationshipSummary(organisationId: $organisationId, month: $month) {\n    organisationId\n    month\n    ratedMonths\n    minimumGroupSize\n    given {\n      suppressed\n      suppressionReason\n      respondents\n      partnersRated\n      ratings\n    }\n    received {\n      suppressed\n      suppressionReason\n      respondents\n      ratingOrganisations\n      ratings\n      meanTrust\n      meanValue\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerSeats($id: ID!) {\n  organisation(id: $id) {\n    id\n    seats {\n      id\n      voting\n      chair\n      from\n      to\n      forum {\n        id\n        name\n        kind\n      }\n    }\n  }\n}"): (typeof documents)["query PartnerSeats($id: ID!) {\n  organisation(id: $id) {\n    id\n    seats {\n      id\n      voting\n      chair\n      from\n      to\n      forum {\n        id\n        name\n        kind\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOrganisation($input: OrganisationInput!) {\n  createOrganisation(input: $input) {\n    ...OrganisationFields\n  }\n}\n\nmutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n  updateOrganisation(id: $id, input: $input) {\n    ...OrganisationFields\n  }\n}"): (typeof documents)["mutation CreateOrganisation($input: OrganisationInput!) {\n  createOrganisation(input: $input) {\n    ...OrganisationFields\n  }\n}\n\nmutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n  updateOrganisation(id: $id, input: $input) {\n    ...OrganisationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArchivePerson($id: ID!) {\n  archivePerson(id: $id) {\n    ...PersonFields\n  }\n}\n\nmutation RestorePerson($id: ID!) {\n  restorePerson(id: $id) {\n    ...PersonFields\n  }\n}"): (typeof documents)["mutation ArchivePerson($id: ID!) {\n  archivePerson(id: $id) {\n    ...PersonFields\n  }\n}\n\nmutation RestorePerson($id: ID!) {\n  restorePerson(id: $id) {\n    ...PersonFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query People($filter: PeopleFilter, $first: Int!, $after: String) {\n  people(filter: $filter, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        email\n        roleGroup\n        archived\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query People($filter: PeopleFilter, $first: Int!, $after: String) {\n  people(filter: $filter, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        email\n        roleGroup\n        archived\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PersonFields on Person {\n  id\n  name\n  email\n  roleGroup\n  externalId\n  archived\n  organisation {\n    id\n    name\n  }\n  createdAt\n  updatedAt\n}"): (typeof documents)["fragment PersonFields on Person {\n  id\n  name\n  email\n  roleGroup\n  externalId\n  archived\n  organisation {\n    id\n    name\n  }\n  createdAt\n  updatedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Person($id: ID!) {\n  person(id: $id) {\n    ...PersonFields\n  }\n}"): (typeof documents)["query Person($id: ID!) {\n  person(id: $id) {\n    ...PersonFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePerson($input: PersonInput!) {\n  createPerson(input: $input) {\n    ...PersonFields\n  }\n}\n\nmutation UpdatePerson($id: ID!, $input: PersonInput!) {\n  updatePerson(id: $id, input: $input) {\n    ...PersonFields\n  }\n}"): (typeof documents)["mutation CreatePerson($input: PersonInput!) {\n  createPerson(input: $input) {\n    ...PersonFields\n  }\n}\n\nmutation UpdatePerson($id: ID!, $input: PersonInput!) {\n  updatePerson(id: $id, input: $input) {\n    ...PersonFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArchivePlace($id: ID!) {\n  archivePlace(id: $id) {\n    ...PlaceFields\n  }\n}\n\nmutation RestorePlace($id: ID!) {\n  restorePlace(id: $id) {\n    ...PlaceFields\n  }\n}"): (typeof documents)["mutation ArchivePlace($id: ID!) {\n  archivePlace(id: $id) {\n    ...PlaceFields\n  }\n}\n\nmutation RestorePlace($id: ID!) {\n  restorePlace(id: $id) {\n    ...PlaceFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PlaceFields on Place {\n  id\n  name\n  localAuthority\n  onsCode\n  externalId\n  archived\n}"): (typeof documents)["fragment PlaceFields on Place {\n  id\n  name\n  localAuthority\n  onsCode\n  externalId\n  archived\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Place($id: ID!) {\n  place(id: $id) {\n    ...PlaceFields\n  }\n}"): (typeof documents)["query Place($id: ID!) {\n  place(id: $id) {\n    ...PlaceFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlacesRegister($includeArchived: Boolean!) {\n  places(includeArchived: $includeArchived) {\n    ...PlaceFields\n  }\n}"): (typeof documents)["query PlacesRegister($includeArchived: Boolean!) {\n  places(includeArchived: $includeArchived) {\n    ...PlaceFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePlace($input: PlaceInput!) {\n  createPlace(input: $input) {\n    ...PlaceFields\n  }\n}\n\nmutation UpdatePlace($id: ID!, $input: PlaceInput!) {\n  updatePlace(id: $id, input: $input) {\n    ...PlaceFields\n  }\n}"): (typeof documents)["mutation CreatePlace($input: PlaceInput!) {\n  createPlace(input: $input) {\n    ...PlaceFields\n  }\n}\n\nmutation UpdatePlace($id: ID!, $input: PlaceInput!) {\n  updatePlace(id: $id, input: $input) {\n    ...PlaceFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PracticeScores($filter: ScoreFilter, $months: Int!, $toMonth: String) {\n  minimumGroupSize\n  practiceScores(filter: $filter, months: $months, toMonth: $toMonth) {\n    practice\n    name\n    shortHelp\n    limitsNote\n    latestVariation\n    points {\n      month\n      suppressed\n      suppressionReason\n      n\n      mean\n      standardDeviation\n      confidenceLower\n      confidenceUpper\n      distribution\n      movingRange\n      processMean\n      lowerLimit\n      upperLimit\n      rules\n      variation\n    }\n  }\n}\n\nquery ScoreMonths {\n  surveyRounds {\n    id\n    month\n    status\n  }\n}"): (typeof documents)["query PracticeScores($filter: ScoreFilter, $months: Int!, $toMonth: String) {\n  minimumGroupSize\n  practiceScores(filter: $filter, months: $months, toMonth: $toMonth) {\n    practice\n    name\n    shortHelp\n    limitsNote\n    latestVariation\n    points {\n      month\n      suppressed\n      suppressionReason\n      n\n      mean\n      standardDeviation\n      confidenceLower\n      confidenceUpper\n      distribution\n      movingRange\n      processMean\n      lowerLimit\n      upperLimit\n      rules\n      variation\n    }\n  }\n}\n\nquery ScoreMonths {\n  surveyRounds {\n    id\n    month\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityEvents($first: Int!, $after: String) {\n  securityEvents(first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        at\n        kind\n        address\n        user {\n          id\n          displayName\n          email\n        }\n        detail {\n          name\n          value\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query SecurityEvents($first: Int!, $after: String) {\n  securityEvents(first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        at\n        kind\n        address\n        user {\n          id\n          displayName\n          email\n        }\n        detail {\n          name\n          value\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SurveyInvitees($after: String) {\n  people(first: 60, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        roleGroup\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query SurveyInvitees($after: String) {\n  people(first: 60, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        roleGroup\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SurveyRoundFields on SurveyRound {\n  id\n  month\n  opensAt\n  closesAt\n  status\n  invitationCount\n  responseCount\n}\n\nfragment SurveyInvitationFields on SurveyInvitation {\n  id\n  submitted\n  person {\n    id\n    name\n    email\n    organisation {\n      id\n      name\n    }\n  }\n}\n\nquery SurveyRounds {\n  surveyRounds {\n    ...SurveyRoundFields\n  }\n}\n\nquery SurveyRound($id: ID!, $withInvitations: Boolean!) {\n  surveyRound(id: $id) {\n    ...SurveyRoundFields\n    invitations @include(if: $withInvitations) {\n      ...SurveyInvitationFields\n    }\n  }\n}\n\nmutation OpenSurveyRound($input: OpenSurveyRoundInput!) {\n  openSurveyRound(input: $input) {\n    round {\n      ...SurveyRoundFields\n    }\n    links {\n      url\n      invitation {\n        ...SurveyInvitationFields\n      }\n    }\n  }\n}\n\nmutation ReissueInvitation($id: ID!) {\n  reissueInvitation(id: $id) {\n    url\n    invitation {\n      ...SurveyInvitationFields\n    }\n  }\n}\n\nmutation CloseSurveyRound($id: ID!) {\n  closeSurveyRound(id: $id) {\n    ...SurveyRoundFields\n  }\n}"): (typeof documents)["fragment SurveyRoundFields on SurveyRound {\n  id\n  month\n  opensAt\n  closesAt\n  status\n  invitationCount\n  responseCount\n}\n\nfragment SurveyInvitationFields on SurveyInvitation {\n  id\n  submitted\n  person {\n    id\n    name\n    email\n    organisation {\n      id\n      name\n    }\n  }\n}\n\nquery SurveyRounds {\n  surveyRounds {\n    ...SurveyRoundFields\n  }\n}\n\nquery SurveyRound($id: ID!, $withInvitations: Boolean!) {\n  surveyRound(id: $id) {\n    ...SurveyRoundFields\n    invitations @include(if: $withInvitations) {\n      ...SurveyInvitationFields\n    }\n  }\n}\n\nmutation OpenSurveyRound($input: OpenSurveyRoundInput!) {\n  openSurveyRound(input: $input) {\n    round {\n      ...SurveyRoundFields\n    }\n    links {\n      url\n      invitation {\n        ...SurveyInvitationFields\n      }\n    }\n  }\n}\n\nmutation ReissueInvitation($id: ID!) {\n  reissueInvitation(id: $id) {\n    url\n    invitation {\n      ...SurveyInvitationFields\n    }\n  }\n}\n\nmutation CloseSurveyRound($id: ID!) {\n  closeSurveyRound(id: $id) {\n    ...SurveyRoundFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SurveyAnswersFields on SurveyAnswers {\n  practiceScores {\n    practice\n    score\n    comment\n  }\n  direction\n  alignment\n  commitment\n  relationships {\n    organisationId\n    trust\n    value\n    contactFrequency\n    type\n    note\n  }\n}\n\nquery SurveyByToken($token: String!) {\n  surveyByToken(token: $token) {\n    roundMonth\n    closesAt\n    organisationName\n    partners {\n      id\n      name\n      kind\n      sector\n    }\n    answers {\n      ...SurveyAnswersFields\n    }\n    savedAt\n  }\n}\n\nmutation SaveSurveyAnswers($token: String!, $answers: SurveyAnswersInput!) {\n  saveSurveyAnswers(token: $token, answers: $answers)\n}\n\nmutation SubmitSurvey($token: String!, $answers: SurveyAnswersInput!) {\n  submitSurvey(token: $token, answers: $answers)\n}"): (typeof documents)["fragment SurveyAnswersFields on SurveyAnswers {\n  practiceScores {\n    practice\n    score\n    comment\n  }\n  direction\n  alignment\n  commitment\n  relationships {\n    organisationId\n    trust\n    value\n    contactFrequency\n    type\n    note\n  }\n}\n\nquery SurveyByToken($token: String!) {\n  surveyByToken(token: $token) {\n    roundMonth\n    closesAt\n    organisationName\n    partners {\n      id\n      name\n      kind\n      sector\n    }\n    answers {\n      ...SurveyAnswersFields\n    }\n    savedAt\n  }\n}\n\nmutation SaveSurveyAnswers($token: String!, $answers: SurveyAnswersInput!) {\n  saveSurveyAnswers(token: $token, answers: $answers)\n}\n\nmutation SubmitSurvey($token: String!, $answers: SurveyAnswersInput!) {\n  submitSurvey(token: $token, answers: $answers)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganisationOptions($includeArchived: Boolean!) {\n  organisations(filter: {includeArchived: $includeArchived}, first: 200) {\n    totalCount\n    edges {\n      node {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query OrganisationOptions($includeArchived: Boolean!) {\n  organisations(filter: {includeArchived: $includeArchived}, first: 200) {\n    totalCount\n    edges {\n      node {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaceNames {\n  places(includeArchived: true) {\n    id\n    name\n  }\n}"): (typeof documents)["query PlaceNames {\n  places(includeArchived: true) {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Places {\n  places {\n    id\n    name\n  }\n}"): (typeof documents)["query Places {\n  places {\n    id\n    name\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;