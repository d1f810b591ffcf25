/**
 * Folds Vietnamese text for search and blind indexes: no diacritics, đ → d, lower case, single spaces.
 * "Nguyễn Thị Hoà" and "nguyen thi hoa" fold alike, and so do the two placements of the tone mark
 * ("oà" and "òa"), because every combining mark is dropped after NFD.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
