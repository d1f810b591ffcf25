import type { DemoParams } from '../../../../shared/demo/generate';

export const DEMO_SIZES = ['small', 'medium', 'large'] as const;
export type DemoSize = (typeof DEMO_SIZES)[number];

/** Sizes offered in Admin → demo data; "medium" is the generator's own defaults. */
export const DEMO_SIZE_PARAMS: Record<DemoSize, Partial<DemoParams>> = {
  small: { cases: 60, people: 150, attendances: 300, schools: 12, outreach: 20, communesPerDistrict: 2 },
  medium: {},
  large: { cases: 5000, people: 10000, attendances: 20000, schools: 300, outreach: 800 },
};
