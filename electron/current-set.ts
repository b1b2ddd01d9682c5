// The main process needs to know which set the window shows (for Export Review Notes… and the
// Open Recent menu); it learns it by watching the renderer's own openSet/setSource calls.
import { reviewApiMethods, type ReviewHandlers } from '../shared/api.js';
import type { DocumentSet } from '../shared/model.js';

export function trackOpenedSet(service: ReviewHandlers, onOpened: (set: DocumentSet) => void): ReviewHandlers {
  const tracked: Record<string, (args: never) => Promise<unknown>> = {};
  for (const method of reviewApiMethods) {
    const call = service[method] as (args: never) => Promise<unknown>;
    tracked[method] = (args) => call.call(service, args);
  }
  const handlers = tracked as unknown as ReviewHandlers;
  handlers.openSet = async (args) => {
    const opened = await service.openSet(args);
    onOpened(opened.set);
    return opened;
  };
  handlers.setSource = async (args) => {
    const set = await service.setSource(args);
    onOpened(set);
    return set;
  };
  return handlers;
}
