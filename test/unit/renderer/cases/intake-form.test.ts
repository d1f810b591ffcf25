import { describe, expect, it } from 'vitest';
import {
  emptyIntake,
  type IntakeForm,
  toCaseInput,
  validateIntake,
} from '../../../../renderer/features/cases/intake/intake-form';
import { shapeDateText } from '../../../../renderer/ui/DateField';

const filled = (patch: Partial<IntakeForm> = {}): IntakeForm => ({
  ...emptyIntake('2026-11-29'),
  incidentDate: '20/11/2026',
  incidentUnit: '502',
  gbvType: 'physical_assault',
  context: 'family',
  survivor: { sex: 'female', age: '36', disability: 'no', ethnicity: '' },
  identity: {
    fullName: 'Nguyễn Thị Hoà',
    phone: '0905 123 456',
    address: '',
    idNumber: '',
    birthYear: '1990',
    narrative: '',
  },
  perpetrator: { relationship: 'intimate_partner', sex: 'male', ageGroup: '26-40' },
  referralSource: 'hotline_111',
  soughtHelpFromProvider: 'yes',
  needs: ['health'],
  consent: { services: true, referral: false, deidentifiedReporting: true },
  ...patch,
});

describe('intake form → store input', () => {
  it('starts with today as the report date, in dd/MM/yyyy', () => {
    expect(emptyIntake('2026-11-29').reportDate).toBe('29/11/2026');
  });

  it('a complete form is valid and becomes the store input', () => {
    const result = validateIntake(filled());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input.reportDate).toBe('2026-11-29');
    expect(result.input.incidentDate).toBe('2026-11-20');
    expect(result.input.survivor.age).toBe(36);
    expect(result.input.identity.birthYear).toBe(1990);
    expect(result.input.soughtHelpFromProvider).toBe(true);
  });

  it('names every missing required field with the store key for "required"', () => {
    const result = validateIntake(emptyIntake('2026-11-29'));
    expect(result.ok).toBe(false);
    for (const path of [
      'incidentDate',
      'incidentUnit',
      'gbvType',
      'context',
      'survivor.age',
      'survivor.sex',
      'identity.fullName',
    ]) {
      expect(result.errors[path], path).toBe('store.validation.required');
    }
    expect(result.errors.reportDate).toBeUndefined();
  });

  it('refuses a future incident, an impossible date, an incident after the report, an oversize narrative', () => {
    expect(validateIntake(filled({ incidentDate: '01/01/2099' })).errors.incidentDate).toBe(
      'store.validation.futureDate',
    );
    expect(validateIntake(filled({ incidentDate: '31/02/2026' })).errors.incidentDate).toBe(
      'store.validation.invalidDate',
    );
    expect(validateIntake(filled({ reportDate: '10/11/2026' })).errors.incidentDate).toBe(
      'store.validation.incidentAfterReport',
    );
    // Said as soon as both dates parse, even while other fields are still empty.
    expect(
      validateIntake({ ...emptyIntake('2026-11-29'), reportDate: '10/11/2026', incidentDate: '20/11/2026' })
        .errors.incidentDate,
    ).toBe('store.validation.incidentAfterReport');
    const long = filled();
    long.identity = { ...long.identity, narrative: 'x'.repeat(20_001) };
    expect(validateIntake(long).errors['identity.narrative']).toBe('store.validation.tooLong');
    expect(
      validateIntake(filled({ survivor: { sex: 'female', age: 'ba mươi', disability: 'no', ethnicity: '' } }))
        .errors['survivor.age'],
    ).toBe('store.validation.invalid');
  });

  it('keeps what was typed: text that is not a date reaches the store as typed', () => {
    expect(toCaseInput(filled({ incidentDate: '2/13/2026' })).incidentDate).toBe('2/13/2026');
  });

  it('shapes a date typed as digits', () => {
    expect(shapeDateText('29112026')).toBe('29/11/2026');
    expect(shapeDateText('2911')).toBe('29/11');
    expect(shapeDateText('29/11/2026x')).toBe('29/11/2026');
  });
});
