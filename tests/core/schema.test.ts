import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaFileText } from '../../src/core/schema-file';
import { ScenarioFileSchema } from '../../src/core/schema';

describe('the editor JSON Schema', () => {
  it('is up to date with the zod schema (run `npm run schema` when this fails)', () => {
    const committed = readFileSync(new URL('../../schema/scenario.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(schemaFileText());
  });

  it('describes every top-level field of the format', () => {
    const schema = JSON.parse(schemaFileText()) as { properties: Record<string, { description?: string }>; required: string[] };
    const fields = Object.keys(ScenarioFileSchema.shape);
    expect(Object.keys(schema.properties).sort()).toEqual([...fields].sort());
    expect(schema.required.sort()).toEqual(['difficulty', 'endings', 'format', 'id', 'nodes', 'start', 'stats', 'title']);
    for (const field of ['stats', 'start', 'nodes', 'endings', 'triggers', 'languages']) {
      expect(schema.properties[field]?.description, field).toBeTruthy();
    }
  });
});
