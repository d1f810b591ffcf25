/**
 * Characters that make text display as something other than what it is: bidirectional controls
 * (embeddings, overrides and isolates U+202A–U+202E, U+2066–U+2069, and the marks U+200E, U+200F,
 * U+061C) and zero-width characters (U+200B–U+200D, the word joiner and invisible operators
 * U+2060–U+2064, and U+FEFF). "Lan \u202Egnp.exe" shows as "Lan exe.png"; "La\u200Bn" looks like
 * "Lan" but is another string. None has a place in a name, a code or a file name.
 */
const DISGUISING = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

/** True when `text` holds a bidirectional control or a zero-width character. */
export const hasDisguisingCharacters = (text: string): boolean => DISGUISING.test(text);

/**
 * `text` without any invisible format character (Unicode category Cf: the disguising ones above,
 * the soft hyphen, tag characters, …), for folding: what cannot be seen cannot tell two names apart.
 */
export const stripInvisible = (text: string): string => text.replace(/\p{Cf}/gu, '');
