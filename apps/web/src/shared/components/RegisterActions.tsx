import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface RegisterActionsProps {
  /** Whether the viewer may add to the register (administrators). */
  canAdd: boolean;
  addTo: string;
  /** "Add a place". */
  addText: string;
  /** What else the list offers everyone, such as "Export CSV". */
  children?: ReactNode;
}

/** The buttons above a register list: "Add a …" for those who may edit the register, then the rest. */
export function RegisterActions({ canAdd, addTo, addText, children }: RegisterActionsProps) {
  return (
    <div className="nhsuk-button-group">
      {canAdd ? (
        <Link className="nhsuk-button" to={addTo}>
          {addText}
        </Link>
      ) : null}
      {children}
    </div>
  );
}
