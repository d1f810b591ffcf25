import {
  Alert,
  Button,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { format } from 'date-fns';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, type AuditAction } from '../../../../shared/model';
import { SYNCED_TABLES, useAuditEntries, useUsers } from '../../../db';
import { errorCodeText } from '../../../ui/store-error-text';
import { AuditVerify } from './AuditVerify';

const PAGE = 50;
const isAction = (value: string): value is AuditAction =>
  (AUDIT_ACTIONS as readonly string[]).includes(value);

/** Admin → Nhật ký truy cập: newest first, 50 a page, filtered by action, user or record id. */
/** Record kinds the audit log names: every synced table, and what is not a record (users, keys, bundles). */
const AUDIT_KINDS = [
  ...SYNCED_TABLES,
  'users',
  'office',
  'settings',
  'keyring',
  'bundle',
  'aggregates',
  'rightsRequests',
] as const;
type AuditKind = (typeof AUDIT_KINDS)[number];

/** A UUID or a hash shortened to what a person can compare (the whole id is in the cell's title). */
const shortId = (id: string | null): string =>
  id === null ? '—' : id.length > 16 ? `${id.slice(0, 8)}…${id.slice(-4)}` : id;

export function AuditPanel() {
  // Record kinds in words; a kind this version does not know is shown as stored.
  const kindLabel = (kind: string) =>
    (AUDIT_KINDS as readonly string[]).includes(kind) ? t(`admin.audit.kinds.${kind as AuditKind}`) : kind;

  const { t } = useTranslation();
  const [action, setAction] = useState<AuditAction | ''>('');
  const [userId, setUserId] = useState('');
  const [recordId, setRecordId] = useState('');
  // Paging by the chain's own sequence: each page starts below the last seq seen.
  const [cursors, setCursors] = useState<number[]>([]);
  const beforeSeq = cursors.at(-1);
  const users = useUsers();
  const entries = useAuditEntries({
    ...(action === '' ? {} : { action }),
    ...(userId === '' ? {} : { userId }),
    ...(recordId.trim() === '' ? {} : { recordId: recordId.trim() }),
    ...(beforeSeq === undefined ? {} : { beforeSeq }),
    limit: PAGE,
  });
  const rows = entries.data ?? [];
  const last = rows.at(-1);
  const resetPaging = () => setCursors([]);

  return (
    <Stack spacing={2.5}>
      <Typography color="text.secondary" sx={{ maxWidth: 900 }}>
        {t('admin.audit.intro')}
      </Typography>
      <AuditVerify />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <TextField
          select
          label={t('admin.audit.filterAction')}
          value={action}
          onChange={(event) => {
            setAction(isAction(event.target.value) ? event.target.value : '');
            resetPaging();
          }}
          sx={{ minWidth: 240 }}
        >
          <MenuItem value="">{t('admin.audit.all')}</MenuItem>
          {AUDIT_ACTIONS.map((a) => (
            <MenuItem key={a} value={a}>
              {t(`admin.audit.actions.${a}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={t('admin.audit.filterUser')}
          value={userId}
          onChange={(event) => {
            setUserId(event.target.value);
            resetPaging();
          }}
          sx={{ minWidth: 240 }}
        >
          <MenuItem value="">{t('admin.audit.all')}</MenuItem>
          {(users.data ?? []).map((u) => (
            <MenuItem key={u.id} value={u.id}>
              {u.displayName} ({u.username})
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={t('admin.audit.filterRecord')}
          value={recordId}
          onChange={(event) => {
            setRecordId(event.target.value);
            resetPaging();
          }}
          sx={{ minWidth: 320 }}
          slotProps={{ htmlInput: { spellCheck: false } }}
        />
      </Stack>
      {entries.error !== null && <Alert severity="error">{errorCodeText(t, entries.error)}</Alert>}
      <Typography variant="body2" color="text.secondary" role="status">
        {t('admin.audit.showing', { count: rows.length })}
      </Typography>
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t('admin.audit.tableLabel')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('admin.audit.seq')}</TableCell>
              <TableCell>{t('admin.audit.at')}</TableCell>
              <TableCell>{t('admin.audit.user')}</TableCell>
              <TableCell>{t('admin.audit.action')}</TableCell>
              <TableCell>{t('admin.audit.kind')}</TableCell>
              <TableCell>{t('admin.audit.record')}</TableCell>
              <TableCell>{t('admin.audit.detail')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((entry) => (
              <TableRow key={entry.seq} hover>
                <TableCell>{entry.seq}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {format(new Date(entry.at), 'dd/MM/yyyy HH:mm:ss')}
                </TableCell>
                <TableCell>{entry.username ?? '—'}</TableCell>
                <TableCell>{t(`admin.audit.actions.${entry.action}`)}</TableCell>
                <TableCell>{entry.kind === null ? '—' : kindLabel(entry.kind)}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }} title={entry.recordId ?? undefined}>
                  {shortId(entry.recordId)}
                </TableCell>
                <TableCell>{entry.detail ?? ''}</TableCell>
              </TableRow>
            ))}
            {rows.length === 0 && !entries.isLoading && (
              <TableRow>
                <TableCell colSpan={7}>{t('admin.audit.none')}</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      <Stack direction="row" spacing={2}>
        {cursors.length > 0 && <Button onClick={resetPaging}>{t('admin.audit.newest')}</Button>}
        {rows.length === PAGE && last !== undefined && (
          <Button onClick={() => setCursors((c) => [...c, last.seq])}>{t('admin.audit.older')}</Button>
        )}
      </Stack>
    </Stack>
  );
}
