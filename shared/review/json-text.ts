// JSON as people edit it by hand: parse errors with a line and column, and output with a stable
// key order so sidecars diff cleanly in git.
import { findJsonSyntaxError } from './json-syntax.js';

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; line: number; column: number; reason: string };

/** JSON.parse, but a failure says where: 1-based line and column (column in code points). */
export function parseJsonText(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const found = findJsonSyntaxError(text);
    const offset = found?.offset ?? text.length;
    const { line, column } = lineAndColumnAt(text, offset);
    return { ok: false, line, column, reason: found?.reason ?? (error instanceof Error ? error.message : String(error)) };
  }
}

/** 1-based line and column of a UTF-16 offset; `\r\n`, `\n` and `\r` each end a line. */
export function lineAndColumnAt(text: string, offset: number): { line: number; column: number } {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < clamped; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x0a || (unit === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: Array.from(text.slice(lineStart, clamped)).length + 1 };
}

// Keys in the order a reader expects them; keys not listed follow in alphabetical order.
const keyOrder = [
  'schema', 'document', 'sourceDocument', 'fileName', 'hash', 'length', 'annotations',
  'id', 'target', 'selector', 'type', 'exact', 'prefix', 'suffix', 'start', 'end',
  'links', 'documentId', 'text', 'category', 'severity', 'comment', 'suggestion', 'status',
  'author', 'created', 'modified', 'replies',
  'reviewerName', 'lastSet', 'windowBounds', 'x', 'y', 'width', 'height', 'path', 'name', 'openedAt',
];
const rank = new Map(keyOrder.map((key, i) => [key, i]));

function orderKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(orderKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => {
    const ra = rank.get(a) ?? Number.MAX_SAFE_INTEGER;
    const rb = rank.get(b) ?? Number.MAX_SAFE_INTEGER;
    return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
  });
  return Object.fromEntries(entries.map(([k, v]) => [k, orderKeys(v)]));
}

/** Stable key order, 2-space indentation, trailing newline. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(orderKeys(value), null, 2)}\n`;
}
