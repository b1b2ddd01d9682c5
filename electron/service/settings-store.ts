// The reviewer's settings and recently opened sets, as JSON files in the app's user data folder.
// A corrupt file is set aside (never silently lost) and defaults are used.
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { recentSetSchema, settingsSchema, type RecentSet, type Settings } from '../../shared/api.js';
import { parseJsonText, stableJson } from '../../shared/review/index.js';
import { writeFileAtomic } from './atomic-file.js';
import { errnoCode } from './errors.js';

export const MAX_RECENT_SETS = 10;

export const defaultSettings: Settings = { reviewerName: '', lastSet: null, windowBounds: null };

export class SettingsStore {
  private settings: Settings | null = null;
  private recent: RecentSet[] | null = null;

  constructor(
    private readonly userDataDir: string,
    private readonly now: () => Date,
  ) {}

  private get settingsFile(): string {
    return join(this.userDataDir, 'settings.json');
  }

  private get recentFile(): string {
    return join(this.userDataDir, 'recent.json');
  }

  async getSettings(): Promise<Settings> {
    this.settings ??= { ...defaultSettings, ...(await this.readOrSetAside(this.settingsFile, settingsSchema.partial(), {})) };
    return this.settings;
  }

  async updateSettings(changes: Partial<Settings>): Promise<Settings> {
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<Settings>;
    const next = { ...(await this.getSettings()), ...defined };
    await writeFileAtomic(this.settingsFile, stableJson(next));
    this.settings = next;
    return next;
  }

  async recentSets(): Promise<RecentSet[]> {
    this.recent ??= (await this.readOrSetAside(this.recentFile, z.array(recentSetSchema), [])).slice(0, MAX_RECENT_SETS);
    return this.recent;
  }

  /** Puts a set at the top of the recent list (once) and makes it the last set. */
  async recordOpened(path: string, name: string): Promise<void> {
    const entry: RecentSet = { path, name, openedAt: this.now().toISOString() };
    const next = [entry, ...(await this.recentSets()).filter((r) => r.path !== path)].slice(0, MAX_RECENT_SETS);
    await writeFileAtomic(this.recentFile, stableJson(next));
    this.recent = next;
    await this.updateSettings({ lastSet: path });
  }

  private async readOrSetAside<T>(file: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') console.warn(`Verso: cannot read ${file} (${errnoCode(error) ?? String(error)}); using defaults.`);
      return fallback;
    }
    const parsed = parseJsonText(text.replace(/^\uFEFF/, ''));
    const checked = parsed.ok ? schema.safeParse(parsed.value) : null;
    if (checked?.success) return checked.data;
    const aside = `${file}.corrupt-${this.now().toISOString().replace(/[:.]/g, '-')}`;
    const why = parsed.ok ? 'has unexpected content' : `does not parse (${parsed.reason} at line ${parsed.line}, column ${parsed.column})`;
    try {
      await rename(file, aside);
      console.warn(`Verso: ${file} ${why}; it was moved to ${aside} and defaults are used.`);
    } catch (error) {
      console.warn(`Verso: ${file} ${why} and could not be moved aside (${errnoCode(error) ?? String(error)}); defaults are used.`);
    }
    return fallback;
  }
}
