// docs/sidecar.schema.json and the zod sidecarSchema the app reads with must accept and reject the
// same files, so the published format is the one Verso actually enforces.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sidecarSchema, sidecarToText } from '../../../../shared/review/index.js';
import type { Sidecar } from '../../../../shared/model.js';
import { annotationOn } from './fixtures.js';

type Schema = boolean | { [key: string]: unknown };

const jsonSchema = JSON.parse(readFileSync(path.resolve(__dirname, '../../../../docs/sidecar.schema.json'), 'utf8')) as Schema;

// The subset of JSON Schema 2020-12 the sidecar schema uses. Any other keyword fails loudly so the
// schema cannot grow a rule this check silently ignores.
const known = new Set([
  '$schema', '$id', 'title', 'description', '$defs', '$ref', 'type', 'required', 'properties', 'items',
  'prefixItems', 'minItems', 'enum', 'const', 'minimum', 'maximum', 'minLength',
]);

function resolveRef(ref: string): Schema {
  const name = /^#\/\$defs\/(\w+)$/.exec(ref)?.[1];
  const defs = (jsonSchema as { $defs?: Record<string, Schema> }).$defs ?? {};
  const target = name === undefined ? undefined : defs[name];
  if (target === undefined) throw new Error(`unknown $ref ${ref}`);
  return target;
}

function typeMatches(type: unknown, value: unknown): boolean {
  switch (type) {
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    default:
      throw new Error(`type ${String(type)} is not in the checked subset`);
  }
}

function valid(schema: Schema, value: unknown): boolean {
  if (typeof schema === 'boolean') return schema;
  for (const key of Object.keys(schema)) if (!known.has(key)) throw new Error(`keyword ${key} is not in the checked subset`);
  if (typeof schema.$ref === 'string' && !valid(resolveRef(schema.$ref), value)) return false;
  if (schema.type !== undefined && !typeMatches(schema.type, value)) return false;
  if ('const' in schema && value !== schema.const) return false;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return false;
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) return false;
    if (typeof schema.maximum === 'number' && value > schema.maximum) return false;
  }
  if (typeof value === 'string' && typeof schema.minLength === 'number' && Array.from(value).length < schema.minLength) return false;
  if (Array.isArray(value)) {
    const prefix = (schema.prefixItems as Schema[] | undefined) ?? [];
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) return false;
    if (!prefix.every((item, i) => i >= value.length || valid(item, value[i]))) return false;
    if (schema.items !== undefined && !value.slice(prefix.length).every((item) => valid(schema.items as Schema, item))) return false;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    if (Array.isArray(schema.required) && !schema.required.every((key) => typeof key === 'string' && key in record)) return false;
    const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
    for (const [key, sub] of Object.entries(properties)) if (key in record && !valid(sub, record[key])) return false;
  }
  return true;
}

const text = 'The cat sat on the mat. It purred.';
const good: Sidecar = {
  schema: 1,
  document: { fileName: 'story.de.txt', hash: 'sha256:abc', length: 34 },
  annotations: [
    annotationOn(text, 'cat', {
      links: [{ documentId: 'story.en.txt', start: 4, end: 7, text: 'cat' }],
      replies: [{ id: 'r1', author: 'Bo', created: '2025-01-03T00:00:00.000Z', text: 'Agreed.' }],
    }),
    annotationOn(text, 'purred', { severity: 'critical', status: 'wontfix' }),
  ],
};

function variant(change: (copy: Record<string, unknown> & { annotations: Record<string, unknown>[] }) => void): unknown {
  const copy = JSON.parse(JSON.stringify(good)) as Record<string, unknown> & { annotations: Record<string, unknown>[] };
  change(copy);
  return copy;
}
const first = (copy: { annotations: Record<string, unknown>[] }) => copy.annotations[0] as Record<string, unknown> & { target: { selector: Record<string, unknown>[] }; replies: Record<string, unknown>[] };

const acceptable: [string, unknown][] = [
  ['a full sidecar', good],
  ['no annotations', { ...good, annotations: [] }],
  ['the text as written by sidecarToText', JSON.parse(sidecarToText(good))],
  ['unknown extra keys (kept by neither, refused by neither)', variant((c) => (c.extra = true))],
  ['a later format number', variant((c) => (c.schema = 2))],
];

const unacceptable: [string, unknown][] = [
  ['not an object', []],
  ['null', null],
  ['no schema', variant((c) => delete c.schema)],
  ['schema 0', variant((c) => (c.schema = 0))],
  ['fractional schema', variant((c) => (c.schema = 1.5))],
  ['schema as text', variant((c) => (c.schema = '1'))],
  ['no document', variant((c) => delete c.document)],
  ['negative length', variant((c) => ((c.document as { length: number }).length = -1))],
  ['unsafe integer length', variant((c) => ((c.document as { length: number }).length = 2 ** 53))],
  ['annotations not an array', variant((c) => (c.annotations = {} as never))],
  ['empty id', variant((c) => (first(c).id = ''))],
  ['unknown severity', variant((c) => (first(c).severity = 'blocker'))],
  ['unknown status', variant((c) => (first(c).status = 'closed'))],
  ['empty category', variant((c) => (first(c).category = ''))],
  ['missing comment', variant((c) => delete first(c).comment)],
  ['empty created', variant((c) => (first(c).created = ''))],
  ['one selector', variant((c) => first(c).target.selector.pop())],
  ['three selectors', variant((c) => first(c).target.selector.push({ type: 'TextPositionSelector', start: 0, end: 1 }))],
  ['selectors swapped', variant((c) => first(c).target.selector.reverse())],
  ['negative start', variant((c) => ((first(c).target.selector[1] as { start: number }).start = -3))],
  ['link without documentId', variant((c) => delete (first(c).links as Record<string, unknown>[])[0]?.documentId)],
  ['reply without id', variant((c) => delete first(c).replies[0]?.id)],
  ['reply text as a number', variant((c) => ((first(c).replies[0] as { text: unknown }).text = 5))],
];

describe('docs/sidecar.schema.json agrees with the zod sidecarSchema', () => {
  it.each(acceptable)('both accept %s', (_, value) => {
    expect(sidecarSchema.safeParse(value).success).toBe(true);
    expect(valid(jsonSchema, value)).toBe(true);
  });

  it.each(unacceptable)('both reject %s', (_, value) => {
    expect(sidecarSchema.safeParse(value).success).toBe(false);
    expect(valid(jsonSchema, value)).toBe(false);
  });

  it('is declared as draft 2020-12', () => {
    expect((jsonSchema as { $schema?: string }).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});
