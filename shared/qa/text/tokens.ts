// Things a translation must carry over unchanged: placeholders, markup tags, URLs, e-mail addresses.
export interface TextSpan {
  start: number;
  end: number;
}

export type PlaceholderKind = 'placeholder' | 'open-tag' | 'close-tag' | 'empty-tag';

export interface PlaceholderToken extends TextSpan {
  kind: PlaceholderKind;
  /** What must match between source and target: `{0}`, `%1$d`, `{count,plural}`, `<b>`. */
  key: string;
  /** Tag name for tags, else the key. */
  name: string;
}

const placeholderPattern = new RegExp(
  [
    String.raw`\{\{\s*[\p{L}\p{N}_.$-]+\s*\}\}`,
    String.raw`\{\s*([\p{L}\p{N}_.$-]+)\s*,\s*(plural|select|selectordinal)\s*,`,
    String.raw`\{\s*[\p{L}\p{N}_.$-]+\s*(?:,\s*(?:number|date|time|spellout|ordinal|duration)(?:\s*,[^{}]*)?)?\}`,
    String.raw`%(?:\d+\$)?[-+0#]?\d*(?:\.\d+)?(?:hh|h|ll|l|L|z|j|t)?[diouxXeEfFgGaAcspn@](?!\p{L})`,
    String.raw`%\(\w+\)[sdifr]`,
    String.raw`\$\{[\p{L}\p{N}_.]+\}`,
    String.raw`<(/?)([A-Za-z][\w:-]*)(?:\s[^<>]*?)?(/?)>`,
  ].join('|'),
  'gu',
);

export function findPlaceholders(text: string): PlaceholderToken[] {
  const tokens: PlaceholderToken[] = [];
  if (!/[{%$<]/.test(text)) return tokens;
  placeholderPattern.lastIndex = 0;
  for (let match = placeholderPattern.exec(text); match; match = placeholderPattern.exec(text)) {
    const start = match.index;
    const [whole, icuName, icuType, closing, tagName, selfClosing] = match;
    if (icuName !== undefined && icuType !== undefined) {
      // An ICU plural/select is one placeholder whatever its branches say: skip to its closing brace.
      const end = closingBrace(text, start);
      tokens.push({ start, end, kind: 'placeholder', key: `{${icuName},${icuType}}`, name: icuName });
      placeholderPattern.lastIndex = end;
      continue;
    }
    const end = start + whole.length;
    if (tagName !== undefined) {
      const name = tagName.toLowerCase();
      if (closing) tokens.push({ start, end, kind: 'close-tag', key: `</${name}>`, name });
      else if (selfClosing || voidElements.has(name)) tokens.push({ start, end, kind: 'empty-tag', key: `<${name}/>`, name });
      else tokens.push({ start, end, kind: 'open-tag', key: `<${name}>`, name });
      continue;
    }
    const key = whole.replace(/\s+/g, '');
    tokens.push({ start, end, kind: 'placeholder', key, name: key });
  }
  return tokens;
}

const voidElements = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'area', 'col', 'source']);

function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x7b) depth++;
    else if (char === 0x7d && --depth === 0) return i + 1;
  }
  return text.length;
}

export interface LinkToken extends TextSpan {
  kind: 'url' | 'email';
  text: string;
  /** Compared form: trailing slash dropped, scheme and host lower-cased. */
  key: string;
}

const urlPattern = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"“”«»「」『』（）]+/giu;
const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const trailingPunctuation = /[.,;:!?'’"»)\]}。、，！？।॥،؛۔]+$/u;

export function findLinks(text: string): LinkToken[] {
  const tokens: LinkToken[] = [];
  const hasUrl = text.includes('://') || /www\./i.test(text);
  if (hasUrl) {
    urlPattern.lastIndex = 0;
    for (let match = urlPattern.exec(text); match; match = urlPattern.exec(text)) {
      let url = match[0];
      const trailing = trailingPunctuation.exec(url);
      if (trailing) {
        let cut = trailing[0];
        // Keep a closing parenthesis that belongs to the URL (Wikipedia-style addresses).
        if (cut.startsWith(')') && url.includes('(')) cut = cut.slice(1);
        url = url.slice(0, url.length - cut.length);
      }
      tokens.push({ start: match.index, end: match.index + url.length, kind: 'url', text: url, key: urlKey(url) });
    }
  }
  if (text.includes('@')) {
    emailPattern.lastIndex = 0;
    for (let match = emailPattern.exec(text); match; match = emailPattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (tokens.some((t) => t.start < end && start < t.end)) continue;
      tokens.push({ start, end, kind: 'email', text: match[0], key: match[0].toLowerCase() });
    }
  }
  return tokens.sort((a, b) => a.start - b.start);
}

function urlKey(url: string): string {
  const schemeEnd = url.indexOf('://');
  const hostStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
  const pathStart = url.indexOf('/', hostStart);
  const head = pathStart < 0 ? url : url.slice(0, pathStart);
  const tail = pathStart < 0 ? '' : url.slice(pathStart);
  return (head.toLowerCase() + tail).replace(/\/$/, '');
}

/** Spans other checks should not read as prose: links and placeholders. */
export function protectedSpans(links: readonly TextSpan[], placeholders: readonly TextSpan[]): TextSpan[] {
  if (links.length === 0) return placeholders as TextSpan[];
  if (placeholders.length === 0) return links as TextSpan[];
  return [...links, ...placeholders];
}
