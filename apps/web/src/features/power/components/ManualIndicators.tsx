import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ManualIndicatorsDocument, RecordManualIndicatorDocument } from '../../../generated/graphql';
import { ErrorSummary } from '../../../shared/components/ErrorSummary';
import { LoadingMessage, ServiceProblem } from '../../../shared/components/StatusMessages';
import { TextInput } from '../../../shared/components/TextInput';
import { useFormErrors } from '../../../shared/hooks/useFormErrors';
import { checkManualIndicator, EMPTY_MANUAL_INDICATOR, MANUAL_INDICATOR_FIELDS, type ManualIndicatorDraft } from '../utils/manual-indicator-form';

interface ManualIndicatorsProps {
  /** The place the page shows; empty for the whole system. */
  placeId: string | undefined;
  placeName: string | null;
  mayAdd: boolean;
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const day = (iso: string) => DATE_FORMAT.format(new Date(`${iso}T12:00:00Z`));

/** Measures entered by hand, each with its evidence and who entered it when; and the form to add one. */
export function ManualIndicators({ placeId, placeName, mayAdd }: ManualIndicatorsProps) {
  const { data, loading, error, refetch } = useQuery(ManualIndicatorsDocument, { variables: { placeId: placeId ?? null } });
  const [record, { loading: saving }] = useMutation(RecordManualIndicatorDocument);
  const [draft, setDraft] = useState<ManualIndicatorDraft>(EMPTY_MANUAL_INDICATOR);
  const [saved, setSaved] = useState<string | null>(null);
  const errors = useFormErrors({ fields: MANUAL_INDICATOR_FIELDS, thing: 'the indicator' });
  const set = (field: keyof ManualIndicatorDraft) => (value: string) => setDraft({ ...draft, [field]: value });
  const indicators = data?.manualIndicators ?? [];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    await errors.submitChecked(checkManualIndicator(draft), async (input) => {
      await record({ variables: { input: { ...input, placeId: placeId ?? null } } });
      errors.clear();
      setSaved(draft.name.trim());
      setDraft(EMPTY_MANUAL_INDICATOR);
      await refetch();
    });
  }

  return (
    <>
      <p className="nhsuk-body">
        Measures of power sharing that the decision log cannot give, entered by hand with the evidence behind them: a share of the budget decided
        jointly, say, from a finance report.
      </p>
      {loading ? <LoadingMessage>Loading manual indicators…</LoadingMessage> : null}
      {error && !loading ? <ServiceProblem onRetry={() => void refetch()}>The manual indicators could not be loaded. Try again.</ServiceProblem> : null}
      {data && !indicators.length ? <p className="nhsuk-body">No manual indicators have been entered{placeName ? ` for ${placeName}` : ''} yet.</p> : null}
      {indicators.length ? (
        <div className="app-scroll-table" role="region" aria-label="Manual indicators" tabIndex={0}>
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Manual indicators</caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                {['Indicator', 'Value', 'Period', 'Evidence', 'Entered by'].map((column) => (
                  <th className="nhsuk-table__header" scope="col" key={column}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {indicators.map((indicator) => (
                <tr className="nhsuk-table__row" key={indicator.id}>
                  <th className="nhsuk-table__header" scope="row">
                    {indicator.name}
                    {indicator.placeId ? null : <span className="nhsuk-body-s app-secondary-text"> (whole system)</span>}
                  </th>
                  <td className="nhsuk-table__cell">{indicator.value.toLocaleString('en-GB')}</td>
                  <td className="nhsuk-table__cell">
                    {day(indicator.from)} to {day(indicator.to)}
                  </td>
                  <td className="nhsuk-table__cell">
                    <a href={indicator.evidenceUrl} rel="noreferrer noopener">
                      {indicator.evidenceTitle}
                    </a>
                  </td>
                  <td className="nhsuk-table__cell">
                    {indicator.enteredByName}, {DATE_FORMAT.format(new Date(indicator.enteredAt))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {mayAdd ? (
        <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="add-indicator-heading">
          <h3 id="add-indicator-heading">Add an indicator{placeName ? ` for ${placeName}` : ' for the whole system'}</h3>
          <ErrorSummary errors={errors.summary} focusKey={errors.attempt} titleId="indicator-error-summary-title" />
          {saved ? (
            <p className="nhsuk-body" role="status">
              {saved} was added.
            </p>
          ) : null}
          <TextInput id="name" label="Indicator" value={draft.name} onChange={set('name')} error={errors.inline['name']} hint="What is measured, for example: Share of the budget decided jointly" />
          <TextInput id="value" label="Value" value={draft.value} onChange={set('value')} error={errors.inline['value']} inputMode="decimal" inputClassName="nhsuk-input--width-10" />
          <TextInput id="from" label="First day of the period (yyyy-mm-dd)" type="date" value={draft.from} onChange={set('from')} error={errors.inline['from']} inputClassName="nhsuk-input--width-10" />
          <TextInput id="to" label="Last day of the period (yyyy-mm-dd)" type="date" value={draft.to} onChange={set('to')} error={errors.inline['to']} inputClassName="nhsuk-input--width-10" />
          <TextInput id="evidenceUrl" label="Link to the evidence" type="url" value={draft.evidenceUrl} onChange={set('evidenceUrl')} error={errors.inline['evidenceUrl']} hint="A full web address, starting with https://" />
          <TextInput id="evidenceTitle" label="Title of the evidence" value={draft.evidenceTitle} onChange={set('evidenceTitle')} error={errors.inline['evidenceTitle']} />
          <button type="submit" className="nhsuk-button" disabled={saving}>
            Add the indicator
          </button>
        </form>
      ) : null}
    </>
  );
}
