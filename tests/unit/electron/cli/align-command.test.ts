import { describe, expect, it } from 'vitest';
import { languageFromFileName, runAlignCommand } from '../../../../electron/cli/align-command.js';
import type { Alignment } from '../../../../shared/model.js';

function run(argv: string[], files: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  return runAlignCommand(argv, {
    readFile: async (p) => {
      const text = files[p];
      if (text === undefined) throw new Error(`no such file ${p}`);
      return text;
    },
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
  }).then((code) => ({ code, out, err }));
}

const EN = '# Guide\n\nThe bridge was built in 1887. It is 312 metres long.\n\n- Trains used it until 1991.\n';
const DE = '# Anleitung\n\nDie Brücke wurde 1887 gebaut. Sie ist 312 Meter lang.\n\n- Züge fuhren bis 1991 darüber.\n';

describe('verso align', () => {
  it('prints the DESIGN.md §4 JSON with cells in argument order and offsets into each file', async () => {
    const { code, out } = await run(['guide.en.md', 'guide.de.md', '--json'], { 'guide.en.md': EN, 'guide.de.md': DE });
    expect(code).toBe(0);
    const result = JSON.parse(out) as Alignment;
    expect(result.documents).toEqual([{ path: 'guide.en.md', language: 'en' }, { path: 'guide.de.md', language: 'de' }]);
    expect(result.rows.map((r) => r.cells.map((c) => c.map((s) => s.text)))).toEqual([
      [['Guide'], ['Anleitung']],
      [['The bridge was built in 1887.'], ['Die Brücke wurde 1887 gebaut.']],
      [['It is 312 metres long.'], ['Sie ist 312 Meter lang.']],
      [['Trains used it until 1991.'], ['Züge fuhren bis 1991 darüber.']],
    ]);
    for (const row of result.rows) {
      expect(EN.slice(row.cells[0]?.[0]?.start, row.cells[0]?.[0]?.end)).toBe(row.cells[0]?.[0]?.text);
      expect(DE.slice(row.cells[1]?.[0]?.start, row.cells[1]?.[0]?.end)).toBe(row.cells[1]?.[0]?.text);
    }
  });

  it('aligns paragraphs with --level paragraph and prints a table without --json', async () => {
    const json = await run(['a.en.md', 'a.de.md', '--level', 'paragraph', '--json'], { 'a.en.md': EN, 'a.de.md': DE });
    expect((JSON.parse(json.out) as Alignment).rows).toHaveLength(3);
    const table = await run(['a.en.md', 'a.de.md'], { 'a.en.md': EN, 'a.de.md': DE });
    expect(table.code).toBe(0);
    expect(table.out).toContain('a.en.md (en)');
    expect(table.out).toContain('The bridge was built in 1887.');
  });

  it('prints one bead per line for --segmented input', async () => {
    const { code, out } = await run(['--segmented', 's.txt', 't.txt'], {
      's.txt': 'The bridge was built in 1887.\nIt is 312 metres long.\n',
      't.txt': 'Die Brücke wurde 1887 gebaut.\nSie ist 312 Meter lang.\nNeu hinzugefügt 2020.\n',
    });
    expect(code).toBe(0);
    expect(out).toBe('[0]:[0]\n[1]:[1]\n[]:[2]\n');
  });

  it('explains bad arguments with exit code 2', async () => {
    expect((await run(['--segmented', 'only.txt'], {})).code).toBe(2);
    const bad = await run(['a.md', '--level', 'word'], {});
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--level must be');
    expect((await run([], {})).code).toBe(2);
  });

  it('reads the language from <name>.<lang>.<ext>', () => {
    expect(languageFromFileName('docs/guide.pt-BR.md')).toBe('pt-BR');
    expect(languageFromFileName('guide.md')).toBe('und');
    expect(languageFromFileName('notes.final.txt')).toBe('und');
  });
});
