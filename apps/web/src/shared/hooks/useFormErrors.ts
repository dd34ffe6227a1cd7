import { useState } from 'react';
import type { ErrorSummaryItem } from '../components/ErrorSummary';
import { firstErrorByField, inFieldOrder, type Checked } from '../utils/form-errors';
import { errorCodeOf, fieldErrorsFrom, firstErrorMessage, type FieldError } from '../utils/graphql-errors';

interface FormErrorOptions {
  /** The form's fields in page order; also the input field names the API reports errors on. */
  fields: readonly string[];
  /** The id a summary link should focus for a field, when it is not the field name (date inputs: `${field}-day`). */
  targets?: Partial<Record<string, string>>;
  /** What is being saved, for the service-problem message: "the place". */
  thing: string;
  /** Said instead of "Sorry, <thing> could not be saved…" when the service fails. */
  serviceProblem?: string;
}

/**
 * The error state every register form keeps: problems for the error summary (in field order,
 * linking to their fields), the first problem per field for the inline messages, a problem with
 * no field, and a counter that moves focus to the summary after each failed attempt.
 */
export function useFormErrors({ fields, targets = {}, thing, serviceProblem }: FormErrorOptions) {
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  const summary: ErrorSummaryItem[] = [
    ...fieldErrors.map((error) => ({
      targetId: targets[error.field] ?? (fields.includes(error.field) ? error.field : undefined),
      message: error.message,
    })),
    ...(formProblem ? [{ message: formProblem }] : []),
  ];

  function fail(errors: FieldError[], problem: string | null = null) {
    setFieldErrors(inFieldOrder(errors, fields));
    setFormProblem(problem);
    setAttempt((n) => n + 1);
  }

  /** Shows what the API said: field errors against their fields, anything else as one message. Nothing was saved. */
  function failFromServer(error: unknown) {
    const problems = fieldErrorsFrom(error);
    const code = errorCodeOf(error);
    if (problems.length > 0) fail(problems);
    else if (code === 'FORBIDDEN') fail([], 'You do not have permission to change the register. Nothing was saved.');
    else if (code === 'NOT_FOUND') fail([], `${firstErrorMessage(error) ?? 'It is no longer in the register'}. Nothing was saved.`);
    else fail([], serviceProblem ?? `Sorry, ${thing} could not be saved because of a problem with the service. Nothing was saved. Try again later.`);
  }

  /**
   * Sends the input only when the form's own checks found nothing wrong, and otherwise shows their problems;
   * what the API then finds wrong is shown the same way.
   */
  async function submitChecked<Input>(checked: Checked<Input>, send: (input: Input) => Promise<unknown>) {
    if (!checked.input) {
      fail(checked.problems);
      return;
    }
    try {
      await send(checked.input);
    } catch (error) {
      failFromServer(error);
    }
  }

  /** Removes every message without moving focus, when the user starts again. */
  function clear() {
    setFieldErrors([]);
    setFormProblem(null);
  }

  return { inline: firstErrorByField(fieldErrors), summary, attempt, fail, failFromServer, submitChecked, clear };
}
