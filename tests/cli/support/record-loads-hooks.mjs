// Module hooks (they run off the main thread): log each loaded URL, change nothing.
import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  if (process.env.CALLCRAFT_LOAD_LOG) appendFileSync(process.env.CALLCRAFT_LOAD_LOG, `${url}\n`);
  return nextLoad(url, context);
}
