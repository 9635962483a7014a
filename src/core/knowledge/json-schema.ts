import * as z from "../zod";
import { knowledgeFileSchema } from "./schema";

/** Where the JSON Schema for knowledge files ships (relative to the extension root). */
export const KNOWLEDGE_SCHEMA_PATH = "schemas/knowledge.schema.json";

/**
 * The JSON Schema for `.byline/knowledge.json`, generated from the zod schema (the source of
 * truth) as the *input* shape: fields with defaults are optional. `npm run gen:schemas` writes it
 * to schemas/knowledge.schema.json; a unit test fails when the file and the zod schema drift.
 */
export function knowledgeJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(knowledgeFileSchema, { io: "input", target: "draft-07" }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: "Byline knowledge file",
    ...schema,
  };
}
