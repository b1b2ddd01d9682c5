// The `verso` command's entry, bundled to dist/cli.cjs (bin/verso.cjs loads it). It only picks the
// bundle that runs the command: `verso align` runs from dist/cli-align.cjs (electron/cli-align.ts:
// the aligner alone), every other command from dist/cli-main.cjs (electron/cli.ts: the full CLI).
// Node compiles a whole bundle before running it, and the full CLI is 2 MB (zod, franc, the review
// service): the aligner's third of it starts ~50 ms sooner, and alignment runs are timed process
// start included.
const bundle = process.argv[2] === 'align' ? './cli-align.cjs' : './cli-main.cjs';
// eslint-disable-next-line no-restricted-syntax, @typescript-eslint/no-require-imports -- a sibling bundle, loaded at run time (not a module of this code)
require(bundle);
