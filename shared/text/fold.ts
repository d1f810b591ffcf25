import { stripInvisible } from './invisible';

/**
 * Folds Vietnamese text for search and blind indexes: no diacritics, đ → d, lower case, single spaces.
 * "Nguyễn Thị Hoà" and "nguyen thi hoa" fold alike, and so do the two placements of the tone mark
 * ("oà" and "òa"), because every combining mark is dropped after NFD. Invisible format characters
 * (bidirectional controls, zero-width spaces and joiners, …) are dropped too, so "Lan\u200B" or
 * "\u202ELan" cannot pass for a different name and slip past a duplicate warning.
 */
export function foldVietnamese(text: string): string {
  return stripInvisible(text.normalize('NFD'))
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
