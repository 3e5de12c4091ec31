// Every problem code the loader can report, with its severity and a one-line description.
// Codes are stable: docs, tests and tools (e.g. `callcraft validate --format json`) rely on them.
// Messages start with the path of the offending value, e.g. `nodes.hello.replies#2.next: …`,
// where `#n` counts list entries from 1 (reply #2 is the one whose default id is "2").
import type { Severity } from './problem';

interface CodeInfo {
  readonly severity: Severity;
  readonly summary: string;
}

export const PROBLEM_CODES = {
  // The file and its YAML
  'unreadable': { severity: 'error', summary: 'the file cannot be read (missing, a folder, no permission)' },
  'wrong-encoding': { severity: 'error', summary: 'the file is not UTF-8 text (saved as GBK, Big5, Latin-1 or UTF-16?); it is not parsed' },
  'file-too-large': { severity: 'error', summary: 'the file is over the size cap (1 MB); it is not parsed at all' },
  'yaml-syntax': { severity: 'error', summary: 'the text is not valid YAML (or holds several documents)' },
  'too-deep': { severity: 'error', summary: 'the YAML nests far deeper than any scenario needs (a resource-exhaustion guard)' },
  'too-many-aliases': { severity: 'error', summary: 'YAML aliases expand too much (a "billion laughs" guard)' },
  'yaml-tag': { severity: 'error', summary: 'an explicit YAML tag other than the core ones (!!str, !!int, …); tags are never executed' },
  'duplicate-key': { severity: 'error', summary: 'the same key appears twice in one mapping' },
  'control-character': { severity: 'error', summary: 'a control character or terminal escape sequence in a string (key or value)' },
  'not-a-scenario': { severity: 'error', summary: 'the file is empty or is not a mapping of scenario fields' },

  // Shape (the schema)
  'missing-key': { severity: 'error', summary: 'a required key is missing' },
  'unknown-key': { severity: 'error', summary: 'a key the format does not know, with "did you mean" when one is close' },
  'wrong-type': { severity: 'error', summary: 'a value of the wrong kind (a number where text belongs, a list where a map belongs, …)' },
  'invalid-value': { severity: 'error', summary: 'a value of the right kind but not allowed (an unknown tactic, an id with capitals, a number out of range, …)' },

  // Text values
  'missing-language': { severity: 'error', summary: 'a Text map lacks one of the languages the file declares' },
  'not-a-language-code': { severity: 'error', summary: 'a Text map key that is not a language code (zh, en, zh-TW, …)' },
  'comma-split-text': { severity: 'error', summary: 'an ASCII comma in an unquoted { … } map cut a text in two; the rest became a key' },
  'untranslated-text': { severity: 'warning', summary: 'a plain string in a file that declares two or more languages: it is shown unchanged in each' },
  'undeclared-language': { severity: 'warning', summary: 'a language used in a Text map or a test that `languages` does not list' },
  'languages-not-declared': { severity: 'warning', summary: 'the file has Text maps but no `languages` list (reported once per file)' },

  // Stats
  'missing-stat': { severity: 'error', summary: '`rapport` or `willingness` is missing from stats' },
  'stat-range': { severity: 'error', summary: 'a stat whose min is above its max, or whose start lies outside min..max' },
  'reserved-stat-name': { severity: 'error', summary: 'a stat named turn, violations, and, or, not (names conditions already use)' },
  'undeclared-stat': { severity: 'error', summary: 'an effect, condition or test expectation names a stat that `stats` does not declare' },

  // Conditions
  'bad-condition': { severity: 'error', summary: 'a condition that does not parse; the column is that of the offending character' },

  // Ids and where the call goes
  'unresolved-start': { severity: 'error', summary: '`start` names no node (or names an ending)' },
  'unresolved-target': { severity: 'error', summary: 'a `next` or `goto` names no node or ending' },
  'trigger-not-ending': { severity: 'error', summary: "a trigger's goto names a node: a trigger ends the call, so it must name an ending" },
  'id-collision': { severity: 'error', summary: 'a node and an ending share an id (they share one namespace)' },
  'no-endings': { severity: 'error', summary: '`endings` is empty: a call needs at least one way to end' },
  'duplicate-reply-id': { severity: 'error', summary: 'two replies of a node share an id (explicit, or a default positional id "1", "2", …)' },
  'unresolved-free-reply': { severity: 'error', summary: "a free.match rule names a reply that the node does not have" },

  // Structure
  'all-replies-conditional': { severity: 'error', summary: 'every reply of a node has an `if`: the player could be left with nothing to say' },
  'say-order': { severity: 'error', summary: 'say variants: only the last may lack `if`, and it must lack it' },
  'route-order': { severity: 'error', summary: 'routes of a target: only the last may lack `if`, and it must lack it' },

  // Tests inside the scenario
  'unresolved-test-step': { severity: 'error', summary: 'a test step names a reply the node reached at that step does not have' },
  'unresolved-test-ending': { severity: 'error', summary: "a test's expect.ending names no ending" },

  // Reachability (conditions ignored; trigger targets count as reachable). Reported once the
  // file has no errors: before that the graph is not what the author meant.
  'unreachable': { severity: 'warning', summary: 'a node or ending that no path from `start` reaches' },
  'dead-end': { severity: 'warning', summary: 'a reachable node from which no path of replies leads to an ending (triggers aside)' },

  // Several files loaded together
  'duplicate-scenario-id': { severity: 'error', summary: 'two files loaded together have the same scenario id' },

  // Never produced by a file the checks accept: it reports a bug in callcraft itself.
  'internal-error': { severity: 'error', summary: 'the scenario passed every check but could not be compiled (a bug: please report it)' },
} as const satisfies Record<string, CodeInfo>;

export type ProblemCode = keyof typeof PROBLEM_CODES;

export const PROBLEM_CODE_LIST = Object.keys(PROBLEM_CODES) as ProblemCode[];

export function severityOf(code: ProblemCode): Severity {
  return PROBLEM_CODES[code].severity;
}
