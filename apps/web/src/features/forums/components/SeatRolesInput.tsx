import { Checkboxes } from '../../../shared/components/Checkboxes';
import { SEAT_ROLE_OPTIONS, type SeatRole } from '../utils/seat-form';

interface SeatRolesInputProps {
  hint: string;
  values: SeatRole[];
  error?: string;
  onChange: (roles: SeatRole[]) => void;
}

/** "Voting and chair": the roles a seat carries. */
export function SeatRolesInput({ hint, values, error, onChange }: SeatRolesInputProps) {
  return (
    <Checkboxes
      id="roles"
      legend="Voting and chair"
      hint={hint}
      options={SEAT_ROLE_OPTIONS}
      values={values}
      error={error}
      onChange={(roles) => onChange(roles as SeatRole[])}
    />
  );
}
