// The calls that write a sidecar and have not finished yet, so quitting can wait for them: a
// comment saved a moment before the window closes is still on its way (reading the text, the
// settings) before its write is even queued.
import type { ReviewHandlers } from '../../shared/api.js';

export class PendingWrites {
  private readonly pending = new Set<Promise<unknown>>();

  track<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work);
    const forget = () => this.pending.delete(work);
    work.then(forget, forget);
    return work;
  }

  /** Resolves when every call tracked so far (and any tracked meanwhile) has settled. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}

/** Routes the named handlers of `service` through `writes`. */
export function trackWrites<S extends ReviewHandlers>(service: S, writes: PendingWrites, names: readonly (keyof ReviewHandlers)[]): void {
  for (const name of names) {
    const original = service[name] as unknown as (args: unknown) => Promise<unknown>;
    if (typeof original !== 'function') continue;
    Object.defineProperty(service, name, {
      value: (args: unknown) => writes.track(original.call(service, args)),
      configurable: true,
      writable: true,
    });
  }
}
