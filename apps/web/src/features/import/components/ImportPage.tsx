import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  CommitImportDocument,
  PreviewImportDocument,
  type CommitImportMutation,
  type ImportFileInput,
  type ImportKind,
  type PreviewImportMutation,
} from '../../../generated/graphql';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';
import { ErrorSummary } from '../../../shared/components/ErrorSummary';
import { describedBy, ErrorMessage, Hint } from '../../../shared/components/FieldMessages';
import { NoPermission } from '../../../shared/components/NoPermission';
import { Radios } from '../../../shared/components/Radios';
import { SuccessBanner } from '../../../shared/components/SuccessBanner';
import { useFormErrors } from '../../../shared/hooks/useFormErrors';
import { classNames } from '../../../shared/utils/class-names';
import type { FieldError } from '../../../shared/utils/graphql-errors';
import { forgetRegisterLists } from '../../../shared/utils/register-cache';
import { useSignedInViewer } from '../../../app/hooks/useViewer';
import { fileProblem, spreadsheetFormat } from '../utils/file-checks';
import { importProblemsFrom } from '../utils/import-problems';
import {
  IMPORT_KIND_TEXT,
  importKindsFor,
  importOrderHint,
  importResultText,
  listedChangesNote,
  listedProblemsNote,
  previewSummaryText,
  problemsHeading,
  rowsText,
} from '../utils/import-wording';
import { readSpreadsheet, type ReadProgress } from '../utils/read-spreadsheet';
import { ImportChangesTable } from './ImportChangesTable';
import { ImportColumnsHelp } from './ImportColumnsHelp';
import { ImportProblemsTable } from './ImportProblemsTable';
import { ImportProgress } from './ImportProgress';
import { TemplateLinks } from './TemplateLinks';

type Preview = PreviewImportMutation['previewImport'];
type Checked = { upload: ImportFileInput; preview: Preview; changedSinceCheck: boolean };

type Stage =
  | { kind: 'choosing' }
  | { kind: 'reading'; progress: ReadProgress }
  | { kind: 'checking' }
  | ({ kind: 'checked' } & Checked)
  | ({ kind: 'importing' } & Checked)
  | { kind: 'imported'; importKind: ImportKind; result: CommitImportMutation['commitImport'] };

const FIELDS = ['kind', 'file'] as const;
const FILE_HINT = 'The first row must name the columns, as in the template. The file must be smaller than 10 MB.';
const UNREADABLE = 'The selected file could not be read. Check that it opens in a spreadsheet program, then choose it again';

/**
 * /import: check a spreadsheet against the register, see every problem, then import it all at once. Administrators
 * import the register and decisions, leaders and place leads decisions only (place leads their place's forums').
 */
export function ImportPage() {
  const viewer = useSignedInViewer();
  const kinds = importKindsFor(viewer.role);
  if (kinds.length === 0) return <NoPermission action="import into the register" listPath="/partners" listName="partners register" />;
  return <ImportSpreadsheet kinds={kinds} />;
}

function ImportSpreadsheet({ kinds }: { kinds: ImportKind[] }) {
  const kindOptions = kinds.map((kind) => ({ value: kind, label: IMPORT_KIND_TEXT[kind].label, hint: IMPORT_KIND_TEXT[kind].help }));
  const [importKind, setImportKind] = useState<ImportKind | ''>('');
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'choosing' });
  const { inline, summary, attempt, fail, failFromServer, clear } = useFormErrors({
    fields: FIELDS,
    thing: 'the file',
    serviceProblem: 'Sorry, there is a problem with the service. Nothing has been imported. Try again later.',
  });
  const [previewImport] = useMutation(PreviewImportDocument);
  const [commitImport] = useMutation(CommitImportDocument);
  const fileInput = useRef<HTMLInputElement>(null);
  // Each check gets a number, so progress from a check the user has since replaced is ignored.
  const run = useRef(0);
  const busy = stage.kind === 'reading' || stage.kind === 'checking' || stage.kind === 'importing';

  /** Back to choosing, dropping any results shown and ignoring any check still under way. */
  function startOver() {
    run.current += 1;
    setStage({ kind: 'choosing' });
  }

  async function check() {
    const problems: FieldError[] = [];
    if (!importKind) problems.push({ field: 'kind', message: 'Select what you want to import' });
    const chosenProblem = file ? fileProblem(file) : 'Select a CSV or XLSX file';
    if (chosenProblem) problems.push({ field: 'file', message: chosenProblem });
    const format = file ? spreadsheetFormat(file.name) : null;
    if (problems.length > 0 || !importKind || !file || !format) {
      startOver();
      fail(problems);
      return;
    }

    clear();
    const thisRun = (run.current += 1);
    const current = () => run.current === thisRun;
    setStage({ kind: 'reading', progress: { value: null, max: null, text: 'Starting to read the file' } });
    let contentBase64: string;
    try {
      contentBase64 = await readSpreadsheet(file, format, (progress) => {
        if (current()) setStage({ kind: 'reading', progress });
      });
    } catch {
      if (!current()) return;
      startOver();
      fail([{ field: 'file', message: UNREADABLE }]);
      return;
    }
    if (!current()) return;

    setStage({ kind: 'checking' });
    const upload: ImportFileInput = { kind: importKind, fileName: file.name, contentBase64 };
    try {
      const { data } = await previewImport({ variables: { input: upload } });
      if (!data) throw new Error('previewImport returned no data');
      if (current()) setStage({ kind: 'checked', upload, preview: data.previewImport, changedSinceCheck: false });
    } catch (error) {
      if (!current()) return;
      startOver();
      failFromServer(error);
    }
  }

  async function commit(checked: Checked) {
    clear();
    setStage({ kind: 'importing', ...checked });
    try {
      const { data } = await commitImport({
        variables: { input: checked.upload },
        update: (cache) => {
          if (checked.upload.kind === 'decisions') cache.evict({ id: 'ROOT_QUERY', fieldName: 'decisions' });
          forgetRegisterLists(cache);
        },
      });
      if (!data) throw new Error('commitImport returned no data');
      setStage({ kind: 'imported', importKind: checked.upload.kind, result: data.commitImport });
      setFile(null);
      if (fileInput.current) fileInput.current.value = '';
    } catch (error) {
      const refused = importProblemsFrom(error);
      if (refused) {
        setStage({ kind: 'checked', upload: checked.upload, preview: { ...checked.preview, ...refused }, changedSinceCheck: true });
      } else {
        setStage({ kind: 'checked', ...checked });
        failFromServer(error);
      }
    }
  }

  function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    setFile(event.target.files?.[0] ?? null);
    startOver();
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!busy) void check();
  }

  const shownProblems = stage.kind === 'checked' && stage.preview.problemCount > 0;
  const status =
    stage.kind === 'reading' ? 'Reading the file…' : stage.kind === 'checking' ? 'Checking the file…' : stage.kind === 'importing' ? 'Importing…' : '';

  return (
    <>
      <DocumentTitle title="Import from a spreadsheet" hasErrors={summary.length > 0 || shownProblems} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {stage.kind === 'imported' ? <ImportedBanner importKind={stage.importKind} result={stage.result} /> : null}
          <ErrorSummary errors={summary} focusKey={attempt} />
          <h1>Import from a spreadsheet</h1>
          <p className="nhsuk-body">
            {kinds.includes('places')
              ? 'Add and update places, partners, forums and people, and add decisions to the decision log, from a CSV or XLSX file.'
              : 'Add decisions to the decision log from a CSV or XLSX file.'}{' '}
            The file is checked against the register first and every problem is listed. Nothing is imported until every
            row is right, and then every row is imported at once.
          </p>
          <form onSubmit={handleSubmit} noValidate>
            <Radios
              id="kind"
              legend="What do you want to import?"
              legendSize="m"
              hint={importOrderHint(kinds)}
              options={kindOptions}
              value={importKind}
              error={inline['kind']}
              onChange={(kind) => {
                setImportKind(kind as ImportKind);
                startOver();
              }}
            />
            <TemplateLinks kinds={kinds} />
            {importKind ? <ImportColumnsHelp kind={importKind} /> : null}
            <div className={classNames('nhsuk-form-group', inline['file'] && 'nhsuk-form-group--error')}>
              <label className="nhsuk-label nhsuk-label--s" htmlFor="file">
                Spreadsheet (CSV or XLSX)
              </label>
              <Hint id="file" text={FILE_HINT} />
              <ErrorMessage id="file" text={inline['file']} />
              <input
                ref={fileInput}
                className={classNames('nhsuk-file-upload__input', inline['file'] && 'nhsuk-input--error')}
                id="file"
                name="file"
                type="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-describedby={describedBy('file', FILE_HINT, inline['file'])}
                disabled={busy}
                onChange={chooseFile}
              />
            </div>
            <button className="nhsuk-button" type="submit" disabled={busy}>
              Check the file
            </button>
          </form>

          <p className="nhsuk-u-visually-hidden" role="status">
            {status}
          </p>
          {stage.kind === 'reading' ? <ImportProgress progress={stage.progress} /> : null}
          {stage.kind === 'checking' ? <p className="nhsuk-body">Checking the file…</p> : null}
        </div>
      </div>

      {stage.kind === 'checked' || stage.kind === 'importing' ? (
        <CheckResults checked={stage} importing={stage.kind === 'importing'} onImport={() => void commit(stage)} />
      ) : null}
    </>
  );
}

function CheckResults({ checked, importing, onImport }: { checked: Checked; importing: boolean; onImport: () => void }) {
  const { preview, upload, changedSinceCheck } = checked;
  const heading = useRef<HTMLHeadingElement>(null);
  const hasProblems = preview.problemCount > 0;

  // Start keyboard and screen reader users at the results; with problems, the error summary takes focus instead.
  useEffect(() => {
    if (!hasProblems) heading.current?.focus();
  }, [hasProblems, preview]);

  return (
    <section aria-labelledby="check-results-heading">
      <h2 id="check-results-heading" tabIndex={-1} ref={heading}>
        Check results for {upload.fileName}
      </h2>
      <p className="nhsuk-body-l">{previewSummaryText(preview)}</p>
      {hasProblems ? (
        <>
          <ErrorSummary
            title={problemsHeading(preview.problemCount)}
            titleId="import-problems-title"
            errors={[{ targetId: 'import-problems', message: 'See each problem in the table below' }]}
            focusKey={preview.problems.length + (changedSinceCheck ? 1 : 0)}
          >
            {changedSinceCheck ? <p>The register changed after the file was checked.</p> : null}
            <p>
              Nothing has been imported. Fix the problems in your spreadsheet, save it, then choose it again and check
              it.
            </p>
          </ErrorSummary>
          {listedProblemsNote(preview.problems.length, preview.problemCount) ? (
            <p className="nhsuk-body">{listedProblemsNote(preview.problems.length, preview.problemCount)}</p>
          ) : null}
          <ImportProblemsTable problems={preview.problems} fileName={upload.fileName} />
          <button className="nhsuk-button" type="button" disabled aria-describedby="import-blocked-hint">
            Import {rowsText(preview.rowCount)}
          </button>
          <p className="nhsuk-hint" id="import-blocked-hint">
            You can import the file once it has no problems. Choose the corrected file and check it again.
          </p>
        </>
      ) : (
        <>
          <p className="nhsuk-body">
            Nothing has been imported yet. Importing writes every row at once: if any row could not be written, none
            would be.
          </p>
          {preview.changes.length > 0 ? (
            <>
              <h3>Rows that would change the register</h3>
              <p className="nhsuk-body">Check each change: importing overwrites what the register holds now.</p>
              {listedChangesNote(preview.changes.length, preview.update) ? (
                <p className="nhsuk-body">{listedChangesNote(preview.changes.length, preview.update)}</p>
              ) : null}
              <ImportChangesTable changes={preview.changes} fileName={upload.fileName} />
            </>
          ) : null}
          <button className="nhsuk-button" type="button" disabled={importing} onClick={onImport}>
            Import {rowsText(preview.rowCount)}
          </button>
        </>
      )}
    </section>
  );
}

function ImportedBanner({ importKind, result }: { importKind: ImportKind; result: CommitImportMutation['commitImport'] }) {
  const ref = useRef<HTMLDivElement>(null);
  const { listPath, listName } = IMPORT_KIND_TEXT[importKind];
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1}>
      <SuccessBanner heading={importResultText(result)}>
        <p className="nhsuk-body">
          <Link to={listPath}>Go to the {listName}</Link>, or choose another file to import.
        </p>
      </SuccessBanner>
    </div>
  );
}
