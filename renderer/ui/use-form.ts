import { type ChangeEvent, useState } from 'react';
import type { z } from 'zod';
import { isStoreError } from '../db';
import { useMessage } from './use-message';

/** Field → the key of its first problem, from zod issues keyed by path (`unitCode`, `reach.female` → `reach`). */
function issuesByField(issues: readonly { path: string; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.split('.')[0] ?? '';
    if (out[field] === undefined) out[field] = issue.message;
  }
  return out;
}

/**
 * A form's state: text values, per-field error keys (checked against the record's zod schema as the
 * officer types, once a field was left or the form submitted) and the submit-wide failure.
 * `toInput` turns the typed text into the schema's input and may add errors of its own (a date that
 * is no date). `field(name)` binds an MUI TextField; `control(name)` a kit field that takes a value.
 */
export function useForm<F extends string>(
  initial: Record<F, string>,
  toInput: (values: Record<F, string>) => { input: unknown; errors: Partial<Record<F, string>> },
  schema: z.ZodType,
) {
  const message = useMessage();
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
  const set = (field: F) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const touch = (field: F) => () => setTouched((t) => ({ ...t, [field]: true }));

  return {
    values,
    set,
    touch,
    errorOf,
    failure,
    busy,
    /** Props for an MUI TextField: value, change, blur, and the problem as its helper text (else `help`). */
    field: (name: F, help?: string) => {
      const key = errorOf(name);
      return {
        value: values[name],
        onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
          set(name)(event.target.value),
        onBlur: touch(name),
        error: key !== undefined,
        helperText: key === undefined ? help : message(key),
        fullWidth: true,
      };
    },
    /** Props for a kit field that takes the value itself (UnitSelect): the problem as an i18n key. */
    control: (name: F) => ({
      value: values[name],
      onChange: set(name),
      onBlur: touch(name),
      error: errorOf(name),
    }),
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
