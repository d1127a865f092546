/** Clamps a `heading-level` attribute to 2..5, leaving room for the boxes one level below. */
export function headingLevel(value: string | number | undefined | null): number {
  const level = Number(value);
  return Number.isInteger(level) && value !== null && value !== '' ? Math.min(Math.max(level, 2), 5) : 2;
}
