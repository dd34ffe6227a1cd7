import { useMutation, useQuery } from '@apollo/client/react';
import { canEditRegister } from '@stewardship/domain';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import {
  OpenSurveyRoundDocument,
  SurveyRoundsDocument,
  type OpenSurveyRoundMutation,
} from '../../../generated/graphql';
import { formatMonth } from '@stewardship/web-charts';
import { DateInput } from '../../../shared/components/DateInput';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { FormLayout } from '../../../shared/components/FormLayout';
import { NoPermission } from '../../../shared/components/NoPermission';
import { PageLoading, PageProblem } from '../../../shared/components/StatusMessages';
import { SuccessBanner } from '../../../shared/components/SuccessBanner';
import { TextInput } from '../../../shared/components/TextInput';
import { useFormErrors } from '../../../shared/hooks/useFormErrors';
import { downloadTextFile } from '../../../shared/utils/download';
import { formatDate, todayInUk } from '../../../shared/utils/format-dates';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { forgetSurveyRounds } from '../utils/survey-cache';
import { invitationLinksCsv, linksFileName, type InvitationLinkRow } from '../utils/links-csv';
import { defaultRoundValues, readRoundForm, ROUND_FIELD_TARGETS, ROUND_FIELDS, type RoundFormValues } from '../utils/round-form';
import { InvitationLinksTable } from './InvitationLinksTable';
import { PeoplePicker } from './PeoplePicker';

/** /survey-rounds/new: an administrator opens a round, then copies or downloads each person's link. */
export function OpenSurveyRoundPage() {
  const viewer = useSignedInViewer();
  const rounds = useQuery(SurveyRoundsDocument, { skip: !canEditRegister(viewer.role) });
  const [opened, setOpened] = useState<OpenSurveyRoundMutation['openSurveyRound'] | null>(null);

  if (!canEditRegister(viewer.role)) return <NoPermission action="open survey rounds" listPath="/survey-rounds" listName="survey rounds" />;
  if (opened) return <RoundOpened opened={opened} />;
  if (rounds.loading && !rounds.data) return <PageLoading title="Open a survey round">Loading…</PageLoading>;
  if (!rounds.data) {
    return (
      <PageProblem title="Open a survey round" onRetry={() => void rounds.refetch()}>
        The survey rounds could not be loaded. Try again.
      </PageProblem>
    );
  }
  return <OpenRoundForm initial={defaultRoundValues(rounds.data.surveyRounds, todayInUk())} onOpened={setOpened} />;
}

function OpenRoundForm({ initial, onOpened }: { initial: RoundFormValues; onOpened: (opened: OpenSurveyRoundMutation['openSurveyRound']) => void }) {
  const [values, setValues] = useState(initial);
  const errors = useFormErrors({ fields: ROUND_FIELDS, targets: ROUND_FIELD_TARGETS, thing: 'the survey round' });
  const [openRound, { loading: submitting }] = useMutation(OpenSurveyRoundDocument);

  async function submit() {
    const reading = readRoundForm(values);
    const checked = reading.kind === 'invalid' ? { problems: reading.errors, input: null } : { problems: [], input: reading.input };
    await errors.submitChecked(checked, async (input) => {
      const { data } = await openRound({ variables: { input }, update: (cache) => forgetSurveyRounds(cache) });
      if (data) onOpened(data.openSurveyRound);
    });
  }

  return (
    <FormLayout
      heading="Open a survey round"
      backTo="/survey-rounds"
      errors={errors.summary}
      focusKey={errors.attempt}
      submitText="Open survey round"
      submitting={submitting}
      onSubmit={submit}
      intro={
        <p className="nhsuk-body">
          Everyone invited gets their own link to the pulse survey. Links are shown once, when the round opens: copy them
          or download them as a spreadsheet to send out.
        </p>
      }
    >
      <TextInput
        id="month"
        label="Month surveyed"
        labelClassName="nhsuk-label--s"
        hint="As yyyy-mm, for example 2026-11"
        inputClassName="nhsuk-input--width-10"
        autoComplete="off"
        spellCheck={false}
        value={values.month}
        error={errors.inline['month']}
        onChange={(month) => setValues({ ...values, month })}
      />
      <DateInput
        id="opensAt"
        legend="Opens"
        hint="The first day people can answer, for example 23 11 2026"
        value={values.opens}
        error={errors.inline['opensAt']}
        onChange={(opens) => setValues({ ...values, opens })}
      />
      <DateInput
        id="closesAt"
        legend="Closes"
        hint="The last day people can answer. The survey closes at the end of this day, UK time."
        value={values.closes}
        error={errors.inline['closesAt']}
        onChange={(closes) => setValues({ ...values, closes })}
      />
      <PeoplePicker
        selected={values.personIds}
        error={errors.inline['personIds']}
        onChange={(change) => setValues((current) => ({ ...current, personIds: change(current.personIds) }))}
      />
    </FormLayout>
  );
}

function RoundOpened({ opened }: { opened: OpenSurveyRoundMutation['openSurveyRound'] }) {
  const { round } = opened;
  const month = formatMonth(round.month);
  const heading = useRef<HTMLHeadingElement>(null);
  const rows: InvitationLinkRow[] = opened.links.map((link) => ({
    name: link.invitation.person.name,
    email: link.invitation.person.email,
    organisation: link.invitation.person.organisation.name,
    url: link.url,
  }));

  useEffect(() => {
    window.scrollTo(0, 0);
    heading.current?.focus();
  }, []);

  return (
    <>
      <DocumentTitle title={`Survey links for ${month}`} />
      <SuccessBanner heading="Survey round opened">
        <p className="nhsuk-body">
          {month}: {rows.length === 1 ? '1 person' : `${rows.length} people`} invited. The survey opens at the start of{' '}
          {formatDate(round.opensAt)} and closes at the end of {formatDate(round.closesAt)}.
        </p>
      </SuccessBanner>
      <h1 ref={heading} tabIndex={-1}>
        Survey links for {month}
      </h1>
      <div className="nhsuk-warning-callout">
        <h2 className="nhsuk-warning-callout__label">
          <span className="nhsuk-u-visually-hidden">Important: </span>Copy or download the links now
        </h2>
        <p className="nhsuk-body">
          Each link is shown only now: Stewardship keeps no copy it could show again. Send each person their own link. If
          someone loses theirs, reissue it from the round&rsquo;s page, which stops the old link working.
        </p>
      </div>
      <button type="button" className="nhsuk-button" onClick={() => downloadTextFile(linksFileName(round.month), invitationLinksCsv(rows))}>
        Download links as CSV
      </button>
      <InvitationLinksTable links={rows} />
      <p className="nhsuk-body">
        <Link to={`/survey-rounds/${round.id}`}>Go to the {month} round</Link>
      </p>
    </>
  );
}
