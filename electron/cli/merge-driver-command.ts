// `verso merge-driver BASE OURS THEIRS [PATH]`: git's merge driver for `*.review.json`
// (docs/sidecar-format.md, "Merging"). Git passes the ancestor (%O), our version (%A) and theirs
// (%B) as temporary files and takes the result from OURS. Exit 0 is a clean merge; exit 1 tells git
// the file is conflicted: either a comment was changed on both sides (the file then holds both
// versions and is valid, so the reviewer resolves it in Verso) or a version could not be read
// (OURS is left untouched).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Sidecar } from '../../shared/model.js';
import { readSidecarText, sidecarToText } from '../../shared/review/index.js';
import { mergeSidecars } from '../../shared/review/merge.js';
import { errnoCode } from '../service/errors.js';
import { parseArgs, UsageError } from './args.js';
import type { CliContext } from './context.js';

type Side = { sidecar: Sidecar | null } | { problem: string };

async function readSide(file: string, role: string): Promise<Side> {
  let text: string;
  try {
    text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    return { problem: `cannot read ${role} (${file}): ${errnoCode(error) ?? String(error)}.` };
  }
  // Git gives an empty ancestor when both branches created the file.
  if (text.trim() === '') return { sidecar: null };
  const reading = readSidecarText(text, `${role} (${file})`);
  if (reading.kind === 'ok') return { sidecar: reading.sidecar };
  return { problem: reading.reason };
}

export async function runMergeDriverCommand(argv: string[], context: CliContext): Promise<number> {
  const args = parseArgs(argv, {}, 'merge-driver');
  if (args.positionals.length < 3 || args.positionals.length > 4) {
    throw new UsageError('verso merge-driver: give BASE OURS THEIRS (git passes them as %O %A %B), and optionally the file path (%P).');
  }
  const [baseFile, oursFile, theirsFile] = args.positionals.slice(0, 3).map((p) => path.resolve(context.cwd, p)) as [string, string, string];
  const name = args.positionals[3] ?? path.basename(oursFile);
  const say = (text: string) => context.io.stderr(`verso merge-driver: ${name}: ${text}\n`);

  const sides = [
    await readSide(baseFile, 'the common ancestor'),
    await readSide(oursFile, 'our version'),
    await readSide(theirsFile, 'their version'),
  ] as const;
  const problems = sides.flatMap((side) => ('problem' in side ? [side.problem] : []));
  if (problems.length) {
    for (const problem of problems) say(problem);
    say('left as our version and marked conflicted: fix the file named above or merge the comments by hand, then git add it.');
    return 1;
  }
  const [base, ours, theirs] = sides.map((side) => ('sidecar' in side ? side.sidecar : null)) as [Sidecar | null, Sidecar | null, Sidecar | null];
  if (ours === null && theirs === null) return 0;
  const empty = (other: Sidecar): Sidecar => ({ ...other, annotations: [] });
  const merged = mergeSidecars(base, ours ?? empty(theirs as Sidecar), theirs ?? empty(ours as Sidecar));
  await writeFile(oursFile, sidecarToText(merged.sidecar), 'utf8');
  if (merged.conflicts.length === 0) return 0;
  for (const conflict of merged.conflicts) {
    const what = conflict.replyId ? `reply ${conflict.replyId} of comment ${conflict.annotationId}` : `comment ${conflict.annotationId}`;
    say(`${what} ${conflict.description}.`);
  }
  say('no comment was lost. Open the document in Verso, keep the right version of each comment marked "Merge conflict", delete the other, then git add the file.');
  return 1;
}
