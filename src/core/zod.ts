// The one door to zod: its tree-shakeable `zod/mini` API (the full API added some 150 KB to each
// bundle), with English messages, and descriptions for the JSON Schemas. Import it as a namespace,
// `import * as z from "../zod"`, and use only its members (`z.string()`): the bundler then keeps
// only what is used.
import { config, globalRegistry, locales, type ZodMiniType } from "zod/mini";

// zod/mini loads no message locale by itself: English, as the full zod API sets it (messages are shown).
config(locales.en());

export * from "zod/mini";

/** `schema` with a description for the JSON Schema (what classic zod's `.describe()` registers). */
export function described<T extends ZodMiniType>(schema: T, description: string): T {
  globalRegistry.add(schema, { description });
  return schema;
}
