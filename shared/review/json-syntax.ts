// Where a JSON text first breaks the grammar. JSON.parse's messages differ between engines and
// some (V8's "Unexpected token … is not valid JSON") give no position, so hand-edited files get
// their line and column from this small scanner instead.

export interface JsonSyntaxError {
  offset: number;
  reason: string;
}

export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const scanner = new Scanner(text);
  try {
    scanner.skipSpace();
    scanner.value();
    scanner.skipSpace();
    if (scanner.at < text.length) scanner.fail('unexpected text after the end of the JSON value');
    return null;
  } catch (error) {
    if (error instanceof SyntaxStop) return { offset: error.offset, reason: error.message };
    throw error;
  }
}

class SyntaxStop extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

class Scanner {
  at = 0;
  constructor(private readonly text: string) {}

  fail(reason: string): never {
    throw new SyntaxStop(reason, this.at);
  }

  skipSpace(): void {
    while (this.at < this.text.length && ' \t\r\n'.includes(this.text[this.at] as string)) this.at++;
  }

  value(): void {
    const c = this.text[this.at];
    if (c === undefined) this.fail('unexpected end of the file');
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return;
      }
    }
    this.fail(`unexpected ${describe(c)}`);
  }

  private object(): void {
    this.at++;
    this.skipSpace();
    if (this.text[this.at] === '}') {
      this.at++;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.at] !== '"') this.fail(`expected a property name in double quotes, found ${describe(this.text[this.at])}`);
      this.string();
      this.skipSpace();
      if (this.text[this.at] !== ':') this.fail(`expected ':' after the property name, found ${describe(this.text[this.at])}`);
      this.at++;
      this.skipSpace();
      this.value();
      this.skipSpace();
      const c = this.text[this.at];
      if (c === '}') {
        this.at++;
        return;
      }
      if (c !== ',') this.fail(`expected ',' or '}', found ${describe(c)}`);
      this.at++;
    }
  }

  private array(): void {
    this.at++;
    this.skipSpace();
    if (this.text[this.at] === ']') {
      this.at++;
      return;
    }
    for (;;) {
      this.skipSpace();
      this.value();
      this.skipSpace();
      const c = this.text[this.at];
      if (c === ']') {
        this.at++;
        return;
      }
      if (c !== ',') this.fail(`expected ',' or ']', found ${describe(c)}`);
      this.at++;
    }
  }

  private string(): void {
    this.at++;
    while (this.at < this.text.length) {
      const c = this.text[this.at] as string;
      if (c === '"') {
        this.at++;
        return;
      }
      if (c === '\\') {
        const escape = this.text[this.at + 1];
        if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6))) this.at += 6;
        else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) this.at += 2;
        else this.fail('invalid escape in a string');
      } else if (c < ' ') this.fail('a string may not contain a line break or control character; close the string with "');
      else this.at++;
    }
    this.fail('a string is not closed (missing ")');
  }

  private number(): void {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.text.slice(this.at, this.at + 400));
    if (!match || match[0] === '-') this.fail('invalid number');
    this.at += match[0].length;
  }
}

function describe(c: string | undefined): string {
  return c === undefined ? 'the end of the file' : `'${c}'`;
}
