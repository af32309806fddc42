/**
 * The core's one entry for the shells (Electron and web): start the desk, and
 * the few types and errors a shell needs to plug in its side effects (key
 * vault, print engine, file hand-over). Shells import nothing else of main/.
 */
export { createCore, type Core, type CoreOptions } from './create-core';
export { createRestartableCore, type RestartableCore } from './restartable-core';
export type { Dispatch } from '../router/router';
export { AppError } from '../core/errors';
export { startupFailureText } from '../core/startup-errors';
export { DataKeyStore, type Keychain } from '../security/data-key-store';
export type { PageSizeMm, PrintEngine } from '../print/print-engine';
export type { FileHandOver } from '../files/file-delivery';
export type { OfferedFile } from '../files/file-outbox';
export { openPcSettings, type PcSettingsStore, type PcSettingsBackend } from '../pc-settings/pc-settings-store';
export { jsonFileBackend, PC_SETTINGS_FILE } from '../pc-settings/json-file-backend';
export { ZOOM_MAX, ZOOM_MIN, type WindowState } from '../pc-settings/pc-settings-schema';
export { systemReminders } from './system-reminders';
