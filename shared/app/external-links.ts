/**
 * Addresses the app may open in the user's browser. Checked with `new URL()` on exact host names,
 * never by substring, so `https://tongdai111.vn.evil.example` and `https://evil.example/?tongdai111.vn`
 * are refused.
 */
export const EXTERNAL_HOSTS: ReadonlySet<string> = new Set([
  'tongdai111.vn', // Tổng đài quốc gia bảo vệ trẻ em 111
  'www.molisa.gov.vn',
  'molisa.gov.vn',
  'vbpl.vn', // national legal documents database
  'thuvienphapluat.vn',
]);

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    EXTERNAL_HOSTS.has(url.hostname)
  );
}
