import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../contract';

/**
 * One narrow function per contract channel, all over a single `api` channel.
 * ipcRenderer itself is never exposed: that would undo context isolation.
 */
contextBridge.exposeInMainWorld(
  'api',
  buildApi((name, input) => ipcRenderer.invoke('api', name, input)),
);
