// What travels over IPC, shared by preload.ts and ipc.ts. Kept free of Node imports because the
// sandboxed preload may only require('electron').
import type { ReviewApiMethod } from '../shared/api.js';

/**
 * The ReviewApi method names, spelled out so the preload bundle need not carry zod and every
 * schema (it only needs the names). `satisfies` makes the compiler reject a missing or extra name.
 */
const methodNames = {
  getStartup: true,
  openSet: true,
  setSource: true,
  alignSet: true,
  addAlignmentCorrection: true,
  removeAlignmentCorrection: true,
  loadReview: true,
  addAnnotation: true,
  updateAnnotation: true,
  deleteAnnotation: true,
  exportNotes: true,
  reattachAnnotation: true,
  reviewChanges: true,
  restoreBackup: true,
  recentSets: true,
  getSettings: true,
  updateSettings: true,
  runQa: true,
  muteFinding: true,
  reviewSnapshot: true,
  addReply: true,
  getScorecard: true,
  updateScoring: true,
} as const satisfies Record<ReviewApiMethod, true>;

export const exposedMethods = Object.keys(methodNames) as ReviewApiMethod[];

export function apiChannel(method: ReviewApiMethod): string {
  return `verso:${method}`;
}

/**
 * A handler's answer. Failures travel as data rather than as a thrown error because Electron
 * prefixes thrown messages with "Error invoking remote method …", which is not for a reviewer.
 */
export type IpcReply = { ok: true; value: unknown } | { ok: false; error: string; code?: string };
