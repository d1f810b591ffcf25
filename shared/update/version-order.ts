/**
 * Release versions as electron-builder writes them (package.json "version": MAJOR.MINOR.PATCH with an
 * optional pre-release such as `-rc.1`), ordered by Semantic Versioning's precedence rules. Build
 * metadata (`+…`) is refused: two releases that differ only there could not be told apart.
 */
export const RELEASE_VERSION =
  /^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

export const isReleaseVersion = (text: string): boolean => RELEASE_VERSION.test(text) && text.length <= 64;

/** Negative when `a` is older than `b`, 0 when equal, positive when newer. Both must be release versions. */
export function compareVersions(a: string, b: string): number {
  const pa = RELEASE_VERSION.exec(a);
  const pb = RELEASE_VERSION.exec(b);
  if (pa === null || pb === null) throw new Error(`not a release version: ${pa === null ? a : b}`);
  for (let i = 1; i <= 3; i++) {
    const d = Number(pa[i]) - Number(pb[i]);
    if (d !== 0) return Math.sign(d);
  }
  return comparePre(pa[4], pb[4]);
}

/** A version without a pre-release is newer than the same one with it (1.2.0 > 1.2.0-rc.1). */
function comparePre(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const xs = a.split('.');
  const ys = b.split('.');
  for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
    const x = xs[i];
    const y = ys[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny && Number(x) !== Number(y)) return Math.sign(Number(x) - Number(y));
    if (nx !== ny) return nx ? -1 : 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
