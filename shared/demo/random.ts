/**
 * A small seeded PRNG (mulberry32) and helpers: the same seed gives the same demo data on every
 * machine, so screenshots, tests and benchmarks are repeatable. Not for anything secret.
 */
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An independent stream per (seed, stream, index), so record i is the same however many come before it. */
export function rngFor(seed: number, stream: number, index: number): Rng {
  return mulberry32((seed * 0x9e3779b1) ^ (stream * 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
}

export const pick = <T>(rng: Rng, items: readonly T[]): T => {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};

/** Picks by weight: [[value, weight], …]. */
export function weighted<T>(rng: Rng, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng() * total;
  for (const [value, w] of table) {
    roll -= w;
    if (roll < 0) return value;
  }
  const last = table[table.length - 1];
  if (last === undefined) throw new Error('weighted pick from an empty table');
  return last[0];
}

export const intBetween = (rng: Rng, min: number, max: number): number =>
  min + Math.floor(rng() * (max - min + 1));
export const chance = (rng: Rng, p: number): boolean => rng() < p;

/** A day between two yyyy-MM-dd dates inclusive. */
export function dayBetween(rng: Rng, from: string, to: string): string {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  const day = start + Math.floor(rng() * ((end - start) / 86_400_000 + 1)) * 86_400_000;
  return new Date(day).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
