import ScienceOutlined from '@mui/icons-material/ScienceOutlined';
import {
  Alert,
  Box,
  Button,
  FormControl,
  FormControlLabel,
  FormLabel,
  LinearProgress,
  Radio,
  RadioGroup,
  Stack,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DemoProgress, useSession, useStore } from '../../../db';
import { storeErrorText } from '../../../ui/store-error-text';
import { useDemoPresent } from '../../../ui/use-demo-present';
import {
  EMPTY_UNLOCK,
  IdentityUnlockFields,
  type UnlockDraft,
  unlockMissing,
  unlockOf,
} from '../users/IdentityUnlockFields';
import { DEMO_SIZE_PARAMS, DEMO_SIZES, type DemoSize } from './demo-sizes';

const STEP_ORDER: DemoProgress['step'][] = ['units', 'cases', 'people', 'training', 'schools', 'outreach'];

/** Admin → Dữ liệu mẫu: loads generated, clearly marked records into an EMPTY office, with progress. */
export function DemoDataPanel() {
  const { t } = useTranslation();
  const store = useStore();
  const demoPresent = useDemoPresent();
  const [canLoad, setCanLoad] = useState<boolean | null>(null);
  const [size, setSize] = useState<DemoSize>('small');
  const [progress, setProgress] = useState<DemoProgress | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | 'done'>('idle');
  const [failure, setFailure] = useState<string | null>(null);
  const [unlock, setUnlock] = useState<UnlockDraft>(EMPTY_UNLOCK);
  // The demo's invented survivors are sealed like real ones: an administrator without the identity key unlocks it.
  const needsUnlock = useSession()?.can('case.identify') !== true;

  useEffect(() => {
    let live = true;
    void store.demo.canLoad().then((ok) => {
      if (live) setCanLoad(ok);
    });
    return () => {
      live = false;
    };
  }, [store]);

  const load = async () => {
    if (needsUnlock && unlockMissing(unlock)) {
      setFailure(t('store.validation.identityUnlockNeeded'));
      return;
    }
    setState('loading');
    setFailure(null);
    try {
      await store.demo.load(DEMO_SIZE_PARAMS[size], setProgress, needsUnlock ? unlockOf(unlock) : undefined);
      setState('done');
    } catch (error) {
      setFailure(storeErrorText(t, error));
      setState('idle');
    }
  };
  // Overall progress: each step is a sixth of the bar, filled by its own done/total.
  const overall =
    progress === null
      ? 0
      : ((STEP_ORDER.indexOf(progress.step) + (progress.total === 0 ? 1 : progress.done / progress.total)) /
          STEP_ORDER.length) *
        100;

  return (
    <Stack spacing={2.5} sx={{ maxWidth: 760 }}>
      <Typography color="text.secondary">{t('admin.demo.intro')}</Typography>
      {demoPresent && state !== 'done' && <Alert severity="warning">{t('admin.demo.present')}</Alert>}
      {canLoad === false && state === 'idle' && <Alert severity="info">{t('admin.demo.onlyEmpty')}</Alert>}
      {canLoad === true && state !== 'done' && (
        <>
          <FormControl disabled={state === 'loading'}>
            <FormLabel id="demo-size">{t('admin.demo.size')}</FormLabel>
            <RadioGroup
              aria-labelledby="demo-size"
              value={size}
              onChange={(_, value) => setSize(DEMO_SIZES.find((s) => s === value) ?? 'small')}
            >
              {DEMO_SIZES.map((s) => (
                <FormControlLabel key={s} value={s} control={<Radio />} label={t(`admin.demo.sizes.${s}`)} />
              ))}
            </RadioGroup>
          </FormControl>
          {needsUnlock && (
            <IdentityUnlockFields value={unlock} onChange={setUnlock} intro={t('admin.demo.unlockIntro')} />
          )}
          <Box>
            <Button
              variant="contained"
              startIcon={<ScienceOutlined />}
              onClick={() => void load()}
              disabled={state === 'loading'}
            >
              {t(state === 'loading' ? 'admin.demo.loading' : 'admin.demo.load')}
            </Button>
          </Box>
        </>
      )}
      {state === 'loading' && (
        <Stack spacing={1}>
          <LinearProgress
            variant="determinate"
            value={overall}
            aria-label={t('admin.demo.loading')}
            sx={{ height: 8, borderRadius: 4 }}
          />
          {progress !== null && (
            <Typography variant="body2" role="status">
              {t('admin.demo.progress', {
                step: t(`admin.demo.step.${progress.step}`),
                done: progress.done,
                total: progress.total,
              })}
            </Typography>
          )}
        </Stack>
      )}
      {state === 'done' && (
        <Alert severity="success" role="status">
          {t('admin.demo.done')}
        </Alert>
      )}
      {failure !== null && <Alert severity="error">{failure}</Alert>}
    </Stack>
  );
}
