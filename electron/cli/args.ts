// Hand-written argument parsing for the `verso` command: positionals, `--flag`, `--name value`
// and `--name=value`, and `--` to end options.

export class UsageError extends Error {}

export interface ArgSpec {
  /** Options that take a value, without the leading dashes. */
  valued?: readonly string[];
  /** Options that are on/off. */
  switches?: readonly string[];
}

export interface ParsedArgs {
  positionals: string[];
  values: Map<string, string>;
  switches: Set<string>;
}

export function parseArgs(argv: readonly string[], spec: ArgSpec, command: string): ParsedArgs {
  const valued = new Set(spec.valued ?? []);
  const switches = new Set(spec.switches ?? []);
  const parsed: ParsedArgs = { positionals: [], values: new Map(), switches: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      parsed.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(`verso ${command}: unknown option ${arg}.`);
      parsed.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (valued.has(name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '') throw new UsageError(`verso ${command}: --${name} needs a value.`);
      parsed.values.set(name, value);
    } else if (switches.has(name) && eq === -1) {
      parsed.switches.add(name);
    } else {
      throw new UsageError(`verso ${command}: unknown option --${name}.`);
    }
  }
  return parsed;
}

/** A port number for --port: 0 (any free port) to 65535. */
export function parsePort(value: string | undefined, command: string): number {
  if (value === undefined) return 0;
  if (!/^\d+$/.test(value) || Number(value) > 65535) throw new UsageError(`verso ${command}: --port must be a number from 0 to 65535, not "${value}".`);
  return Number(value);
}
