/** Over-long entries said, not cut: where a refused save points when the field is a table cell. */
export const lengthsEn = {
  /** A cell too long in an editor table, named by its column: "Activity: At most 100 characters; this has 120". */
  cellTooLong: '{{column}}: {{problem}}',
} as const;
