import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../contract/build-api';

/**
 * One narrow function per contract channel, all over a single `api` channel.
 * ipcRenderer itself is never exposed: that would undo context isolation.
 * Built from the channel names alone (contract/build-api.ts): main validates
 * every call, so the preload carries no schemas and no zod.
 */
contextBridge.exposeInMainWorld(
  'api',
  buildApi((name, input) => ipcRenderer.invoke('api', name, input)),
);
