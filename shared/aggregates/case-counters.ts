import type { Counts } from './buckets';

/**
 * Which case counters leave an office, and how (the information-sharing rule for counters).
 *
 * - The counters the plan's indicators need count EVERY case, exactly: reporting them is the office's
 *   duty, and they carry no attribute but the office's unit and the month.
 * - Breakdowns (type, sex, age group, context, referral source, status, disability, domestic-violence
 *   category, needs and needs met) leave only for the cases whose consent allows de-identified
 *   reporting, plus one `notConsented` count, so the province sees how much of a breakdown is missing
 *   and never which categories the others fall in.
 *
 * The office keeps both: its own screens show every case in every breakdown; the consented copies
 * (`type_c:…`) are maintained beside them so that a bundle is a copy of counters, not a scan of cases.
 */
export const EXACT_CASE_COUNTERS = ['total', 'gbv', 'soughtHelp', 'needHelp', 'needsMet'] as const;
export const NOT_CONSENTED = 'notConsented';
const EXACT: ReadonlySet<string> = new Set(EXACT_CASE_COUNTERS);
const CONSENTED_SUFFIX = '_c';

/** `type:x` → `type_c:x`, `disability` → `disability_c`: the consented copy of a breakdown counter. */
export function consentedName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0
    ? `${name}${CONSENTED_SUFFIX}`
    : `${name.slice(0, colon)}${CONSENTED_SUFFIX}${name.slice(colon)}`;
}

const isConsentedCopy = (name: string): boolean => {
  const dimension = name.split(':')[0] ?? '';
  return dimension.endsWith(CONSENTED_SUFFIX);
};
const originalName = (name: string): string => name.replace(CONSENTED_SUFFIX, '');

/** Adds the consented copies (or the one `notConsented`) to a live case's counts. */
export function withConsentCopies(counts: Counts, consented: boolean): Counts {
  if (!consented) return { ...counts, [NOT_CONSENTED]: 1 };
  const out: Counts = { ...counts };
  for (const [name, value] of Object.entries(counts)) if (!EXACT.has(name)) out[consentedName(name)] = value;
  return out;
}

/** What an office's case counters become in a bundle: exact indicator counts, consented breakdowns. */
export function sharedCaseCounts(counts: Readonly<Counts>): Counts {
  const out: Counts = {};
  for (const [name, value] of Object.entries(counts)) {
    if (EXACT.has(name) || name === NOT_CONSENTED) out[name] = value;
    else if (isConsentedCopy(name)) out[originalName(name)] = value;
  }
  return out;
}
