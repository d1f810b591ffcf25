import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedBy } from '../../../../renderer/host/host-writes';

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

  // The other shape of the same mistake: an effect that awaits a read of main (AuthGate's office read
  // was one) has no stale-answer guard and no refresh after writes unless it builds both by hand.
  it('no component reads main inside an effect', () => {
    const offenders = sources(ROOT)
      .filter((file) => file.endsWith('.tsx'))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return effectBodies(text).flatMap((body) =>
          [...body.matchAll(/host\s*\.\s*(\w+)\s*\.\s*(\w+)\s*\(/g)]
            .filter((m) => changedBy(`${m[1]}:${m[2]}`).length === 0)
            .map((m) => `${path.relative(ROOT, file)}: ${m[0]}`),
        );
      });
    expect(offenders).toEqual([]);
  });
});

/** The argument lists of every `useEffect(...)` call, by balanced parentheses. */
function effectBodies(text: string): string[] {
  const bodies: string[] = [];
  for (const m of text.matchAll(/useEffect\s*\(/g)) {
    const start = (m.index ?? 0) + m[0].length;
    let depth = 1;
    let at = start;
    while (at < text.length && depth > 0) {
      const c = text[at];
      if (c === '(') depth += 1;
      else if (c === ')') depth -= 1;
      at += 1;
    }
    bodies.push(text.slice(start, at));
  }
  return bodies;
}
