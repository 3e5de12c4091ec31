// Conditions: `rapport >= 60 and (willingness > 40 or turn > 8)`.
// A small recursive-descent parser of our own; scenario text is data and is never run as code.
//
//   expr := and ('or' and)*        and := unary ('and' unary)*
//   unary := 'not' unary | '(' expr ')' | NAME OP INTEGER

export type CompareOp = '<' | '<=' | '>' | '>=' | '==' | '!=';

export type CondAst =
  | { type: 'cmp'; name: string; op: CompareOp; value: number; offset: number }
  | { type: 'and' | 'or'; left: CondAst; right: CondAst }
  | { type: 'not'; expr: CondAst };

/** A problem in a condition; `offset` is the 0-based column inside the condition text. */
export class ConditionError extends Error {
  constructor(message: string, readonly offset: number, readonly hint?: string) {
    super(message);
    this.name = 'ConditionError';
  }
}

type Token =
  | { kind: 'name'; text: string; offset: number }
  | { kind: 'int'; value: number; text: string; offset: number }
  | { kind: 'op'; text: CompareOp; offset: number }
  | { kind: '(' | ')'; offset: number }
  | { kind: 'end'; offset: number };

const KEYWORDS = new Set(['and', 'or', 'not']);
const OPS: CompareOp[] = ['<=', '>=', '==', '!=', '<', '>'];
const MISTAKES: Record<string, string> = {
  '&&': 'write `and` instead of `&&`',
  '||': 'write `or` instead of `||`',
  '!': 'write `not` (or `!=`) instead of `!`',
  '=': 'use `==` to compare',
};

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') { i++; continue; }
    if (ch === '(' || ch === ')') { tokens.push({ kind: ch, offset: i }); i++; continue; }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op) { tokens.push({ kind: 'op', text: op, offset: i }); i += op.length; continue; }
    const num = /^-?\d+/.exec(src.slice(i));
    if (num) {
      const rest = src.slice(i + num[0].length);
      if (/^[.,]\d/.test(rest)) throw new ConditionError('only whole numbers can be compared', i);
      tokens.push({ kind: 'int', value: Number(num[0]), text: num[0], offset: i });
      i += num[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (word) { tokens.push({ kind: 'name', text: word[0], offset: i }); i += word[0].length; continue; }
    const mistake = Object.keys(MISTAKES).find((m) => src.startsWith(m, i));
    if (mistake) throw new ConditionError(`unexpected "${mistake}"`, i, MISTAKES[mistake]);
    throw new ConditionError(`unexpected character "${String.fromCodePoint(src.codePointAt(i)!)}"`, i);
  }
  tokens.push({ kind: 'end', offset: src.length });
  return tokens;
}

function describe(t: Token): string {
  switch (t.kind) {
    case 'end': return 'the end of the condition';
    case 'name': return `"${t.text}"`;
    case 'int': return t.text;
    case 'op': return `"${t.text}"`;
    default: return `"${t.kind}"`;
  }
}

/** Parses a condition or throws ConditionError with the column of the fault. */
export function parseCondition(src: string): CondAst {
  const tokens = tokenize(src);
  let pos = 0;
  const peek = () => tokens[pos]!;
  const isWord = (t: Token, w: string) => t.kind === 'name' && t.text === w;

  function keywordCase(t: Token): void {
    if (t.kind === 'name' && !KEYWORDS.has(t.text) && KEYWORDS.has(t.text.toLowerCase())) {
      throw new ConditionError(`"${t.text}" must be written in lower case`, t.offset, `write \`${t.text.toLowerCase()}\``);
    }
  }

  function parseOr(): CondAst {
    let left = parseAnd();
    while (isWord(peek(), 'or')) { pos++; left = { type: 'or', left, right: parseAnd() }; }
    return left;
  }
  function parseAnd(): CondAst {
    let left = parseUnary();
    while (isWord(peek(), 'and')) { pos++; left = { type: 'and', left, right: parseUnary() }; }
    return left;
  }
  function parseUnary(): CondAst {
    const t = peek();
    keywordCase(t);
    if (isWord(t, 'not')) { pos++; return { type: 'not', expr: parseUnary() }; }
    if (t.kind === '(') {
      pos++;
      const inner = parseOr();
      const close = peek();
      if (close.kind !== ')') throw new ConditionError(`expected ")" but found ${describe(close)}`, close.offset);
      pos++;
      return inner;
    }
    if (t.kind === 'name' && !KEYWORDS.has(t.text)) {
      pos++;
      const op = peek();
      if (op.kind !== 'op') {
        throw new ConditionError(`expected a comparison (< <= > >= == !=) after "${t.text}" but found ${describe(op)}`, op.offset);
      }
      pos++;
      const value = peek();
      if (value.kind !== 'int') {
        throw new ConditionError(`expected a whole number after "${op.text}" but found ${describe(value)}`, value.offset,
          value.kind === 'name' ? 'a comparison is NAME OP NUMBER, e.g. rapport >= 60' : undefined);
      }
      pos++;
      return { type: 'cmp', name: t.text, op: op.text, value: value.value, offset: t.offset };
    }
    if (t.kind === 'int') {
      throw new ConditionError(`expected a stat name but found ${describe(t)}`, t.offset, 'write the name first: rapport >= 60');
    }
    throw new ConditionError(`expected a comparison such as "rapport >= 60" but found ${describe(t)}`, t.offset);
  }

  if (peek().kind === 'end') throw new ConditionError('the condition is empty', 0);
  const ast = parseOr();
  const rest = peek();
  keywordCase(rest);
  if (rest.kind !== 'end') {
    throw new ConditionError(`expected "and", "or" or the end but found ${describe(rest)}`, rest.offset);
  }
  return ast;
}

/** Every name a condition reads, with its column, for "undeclared stat" checks. */
export function conditionNames(ast: CondAst): { name: string; offset: number }[] {
  switch (ast.type) {
    case 'cmp': return [{ name: ast.name, offset: ast.offset }];
    case 'not': return conditionNames(ast.expr);
    default: return [...conditionNames(ast.left), ...conditionNames(ast.right)];
  }
}

export type Env = (name: string) => number;

export function evaluate(ast: CondAst, env: Env): boolean {
  switch (ast.type) {
    case 'and': return evaluate(ast.left, env) && evaluate(ast.right, env);
    case 'or': return evaluate(ast.left, env) || evaluate(ast.right, env);
    case 'not': return !evaluate(ast.expr, env);
    case 'cmp': return compare(env(ast.name), ast.op, ast.value);
  }
}

export function compare(a: number, op: CompareOp, b: number): boolean {
  switch (op) {
    case '<': return a < b;
    case '<=': return a <= b;
    case '>': return a > b;
    case '>=': return a >= b;
    case '==': return a === b;
    case '!=': return a !== b;
  }
}

/** Writes a condition back as text (used by the explorer, graph and debug panel). */
export function formatCondition(ast: CondAst, parent?: CondAst['type']): string {
  switch (ast.type) {
    case 'cmp': return `${ast.name} ${ast.op} ${ast.value}`;
    case 'not': return `not ${formatCondition(ast.expr, 'not')}`;
    default: {
      const s = `${formatCondition(ast.left, ast.type)} ${ast.type} ${formatCondition(ast.right, ast.type)}`;
      return parent && parent !== ast.type ? `(${s})` : s;
    }
  }
}

/** A condition compiled for speed: reads values from `v` at `o + slot`. Same meaning as evaluate. */
export type CompiledCondition = (v: ArrayLike<number>, o: number) => boolean;

/**
 * Compiles a condition into closures (no code is generated from text). `slot` maps a name to its
 * position in the value vector, or -1 for a name that has none (it reads as 0, like evaluate's env).
 */
export function compileCondition(ast: CondAst, slot: (name: string) => number): CompiledCondition {
  switch (ast.type) {
    case 'and': { const a = compileCondition(ast.left, slot); const b = compileCondition(ast.right, slot); return (v, o) => a(v, o) && b(v, o); }
    case 'or': { const a = compileCondition(ast.left, slot); const b = compileCondition(ast.right, slot); return (v, o) => a(v, o) || b(v, o); }
    case 'not': { const a = compileCondition(ast.expr, slot); return (v, o) => !a(v, o); }
    case 'cmp': {
      const i = slot(ast.name);
      const c = ast.value;
      if (i < 0) { const fixed = compare(0, ast.op, c); return () => fixed; }
      switch (ast.op) {
        case '<': return (v, o) => v[o + i]! < c;
        case '<=': return (v, o) => v[o + i]! <= c;
        case '>': return (v, o) => v[o + i]! > c;
        case '>=': return (v, o) => v[o + i]! >= c;
        case '==': return (v, o) => v[o + i] === c;
        case '!=': return (v, o) => v[o + i] !== c;
      }
    }
  }
}

/** The constants each name is compared with, e.g. for `turn > 3 and turn < 9`: turn → [3, 9]. */
export function comparedConstants(ast: CondAst, out: Map<string, number[]> = new Map()): Map<string, number[]> {
  switch (ast.type) {
    case 'cmp': { const list = out.get(ast.name) ?? []; list.push(ast.value); out.set(ast.name, list); return out; }
    case 'not': return comparedConstants(ast.expr, out);
    default: comparedConstants(ast.left, out); return comparedConstants(ast.right, out);
  }
}
