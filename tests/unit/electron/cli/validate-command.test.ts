import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/run.js';
import { placeOf } from '../../../../electron/cli/validate-command.js';
import { textHash } from '../../../../electron/service/text-cache.js';
import type { Sidecar } from '../../../../shared/model.js';
import { codePointLength, sidecarToText } from '../../../../shared/review/index.js';
import { annotationOn } from '../../shared/review/fixtures.js';
import { testCli } from './cli-context.js';

const english = 'The cat sat on the mat.\n';
const german = 'Die Katze saß auf der Matte.\n';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'verso-validate-'));
  writeFileSync(path.join(dir, 'story.en.txt'), english);
  writeFileSync(path.join(dir, 'story.de.txt'), german);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function sidecarFor(fileName: string, text: string, annotations = [annotationOn(text, text.slice(4, 9))]): Sidecar {
  return { schema: 1, document: { fileName, hash: textHash(text), length: codePointLength(text) }, annotations };
}

async function validate(): Promise<{ code: number; out: string }> {
  const run = testCli({ root: process.cwd(), cwd: dir, userData: path.join(dir, '.user') });
  const code = await runCli(['validate', '.'], run.context);
  return { code, out: run.out.join('') + run.err.join('') };
}

describe('verso validate', () => {
  it('passes a set whose sidecars match the format and their documents', async () => {
    writeFileSync(path.join(dir, 'story.de.txt.review.json'), sidecarToText(sidecarFor('story.de.txt', german)));
    writeFileSync(path.join(dir, 'story.en.txt.review.json'), sidecarToText(sidecarFor('story.en.txt', english)));
    writeFileSync(path.join(dir, 'verso.review.json'), '{ "schema": 1, "sourceDocument": "story.en.txt" }\n');
    expect(await validate()).toEqual({ code: 0, out: '3 sidecars checked, 0 problems.\n' });
  });

  it('reports a sidecar that does not parse with its line and column, and exits 1', async () => {
    writeFileSync(path.join(dir, 'story.de.txt.review.json'), '{\n  "schema": 1,\n  "document": {,\n}\n');
    const { code, out } = await validate();
    expect(code).toBe(1);
    expect(out).toMatch(/^story\.de\.txt\.review\.json: line 3, column 16: not valid JSON: .*Fix it in a text editor\.$/m);
    expect(out).toContain('1 sidecar checked, 1 problem.');
  });

  it('reports every schema problem with its place, duplicate ids and reversed spans', async () => {
    const sidecar = sidecarFor('story.de.txt', german) as unknown as { annotations: Record<string, unknown>[] };
    const first = sidecar.annotations[0] as Record<string, unknown>;
    sidecar.annotations.push({ ...first, severity: 'blocker' }, { ...first, status: 'closed' });
    writeFileSync(path.join(dir, 'story.de.txt.review.json'), JSON.stringify(sidecar));
    let { code, out } = await validate();
    expect(code).toBe(1);
    expect(out).toMatch(/story\.de\.txt\.review\.json: at annotations\[1\]\.severity: .+/);
    expect(out).toMatch(/story\.de\.txt\.review\.json: at annotations\[2\]\.status: .+/);
    expect(out).toContain('2 problems');

    const twins = sidecarFor('story.de.txt', german);
    const one = twins.annotations[0] as Sidecar['annotations'][number];
    twins.annotations.push({ ...one, target: { selector: [one.target.selector[0], { type: 'TextPositionSelector', start: 9, end: 4 }] } });
    writeFileSync(path.join(dir, 'story.de.txt.review.json'), sidecarToText(twins));
    ({ code, out } = await validate());
    expect(code).toBe(1);
    expect(out).toContain(`at annotations[1].id: "${one.id}" is also the id of annotations[0]`);
    expect(out).toContain('at annotations[1].target.selector[1]: start 9 is after end 4');
  });

  it('refuses a sidecar of a newer format and says to update Verso', async () => {
    writeFileSync(path.join(dir, 'story.de.txt.review.json'), sidecarToText({ ...sidecarFor('story.de.txt', german), schema: 7 }));
    const { code, out } = await validate();
    expect(code).toBe(1);
    expect(out).toContain('format 7 is newer than this Verso knows (1). Update Verso');
  });

  it('warns, without failing, when the document changed since the comments were made', async () => {
    writeFileSync(path.join(dir, 'story.de.txt.review.json'), sidecarToText(sidecarFor('story.de.txt', german)));
    writeFileSync(path.join(dir, 'story.de.txt'), 'Die Katze lag auf der Matte.\n');
    const { code, out } = await validate();
    expect(code).toBe(0);
    expect(out).toContain('story.de.txt.review.json: warning: at document.hash: story.de.txt changed since these comments were made');
    expect(out).toContain('1 sidecar checked, 0 problems, 1 warning.');
  });

  it('reports a broken verso.review.json', async () => {
    writeFileSync(path.join(dir, 'verso.review.json'), '{ "sourceDocument": 3 }');
    const { code, out } = await validate();
    expect(code).toBe(1);
    expect(out).toContain('verso.review.json is not a Verso set review file');
  });

  it('names places the way a reader finds them', () => {
    expect(placeOf([])).toBe('the top level');
    expect(placeOf(['annotations', 2, 'target', 'selector', 0, 'exact'])).toBe('annotations[2].target.selector[0].exact');
  });
});
