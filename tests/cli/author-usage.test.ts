// `callcraft help <command>` as someone who mistypes the command reads it.
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, requireBuild } from './support/cli';

beforeAll(requireBuild);

describe('callcraft help', () => {
  it('shows a command\'s help like --help does, and the program\'s without a name', () => {
    expect(cli(['help', 'play'])).toEqual(cli(['play', '--help']));
    expect(cli(['help'])).toEqual(cli(['--help']));
  });

  it('names an unknown command on one line, with a suggestion, exit 2', () => {
    expect(cli(['help', 'validat'])).toEqual({ code: 2, stdout: '', stderr: "callcraft: unknown command 'validat' (did you mean validate?); see 'callcraft --help'\n" });
    expect(cli(['help', 'fly'])).toEqual({ code: 2, stdout: '', stderr: "callcraft: unknown command 'fly'; see 'callcraft --help'\n" });
  });
});
