import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { FieldError } from '../utils/graphql-errors';
import { useFormErrors } from './useFormErrors';
import type { SavedState } from './useSavedBanner';

interface RegisterFormOptions<Values> {
  initialValues: Values;
  /** The form's fields in page order; also the input field names the API reports errors on. */
  fields: readonly string[];
  /** What is being saved, for the service-problem message: "the place". */
  thing: string;
  /** What the domain rules find wrong with the values; nothing is sent while there are any. */
  problemsIn: (values: Values) => FieldError[];
  /** Where the register's record pages live, e.g. "/places": the saved record's page opens with a success banner. */
  recordsPath: string;
}

/**
 * The state and save flow every register form shares: the values being edited, their error
 * messages, and a submit that checks the domain rules first, then saves and opens the record's
 * page, or shows what the API said was wrong.
 */
export function useRegisterForm<Values extends object>({ initialValues, fields, thing, problemsIn, recordsPath }: RegisterFormOptions<Values>) {
  const navigate = useNavigate();
  const [values, setValues] = useState(initialValues);
  const { inline, summary, attempt, fail, failFromServer } = useFormErrors({ fields, thing });

  /** A field's onChange: replaces that one value. */
  const setField =
    <Field extends keyof Values>(field: Field) =>
    (value: Values[Field]) =>
      setValues((current) => ({ ...current, [field]: value }));

  /** A text field's id, value, inline error and onChange, all named by the field. */
  const bind = <Field extends keyof Values & string>(field: Field) => ({
    id: field,
    value: values[field],
    error: inline[field],
    onChange: setField(field),
  });

  /** `save` sends the values and resolves to the saved record's id. */
  async function submit(saved: SavedState['saved'], save: () => Promise<string>) {
    const problems = problemsIn(values);
    if (problems.length > 0) {
      fail(problems);
      return;
    }
    try {
      const id = await save();
      const state: SavedState = { saved };
      navigate(`${recordsPath}/${encodeURIComponent(id)}`, { state });
    } catch (error) {
      failFromServer(error);
    }
  }

  return { values, setValues, setField, bind, inline, summary, attempt, submit };
}
