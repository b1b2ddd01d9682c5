// Another Verso adding comments to a set through the real ReviewService (bundled by the
// concurrent-writers test with esbuild): `ROOT DOCUMENT_ID COUNT TAG`.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReviewService } from '../../../../../electron/service/review-service.js';

async function add(root: string, documentId: string, count: number, tag: string): Promise<void> {
  const service = new ReviewService({ host: 'browser', userDataDir: mkdtempSync(join(tmpdir(), 'verso-writer-')) });
  await service.openSet({ path: root });
  for (let i = 0; i < count; i++) {
    const start = (i * 3) % 20;
    await service.addAnnotation({
      root,
      documentId,
      draft: { start, end: start + 4, category: 'style', severity: 'minor', comment: `${tag} ${i}`, suggestion: '', links: [] },
    });
  }
  await service.flush();
  await service.dispose();
}

const [root = '', documentId = '', count = '0', tag = ''] = process.argv.slice(2);
add(root, documentId, Number(count), tag).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
