// Decimal digits of any script. Unicode keeps each script's digits as a contiguous run of ten, so a
// digit's value is its distance from the run's zero; the zero is found by walking back over \p{Nd}.
const decimalDigit = /\p{Nd}/u;
const values = new Map<number, number>();

export function isDecimalDigit(codePoint: number): boolean {
  if (codePoint >= 0x30 && codePoint <= 0x39) return true;
  if (codePoint < 0x660) return false;
  return digitValue(codePoint) >= 0;
}

/** Value 0–9 of a decimal digit of any script, or -1 for anything else. */
export function digitValue(codePoint: number): number {
  if (codePoint >= 0x30 && codePoint <= 0x39) return codePoint - 0x30;
  const known = values.get(codePoint);
  if (known !== undefined) return known;
  let value = -1;
  if (decimalDigit.test(String.fromCodePoint(codePoint))) {
    let runStart = codePoint;
    while (decimalDigit.test(String.fromCodePoint(runStart - 1))) runStart--;
    value = (codePoint - runStart) % 10;
  }
  values.set(codePoint, value);
  return value;
}
