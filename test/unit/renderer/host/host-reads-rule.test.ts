import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../../../renderer');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/**
 * Reads from main go through useHostQuery (renderer/host/use-host-query.ts), which drops stale answers
 * and shows errors as errors; a `host.area.verb(...).then(...)` in a component is how a failed read
 * used to become an empty list. Biome has no rule for this, so this test is the rule.
 */
describe('host reads', () => {
  it('no renderer file chains .then onto a host call', () => {
    const offenders = sources(ROOT).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(/host\s*\.\s*\w+\s*\.\s*\w+\s*\([^;]*?\)\s*\.\s*then\s*\(/g)].map(
        (m) => `${path.relative(ROOT, file)}: ${m[0].slice(0, 60)}`,
      );
    });
    expect(offenders).toEqual([]);
  });
});
