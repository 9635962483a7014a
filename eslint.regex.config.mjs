// `npm run lint:regex`: every regular expression in src/ and bench/ checked for catastrophic
// backtracking (ReDoS) and for mistakes, with eslint-plugin-regexp. Only regex rules run here.
import tsParser from "@typescript-eslint/parser";
import regexp from "eslint-plugin-regexp";

export default [
  {
    files: ["src/**/*.ts", "bench/**/*.ts", "scripts/**/*.mjs"],
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: "module" },
    plugins: { regexp },
    linterOptions: { reportUnusedDisableDirectives: "off" },
    rules: {
      // Exponential or polynomial backtracking, inside one quantifier or across a match attempt.
      "regexp/no-super-linear-backtracking": ["error", { report: "potential" }],
      "regexp/no-super-linear-move": ["error", { report: "certain", ignoreSticky: false, ignorePartial: false }],
      // Mistakes that usually hide a wrong pattern.
      "regexp/no-dupe-disjunctions": ["error", { report: "interesting" }],
      "regexp/no-empty-alternative": "error",
      "regexp/no-useless-backreference": "error",
      "regexp/no-misleading-unicode-character": "error",
      "regexp/no-invalid-regexp": "error",
      "regexp/no-missing-g-flag": "error",
      "regexp/no-contradiction-with-assertion": "error",
      "regexp/no-optional-assertion": "error",
      "regexp/no-potentially-useless-backreference": "error",
      "regexp/optimal-quantifier-concatenation": "warn",
    },
  },
];
