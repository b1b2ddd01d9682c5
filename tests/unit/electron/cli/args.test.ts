import { describe, expect, it } from 'vitest';
import { parseArgs, parsePort, UsageError } from '../../../../electron/cli/args.js';

describe('parseArgs', () => {
  it('reads positionals, valued options in both spellings, switches and --', () => {
    const parsed = parseArgs(['set', '--port', '80', '--format=csv', '--no-open', '--', '--literal'], { valued: ['port', 'format'], switches: ['no-open'] }, 'serve');
    expect(parsed.positionals).toEqual(['set', '--literal']);
    expect(Object.fromEntries(parsed.values)).toEqual({ port: '80', format: 'csv' });
    expect([...parsed.switches]).toEqual(['no-open']);
  });

  it('refuses unknown options, missing values and values on switches', () => {
    expect(() => parseArgs(['--colour'], {}, 'open')).toThrow(new UsageError('verso open: unknown option --colour.'));
    expect(() => parseArgs(['-x'], {}, 'open')).toThrow(/unknown option -x/);
    expect(() => parseArgs(['--port'], { valued: ['port'] }, 'serve')).toThrow(/--port needs a value/);
    expect(() => parseArgs(['--no-open=yes'], { switches: ['no-open'] }, 'serve')).toThrow(/unknown option --no-open/);
  });
});

describe('parsePort', () => {
  it('accepts 0..65535 and nothing else', () => {
    expect(parsePort(undefined, 'serve')).toBe(0);
    expect(parsePort('8123', 'serve')).toBe(8123);
    expect(() => parsePort('70000', 'serve')).toThrow(UsageError);
    expect(() => parsePort('80a', 'serve')).toThrow(/--port must be a number/);
  });
});
