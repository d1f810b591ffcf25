/** A valid intake as a form submits it, with the given name: the base the model tests vary. */
export const validCaseInput = (fullName = 'Trần Thị Mai') => ({
  reportDate: '2024-03-15',
  incidentDate: '2024-03-10',
  incidentUnit: '502-01',
  gbvType: 'physical_assault',
  context: 'family',
  survivor: { sex: 'female', age: 34, disability: 'no' },
  perpetrator: { relationship: 'intimate_partner', sex: 'male', ageGroup: '26-40' },
  referralSource: 'hotline_111',
  soughtHelpFromProvider: true,
  needs: ['health'],
  consent: { services: true, referral: true, deidentifiedReporting: false },
  status: 'open',
  identity: { fullName },
});
