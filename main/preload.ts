/**
 * The sandboxed preload: puts the typed HostApi on `window.host` and nothing else. Every method is a
 * fixed contract call over ipcRenderer.invoke; there is no generic send, and ipcRenderer itself never
 * reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { bindHostApi } from '../shared/host/bind';
import { type HostApi, hostContract } from '../shared/host-api';

contextBridge.exposeInMainWorld(
  'host',
  bindHostApi(hostContract, (channel, input) => ipcRenderer.invoke(channel, input)) satisfies HostApi,
);
