import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import RadioButtonUncheckedOutlined from '@mui/icons-material/RadioButtonUncheckedOutlined';
import {
  Alert,
  Button,
  Divider,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { DraftStatusLine } from './DraftStatusLine';
import type { DraftStatus } from './draft-saver';
import { INTAKE_SECTIONS, problemsIn } from './sections';

/**
 * The sticky side card: each section with what is still missing (icon and words, never colour
 * alone), a jump to it, the draft's state and the save button, always in reach.
 */
export function IntakeSummary({
  errors,
  draft,
  saving,
  saveLabel,
  problems,
  onSave,
}: {
  errors: Record<string, string>;
  draft: DraftStatus;
  saving: boolean;
  saveLabel: string;
  /** Fields still wrong after a save attempt; 0 before one. */
  problems: number;
  onSave: () => void;
}) {
  const { t } = useTranslation();
  const jump = (id: string) => {
    const section = document.getElementById(id);
    section?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    section?.querySelector<HTMLElement>('input, select, textarea')?.focus({ preventScroll: true });
  };
  return (
    <Paper
      sx={{ p: 2, position: 'sticky', top: 88 }}
      component="aside"
      aria-label={t('cases.intake.summary.title')}
    >
      <Typography variant="h3" sx={{ mb: 1 }}>
        {t('cases.intake.summary.title')}
      </Typography>
      <List dense disablePadding>
        {INTAKE_SECTIONS.map((section, index) => {
          const { missing, wrong } = problemsIn(section.id, errors);
          const title = t(`cases.intake.sections.${section.id}`);
          const state = [
            ...(missing > 0 ? [t('cases.intake.summary.incomplete', { count: missing })] : []),
            ...(wrong > 0 ? [t('cases.intake.summary.wrong', { count: wrong })] : []),
          ];
          // The visible text is the button's name ("1. Vụ việc — Đã đủ"), so what is read is what is seen.
          return (
            <ListItem key={section.id} disablePadding>
              <ListItemButton onClick={() => jump(section.id)} sx={{ borderRadius: 1 }}>
                <ListItemIcon sx={{ minWidth: 32 }} aria-hidden>
                  {state.length === 0 ? (
                    <CheckCircleOutlined fontSize="small" color="success" />
                  ) : (
                    <RadioButtonUncheckedOutlined fontSize="small" />
                  )}
                </ListItemIcon>
                <ListItemText
                  primary={`${index + 1}. ${title}`}
                  secondary={state.length === 0 ? t('cases.intake.summary.complete') : state.join(', ')}
                />
              </ListItemButton>
            </ListItem>
          );
        })}
      </List>
      <Divider sx={{ my: 1.5 }} />
      <Stack spacing={1.5}>
        <DraftStatusLine status={draft} />
        {problems > 0 && (
          <Alert severity="error" role="alert">
            {t('cases.intake.fixErrors', { count: problems })}
          </Alert>
        )}
        <Button variant="contained" size="large" onClick={onSave} disabled={saving}>
          {saving ? t('cases.intake.saving') : saveLabel}
        </Button>
        <Typography variant="caption" color="text.secondary" sx={{ textAlign: 'center' }}>
          {t('cases.intake.saveHint')}
        </Typography>
      </Stack>
    </Paper>
  );
}
