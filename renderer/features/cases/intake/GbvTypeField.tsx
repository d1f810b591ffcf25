import { Box, FormControl, FormHelperText, FormLabel, Radio, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { GBV_TYPES } from '../../../../shared/model';
import { useMessage } from '../../../ui/use-message';

type Props = {
  value: string;
  onText: (value: string) => void;
  onBlur: () => void;
  errorKey: string | undefined;
};

/**
 * The six GBVIMS types (and "not GBV"), each with a plain-Vietnamese description, because the
 * classification decides the national categories and officers should not have to guess.
 */
export function GbvTypeField({ value, onText, onBlur, errorKey }: Props) {
  const { t } = useTranslation();
  const message = useMessage();
  return (
    <FormControl error={errorKey !== undefined} required data-field="gbvType" onBlur={onBlur} fullWidth>
      <FormLabel id="gbvType-label">{t('cases.intake.fields.gbvType.label')}</FormLabel>
      <FormHelperText sx={{ mx: 0 }}>{t('cases.intake.fields.gbvType.help')}</FormHelperText>
      <Box role="radiogroup" aria-labelledby="gbvType-label" sx={{ mt: 1, display: 'grid', gap: 1 }}>
        {GBV_TYPES.map((type) => {
          const id = `gbvType-${type}`;
          const checked = value === type;
          return (
            <Box
              key={type}
              component="label"
              htmlFor={id}
              sx={{
                display: 'flex',
                gap: 1,
                alignItems: 'flex-start',
                p: 1,
                borderRadius: 1,
                border: 1,
                borderColor: checked ? 'primary.main' : 'divider',
                bgcolor: checked ? 'action.selected' : 'transparent',
                cursor: 'pointer',
              }}
            >
              <Radio
                id={id}
                size="small"
                name="gbvType"
                value={type}
                checked={checked}
                onChange={() => onText(type)}
                sx={{ p: 0.5 }}
              />
              <Stack>
                <Typography sx={{ fontWeight: 500 }}>{message(`store.enum.gbvType.${type}`)}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {message(`cases.intake.gbvTypeHelp.${type}`)}
                </Typography>
              </Stack>
            </Box>
          );
        })}
      </Box>
      {errorKey !== undefined && <FormHelperText>{message(errorKey)}</FormHelperText>}
    </FormControl>
  );
}
