// Recall and precision of the conduct lexicon on a labelled corpus of collector lines.
//
//   caught   a faulty line whose fault (its labelled kind) is among the kinds reported
//   recall   caught / faulty lines
//   exact    a flagged line reported as exactly its one labelled fault (one phrase, one fault)
//   precision  exact / lines flagged at all: a clean line flagged, a wrong kind, or one fault
//              counted as two all cost precision
import { scanText } from '../../src/core/scan';
import type { Party, ViolationKind } from '../../src/core/schema';

export type CorpusLine = readonly [text: string, fault: ViolationKind | null, party?: Party];

export interface Judged {
  readonly text: string;
  readonly fault: ViolationKind | null;
  readonly party: Party;
  /** The kinds of fault reported, each once (a turn counts a kind once, as the engine does). */
  readonly kinds: readonly ViolationKind[];
  /** What was reported, for reading a failure: "entry: phrase". */
  readonly found: readonly string[];
}

export function judge([text, fault, party = 'debtor']: CorpusLine): Judged {
  const { violations } = scanText(text, { party });
  return { text, fault, party, kinds: [...new Set(violations.map((v) => v.kind))], found: violations.map((v) => `${v.entry}: ${v.phrase}`) };
}

/** Judged exactly as labelled: clean and unflagged, or flagged with its one fault only. */
export function isRight(j: Judged): boolean {
  return j.fault === null ? j.kinds.length === 0 : j.kinds.length === 1 && j.kinds[0] === j.fault;
}

export interface Measure {
  readonly faulty: number;
  readonly clean: number;
  readonly caught: number;
  readonly flagged: number;
  readonly exact: number;
  readonly recall: number;
  readonly precision: number;
  /** Lines not judged as labelled, for the report. */
  readonly wrong: readonly Judged[];
}

export function measure(corpus: readonly CorpusLine[]): Measure {
  const judged = corpus.map(judge);
  const faulty = judged.filter((j) => j.fault !== null);
  const caught = faulty.filter((j) => j.kinds.includes(j.fault!)).length;
  const flagged = judged.filter((j) => j.kinds.length > 0);
  const exact = flagged.filter(isRight).length;
  return {
    faulty: faulty.length,
    clean: judged.length - faulty.length,
    caught,
    flagged: flagged.length,
    exact,
    recall: faulty.length === 0 ? 1 : caught / faulty.length,
    precision: flagged.length === 0 ? 1 : exact / flagged.length,
    wrong: judged.filter((j) => !isRight(j)),
  };
}

/** A short report: the numbers, then each line judged wrongly. */
export function report(name: string, m: Measure): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [
    `${name}: ${m.faulty} faulty, ${m.clean} clean; recall ${pct(m.recall)} (${m.caught}/${m.faulty}), precision ${pct(m.precision)} (${m.exact}/${m.flagged})`,
    ...m.wrong.map((j) => `  ${j.fault ?? 'clean'}${j.party === 'debtor' ? '' : ` (${j.party})`}: ${JSON.stringify(j.text)} → ${j.found.join('; ') || 'nothing'}`),
  ];
  return lines.join('\n');
}
