// Writes the JSON Schemas generated from the zod schemas. Run: npm run gen:schemas
// (test/unit/knowledge/json-schema.test.ts fails when a written schema is out of date).
import { writeFileSync, mkdirSync } from "node:fs";
import * as path from "node:path";
import { KNOWLEDGE_SCHEMA_PATH, knowledgeJsonSchema } from "../src/core/knowledge/json-schema";

const root = path.resolve(__dirname, "..");
const file = path.join(root, KNOWLEDGE_SCHEMA_PATH);
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, JSON.stringify(knowledgeJsonSchema(), null, 2) + "\n");
console.log(`wrote ${KNOWLEDGE_SCHEMA_PATH}`);
