import RestoreOutlined from '@mui/icons-material/RestoreOutlined';
import { Alert, AlertTitle, Button, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { DraftSummary } from '../../../db';
import { timeAndDay } from '../../../ui/dates';

/** "Continue the draft of 10:42 on 29/11/2026" or drop it; one line per unfinished form. */
export function DraftOffer({
  drafts,
  onContinue,
  onDiscard,
}: {
  drafts: readonly DraftSummary[];
  onContinue: (draft: DraftSummary) => void;
  onDiscard: (draft: DraftSummary) => void;
}) {
  const { t } = useTranslation();
  if (drafts.length === 0) return null;
  return (
    <Alert severity="info" icon={<RestoreOutlined />} sx={{ mb: 2 }}>
      <AlertTitle>{t('cases.intake.draft.offerTitle')}</AlertTitle>
      <Stack spacing={1}>
        {drafts.map((draft) => {
          const { time, day } = timeAndDay(draft.updatedAt);
          return (
            <Stack key={draft.id} direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
              <Button variant="contained" size="small" onClick={() => onContinue(draft)}>
                {t('cases.intake.draft.offer', { time, day })}
              </Button>
              <Button size="small" color="inherit" onClick={() => onDiscard(draft)}>
                {t('cases.intake.draft.discard')}
              </Button>
            </Stack>
          );
        })}
      </Stack>
    </Alert>
  );
}
