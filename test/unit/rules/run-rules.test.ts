import { strict as assert } from "node:assert";
import { analyze, runRules } from "../../../src/core/analyze";
import type { Rule } from "../../../src/core/rules";
import type { Finding } from "../../../src/core/model/finding";

describe("runRules: drafts and whole findings", () => {
  const ctx = analyze("Prices rose 12 percent.");
  const whole = (severity: Finding["severity"], start: number): Finding => ({ ruleId: "x", code: "x", severity, message: "m", span: { start, end: start + 1 }, fixes: [], related: [] });

  it("keeps a rule's whole findings as they are, and makes findings of drafts", () => {
    const a = whole("warning", 3);
    const b = whole("warning", 1);
    const rule: Rule = { id: "x", description: "", defaultSeverity: "warning", run: () => [a, b] };
    const out = runRules(ctx, [rule]);
    assert.equal(out[0], b, "in order of place, the same objects");
    assert.equal(out[1], a);
    const drafty: Rule = { id: "y", description: "", defaultSeverity: "hint", run: () => [{ message: "m", span: { start: 0, end: 1 } }] };
    assert.deepEqual(runRules(ctx, [drafty]), [{ ruleId: "y", code: "y", severity: "hint", message: "m", span: { start: 0, end: 1 }, fixes: [], related: [] }]);
  });

  it("remakes a finding whose severity is not the rule's level: the options' level wins, or the draft's own", () => {
    const a = whole("warning", 3);
    const rule: Rule = { id: "x", description: "", defaultSeverity: "warning", run: () => [a] };
    const overridden = runRules({ ...ctx, options: { rules: { x: "error" } } }, [rule]);
    assert.deepEqual(overridden, [{ ...a, severity: "error" }]);
    const other: Rule = { ...rule, defaultSeverity: "hint" };
    // Not overridden: a draft's severity is its own (rule.ts).
    assert.deepEqual(runRules(ctx, [other]), [a]);
    assert.notEqual(runRules(ctx, [other])[0], a);
  });
});
