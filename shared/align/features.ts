// What two sentences in different languages can share without a dictionary: numbers (any script's
// digits), punctuation, names and cognates compared after transliteration to Latin, plus length.
// Each unit is described once (describeUnits) and the description is reused by every pair, pass
// and block group it takes part in; a pair only recounts how often each key occurs on its sides.
// Loops over key arrays are indexed, not for...of: the aligner runs once per process, mostly before
// the JIT has optimized it, and unoptimized for...of allocates an iterator result per element
// (a third of all the 10,000-sentence run allocated).
import { cutCosts, edgesOf, edgeMarks, joinedEdges } from './boundaries.js';
import { ALL_DIGITS, asciiDigits, forEachToken, PUNCT_KEY, TokenTable, transliterate } from './tokens.js';

/** One unit, described without reference to any other document. */
export interface UnitInfo {
  /** Non-space length. */
  length: number;
  /** Distinct key ids (from the Vocabulary), its edge marks (edgeMarks) among them. */
  keys: Int32Array;
  /** Distinct ids of its transliterated words of 3+ letters (what a learned lexicon maps). */
  words: Int32Array;
  /** How it starts and ends (edgesOf): whether a bead boundary before or after it is likely. */
  edges: number;
}

/** Features of one side's units, with key ids local to the pair (0..keyCount-1). */
export interface UnitFeatures {
  lengths: Float64Array;
  keys: Int32Array[];
  /** Cost of a bead boundary before each unit (cutCosts; n+1 entries). */
  cuts: Float64Array;
}

export interface PairFeatures {
  a: UnitFeatures;
  b: UnitFeatures;
  /** IDF weight of each key as shared evidence (0 for keys found on one side only). */
  weight: Float64Array;
  /** What a key's absence from the other side costs: the weight, or the IDF of a one-sided number. */
  unmatched: Float64Array;
  /** Units containing the key on side a / side b (for anchors: keys seen once on each side). */
  countA: Int32Array;
  countB: Int32Array;
  keyCount: number;
  /** Sum of `unmatched` over each unit's keys. */
  massA: Float64Array;
  massB: Float64Array;
}

/**
 * How much a key kind counts as evidence: whole words and numbers more than 4-grams. `e`, the
 * marks at a unit's edges (edgeMarks), tuned on bleualign-dev: textberg +0.003, ParIce +0.003.
 */
const KIND_FACTOR: Record<string, number> = { '#': 1.6, p: 0.7, w: 1.0, L: 1.0, g: 0.35, e: 0.7 };
const NOT_WORD_CHAR = /[^\p{L}\p{M}\p{Nd}]/u;
const ASCII_NUMBER = /^\d+$/;

/**
 * Hands out Int32Array views of large shared chunks: tens of thousands of small per-unit arrays
 * would each get their own backing store and keep the garbage collector busy.
 */
class Arena {
  private chunk = new Int32Array(0);
  private used = 0;

  copy(from: Int32Array, count: number): Int32Array {
    if (this.used + count > this.chunk.length) {
      this.chunk = new Int32Array(Math.max(1 << 16, count));
      this.used = 0;
    }
    // A view made from the buffer and a plain copy loop: subarray() and set() cost more for the
    // few ids a unit holds (and subarray would make a second view of `from`).
    const view = new Int32Array(this.chunk.buffer, this.used * Int32Array.BYTES_PER_ELEMENT, count);
    for (let x = 0; x < count; x += 1) view[x] = from[x] as number;
    this.used += count;
    return view;
  }
}

/** No keys (a unit index out of range). */
export const NO_KEYS = new Int32Array(0);

/** Dedups ids into a fresh array with a stamp table instead of a Set per unit. */
class Dedup {
  private seen = new Int32Array(1024);
  private stamp = 0;
  private out = new Int32Array(256);
  private count = 0;

  begin(size: number): void {
    if (size > this.seen.length) {
      const grown = new Int32Array(Math.max(size, this.seen.length * 2));
      grown.set(this.seen);
      this.seen = grown;
    }
    this.stamp += 1;
    this.count = 0;
  }

  add(id: number): void {
    if (this.seen[id] !== this.stamp) {
      this.seen[id] = this.stamp;
      if (this.count === this.out.length) {
        const grown = new Int32Array(this.out.length * 2);
        grown.set(this.out);
        this.out = grown;
      }
      this.out[this.count] = id;
      this.count += 1;
    }
  }

  take(arena: Arena): Int32Array {
    return arena.copy(this.out, this.count);
  }
}

/**
 * Key and word ids for one alignment run. Words repeat (Zipf), so each distinct token is
 * transliterated and cut into keys once, however many units and pairs it appears in.
 */
export class Vocabulary {
  private readonly keyIds = new Map<string, number>();
  /**
   * Word and 4-gram keys (`w`, `g`) by their text without the kind letter, looked up from a span
   * of the transliterated word: most 4-grams repeat across words, and are then never cut out.
   * Their ids come from the same count as keyIds' (keyTotal), in order of first sight.
   */
  private readonly wordKeys = new TokenTable<number>();
  private readonly gramKeys = new TokenTable<number>();
  private keyTotal = 0;
  readonly factor: number[] = [];
  readonly isNumber: boolean[] = [];
  private readonly wordIds = new Map<string, number>();
  private readonly tokens = new TokenTable<{ keys: number[]; word: number }>();
  /** Dedup tables for describing units, kept for the whole run (each is as long as the vocabulary). */
  readonly keyDedup = new Dedup();
  readonly wordDedup = new Dedup();
  readonly arena = new Arena();

  key(k: string): number {
    if (k[0] === 'w') return this.keyIn(this.wordKeys, 'w', k, 1, k.length);
    if (k[0] === 'g') return this.keyIn(this.gramKeys, 'g', k, 1, k.length);
    let id = this.keyIds.get(k);
    if (id === undefined) {
      id = this.newKey(k[0] ?? 'g');
      this.keyIds.set(k, id);
    }
    return id;
  }

  /** The key of `kind` + text.slice(start, end), from its kind's table. */
  private keyIn(table: TokenTable<number>, kind: string, text: string, start: number, end: number): number {
    let id = table.find(text, start, end);
    if (id === undefined) {
      id = this.newKey(kind);
      table.add(text.slice(start, end), id);
    }
    return id;
  }

  private newKey(kind: string): number {
    this.factor.push(KIND_FACTOR[kind] ?? 0.35);
    this.isNumber.push(kind === '#');
    this.keyTotal += 1;
    return this.keyTotal - 1;
  }

  get keyCount(): number {
    return this.keyTotal;
  }

  private scratchArray = new Int32Array(0);

  /**
   * A zeroed table indexed by key id, shared by every pair of this run so that short block
   * pairs do not each allocate one; whoever writes to it must zero what it wrote before returning.
   */
  scratch(): Int32Array {
    if (this.scratchArray.length < this.keyCount) this.scratchArray = new Int32Array(Math.max(this.keyCount, this.scratchArray.length * 2));
    return this.scratchArray;
  }

  /** The key standing for a lexicon entry: every word mapped to `word` shares it. */
  lexiconKey(word: number): number {
    return this.key(`L${word}`);
  }

  /** Keys of one token: `#` numbers, `p` punctuation, `w` whole words, `g` 4-grams. */
  token(tok: string): { keys: number[]; word: number } {
    return this.tokenAt(tok, 0, tok.length);
  }

  /** token() of text.slice(start, end), cutting it out only the first time it is seen. */
  tokenAt(text: string, start: number, end: number): { keys: number[]; word: number } {
    return this.tokens.find(text, start, end) ?? this.newToken(text.slice(start, end));
  }

  private newToken(tok: string): { keys: number[]; word: number } {
    const t: { keys: number[]; word: number } = { keys: [], word: -1 };
    const punct = tok.length === 1 && NOT_WORD_CHAR.test(tok);
    if (punct) t.keys.push(this.key(`p${PUNCT_KEY[tok] ?? tok}`));
    else if (ALL_DIGITS.test(tok)) t.keys.push(this.key(`#${asciiDigits(tok).replace(/^0+(?=\d)/, '')}`));
    else {
      const w = transliterate(tok);
      if (ASCII_NUMBER.test(w)) t.keys.push(this.key(`#${w}`));
      // Single CJK characters transliterate to whole syllables: too common to be evidence.
      else if (w.length >= 2) {
        t.keys.push(this.keyIn(this.wordKeys, 'w', w, 0, w.length));
        if (w.length >= 5) for (let k = 0; k + 4 <= w.length; k += 1) t.keys.push(this.keyIn(this.gramKeys, 'g', w, k, k + 4));
        else if (w.length === 4) t.keys.push(this.keyIn(this.gramKeys, 'g', w, 0, 4));
        if (w.length >= 3) {
          let id = this.wordIds.get(w);
          if (id === undefined) {
            id = this.wordIds.size;
            this.wordIds.set(w, id);
          }
          t.word = id;
        }
      }
    }
    this.tokens.add(tok, t);
    return t;
  }
}

function nonSpaceLength(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k += 1) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0 && (c < 0xdc00 || c > 0xdfff)) n += 1;
  }
  return n;
}

export function describeUnits(texts: string[], vocab: Vocabulary): UnitInfo[] {
  const keys = vocab.keyDedup;
  const words = vocab.wordDedup;
  const found: { keys: number[]; word: number }[] = [];
  return texts.map((text) => {
    found.length = 0;
    forEachToken(text, (start, end) => found.push(vocab.tokenAt(text, start, end)));
    keys.begin(vocab.keyCount);
    words.begin(vocab.keyCount + 1);
    for (let x = 0; x < found.length; x += 1) {
      const t = found[x] as { keys: number[]; word: number };
      for (let y = 0; y < t.keys.length; y += 1) keys.add(t.keys[y] as number);
      if (t.word >= 0) words.add(t.word);
    }
    for (const mark of edgeMarks(text)) keys.add(vocab.key(`e${mark}`));
    return { length: nonSpaceLength(text), keys: keys.take(vocab.arena), words: words.take(vocab.arena), edges: edgesOf(text) };
  });
}

/** A block described by its sentences: the union of their keys and words. */
export function mergeUnits(parts: UnitInfo[], vocab: Vocabulary): UnitInfo {
  const keys = vocab.keyDedup;
  const words = vocab.wordDedup;
  keys.begin(vocab.keyCount);
  words.begin(vocab.keyCount + 1);
  let length = 0;
  const edges = joinedEdges(parts[0]?.edges ?? 0, parts[parts.length - 1]?.edges ?? 0);
  for (const p of parts) {
    length += p.length;
    for (let x = 0; x < p.keys.length; x += 1) keys.add(p.keys[x] as number);
    for (let x = 0; x < p.words.length; x += 1) words.add(p.words[x] as number);
  }
  return { length, keys: keys.take(vocab.arena), words: words.take(vocab.arena), edges };
}

/** Side-b word id -> side-a word id it translates (side-a words map to themselves). */
export type Lexicon = Map<number, number>;

/**
 * Counts keys on each side of the pair and renumbers them densely, so arrays stay pair-sized.
 * Each loop sits in a function of its own: the first pairs of a run execute this before the JIT
 * has seen all of it, and code optimized in the middle of one long function (on-stack replacement)
 * is thrown away again at the first statement after its loop that never ran yet.
 */
export function pairFeatures(infosA: UnitInfo[], infosB: UnitInfo[], vocab: Vocabulary): PairFeatures {
  const globalA = infosA.map((x) => x.keys);
  const globalB = infosB.map((x) => x.keys);
  // Keys seen on one side only weigh nothing (numbers aside): dropping them up front spares the
  // bead search most of its work, as most words of one language never occur in the other.
  // The scratch table holds 1 (seen on a), 3 (on both), then -(local id + 1) once numbered.
  const table = vocab.scratch();
  const touched = markSharedKeys(globalA, globalB, table, vocab.isNumber);
  const globalOf: number[] = [];
  const relabel = relabeller(table, globalOf, vocab.arena);
  const keysA = globalA.map(relabel);
  const keysB = globalB.map(relabel);
  for (let x = 0; x < touched.length; x += 1) table[touched[x] as number] = 0;
  const keyCount = globalOf.length;
  const countA = new Int32Array(keyCount);
  const countB = new Int32Array(keyCount);
  countKeys(keysA, countA);
  countKeys(keysB, countB);
  const weight = new Float64Array(keyCount);
  const unmatched = new Float64Array(keyCount);
  weighKeys(countA, countB, globalOf, vocab.factor, infosA.length + infosB.length + 1, weight, unmatched);
  return {
    a: { lengths: lengthsOf(infosA), keys: keysA, cuts: cutCosts(infosA.map((x) => x.edges)) },
    b: { lengths: lengthsOf(infosB), keys: keysB, cuts: cutCosts(infosB.map((x) => x.edges)) },
    weight, unmatched, countA, countB, keyCount, massA: massOf(keysA, unmatched), massB: massOf(keysB, unmatched),
  };
}

/** Marks in `table` the keys of side a (1) and those also on side b, or numbers (3); returns the keys marked. */
function markSharedKeys(globalA: Int32Array[], globalB: Int32Array[], table: Int32Array, isNumber: boolean[]): number[] {
  const touched: number[] = [];
  for (let u = 0; u < globalA.length; u += 1) markSideA(globalA[u] as Int32Array, table, touched);
  for (let v = 0; v < globalB.length; v += 1) markSideB(globalB[v] as Int32Array, table, touched, isNumber);
  for (let x = 0; x < touched.length; x += 1) if (table[touched[x] as number] === 1 && isNumber[touched[x] as number]) table[touched[x] as number] = 3;
  return touched;
}

function markSideA(ks: Int32Array, table: Int32Array, touched: number[]): void {
  for (let x = 0; x < ks.length; x += 1) {
    const k = ks[x] as number;
    if (table[k] === 0) {
      table[k] = 1;
      touched.push(k);
    }
  }
}

function markSideB(ks: Int32Array, table: Int32Array, touched: number[], isNumber: boolean[]): void {
  for (let x = 0; x < ks.length; x += 1) {
    const k = ks[x] as number;
    if (table[k] === 1) table[k] = 3;
    else if (table[k] === 0 && isNumber[k]) {
      table[k] = 3;
      touched.push(k);
    }
  }
}

/** Renumbers a unit's keys marked 3 in `table` densely, in order of first sight (listed in `globalOf`), dropping the others. */
function relabeller(table: Int32Array, globalOf: number[], arena: Arena): (ks: Int32Array) => Int32Array {
  let out = new Int32Array(256);
  return (ks) => {
    if (out.length < ks.length) out = new Int32Array(ks.length * 2);
    let count = 0;
    for (let x = 0; x < ks.length; x += 1) {
      const g = ks[x] as number;
      const t = table[g] as number;
      if (t < 0) out[count++] = -t - 1;
      else if (t === 3) {
        table[g] = -(globalOf.length + 1);
        out[count++] = globalOf.length;
        globalOf.push(g);
      }
    }
    return arena.copy(out, count);
  };
}

/** IDF weight of each pair key (`total`: units of both sides + 1), and its cost when unmatched. */
function weighKeys(countA: Int32Array, countB: Int32Array, globalOf: number[], factor: number[], total: number, weight: Float64Array, unmatched: Float64Array): void {
  for (let k = 0; k < globalOf.length; k += 1) {
    const ca = countA[k] ?? 0;
    const cb = countB[k] ?? 0;
    const g = globalOf[k] as number;
    const idf = (factor[g] ?? 0) * Math.log(total / (ca + cb));
    weight[k] = ca > 0 && cb > 0 ? idf : 0;
    // A number found on one side only speaks against pairing its unit with anything.
    unmatched[k] = idf;
  }
}

/** Sum of `unmatched` over each unit's keys. */
function massOf(keys: Int32Array[], unmatched: Float64Array): Float64Array {
  const m = new Float64Array(keys.length);
  for (let u = 0; u < keys.length; u += 1) {
    const ks = keys[u] as Int32Array;
    let s = 0;
    for (let x = 0; x < ks.length; x += 1) s += unmatched[ks[x] as number] as number;
    m[u] = s;
  }
  return m;
}

/**
 * Side-b units holding each key: those of key k are `units[start[k]]` to `units[start[k + 1] - 1]`,
 * in the order they were listed. Flat typed arrays rather than a Map of arrays: the paragraph
 * backbone reads them for every key of every paragraph.
 */
export interface KeyHolders {
  start: Int32Array;
  units: Int32Array;
}

/**
 * The side-b units (of `units`) holding each shared key, for keys held by at most `common` side-b
 * units: keys in many units weigh little, and pairing through them would be quadratic.
 */
export function keyHolders(f: PairFeatures, units: readonly number[], common: number): KeyHolders {
  return holdersOf(f.b.keys, units, f.keyCount, (k) => (f.weight[k] ?? 0) > 0 && (f.countB[k] ?? 0) <= common);
}

/** The units (of `units`, in that order) holding each key that `follows` accepts. */
export function holdersOf(keys: Int32Array[], units: readonly number[], keyCount: number, follows: (k: number) => boolean): KeyHolders {
  const start = new Int32Array(keyCount + 1);
  for (const v of units) {
    const ks = keys[v] ?? NO_KEYS;
    for (let x = 0; x < ks.length; x += 1) if (follows(ks[x] as number)) start[(ks[x] as number) + 1] = (start[(ks[x] as number) + 1] as number) + 1;
  }
  for (let k = 0; k < keyCount; k += 1) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
  const next = start.slice(0, keyCount);
  const held = new Int32Array(start[keyCount] as number);
  for (const v of units) {
    const ks = keys[v] ?? NO_KEYS;
    for (let x = 0; x < ks.length; x += 1) {
      const k = ks[x] as number;
      if (!follows(k)) continue;
      held[next[k] as number] = v;
      next[k] = (next[k] as number) + 1;
    }
  }
  return { start, units: held };
}

/** Adds to `count` the units holding each key. */
function countKeys(keys: Int32Array[], count: Int32Array): void {
  for (const ks of keys) for (let x = 0; x < ks.length; x += 1) count[ks[x] as number] = (count[ks[x] as number] as number) + 1;
}

function lengthsOf(infos: UnitInfo[]): Float64Array {
  const out = new Float64Array(infos.length);
  for (let u = 0; u < infos.length; u += 1) out[u] = (infos[u] as UnitInfo).length;
  return out;
}

/**
 * The pair's features with a learned lexicon's keys added to them: each word of the lexicon
 * brings the key of the side-a word it stands for. Only the new keys are counted and weighed (the
 * others keep their weights, as the units are the same); keys found on one side only are left
 * out, as pairFeatures does.
 */
export function withLexicon(f: PairFeatures, infosA: UnitInfo[], infosB: UnitInfo[], vocab: Vocabulary, lexicon: Lexicon): PairFeatures {
  // Lexicon keys numbered 0.. here: the key each lexicon word brings.
  const entryOfKey = new Map<number, number>();
  const entryOfWord = new Map<number, number>();
  const keyOfEntry: number[] = [];
  for (const [word, to] of lexicon) {
    const key = vocab.lexiconKey(to);
    let entry = entryOfKey.get(key);
    if (entry === undefined) {
      entry = keyOfEntry.length;
      entryOfKey.set(key, entry);
      keyOfEntry.push(key);
    }
    entryOfWord.set(word, entry);
  }
  const entries = keyOfEntry.length;
  const seen = new Int32Array(entries).fill(-1);
  let unit = 0;
  const entriesOf = (info: UnitInfo): number[] => {
    unit += 1;
    const out: number[] = [];
    for (let x = 0; x < info.words.length; x += 1) {
      const w = info.words[x] as number;
      const entry = entryOfWord.get(w);
      if (entry !== undefined && seen[entry] !== unit) {
        seen[entry] = unit;
        out.push(entry);
      }
    }
    return out;
  };
  const perA = infosA.map(entriesOf);
  const perB = infosB.map(entriesOf);
  const onA = new Int32Array(entries);
  const onB = new Int32Array(entries);
  for (const es of perA) for (let x = 0; x < es.length; x += 1) onA[es[x] as number] = (onA[es[x] as number] as number) + 1;
  for (const es of perB) for (let x = 0; x < es.length; x += 1) onB[es[x] as number] = (onB[es[x] as number] as number) + 1;
  const local = new Int32Array(entries).fill(-1);
  let keyCount = f.keyCount;
  for (let e = 0; e < entries; e += 1) if ((onA[e] as number) > 0 && (onB[e] as number) > 0) local[e] = keyCount++;
  if (keyCount === f.keyCount) return f;
  const grow = <T extends Int32Array | Float64Array>(from: T, make: (n: number) => T): T => {
    const out = make(keyCount);
    out.set(from);
    return out;
  };
  const countA = grow(f.countA, (n) => new Int32Array(n));
  const countB = grow(f.countB, (n) => new Int32Array(n));
  const weight = grow(f.weight, (n) => new Float64Array(n));
  const unmatched = grow(f.unmatched, (n) => new Float64Array(n));
  const total = infosA.length + infosB.length + 1;
  for (let e = 0; e < entries; e += 1) {
    const k = local[e] as number;
    if (k < 0) continue;
    const ca = onA[e] as number;
    const cb = onB[e] as number;
    countA[k] = ca;
    countB[k] = cb;
    const idf = (vocab.factor[keyOfEntry[e] as number] ?? 0) * Math.log(total / (ca + cb));
    weight[k] = idf;
    unmatched[k] = idf;
  }
  const extend = (keys: Int32Array[], per: number[][], massOf: Float64Array): { keys: Int32Array[]; mass: Float64Array } => {
    const mass = Float64Array.from(massOf);
    const out = keys.map((ks, u) => {
      const added = (per[u] ?? []).map((e) => local[e] as number).filter((k) => k >= 0);
      if (added.length === 0) return ks;
      const all = new Int32Array(ks.length + added.length);
      all.set(ks);
      all.set(added, ks.length);
      for (const k of added) mass[u] = (mass[u] as number) + (unmatched[k] as number);
      return all;
    });
    return { keys: out, mass };
  };
  const a = extend(f.a.keys, perA, f.massA);
  const b = extend(f.b.keys, perB, f.massB);
  return { a: { ...f.a, keys: a.keys }, b: { ...f.b, keys: b.keys }, weight, unmatched, countA, countB, keyCount, massA: a.mass, massB: b.mass };
}

/** The pair's overall length ratio (side b over side a), 1 when either side is empty. */
export function lengthRatio(f: PairFeatures): number {
  let totalA = 0;
  let totalB = 0;
  for (let u = 0; u < f.a.lengths.length; u += 1) totalA += f.a.lengths[u] as number;
  for (let v = 0; v < f.b.lengths.length; v += 1) totalB += f.b.lengths[v] as number;
  return totalA > 0 && totalB > 0 ? totalB / totalA : 1;
}

/** Dice of two single units of a pair over their shared keys (the pair's weights and masses). */
export class UnitDice {
  private readonly mark: Int32Array;
  private stamp = 0;

  constructor(private readonly f: PairFeatures) {
    this.mark = new Int32Array(f.keyCount);
  }

  dice(u: number, v: number): number {
    const f = this.f;
    this.stamp += 1;
    const stamp = this.stamp;
    const keysA = f.a.keys[u] ?? NO_KEYS;
    const keysB = f.b.keys[v] ?? NO_KEYS;
    for (let x = 0; x < keysA.length; x += 1) this.mark[keysA[x] as number] = stamp;
    let shared = 0;
    for (let x = 0; x < keysB.length; x += 1) if (this.mark[keysB[x] as number] === stamp) shared += f.weight[keysB[x] as number] as number;
    const mass = (f.massA[u] ?? 0) + (f.massB[v] ?? 0);
    return mass > 0 ? (2 * shared) / mass : 0;
  }
}

/** Median Dice of the 1-1 beads (of at most `limit` of them, evenly spread); 0 when there are none. */
export function medianOneToOneDice(dice: UnitDice, beads: readonly { a: number[]; b: number[] }[], limit = Infinity): number {
  const pairs = beads.filter((x) => x.a.length === 1 && x.b.length === 1);
  const step = Math.max(1, Math.floor(pairs.length / limit));
  const ds: number[] = [];
  for (let k = 0; k < pairs.length; k += step) ds.push(dice.dice(pairs[k]?.a[0] as number, pairs[k]?.b[0] as number));
  ds.sort((x, y) => x - y);
  return ds[ds.length >> 1] ?? 0;
}
