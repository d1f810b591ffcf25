/**
 * Validation messages are i18n keys, never prose: the renderer translates them
 * (renderer/i18n/vi/store.ts), and shared/ stays free of any language.
 */
export const V = {
  required: 'store.validation.required',
  invalid: 'store.validation.invalid',
  invalidChoice: 'store.validation.invalidChoice',
  invalidDate: 'store.validation.invalidDate',
  futureDate: 'store.validation.futureDate',
  tooLong: 'store.validation.tooLong',
  tooShort: 'store.validation.tooShort',
  disguisedText: 'store.validation.disguisedText',
  outOfRange: 'store.validation.outOfRange',
  notWholeNumber: 'store.validation.notWholeNumber',
  incidentAfterReport: 'store.validation.incidentAfterReport',
  serviceBeforeReport: 'store.validation.serviceBeforeReport',
  serviceForUnknownNeed: 'store.validation.serviceForUnknownNeed',
  closureReasonRequired: 'store.validation.closureReasonRequired',
  endBeforeStart: 'store.validation.endBeforeStart',
  invalidPhone: 'store.validation.invalidPhone',
  invalidCode: 'store.validation.invalidCode',
  invalidUsername: 'store.validation.invalidUsername',
  passphraseTooShort: 'store.validation.passphraseTooShort',
  noRole: 'store.validation.noRole',
  duplicateNeed: 'store.validation.duplicateNeed',
} as const;

export type ValidationKey = (typeof V)[keyof typeof V];
