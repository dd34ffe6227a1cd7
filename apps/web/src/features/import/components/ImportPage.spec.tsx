import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { createCache } from '../../../app/apollo-client';
import { CommitImportDocument, ImportColumnsDocument, ImportTemplatesDocument, PreviewImportDocument, type Role } from '../../../generated/graphql';
import { viewerFixture } from '../../../shared/testing/fixtures';
import { SignedInViewerContext } from '../../../app/hooks/useViewer';
import { ImportPage } from './ImportPage';

// jsdom has no web workers: count the rows here instead, as the worker would report them.
jest.mock('../utils/csv-row-counter', () => ({
  countCsvRows: jest.fn(async (_file: File, onProgress: (rows: number, characters: number) => void) => {
    onProgress(2, 60);
    return 4;
  }),
}));

const CSV = 'Name,ODS code,Kind,Places\nAshby Carers,R!,VCSE organisation,Ashby\nBrackenford Aid,,Hospital,Brackenford\nDunmere Youth,,VCSE organisation,Ashby\n';
const upload = { kind: 'organisations', fileName: 'partners.csv', contentBase64: Buffer.from(CSV).toString('base64') };

const templatesMock: MockLink.MockedResponse = {
  request: { query: ImportTemplatesDocument, variables: { register: true } },
  result: { data: { places: 'Name\n', organisations: 'Name,Kind\n', forums: 'Forum\n', people: 'Name\n', decisions: 'Forum,Date\n' } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const leaderTemplatesMock: MockLink.MockedResponse = {
  request: { query: ImportTemplatesDocument, variables: { register: false } },
  result: { data: { decisions: 'Forum,Date\n' } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
function columnsMock(kind: string, columns: { header: string; required: boolean; help: string; examples: string[] }[]): MockLink.MockedResponse {
  return {
    request: { query: ImportColumnsDocument, variables: { kind } },
    result: { data: { importColumns: columns.map((column) => ({ __typename: 'ImportColumn', ...column })) } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
const partnerColumnsMock = columnsMock('organisations', [{ header: 'Name', required: true, help: "The partner organisation's name.", examples: ['Example Trust', 'Example Voice'] }]);
const decisionColumnsMock = columnsMock('decisions', [
  { header: 'Forum', required: true, help: 'The name or external ID of a forum already in the register.', examples: ['Example Board', 'FORUM-001'] },
  { header: 'Reopens', required: false, help: 'The earlier decision of the same forum this one reopens.', examples: ['', '2025-04-10 Pool the frailty budget'] },
]);

const problems = [
  { __typename: 'ImportProblem', row: 2, column: 'ODS code', value: 'R!', message: 'ODS code must be 3 to 6 letters or digits, such as RXN or A81001' },
  { __typename: 'ImportProblem', row: 3, column: 'Kind', value: 'Hospital', message: 'Kind must be one of: Integrated care board, Acute trust…' },
];

const changes = [
  {
    __typename: 'ImportRowChange',
    row: 2,
    matchedName: 'Ashby carers',
    matchedBy: 'name',
    fields: [{ __typename: 'ImportFieldChange', field: 'Name', from: 'Ashby carers', to: 'Ashby Carers' }],
  },
  {
    __typename: 'ImportRowChange',
    row: 4,
    matchedName: 'Dunmere Youth',
    matchedBy: 'odsCode',
    fields: [
      { __typename: 'ImportFieldChange', field: 'Places', from: 'Ashby', to: 'Ashby; Brackenford' },
      { __typename: 'ImportFieldChange', field: 'Weight', from: '12', to: null },
    ],
  },
];

function previewMock(problemList: typeof problems, changeList: typeof changes = []): MockLink.MockedResponse {
  return {
    request: { query: PreviewImportDocument, variables: { input: upload } },
    result: {
      data: {
        previewImport: {
          __typename: 'ImportPreview',
          rowCount: 3,
          create: problemList.length ? 1 : 3 - changeList.length,
          update: changeList.length,
          unchanged: 0,
          problemCount: problemList.length,
          problems: problemList,
          changes: changeList,
        },
      },
    },
  };
}

function renderPage(mocks: MockLink.MockedResponse[], role: Role = 'ADMIN') {
  return render(
    <MockedProvider mocks={[templatesMock, leaderTemplatesMock, partnerColumnsMock, decisionColumnsMock, ...mocks]} cache={createCache()}>
      <MemoryRouter initialEntries={['/import']}>
        <SignedInViewerContext.Provider value={viewerFixture(role)}>
          <ImportPage />
        </SignedInViewerContext.Provider>
      </MemoryRouter>
    </MockedProvider>,
  );
}

function chooseFile(name = 'partners.csv', content = CSV) {
  fireEvent.change(screen.getByLabelText('Spreadsheet (CSV or XLSX)'), { target: { files: [new File([content], name, { type: 'text/csv' })] } });
}

async function checkPartnersFile() {
  fireEvent.click(screen.getByLabelText('Partner organisations'));
  chooseFile();
  fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));
}

describe('ImportPage', () => {
  it('lists every problem in the file, says nothing was imported and keeps Import disabled', async () => {
    renderPage([previewMock(problems)]);

    await checkPartnersFile();

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There are 2 problems in the file' })).toBeInTheDocument();
    expect(summary).toHaveTextContent('Nothing has been imported');
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    expect(screen.getByText('3 rows: 1 new, 0 changed, 0 unchanged')).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Problems in partners.csv' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent?.trim()))).toEqual([
      ['Row 2', 'Column ODS code', 'Value R!', 'Problem ODS code must be 3 to 6 letters or digits, such as RXN or A81001'],
      ['Row 3', 'Column Kind', 'Value Hospital', 'Problem Kind must be one of: Integrated care board, Acute trust…'],
    ]);
    expect(screen.getByRole('button', { name: 'Import 3 rows' })).toBeDisabled();
    expect(document.title).toBe('Error: Import from a spreadsheet – Stewardship');

    // Choosing another file clears the old results until it has been checked.
    chooseFile();
    expect(screen.queryByRole('table', { name: 'Problems in partners.csv' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
  });

  it('imports a file without problems and says what it did', async () => {
    renderPage([
      previewMock([]),
      {
        request: { query: CommitImportDocument, variables: { input: upload } },
        result: { data: { commitImport: { __typename: 'ImportResult', created: 3, updated: 0, unchanged: 0 } } },
      },
    ]);

    await checkPartnersFile();
    fireEvent.click(await screen.findByRole('button', { name: 'Import 3 rows' }));

    expect(await screen.findByRole('heading', { name: 'Imported: 3 added, 0 changed, 0 unchanged' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the partners register' })).toHaveAttribute('href', '/partners');
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
  });

  it('shows each changed row with the row it matches and every old and new value, a change of case included', async () => {
    renderPage([previewMock([], changes)]);

    await checkPartnersFile();

    expect(await screen.findByText('3 rows: 1 new, 2 changed, 0 unchanged')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Changes partners.csv would make' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent?.trim()))).toEqual([
      ['Row 2', 'Matches Ashby carers by name', 'Field Name', 'Now Ashby carers', 'After import Ashby Carers'],
      ['Row 4', 'Matches Dunmere Youth by ODS code', 'Field Places', 'Now Ashby', 'After import Ashby; Brackenford'],
      ['Row 4', 'Matches Dunmere Youth by ODS code', 'Field Weight', 'Now 12', 'After import (blank)'],
    ]);
    // A value cut short to fit its column is there whole on hover.
    expect(within(rows[1]).getByText('Ashby; Brackenford')).toHaveAttribute('title', 'Ashby; Brackenford');
    expect(screen.getByRole('button', { name: 'Import 3 rows' })).toBeEnabled();
  });

  it('lists no changes when every row is new', async () => {
    renderPage([previewMock([])]);
    await checkPartnersFile();
    expect(await screen.findByRole('button', { name: 'Import 3 rows' })).toBeEnabled();
    expect(screen.queryByRole('table', { name: 'Changes partners.csv would make' })).not.toBeInTheDocument();
  });

  it('shows the problems when the register changed between checking and importing', async () => {
    renderPage([
      previewMock([]),
      {
        request: { query: CommitImportDocument, variables: { input: upload } },
        result: {
          errors: [
            {
              message: 'The file has 1 problem; nothing was imported.',
              extensions: { code: 'BAD_USER_INPUT', problemCount: 1, problems: [{ row: 4, column: 'Name', value: 'Dunmere Youth', message: 'A partner called "Dunmere Youth" already exists' }] },
            },
          ],
        },
      },
    ]);

    await checkPartnersFile();
    fireEvent.click(await screen.findByRole('button', { name: 'Import 3 rows' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is 1 problem in the file' })).toBeInTheDocument();
    expect(summary).toHaveTextContent('The register changed after the file was checked.');
    expect(within(screen.getByRole('table', { name: 'Problems in partners.csv' })).getByText('A partner called "Dunmere Youth" already exists')).toBeInTheDocument();
  });

  it('checks the choices before reading anything', async () => {
    renderPage([]);
    fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Select what you want to import' })).toHaveAttribute('href', '#kind');
    expect(within(summary).getByRole('link', { name: 'Select a CSV or XLSX file' })).toHaveAttribute('href', '#file');

    fireEvent.click(screen.getByLabelText('Places'));
    chooseFile('places.pdf', '%PDF');
    fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(screen.getByLabelText('Spreadsheet (CSV or XLSX)')).toHaveAccessibleDescription(
      expect.stringContaining('Error: The selected file must be a CSV or XLSX file'),
    );
  });

  it('shows the problem with the whole file next to the file input', async () => {
    renderPage([
      {
        request: { query: PreviewImportDocument, variables: { input: upload } },
        result: {
          errors: [
            { message: 'Bad input', extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'file', message: 'The file has no Kind column. Add it, as in the template.' }] } },
          ],
        },
      },
    ]);

    await checkPartnersFile();

    expect(await screen.findByRole('link', { name: 'The file has no Kind column. Add it, as in the template.' })).toHaveAttribute('href', '#file');
  });

  it('offers a template for each kind', async () => {
    renderPage([]);
    const link = await screen.findByRole('link', { name: 'Download the template for partner organisations' });
    expect(link).toHaveAttribute('download', 'partners-template.csv');
    expect(link).toHaveAttribute('href', `data:text/csv;charset=utf-8,${encodeURIComponent('Name,Kind\n')}`);
  });

  it('tells other roles they may not import', () => {
    renderPage([], 'VIEWER');
    expect(screen.getByRole('heading', { level: 1, name: 'You do not have permission to import into the register' })).toBeInTheDocument();
  });

  it('offers leaders decisions only, with their template and what each column holds, and imports them', async () => {
    const decisionsCsv = 'Forum,Date,Title,Summary,Outcome\nAshby Board,2025-04-10,Pool the budget,Agreed to pool.,Agreed\n';
    const decisionsUpload = { kind: 'decisions', fileName: 'decisions.csv', contentBase64: Buffer.from(decisionsCsv).toString('base64') };
    renderPage(
      [
        {
          request: { query: PreviewImportDocument, variables: { input: decisionsUpload } },
          result: {
            data: {
              previewImport: { __typename: 'ImportPreview', rowCount: 1, create: 0, update: 0, unchanged: 1, problemCount: 0, problems: [], changes: [] },
            },
          },
        },
        {
          request: { query: CommitImportDocument, variables: { input: decisionsUpload } },
          result: { data: { commitImport: { __typename: 'ImportResult', created: 0, updated: 0, unchanged: 1 } } },
        },
      ],
      'LEADER',
    );

    expect(screen.getByText('Add decisions to the decision log from a CSV or XLSX file.', { exact: false })).toBeInTheDocument();
    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['decisions']);
    const template = await screen.findByRole('link', { name: 'Download the template for decisions' });
    expect(template).toHaveAttribute('download', 'decisions-template.csv');
    expect(screen.queryByRole('link', { name: 'Download the template for places' })).not.toBeInTheDocument();

    fireEvent.click(screen.getByLabelText('Decisions'));
    const columns = await screen.findByRole('table', { name: 'Columns of the decisions file' });
    expect(within(columns).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent?.trim()))).toEqual([
      ['Column Forum', 'What to write The name or external ID of a forum already in the register.', 'Examples Example Board | FORUM-001'],
      ['Column Reopens (optional)', 'What to write The earlier decision of the same forum this one reopens.', 'Examples 2025-04-10 Pool the frailty budget'],
    ]);

    chooseFile('decisions.csv', decisionsCsv);
    fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(await screen.findByText('1 row: 0 new, 0 changed, 1 unchanged')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 row' }));
    expect(await screen.findByRole('heading', { name: 'Imported: 0 added, 0 changed, 1 unchanged' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the decision log' })).toHaveAttribute('href', '/decisions');
  });

  it('shows administrators what each column of the chosen kind holds', async () => {
    renderPage([]);
    fireEvent.click(screen.getByLabelText('Partner organisations'));
    const columns = await screen.findByRole('table', { name: 'Columns of the partner organisations file' });
    expect(within(columns).getByText("The partner organisation's name.")).toBeInTheDocument();
    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['places', 'organisations', 'forums', 'people', 'decisions']);
  });
});
