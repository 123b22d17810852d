/**
 * The preload (sandboxed, built into one CommonJS file): one function per use case of the
 * contract, nothing else — never a generic send. `satisfies RefugeApi` keeps it in step with
 * main/api.ts; a unit test checks preload = contract = handlers = bridge.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { RefugeApi } from '../api.ts';

const api = {
  listTemplates: (payload) => ipcRenderer.invoke('templates:list', payload),
  getTemplate: (payload) => ipcRenderer.invoke('templates:get', payload),
  validateFiling: (payload) => ipcRenderer.invoke('filing:validate', payload),
  renderFiling: (payload) => ipcRenderer.invoke('filing:render', payload),
  previewFiling: (payload) => ipcRenderer.invoke('filing:preview', payload),
  exportFiling: (payload) => ipcRenderer.invoke('filing:export', payload),
  exportBlankForm: (payload) => ipcRenderer.invoke('filing:blank', payload),
  getCalendar: (payload) => ipcRenderer.invoke('calendar:get', payload),
  listCourts: (payload) => ipcRenderer.invoke('courts:list', payload),
  getPrefs: (payload) => ipcRenderer.invoke('prefs:get', payload),
  setPrefs: (payload) => ipcRenderer.invoke('prefs:set', payload),
  vaultStatus: (payload) => ipcRenderer.invoke('vault:status', payload),
  createVault: (payload) => ipcRenderer.invoke('vault:create', payload),
  unlockVault: (payload) => ipcRenderer.invoke('vault:unlock', payload),
  lockVault: (payload) => ipcRenderer.invoke('vault:lock', payload),
  vaultSettings: (payload) => ipcRenderer.invoke('vault:settings', payload),
  wipeVault: (payload) => ipcRenderer.invoke('vault:wipe', payload),
  changePassphrase: (payload) => ipcRenderer.invoke('vault:passphrase', payload),
  backupVault: (payload) => ipcRenderer.invoke('vault:backup', payload),
  restoreVault: (payload) => ipcRenderer.invoke('vault:restore', payload),
  listMatters: (payload) => ipcRenderer.invoke('matters:list', payload),
  getMatter: (payload) => ipcRenderer.invoke('matters:get', payload),
  createMatter: (payload) => ipcRenderer.invoke('matters:create', payload),
  updateMatter: (payload) => ipcRenderer.invoke('matters:update', payload),
  archiveMatter: (payload) => ipcRenderer.invoke('matters:archive', payload),
  startFamilyApplications: (payload) => ipcRenderer.invoke('matters:family', payload),
  deleteMatter: (payload) => ipcRenderer.invoke('matters:delete', payload),
  showTriage: (payload) => ipcRenderer.invoke('triage:show', payload),
  startTriage: (payload) => ipcRenderer.invoke('triage:start', payload),
  listDeadlines: (payload) => ipcRenderer.invoke('deadlines:list', payload),
  openDraft: (payload) => ipcRenderer.invoke('drafts:open', payload),
  saveDraft: (payload) => ipcRenderer.invoke('drafts:save', payload),
  markFiled: (payload) => ipcRenderer.invoke('drafts:filed', payload),
  deleteDraft: (payload) => ipcRenderer.invoke('drafts:delete', payload),
  inspectBatch: (payload) => ipcRenderer.invoke('batch:inspect', payload),
  startBatch: (payload) => ipcRenderer.invoke('batch:start', payload),
  batchStatus: (payload) => ipcRenderer.invoke('batch:status', payload),
  cancelBatch: (payload) => ipcRenderer.invoke('batch:cancel', payload),
  revealBatch: (payload) => ipcRenderer.invoke('batch:reveal', payload),
  batchTemplate: (payload) => ipcRenderer.invoke('batch:template', payload),
  packStatus: (payload) => ipcRenderer.invoke('pack:status', payload),
  inspectPack: (payload) => ipcRenderer.invoke('pack:inspect', payload),
  importPack: (payload) => ipcRenderer.invoke('pack:import', payload),
  listAttachments: (payload) => ipcRenderer.invoke('attachments:list', payload),
  addAttachment: (payload) => ipcRenderer.invoke('attachments:add', payload),
  removeAttachment: (payload) => ipcRenderer.invoke('attachments:remove', payload),
  exportBundle: (payload) => ipcRenderer.invoke('bundle:export', payload),
} satisfies RefugeApi;

contextBridge.exposeInMainWorld('refuge', api);
