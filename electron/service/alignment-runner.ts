// Runs alignments off the calling thread when a worker bundle is available (the built app), and
// in-process otherwise (unit tests run the TypeScript sources, which have no worker bundle).
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { alignDocuments, type AlignInput, type AlignOptions } from '../../shared/align/index.js';
import type { Alignment } from '../../shared/model.js';

export interface AlignmentRequest {
  id: number;
  inputs: AlignInput[];
  options: AlignOptions;
}

export type AlignmentReply = { id: number; alignment: Alignment } | { id: number; error: string };

interface Pending {
  resolve(alignment: Alignment): void;
  reject(error: Error): void;
}

export class AlignmentRunner {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  /** `workerFile`: the bundled align-worker.cjs; absent or missing → align in this thread. */
  constructor(private readonly workerFile?: string) {}

  get usesWorker(): boolean {
    return Boolean(this.workerFile && fs.existsSync(this.workerFile));
  }

  run(inputs: AlignInput[], options: AlignOptions): Promise<Alignment> {
    if (!this.usesWorker) return Promise.resolve().then(() => alignDocuments(inputs, options));
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<Alignment>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, inputs, options } satisfies AlignmentRequest);
    });
  }

  /** Stops the worker; pending alignments fail with a message saying so. */
  async dispose(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failAll(new Error('Alignment was cancelled because Verso is closing.'));
    if (worker) await worker.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerFile!);
    worker.unref();
    worker.on('message', (reply: AlignmentReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.alignment);
    });
    // A crashed worker (out of memory, a bug) fails what it was doing; the next call starts a new one.
    worker.on('error', (error) => {
      if (this.worker === worker) this.worker = null;
      this.failAll(new Error(`The alignment worker stopped: ${error.message}`));
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = null;
      if (code !== 0) this.failAll(new Error(`The alignment worker exited with code ${code}.`));
    });
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
