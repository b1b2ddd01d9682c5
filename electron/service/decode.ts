// Bytes of a document -> its text. Verso reads UTF-8 (a BOM is removed); anything else is refused
// with a reason and a fix rather than shown as garbage. Line endings are kept as in the file,
// because every offset in the app counts them.

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** `fileName` only appears in the messages. */
export function decodeDocument(bytes: Uint8Array, fileName: string): DecodeResult {
  const resave = `Open it in a text editor and save it as UTF-8, then open the set again.`;
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return { ok: false, message: `${fileName} is encoded as UTF-32, which Verso does not read. ${resave}` };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || looksLikeUtf16WithoutBom(bytes)) {
    return { ok: false, message: `${fileName} is encoded as UTF-16, which Verso does not read. ${resave}` };
  }
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    const bad = firstInvalidUtf8(body);
    const line = lineOfByte(body, bad);
    const byte = body[bad]?.toString(16).toUpperCase().padStart(2, '0') ?? '??';
    return {
      ok: false,
      message: `${fileName} is not valid UTF-8: line ${line} has the byte 0x${byte}, which UTF-8 does not allow there. It is probably in an older encoding such as Windows-1252, ISO-8859 or Shift_JIS. ${resave}`,
    };
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    return {
      ok: false,
      message: `${fileName} contains a NUL character at line ${lineOfOffset(text, nul)}: it looks like a binary file, not text. Verso opens .txt and .md files saved as UTF-8.`,
    };
  }
  return { ok: true, text };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((value, i) => bytes[i] === value);
}

// UTF-16 text of Latin-script languages has a NUL in every other byte; UTF-8 text has none.
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  if (sample.length < 16) return false;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenNuls++;
      else oddNuls++;
    }
  }
  const pairs = sample.length / 2;
  return Math.max(evenNuls, oddNuls) > pairs * 0.3 && Math.min(evenNuls, oddNuls) < pairs * 0.05;
}

/** Byte offset of the first byte that is not part of a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (lead < 0x80) length = 1;
    else if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) min = 0xa0;
      if (lead === 0xed) max = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) min = 0x90;
      if (lead === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const low = k === 1 ? min : 0x80;
      const high = k === 1 ? max : 0xbf;
      if (next === undefined || next < low || next > high) return i;
    }
    i += length;
  }
  return bytes.length;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}
