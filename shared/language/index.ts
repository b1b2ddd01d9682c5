export { canonicalTag, directionOf, tagFromName } from './tags.js';
export { detectLanguage } from './detect.js';
export { bcp47FromIso6393 } from './iso639.js';
