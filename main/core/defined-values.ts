/** The fields an update input actually sets: an absent (undefined) field leaves the stored value alone. */
export function definedValues<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
