// Worker thread that runs the alignment engine, so a long alignment never blocks the process
// that serves the UI (Electron's main process, or the browser host). Bundled to
// dist/align-worker.cjs by scripts/build.mjs.
import { parentPort } from 'node:worker_threads';
import { alignDocuments } from '../../shared/align/index.js';
import type { AlignmentRequest, AlignmentReply } from './alignment-runner.js';

parentPort?.on('message', (request: AlignmentRequest) => {
  let reply: AlignmentReply;
  try {
    reply = { id: request.id, alignment: alignDocuments(request.inputs, request.options) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
