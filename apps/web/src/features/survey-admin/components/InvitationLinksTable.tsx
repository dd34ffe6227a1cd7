import { Cell, ResponsiveTable, Row } from '../../../shared/components/Table';
import type { InvitationLinkRow } from '../utils/links-csv';
import { CopyButton } from './CopyButton';

/** Each invited person's own survey link, with a button to copy it. */
export function InvitationLinksTable({ links }: { links: readonly InvitationLinkRow[] }) {
  return (
    <ResponsiveTable caption="Survey links" captionHidden columns={['Person', 'Organisation', 'Link']}>
      {links.map((link) => (
        <Row key={link.url}>
          <Cell heading="Person">{link.name}</Cell>
          <Cell heading="Organisation">{link.organisation}</Cell>
          <Cell heading="Link">
            <span className="app-survey-link">{link.url}</span>
            <CopyButton text={link.url} label={link.name} />
          </Cell>
        </Row>
      ))}
    </ResponsiveTable>
  );
}
