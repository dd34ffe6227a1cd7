import { FORUM_KIND_LABELS, FORUM_KINDS, ORGANISATION_KIND_LABELS, ORGANISATION_KINDS, ROLE_GROUP_LABELS, ROLE_GROUPS, SECTOR_LABELS, SECTORS } from '@stewardship/domain';
import type { SelectOption } from '../components/SelectInput';

/** The domain's fixed lists as select options, in the domain's order and wording. */
export const ORGANISATION_KIND_OPTIONS: SelectOption[] = ORGANISATION_KINDS.map((kind) => ({ value: kind, label: ORGANISATION_KIND_LABELS[kind] }));
export const SECTOR_OPTIONS: SelectOption[] = SECTORS.map((sector) => ({ value: sector, label: SECTOR_LABELS[sector] }));
export const ROLE_GROUP_OPTIONS: SelectOption[] = ROLE_GROUPS.map((group) => ({ value: group, label: ROLE_GROUP_LABELS[group] }));
export const FORUM_KIND_OPTIONS: SelectOption[] = FORUM_KINDS.map((kind) => ({ value: kind, label: FORUM_KIND_LABELS[kind] }));
