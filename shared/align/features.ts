// What two sentences in different languages can share without a dictionary: numbers (any script's
// digits), punctuation, names and cognates compared after transliteration to Latin, plus length.
import anyAscii from 'any-ascii';

/** Features of one side's units, with key ids interned across both sides. */
export interface UnitFeatures {
  /** Non-space length of each unit. */
  lengths: Float64Array;
  /** Distinct key ids of each unit, exact and cognate keys together. */
  keys: Int32Array[];
}

export interface PairFeatures {
  a: UnitFeatures;
  b: UnitFeatures;
  /** IDF weight of each key id, shared by both sides. */
  weight: Float64Array;
  /** Units containing the key on side a / side b (for anchors: keys seen once on each side). */
  countA: Int32Array;
  countB: Int32Array;
  keyCount: number;
  /** Sum of key weights per unit. */
  massA: Float64Array;
  massB: Float64Array;
}

// Digits apart from letters: Chinese and Japanese write "自1996年起" without spaces.
const WORD = /[\p{L}\p{M}]+|\p{Nd}+/gu;
// A word, a number or a punctuation mark: the pieces unitKeys finds keys in.
const TOKEN = /[\p{L}\p{M}]+|\p{Nd}+|[?？¿!！¡:：;；()（）"“”„«»「」『』%％]/gu;
const PUNCT = /[?？¿!！¡:：;；()（）"“”„«»「」『』%％]/gu;
const PUNCT_KEY: Record<string, string> = {
  '？': '?', '¿': '?', '！': '!', '¡': '!', '：': ':', '；': ';', '（': '(', '）': ')', '(': '(', ')': ')',
  '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '「': '"', '」': '"', '『': '"', '』': '"', '％': '%',
};

const digitCache = new Map<number, number>();

/** Value of a decimal digit of any script: its distance from the zero that starts its run. */
function digitValue(code: number): number {
  const cached = digitCache.get(code);
  if (cached !== undefined) return cached;
  let zero = code;
  while (zero > 0 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero -= 1;
  const value = (code - zero) % 10;
  digitCache.set(code, value);
  return value;
}

function asciiDigits(word: string): string {
  let out = '';
  for (const ch of word) {
    const code = ch.codePointAt(0) ?? 0;
    out += code >= 48 && code <= 57 ? ch : String(digitValue(code));
  }
  return out;
}

const translitCache = new Map<string, string>();

export function transliterate(word: string): string {
  let t = translitCache.get(word);
  if (t === undefined) {
    t = anyAscii(word).toLowerCase().replace(/[^a-z0-9]/g, '');
    if (translitCache.size > 200_000) translitCache.clear();
    translitCache.set(word, t);
  }
  return t;
}

/** Key strings of one unit: `#` numbers, `p` punctuation, `w` whole words, `g` 4-grams. */
export function unitKeys(text: string, lexicon?: Map<string, string>): string[] {
  const keys: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (/^\p{Nd}+$/u.test(word)) {
      keys.push(`#${asciiDigits(word).replace(/^0+(?=\d)/, '')}`);
      continue;
    }
    const t = transliterate(word);
    if (t.length === 0) continue;
    const mapped = lexicon?.get(t);
    if (mapped) keys.push(`L${mapped}`);
    if (/^\d+$/.test(t)) {
      keys.push(`#${t}`);
      continue;
    }
    // Single CJK characters transliterate to whole syllables: too common to be evidence.
    if (t.length < 2) continue;
    keys.push(`w${t}`);
    if (t.length >= 5) for (let k = 0; k + 4 <= t.length; k += 1) keys.push(`g${t.slice(k, k + 4)}`);
    else if (t.length === 4) keys.push(`g${t}`);
  }
  for (const m of text.matchAll(PUNCT)) keys.push(`p${PUNCT_KEY[m[0]] ?? m[0]}`);
  return keys;
}

export function nonSpaceLength(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k += 1) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0 && (c < 0xdc00 || c > 0xdfff)) n += 1;
  }
  return n;
}

/** How much a key kind counts as evidence: whole words and numbers more than 4-grams. */
function kindFactor(key: string): number {
  switch (key[0]) {
    case '#': return 1.6;
    case 'p': return 0.7;
    case 'w': return 1.0;
    case 'L': return 1.0;
    default: return 0.35;
  }
}

export function buildPairFeatures(textsA: string[], textsB: string[], lexicon?: Map<string, string>): PairFeatures {
  const ids = new Map<string, number>();
  const factors: number[] = [];
  const keyKind: string[] = [];
  const intern = (k: string): number => {
    let id = ids.get(k);
    if (id === undefined) {
      id = ids.size;
      ids.set(k, id);
      factors.push(kindFactor(k));
      keyKind.push(k[0] ?? '');
    }
    return id;
  };
  const side = (texts: string[], lex?: Map<string, string>): UnitFeatures => {
    const idsOfWord = new Map<string, number[]>();
    const lengths = new Float64Array(texts.length);
    const keys: Int32Array[] = [];
    texts.forEach((text, u) => {
      lengths[u] = nonSpaceLength(text);
      const seen = new Set<number>();
      for (const m of text.matchAll(TOKEN)) {
        // Words repeat (Zipf): their key ids are worked out once per word.
        let wordIds = idsOfWord.get(m[0]);
        if (!wordIds) {
          wordIds = unitKeys(m[0], lex).map(intern);
          idsOfWord.set(m[0], wordIds);
        }
        for (const id of wordIds) seen.add(id);
      }
      keys.push(Int32Array.from(seen));
    });
    return { lengths, keys };
  };
  const a = side(textsA, lexicon);
  const b = side(textsB, lexicon);
  const keyCount = ids.size;
  const countA = new Int32Array(keyCount);
  const countB = new Int32Array(keyCount);
  for (const ks of a.keys) for (const k of ks) countA[k] = (countA[k] ?? 0) + 1;
  for (const ks of b.keys) for (const k of ks) countB[k] = (countB[k] ?? 0) + 1;
  const weight = new Float64Array(keyCount);
  const unmatched = new Float64Array(keyCount);
  const total = textsA.length + textsB.length + 1;
  for (let k = 0; k < keyCount; k += 1) {
    const ca = countA[k] ?? 0;
    const cb = countB[k] ?? 0;
    const idf = (factors[k] ?? 0) * Math.log(total / (ca + cb));
    // A word found on one side only is mostly just another language: no evidence either way.
    weight[k] = ca > 0 && cb > 0 ? idf : 0;
    // A number found on one side only speaks against pairing its unit with anything.
    unmatched[k] = ca > 0 && cb > 0 ? idf : keyKind[k] === '#' ? idf : 0;
  }
  const mass = (f: UnitFeatures): Float64Array => {
    const m = new Float64Array(f.keys.length);
    f.keys.forEach((ks, u) => {
      let s = 0;
      for (const k of ks) s += unmatched[k] ?? 0;
      m[u] = s;
    });
    return m;
  };
  return { a, b, weight, countA, countB, keyCount, massA: mass(a), massB: mass(b) };
}
