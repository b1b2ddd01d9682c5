import { describe, expect, it } from 'vitest';
import { reviewApiMethods, type ReviewHandlers } from '../../../shared/api.js';
import type { DocumentSet } from '../../../shared/model.js';
import { trackOpenedSet } from '../../../electron/current-set.js';
import { reviewHandlersDouble } from './review-handlers-double.js';

const set: DocumentSet = { root: '/sets/guide', openedPath: '/sets/guide', name: 'guide', layout: 'files', documents: [], sourceId: null, sourceFrom: 'none' };

describe('trackOpenedSet', () => {
  it('reports each set the renderer opens and passes every other call through', async () => {
    const { handlers, calls } = reviewHandlersDouble();
    const service: ReviewHandlers = { ...handlers, openSet: async () => ({ set, texts: [], problems: [] }), setSource: async () => ({ ...set, sourceId: 'a.en.md' }) };
    const seen: DocumentSet[] = [];
    const tracked = trackOpenedSet(service, (opened) => seen.push(opened));
    expect(Object.keys(tracked).sort()).toEqual([...reviewApiMethods].sort());
    await tracked.openSet({ path: '/sets/guide' });
    await tracked.setSource({ root: '/sets/guide', documentId: 'a.en.md' });
    await tracked.getSettings({});
    expect(seen.map((s) => s.sourceId)).toEqual([null, 'a.en.md']);
    expect(calls.map((c) => c.method)).toEqual(['getSettings']);
  });

  it('reports nothing when opening fails', async () => {
    const { handlers } = reviewHandlersDouble();
    const seen: DocumentSet[] = [];
    await expect(trackOpenedSet(handlers, (opened) => seen.push(opened)).openSet({ path: '/x' })).rejects.toThrow();
    expect(seen).toEqual([]);
  });
});
