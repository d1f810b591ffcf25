/**
 * Reads CSV as officers' spreadsheets save it: UTF-8 with or without BOM, comma or semicolon
 * (Excel in a Vietnamese locale writes semicolons), quoted fields with doubled quotes and line breaks.
 * Row i is line i + 1 of the file; blank lines are empty rows.
 */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = guessDelimiter(source);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
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
