/** Over-long entries said, not cut: where a refused save points when the field is a table cell. */
export const lengthsZh = {
  /** A cell too long in an editor table, named by its column: "活动：最多 100 个字，现在有 120 个字". */
  cellTooLong: '{{column}}：{{problem}}',
} as const;
