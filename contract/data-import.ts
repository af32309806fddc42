/**
 * Imports (issue 16): guest lists and client directories from .xlsx, .xls and
 * CSV. The imports helper writes the channels.
 */
export const dataImport = {};
