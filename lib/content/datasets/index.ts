// Reference datasets (content/data/*.json): schemas and types, parsing and cross-checks, and the
// server-only loader. Import from here; a client component may import types only.
export * from "./checks";
export * from "./load";
export * from "./schemas";
