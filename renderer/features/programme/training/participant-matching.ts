import type { PersonRecord } from '../../../../shared/model';
import { foldVietnamese } from '../../../../shared/text/fold';

export type Candidate = Pick<PersonRecord, 'id' | 'fullName' | 'unitCode' | 'nameFolded' | 'position'>;
/** 'new' registers a new person; otherwise the id of the registered person this row is. */
export type MatchChoice = 'new' | string;
export type MatchSuggestion = {
  choice: MatchChoice;
  /** People of the register with the same name (diacritics ignored), for the officer to pick from. */
  candidates: Candidate[];
  /** More than one registered person fits equally well: the officer should check. */
  ambiguous: boolean;
};

/**
 * Suggests whether a list row is someone already registered: same folded name AND same unit is a
 * match; the same name in another unit is offered but not chosen (namesakes are common), unless the
 * row said nothing about its unit and only one person has that name.
 */
export function suggestMatch(
  fullName: string,
  unitCode: string,
  unitGiven: boolean,
  found: readonly Candidate[],
): MatchSuggestion {
  const folded = foldVietnamese(fullName);
  const candidates = found.filter((person) => person.nameFolded === folded);
  const sameUnit = candidates.filter((person) => person.unitCode === unitCode);
  const first = sameUnit[0];
  if (first !== undefined) return { choice: first.id, candidates, ambiguous: sameUnit.length > 1 };
  const only = candidates[0];
  if (!unitGiven && only !== undefined && candidates.length === 1)
    return { choice: only.id, candidates, ambiguous: false };
  return { choice: 'new', candidates, ambiguous: false };
}

/** Rows naming the same person twice (same folded name and unit): the line of the first, by row index. */
export function duplicateRows(
  rows: readonly { fullName: string; unitCode: string | null }[],
): Map<number, number> {
  const first = new Map<string, number>();
  const duplicates = new Map<number, number>();
  rows.forEach((row, index) => {
    if (row.unitCode === null) return;
    const key = `${foldVietnamese(row.fullName)}|${row.unitCode}`;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, index);
    else duplicates.set(index, seen);
  });
  return duplicates;
}
