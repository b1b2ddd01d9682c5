export { CodePointIndex, codePointLength, snapToCharacterEnd, snapToCharacterStart } from './code-points.js';
export { CONTEXT_LENGTH, selectorsForSpan, type Span } from './selectors.js';
export { anchorAnnotations, anchorTarget } from './anchoring.js';
export { applyEdit, retargetAnnotations, UnknownAnnotationError, type AnnotationEdit } from './edits.js';
export { readSidecarText, sidecarFileName, sidecarSchema, sidecarToText, type SidecarReading } from './sidecar.js';
export { lineAndColumnAt, parseJsonText, stableJson, type JsonParseResult } from './json-text.js';
