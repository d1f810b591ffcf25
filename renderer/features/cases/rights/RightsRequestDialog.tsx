import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_KINDS, type ConsentKind, type Right } from '../../../../shared/model';
import { type AccessCopy, type CaseView, useStore } from '../../../db';
import { DateField } from '../../../ui/DateField';
import { isoFromText, textFromIso } from '../../../ui/dates';
import { PassphraseField } from '../../../ui/PassphraseField';
import { useMessage } from '../../../ui/use-message';
import { useCaseAction } from '../view/use-case-action';

export type RightsOutcome = { right: Right; view: CaseView; copy?: AccessCopy };

const today = () => textFromIso(new Date().toLocaleDateString('sv'));

/**
 * One data-rights request for the case: the day the survivor asked, the consents (for a withdrawal),
 * and the approval — an administrator at the PC types their own user name and passphrase, which the
 * store uses to sign the request with the office's admin key. Erasure also asks for the case code.
 */
export function RightsRequestDialog({
  right,
  view,
  onClose,
  onDone,
}: {
  right: Right;
  view: CaseView;
  onClose: () => void;
  onDone: (outcome: RightsOutcome) => void;
}) {
  const { t } = useTranslation();
  const message = useMessage();
  const store = useStore();
  const { run, busy, error } = useCaseAction();
  const [asked, setAsked] = useState(today);
  const [consents, setConsents] = useState<ConsentKind[]>(
    CONSENT_KINDS.filter((kind) => view.consent[kind]).slice(-1),
  );
  const [username, setUsername] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [code, setCode] = useState('');
  const issue = (path: string) => error?.issues.find((i) => i.path === path)?.message;
  const ready =
    username.trim() !== '' && passphrase !== '' && (right !== 'erase' || code.trim() === view.caseCode);

  const submit = async () => {
    const details = { requestedOn: isoFromText(asked) ?? '', consents };
    const approver = { username, passphrase };
    let copy: AccessCopy | undefined;
    const done = await run(async () => {
      switch (right) {
        case 'access':
          copy = await store.rights.access(view.id, details, approver);
          return copy.caseView;
        case 'rectify':
          await store.rights.rectify(view.id, details, approver);
          return view;
        case 'restrict':
          return store.rights.restrict(view.id, details, approver);
        case 'unrestrict':
          return store.rights.unrestrict(view.id, details, approver);
        case 'withdrawConsent':
          return store.rights.withdrawConsent(view.id, details, approver);
        case 'erase':
          return store.rights.erase(view.id, details, approver);
      }
    });
    setPassphrase('');
    if (done !== null) onDone({ right, view: done, ...(copy === undefined ? {} : { copy }) });
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{t(`rights.right.${right}`)}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Alert severity={right === 'erase' ? 'warning' : 'info'}>{t(`rights.explain.${right}`)}</Alert>
          <DateField
            id="rights-requested-on"
            label={t('rights.dialog.requestedOn')}
            value={asked}
            onText={setAsked}
            errorKey={issue('requestedOn')}
          />
          {right === 'withdrawConsent' && (
            <FormGroup aria-label={t('rights.dialog.consents')}>
              <Typography variant="subtitle2">{t('rights.dialog.consents')}</Typography>
              {CONSENT_KINDS.map((kind) => (
                <FormControlLabel
                  key={kind}
                  label={t(`rights.consent.${kind}`)}
                  control={
                    <Checkbox
                      checked={consents.includes(kind)}
                      disabled={!view.consent[kind]}
                      onChange={(event) =>
                        setConsents((list) =>
                          event.target.checked ? [...list, kind] : list.filter((k) => k !== kind),
                        )
                      }
                    />
                  }
                />
              ))}
              {issue('consents') !== undefined && (
                <FormHelperText error>{message(issue('consents') ?? '')}</FormHelperText>
              )}
            </FormGroup>
          )}
          <Stack spacing={1.5} role="group" aria-label={t('rights.dialog.approval')}>
            <Typography variant="subtitle2">{t('rights.dialog.approval')}</Typography>
            <Typography variant="body2">{t('rights.dialog.approvalIntro')}</Typography>
            <TextField
              label={t('rights.dialog.approverUsername')}
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              autoComplete="off"
              fullWidth
            />
            <PassphraseField
              label={t('rights.dialog.approverPassphrase')}
              value={passphrase}
              onChange={setPassphrase}
              name="approver-passphrase"
            />
          </Stack>
          {right === 'erase' && (
            <TextField
              label={t('rights.dialog.eraseConfirm', { code: view.caseCode })}
              value={code}
              onChange={(event) => setCode(event.target.value)}
              autoComplete="off"
              fullWidth
            />
          )}
          {error && <Alert severity="error">{message(error.key)}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('rights.dialog.cancel')}</Button>
        <Button
          variant="contained"
          color={right === 'erase' ? 'error' : 'primary'}
          disabled={busy || !ready}
          onClick={() => void submit()}
        >
          {t('rights.dialog.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
