// `npm run schema`: writes schema/scenario.schema.json from the zod schema (the single source).
import { writeFileSync } from 'node:fs';
import { schemaFileText } from '../src/core/schema-file';

const target = new URL('../schema/scenario.schema.json', import.meta.url);
writeFileSync(target, schemaFileText());
console.log(`wrote ${target.pathname}`);
