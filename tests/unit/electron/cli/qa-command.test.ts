import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lineAndColumn, runQaCommand, setOpenerFor, type QaSetOpener } from '../../../../electron/cli/qa-command.js';
import { readTextFile } from '../../../../electron/cli/read-text.js';
import { ReviewService } from '../../../../electron/service/review-service.js';
import type { QaFinding } from '../../../../shared/api.js';
import { describeCheck } from '../../../../shared/qa/index.js';

interface JsonFinding {
  id?: string;
  check: string;
  severity: string;
  category: string;
  document: string;
  start: number;
  end: number;
  message: string;
  related: { document: string; start: number; end: number }[];
  muted: boolean;
}

const samples = path.resolve(__dirname, '../../../../samples');
const userData = mkdtempSync(path.join(tmpdir(), 'verso-qa-cli-'));
const service = new ReviewService({ userDataDir: userData, host: 'browser' });
afterAll(async () => {
  await service.dispose();
  rmSync(userData, { recursive: true, force: true });
});

const noSet: QaSetOpener = async (p) => {
  throw new Error(`this test opens files, not the set ${p}`);
};

async function run(argv: string[], files: Record<string, string>, openSet: QaSetOpener = noSet): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runQaCommand(
    argv,
    {
      readFile: async (p) => {
        const text = files[p];
        if (text === undefined) throw new Error(`${p}: no such file. Check the path.`);
        return text;
      },
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
    },
    openSet,
  );
  return { code, out, err };
}

const EN = '# Guide\n\nThe bridge was built in 1887. It is 312 metres long.\n\nTrains used it until 1991.\n';
const DE_WRONG_NUMBER = '# Anleitung\n\nDie Brücke wurde 1887 gebaut. Sie ist 321 Meter lang.\n\nZüge fuhren bis 1991 darüber.\n';
const DE_GOOD = '# Anleitung\n\nDie Brücke wurde 1887 gebaut. Sie ist 312 Meter lang.\n\nZüge fuhren bis 1991 darüber.\n';

describe('verso qa FILE...', () => {
  it('prints the issue JSON: check, severity, category, document path, offsets and related spans', async () => {
    const { code, out } = await run(['guide.en.md', 'guide.de.md', '--json'], { 'guide.en.md': EN, 'guide.de.md': DE_WRONG_NUMBER });
    expect(code).toBe(0);
    const { findings } = JSON.parse(out) as { findings: JsonFinding[] };
    const number = findings.find((f) => f.check === 'numbers');
    expect(number).toBeDefined();
    expect(number).toMatchObject({ severity: 'major', document: 'guide.de.md' });
    // A changed value (312 → 321) is an accuracy error; the check's default category is for format-only differences.
    expect(number?.category).toBe('accuracy/mistranslation');
    expect(describeCheck('numbers')?.category).toBe('locale-conventions/number-format');
    expect(DE_WRONG_NUMBER.slice(number?.start, number?.end)).toBe('321');
    const related = number?.related[0];
    expect(related?.document).toBe('guide.en.md');
    expect(EN.slice(related?.start, related?.end)).toContain('312');
  });

  it('exits 1 when a finding reaches --fail-on and 0 when every finding is below it', async () => {
    const files = { 'guide.en.md': EN, 'guide.de.md': DE_WRONG_NUMBER };
    expect((await run(['guide.en.md', 'guide.de.md', '--fail-on', 'major'], files)).code).toBe(1);
    expect((await run(['guide.en.md', 'guide.de.md', '--fail-on=minor'], files)).code).toBe(1);
    expect((await run(['guide.en.md', 'guide.de.md', '--fail-on', 'critical'], files)).code).toBe(0);
  });

  it('prints findings as file:line:column text, and says so when there are none', async () => {
    const bad = await run(['guide.en.md', 'guide.de.md'], { 'guide.en.md': EN, 'guide.de.md': DE_WRONG_NUMBER });
    expect(bad.out).toMatch(/^guide\.de\.md:3:\d+: major \[numbers\] .*“321”$/m);
    expect(bad.out).toMatch(/1 finding \(1 major\) in 2 documents\.\n$/);
    const good = await run(['guide.en.md', 'guide.de.md', '--fail-on', 'minor'], { 'guide.en.md': EN, 'guide.de.md': DE_GOOD });
    expect(good).toMatchObject({ code: 0, out: 'No findings in 2 documents.\n' });
  });

  it('refuses bad usage with exit code 2 and names the problem', async () => {
    const badLevel = await run(['a.en.md', '--fail-on', 'serious'], {});
    expect(badLevel.code).toBe(2);
    expect(badLevel.err).toContain('--fail-on must be minor, major or critical, not "serious"');
    expect((await run([], {})).code).toBe(2);
    expect((await run(['--frobnicate', 'a.en.md'], {})).err).toContain('Unknown option --frobnicate');
  });

  it('reports an unreadable file with exit code 1 and the file name', async () => {
    const { code, err } = await run(['guide.en.md', 'missing.de.md'], { 'guide.en.md': EN });
    expect(code).toBe(1);
    expect(err).toContain('missing.de.md: no such file');
  });
});

describe('verso qa SET', () => {
  it('opens a folder through the set opener and names documents by path, source from the manifest', async () => {
    const article = path.join(samples, 'article');
    const { code, out, err } = await run([article, '--json', '--fail-on', 'major'], {}, setOpenerFor(service, () => {}));
    expect(err).toBe('');
    expect(code).toBe(1);
    const { findings } = JSON.parse(out) as { findings: JsonFinding[] };
    const german = path.join(article, 'field-guide.de.md');
    const untranslated = findings.find((f) => f.document === german && f.check === 'untranslated');
    expect(untranslated).toBeDefined();
    const text = await readTextFile(german);
    expect(text.slice(untranslated?.start, untranslated?.end)).toBe('Please replace any green sachet as soon as you notice it.');
    expect(untranslated?.related[0]?.document).toBe(path.join(article, 'field-guide.en.md'));
  });

  it('runs a set with no source by comparing the translations with each other', async () => {
    const folder = path.join(samples, 'translations-only');
    const { out } = await run([folder, '--json'], {}, setOpenerFor(service, () => {}));
    const { findings } = JSON.parse(out) as { findings: JsonFinding[] };
    const dutch = findings.find((f) => f.document === path.join(folder, 'clockmaker.nl.txt') && f.check === 'numbers');
    expect(dutch?.message).toContain('300');
  });

  it('reports a set that cannot be opened with exit code 1 and the opener’s message', async () => {
    const { code, err } = await run([path.join(samples, 'no-such-set')], {}, setOpenerFor(service, () => {}));
    expect(code).toBe(1);
    expect(err).toMatch(/^verso qa: Cannot open .*no-such-set: nothing exists at that path/);
  });
});

describe('verso qa SET with findings muted in the app', () => {
  // A temp copy of a sample set; the mutes are written by a ReviewService, the way the app writes them,
  // and each `verso qa` run gets a fresh service, as the command line does.
  const setDir = path.join(userData, 'muted-article');
  cpSync(path.join(samples, 'article'), setDir, { recursive: true });
  const german = path.join(setDir, 'field-guide.de.md');

  async function cliRun(argv: string[]): Promise<{ code: number; out: string; err: string }> {
    const cliService = new ReviewService({ userDataDir: path.join(userData, 'cli'), host: 'browser' });
    try {
      return await run([setDir, ...argv], {}, setOpenerFor(cliService, (t) => process.stderr.write(t)));
    } finally {
      await cliService.dispose();
    }
  }

  async function muteInApp(pick: (f: QaFinding) => boolean): Promise<QaFinding[]> {
    const app = new ReviewService({ userDataDir: path.join(userData, 'app'), host: 'browser' });
    try {
      const { set } = await app.openSet({ path: setDir });
      const chosen = (await app.runQa({ root: set.root })).findings.filter(pick);
      for (const f of chosen) await app.muteFinding({ root: set.root, findingId: f.id, muted: true });
      return chosen;
    } finally {
      await app.dispose();
    }
  }

  const isGermanUntranslated = (f: { check: string; documentId?: string; document?: string }) =>
    f.check === 'untranslated' && (f.documentId === 'field-guide.de.md' || f.document === german);

  it('leaves a muted finding out of the text and JSON output, and lists it marked muted with --include-muted', async () => {
    const before = JSON.parse((await cliRun(['--json'])).out) as { findings: JsonFinding[]; mutedNotShown: number };
    expect(before.findings.filter(isGermanUntranslated)).toHaveLength(1);
    expect(before.mutedNotShown).toBe(0);

    const [muted] = await muteInApp((f) => isGermanUntranslated(f));
    expect(muted).toBeDefined();
    // The app's format: qa.muted entries with the id, check, document and the flagged text.
    const review = JSON.parse(readFileSync(path.join(setDir, 'verso.review.json'), 'utf8')) as { qa: { muted: unknown[] } };
    expect(review.qa.muted).toContainEqual({ id: muted?.id, check: 'untranslated', document: 'field-guide.de.md', text: 'Please replace any green sachet as soon as you notice it.' });

    const json = JSON.parse((await cliRun(['--json'])).out) as { findings: JsonFinding[]; mutedNotShown: number };
    expect(json.findings.filter(isGermanUntranslated)).toEqual([]);
    expect(json.findings).toHaveLength(before.findings.length - 1);
    expect(json.mutedNotShown).toBe(1);
    expect(json.findings.every((f) => !f.muted)).toBe(true);

    const text = (await cliRun([])).out;
    expect(text).not.toContain('Please replace any green sachet');
    expect(text).toMatch(/; 1 muted finding not shown \(--include-muted lists them\)\.\n$/);

    const all = JSON.parse((await cliRun(['--json', '--include-muted'])).out) as { findings: JsonFinding[]; mutedNotShown: number };
    expect(all.findings).toHaveLength(before.findings.length);
    expect(all.mutedNotShown).toBe(0);
    expect(all.findings.filter((f) => f.muted)).toEqual([expect.objectContaining({ id: muted?.id, check: 'untranslated', document: german, muted: true })]);

    const allText = (await cliRun(['--include-muted'])).out;
    expect(allText).toMatch(new RegExp(`^${german.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: \\w+ \\(muted\\) \\[untranslated\\] .*“Please replace any green sachet`, 'm'));
    expect(allText).toMatch(/; 1 muted finding listed too\.\n$/);
  });

  it('does not fail --fail-on on muted findings, even when --include-muted lists them', async () => {
    expect((await cliRun(['--fail-on', 'major'])).code).toBe(1);
    const mutedNow = await muteInApp((f) => f.severity !== 'minor' && !f.muted);
    expect(mutedNow.length).toBeGreaterThan(0);
    const quiet = await cliRun(['--fail-on', 'major']);
    expect(quiet.code).toBe(0);
    expect(quiet.out).not.toMatch(/: (major|critical) \[/);
    const listed = await cliRun(['--fail-on', 'major', '--include-muted']);
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(/: major \(muted\) \[/);
    // The minor findings nobody muted still fail a stricter run.
    const left = (JSON.parse((await cliRun(['--json'])).out) as { findings: JsonFinding[] }).findings;
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((f) => f.severity === 'minor')).toBe(true);
    expect((await cliRun(['--fail-on', 'minor'])).code).toBe(1);
  });

  it('honours a mute written as a bare finding id, and shows a finding again once it is unmuted in the app', async () => {
    const reviewFile = path.join(setDir, 'verso.review.json');
    const listed = (JSON.parse((await cliRun(['--json', '--include-muted'])).out) as { findings: JsonFinding[] }).findings;
    const numbers = listed.find((f) => f.check === 'numbers' && f.severity === 'major');
    const untranslated = listed.find(isGermanUntranslated);
    expect(numbers?.id).toMatch(/^qa-/);
    const review = JSON.parse(readFileSync(reviewFile, 'utf8')) as { qa: { muted: unknown[] } };
    review.qa.muted = [numbers?.id, { id: untranslated?.id, check: 'untranslated', document: 'field-guide.de.md', text: '' }];
    writeFileSync(reviewFile, JSON.stringify(review, null, 2));
    const json = JSON.parse((await cliRun(['--json'])).out) as { findings: JsonFinding[]; mutedNotShown: number };
    expect(json.mutedNotShown).toBe(2);
    expect(json.findings.some((f) => f.id === numbers?.id || f.id === untranslated?.id)).toBe(false);

    const app = new ReviewService({ userDataDir: path.join(userData, 'app'), host: 'browser' });
    try {
      const { set } = await app.openSet({ path: setDir });
      await app.muteFinding({ root: set.root, findingId: untranslated?.id ?? '', muted: false });
    } finally {
      await app.dispose();
    }
    const after = JSON.parse((await cliRun(['--json'])).out) as { findings: JsonFinding[]; mutedNotShown: number };
    expect(after.mutedNotShown).toBe(1);
    expect(after.findings.some((f) => f.id === untranslated?.id && !f.muted)).toBe(true);
  });
});

describe('lineAndColumn', () => {
  it('counts lines from 1 and columns in UTF-16 units from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('a\r\nb', 3)).toEqual({ line: 2, column: 1 });
  });
});
