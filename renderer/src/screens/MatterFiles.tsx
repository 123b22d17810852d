/**
 * Files attached to a matter (scanned decisions, evidence): added from a picked file (its type
 * and sheets come from its bytes, in main), listed with their sheets, removed after a confirm.
 * They live encrypted in the vault; a filing's «Приложение:» links them from the filing screen.
 */
import { useCallback, useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import type { AttachmentView } from '../../../main/api.ts';
import { readBase64 } from '../files.ts';
import { ErrorText, FilePicker, formatStamp, Status } from '../components.tsx';
import { ActionButton, ConfirmDanger } from '../components/controls.tsx';
import { DataTable, Section } from '../components/layout.tsx';
import { useScreen } from './useScreen.ts';

// Where other screens found it before it moved to ../files.ts.
export { readBase64 };

export function formatSize(bytes: number, t: TFunction): string {
  return bytes >= 1024 * 1024
    ? t('files.mb', { n: (bytes / 1024 / 1024).toFixed(1) })
    : t('files.kb', { n: Math.max(1, Math.round(bytes / 1024)) });
}

export function useAttachments(matterId: string): {
  files: readonly AttachmentView[] | null;
  reload: () => Promise<void>;
  error: string;
} {
  const { api, uiLang, t, errorText } = useScreen();
  const [files, setFiles] = useState<readonly AttachmentView[] | null>(null);
  const [error, setError] = useState('');
  const reload = useCallback(async () => {
    const r = await api.listAttachments({ uiLang, matterId });
    if (r.ok) setFiles(r.value);
    else setError(errorText(r.error));
  }, [api, uiLang, matterId, t]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { files, reload, error };
}

const FILE_COLUMNS = ['files.name', 'files.sheets', 'files.size', 'files.addedAt'] as const;

export function MatterFiles({ matterId }: { matterId: string }) {
  const { api, uiLang, t, errorText } = useScreen();
  const { files, reload, error: loadError } = useAttachments(matterId);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<string | null>(null);

  async function add(file: File | null): Promise<void> {
    if (!file) return;
    setBusy(true);
    setError('');
    setStatus('');
    const r = await api.addAttachment({
      uiLang,
      matterId,
      name: file.name,
      content: await readBase64(file),
    });
    setBusy(false);
    if (!r.ok) {
      setError(errorText(r.error));
      return;
    }
    setStatus(t('files.added', { name: r.value.name, count: r.value.pages }));
    await reload();
  }

  async function remove(id: string, name: string): Promise<void> {
    setConfirm(null);
    setError('');
    // The line about the file last added goes: it stayed on screen after that file was removed.
    setStatus('');
    const r = await api.removeAttachment({ uiLang, matterId, fileId: id });
    if (r.ok) setStatus(t('files.removed', { name }));
    else setError(errorText(r.error));
    await reload();
  }

  return (
    <Section headingId="files-heading" title={t('files.title')}>
      <ErrorText id="files-error" text={error || loadError} />
      {files && files.length === 0 && <p className="empty">{t('files.none')}</p>}
      {files && files.length > 0 && (
        <DataTable
          className="deadlines files"
          caption={t('files.title')}
          columns={[
            ...FILE_COLUMNS.map((key) => t(key)),
            // The remove buttons' column: named for screen readers only.
            <span className="visually-hidden">{t('files.remove')}</span>,
          ]}
        >
          {files.map((f) => (
            <tr key={f.id}>
              <td>{f.name}</td>
              <td>{f.pages}</td>
              <td>{formatSize(f.size, t)}</td>
              <td>{formatStamp(f.addedAt)}</td>
              <td>
                {confirm === f.id ? (
                  <ConfirmDanger
                    label={`${t('files.remove')}: ${f.name}`}
                    yes={t('files.removeYes')}
                    onYes={() => void remove(f.id, f.name)}
                    onCancel={() => setConfirm(null)}
                  />
                ) : (
                  <ActionButton
                    action={t('files.remove')}
                    subject={f.name}
                    onClick={() => setConfirm(f.id)}
                  />
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <div className="toolbar">
        <FilePicker
          id="attach-file"
          label={t('files.add')}
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          fileName={null}
          disabled={busy}
          onFile={(f) => void add(f)}
        />
      </div>
      {busy && <p aria-busy="true">{t('files.adding')}</p>}
      {status && <Status>{status}</Status>}
      <p className="hint">{t('files.hint')}</p>
    </Section>
  );
}
