// The text of `verso --help`: every command, what it does, and examples to copy.

export const HELP_TEXT = `verso: side-by-side translation review

Usage:
  verso open [SET]
      Open SET in the Verso desktop app (needs an installed Electron binary).
  verso serve [SET] [--port N] [--no-open]
      Review in your browser: serve Verso on 127.0.0.1, print the address (with its access
      token) and open it. --port picks the port (default: any free one); --no-open only prints.
  verso export SET [--format md|csv] [--out FILE]
      Write the review notes (comments of every document of SET) as Markdown or CSV to FILE,
      or to standard output. The format defaults to FILE's extension, else md.
  verso align FILE... [options]
      Align documents section by section and sentence by sentence and print the rows
      (run \`verso align --help\` for its options).
  verso qa SET|FILE... [--json] [--fail-on minor|major|critical] [--include-muted]
      QA checks (numbers, placeholders, quotation marks, omissions, untranslated text, …) over a
      set or files (the first file is the source); exit 1 when a finding reaches --fail-on.
      Findings muted in the app (verso.review.json) are left out and never fail the run;
      --include-muted lists them too, marked (muted).
  verso validate SET
      Check every review file of SET (*.review.json and verso.review.json) against the format in
      docs/sidecar-format.md; one line per problem, exit 1 if there is any.
  verso merge-driver BASE OURS THEIRS [PATH]
      Git merge driver for *.review.json: merges comments by id, keeps both versions of a comment
      changed on both branches (exit 1 so git marks the file conflicted). See the README.
  verso --help      Show this text.
  verso --version   Show the version.

SET is a folder of documents named <name>.<lang>.<ext> (guide.en.md, guide.pt-BR.md), a folder
with one subfolder per language (en/, ja/), or a verso.json manifest. Without SET, open and
serve use the bundled sample set samples/article.

Settings and recent sets are kept in $VERSO_USER_DATA, else $XDG_CONFIG_HOME/verso or ~/.config/verso.

Examples:
  verso open samples/article
  verso serve samples/revisions --port 8123 --no-open
  verso export ~/work/manual --format csv --out review.csv
  verso align guide.en.md guide.te.md --json
  verso align --segmented source.txt target.txt
  verso qa samples/article --fail-on major
  verso validate ~/work/manual

Exit codes: 0 success, 1 failure (message on standard error), 2 bad usage.
`;
