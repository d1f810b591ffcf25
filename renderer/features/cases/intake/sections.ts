import { V } from '../../../../shared/model/messages';

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

/** A section's problems: fields left empty, and fields filled but wrong (a date, a limit), told apart. */
export function problemsIn(
  section: IntakeSectionId,
  errors: Record<string, string>,
): { missing: number; wrong: number } {
  const entry = INTAKE_SECTIONS.find((s) => s.id === section);
  const out = { missing: 0, wrong: 0 };
  if (entry === undefined) return out;
  for (const [path, message] of Object.entries(errors)) {
    if (!entry.prefixes.some((p) => path === p || path.startsWith(p))) continue;
    if (message === V.required) out.missing += 1;
    else out.wrong += 1;
  }
  return out;
}
