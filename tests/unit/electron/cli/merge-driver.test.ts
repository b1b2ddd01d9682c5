// The merge driver as git runs it: a real repository, the README's two lines of configuration,
// the bundled CLI, and two branches that both comment on the same document.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation, Sidecar } from '../../../../shared/model.js';
import { readSidecarText, sidecarToText } from '../../../../shared/review/index.js';
import { annotationOn } from '../../shared/review/fixtures.js';

const repoRoot = path.resolve(__dirname, '../../../..');
const text = 'The cat sat on the mat. It purred loudly at the dog.\n';
let work: string;
let cli: string;
let repo: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'verso-merge-driver-'));
  // A fresh bundle of this checkout's CLI, so the test never runs a stale dist/cli.cjs.
  cli = path.join(work, 'cli.cjs');
  await build({
    entryPoints: [path.join(repoRoot, 'electron/cli.ts')],
    outfile: cli,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['electron'],
    logLevel: 'warning',
    absWorkingDir: repoRoot,
  });
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function git(...args: string[]): { status: number; output: string } {
  const result = spawnSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, HOME: work, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Ana', GIT_AUTHOR_EMAIL: 'ana@example.org', GIT_COMMITTER_NAME: 'Ana', GIT_COMMITTER_EMAIL: 'ana@example.org' },
  });
  return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}
function ok(...args: string[]): string {
  const result = git(...args);
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.output}`);
  return result.output;
}

const sidecarFile = () => path.join(repo, 'story.de.txt.review.json');
function writeSidecar(annotations: Annotation[]): void {
  const sidecar: Sidecar = { schema: 1, document: { fileName: 'story.de.txt', hash: 'sha256:x', length: text.length - 1 }, annotations };
  writeFileSync(sidecarFile(), sidecarToText(sidecar));
}
function readSidecar(): Sidecar {
  const reading = readSidecarText(readFileSync(sidecarFile(), 'utf8'), 'story.de.txt.review.json');
  if (reading.kind !== 'ok') throw new Error(reading.reason);
  return reading.sidecar;
}
function commitSidecar(annotations: Annotation[], message: string): void {
  writeSidecar(annotations);
  ok('commit', '-q', '-am', message);
}

const cat = annotationOn(text, 'cat', { id: 'a-cat' });
const mat = annotationOn(text, 'mat', { id: 'a-mat' });
const later = (a: Annotation, fields: Partial<Annotation>, day: string): Annotation => ({ ...a, ...fields, modified: `2025-02-${day}T00:00:00.000Z` });

beforeEach(() => {
  repo = mkdtempSync(path.join(work, 'repo-'));
  ok('init', '-q', '-b', 'main');
  // The two lines the README gives, with the bundled CLI in place of npx.
  writeFileSync(path.join(repo, '.gitattributes'), '*.review.json merge=verso\n');
  ok('config', 'merge.verso.driver', `"${process.execPath}" "${cli}" merge-driver %O %A %B %P`);
  writeFileSync(path.join(repo, 'story.de.txt'), text);
  writeSidecar([cat, mat]);
  ok('add', '.');
  ok('commit', '-q', '-m', 'Two comments');
});

describe('verso merge-driver under git', () => {
  it('merges two branches that each add and edit comments, losing none', () => {
    const dog = annotationOn(text, 'dog', { id: 'a-dog' });
    const purred = annotationOn(text, 'purred', { id: 'a-purred' });
    ok('checkout', '-q', '-b', 'ana');
    const anaCat = later(cat, { status: 'resolved' }, '02');
    const anaMat = later(mat, { replies: [{ id: 'r-ana', author: 'Ana', created: '2025-02-02T00:00:00.000Z', text: 'See the glossary.' }] }, '02');
    commitSidecar([anaCat, anaMat, dog], 'Ana reviews');
    ok('checkout', '-q', 'main');
    ok('checkout', '-q', '-b', 'bo');
    const boMat = later(mat, { comment: 'Matte is right here', replies: [{ id: 'r-bo', author: 'Bo', created: '2025-02-03T00:00:00.000Z', text: 'Agreed.' }] }, '03');
    commitSidecar([cat, boMat, purred], 'Bo reviews');

    const merge = git('merge', '--no-edit', 'ana');
    expect(merge.status, merge.output).toBe(0);
    const merged = readSidecar();
    expect(merged.annotations.map((a) => a.id).sort()).toEqual(['a-cat', 'a-dog', 'a-mat', 'a-purred']);
    const byId = new Map(merged.annotations.map((a) => [a.id, a]));
    expect(byId.get('a-cat')).toEqual(anaCat);
    expect(byId.get('a-mat')?.comment).toBe('Matte is right here');
    expect(byId.get('a-mat')?.replies.map((r) => r.id).sort()).toEqual(['r-ana', 'r-bo']);
    expect(readFileSync(sidecarFile(), 'utf8')).toBe(sidecarToText(merged));
    expect(ok('status', '--porcelain')).toBe('');
  });

  it('keeps both versions of a comment both branches changed and leaves the file conflicted for the reviewer', () => {
    ok('checkout', '-q', '-b', 'ana');
    commitSidecar([later(cat, { comment: 'Use Katze' }, '02'), mat], 'Ana edits');
    ok('checkout', '-q', 'main');
    commitSidecar([later(cat, { comment: 'Use Kater' }, '03'), mat], 'Bo edits');

    const merge = git('merge', '--no-edit', 'ana');
    expect(merge.status).not.toBe(0);
    expect(merge.output).toMatch(/comment a-cat changed differently on both sides: both versions are kept \(theirs as a-cat-conflict-[0-9a-f]{8}\)/);
    expect(ok('status', '--porcelain')).toContain('UU story.de.txt.review.json');
    const merged = readSidecar();
    expect(merged.annotations.map((a) => a.comment)).toEqual(['Use Kater', expect.stringMatching(/^\[Merge conflict: .*\] Use Katze$/), mat.comment]);
  });

  it('leaves our version untouched when the other side does not parse', () => {
    ok('checkout', '-q', '-b', 'ana');
    writeFileSync(sidecarFile(), '{ "schema": 1, ');
    ok('commit', '-q', '-am', 'Broken');
    ok('checkout', '-q', 'main');
    const mine = [later(cat, { comment: 'Mine' }, '03'), mat];
    commitSidecar(mine, 'Bo edits');
    const merge = git('merge', '--no-edit', 'ana');
    expect(merge.status).not.toBe(0);
    expect(merge.output).toMatch(/their version \(.+\) is not valid JSON: .* at line 1, column 16/);
    expect(readSidecar().annotations).toEqual(mine);
  });
});
