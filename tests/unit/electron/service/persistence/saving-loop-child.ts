// A process saving a sidecar in a loop with the real store code (bundled by the fault-injection
// test with esbuild): `SIDECAR` — saves known states k+1, k+2, … until it is killed.
import { readSidecarFile, SidecarStore } from '../../../../../electron/service/sidecar-store.js';
import { textHash } from '../../../../../electron/service/text-cache.js';
import { documentText, knownAnnotation } from './known-states.js';

async function loop(sidecar: string): Promise<void> {
  const store = new SidecarStore();
  const document = { text: documentText, hash: textHash(documentText) };
  await store.load(sidecar);
  let k = (await readSidecarFile(sidecar)).sidecar?.annotations.length ?? 0;
  process.stdout.write('ready\n');
  for (;;) {
    k++;
    await store.edit(sidecar, 'doc.de.txt', document, { kind: 'add', annotation: knownAnnotation(k) });
    process.stdout.write(`saved ${k}\n`);
  }
}

loop(process.argv[2] ?? '').catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
