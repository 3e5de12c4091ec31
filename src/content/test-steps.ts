// A test step names a reply "at the node where the call stands": to know that node, the test's
// path is followed through the engine (conditions, routes and triggers included). Following
// stops quietly where the test itself would fail for another reason (a reply not offered now,
// the call already over): `callcraft test` explains those.
import { chooseReply, currentNode, sayFreeText, startRun, type RunState } from '../core/engine';
import type { Scenario } from '../core/model';
import { hasControlCharacters } from '../core/sanitize';
import type { Locator } from './locate';
import { at, isPlainObject, listing, quote, type Reporter } from './report';
import type { Summary } from './check';
import { didYouMean } from './suggest';

export function checkTestSteps(scenario: Scenario, loc: Locator, r: Reporter): void {
  scenario.tests.forEach((test, i) => {
    let state: RunState;
    try {
      state = startRun(scenario, { lang: test.lang ?? scenario.languages[0] ?? 'en', mode: 'practice' });
    } catch {
      return;
    }
    for (const [j, step] of test.steps.entries()) {
      if (state.ending !== null) return;
      const node = currentNode(scenario, state);
      if (!node) return;
      if ('reply' in step) {
        const ids = node.replies.map((rep) => rep.id);
        if (!ids.includes(step.reply)) {
          const path = ['tests', i, 'steps', j];
          r.add('unresolved-test-step', loc.value(path), at(path, `the call is at node ${quote(node.id)} here, which has no reply ${quote(step.reply)}`),
            didYouMean(step.reply, ids) ?? `its replies are ${listing(ids)}`);
          return;
        }
      }
      try {
        state = ('reply' in step ? chooseReply(scenario, state, step.reply) : sayFreeText(scenario, state, step.say)).state;
      } catch {
        return;
      }
    }
  });
}

/** Without a runnable scenario (it has errors), a step can still name a reply no node has. */
export function checkTestStepsStatically(data: Record<string, unknown>, summary: Summary, loc: Locator, r: Reporter): void {
  if (!Array.isArray(data.tests)) return;
  data.tests.forEach((test, i) => {
    if (!isPlainObject(test) || !Array.isArray(test.steps)) return;
    test.steps.forEach((step, j) => {
      if (typeof step !== 'string' && typeof step !== 'number') return;
      const id = String(step);
      if (id === '' || summary.allReplyIds.has(id) || hasControlCharacters(id)) return;
      const path = ['tests', i, 'steps', j];
      r.add('unresolved-test-step', loc.value(path), at(path, `no node has a reply ${quote(id)}`), didYouMean(id, summary.allReplyIds));
    });
  });
}
