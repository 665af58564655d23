/**
 * The domain's vocabulary: the constant lists of the 决算 domain and their Chinese labels. No
 * dependencies — the database schema, the forms, the pure core and the pages all import from here.
 */
export * from "./comments";
export * from "./entry-sections";
export * from "./organisation";
export * from "./report-status";
export * from "./roles";
export * from "./subjects";
export * from "./three-public";
export * from "./vehicles";
export * from "./catalogs";
export * from "./carried";
