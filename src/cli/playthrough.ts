// Drives the engine from input lines: the headless `play` without any I/O, so it is unit-tested.
import { chooseReply, currentNode, offeredReplies, sayFreeText, startRun, type RunOptions, type RunState, type TurnRecord } from '../core/engine';
import type { Scenario } from '../core/model';
import { sanitizeLine } from '../core/sanitize';
import { textIn } from '../core/text';
import { InputError, resolvePick, type InputLine } from './inputs';

export interface PlayedStep {
  readonly input: InputLine;
  /** For a pick: whether it named the reply by id or by its number on screen. */
  readonly by?: 'id' | 'number';
  readonly record: TurnRecord;
}

export interface Playthrough {
  readonly scenario: Scenario;
  readonly state: RunState;
  readonly steps: readonly PlayedStep[];
}

/**
 * Plays every input line in order; a line that cannot be played throws an InputError. `start`
 * is the run to begin from (`--from`/`--set`); by default the scenario's start.
 */
export function playInputs(scenario: Scenario, options: RunOptions, inputs: readonly InputLine[], start?: RunState): Playthrough {
  let state = start ?? startRun(scenario, options);
  const steps: PlayedStep[] = [];
  for (const input of inputs) {
    const node = currentNode(scenario, state);
    if (node === null) {
      const ending = scenario.endings.get(state.ending!);
      const title = ending ? ` (${sanitizeLine(textIn(ending.title, state.lang, scenario.languages))})` : '';
      const last = steps[steps.length - 1]!.input.line;
      throw new InputError(input.line, `the call already ended at "${state.ending}"${title} after line ${last}; nothing more can be played`);
    }
    if (input.kind === 'text') {
      const result = sayFreeText(scenario, state, input.text);
      state = result.state;
      steps.push({ input, record: result.events });
      continue;
    }
    const pick = resolvePick(input.value, node, offeredReplies(scenario, state));
    if ('error' in pick) throw new InputError(input.line, pick.error);
    const result = chooseReply(scenario, state, pick.reply.id);
    state = result.state;
    steps.push({ input, by: pick.by, record: result.events });
  }
  return { scenario, state, steps };
}
