import { z } from 'zod';
import {
  ageGroupOf,
  type CaseInput,
  caseInputSchema,
  type SurvivorIdentity,
  todayIso,
  V,
} from '../../../../shared/model';
import type { CaseView } from '../../../db';
import { isoFromText, textFromIso } from '../../../ui/dates';

/**
 * What the intake form holds while the officer types: text as typed (dates as dd/MM/yyyy, numbers
 * as digits), so nothing typed is ever lost to a parse. `toCaseInput` turns it into the store's
 * input, whose zod schema gives the messages; drafts store this shape, sealed.
 */
export type IntakeForm = {
  reportDate: string;
  incidentDate: string;
  incidentUnit: string;
  gbvType: string;
  context: string;
  survivor: { sex: string; age: string; disability: string; ethnicity: string };
  identity: {
    fullName: string;
    phone: string;
    address: string;
    idNumber: string;
    birthYear: string;
    narrative: string;
  };
  perpetrator: { relationship: string; sex: string; ageGroup: string };
  referralSource: string;
  soughtHelpFromProvider: '' | 'yes' | 'no';
  needs: string[];
  consent: { services: boolean; referral: boolean; deidentifiedReporting: boolean };
};

const str = z.string().catch('');
const bool = z.boolean().catch(false);

/** Drafts come back from the vault as `unknown`: anything missing or odd falls back to empty. */
export const intakeFormSchema = z.object({
  reportDate: str,
  incidentDate: str,
  incidentUnit: str,
  gbvType: str,
  context: str,
  survivor: z.object({ sex: str, age: str, disability: str, ethnicity: str }).catch({
    sex: '',
    age: '',
    disability: '',
    ethnicity: '',
  }),
  identity: z
    .object({ fullName: str, phone: str, address: str, idNumber: str, birthYear: str, narrative: str })
    .catch({ fullName: '', phone: '', address: '', idNumber: '', birthYear: '', narrative: '' }),
  perpetrator: z
    .object({ relationship: str, sex: str, ageGroup: str })
    .catch({ relationship: '', sex: '', ageGroup: '' }),
  referralSource: str,
  soughtHelpFromProvider: z.enum(['', 'yes', 'no']).catch(''),
  needs: z.array(z.string()).catch([]),
  consent: z
    .object({ services: bool, referral: bool, deidentifiedReporting: bool })
    .catch({ services: false, referral: false, deidentifiedReporting: false }),
});

export function emptyIntake(today: string = todayIso()): IntakeForm {
  return {
    reportDate: textFromIso(today),
    incidentDate: '',
    incidentUnit: '',
    gbvType: '',
    context: '',
    survivor: { sex: '', age: '', disability: '', ethnicity: '' },
    identity: { fullName: '', phone: '', address: '', idNumber: '', birthYear: '', narrative: '' },
    perpetrator: { relationship: '', sex: '', ageGroup: '' },
    referralSource: '',
    soughtHelpFromProvider: '',
    needs: [],
    consent: { services: false, referral: false, deidentifiedReporting: false },
  };
}

/** The form of an existing case, for corrections. */
export function intakeFromCase(view: CaseView, identity: SurvivorIdentity | null): IntakeForm {
  return {
    reportDate: textFromIso(view.reportDate),
    incidentDate: textFromIso(view.incidentDate),
    incidentUnit: view.incidentUnit,
    gbvType: view.gbvType,
    context: view.context,
    survivor: {
      sex: view.survivor.sex,
      age: String(view.survivor.age),
      disability: view.survivor.disability,
      ethnicity: view.survivor.ethnicity ?? '',
    },
    identity: {
      fullName: identity?.fullName ?? '',
      phone: identity?.phone ?? '',
      address: identity?.address ?? '',
      idNumber: identity?.idNumbers[0] ?? '',
      birthYear: identity?.birthYear === undefined ? '' : String(identity.birthYear),
      narrative: identity?.narrative ?? '',
    },
    perpetrator: { ...view.perpetrator },
    referralSource: view.referralSource,
    soughtHelpFromProvider: view.soughtHelpFromProvider ? 'yes' : 'no',
    needs: [...view.needs],
    consent: { ...view.consent },
  };
}

/** Digits as a number; anything else stays as typed so zod names the problem. */
const numberOrText = (text: string): number | string | undefined => {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
};
const orUndefined = (text: string) => (text === '' ? undefined : text);

/** The store's input, unvalidated: `validateIntake` or the store decides whether it is acceptable. */
export function toCaseInput(form: IntakeForm): Record<string, unknown> {
  const idNumber = form.identity.idNumber.trim();
  return {
    reportDate: isoFromText(form.reportDate),
    incidentDate: isoFromText(form.incidentDate),
    incidentUnit: orUndefined(form.incidentUnit),
    gbvType: orUndefined(form.gbvType),
    context: orUndefined(form.context),
    survivor: {
      sex: orUndefined(form.survivor.sex),
      age: numberOrText(form.survivor.age),
      disability: orUndefined(form.survivor.disability),
      ethnicity: form.survivor.ethnicity,
    },
    perpetrator: {
      relationship: orUndefined(form.perpetrator.relationship),
      sex: orUndefined(form.perpetrator.sex),
      ageGroup: orUndefined(form.perpetrator.ageGroup),
    },
    referralSource: orUndefined(form.referralSource),
    soughtHelpFromProvider:
      form.soughtHelpFromProvider === '' ? undefined : form.soughtHelpFromProvider === 'yes',
    needs: form.needs,
    consent: form.consent,
    status: 'open',
    identity: {
      fullName: form.identity.fullName,
      phone: form.identity.phone,
      address: form.identity.address,
      idNumbers: idNumber === '' ? [] : [idNumber],
      birthYear: numberOrText(form.identity.birthYear),
      narrative: form.identity.narrative,
    },
  };
}

/** Field path (as the store names it, e.g. `survivor.age`) → i18n key of the first problem. */
export type IntakeErrors = Record<string, string>;

export function validateIntake(
  form: IntakeForm,
): { ok: true; input: CaseInput; errors: IntakeErrors } | { ok: false; errors: IntakeErrors } {
  const input = toCaseInput(form);
  const result = caseInputSchema.safeParse(input);
  if (result.success) return { ok: true, input: result.data, errors: {} };
  const errors: IntakeErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    // idNumbers is one field in the form.
    const key = path.startsWith('identity.idNumbers') ? 'identity.idNumber' : path;
    if (errors[key] === undefined) {
      errors[key] = issue.message.startsWith('store.') ? issue.message : 'store.validation.invalid';
    }
  }
  // The schema's cross-field rules run only once every field parses; say it as soon as both dates do.
  const { reportDate, incidentDate } = input as { reportDate?: string; incidentDate?: string };
  if (
    errors.incidentDate === undefined &&
    errors.reportDate === undefined &&
    reportDate !== undefined &&
    incidentDate !== undefined &&
    incidentDate > reportDate
  ) {
    errors.incidentDate = V.incidentAfterReport;
  }
  return { ok: false, errors };
}

/** The age group the age falls into, for the helper text next to the age. */
export function ageGroupText(age: string): string | null {
  const value = numberOrText(age);
  return typeof value === 'number' && value >= 0 && value <= 120 ? ageGroupOf(value) : null;
}
