import { useCallback, useMemo, useState } from 'react';
import { type IntakeErrors, type IntakeForm, validateIntake } from './intake-form';

/** The text-valued fields of the form, by the path the store's errors use. */
export type TextPath =
  | 'reportDate'
  | 'incidentDate'
  | 'incidentUnit'
  | 'gbvType'
  | 'context'
  | 'survivor.sex'
  | 'survivor.age'
  | 'survivor.disability'
  | 'survivor.ethnicity'
  | 'identity.fullName'
  | 'identity.phone'
  | 'identity.address'
  | 'identity.idNumber'
  | 'identity.birthYear'
  | 'identity.narrative'
  | 'perpetrator.relationship'
  | 'perpetrator.sex'
  | 'perpetrator.ageGroup'
  | 'referralSource'
  | 'soughtHelpFromProvider';

export function readText(form: IntakeForm, path: TextPath): string {
  const [head, tail] = path.split('.') as [keyof IntakeForm, string | undefined];
  const value: unknown = form[head];
  if (tail === undefined) return typeof value === 'string' ? value : '';
  const inner = (value as Record<string, unknown>)[tail];
  return typeof inner === 'string' ? inner : '';
}

function writeText(form: IntakeForm, path: TextPath, text: string): IntakeForm {
  const [head, tail] = path.split('.') as [keyof IntakeForm, string | undefined];
  if (tail === undefined) return { ...form, [head]: text };
  return { ...form, [head]: { ...(form[head] as Record<string, unknown>), [tail]: text } };
}

/**
 * Form state with instant validation: every change is re-checked against the store's own schema,
 * and a field shows its message once it has been left (or after a save attempt), so an officer is
 * not scolded for fields not yet reached.
 */
export function useIntakeForm(initial: IntakeForm) {
  const [form, setForm] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const validation = useMemo(() => validateIntake(form), [form]);
  const errors: IntakeErrors = validation.errors;

  const errorOf = useCallback(
    (path: string): string | undefined => (showAll || touched.has(path) ? errors[path] : undefined),
    [errors, showAll, touched],
  );
  const touch = useCallback((path: string) => {
    setTouched((prev) => (prev.has(path) ? prev : new Set(prev).add(path)));
  }, []);
  const setText = useCallback((path: TextPath, text: string) => {
    setForm((prev) => writeText(prev, path, text));
  }, []);

  return {
    form,
    setForm,
    setText,
    errors,
    errorOf,
    touch,
    validation,
    showAllErrors: () => setShowAll(true),
  };
}

export type IntakeFormState = ReturnType<typeof useIntakeForm>;
