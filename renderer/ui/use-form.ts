import { zodResolver } from '@hookform/resolvers/zod';
import { type ChangeEvent, useRef, useState } from 'react';
import {
  type DefaultValues,
  type FieldErrors,
  type Path,
  type PathValue,
  type Resolver,
  useForm as useLibraryForm,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isStoreError, StoreError } from '../db';
import { useMessage } from './use-message';

/** The first message anywhere under an error node (`reach.female` reports under `reach`). */
function firstMessage(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const { message } = node as { message?: unknown };
  if (typeof message === 'string') return message;
  for (const [key, child] of Object.entries(node)) {
    if (key === 'ref') continue;
    const found = firstMessage(child);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * A form on react-hook-form: the officer types text, `toInput` turns the text into the record's input
 * and zodResolver checks it against the record's schema — once a field was left, then as the officer
 * types, and everything on submit. Problems are i18n keys (`store.validation.*`) shown in the UI's
 * language under their fields; a store `invalid` refusal lands under the fields it names too.
 * `field(name)` binds an MUI TextField; `control(name)` a kit field that takes a value.
 */
export function useForm<F extends string, S extends z.ZodType>(
  initial: Record<F, string>,
  toInput: (values: Record<F, string>) => unknown,
  schema: S,
) {
  type Values = Record<F, string>;
  const { i18n } = useTranslation();
  const message = useMessage();
  const [failure, setFailure] = useState<unknown>(null);
  // The resolver reads the newest toInput (it may close over state kept beside the form, e.g. chips).
  const toInputRef = useRef(toInput);
  toInputRef.current = toInput;
  const resolverRef = useRef<Resolver<Values, unknown, z.output<S>> | null>(null);
  if (resolverRef.current === null) {
    const check = zodResolver(schema as unknown as z.ZodType<z.output<S>, Values>) as unknown as Resolver<
      Values,
      unknown,
      z.output<S>
    >;
    resolverRef.current = async (values, context, options) => {
      const result = await check(toInputRef.current(values) as Values, context, options);
      const nested: Record<string, unknown> = result.errors;
      if (Object.keys(nested).length === 0) return result;
      // Errors keyed by form field: a nested path reports on the field that holds it.
      const errors: Record<string, { type: string; message: string }> = {};
      for (const [field, node] of Object.entries(nested)) {
        const message = firstMessage(node);
        if (message !== undefined) errors[field] = { type: 'schema', message };
      }
      return { values: {}, errors: errors as FieldErrors<Values> };
    };
  }
  const form = useLibraryForm<Values, unknown, z.output<S>>({
    defaultValues: initial as DefaultValues<Values>,
    resolver: resolverRef.current,
    mode: 'onTouched',
  });
  const { formState, getValues, setError, setValue, trigger } = form;
  const values = form.watch();
  const fields = Object.keys(initial) as F[];
  // Every field is a plain text at the top level, so its name is its path.
  const path = (name: F) => name as unknown as Path<Values>;

  const shown = (name: F): boolean =>
    formState.isSubmitted || (formState.touchedFields as Partial<Record<F, boolean>>)[name] === true;
  const errorOf = (name: F): string | undefined => {
    const key = (formState.errors as Partial<Record<F, { message?: string }>>)[name]?.message;
    if (!shown(name) || key === undefined) return undefined;
    // A message is an i18n key (`store.validation.*`, or a form's own such as `exchange.keys.mismatch`);
    // a schema without our keys (zod's own sentences) still says something in the UI's language.
    return i18n.exists(key) ? key : 'store.validation.invalid';
  };
  const set = (name: F) => (value: string) => {
    setValue(path(name), value as PathValue<Values, Path<Values>>, { shouldDirty: true });
    // One field's text can change another's problem (an end before the start): re-check all shown.
    const visible = fields.filter(shown);
    if (visible.length > 0) void trigger(visible.map(path));
  };
  const touch = (name: F) => () => {
    setValue(path(name), getValues(path(name)), { shouldTouch: true });
    void trigger(fields.filter((f) => f === name || shown(f)).map(path));
  };

  return {
    values,
    set,
    touch,
    errorOf,
    failure,
    busy: formState.isSubmitting,
    /** Replaces every value (a saved record read after the form opened) and forgets what was touched; stable. */
    reset: form.reset,
    /** Props for an MUI TextField: value, change, blur, and the problem as its helper text (else `help`). */
    field: (name: F, help?: string) => {
      const key = errorOf(name);
      return {
        name,
        value: values[name],
        onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
          set(name)(event.target.value),
        onBlur: touch(name),
        error: key !== undefined,
        helperText: key === undefined ? help : message(key),
        fullWidth: true,
      };
    },
    /** Props for a kit text field (DateField, FormTextField, SelectField, RadioField): text in, key of the problem out. */
    text: (name: F, help?: string) => ({
      value: values[name],
      onText: set(name),
      onBlur: touch(name),
      errorKey: errorOf(name),
      help,
    }),
    /** Props for a kit field that takes the value itself (UnitSelect): the problem as an i18n key. */
    control: (name: F) => ({
      value: values[name],
      onChange: set(name),
      onBlur: touch(name),
      error: errorOf(name),
    }),
    /**
     * A problem only the save can find (the typed code is not the key's own): said under the field,
     * and gone once the officer types there again.
     */
    refuse: (name: F, key: string) => setError(path(name), { type: 'refused', message: key }),
    /** The labels of the fields whose problems are shown now, for the sum-up (FormProblems, FormDialog). */
    problems: (label: (name: F) => string): string[] =>
      fields.flatMap((name) => (errorOf(name) === undefined ? [] : [label(name)])),
    /**
     * Checks everything, then runs `save` with the parsed record (and the text, for what the schema
     * does not hold, e.g. a password); a store `invalid` refusal marks the fields it names.
     * `onInvalid` hears which fields are wrong, for a form that also sums them up.
     */
    submit: async (
      save: (input: z.output<S>, text: Values) => Promise<void>,
      onInvalid?: (fields: F[]) => void,
    ): Promise<boolean> => {
      setFailure(null);
      let saved = false;
      await form.handleSubmit(
        async (input) => {
          try {
            await save(input, getValues());
            saved = true;
          } catch (error) {
            setFailure(error);
            if (isStoreError(error, 'invalid'))
              for (const issue of error.issues) {
                const name = issue.path.split('.')[0] ?? '';
                if (fields.some((f) => f === name))
                  setError(path(name as F), { type: 'store', message: issue.message });
              }
          }
        },
        (errors) => {
          // A problem under a key no field of the form holds (the schema and the form's names drifted
          // apart) would stop the save without a word: it is said as the form's failure instead.
          const unplaced = Object.entries(errors).filter(([key]) => !fields.some((f) => f === key));
          if (unplaced.length > 0)
            setFailure(
              new StoreError('invalid', {
                issues: unplaced.map(([key, node]) => ({
                  path: key,
                  message: firstMessage(node) ?? 'store.validation.invalid',
                })),
              }),
            );
          onInvalid?.(fields.filter((f) => f in errors));
        },
      )();
      return saved;
    },
  };
}
