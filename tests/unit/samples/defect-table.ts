// The planted-defect table of samples/README.md (between <!-- defects:start --> and
// <!-- defects:end -->), read by the sample tests and by the QA tests that must find each defect.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const samplesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../samples');

export interface PlantedDefect {
  id: string;
  set: string;
  file: string;
  line: number;
  defect: string;
  evidence: string;
}

/** Splits a Markdown table row on `|`, honouring `\|` escapes inside cells. */
export function tableCells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/** The table's header row, separator row, and defects. */
export function readDefectTable(): { header: string[]; separator: string; defects: PlantedDefect[] } {
  const readme = readFileSync(path.join(samplesDir, 'README.md'), 'utf8').replace(/^\uFEFF/, '');
  const match = /<!-- defects:start -->\n([\s\S]*?)\n<!-- defects:end -->/.exec(readme);
  if (!match?.[1]) throw new Error('samples/README.md: no table between <!-- defects:start --> and <!-- defects:end -->.');
  const [header = '', separator = '', ...rows] = match[1].split('\n');
  const defects = rows.map((row) => {
    const [id = '', set = '', file = '', line = '', defect = '', evidence = ''] = tableCells(row);
    return { id, set, file, line: Number(line), defect, evidence };
  });
  return { header: tableCells(header), separator, defects };
}
