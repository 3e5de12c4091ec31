// The committed editor schema's exact text, so a test can tell when it is stale.
import { scenarioJsonSchema } from './schema';

export function schemaFileText(): string {
  const schema = { $schema: 'http://json-schema.org/draft-07/schema#', $id: 'https://callcraft.dev/schema/scenario.schema.json', ...scenarioJsonSchema() };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
