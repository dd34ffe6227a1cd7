import { useApolloClient, useQuery } from '@apollo/client/react';
import { ROLE_GROUP_LABELS } from '@stewardship/domain';
import { useMemo, useState } from 'react';
import { InviteeOrganisationsDocument, SurveyInviteeIdsDocument, SurveyInviteesDocument } from '../../../generated/graphql';
import { describedBy, ErrorMessage, Hint } from '../../../shared/components/FieldMessages';
import { FilterSelect } from '../../../shared/components/FilterSelect';
import { SelectInput, type SelectOption } from '../../../shared/components/SelectInput';
import { ShowMore } from '../../../shared/components/ShowMore';
import { useShowMore } from '../../../shared/hooks/useShowMore';
import { usePlaceOptions } from '../../../shared/pickers/hooks/usePlaceOptions';
import { classNames } from '../../../shared/utils/class-names';
import { countText } from '../../../shared/utils/count-text';
import { ROLE_GROUP_OPTIONS, SECTOR_OPTIONS } from '../../../shared/utils/domain-options';
import { changeInviteeFilters, inviteeFilterFrom, withIds, withoutIds, type InviteeFilters } from '../utils/invitee-selection';

interface PeoplePickerProps {
  selected: readonly string[];
  /** Takes a change to apply to the selection as it is then, since "Select all that match" answers after a request. */
  onChange: (change: (selected: readonly string[]) => string[]) => void;
  error?: string;
}

const HINT =
  'Each person gets their own link. Narrow the list by place, sector, organisation or role group, then choose people one by one or select all that match. People you have chosen stay chosen when you change the filters.';

const peopleText = (count: number) => countText(count, 'person', 'people');

/**
 * Who is invited, from a register of thousands: filters narrow the list the server sends a page at a time, "Select
 * all that match" selects every match (not only the page shown), and the number chosen is always in view.
 */
export function PeoplePicker({ selected, onChange, error }: PeoplePickerProps) {
  const [filters, setFilters] = useState<InviteeFilters>({});
  const filter = useMemo(() => inviteeFilterFrom(filters), [filters]);
  const choose = (change: InviteeFilters) => setFilters((current) => changeInviteeFilters(current, change));
  const places = usePlaceOptions();
  const organisations = usePartnerOptions(filters);
  const page = useQuery(SurveyInviteesDocument, { variables: { filter }, notifyOnNetworkStatusChange: true });
  const connection = (page.data ?? page.previousData)?.people;
  const { bodyRef, showMore, failed: moreFailed } = useShowMore(connection, (after) => page.fetchMore({ variables: { after } }));
  const selectAll = useSelectAllMatching(filter, onChange);
  const chosen = new Set(selected);
  const people = connection?.edges.map((edge) => edge.node) ?? [];
  const matching = connection?.totalCount ?? 0;

  return (
    <div className={classNames('nhsuk-form-group', error && 'nhsuk-form-group--error')}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy('invitees', HINT, error)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
          <h2 className="nhsuk-fieldset__heading">Who is invited</h2>
        </legend>
        <Hint id="invitees" text={HINT} />
        <ErrorMessage id="invitees" text={error} />
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <FilterSelect id="invitee-place" label="Place" allLabel="All places" options={places.options} value={filters.placeId} onChange={(placeId) => choose({ placeId })} />
          </div>
          <div className="nhsuk-grid-column-one-half">
            <FilterSelect id="invitee-sector" label="Sector" allLabel="All sectors" options={SECTOR_OPTIONS} value={filters.sector} onChange={(sector) => choose({ sector })} />
          </div>
        </div>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <SelectInput
              id="invitee-organisation"
              label="Organisation"
              labelClassName="nhsuk-label--s"
              hint={organisations.hint}
              emptyOptionLabel="All organisations"
              options={organisations.options}
              value={filters.organisationId ?? ''}
              onChange={(organisationId) => choose({ organisationId: organisationId || undefined })}
            />
          </div>
          <div className="nhsuk-grid-column-one-half">
            <FilterSelect id="invitee-role-group" label="Role group" allLabel="All role groups" options={ROLE_GROUP_OPTIONS} value={filters.roleGroup} onChange={(roleGroup) => choose({ roleGroup })} />
          </div>
        </div>

        <div className="nhsuk-inset-text app-invitee-count nhsuk-u-margin-top-0">
          <p className="nhsuk-body nhsuk-u-font-weight-bold nhsuk-u-margin-bottom-1" role="status">
            {peopleText(selected.length)} selected
          </p>
          <p className="nhsuk-body nhsuk-u-margin-bottom-0" role="status">
            {page.loading && !connection ? 'Finding people…' : `${peopleText(matching)} ${matching === 1 ? 'matches' : 'match'} the filters.`}
          </p>
        </div>
        {selectAll.failed ? (
          <p className="nhsuk-error-message" role="alert">
            The people who match could not be selected. Try again.
          </p>
        ) : null}
        <div className="nhsuk-button-group nhsuk-u-margin-bottom-4">
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-2"
            disabled={!connection || matching === 0 || selectAll.busy}
            onClick={() => void selectAll.run()}
          >
            Select all {matching.toLocaleString('en-GB')} that match
          </button>
          {selected.length > 0 ? (
            <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-2" onClick={() => onChange(() => [])}>
              Clear selection
            </button>
          ) : null}
        </div>

        {page.error && !connection ? (
          <>
            <p className="nhsuk-error-message" role="alert">
              The people in the register could not be loaded.
            </p>
            <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => void page.refetch()}>
              Try again
            </button>
          </>
        ) : null}
        {connection && people.length > 0 ? (
          // Focusable so the keyboard can scroll the table sideways on a narrow screen.
          <div className="app-scroll-table" role="region" aria-label="People who can be invited" tabIndex={0}>
            <table className="nhsuk-table" aria-busy={page.loading || undefined}>
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">People who can be invited</caption>
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  {['Invite', 'Name', 'Organisation', 'Role group'].map((column) => (
                    <th className="nhsuk-table__header" scope="col" key={column}>
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="nhsuk-table__body" ref={bodyRef}>
                {people.map((person) => (
                  <tr className="nhsuk-table__row" key={person.id}>
                    <td className="nhsuk-table__cell">
                      <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
                        <div className="nhsuk-checkboxes__item">
                          <input
                            className="nhsuk-checkboxes__input"
                            id={`invitee-${person.id}`}
                            type="checkbox"
                            checked={chosen.has(person.id)}
                            onChange={(event) => onChange((current) => (event.target.checked ? withIds(current, [person.id]) : withoutIds(current, [person.id])))}
                          />
                          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`invitee-${person.id}`}>
                            <span className="nhsuk-u-visually-hidden">Invite {person.name}</span>
                          </label>
                        </div>
                      </div>
                    </td>
                    <td className="nhsuk-table__cell">{person.name}</td>
                    <td className="nhsuk-table__cell">{person.organisation.name}</td>
                    <td className="nhsuk-table__cell">{ROLE_GROUP_LABELS[person.roleGroup]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {connection?.pageInfo.hasNextPage ? (
          <ShowMore shown={people.length} total={matching} noun="people" loading={page.loading} failed={moreFailed} onShowMore={() => void showMore()} />
        ) : null}
      </fieldset>
    </div>
  );
}

/** The partners the organisation filter offers: those in the place and sector chosen, at most 200, saying when there are more. */
function usePartnerOptions(filters: InviteeFilters): { options: SelectOption[]; hint?: string } {
  const { data, error } = useQuery(InviteeOrganisationsDocument, { variables: { placeId: filters.placeId ?? null, sector: filters.sector ?? null } });
  const options = useMemo(() => (data?.organisations.edges ?? []).map((edge) => ({ value: edge.node.id, label: edge.node.name })), [data]);
  if (error && !data) return { options, hint: 'The partners could not be loaded. Reload the page to try again.' };
  if (data && data.organisations.totalCount > options.length) {
    return { options, hint: `The first ${options.length} partners in name order are listed: choose a place or sector to narrow them.` };
  }
  return { options };
}

/** "Select all that match": asks for the ids of every match, then adds them to the selection. */
function useSelectAllMatching(filter: ReturnType<typeof inviteeFilterFrom>, onChange: PeoplePickerProps['onChange']) {
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  async function run() {
    setBusy(true);
    setFailed(false);
    try {
      const { data } = await client.query({ query: SurveyInviteeIdsDocument, variables: { filter }, fetchPolicy: 'network-only' });
      if (!data) throw new Error('No people returned');
      onChange((current) => withIds(current, data.people.matchingIds));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }
  return { run, busy, failed };
}
