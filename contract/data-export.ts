/**
 * Exports (issue 16): visits, visitors, plans, clients and people to .xlsx or
 * CSV with the filters on screen. The exports helper writes the channels.
 */
export const dataExport = {};
