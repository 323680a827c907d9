/**
 * The school's partnership profile (De Vries): five ways a school shapes parent involvement,
 * ordered from handing out information to innovating together with parents. The order is the
 * direction of growth toward educatief partnerschap. Texts live under `teamScan.schoolTypes.<key>`.
 */
export const SCHOOL_TYPES = [
  'informationOriented',
  'structureOriented',
  'relationshipOriented',
  'collaborationOriented',
  'innovationOriented',
] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];
