import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { AttachClaimDocumentDocument, ClaimDocument as ClaimQueryDocument, type ClaimDocumentFieldsFragment } from '../../../generated/graphql';
import { ErrorMessage, Hint } from '../../../shared/components/FieldMessages';
import { formatDateTime } from '../../../shared/utils/format-dates';
import { fieldErrorsFrom, firstErrorMessage } from '../../../shared/utils/graphql-errors';
import { DOCUMENT_ACCEPT, DOCUMENT_MAX_MB, documentFileProblem, fileToBase64 } from '../utils/claim-document';
import { fileSizeText } from '../utils/claim-display';

/** The board papers and other documents attached to the claim, each a download; and, for those who may, an upload. */
export function ClaimDocuments({ claimId, documents, mayAttach }: { claimId: string; documents: readonly ClaimDocumentFieldsFragment[]; mayAttach: boolean }) {
  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading">Documents</h2>
      {documents.length === 0 ? (
        <p className="nhsuk-body">No documents are attached to this claim.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--border" aria-label="Attached documents">
          {documents.map((document) => (
            <li key={document.id}>
              <a href={document.downloadPath} download={document.fileName}>
                {document.fileName}
              </a>{' '}
              <span className="nhsuk-body-s app-secondary-text">
                ({fileSizeText(document.sizeBytes)}, attached {formatDateTime(document.uploadedAt)}
                {document.uploadedByName ? ` by ${document.uploadedByName}` : ''})
              </span>
            </li>
          ))}
        </ul>
      )}
      {mayAttach ? <AttachDocumentForm claimId={claimId} /> : null}
    </section>
  );
}

function AttachDocumentForm({ claimId }: { claimId: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [attached, setAttached] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [attach, { loading }] = useMutation(AttachClaimDocumentDocument, { refetchQueries: [ClaimQueryDocument] });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttached(null);
    const file = input.current?.files?.[0];
    const found = documentFileProblem(file);
    if (found || !file) {
      setProblem(found);
      input.current?.focus();
      return;
    }
    setProblem(null);
    setReading(true);
    try {
      const contentBase64 = await fileToBase64(file);
      await attach({ variables: { input: { claimId, fileName: file.name, contentBase64 } } });
      setAttached(file.name);
      if (input.current) input.current.value = '';
    } catch (error) {
      setProblem(fieldErrorsFrom(error)[0]?.message ?? firstErrorMessage(error) ?? 'Sorry, the document could not be attached because of a problem with the service. Try again.');
      input.current?.focus();
    } finally {
      setReading(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {attached ? (
        <p className="nhsuk-body" role="status">
          <strong>{attached}</strong> is attached.
        </p>
      ) : null}
      <div className={`nhsuk-form-group${problem ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label nhsuk-label--s" htmlFor="claim-document">
          Attach a document
        </label>
        <Hint id="claim-document" text={`A PDF, Word (.docx), Excel (.xlsx) or PowerPoint (.pptx) file up to ${DOCUMENT_MAX_MB} MB, such as the board paper the claim came from.`} />
        <ErrorMessage id="claim-document" text={problem ?? undefined} />
        <input
          ref={input}
          className={`nhsuk-file-upload${problem ? ' nhsuk-input--error' : ''}`}
          id="claim-document"
          name="claim-document"
          type="file"
          accept={DOCUMENT_ACCEPT}
          aria-describedby={problem ? 'claim-document-hint claim-document-error' : 'claim-document-hint'}
          onChange={() => setProblem(null)}
        />
      </div>
      <button type="submit" className="nhsuk-button nhsuk-button--secondary" disabled={loading || reading}>
        {loading || reading ? 'Attaching…' : 'Attach document'}
      </button>
    </form>
  );
}
