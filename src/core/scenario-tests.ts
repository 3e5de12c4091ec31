// Runs a scenario's own `tests:` through the engine and explains any failure by step.
import { compare, conditionNames, type CompareOp } from './condition';
import { chooseReply, conditionEnv, offeredReplies, RunError, sayFreeText, startRun, type RunState } from './engine';
import type { Scenario, ScenarioTest } from './model';

export interface TestFailure {
  /** 0-based step index, or null for a failed expectation after the last step. */
  readonly step: number | null;
  readonly message: string;
}

export interface TestResult {
  readonly name: string;
  readonly index: number;
  readonly passed: boolean;
  readonly failures: readonly TestFailure[];
  readonly state: RunState;
}

export function parseExpectation(text: string): { op: CompareOp; value: number } | null {
  const m = /^\s*(<=|>=|==|!=|<|>)?\s*(-?\d+)\s*$/.exec(text);
  return m ? { op: (m[1] as CompareOp | undefined) ?? '==', value: Number(m[2]) } : null;
}

export function runScenarioTest(scenario: Scenario, test: ScenarioTest, index = 0): TestResult {
  const lang = test.lang ?? scenario.languages[0] ?? 'en';
  let state = startRun(scenario, { lang, mode: 'practice' });
  const failures: TestFailure[] = [];
  const done = (): TestResult => ({ name: test.name, index, passed: failures.length === 0, failures, state });

  for (const [i, step] of test.steps.entries()) {
    const label = 'reply' in step ? `"${step.reply}"` : `say "${step.say}"`;
    if (state.ending !== null) {
      failures.push({ step: i, message: `step ${i + 1} (${label}): the call already ended at "${state.ending}" after step ${i}` });
      return done();
    }
    try {
      state = ('reply' in step ? chooseReply(scenario, state, step.reply) : sayFreeText(scenario, state, step.say)).state;
    } catch (error) {
      if (!(error instanceof RunError)) throw error;
      const offered = offeredReplies(scenario, state).map((r) => r.id).join(', ');
      failures.push({ step: i, message: `step ${i + 1} (${label}) at node "${state.node}": ${error.message}${'reply' in step && error.code === 'not-offered' ? whyHidden(scenario, state, step.reply) : ''} (offered: ${offered})` });
      return done();
    }
  }

  const { expect } = test;
  if (state.ending !== expect.ending) {
    const where = state.ending === null ? `the call is still at node "${state.node}"` : `it ended at "${state.ending}"`;
    failures.push({ step: null, message: `expected ending "${expect.ending}", but ${where}` });
  }
  for (const [stat, text] of Object.entries(expect.stats)) {
    const want = parseExpectation(text);
    const got = state.stats[stat];
    if (!want || got === undefined) {
      failures.push({ step: null, message: `cannot check stat "${stat}" against "${text}"` });
    } else if (!compare(got, want.op, want.value)) {
      failures.push({ step: null, message: `expected ${stat} ${want.op} ${want.value}, got ${got}` });
    }
  }
  if (expect.violations !== undefined && state.violations.length !== expect.violations) {
    const kinds = state.violations.map((v) => `${v.kind} (turn ${v.turn})`).join(', ');
    const noun = expect.violations === 1 ? 'violation' : 'violations';
    failures.push({ step: null, message: `expected ${expect.violations} ${noun}, got ${state.violations.length}${kinds ? `: ${kinds}` : ''}` });
  }
  return done();
}

/** For a reply hidden by its `if`: the condition and the values it read, so the author sees why. */
function whyHidden(scenario: Scenario, state: RunState, replyId: string): string {
  const reply = state.node === null ? undefined : scenario.nodes.get(state.node)?.replies.find((r) => r.id === replyId);
  if (!reply?.if) return '';
  const env = conditionEnv(state);
  const names = [...new Set(conditionNames(reply.if.ast).map((n) => n.name))];
  return `: its condition "${reply.if.source}" does not hold (${names.map((n) => `${n} ${env(n)}`).join(', ')})`;
}

export function runScenarioTests(scenario: Scenario): TestResult[] {
  return scenario.tests.map((t, i) => runScenarioTest(scenario, t, i));
}
