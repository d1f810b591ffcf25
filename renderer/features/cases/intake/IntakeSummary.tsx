import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import RadioButtonUncheckedOutlined from '@mui/icons-material/RadioButtonUncheckedOutlined';
import {
  Alert,
  Button,
  Divider,
  List,
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
          const count = problemsIn(section.id, errors);
          const title = t(`cases.intake.sections.${section.id}`);
          return (
            <ListItemButton
              key={section.id}
              onClick={() => jump(section.id)}
              aria-label={t('cases.intake.summary.jump', { section: title })}
              sx={{ borderRadius: 1 }}
            >
              <ListItemIcon sx={{ minWidth: 32 }}>
                {count === 0 ? (
                  <CheckCircleOutlined fontSize="small" color="success" />
                ) : (
                  <RadioButtonUncheckedOutlined fontSize="small" />
                )}
              </ListItemIcon>
              <ListItemText
                primary={`${index + 1}. ${title}`}
                secondary={
                  count === 0
                    ? t('cases.intake.summary.complete')
                    : t('cases.intake.summary.incomplete', { count })
                }
              />
            </ListItemButton>
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
