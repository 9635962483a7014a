import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv from "ajv";
import { KNOWLEDGE_SCHEMA_PATH, knowledgeJsonSchema } from "../../../src/core/knowledge/json-schema";
import { bundledData } from "../../../src/core/knowledge/data";

const file = path.resolve(__dirname, "../../..", KNOWLEDGE_SCHEMA_PATH);

describe("schemas/knowledge.schema.json", () => {
  it("matches the zod schema (run `npm run gen:schemas` after changing schema.ts)", () => {
    const shipped = JSON.parse(fs.readFileSync(file, "utf8"));
    assert.deepEqual(shipped, knowledgeJsonSchema());
  });

  it("accepts every bundled file and rejects a malformed entry", () => {
    const ajv = new Ajv({ strict: false });
    const validate = ajv.compile(knowledgeJsonSchema());
    for (const [name, data] of Object.entries(bundledData)) assert.ok(validate(data), `${name}: ${ajv.errorsText(validate.errors)}`);
    assert.equal(validate({ entries: [{ type: "person", name: "A", nickname: "B" }] }), false);
    assert.equal(validate({ entries: [{ type: "event", name: "E", start: "24 Feb 2022" }] }), false);
  });
});
