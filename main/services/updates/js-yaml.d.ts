// js-yaml ships no types; the one call used here (main/services/updates/release-manifest.ts).
declare module 'js-yaml' {
  export const JSON_SCHEMA: unknown;
  export function load(text: string, options?: { schema?: unknown; json?: boolean }): unknown;
}
