// Set-wide figures (a pair's length ratio, which targets a source got elsewhere) are computed once
// per rows array and reused for every row. A different documents array or source invalidates them.
import type { QaContext } from './types.js';

interface Entry {
  documents: QaContext['documents'];
  sourceIndex: number | null;
  values: Map<string, unknown>;
}

const memo = new WeakMap<QaContext['rows'], Entry>();

export function setMemo<T>(context: QaContext, key: string, compute: () => T): T {
  let entry = memo.get(context.rows);
  if (!entry || entry.documents !== context.documents || entry.sourceIndex !== context.sourceIndex) {
    entry = { documents: context.documents, sourceIndex: context.sourceIndex, values: new Map() };
    memo.set(context.rows, entry);
  }
  if (entry.values.has(key)) return entry.values.get(key) as T;
  const value = compute();
  entry.values.set(key, value);
  return value;
}

const pairKeys = new Map<string, string[][]>();

/** `name:source:target`, made once per pair: checks ask for it on every row. */
export function pairKey(name: string, source: number, target: number): string {
  let bySource = pairKeys.get(name);
  if (!bySource) {
    bySource = [];
    pairKeys.set(name, bySource);
  }
  const byTarget = (bySource[source] ??= []);
  return (byTarget[target] ??= `${name}:${source}:${target}`);
}
