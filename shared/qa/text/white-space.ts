// The characters JavaScript's \s matches, tested by code unit: hot loops use this instead of running
// a regex over every character.

/** Whether a UTF-16 code unit is one of the characters `\s` matches. */
export function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Whether a text holds anything other than whitespace (`/\S/.test`, without the regex). */
export function hasVisible(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWhiteSpace(text.charCodeAt(i))) return true;
  return false;
}
