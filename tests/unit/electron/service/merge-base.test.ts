// The comments a reviewer is shown become the base their next edit is merged against. A refresh
// (the change poll) that reads while this process is saving must not roll that base back, or the
// reviewer's own second edit would look concurrent with their first and be kept twice. The store
// orders such reads behind its saves; the race itself (a read in flight across the save's rename)
// is too narrow to provoke reliably here, so this checks the behaviour over many overlapping rounds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SidecarStore } from '../../../../electron/service/sidecar-store.js';
import { textHash } from '../../../../electron/service/text-cache.js';
import { documentText, knownAnnotation } from './persistence/known-states.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-merge-base-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a refresh during a save', () => {
  it("does not turn the reviewer's next edit into a conflict", async () => {
    const file = path.join(dir, 'doc.de.txt.review.json');
    const document = { text: documentText, hash: textHash(documentText) };
    const store = new SidecarStore();
    await store.load(file, true);
    await store.edit(file, 'doc.de.txt', document, { kind: 'add', annotation: knownAnnotation(1) });

    const severities = ['major', 'critical'] as const;
    for (let round = 0; round < 60; round++) {
      const severity = severities[round % 2]!;
      const save = store.edit(file, 'doc.de.txt', document, { kind: 'update', id: 'a-1', changes: { severity }, modified: new Date(2026, 0, 1, 0, 0, round).toISOString(), ours: store.known(file, 'a-1') });
      const refreshes = [0, 1, 2, 4].map((ms) => new Promise((resolve) => setTimeout(resolve, ms)).then(() => store.load(file, true)));
      await Promise.all([save, ...refreshes]);
      const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { annotations: { id: string; severity: string }[] };
      expect(saved.annotations.map((a) => a.id), `round ${round}`).toEqual(['a-1']);
      expect(saved.annotations[0]!.severity).toBe(severity);
    }
    expect(store.takeConflicts(file)).toEqual([]);
  });
});
