// A ReviewService over real temp folders, with a fixed clock.
import { join } from 'node:path';
import { ReviewService, type ReviewServiceOptions } from '../../../../electron/service/review-service.js';
import { tempFolder } from './temp-folders.js';

export const fixedNow = () => new Date('2025-03-04T05:06:07.000Z');

export async function makeService(options: Partial<ReviewServiceOptions> = {}): Promise<ReviewService> {
  const userDataDir = options.userDataDir ?? join(await tempFolder(), 'user-data');
  return new ReviewService({ host: 'browser', now: fixedNow, ...options, userDataDir });
}
