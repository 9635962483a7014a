/** The `byline.*` settings the extension reads; each is a key of the core config schema (tested). */
export const SETTING_KEYS = ["rules", "referenceDate", "include", "exclude", "maxFileSize", "debounceMs", "annotationsFolder"] as const;
