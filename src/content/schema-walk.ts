// Walking the zod schema alongside the data, so problems can say what belongs at a path
// (its description, the keys an object allows) and every Text value can be found and checked.
// Uses zod 4's public `def`: type, shape, valueType, element, options, innerType.
import { z } from 'zod';
import { ScenarioFileSchema } from '../core/schema';
import type { Path } from './locate';
import { isPlainObject } from './report';

interface Def {
  readonly type: string;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly valueType?: Schema;
  readonly element?: Schema;
  readonly options?: readonly Schema[];
  readonly innerType?: Schema;
  readonly values?: readonly unknown[];
}
export interface Schema {
  readonly def: Def;
}

const ROOT = ScenarioFileSchema as unknown as Schema;
// `title` is the Text schema itself; `.meta()` copies share its options, which identifies Text.
const TEXT_OPTIONS = (ScenarioFileSchema.shape.title as unknown as Schema).def.options;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'readonly', 'nonoptional', 'prefault']);

export function unwrap(s: Schema): Schema {
  let x = s;
  while (WRAPPERS.has(x.def.type) && x.def.innerType) x = x.def.innerType;
  return x;
}

export function isText(s: Schema | undefined): boolean {
  return s !== undefined && unwrap(s).def.options === TEXT_OPTIONS;
}

/** The schema's description (from .meta), looking through optional wrappers. */
export function description(s: Schema | undefined): string | undefined {
  for (let x = s; x; x = WRAPPERS.has(x.def.type) ? x.def.innerType : undefined) {
    const d = z.globalRegistry.get(x as unknown as z.ZodType)?.description;
    if (d) return d;
  }
  return undefined;
}

/** The keys an object schema allows (none for anything else). */
export function objectKeys(s: Schema | undefined): string[] {
  const u = s && unwrap(s);
  return u?.def.type === 'object' && u.def.shape ? Object.keys(u.def.shape) : [];
}

/** Whether a value has the basic kind a schema wants (used to pick a union's option). */
function fits(s: Schema, v: unknown): boolean {
  const u = unwrap(s);
  switch (u.def.type) {
    case 'string': case 'enum': return typeof v === 'string';
    case 'number': return typeof v === 'number';
    case 'boolean': return typeof v === 'boolean';
    case 'literal': return u.def.values?.includes(v) ?? false;
    case 'array': return Array.isArray(v);
    case 'object': case 'record': return isPlainObject(v);
    case 'union': return u.def.options?.some((o) => fits(o, v)) ?? false;
    default: return false;
  }
}

function optionFor(s: Schema, v: unknown): Schema | undefined {
  return s.def.options?.find((o) => fits(o, v));
}

/** The schema one step down, choosing a union's option by the data found there. */
function child(s: Schema, seg: string | number, value: unknown): Schema | undefined {
  let u = unwrap(s);
  if (u.def.type === 'union') {
    const o = optionFor(u, value);
    if (!o) return undefined;
    u = unwrap(o);
  }
  if (u.def.type === 'object') return typeof seg === 'string' ? u.def.shape?.[seg] : undefined;
  if (u.def.type === 'record') return u.def.valueType;
  if (u.def.type === 'array') return typeof seg === 'number' ? u.def.element : undefined;
  return undefined;
}

export function dataAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const seg of path) {
    if (Array.isArray(v) && typeof seg === 'number') v = v[seg];
    else if (isPlainObject(v) && Object.hasOwn(v, seg)) v = v[String(seg)];
    else return undefined;
  }
  return v;
}

/** The schema for the value at `path` in `data`, when the path makes sense there. */
export function schemaAt(data: unknown, path: Path): Schema | undefined {
  let s: Schema | undefined = ROOT;
  for (let i = 0; i < path.length && s; i++) s = child(s, path[i]!, dataAt(data, path.slice(0, i)));
  return s;
}

/** The union's option that the value fits (for a union), else the schema itself. */
export function resolved(s: Schema, value: unknown): Schema {
  const u = unwrap(s);
  return u.def.type === 'union' && !isText(u) ? (optionFor(u, value) ?? u) : u;
}

/** Calls `visit` for every value the schema says is a Text, with its path. */
export function walkTexts(data: unknown, visit: (path: Path, value: unknown) => void): void {
  const path: (string | number)[] = []; // one array, pushed and popped on the way
  const walk = (value: unknown, s: Schema): void => {
    if (value === undefined) return;
    const u = isText(s) ? s : resolved(s, value);
    if (isText(u)) { visit([...path], value); return; }
    if (u.def.type === 'object' && isPlainObject(value)) {
      for (const k in u.def.shape) if (Object.hasOwn(value, k)) { path.push(k); walk(value[k], u.def.shape[k]!); path.pop(); }
    } else if (u.def.type === 'record' && isPlainObject(value) && u.def.valueType) {
      for (const k of Object.keys(value)) { path.push(k); walk(value[k], u.def.valueType); path.pop(); }
    } else if (u.def.type === 'array' && Array.isArray(value) && u.def.element) {
      for (let i = 0; i < value.length; i++) { path.push(i); walk(value[i], u.def.element); path.pop(); }
    }
  };
  walk(data, ROOT);
}
