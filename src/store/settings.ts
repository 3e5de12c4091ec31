// The small shared settings (layout version, players, last player, preferences) in conf.
//
// conf is safe for one process but the last writer wins across processes, so only settings that
// can stand that live here; runs have their own files. conf runs with dot-notation access off
// (keys are fixed names, never data), clearInvalidConfig off (it would wipe the file), a JSON
// Schema generated from zod, and its migrations driving the store's layout version.
import Conf from 'conf';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { MODES } from '../core/engine';
import { LANGUAGE_CODE } from '../core/schema';
import { moveAside } from './atomic';
import { errorCode, type NoticeSink } from './notices';
import { PROJECT_NAME, SETTINGS_FILE, SETTINGS_NAME } from './paths';

/** The store layout version this build writes. */
export const LAYOUT = 1;

export const PreferencesSchema = z.looseObject({
  lang: z.string().regex(LANGUAGE_CODE).optional(),
  mode: z.enum(MODES).optional(),
});

export const SettingsSchema = z.looseObject({
  layout: z.int().min(1),
  players: z.array(z.string().max(200)).max(1000),
  lastPlayer: z.string().max(200).nullable(),
  preferences: PreferencesSchema,
});

export type Preferences = z.infer<typeof PreferencesSchema>;
export type SettingsData = z.infer<typeof SettingsSchema>;

/** Upgrades the store from layout n - 1 to n (files under `home` and the settings in `conf`). */
export type LayoutStep = (ctx: { readonly home: string; readonly conf: Conf<SettingsData> }) => void;

/**
 * The upgrades, keyed by the layout they produce. Layout 1 is the first layout, so there are none
 * yet; a later layout adds its step here and tests/store/layout.test.ts keeps reading the frozen
 * layout-1 store in tests/fixtures/store-layout-1.
 */
export const LAYOUT_STEPS: ReadonlyMap<number, LayoutStep> = new Map();

const DEFAULTS: SettingsData = { layout: LAYOUT, players: [], lastPlayer: null, preferences: {} };

const jsonSchema = z.toJSONSchema(SettingsSchema) as { properties: Record<string, unknown> };

const semver = (layout: number) => `${layout}.0.0`;

/** The layout a settings file claims, from conf's migration record or our own key. */
function claimedLayout(data: unknown): number {
  const d = data as { layout?: unknown; __internal__?: { migrations?: { version?: unknown } } };
  const fromKey = typeof d.layout === 'number' ? d.layout : 0;
  const version = d.__internal__?.migrations?.version;
  const fromConf = typeof version === 'string' ? Number.parseInt(version, 10) || 0 : 0;
  return Math.max(fromKey, fromConf);
}

export interface SettingsOptions {
  /** For tests of upgrades: the layout to open as, and its steps. */
  readonly layout?: number;
  readonly steps?: ReadonlyMap<number, LayoutStep>;
}

export class Settings {
  readonly file: string;
  private conf: Conf<SettingsData> | null = null;
  /** Used when the file cannot be written (or belongs to a newer layout). */
  private memory: SettingsData = structuredClone(DEFAULTS);
  private unsavedTold = false;
  readOnly = false;

  private constructor(private readonly home: string, private readonly notify: NoticeSink, private readonly options: SettingsOptions) {
    this.file = join(home, SETTINGS_FILE);
  }

  static open(home: string, notify: NoticeSink, options: SettingsOptions = {}): Settings {
    const s = new Settings(home, notify, options);
    s.connect();
    return s;
  }

  private get layout(): number {
    return this.options.layout ?? LAYOUT;
  }

  private moveAside(why: string): void {
    let backup: string | null;
    try {
      backup = moveAside(this.file);
    } catch (error) {
      this.notify({ code: 'unmovable', file: this.file, message: `the settings file ${this.file} ${why} and could not be moved aside (${errorCode(error)}); it is left as it is` });
      this.readOnly = true;
      return;
    }
    if (backup) {
      this.notify({
        code: 'moved-aside', file: this.file, backup,
        message: `the settings file ${this.file} ${why}; it was moved to ${backup} and callcraft starts with fresh settings (your saved runs are not affected)`,
      });
    }
  }

  /** Reads the file ourselves first: damaged → moved aside; newer layout → read-only. */
  private precheck(): void {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return;
      this.moveAside(`could not be read (${errorCode(error)})`);
      return;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      this.moveAside('was damaged (not valid JSON)');
      return;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      this.moveAside('was damaged (not a JSON object)');
      return;
    }
    // conf would rewrite the file (recording its migration) before checking it: check it first,
    // so the backup of a damaged file is byte for byte what was there.
    if (claimedLayout(data) <= this.layout) {
      const parsed = SettingsSchema.partial().safeParse(data);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        this.moveAside(`did not match the settings format (${issue ? `${issue.path.join('.') || 'top level'}: ${issue.message}` : 'invalid'})`);
      }
      return;
    }
    {
      const parsed = SettingsSchema.safeParse(data);
      this.memory = parsed.success ? parsed.data : structuredClone(DEFAULTS);
      this.readOnly = true;
      this.notify({
        code: 'newer-layout', file: this.file,
        message: `the settings in ${this.file} were written by a newer callcraft (layout ${claimedLayout(data)}); they are used but not changed`,
      });
    }
  }

  private connect(): void {
    this.precheck();
    if (this.readOnly) return;
    for (let attempt = 0; attempt < 2 && this.conf === null; attempt++) {
      try {
        this.conf = this.createConf();
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
        const code = errorCode(error);
        if (['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'ENOTDIR', 'EEXIST', 'EISDIR'].includes(code)) break;
        if (message.includes('during the migration')) {
          // conf has put the file back as it was: use it as it is, change nothing.
          this.useAsIs(`could not be upgraded to layout ${this.layout} (${message.slice(0, 200)})`);
          return;
        }
        this.moveAside(`did not match the settings format (${message.slice(0, 160)})`);
      }
    }
    if (this.conf === null) this.tellUnsaved();
  }

  private useAsIs(why: string): void {
    try {
      const parsed = SettingsSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      if (parsed.success) this.memory = parsed.data;
    } catch { /* keep the defaults in memory */ }
    this.readOnly = true;
    this.notify({ code: 'settings-unsaved', file: this.file, message: `the settings file ${this.file} ${why}; it is used as it is and not changed` });
  }

  private createConf(): Conf<SettingsData> {
    const steps = this.options.steps ?? LAYOUT_STEPS;
    const migrations: Record<string, (store: Conf<SettingsData>) => void> = {};
    for (const [layout, step] of steps) {
      if (layout > this.layout) continue;
      migrations[semver(layout)] = (conf) => {
        step({ home: this.home, conf });
        conf.set('layout', layout);
      };
    }
    const conf = new Conf<SettingsData>({
      projectName: PROJECT_NAME,
      cwd: this.home,
      configName: SETTINGS_NAME,
      projectVersion: semver(this.layout),
      migrations,
      defaults: DEFAULTS,
      schema: jsonSchema.properties as never,
      accessPropertiesByDotNotation: false,
      clearInvalidConfig: false,
    });
    if (conf.get('layout') < this.layout) conf.set('layout', this.layout);
    return conf;
  }

  private tellUnsaved(reason?: string): void {
    if (this.unsavedTold) return;
    this.unsavedTold = true;
    this.notify({
      code: 'settings-unsaved', file: this.file,
      message: `the settings file ${this.file} cannot be written${reason ? ` (${reason})` : ''}; setting changes last until callcraft exits`,
    });
  }

  /** The current settings (conf re-reads the file, so other processes' changes show). */
  read(): SettingsData {
    if (this.conf === null) return structuredClone(this.memory);
    try {
      return SettingsSchema.parse(this.conf.store);
    } catch {
      // Damaged while we were running (another program wrote it): same rule as at start.
      this.conf = null;
      this.connect();
      return this.read();
    }
  }

  /** Applies a change to the latest settings (read just before writing, to keep others' changes). */
  update(change: (current: SettingsData) => Partial<SettingsData>): void {
    const patch = change(this.read());
    if (this.conf !== null) {
      try {
        for (const [key, value] of Object.entries(patch) as [keyof SettingsData, SettingsData[keyof SettingsData]][]) {
          this.conf.set(key, value);
        }
        return;
      } catch (error) {
        this.memory = { ...this.read(), ...patch };
        this.conf = null;
        this.tellUnsaved(errorCode(error));
        return;
      }
    }
    this.memory = { ...this.memory, ...patch };
    if (!this.readOnly) this.tellUnsaved();
  }
}
