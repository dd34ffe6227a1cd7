/** Marks an archived row in a list or on its page. */
export function ArchivedTag() {
  return <strong className="nhsuk-tag nhsuk-tag--grey nhsuk-u-margin-left-2">Archived</strong>;
}
