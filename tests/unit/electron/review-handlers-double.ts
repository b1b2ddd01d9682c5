// A small hand-written ReviewHandlers for transport tests: it records what each call received and
// answers a few methods; the rest fail the way a service fails.
import type { ReviewHandlers, Settings } from '../../../shared/api.js';

export interface HandlersDouble {
  handlers: ReviewHandlers;
  calls: { method: string; args: unknown }[];
}

export function reviewHandlersDouble(): HandlersDouble {
  const calls: { method: string; args: unknown }[] = [];
  let settings: Settings = { reviewerName: 'Ana', lastSet: null, windowBounds: null };
  const record = (method: string, args: unknown): void => {
    calls.push({ method, args });
  };
  const fail = (method: string) => async (args: unknown): Promise<never> => {
    record(method, args);
    throw new Error(`${method} is not available in this test`);
  };
  const handlers: ReviewHandlers = {
    getStartup: async (args) => {
      record('getStartup', args);
      return { host: 'browser', initialSet: null, settings, recent: [], samples: [] };
    },
    openSet: async (args) => {
      record('openSet', args);
      const error = new Error(`${args.path}: no such folder. Check the path.`) as Error & { code: string };
      error.code = 'not-found';
      throw error;
    },
    getSettings: async (args) => {
      record('getSettings', args);
      return settings;
    },
    updateSettings: async (args) => {
      record('updateSettings', args);
      settings = { ...settings, ...args };
      return settings;
    },
    recentSets: async (args) => {
      record('recentSets', args);
      return [{ path: '/sets/guide', name: 'guide', openedAt: '2025-01-01T00:00:00Z' }];
    },
    setSource: fail('setSource'),
    alignSet: fail('alignSet'),
    addAlignmentCorrection: fail('addAlignmentCorrection'),
    removeAlignmentCorrection: fail('removeAlignmentCorrection'),
    loadReview: fail('loadReview'),
    addAnnotation: fail('addAnnotation'),
    updateAnnotation: fail('updateAnnotation'),
    deleteAnnotation: fail('deleteAnnotation'),
    exportNotes: fail('exportNotes'),
    reattachAnnotation: fail('reattachAnnotation'),
    reviewChanges: fail('reviewChanges'),
    restoreBackup: fail('restoreBackup'),
    runQa: fail('runQa'),
    muteFinding: fail('muteFinding'),
    reviewSnapshot: fail('reviewSnapshot'),
    addReply: fail('addReply'),
    getScorecard: fail('getScorecard'),
    updateScoring: fail('updateScoring'),
  };
  return { handlers, calls };
}
