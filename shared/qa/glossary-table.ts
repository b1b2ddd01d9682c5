// A set's glossary as a table file (TSV or CSV), the form terminologists keep it in: a header row
// naming the columns `source`, `target` and optionally `language`, `forbidden` (several forbidden
// translations separated by `|`) and `case` (`yes` for case-sensitive terms).
import type { Glossary, GlossaryTerm } from './types.js';

export class GlossaryTableError extends Error {}

/** Parses a glossary table; `fileName` (its extension picks tab or comma) names it in errors. */
export function parseGlossaryTable(text: string, fileName: string): Glossary {
  const separator = /\.tsv$/i.test(fileName) ? '\t' : ',';
  const rows = splitRows(text.replace(/^\uFEFF/, ''), separator, fileName);
  const header = rows.shift();
  if (!header) throw new GlossaryTableError(`${fileName} is empty: add a header row (source${separator === '\t' ? '<tab>' : ','}target) and one row per term.`);
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  const at = (name: string) => columns.indexOf(name);
  if (at('source') < 0 || at('target') < 0) {
    throw new GlossaryTableError(`${fileName}, line ${header.line}: the header row must name the columns "source" and "target" (found: ${columns.join(', ') || 'nothing'}).`);
  }
  const terms: GlossaryTerm[] = [];
  for (const row of rows) {
    const cell = (name: string) => (at(name) >= 0 ? (row.cells[at(name)] ?? '').trim() : '');
    if (row.cells.every((c) => !c.trim())) continue;
    const source = cell('source');
    const target = cell('target');
    if (!source || !target) throw new GlossaryTableError(`${fileName}, line ${row.line}: a term needs both a source and a target; fill in the empty cell or delete the line.`);
    const term: GlossaryTerm = { source, target };
    if (cell('language')) term.language = cell('language');
    const forbidden = cell('forbidden').split('|').map((f) => f.trim()).filter(Boolean);
    if (forbidden.length) term.forbidden = forbidden;
    if (/^(yes|true|1)$/i.test(cell('case'))) term.caseSensitive = true;
    terms.push(term);
  }
  return { terms };
}

interface Row {
  line: number;
  cells: string[];
}

// RFC 4180 quoting (a quoted cell may hold the separator, doubled quotes and line breaks).
function splitRows(text: string, separator: string, fileName: string): Row[] {
  const rows: Row[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === separator) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (quoted) throw new GlossaryTableError(`${fileName}, line ${rowLine}: a quoted cell is never closed; add the closing quote (").`);
  if (cell !== '' || cells.length) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows;
}
