export * from "./schema";
export * from "./anchoring";
export * from "./store";
export * from "./apply";
export * from "./fix";
export * from "./describe";
