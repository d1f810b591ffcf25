import { parseDayCell } from '../import/cells';

/** A typed dd/MM/yyyy as yyyy-MM-dd for the schema; empty → undefined, anything wrong stays wrong text. */
export function dayInput(text: string): string | undefined {
  const value = parseDayCell(text);
  if (value === null) return undefined;
  return value === 'invalid' ? text : value;
}
