import type { Rule } from "./rule";

/** Malformed front matter: invalid YAML or a field of the wrong shape. */
export const frontMatterRule: Rule = {
  id: "front-matter",
  description: "Front matter that is not valid YAML, or a field Byline reads with the wrong shape.",
  defaultSeverity: "error",
  run(ctx) {
    const fm = ctx.document.frontMatter;
    if (!fm) return [];
    return fm.problems.map((p) => ({
      code: p.field ? `invalid-${p.field}` : "invalid-yaml",
      message: p.message,
      span: p.span,
    }));
  },
};
