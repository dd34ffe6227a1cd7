import { useMutation, useQuery } from '@apollo/client/react';
import { CLAIM_EVIDENCE_NOTE_MAX_LENGTH } from '@stewardship/domain';
import { useState } from 'react';
import { LinkClaimEvidenceDocument, ProposedEvidenceDocument, type ProposedEvidenceQuery } from '../../../generated/graphql';
import { LoadingMessage, ServiceProblem } from '../../../shared/components/StatusMessages';
import { Textarea } from '../../../shared/components/Textarea';
import { fieldErrorsFrom } from '../../../shared/utils/graphql-errors';
import { EVIDENCE_KIND_LABELS } from '../utils/claim-display';
import { EvidenceReading } from './EvidenceReading';

type Proposal = ProposedEvidenceQuery['proposedEvidence'][number];

/** The figures and decisions the app proposes for the claim, each with what it would say, and a "Link" button. */
export function ProposedEvidence({ claimId, mayLink }: { claimId: string; mayLink: boolean }) {
  const { data, loading, error, refetch } = useQuery(ProposedEvidenceDocument, { variables: { claimId } });
  const proposals = data?.proposedEvidence;
  return (
    <section aria-labelledby="proposed-evidence-heading">
      <h2 id="proposed-evidence-heading">Proposed evidence</h2>
      <p className="nhsuk-body">
        The figures that bear on the claim’s practices, place and period, and the decisions of its period, not linked yet,
        each with what it would say. {mayLink ? 'Link the ones that bear on the claim; a note saying why is optional.' : ''}
      </p>
      {loading && !data ? <LoadingMessage>Loading the proposed evidence…</LoadingMessage> : null}
      {error && !loading ? <ServiceProblem onRetry={() => void refetch()}>The proposed evidence could not be loaded.</ServiceProblem> : null}
      {proposals && proposals.length === 0 ? <p className="nhsuk-body">Nothing more to propose: every figure that bears on the claim is linked.</p> : null}
      {proposals && proposals.length > 0 ? (
        <div className="app-chart-grid">
          {proposals.map((proposal, index) => (
            <ProposalCard key={proposalKey(proposal)} proposal={proposal} index={index} claimId={claimId} mayLink={mayLink} />
          ))}
        </div>
      ) : null}
    </section>
  );
}

const proposalKey = (p: Proposal) => [p.kind, p.decisionId, p.powerFigure, p.practice, p.networkMeasure, p.organisationId, p.placeId].join('|');

function ProposalCard({ proposal, index, claimId, mayLink }: { proposal: Proposal; index: number; claimId: string; mayLink: boolean }) {
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [link, { loading }] = useMutation(LinkClaimEvidenceDocument, { refetchQueries: [ProposedEvidenceDocument] });
  const id = `proposed-${index}`;

  async function linkIt() {
    setProblem(null);
    try {
      await link({
        variables: {
          input: {
            claimId,
            kind: proposal.kind,
            decisionId: proposal.decisionId,
            powerFigure: proposal.powerFigure,
            practice: proposal.practice,
            networkMeasure: proposal.networkMeasure,
            organisationId: proposal.organisationId,
            placeId: proposal.placeId,
            note: note.trim() || null,
          },
        },
      });
    } catch (error) {
      setProblem(fieldErrorsFrom(error)[0]?.message ?? 'Sorry, the evidence could not be linked because of a problem with the service. Try again.');
    }
  }

  return (
    <section className="app-chart-card" aria-labelledby={`${id}-heading`}>
      <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1" id={`${id}-heading`}>
        {proposal.title}
      </h3>
      <p className="nhsuk-body-s app-secondary-text nhsuk-u-margin-bottom-2">
        {EVIDENCE_KIND_LABELS[proposal.kind]}. {proposal.why}
      </p>
      <EvidenceReading id={id} title={proposal.title} reading={proposal.reading} />
      {mayLink ? (
        <>
          <Textarea
            id={`${id}-note`}
            label="Note (optional)"
            hint={`Why it bears on the claim. Up to ${CLAIM_EVIDENCE_NOTE_MAX_LENGTH.toLocaleString('en-GB')} characters`}
            rows={2}
            value={note}
            error={problem ?? undefined}
            onChange={setNote}
          />
          <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" disabled={loading} onClick={() => void linkIt()}>
            Link<span className="nhsuk-u-visually-hidden"> {proposal.title}</span>
          </button>
        </>
      ) : null}
    </section>
  );
}
