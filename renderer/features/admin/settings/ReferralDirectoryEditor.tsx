import DeleteOutlineOutlined from '@mui/icons-material/DeleteOutlineOutlined';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  FormGroup,
  IconButton,
  List,
  ListItem,
  ListItemText,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NEEDS, type Need, type ReferralProvider } from '../../../../shared/model';
import { useStore } from '../../../db';
import { storeErrorText } from '../../../ui/store-error-text';

/**
 * Admin → Cài đặt → the office's referral directory: the providers it refers survivors to and the needs
 * each serves. Case workers see these first when they record a service; the national list follows.
 */
export function ReferralDirectoryEditor() {
  const { t } = useTranslation();
  const store = useStore();
  const [providers, setProviders] = useState<readonly ReferralProvider[]>(store.settings.referralProviders);
  const [name, setName] = useState('');
  const [needs, setNeeds] = useState<ReadonlySet<Need>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const taken = providers.some((p) => p.name.toLocaleLowerCase('vi') === name.trim().toLocaleLowerCase('vi'));
  const nameProblem =
    name.trim() === ''
      ? t('admin.directory.nameRequired')
      : taken
        ? t('admin.directory.nameTaken')
        : undefined;
  const needsProblem = needs.size === 0 ? t('admin.directory.needsRequired') : undefined;

  const save = async (next: readonly ReferralProvider[]) => {
    setFailure(null);
    try {
      setProviders((await store.auth.updateSettings({ referralProviders: [...next] })).referralProviders);
      return true;
    } catch (error) {
      setFailure(storeErrorText(t, error));
      return false;
    }
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (nameProblem !== undefined || needsProblem !== undefined) return;
    const entry = { name: name.trim(), needs: NEEDS.filter((need) => needs.has(need)) };
    if (await save([...providers, entry])) {
      setName('');
      setNeeds(new Set());
      setAttempted(false);
    }
  };

  const toggle = (need: Need) =>
    setNeeds((prev) => {
      const next = new Set(prev);
      if (!next.delete(need)) next.add(need);
      return next;
    });

  return (
    <Stack spacing={2} sx={{ maxWidth: 640 }}>
      <Box>
        <Typography variant="h3">{t('admin.directory.title')}</Typography>
        <Typography color="text.secondary">{t('admin.directory.intro')}</Typography>
      </Box>
      {providers.length === 0 ? (
        <Typography color="text.secondary">{t('admin.directory.empty')}</Typography>
      ) : (
        <List dense aria-label={t('admin.directory.title')}>
          {providers.map((provider, index) => (
            <ListItem
              key={provider.name}
              divider
              secondaryAction={
                <IconButton
                  edge="end"
                  aria-label={t('admin.directory.remove', { name: provider.name })}
                  onClick={() => void save(providers.filter((_, i) => i !== index))}
                >
                  <DeleteOutlineOutlined />
                </IconButton>
              }
            >
              <ListItemText
                primary={provider.name}
                secondary={provider.needs.map((need) => t(`store.enum.need.${need}`)).join(' · ')}
              />
            </ListItem>
          ))}
        </List>
      )}
      <Box component="form" noValidate onSubmit={(event) => void add(event)}>
        <Stack spacing={1.5}>
          <TextField
            label={t('admin.directory.name')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={attempted && nameProblem !== undefined}
            helperText={(attempted && nameProblem) || t('admin.directory.nameHint')}
            slotProps={{ htmlInput: { maxLength: 200 } }}
          />
          <FormGroup aria-label={t('admin.directory.needs')}>
            <Typography variant="body2">{t('admin.directory.needs')}</Typography>
            <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 2 }}>
              {NEEDS.map((need) => (
                <FormControlLabel
                  key={need}
                  control={<Checkbox checked={needs.has(need)} onChange={() => toggle(need)} />}
                  label={t(`store.enum.need.${need}`)}
                />
              ))}
            </Stack>
            {attempted && needsProblem !== undefined && (
              <Typography variant="caption" color="error">
                {needsProblem}
              </Typography>
            )}
          </FormGroup>
          {failure !== null && <Alert severity="error">{failure}</Alert>}
          <Box>
            <Button type="submit" variant="outlined">
              {t('admin.directory.add')}
            </Button>
          </Box>
        </Stack>
      </Box>
    </Stack>
  );
}
