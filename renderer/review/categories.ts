// The MQM categories offered in the comment form (shared/review/mqm.ts) and the severities a
// reviewer picks from, in the order of the keys 1–4.
import type { Severity } from '../../shared/model.js';

export { categoryLabel, dimensionName, dimensionOf, filterCategories, mqmCategories, mqmDimensions, type MqmCategory } from '../../shared/review/mqm.js';

export const severities: Severity[] = ['neutral', 'minor', 'major', 'critical'];

export const severityLabel: Record<Severity, string> = { neutral: 'Neutral', minor: 'Minor', major: 'Major', critical: 'Critical' };
