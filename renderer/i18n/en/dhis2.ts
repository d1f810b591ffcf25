import type { Messages } from '../vi';

export const dhis2: Messages['dhis2'] = {
  nav: 'DHIS2',
  title: 'Export figures to DHIS2',
  intro:
    "Exports the period's indicators and case counts by sex, age group and type of violence for the units, as DHIS2 dataValueSets (.json) or ADX (.xml), to import into DHIS2 with the Import/Export app. Survivor counts below {{threshold}}, and the figures that would give them away, are not exported.",
  period: {
    label: 'Period',
    year: 'Year',
    firstHalf: 'First half',
    secondHalf: 'Second half',
    whole: 'Whole year',
  },
  units: {
    label: 'Units to export',
    all: 'Select all',
    none: 'Clear',
    own: '{{unit}} (recorded at the province/city itself)',
    orgUnit: 'DHIS2 code: {{code}}',
    unmapped: 'No DHIS2 code',
  },
  preview: {
    title: 'Preview',
    summary:
      '{{values}} values of {{units}} units will be exported; {{suppressed}} figures are hidden to protect survivors.',
    unmapped: 'Not exported (no DHIS2 org unit code): {{units}}',
    unmappedIndicators: 'Indicators without a data element code, not exported: {{codes}}',
    ownOmitted:
      "The province/city's own row is not exported: the units below it add up to more than its figures.",
    nothing: 'Nothing is left to export for the units chosen.',
    col: { unit: 'Unit', orgUnit: 'DHIS2 code', values: 'Values', suppressed: 'Hidden' },
  },
  actions: { json: 'Save dataValueSets (.json)', adx: 'Save ADX (.xml)', saved: 'Saved {{file}}.' },
  mapping: {
    title: 'DHIS2 code mapping',
    intro:
      "The province's DHIS2 data element, category, category option, category option combo and org unit codes. An org unit code defaults to the unit's shipped administrative code; empty means the unit is not in DHIS2.",
    open: 'Edit the mapping',
    save: 'Save the mapping',
    reset: 'Restore defaults',
    close: 'Close',
    saved: 'Mapping saved.',
    edited: "Using the province's mapping.",
    defaults: 'Using the default mapping.',
    readOnly: 'Only an administrator can edit the mapping.',
    dataSet: 'Data set',
    numerator: '{{code}} – numerator',
    denominator: '{{code}} – denominator',
    casesTotal: 'All cases',
    dataElement: 'Data element',
    category: 'Category',
    option: 'Category option',
    optionCombo: 'Option combo (COC)',
    dimension: { sex: 'Sex', age: 'Age group', type: 'Type of violence' },
    none: 'Not broken down',
    orgUnits: 'DHIS2 org unit codes',
    invalid: 'Invalid code: letters, digits, _ . - (at most 50); a category starts with a letter.',
  },
};
