import { IMPORT_LIMITS, type ImportLimits, SheetLimitError } from './limits';

/**
 * Reads CSV as officers' spreadsheets save it: UTF-8 with or without BOM, comma or semicolon
 * (Excel in a Vietnamese locale writes semicolons), quoted fields with doubled quotes and line breaks.
 * Row i is line i + 1 of the file; blank lines are empty rows. Stops with SheetLimitError as soon as
 * the rows, the fields of a row or all fields pass the limits, before building any more of them.
 */
export function parseCsv(text: string, limits: ImportLimits = IMPORT_LIMITS): string[][] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = guessDelimiter(source);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fields = 0;
  const endField = () => {
    row.push(field);
    field = '';
    fields++;
    if (row.length > limits.maxColumns) throw new SheetLimitError('columns', limits.maxColumns);
    if (fields > limits.maxCells) throw new SheetLimitError('cells', limits.maxCells);
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
    if (rows.length > limits.maxRows) throw new SheetLimitError('rows', limits.maxRows);
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) endField();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRow();
    } else field += char;
  }
  if (field !== '' || row.length > 0) endRow();
  // Blank lines stay (as empty rows) so every row keeps the line number the officer sees.
  const trimmed = rows.map((cells) => cells.map((cell) => cell.trim()));
  const blank = trimmed.map((cells) => cells.every((cell) => cell === ''));
  while (blank.length > 0 && blank[blank.length - 1] === true) {
    blank.pop();
    trimmed.pop();
  }
  return trimmed.map((cells, i) => (blank[i] === true ? [] : cells));
}

/** The delimiter that occurs most often outside quotes on the first line. */
function guessDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}
