/** The intake's sections in order, and which field paths belong to each (for the summary's counts). */
export const INTAKE_SECTIONS = [
  { id: 'incident', prefixes: ['reportDate', 'incidentDate', 'incidentUnit', 'gbvType', 'context'] },
  { id: 'survivor', prefixes: ['identity.', 'survivor.'] },
  { id: 'perpetrator', prefixes: ['perpetrator.'] },
  { id: 'referral', prefixes: ['referralSource', 'soughtHelpFromProvider'] },
  { id: 'needs', prefixes: ['needs'] },
  { id: 'consent', prefixes: ['consent.'] },
] as const;
export type IntakeSectionId = (typeof INTAKE_SECTIONS)[number]['id'];

export function problemsIn(section: IntakeSectionId, errors: Record<string, string>): number {
  const entry = INTAKE_SECTIONS.find((s) => s.id === section);
  if (entry === undefined) return 0;
  return Object.keys(errors).filter((path) => entry.prefixes.some((p) => path === p || path.startsWith(p)))
    .length;
}
