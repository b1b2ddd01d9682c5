import { describe, expect, it } from 'vitest';
import type { Sidecar } from '../../../../shared/model.js';
import { lineAndColumnAt, parseJsonText, readSidecarText, sidecarFileName, sidecarToText, stableJson } from '../../../../shared/review/index.js';
import { annotationOn } from './fixtures.js';

const text = 'Hello world. Second sentence.';
const sidecar: Sidecar = {
  schema: 1,
  document: { fileName: 'guide.en.md', hash: 'sha256:abc', length: text.length },
  annotations: [annotationOn(text, 'world')],
};

describe('sidecar text', () => {
  it('round-trips with stable key order, 2-space indentation and a trailing newline', () => {
    const written = sidecarToText(sidecar);
    expect(written.endsWith('}\n')).toBe(true);
    expect(written.split('\n')[1]).toBe('  "schema": 1,');
    expect(Object.keys(JSON.parse(written) as object)).toEqual(['schema', 'document', 'annotations']);
    const keys = Object.keys((JSON.parse(written) as Sidecar).annotations[0] as object);
    expect(keys.slice(0, 3)).toEqual(['id', 'target', 'links']);
    const reading = readSidecarText(written, 'guide.en.md.review.json');
    expect(reading).toEqual({ kind: 'ok', sidecar });
    // The same data in another key order writes identically.
    const shuffled = { annotations: sidecar.annotations, document: sidecar.document, schema: 1 };
    expect(stableJson(shuffled)).toBe(written);
  });

  it('reports a JSON error with its line and column', () => {
    const broken = '{\n  "schema": 1,\n  "document": {,\n}';
    const reading = readSidecarText(broken, 'a.md.review.json');
    expect(reading.kind).toBe('read-only');
    if (reading.kind === 'read-only') {
      expect(reading.reason).toMatch(/a\.md\.review\.json is not valid JSON: .* at line 3, column 16/);
      expect(reading.sidecar).toBeNull();
    }
  });

  it('reports a schema error with the field path', () => {
    const wrong = JSON.stringify({ ...sidecar, annotations: [{ ...sidecar.annotations[0], severity: 'huge' }] });
    const reading = readSidecarText(wrong, 'a.md.review.json');
    expect(reading.kind).toBe('read-only');
    if (reading.kind === 'read-only') expect(reading.reason).toMatch(/not a Verso review file: at annotations\.0\.severity/);
  });

  it('opens a newer format read-only but still shows comments it can read', () => {
    const newer = JSON.stringify({ ...sidecar, schema: 2 });
    const reading = readSidecarText(newer, 'a.md.review.json');
    expect(reading.kind).toBe('read-only');
    if (reading.kind === 'read-only') {
      expect(reading.reason).toMatch(/newer version of Verso \(review format 2; this version knows format 1\)/);
      expect(reading.sidecar?.annotations).toHaveLength(1);
    }
  });

  it('names the sidecar after the document file', () => {
    expect(sidecarFileName('guide.pt-BR.md')).toBe('guide.pt-BR.md.review.json');
  });
});

describe('JSON positions', () => {
  it('finds the line and column of an unexpected end', () => {
    const result = parseJsonText('{\n"a": [1,\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.line, result.column]).toEqual([3, 1]);
  });

  it('counts CRLF as one line end and columns in code points', () => {
    expect(lineAndColumnAt('ab\r\n😀x', 6)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumnAt('a\rb', 2)).toEqual({ line: 2, column: 1 });
  });
});

describe('JSON syntax errors without a position from the engine', () => {
  const cases: [string, number, number, RegExp][] = [
    ['{\n  "a": 1,\n}', 3, 1, /property name/],
    ['[1, 2,, 3]', 1, 7, /unexpected ','/],
    ['{"a": "open\n"}', 1, 12, /line break/],
    ['{"a": tru}', 1, 7, /unexpected 't'/],
    ['{"a": 1} x', 1, 10, /after the end/],
    ['{"a": [1, 2}', 1, 12, /expected ',' or '\]'/],
    ['{"a": "x', 1, 9, /not closed/],
  ];
  for (const [text, line, column, reason] of cases) {
    it(`locates the error in ${JSON.stringify(text)}`, () => {
      const result = parseJsonText(text);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect([result.line, result.column]).toEqual([line, column]);
        expect(result.reason).toMatch(reason);
      }
    });
  }
});
