import { useState } from 'react';
import type { z } from 'zod';
import { isStoreError } from '../../../db';
import { issuesByField } from './use-error-text';

/**
 * A dialog form's state: text values, per-field error keys (checked against the record's zod schema
 * as the officer types, once a field was left or the form submitted) and the submit-wide error.
 */
export function useFormState<F extends string>(
  initial: Record<F, string>,
  toInput: (values: Record<F, string>) => { input: unknown; errors: Partial<Record<F, string>> },
  schema: z.ZodType,
) {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<Partial<Record<F, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const check = (current: Record<F, string>): Partial<Record<F, string>> => {
    const { input, errors } = toInput(current);
    const result = schema.safeParse(input);
    const found: Partial<Record<F, string>> = result.success
      ? {}
      : (issuesByField(
          result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        ) as Partial<Record<F, string>>);
    return { ...found, ...errors };
  };
  const allErrors = check(values);
  const errorOf = (field: F): string | undefined =>
    submitted || touched[field] === true ? allErrors[field] : undefined;

  return {
    values,
    set: (field: F) => (value: string) => setValues((v) => ({ ...v, [field]: value })),
    touch: (field: F) => () => setTouched((t) => ({ ...t, [field]: true })),
    errorOf,
    failure,
    busy,
    /** Validates, then runs `save` with the parsed input; store errors land next to their fields. */
    submit: async (save: (input: unknown) => Promise<void>): Promise<boolean> => {
      setSubmitted(true);
      setFailure(null);
      if (Object.keys(allErrors).length > 0) return false;
      setBusy(true);
      try {
        await save(toInput(values).input);
        return true;
      } catch (error) {
        setFailure(error);
        if (isStoreError(error, 'invalid')) setTouched({});
        return false;
      } finally {
        setBusy(false);
      }
    },
  };
}
