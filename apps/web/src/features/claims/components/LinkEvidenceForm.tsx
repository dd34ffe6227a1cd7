import { useMutation, useQuery } from '@apollo/client/react';
import { CLAIM_EVIDENCE_NOTE_MAX_LENGTH, PRACTICES } from '@stewardship/domain';
import { NETWORK_MEASURE_DEFINITIONS, NETWORK_MEASURES } from '@stewardship/evidence';
import { POWER_DEFINITIONS, POWER_FIGURES } from '@stewardship/power';
import { useState, type FormEvent } from 'react';
import {
  LinkClaimEvidenceDocument,
  ProposedEvidenceDocument,
  ReopenableDecisionsDocument,
  type ClaimEvidenceInput,
  type ClaimEvidenceKind,
  type NetworkMeasure,
  type PowerFigure,
  type Practice,
} from '../../../generated/graphql';
import { ErrorSummary } from '../../../shared/components/ErrorSummary';
import { Radios, type RadioOption } from '../../../shared/components/Radios';
import { SelectInput, type SelectOption } from '../../../shared/components/SelectInput';
import { Textarea } from '../../../shared/components/Textarea';
import { TextInput } from '../../../shared/components/TextInput';
import { useFormErrors } from '../../../shared/hooks/useFormErrors';
import { OrganisationPicker } from '../../../shared/pickers/components/OrganisationPicker';
import { usePlaceOptions } from '../../../shared/pickers/hooks/usePlaceOptions';
import { formatDay } from '../../../shared/utils/format-dates';
import { EVIDENCE_KIND_LABELS } from '../utils/claim-display';

const KINDS: ClaimEvidenceKind[] = ['DECISION', 'POWER_INDICATOR', 'PRACTICE_SCORE', 'NETWORK_MEASURE', 'DOCUMENT'];
const KIND_HINTS: Record<ClaimEvidenceKind, string> = {
  DECISION: 'A decision in the log: cited, not weighed (the power-sharing figures carry the log into the verdict)',
  POWER_INDICATOR: 'A power-sharing figure month by month, for a place or the whole system: weighed',
  PRACTICE_SCORE: 'A practice’s score month by month, for a place or the whole system: weighed',
  NETWORK_MEASURE: 'A partner’s, a place’s or the whole system’s network measure month by month: weighed',
  DOCUMENT: 'A document elsewhere, by its title and web address: cited, not weighed',
};
const KIND_OPTIONS: RadioOption<ClaimEvidenceKind>[] = KINDS.map((kind) => ({ value: kind, label: EVIDENCE_KIND_LABELS[kind], hint: KIND_HINTS[kind] }));
const POWER_OPTIONS: SelectOption[] = POWER_FIGURES.map((figure) => ({ value: figure, label: POWER_DEFINITIONS[figure].name }));
const PRACTICE_OPTIONS: SelectOption[] = PRACTICES.map((practice) => ({ value: practice.key, label: practice.name }));
const MEASURE_OPTIONS: SelectOption[] = NETWORK_MEASURES.map((measure) => ({
  value: measure,
  label: `${NETWORK_MEASURE_DEFINITIONS[measure].label} (${NETWORK_MEASURE_DEFINITIONS[measure].of === 'partner' ? 'a partner’s' : 'a network’s'})`,
}));
const FIELDS = ['kind', 'decisionId', 'powerFigure', 'practice', 'networkMeasure', 'organisationId', 'placeId', 'documentTitle', 'documentUrl', 'note'] as const;

interface Values {
  kind: ClaimEvidenceKind | '';
  decisionId: string;
  powerFigure: string;
  practice: string;
  networkMeasure: string;
  organisationId: string;
  placeId: string;
  documentTitle: string;
  documentUrl: string;
  note: string;
}
const EMPTY: Values = { kind: '', decisionId: '', powerFigure: '', practice: '', networkMeasure: '', organisationId: '', placeId: '', documentTitle: '', documentUrl: '', note: '' };

/** The input for the chosen kind: only the fields that kind uses are sent; the API says what is missing. */
export function evidenceInputFrom(claimId: string, values: Values): ClaimEvidenceInput | null {
  if (!values.kind) return null;
  const kind = values.kind;
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
  const partnerMeasure = kind === 'NETWORK_MEASURE' && values.networkMeasure !== '' && NETWORK_MEASURE_DEFINITIONS[values.networkMeasure as NetworkMeasure].of === 'partner';
  return {
    claimId,
    kind,
    decisionId: kind === 'DECISION' ? orNull(values.decisionId) : null,
    powerFigure: kind === 'POWER_INDICATOR' ? (orNull(values.powerFigure) as PowerFigure | null) : null,
    practice: kind === 'PRACTICE_SCORE' ? (orNull(values.practice) as Practice | null) : null,
    networkMeasure: kind === 'NETWORK_MEASURE' ? (orNull(values.networkMeasure) as NetworkMeasure | null) : null,
    organisationId: partnerMeasure ? orNull(values.organisationId) : null,
    placeId: ['POWER_INDICATOR', 'PRACTICE_SCORE'].includes(kind) || (kind === 'NETWORK_MEASURE' && !partnerMeasure) ? orNull(values.placeId) : null,
    documentTitle: kind === 'DOCUMENT' ? orNull(values.documentTitle) : null,
    documentUrl: kind === 'DOCUMENT' ? orNull(values.documentUrl) : null,
    note: orNull(values.note),
  };
}

/** "Link other evidence": any decision, figure or document of the system, by hand, with a note. */
export function LinkEvidenceForm({ claimId, period }: { claimId: string; period: { from: string; to: string } }) {
  const [values, setValues] = useState<Values>(EMPTY);
  const [linked, setLinked] = useState<string | null>(null);
  const { inline, summary, attempt, fail, failFromServer, clear } = useFormErrors({
    fields: FIELDS,
    targets: { kind: 'evidence-kind' },
    thing: 'the evidence',
  });
  const [link, { loading }] = useMutation(LinkClaimEvidenceDocument, { refetchQueries: [ProposedEvidenceDocument] });
  const places = usePlaceOptions();
  const set = (field: keyof Values) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const measure = values.networkMeasure ? NETWORK_MEASURE_DEFINITIONS[values.networkMeasure as NetworkMeasure] : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setLinked(null);
    const input = evidenceInputFrom(claimId, values);
    if (!input) {
      fail([{ field: 'kind', message: 'Select what kind of evidence it is' }]);
      return;
    }
    try {
      const { data } = await link({ variables: { input } });
      const added = data?.linkClaimEvidence.evidenceSummary.items.at(-1)?.evidence.title;
      setValues(EMPTY);
      clear();
      setLinked(added ?? 'The evidence');
    } catch (error) {
      failFromServer(error);
    }
  }

  const placeSelect = (hint: string) => (
    <SelectInput id="placeId" label="Place" hint={hint} emptyOptionLabel="The whole system" options={places.options} value={values.placeId} error={inline['placeId']} onChange={set('placeId')} />
  );

  return (
    <section aria-labelledby="link-evidence-heading">
      <h2 id="link-evidence-heading">Link other evidence</h2>
      {linked ? (
        <p className="nhsuk-body" role="status">
          <strong>{linked}</strong> is linked to the claim: it is now in the evidence summary.
        </p>
      ) : null}
      <ErrorSummary errors={summary} focusKey={attempt} titleId="link-evidence-errors" />
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="link-evidence-heading">
        <Radios id="evidence-kind" legend="What kind of evidence?" options={KIND_OPTIONS} value={values.kind || null} error={inline['kind']} onChange={(kind) => setValues({ ...EMPTY, kind, note: values.note })} />
        {values.kind === 'DECISION' ? <DecisionChoice period={period} value={values.decisionId} error={inline['decisionId']} onChange={set('decisionId')} /> : null}
        {values.kind === 'POWER_INDICATOR' ? (
          <>
            <SelectInput id="powerFigure" label="Figure" emptyOptionLabel="Choose a figure" options={POWER_OPTIONS} value={values.powerFigure} error={inline['powerFigure']} onChange={set('powerFigure')} />
            {placeSelect('Whose figure: a place’s, or the whole system’s')}
          </>
        ) : null}
        {values.kind === 'PRACTICE_SCORE' ? (
          <>
            <SelectInput id="practice" label="Practice" emptyOptionLabel="Choose a practice" options={PRACTICE_OPTIONS} value={values.practice} error={inline['practice']} onChange={set('practice')} />
            {placeSelect('Whose score: a place’s, or the whole system’s')}
          </>
        ) : null}
        {values.kind === 'NETWORK_MEASURE' ? (
          <>
            <SelectInput
              id="networkMeasure"
              label="Measure"
              hint={measure?.help}
              emptyOptionLabel="Choose a measure"
              options={MEASURE_OPTIONS}
              value={values.networkMeasure}
              error={inline['networkMeasure']}
              onChange={set('networkMeasure')}
            />
            {measure?.of === 'partner' ? (
              <OrganisationPicker id="organisationId" label="Partner" hint="The partner whose measure it is" value={values.organisationId} error={inline['organisationId']} onChange={set('organisationId')} />
            ) : measure ? (
              placeSelect('Whose network: a place’s, or the whole system’s')
            ) : null}
          </>
        ) : null}
        {values.kind === 'DOCUMENT' ? (
          <>
            <TextInput id="documentTitle" label="Title of the document" value={values.documentTitle} error={inline['documentTitle']} onChange={set('documentTitle')} />
            <TextInput id="documentUrl" label="Web address of the document" hint="Starting https:// or http://" type="url" value={values.documentUrl} error={inline['documentUrl']} onChange={set('documentUrl')} />
          </>
        ) : null}
        <Textarea
          id="note"
          label="Note (optional)"
          hint={`Why it bears on the claim. Up to ${CLAIM_EVIDENCE_NOTE_MAX_LENGTH.toLocaleString('en-GB')} characters`}
          rows={2}
          value={values.note}
          error={inline['note']}
          onChange={set('note')}
        />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary" disabled={loading}>
          Link evidence
        </button>
      </form>
    </section>
  );
}

/** A decision of the claim's period (or any, searched by words from its title or summary). */
function DecisionChoice({ period, value, error, onChange }: { period: { from: string; to: string }; value: string; error?: string; onChange: (id: string) => void }) {
  const [search, setSearch] = useState('');
  const filter = search.trim() ? { search: search.trim() } : { from: period.from, to: period.to };
  const { data, loading, error: loadError } = useQuery(ReopenableDecisionsDocument, { variables: { filter, first: 50 } });
  const options: SelectOption[] = (data?.decisions.edges ?? []).map(({ node }) => ({ value: node.id, label: `${node.current.title} (${formatDay(node.current.date)})` }));
  const hint = loadError
    ? 'The decisions could not be loaded. Try again.'
    : search.trim()
      ? `Decisions matching “${search.trim()}”, newest first`
      : `Decisions of the claim’s period (${formatDay(period.from)} to ${formatDay(period.to)}), newest first; search to find another`;
  return (
    <>
      <TextInput id="decision-search" label="Find a decision" hint="Words from its title or summary" type="search" autoComplete="off" inputClassName="nhsuk-input--width-20" value={search} onChange={setSearch} />
      <SelectInput id="decisionId" label="Decision" hint={loading && !data ? 'Loading decisions…' : hint} emptyOptionLabel="Choose a decision" options={options} value={value} error={error} onChange={onChange} />
    </>
  );
}
