import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Conf from 'conf';
import { dirname, join, resolve } from 'node:path';
import { defaultStoreHome, playerKey, PLAYER_KEY, storeHome } from '../../src/store/paths';
import { cleanup, tempDir } from '../support/store';

describe('the store location', () => {
  let dir: string;
  beforeEach(() => { dir = tempDir(); });
  afterEach(() => cleanup(dir));

  it("is conf's per-user config folder for callcraft", () => {
    const saved = process.env.XDG_CONFIG_HOME;
    process.env.XDG_CONFIG_HOME = dir;
    try {
      const conf = new Conf({ projectName: 'callcraft', projectSuffix: '' });
      expect(defaultStoreHome(process.env)).toBe(dirname(conf.path));
    } finally {
      if (saved === undefined) delete process.env.XDG_CONFIG_HOME;
      else process.env.XDG_CONFIG_HOME = saved;
    }
  });

  it('follows each platform\'s convention', () => {
    expect(defaultStoreHome({}, 'linux', '/home/ann')).toBe('/home/ann/.config/callcraft');
    expect(defaultStoreHome({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/ann')).toBe('/x/callcraft');
    expect(defaultStoreHome({}, 'darwin', '/Users/ann')).toBe('/Users/ann/Library/Preferences/callcraft');
    expect(defaultStoreHome({ APPDATA: 'C:/Users/ann/AppData/Roaming' }, 'win32', 'C:/Users/ann')).toBe(join('C:/Users/ann/AppData/Roaming', 'callcraft', 'Config'));
  });

  it('is CALLCRAFT_HOME when set, relative to the working folder', () => {
    expect(storeHome({ CALLCRAFT_HOME: dir })).toBe(dir);
    expect(storeHome({ CALLCRAFT_HOME: 'rel/store' })).toBe(resolve('rel/store'));
    expect(storeHome({ CALLCRAFT_HOME: '  ', XDG_CONFIG_HOME: dir })).toBe(join(dir, 'callcraft'));
  });
});

describe('playerKey', () => {
  it('is a short readable slug plus a hash, safe as a folder name on every system', () => {
    expect(playerKey('Li Wei')).toMatch(/^li-wei-[0-9a-f]{12}$/);
    expect(playerKey('张三')).toMatch(/^p-[0-9a-f]{12}$/);
    expect(playerKey('..')).toMatch(/^p-[0-9a-f]{12}$/);
    expect(playerKey('CON')).toMatch(/^con-[0-9a-f]{12}$/);
    expect(playerKey('Alice')).not.toBe(playerKey('alice'));
    expect(playerKey('x'.repeat(32))).toHaveLength(16 + 1 + 12);
    for (const n of ['Li Wei', '张三', '__proto__', '-a-', 'a'.repeat(32)]) expect(playerKey(n)).toMatch(PLAYER_KEY);
  });
});
