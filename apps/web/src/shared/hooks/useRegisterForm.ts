import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { FieldError } from '../utils/graphql-errors';
import { useFormErrors } from './useFormErrors';
import { useRegisterSave, type RegisterMutations, type SaveAnswer } from './useRegisterSave';
import type { SavedState } from './useSavedBanner';

/** The props every register form takes from its add and edit pages. */
export interface RegisterFormProps<Values> {
  /** The record being edited; absent when adding one. */
  id?: string;
  /** The page's h1 and title, e.g. "Add a place". */
  heading: string;
  initialValues: Values;
  /** Where Back and Cancel go. */
  cancelTo: string;
}

interface RegisterFormOptions<Values, Input, Created extends SaveAnswer, Updated extends SaveAnswer> {
  /** The record being edited; absent when adding one. */
  id?: string;
  initialValues: Values;
  /** The form's fields in page order; also the input field names the API reports errors on. */
  fields: readonly string[];
  /** What is being saved, for the service-problem message: "the place". */
  thing: string;
  /** What the domain rules find wrong with the values; nothing is sent while there are any. */
  problemsIn: (values: Values) => FieldError[];
  /** Where the register's record pages live, e.g. "/places": the saved record's page opens with a success banner. */
  recordsPath: string;
  /** The API input for the values, once they pass the domain rules. */
  toInput: (values: Values) => Input;
  mutations: RegisterMutations<Input, Created, Updated>;
}

/**
 * The state and save flow every register form shares: the values being edited, their error
 * messages, and a submit that checks the domain rules first, then saves and opens the record's
 * page, or shows what the API said was wrong.
 */
export function useRegisterForm<Values extends object, Input, Created extends SaveAnswer, Updated extends SaveAnswer>({
  id,
  initialValues,
  fields,
  thing,
  problemsIn,
  recordsPath,
  toInput,
  mutations,
}: RegisterFormOptions<Values, Input, Created, Updated>) {
  const navigate = useNavigate();
  const { save, saving } = useRegisterSave(id, mutations);
  const [values, setValues] = useState(initialValues);
  const { inline, summary, attempt, submitChecked } = useFormErrors({ fields, thing });

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

  async function submit() {
    const problems = problemsIn(values);
    await submitChecked({ problems, input: problems.length > 0 ? null : values }, async (checked) => {
      const saved = await save(toInput(checked));
      const state: SavedState = { saved: id === undefined ? 'create' : 'update' };
      navigate(`${recordsPath}/${encodeURIComponent(saved.id)}`, { state });
    });
  }

  /** What FormLayout needs from the form: its error summary, focus, submit and whether it is saving. */
  const layout = { errors: summary, focusKey: attempt, submitting: saving, onSubmit: submit };

  return { values, setValues, setField, bind, inline, layout };
}
