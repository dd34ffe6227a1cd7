import type { ReactNode } from 'react';
import { Radios, type RadioOption } from '../../../shared/components/Radios';

export type ScaleOption = RadioOption<number>;

/** The agreement scale every practice and summary question uses. */
export const AGREEMENT_SCALE: ScaleOption[] = [
  { value: 1, label: '1 Strongly disagree' },
  { value: 2, label: '2 Disagree' },
  { value: 3, label: '3 Neither agree nor disagree' },
  { value: 4, label: '4 Agree' },
  { value: 5, label: '5 Strongly agree' },
];

interface ScaleQuestionProps {
  /** The first radio gets this id (error summaries link to it); the others `${id}-2` to `${id}-5`. */
  id: string;
  legend: string;
  /** 'm' for a question that stands alone, 's' for one inside a group. */
  legendSize?: 's' | 'm';
  hint?: string;
  error?: string;
  options: ScaleOption[];
  value: number | null;
  onChange: (value: number) => void;
  /** Further fields inside the same fieldset, such as an optional comment. */
  children?: ReactNode;
}

/** A 1 to 5 question as NHS.UK radios: arrow keys move between the options, Space chooses. */
export function ScaleQuestion({ legend, legendSize = 'm', ...radios }: ScaleQuestionProps) {
  return (
    <Radios
      {...radios}
      legendSize={legendSize}
      legend={legendSize === 'm' ? <h3 className="nhsuk-fieldset__heading">{legend}</h3> : legend}
    />
  );
}
