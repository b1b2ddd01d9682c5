// QA checks over aligned rows: (row, context) → findings.
export { runQa } from './run.js';
export { qaChecks, describeCheck } from './registry.js';
export type { CustomCheck, Finding, FindingSpan, Glossary, GlossaryTerm, QaCheck, QaContext, QaDocument, QaInput, QaRow, QaSeverity } from './types.js';
