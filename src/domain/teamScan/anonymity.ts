/**
 * The smallest number of people whose answers may be shown together. With fewer, anyone in
 * the room can work out who answered what, so totals of smaller groups are withheld.
 */
export const MIN_AGGREGATE_SIZE = 3;

export function isLargeEnough(people: number): boolean {
  return people >= MIN_AGGREGATE_SIZE;
}
