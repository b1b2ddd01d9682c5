#!/usr/bin/env node
// The `verso` command. The CLI is bundled to dist/cli.cjs by `npm run build` (run by `prepare`).
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.cjs');
if (!fs.existsSync(cli)) {
  process.stderr.write(`verso: ${cli} is missing. Run "npm run build" in ${path.dirname(__dirname)} first.\n`);
  process.exit(2);
}
require(cli);
