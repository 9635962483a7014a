import type { Rule } from "./rule";
import { frontMatterRule } from "./front-matter";
import { unsourcedFigureRule } from "./unsourced-figure";
import { unattributedQuoteRule } from "./unattributed-quote";
import { dateInconsistencyRule } from "./date-inconsistency";

/** Every rule, in the order their findings are reported for one span. */
export const rules: readonly Rule[] = [frontMatterRule, unsourcedFigureRule, unattributedQuoteRule, dateInconsistencyRule];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}

export type { Rule, FindingDraft } from "./rule";
