// Repeated phrases in scripts written without spaces (Chinese, Japanese, Thai), where there are no
// words to compare: a run of characters immediately followed by itself, like 毎週木曜日に毎週木曜日に.
// Grammar and sound symbolism double short units (時々, いろいろ, 看看, ピカピカ, ค่อยๆ), so a unit
// must be long enough that doubling it is never a word: three characters with a Han character in
// them, four kana, or six Thai code units (vowel and tone marks count as units there).
export interface UnspacedRepetition {
  firstStart: number;
  firstEnd: number;
  secondStart: number;
  secondEnd: number;
}

const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}ー々〆]+/gu;
const han = /\p{Script=Han}/u;
const thai = /\p{Script=Thai}/u;
const smallKana = /[ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]/u;
const longestUnit = 40;

export function findUnspacedRepetitions(text: string): UnspacedRepetition[] {
  const found: UnspacedRepetition[] = [];
  unspaced.lastIndex = 0;
  for (let run = unspaced.exec(text); run; run = unspaced.exec(text)) {
    const from = run.index;
    const to = from + run[0].length;
    if (to - from < 6) continue;
    for (let i = from; i < to; ) {
      const unit = longestRepeatAt(text, i, to);
      if (unit === 0) {
        i++;
        continue;
      }
      found.push({ firstStart: i, firstEnd: i + unit, secondStart: i + unit, secondEnd: i + 2 * unit });
      i += 2 * unit;
    }
  }
  return found;
}

/** Length of the longest unit starting at `i` that is immediately repeated before `to`, or 0. */
function longestRepeatAt(text: string, i: number, to: number): number {
  const first = text.charCodeAt(i);
  for (let length = Math.min(longestUnit, (to - i) >> 1); length >= 3; length--) {
    if (text.charCodeAt(i + length) !== first) continue;
    let same = true;
    for (let k = 1; k < length && same; k++) same = text.charCodeAt(i + k) === text.charCodeAt(i + length + k);
    if (same && longEnough(text.slice(i, i + length))) return length;
  }
  return 0;
}

function longEnough(unit: string): boolean {
  if (thai.test(unit)) return unit.length >= 6;
  if (han.test(unit)) return true;
  let letters = 0;
  for (const char of unit) if (!smallKana.test(char) && char !== 'ー') letters++;
  return letters >= 4;
}
